"""Any input → Article: a path (.txt, .md, .html), ``-`` for stdin, or an http(s) URL.

Everything that can be wrong with an input (missing, a directory, unreadable, empty, binary,
undecodable) is raised here as one NewsreadError line naming the input, before any screen is
drawn or any analysis runs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import AnyStr, BinaryIO, TextIO

from tui.errors import NewsreadError
from tui.ingest.decode import check_text, decode, valid_unicode
from tui.ingest.sniff import Format, format_of, sniff
from tui.ingest.txt import article_from_text
from tui.model import Article

__all__ = ["load", "parse"]

STDIN_LABEL = "stdin"
# Far beyond any article (a 50,000-word one is 300 kB); reading stops there, so that a
# device such as /dev/zero or a multi-gigabyte file is refused instead of filling memory.
MAX_BYTES = 64 * 2**20


def load(arg: str, *, encoding: str | None = None, stdin: TextIO | BinaryIO | None = None) -> Article:
    """The article named by ``arg`` as the user typed it; ``stdin`` replaces sys.stdin for ``-``."""
    if arg.lower().startswith(("http://", "https://")):
        from tui.ingest.web import load_url  # httpx is only worth importing for a URL

        return load_url(arg)
    if arg == "-":
        return parse(_read_stdin(stdin, encoding), sniff_only=True, label=STDIN_LABEL, input="-")
    path = Path(arg).expanduser()
    text = decode(read_file(path, arg), arg, encoding)
    return parse(text, name=path.name, label=arg, input=str(path.absolute()))


def parse(
    text: str, *, label: str, input: str | None, name: str = "", sniff_only: bool = False
) -> Article:
    """Decoded text → Article, in the format its file name says (or its content shows)."""
    valid_unicode(text, label)
    fmt: Format = sniff(text) if sniff_only else format_of(name, text)
    # the rich formats' parsers (trafilatura above all) cost more to import than a plain
    # article costs to read: import them only for their own inputs
    if fmt == "md":
        from tui.ingest.markdown import article_from_markdown

        article = article_from_markdown(text, label=label, input=input)
    elif fmt == "html":
        from tui.ingest.html import article_from_html

        article = article_from_html(text, input=input, label=label)
    else:
        article = article_from_text(text, input=input)
    if not article.text.strip():
        raise NewsreadError(f"{label}: nothing to read (no text besides the markup)")
    return article


def read_file(path: Path, arg: str) -> bytes:
    """The bytes of an input file (an article or a feed), at most ``MAX_BYTES``; what is wrong
    with the path is one NewsreadError line naming ``arg``."""
    try:
        with path.open("rb") as f:
            return _within_limit(f.read(MAX_BYTES + 1), arg)
    except FileNotFoundError:
        raise NewsreadError(f"{arg}: no such file") from None
    except IsADirectoryError:
        raise NewsreadError(f"{arg}: is a directory, not an article file") from None
    except PermissionError:
        raise NewsreadError(f"{arg}: permission denied (cannot read the file)") from None
    except OSError as exc:
        raise NewsreadError(f"{arg}: cannot read ({exc.strerror or exc})") from None


def _read_stdin(stdin: TextIO | BinaryIO | None, encoding: str | None) -> str:
    stream = sys.stdin if stdin is None else stdin
    if stream is None:  # pythonw, or a process started with stdin closed
        raise NewsreadError(f"{STDIN_LABEL}: no standard input to read")
    raw = getattr(stream, "buffer", stream)
    try:
        data = _within_limit(raw.read(MAX_BYTES + 1), STDIN_LABEL)
    except OSError as exc:
        raise NewsreadError(f"{STDIN_LABEL}: cannot read ({exc.strerror or exc})") from None
    if isinstance(data, str):
        return check_text(data, STDIN_LABEL)
    return decode(data, STDIN_LABEL, encoding)


def _within_limit(data: AnyStr, label: str) -> AnyStr:
    if len(data) > MAX_BYTES:
        raise NewsreadError(f"{label}: larger than {MAX_BYTES // 2**20} MiB, too large for an article")
    return data
