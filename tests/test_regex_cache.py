"""Regular expressions kept compiled from one process to the next (tui/regex_cache.py): a
pattern made from the file is the pattern ``re`` compiles, and a bad file changes nothing."""

from __future__ import annotations

import hashlib
import marshal
import re
import threading
from pathlib import Path

import pytest

from tui.regex_cache import DIGEST_SIZE, _Noting, cache_file, kept_regexes

# patterns of the kinds the engine and spaCy compile: a class with a character past U+00FF
# (a big charset), named groups, flags, lookarounds, a long alternation, bytes
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?<![\w.'’&-])(?P<name>[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3})(?![\w'’&-])", 0),
    (r"\b(?:spokesman|spokeswoman|minister|press secretary)(?:\s+(?:of|for)\s+[^,;:\n]{1,60})?,\s*$",
     re.IGNORECASE),
    (r"^[ \t]*(\d{1,3})\.?[ \t]+(.+?)[ \t]*$", re.MULTILINE),
    (r"“[^”\n]{1,250}”|\"[^\"\n]{1,250}\"", 0),
    (r"""
     (?P<day>\d{1,2})   # the day
     [ ](?P<month>[A-Z][a-z]+)
     """, re.VERBOSE),
    (rb"[\x00-\x08\x0b]+|(?P<b>ab+)", 0),
]
TEXT = ("Leicestershire’s captain said on 12 March that O’Malley, the spokesman for the Ministry of "
        "Health, had left.\n 3. Brackwell Rovers 4 2 1\n“We will go on,” she said. \"Later\" too.")


def made(pattern: re.Pattern) -> tuple:
    """What a compiled pattern is and does: everything two equal compilations share."""
    subject: str | bytes = TEXT if isinstance(pattern.pattern, str) else b"\x01\x02abbb x ab"
    return (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex),
            [(m.span(), m.groups()) for m in pattern.finditer(subject)])


def kept_table(folder: Path) -> dict:
    """The table in ``folder``'s kept file, past its digest."""
    return marshal.loads(cache_file(folder).read_bytes()[DIGEST_SIZE:])


def write_kept(folder: Path, payload: bytes) -> None:
    """``payload`` as the kept file's, with its digest (as ``tui.regex_cache`` writes it)."""
    cache_file(folder).write_bytes(hashlib.sha256(payload).digest() + payload)


def compiled_in_block(folder: Path) -> list[re.Pattern]:
    re.purge()  # re's own cache would answer without asking the compiler
    with kept_regexes(folder):
        return [re.compile(p, f) for p, f in PATTERNS]


def test_patterns_made_from_the_file_are_the_ones_re_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    re.purge()
    plain = [made(re.compile(p, f)) for p, f in PATTERNS]
    first = compiled_in_block(tmp_path)  # compiled, and kept
    kept = cache_file(tmp_path).read_bytes()
    assert set(kept_table(tmp_path)) == {(p, f) for p, f in PATTERNS}

    def no_parsing(*args: object) -> None:
        raise AssertionError("a kept pattern was parsed again")

    monkeypatch.setattr(re._parser, "parse", no_parsing)
    second = compiled_in_block(tmp_path)  # from the file: not parsed
    monkeypatch.undo()
    assert [made(p) for p in first] == plain
    assert [made(p) for p in second] == plain
    assert cache_file(tmp_path).read_bytes() == kept  # nothing new: not written again


def test_re_is_itself_again_outside_the_block(tmp_path: Path) -> None:
    compile_ = re._compiler.compile
    compiled_in_block(tmp_path)
    assert re._compiler.compile is compile_
    assert re._compiler._sre is __import__("_sre")


def test_the_file_holds_what_the_last_block_asked_for(tmp_path: Path) -> None:
    compiled_in_block(tmp_path)
    re.purge()
    with kept_regexes(tmp_path):
        re.compile(r"[’']s\b(?=\s)")
        re.compile(*PATTERNS[0])
    assert set(kept_table(tmp_path)) == {(r"[’']s\b(?=\s)", 0), PATTERNS[0]}


@pytest.mark.parametrize("content", [b"", b"not marshal at all \xff\x00", marshal.dumps([1, 2, 3]),
                                     marshal.dumps({"key": "value", (1,): (2,)})])
