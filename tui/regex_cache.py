"""Regular expressions compiled once per Python, not once per process.

``re`` compiles a pattern in pure Python: it parses it, optimises its character classes (a
class holding a character past U+00FF, such as ``[\\w'’-]``, is first spread over a table of
65,536 entries) and writes the code that its C matcher runs. The engine's process compiles some
230 patterns before its first analysis (spaCy's own as spaCy is imported, the model's tokenizer
rules, ~31,000 characters, as it loads, ours as the engine's modules are imported). With them
kept, the process takes 3,846 million instructions from its start to the sample's analysis
sent back, 4,614 million without (valgrind's callgrind).

That code depends only on the pattern, its flags and the interpreter, so ``kept_regexes`` keeps
it in a file of the user's cache folder named for the interpreter's build and its regular
expression engine (``_sre.MAGIC``). While its block runs, a pattern found there is made by
``_sre.compile`` from the code kept, which is what ``re`` ends its compilation with: the same
``re.Pattern`` (pattern, flags, groups, group names, code), and ``re``'s own cache of patterns
still stands in front of it. A pattern not found is compiled as usual and its code noted; on
leaving the block the file is written anew (atomically) with the patterns the block asked for,
if any was new: so it holds what one block asks for, not every pattern ever made.

A file that cannot be read or holds what it should not is ignored (a kept code that
``_sre.compile`` refuses is compiled again); one that cannot be written is not written.
The file begins with the SHA-256 digest of the rest, and one whose digest does not match
(cut short, a changed byte) is ignored as a whole: ``_sre.compile`` checks a code's form
only in part, and a changed code it takes can crash the interpreter (a segmentation fault
in CPython 3.11's own check) or match what its pattern does not. Patterns compiled meanwhile
by another thread are compiled as usual.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

try:
    import _sre
    from re import _compiler
except ImportError:  # another Python's re: nothing is kept
    _sre = _compiler = None  # type: ignore[assignment]

DIGEST_SIZE = 32
"""Bytes of the SHA-256 digest at the start of a kept file."""

Kept = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern: flags, code, groups, group index, index group."""


def cache_file(folder: Path) -> Path:
    """The file in ``folder`` for this interpreter: its cache tag, its regular expression
    engine's version and a digest of its full version string (build date and compiler)."""
    build = hashlib.sha256(sys.version.encode()).hexdigest()[:12]
    magic = getattr(_sre, "MAGIC", 0)
    return folder / f"regex-{sys.implementation.cache_tag}-{magic}-{build}.marshal"


@contextmanager
def kept_regexes(folder: Path) -> Iterator[None]:
    """While the block runs, patterns compiled in this thread come from, and go to, the file
    ``cache_file(folder)`` (see the module docstring)."""
    if _compiler is None or not hasattr(_compiler, "_sre") or not callable(getattr(_compiler, "compile", None)):
        yield
        return
    path = cache_file(folder)
    table = _read(path)
    asked: dict[tuple[str | bytes, int], Kept] = {}
    new = False
    compile_ = _compiler.compile
    owner = threading.get_ident()

    def kept_compile(p: Any, flags: int = 0) -> Any:
        nonlocal new
        if threading.get_ident() != owner or not isinstance(p, (str, bytes)):
            return compile_(p, flags)
        key = (p, int(flags))
        found = table.get(key)
        if found is not None:
            try:
                pattern = _sre.compile(p, *found)
            except (TypeError, ValueError, RuntimeError, OverflowError):  # not code this engine takes
                pass
            else:
                asked[key] = found
                return pattern
        noted = _Noting(owner)
        _compiler._sre = noted
        try:
            pattern = compile_(p, flags)
        finally:
            _compiler._sre = _sre
        if noted.args is not None and noted.args[0] is p:  # not another thread's, made meanwhile
            _, final_flags, code, groups, groupindex, indexgroup = noted.args
            asked[key] = (int(final_flags), [int(c) for c in code], int(groups), dict(groupindex), tuple(indexgroup))
            new = True
        return pattern

    _compiler.compile = kept_compile
    try:
        yield
    finally:
        _compiler.compile = compile_
        if new:
            _write(path, asked)


class _Noting:
    """Stands in for ``_sre`` in ``re._compiler`` while one pattern is compiled: notes the
    arguments ``re`` gives ``_sre.compile`` in the thread ``owner`` (another thread may compile
    meanwhile, through the same module), and hands everything on to the real one."""

    def __init__(self, owner: int) -> None:
        self.owner = owner
        self.args: tuple[Any, ...] | None = None

    def compile(self, *args: Any) -> Any:
        if threading.get_ident() == self.owner:
            self.args = args
        return _sre.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)


def _read(path: Path) -> dict[tuple[str | bytes, int], Kept]:
    """The patterns kept in ``path``; none when it is missing, unreadable, not a regular file
    (a pipe would block the read) or not such a table."""
    try:
        if not path.is_file():
            return {}
        content = path.read_bytes()
        digest, payload = content[:DIGEST_SIZE], content[DIGEST_SIZE:]
        if hashlib.sha256(payload).digest() != digest:
            return {}
        table = marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return {key: value for key, value in table.items()
            if isinstance(key, tuple) and len(key) == 2 and isinstance(value, tuple) and len(value) == 5}


def _write(path: Path, table: dict[tuple[str | bytes, int], Kept]) -> None:
    """Write ``table`` to ``path`` whole or not at all (a file of this process's beside it,
    then renamed over it: two processes writing at once leave one's table or the other's)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = marshal.dumps(table)
        temporary.write_bytes(hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)
    except (OSError, ValueError):
        with suppress(OSError):
            temporary.unlink()
