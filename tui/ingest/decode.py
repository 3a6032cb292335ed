"""Bytes to text, refusing anything that is not a readable article.

UTF-8 unless the user says otherwise (``--encoding``) or a byte-order mark declares it; a
file that does not decode is refused with a hint, never silently guessed, because a wrong
guess would change the text, its id and every offset computed from it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from tui.errors import NewsreadError

# A byte-order mark is a declaration, not a guess. UTF-32 first: its LE mark starts with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF_BYTES = 65536
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF: the one change ingest makes, so offsets match on every OS."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, label: str, encoding: str | None = None) -> str:
    """The text of ``data`` (a file or stdin named ``label`` in messages), newlines normalised."""
    codec = _codec(label, encoding) if encoding else _declared_codec(data)
    wide = codec.startswith(("utf-16", "utf-32"))
    # Only input that is not plainly text is checked for file signatures: clean UTF-8 that
    # happens to start like one ("ID3 …") is an article. A chosen single-byte encoding
    # decodes any bytes at all, so with --encoding the check always runs.
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        _refuse_binary(data, label, wide)
        raise NewsreadError(_undecodable(label, data, exc, encoding)) from None
    except UnicodeError as exc:  # a codec that decodes nothing ("undefined") or fails as a whole
        raise NewsreadError(f"{label}: cannot be read as {encoding or codec} ({exc})") from None
    if encoding or "\x00" in text:
        _refuse_binary(data, label, wide)
    text = normalise_newlines(text.removeprefix("\ufeff"))
    if not text.strip():
        raise NewsreadError(f"{label}: {'empty file' if not data else 'holds only whitespace'}")
    return valid_unicode(text, label)


def valid_unicode(text: str, label: str) -> str:
    """``text`` when it is Unicode text; a lone surrogate (U+D800–U+DFFF, which a codec such as
    UTF-7 or unicode_escape, a YAML or JSON escape can produce) cannot be saved, hashed or
    printed as UTF-8, so it is refused here, in one line that names where it is."""
    found = _SURROGATE.search(text)
    if found is not None:
        raise NewsreadError(f"{label}: not valid Unicode text (a lone surrogate "
                            f"U+{ord(found.group()):04X} at character {found.start()})")
    return text


def check_text(text: str, label: str) -> str:
    """The same checks for input that arrives already decoded (a text stream in place of stdin)."""
    text = normalise_newlines(text.removeprefix("\ufeff"))
    if "\x00" in text:
        raise NewsreadError(f"{label}: binary input (contains NUL characters), not a text article")
    if not text.strip():
        raise NewsreadError(f"{label}: {'empty input' if not text else 'holds only whitespace'}")
    return valid_unicode(text, label)


def _refuse_binary(data: bytes, label: str, wide: bool) -> None:
    import filetype  # only for input that is not plainly text

    kind = filetype.guess(data[:_SNIFF_BYTES])
    if kind is not None:
        raise NewsreadError(f"{label}: binary file ({kind.mime}), not a text article")
    if not wide and b"\x00" in data[:_SNIFF_BYTES]:
        raise NewsreadError(f"{label}: binary file (contains NUL bytes), not a text article")


def _codec(label: str, encoding: str) -> str:
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        info = None
    # rot13, base64 and friends are codecs but not text encodings: bytes.decode refuses them
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise NewsreadError(f"{label}: unknown encoding {encoding!r} (--encoding)")
    return info.name


def _declared_codec(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return "utf-8"


def _undecodable(label: str, data: bytes, exc: UnicodeDecodeError, encoding: str | None) -> str:
    where = (f"byte 0x{data[exc.start]:02x} at offset {exc.start}" if exc.start < len(data)
             else "truncated at the end")
    if encoding:
        return f"{label}: not valid {encoding} ({where})"
    return f"{label}: not valid UTF-8 ({where}); try --encoding {_likely_encoding(data)}"


# Encodings a detector may be trusted to name; on a few words it also names exotic cousins
# (cp1006 for "café").
_COMMON = ("cp125", "iso8859", "koi8", "shift_jis", "euc", "gb", "big5", "utf", "cp932", "cp949")


def _likely_encoding(data: bytes) -> str:
    """A hint for the message only: the detector's guess when it is a common encoding (named
    as Latin-1 or cp1252 when those read the bytes the same way), else the Western family when
    the bytes read as Latin letters there, Western text being the commonest non-UTF-8 news file."""
    from charset_normalizer import from_bytes  # only on the way to an error message

    sample = data[:_SNIFF_BYTES]
    best = from_bytes(sample).best()
    if best is not None:
        for familiar in ("latin-1", "cp1252"):
            if sample.decode(familiar, errors="replace") == str(best):
                return familiar
        if best.encoding.startswith(_COMMON):
            return best.encoding
    if all(_latin(c) for c in sample.decode("cp1252", errors="replace") if ord(c) > 127):
        return "cp1252" if any(0x80 <= b <= 0x9F for b in sample) else "latin-1"
    return best.encoding if best is not None else "latin-1"


def _latin(char: str) -> bool:
    """A letter of the Latin script, or punctuation and symbols such as « » – € £ °."""
    return unicodedata.name(char, "").startswith("LATIN") or unicodedata.category(char)[0] in "PSZN"
