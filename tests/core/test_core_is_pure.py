"""The domain core imports no UI or export library (checked in a clean interpreter, and by import-linter),
and the layers of pyproject.toml's import-linter contracts hold (run here, so CI runs it with the tests)."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import quizgen

FORBIDDEN = ("textual", "rich", "genanki")
PURE_PACKAGES = ("quizgen.core", "quizgen.study")


def _modules(package: str) -> list[str]:
    root = Path(quizgen.__file__).parent / package.split(".", 1)[1]
    if not root.is_dir():
        return []
    return [package] + [f"{package}.{m.name}" for m in pkgutil.iter_modules([str(root)])]


PURE_MODULES = [m for package in PURE_PACKAGES for m in _modules(package)]


@pytest.fixture(scope="module")
def pulled_in() -> dict[str, str]:
    """For each pure module, the forbidden libraries that appear in `sys.modules` while it is imported,
    all in one clean interpreter: the first module that pulls one in is the one named (one process,
    not one per module)."""
    code = (
        "import importlib, json, sys\n"
        f"report = {{}}\nfor module in {PURE_MODULES!r}:\n"
        f"    before = {{m for m in {FORBIDDEN!r} if m in sys.modules}}\n"
        "    importlib.import_module(module)\n"
        f"    report[module] = ','.join(m for m in {FORBIDDEN!r} if m in sys.modules and m not in before)\n"
        f"report['(all)'] = ','.join(m for m in {FORBIDDEN!r} if m in sys.modules)\n"
        "print(json.dumps(report))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.mark.parametrize("module", PURE_MODULES)
def test_core_module_imports_no_ui(module: str, pulled_in: dict[str, str]):
    assert pulled_in[module] == "", f"{module} pulls in {pulled_in[module]}"


def test_no_pure_module_pulls_in_a_ui_library(pulled_in: dict[str, str]):
    assert pulled_in["(all)"] == ""


def test_core_modules_are_found():
    assert "quizgen.core.generator" in PURE_MODULES and "quizgen.core.deckfile" in PURE_MODULES


def test_import_linter_contract(repo_root: Path):
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=repo_root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout
