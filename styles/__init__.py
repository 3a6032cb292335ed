"""Textual CSS of the app, shipped in the wheel as tui.styles (read from its folder on disk, which Textual needs)."""
