"""Ninth round (docs/quality.md, "Names of another age"): the era rule measured there was left out (no gain on
the MCQs shown); what stays is a year BC of 1000-2099 read once ("c. 1274 BC" is not also AD 1274), so a
fact dated BC is placed in its own age. Through the real generator on a short deck."""

from __future__ import annotations

from pathlib import Path

import yaml

from quizgen.core.deckfile import load_decks
from quizgen.core.distractors import fact_years
from quizgen.core.plan import plan_deck


def load(tmp_path: Path, deck: dict):
    path = tmp_path / "deck.yaml"
    path.write_text(yaml.safe_dump({"title": "T", **deck}, allow_unicode=True), encoding="utf-8")
    return load_decks([path], with_warnings=False).decks[0]


def test_r9_a_year_bc_is_read_once():
    assert fact_years("Ramesses II fought at Kadesh in c. 1274 BC.") == [-1274.0]
    assert fact_years("Khufu built the Great Pyramid c. 2560 BC; it was measured in 1880.") == [1880.0, -2560.0]


def test_r9_a_ruler_dated_bc_is_not_offered_a_ruler_of_ad(tmp_path):
    rulers = {"k": ("Nebkare Setep", "led the army against the Hittites in c. 1274 BC"),
              "a": ("Senmut Userkaf", "led the army against the Libyans in c. 1260 BC"),
              "b": ("Marcus Vellonius", "led the army against the Germans in AD 9")}
    deck = load(tmp_path, {"facts": [{"id": fid, "text": f"The ruler {{{name}}} {what}.", "type": "person",
                                      "tags": ["rulers"]} for fid, (name, what) in rulers.items()]})
    plan = next(p for p in plan_deck(deck).blanks() if p.fact.id == "k")
    # before: "c. 1274 BC" was read as 1274 BC and AD 1274, a fact of year 0, nine years from AD 9
    assert "Senmut Userkaf" in plan.distractors and "Marcus Vellonius" not in plan.distractors
