"""Fixtures for the study core: a small deck written to tmp_path, a fake clock, a fresh collection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Sequence

import pytest

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import Card, Deck
from quizgen.study.catalog import Catalog, DeckCards, DeckInfo
from quizgen.study.settings import Settings
from quizgen.study.store import Collection

DECK_YAML = """\
title: Space test deck
id: space
sources:
  article:
    file: article.txt
    title: A short article
pools:
  person: [Anton Shkaplerov, Valentina Tereshkova, Yuri Gagarin, Oleg Novitsky, Alena Mordovina, Vladimir Mashkov,
           Irina Alfyorova, Yulia Snigir]
  place: [Baikonur, Plesetsk, Kourou, Vostochny]
facts:
  - id: actress
    text: "Russian actress {Yulia Peresild} plays the lead role in Challenge."
    ask: Who plays the lead role in Challenge?
    type: person
    source: article
    note: She was chosen among 20 finalists.
    distractors: [Alena Mordovina, Irina Alfyorova, Yulia Snigir]
  - id: director
    text: "The film is directed by {Klim Shipenko}."
    type: person
    source: article
    distractors: [Oleg Novitsky, Vladimir Mashkov, Anton Shkaplerov]
  - id: launch
    text: "The crew launched from {Baikonur} in {2021}."
    type: [place, year]
    source: article
    distractors: [[Plesetsk, Kourou, Vostochny], [2019, 2020, 2022]]
  - id: station
    text: "They flew to the {International Space Station|ISS}."
    type: term
    distractors: [Mir, Tiangong, Skylab]
  - id: days
    text: "The film crew spent {12} days in orbit."
    type: number
"""

ARTICLE = (
    "Russian actress Yulia Peresild plays the lead role in Challenge. "
    "The film is directed by Klim Shipenko. The crew launched from Baikonur in 2021.\n"
)


@dataclass
class FakeClock:
    """A clock tests move by hand: `clock()` gives the time, `clock.advance(...)` moves it."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now = self.now + timedelta(**delta)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the learner's own settings and collection out of the tests (platformdirs reads XDG_*)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("QUIZGEN_DB", raising=False)


@pytest.fixture
def deck_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "space.yaml").write_text(DECK_YAML, encoding="utf-8")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture
def decks_and_cards(deck_dir: Path) -> tuple[tuple[Deck, ...], list[Card]]:
    decks = load_decks([deck_dir]).decks
    return decks, generate_cards(decks)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 10, 12, 0, tzinfo=UTC))


@pytest.fixture
def settings() -> Settings:
    return Settings(enable_fuzzing=False)


@pytest.fixture
def collection(tmp_path: Path):
    with Collection.open(tmp_path / "collection.sqlite3") as opened:
        yield opened


def catalog_of(decks: Sequence[Deck], cards: Sequence[Card], version: str | None = None) -> Catalog:
    """The production Catalog of `decks` holding exactly `cards`, as if the generator had made only
    those (a test's way to study one card, or a deck whose fact was deleted). `version`: the decks'
    version (as the card cache gives one), for the new-card frontier."""
    parts = []
    for deck in decks:
        mine = [card for card in cards if card.deck == deck.id]
        by_id = {card.id: card for card in mine}
        parts.append(DeckCards(DeckInfo.of(deck), tuple(by_id), by_id.__getitem__, cards=mine, version=version))
    return Catalog(parts)
