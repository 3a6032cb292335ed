"""The house rules of DESIGN.md: the core is headless, the UI never touches spaCy, and no two
modules import each other (by any path).

Checked on the source (every import statement, at any depth) rather than by importing, so
that a lazy ``import textual`` inside a core function is caught too.
"""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tui"
UI_PARTS = {"app.py", "screens", "widgets"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules(ui: bool) -> list[Path]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        top = path.relative_to(PACKAGE).parts[0]
        if (top in UI_PARTS) == ui:
            out.append(path)
    return out


@pytest.mark.parametrize("path", _modules(ui=False), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_is_headless(path: Path) -> None:
    assert not _imports(path) & {"textual", "rich"}, f"{path} is core and imports textual/rich"


@pytest.mark.parametrize("path", _modules(ui=True), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_ui_does_not_import_spacy(path: Path) -> None:
    assert "spacy" not in _imports(path), f"{path} is UI and imports spacy"


def _tui_modules_imported(path: Path) -> set[str]:
    """The ``tui.…`` modules ``path`` names in its imports, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.startswith("tui."))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("tui."):
            names.add(node.module)  # type: ignore[arg-type]  # checked just above
    return names


@pytest.mark.parametrize("path", sorted((PACKAGE / "ingest").rglob("*.py")), ids=lambda p: p.name)
def test_ingest_knows_nothing_of_the_store_or_the_ui(path: Path) -> None:
    """Ingest turns a path, URL or feed into an Article or Feed; keeping it in the library
    and read marks are the orchestrating caller's (tui/reading.py)."""
    banned = ("tui.store", "tui.app", "tui.screens", "tui.widgets", "tui.reading", "tui.commands")
    bad = {m for m in _tui_modules_imported(path) if m.startswith(banned)}
    assert not bad, f"{path} imports {sorted(bad)}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "analysis").rglob("*.py")), ids=lambda p: p.name)
def test_the_engine_knows_nothing_of_the_store(path: Path) -> None:
    """The engine turns an Article into an Analysis; the cache is its callers' (the reader's
    ``tui.analysis_cache``, ``newsread analyze``)."""
    bad = {m for m in _tui_modules_imported(path) if m.startswith(("tui.store", "tui.analysis_cache"))}
    assert not bad, f"{path} imports {sorted(bad)}"


def _dependencies(path: Path, modules: set[str]) -> set[str]:
    """The modules of ``modules`` that ``path`` imports when it runs, at any depth (imports
    for type checkers only, under ``if TYPE_CHECKING:``, left out): ``from tui.x import y``
    depends on module ``tui.x.y`` when there is one, else on ``tui.x``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(inner) for node in ast.walk(tree)
                   if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
                   for inner in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            submodules = {f"{node.module}.{a.name}" for a in node.names} & modules
            found.update(submodules or {node.module})
    return found & modules


def test_no_import_circle() -> None:
    """A circle (say sidebar → notes pane → sidebar, even through a lazy import) means two
    modules that cannot be understood or loaded one without the other."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: _dependencies(path, set(paths)) for name, path in paths.items()}
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as circle:
        pytest.fail(f"import circle: {' → '.join(circle.args[1])}")
