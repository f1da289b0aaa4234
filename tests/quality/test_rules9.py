"""Ninth round (docs/quality.md, "Names of another age"): a person, term or title dated more than
`NAME_ERA_GAP` years from the key's fact is not offered (a place is not held to one age); a year BC is read once. Through the real
generator on short decks."""

from __future__ import annotations

from pathlib import Path

import yaml

from quizgen.core.deckfile import load_decks
from quizgen.core.distractors import NAME_ERA_GAP, fact_years
from quizgen.core.generator import generate_cards
from quizgen.core.model import CardKind
from quizgen.core.plan import plan_deck


def load(tmp_path: Path, deck: dict):
    path = tmp_path / "deck.yaml"
    path.write_text(yaml.safe_dump({"title": "T", **deck}, allow_unicode=True), encoding="utf-8")
    return load_decks([path], with_warnings=False).decks[0]


BATTLES = {"agincourt": ("Agincourt", 1415, "Henry V's archers won"), "crecy": ("Crécy", 1346, "Edward III won"),
           "poitiers": ("Poitiers", 1356, "the Black Prince captured King John"),
           "orleans": ("Orléans", 1429, "Joan of Arc lifted a siege"),
           "castillon": ("Castillon", 1453, "cannon ended the Hundred Years' War"),
           "formigny": ("Formigny", 1450, "France took back Normandy"),
           "verneuil": ("Verneuil", 1424, "the Scots lost heavily"),
           "armada": ("Gravelines", 1588, "fireships scattered the Spanish Armada")}


def test_r9_a_term_of_another_age_is_not_offered(tmp_path):
    facts = [{"id": fid, "text": f"At the Battle of {{{name}}} in {year}, {what}.", "kind": "battle"}
             for fid, (name, year, what) in BATTLES.items()]
    deck = load(tmp_path, {"facts": facts})
    plan = next(p for p in plan_deck(deck).blanks() if p.fact.id == "agincourt")
    near = {name for name, year, _ in BATTLES.values() if 0 < abs(year - 1415) <= NAME_ERA_GAP}
    assert set(plan.distractors) == near  # Crécy (69 years before), Poitiers (59) and Gravelines (173) left out
    card = next(c for c in generate_cards([deck]) if c.fact == "agincourt" and c.kind is CardKind.MCQ)
    assert set(card.options) - {"Agincourt"} <= near


def test_r9_a_year_bc_is_read_once():
    assert fact_years("Ramesses II fought at Kadesh in c. 1274 BC.") == [-1274.0]
    assert fact_years("Khufu built the Great Pyramid c. 2560 BC; it was measured in 1880.") == [1880.0, -2560.0]
