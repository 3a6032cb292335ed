"""The ``newsread`` command: argument parsing and dispatch.

Headless commands (``analyze``, ``annotations``, ``library --list``) never import Textual;
reading an article does, and only after the article has loaded, so that bad input is told
in one line before any screen is drawn. Handlers live in ``tui/commands/``, imported lazily
so that ``newsread --help`` stays instant.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from tui import __version__
from tui.errors import NewsreadError, tell
from tui.oneline import line

SUBCOMMANDS = ("analyze", "annotations", "export", "library")


class _Parser(argparse.ArgumentParser):
    """argparse's parser, its usage errors told in one line (``newsread analyze: argument
    --jobs: '0' is not … (see newsread analyze --help)``, exit status 2) instead of the usage
    block and the error: bad input gets one line on stderr. Subcommands' parsers are of this
    class too (argparse makes them of their parent's)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{line(f'{self.prog}: {message}')} (see {self.prog} --help)\n")


def _read_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="newsread",
        description="Read a news article in the terminal: entities, events, claims and sources.",
        epilog="Other commands: newsread analyze | annotations | export | library (each has --help).",
    )
    p.add_argument(
        "article",
        nargs="?",
        help="a .txt, .md or .html file, '-' for stdin, a URL or a feed; "
        "none reopens the article read last (the bundled sample the first time)",
    )
    p.add_argument("--encoding", help="text encoding of the input file (default: UTF-8)")
    p.add_argument("--model", help="spaCy pipeline to analyse with (default: config, then en_core_web_sm)")
    p.add_argument("--no-analysis", action="store_true", help="only read; do not run the engine")
    p.add_argument("--version", action="version", version=f"newsread {__version__}")
    return p


def _command_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newsread")
    sub = p.add_subparsers(dest="command", required=True)

    a = sub.add_parser("analyze", help="print the analysis of articles as JSON")
    a.add_argument("paths", nargs="+", metavar="PATH", help="files, '-' for stdin, or URLs")
    a.add_argument("--format", choices=("json", "jsonl"), default="json")
    a.add_argument("--model", help="spaCy pipeline to use (any installed one)")
    a.add_argument("--no-cache", action="store_true", help="recompute even when a cached analysis exists")
    a.add_argument("--encoding", help="text encoding of the input files (default: UTF-8)")
    a.add_argument("--debug", action="store_true",
                   help="with each article or sentence that could not be analysed, print the traceback "
                   "(also NEWSREAD_DEBUG=1)")
    a.add_argument("--entries", type=_positive, metavar="N",
                   help="for a feed: only its first N entries (default: all)")
    a.add_argument("--jobs", type=_positive, metavar="N",
                   help="analyse in N processes at once (default: one per core)")

    n = sub.add_parser("annotations", help="list, export and import annotations")
    nsub = n.add_subparsers(dest="action", required=True)
    nl = nsub.add_parser("list", help="list annotations (of one article, or all)")
    nl.add_argument("path", nargs="?", help="only the annotations of this article")
    nl.add_argument("--format", choices=("table", "json"), default="table")
    nl.add_argument("--encoding", help="text encoding of the article file")
    ne = nsub.add_parser("export", help="export every annotation")
    ne.add_argument("--format", choices=("w3c", "jsonl"), default="w3c")
    ne.add_argument("-o", "--output", help="write to this file instead of stdout")
    ni = nsub.add_parser("import", help="import annotations exported before (idempotent)")
    ni.add_argument("file", help="a w3c JSON-LD or jsonl export")

    x = sub.add_parser("export", help="one article's claims, verdicts and notes as a report")
    x.add_argument("article", metavar="ARTICLE", help="a file, '-', a URL, or an article id (sha256:…)")
    x.add_argument("--format", choices=("md", "csv", "json", "claimreview"), default="md",
                   help="md (default): for an editor; csv: a row per claim; json; claimreview: schema.org JSON-LD")
    x.add_argument("-o", "--output", help="write to this file instead of stdout")
    x.add_argument("--model", help="spaCy pipeline to use (any installed one)")
    x.add_argument("--encoding", help="text encoding of the input file (default: UTF-8)")

    lib = sub.add_parser("library", help="the articles read before")
    lib.add_argument("--list", action="store_true", help="print the library instead of opening it")
    lib.add_argument("--format", choices=("table", "json"), default="table")
    lib.add_argument("--filter", default="", help="only articles whose title or notes hold this text")
    return p


def _positive(value: str) -> int:
    """argparse type: a whole number of at least 1 (else argparse's usage error, exit 2)."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return int(value)


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    root = logging.getLogger()
    if not root.handlers:  # the libraries' log chatter (trafilatura, htmldate) is no error line
        root.addHandler(logging.NullHandler())
    try:
        if args_in and args_in[0] in SUBCOMMANDS:
            args = _command_parser().parse_args(args_in)
            if args.command == "analyze":
                from tui.commands.analyze import run
            elif args.command == "annotations":
                from tui.commands.annotations import run
            elif args.command == "export":
                from tui.commands.export import run
            else:
                from tui.commands.library import run
            return run(args)
        args = _read_parser().parse_args(args_in)
        from tui.commands.read import run

        return run(args)
    except NewsreadError as exc:
        tell(str(exc))
        return exc.exit_status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `newsread analyze … | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
