"""Reading text assembled block by block from a structured source (Markdown, HTML).

Both rich formats become the same thing: blocks of plain text separated by blank lines, one
paragraph span per block, and styles over exact offsets of the final text. Building the text
and its offsets in one place is what keeps ``article.text[start:end]`` true for every style.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.model import StyleKind, StyleSpan

BLOCK_SEPARATOR = "\n\n"


@dataclass(slots=True)
class _Block:
    parts: list[str]
    length: int
    prefix_length: int
    verbatim: bool
    styles: list[tuple[int, int, StyleKind, str | None]] = field(default_factory=list)


@dataclass(slots=True)
class _OpenStyle:
    kind: StyleKind
    href: str | None
    block: _Block
    start: int  # within its block


class ReadingText:
    """Collects blocks and styles; ``add`` outside a block starts one, so a walker of mixed
    content (text directly inside a quote or a list item) needs no special case."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._block: _Block | None = None
        self._prefix = ""
        self.paragraphs: list[tuple[int, int]] = []
        self._styles: list[StyleSpan] = []

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def styles(self) -> list[StyleSpan]:
        return sorted(self._styles, key=lambda s: (s.start, -s.end))

    def set_prefix(self, prefix: str) -> None:
        """A marker ("• ", "2. ") that the next block starts with: a list item's first line."""
        self._prefix = prefix

    def begin_block(self, verbatim: bool = False) -> None:
        """End any open block and start a new one. A verbatim block (code) keeps its
        indentation; others are trimmed of surrounding whitespace."""
        self.end_block()
        prefix, self._prefix = self._prefix, ""
        self._block = _Block([prefix], len(prefix), len(prefix), verbatim)

    def add(self, text: str) -> None:
        if text:
            block = self._current()
            block.parts.append(text)
            block.length += len(text)

    @property
    def at_space(self) -> bool:
        """Whether the open block is empty or ends in whitespace: where a source that collapses
        whitespace (HTML) drops a leading space."""
        block = self._block
        if block is None or block.length == block.prefix_length:
            return True
        return block.parts[-1][-1].isspace()

    def add_block(self, text: str, kind: StyleKind | None = None) -> None:
        """A whole block at once (a title), styled as a whole when ``kind`` is given."""
        self.begin_block()
        style = self.open_style(kind) if kind else None
        self.add(text)
        if style:
            self.close_style(style)
        self.end_block()

    def open_style(self, kind: StyleKind, href: str | None = None) -> _OpenStyle:
        block = self._current()
        return _OpenStyle(kind, href, block, block.length)

    def close_style(self, style: _OpenStyle) -> None:
        """Close an inline style. One whose block has ended meanwhile (a block inside an
        inline element) is dropped: an inline style never spans blocks."""
        block = style.block
        if block is self._block and block.length > style.start:
            block.styles.append((style.start, block.length, style.kind, style.href))

    def open_container(self) -> int:
        """Start a style over whole blocks (a quote, a list item); returns its handle."""
        self.end_block()
        return len(self.paragraphs)

    def close_container(self, handle: int, kind: StyleKind) -> None:
        self.end_block()
        if len(self.paragraphs) > handle:
            self._styles.append(StyleSpan(self.paragraphs[handle][0], self.paragraphs[-1][1], kind))

    def _current(self) -> _Block:
        if self._block is None:
            self.begin_block()
        return self._block  # type: ignore[return-value]  # begin_block has just set it

    def end_block(self) -> None:
        """Commit the open block, unless it holds nothing but its marker and whitespace."""
        block, self._block = self._block, None
        if block is None:
            return
        raw = "".join(block.parts)
        if not raw[block.prefix_length:].strip():
            return
        blank = "\n" if block.verbatim else None
        body = raw.strip(blank)
        lead = len(raw) - len(raw.lstrip(blank))
        start = self._length + (len(BLOCK_SEPARATOR) if self._parts else 0)
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
        self._parts.append(body)
        self._length = start + len(body)
        self.paragraphs.append((start, self._length))
        for s, e, kind, href in block.styles:
            s, e = max(s - lead, 0), min(e - lead, len(body))
            while not block.verbatim and s < e and body[s].isspace():
                s += 1
            while not block.verbatim and e > s and body[e - 1].isspace():
                e -= 1
            if e > s:
                self._styles.append(StyleSpan(start + s, start + e, kind, href))
