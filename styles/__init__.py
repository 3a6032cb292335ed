"""Textual CSS of the app, shipped in the wheel as tui.styles (read with importlib.resources)."""
