"""The domain core imports no UI or export library (checked in a clean interpreter, and by import-linter),
and the layers of pyproject.toml's import-linter contracts hold (run here, so CI runs it with the tests)."""

from __future__ import annotations

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


@pytest.mark.parametrize("module", PURE_MODULES)
def test_core_module_imports_no_ui(module: str):
    code = (f"import sys, importlib; importlib.import_module({module!r}); "
            f"print(','.join(m for m in {FORBIDDEN!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"{module} pulls in {result.stdout.strip()}"


def test_core_modules_are_found():
    assert "quizgen.core.generator" in PURE_MODULES and "quizgen.core.deckfile" in PURE_MODULES


def test_import_linter_contract(repo_root: Path):
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=repo_root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout
