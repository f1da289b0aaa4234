"""Build deck files for tests through the real loader."""

from __future__ import annotations

from pathlib import Path

import yaml

from quizgen.core.deckfile import load_decks
from quizgen.core.model import Deck


def write_deck(folder: Path, data: dict, name: str = "deck.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def load_one(folder: Path, data: dict, name: str = "deck.yaml") -> Deck:
    return load_decks([write_deck(folder, data, name)]).decks[0]
