"""Fixtures for the Anki export tests: small decks written in tmp_path, the real `quizgen` CLI,
and fresh collections of the real Anki backend to import packages into."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Callable, Iterator

import pytest
from anki.collection import Collection

from quizgen.cli import main

#: A deck exercising the things the export must get right: sources with a URL, pools, tags with
#: spaces, a note with markup, a multi-blank fact, alternatives and a fact full of HTML and
#: cloze-like syntax.
SPACE_DECK = """\
title: "Challenge: film in space"
id: space
description: Facts about the first feature film shot in orbit.
sources:
  original:
    title: Russian Film Crew Set to Make First Ever Movie in Space
    url: https://example.org/story?a=1&b=2
pools:
  person: [Anton Shkaplerov, Valentina Tereshkova, Yuri Gagarin, Oleg Novitsky]
  year: [2019, 2020, 2022]
facts:
  - id: lead-actress
    text: "Russian actress {Yulia Peresild} plays the lead role in Challenge."
    type: person
    source: original
    tags: [cast, lead role]
    note: "Peresild was picked from <20> finalists & trained for months."
  - id: launch
    text: "The crew launched in {2021} on Soyuz {MS-19|MS19}."
    type: [year, term]
  - id: director
    text: "{Klim Shipenko} directed Challenge."
    type: person
    tags: [crew]
  - id: tricky
    text: 'A <script>alert("x")</script> & ''quotes'' \\{\\{c1::gotcha\\}\\} :: stays text, said {Anton Shkaplerov}.'
    type: person
"""


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

    def run(*args: str | Path, epoch: int | None = 1_700_000_000) -> tuple[int, str]:
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
