"""What the round tests share: a deck written to a temporary file and loaded, a blank's MCQ, its wrong options."""

from __future__ import annotations

from pathlib import Path

import yaml

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import CardKind


def load(tmp_path: Path, deck: dict):
    path = tmp_path / "deck.yaml"
    path.write_text(yaml.safe_dump({"title": "T", **deck}, allow_unicode=True), encoding="utf-8")
    return load_decks([path], with_warnings=False).decks[0]


def mcq(deck, fact_id: str, blank: int = 1):
    return next((c for c in generate_cards([deck]) if c.fact == fact_id and c.blank == blank
                 and c.kind is CardKind.MCQ), None)


def wrong(card) -> set[str]:
    return set() if card is None else {o for i, o in enumerate(card.options) if i != card.answer_index}
