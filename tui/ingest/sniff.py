"""Which reader an input needs: by its extension, else by what its text starts with.

Sniffing stays conservative: only an unmistakable start (YAML front matter, an HTML document)
moves an input away from plain text, because plain text is the one reading that changes
nothing.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Literal

Format = Literal["txt", "md", "html"]

_BY_SUFFIX: dict[str, Format] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_HTML_START = re.compile(
    r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S
)
FRONT_MATTER = re.compile(r"---[ \t]*\n(.*?\n)?(---|\.\.\.)[ \t]*(\n|\Z)", re.S)
# The first element, after a byte-order mark, XML declaration, processing instructions and comments.
FEED_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)


def format_of(name: str, text: str) -> Format:
    """The format named by the file's extension, else the one its text shows."""
    return _BY_SUFFIX.get(PurePath(name).suffix.lower()) or sniff(text)


def sniff(text: str) -> Format:
    if FRONT_MATTER.match(text):
        return "md"
    if _HTML_START.match(text[:4096]):
        return "html"
    return "txt"


def is_url(arg: str) -> bool:
    return arg.startswith(("http://", "https://"))


def looks_like_feed(body: bytes) -> bool:
    """RSS, Atom and RDF announce themselves in their first element."""
    return FEED_START.match(body[:4096]) is not None


def is_feed_file(arg: str) -> bool:
    """A local file whose first element is ``<rss``, ``<feed`` or ``<rdf:RDF``."""
    if arg == "-" or is_url(arg):
        return False
    try:
        with open(arg, "rb") as f:
            return looks_like_feed(f.read(4096))
    except OSError:
        return False  # ingest of the path tells what is wrong with it
