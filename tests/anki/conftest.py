"""Fixtures for the Anki export tests: small decks written in tmp_path, the real `quizgen` CLI,
and fresh collections of the real Anki backend to import packages into."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Callable, Iterator

import pytest
from anki.collection import Collection

from anki_helpers import SPACE_DECK

from quizgen.cli import main

@pytest.fixture
def write_deck(tmp_path: Path) -> Callable[..., Path]:
    """Write deck YAML into tmp_path/decks/NAME (dedented) and return its path."""

    def write(text: str, name: str = "space.yaml") -> Path:
        folder = tmp_path / "decks"
        folder.mkdir(exist_ok=True)
        path = folder / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


@pytest.fixture
def space_deck(write_deck: Callable[..., Path]) -> Path:
    return write_deck(SPACE_DECK)


@pytest.fixture
def export(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str]]:
    """Run `quizgen export anki ARGS...` in-process; returns (exit status, stderr).

    `epoch` sets SOURCE_DATE_EPOCH (None unsets it)."""

    def run(*args: str | Path, epoch: int | str | None = 1_700_000_000) -> tuple[int, str]:
        if epoch is None:
            monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
        else:
            monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
        capsys.readouterr()
        status = main(["export", "anki", *map(str, args)])
        return status, capsys.readouterr().err

    return run


@pytest.fixture
def anki_col(tmp_path: Path) -> Iterator[Collection]:
    """A fresh, empty Anki collection (the real backend)."""
    folder = tmp_path / "anki"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    yield col
    col.close()