def test_a_file_that_is_not_a_table_of_patterns_is_ignored_and_written_anew(tmp_path: Path, content: bytes) -> None:
    re.purge()
    plain = [made(re.compile(p, f)) for p, f in PATTERNS]
    write_kept(tmp_path, content)
    assert [made(p) for p in compiled_in_block(tmp_path)] == plain
    assert set(kept_table(tmp_path)) == set(PATTERNS)


def test_a_kept_code_the_engine_refuses_is_compiled_again(tmp_path: Path) -> None:
    re.purge()
    plain = [made(re.compile(p, f)) for p, f in PATTERNS]
    compiled_in_block(tmp_path)
    table = kept_table(tmp_path)
    for key, (flags, code, groups, groupindex, indexgroup) in table.items():
        table[key] = (flags, [99, 1, 2], groups, groupindex, indexgroup)  # no opcode 99: invalid SRE code
    write_kept(tmp_path, marshal.dumps(table))
    assert [made(p) for p in compiled_in_block(tmp_path)] == plain


# a code CPython 3.11's _sre.compile takes into a segmentation fault (a changed copy of the code
# of r"(a)(?P<x>b)?(?P=x)"): a file whose bytes changed must not reach _sre.compile at all
CRASHING = (32, [14, 8, 1, 2, 3, 1, 0, 97, 0, 13, 0, 16, 97, 17, 1, 23, 9, 0, 1, 18, 2, 16, 98, 17, 3, 18, 11, 1, 1],
            2, {"x": 2}, (None, None, "x"))


@pytest.mark.parametrize("change", ["cut short", "a code changed"])
def test_a_file_whose_bytes_changed_is_ignored_whole(tmp_path: Path, change: str) -> None:
    re.purge()
    plain = [made(re.compile(p, f)) for p, f in PATTERNS]
    compiled_in_block(tmp_path)
    content = cache_file(tmp_path).read_bytes()
    if change == "cut short":
        changed = content[:-7]
    else:
        changed = content[:DIGEST_SIZE] + marshal.dumps(dict.fromkeys(kept_table(tmp_path), CRASHING))
    cache_file(tmp_path).write_bytes(changed)
    assert [made(p) for p in compiled_in_block(tmp_path)] == plain
    assert cache_file(tmp_path).read_bytes() == content  # all compiled again, and kept again


def test_a_pattern_compiled_by_another_thread_is_not_noted() -> None:
    noted = _Noting(threading.get_ident())
    other = threading.Thread(target=noted.compile, args=("b", 32, [1], 0, {}, (None,)))
    other.start()
    other.join()
    assert noted.args is None
    noted.compile("a", 32, [1], 0, {}, (None,))
    assert noted.args == ("a", 32, [1], 0, {}, (None,))


def test_an_unwritable_folder_leaves_patterns_compiled_as_usual(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    re.purge()
    plain = [made(re.compile(p, f)) for p, f in PATTERNS]
    assert [made(p) for p in compiled_in_block(blocked)] == plain


def test_a_pipe_where_the_file_should_be_is_not_read(tmp_path: Path) -> None:
    import os

    os.mkfifo(cache_file(tmp_path))  # a read would wait for a writer forever
    with kept_regexes(tmp_path):
        assert re.compile(r"pipe[ ]?(\d+)").match("pipe 7").group(1) == "7"


def test_the_engine_s_lexicon_patterns_are_the_same_in_every_process() -> None:
    """Patterns are kept by their text: one built by joining a set's words in an order that
    hash randomisation changes from process to process ("Bosnia and Herzegovina" before or
    after another name of its length) is never found, and the file is written anew at every
    start. Two interpreters with other hash seeds build the same patterns."""
    import os
    import subprocess
    import sys

    script = ("from tui.analysis.entities import lexicon\n"
              "lex = lexicon()\n"
              "print(sorted((name, value.pattern) for name in lex.__slots__\n"
              "             if isinstance(value := getattr(lex, name), re.Pattern)))\n")
    made = {subprocess.run([sys.executable, "-c", "import re\n" + script], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=seed)).stdout for seed in ("1", "2", "3", "4")}
    assert len(made) == 1 and "and_countries" in made.pop()
