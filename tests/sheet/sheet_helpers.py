"""Helpers for the answer-sheet tests: the CLI in-process, quizzes made by the real `quizgen quiz`, marks read back."""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

import yaml

from quizgen.cli import main
from quizgen.core.deckfile import default_decks_dir


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def read_marks(results: Path) -> list[dict[str, str]]:
    with (results / "marks.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def make_quiz(folder: Path, *options: str, deck: Path | None = None) -> Path:
    deck = deck or default_decks_dir() / "challenge.yaml"
    status, _, err = run_cli("quiz", str(deck), "-o", str(folder), "--format", "pdf", "--answer-sheet", *options)
    assert status == 0, err
    return folder


def long_deck(folder: Path, facts: int = 50) -> Path:
    """A deck of `facts` one-blank facts (more than one answer-sheet page holds)."""
    names = [f"Agent {chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(facts)]
    deck = {"title": "Long quiz", "id": "long",
            "facts": [{"id": f"f{i}", "text": f"Case {i} was solved by {{{name}}}.", "type": "person"}
                      for i, name in enumerate(names)]}
    path = folder / "long.yaml"
    path.write_text(yaml.safe_dump(deck, sort_keys=False), encoding="utf-8")
    return path
