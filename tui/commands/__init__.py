"""Handlers of the ``newsread`` subcommands; each takes the parsed arguments, returns a status."""
