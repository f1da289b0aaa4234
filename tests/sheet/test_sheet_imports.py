"""Marking runs without the terminal UI: only `--review`'s screen (review_app) imports Textual."""

from __future__ import annotations

import subprocess
import sys

import pytest

MODULES = ["layout", "qr", "align", "bubbles", "reading", "marking", "report", "model", "render", "scans", "review"]


@pytest.mark.parametrize("name", MODULES)
def test_module_imports_no_textual(name: str):
    code = (f"import sys, quizgen.sheet.{name}; "
            "bad = [m for m in ('textual', 'textual_image', 'rich') if m in sys.modules]; print(','.join(bad))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
