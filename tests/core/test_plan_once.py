"""Each deck is planned once: `check`'s warnings, the generator and `export` share one DeckPlan."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.cli import main
from quizgen.core import plan
from quizgen.core.checks import deck_warnings
from quizgen.core.deckfile import BUNDLED_DECKS, load_deck
from quizgen.core.generator import generate_cards
from quizgen.core.text import normalize_once

CHALLENGE = BUNDLED_DECKS / "challenge.yaml"


@pytest.fixture
def index_builds(monkeypatch):
    """How many times a deck's DistractorIndex (the start of every planning) is built."""
    built: list[str] = []
    real = plan.DistractorIndex

    def counting(deck):
        built.append(deck.id)
        return real(deck)

    monkeypatch.setattr(plan, "DistractorIndex", counting)
    return built


def test_warnings_then_cards_plan_once(index_builds):
    deck = load_deck(CHALLENGE)
    first = plan.plan_deck(deck)
    deck_warnings(deck)
    cards = generate_cards([deck])
    assert plan.plan_deck(deck) is first
    assert index_builds == [deck.id]
    # A deck read afresh is planned afresh, and gives the same cards.
    assert generate_cards([load_deck(CHALLENGE)]) == cards
    assert len(index_builds) == 2


def test_export_plans_each_deck_once(index_builds, tmp_path):
    assert main(["export", "anki", str(CHALLENGE), "-o", str(tmp_path / "out.apkg")]) == 0
    assert index_builds == ["challenge"]


def test_plan_dropped_with_its_deck():
    deck = load_deck(CHALLENGE)
    plan.plan_deck(deck)
    key = id(deck)
    assert key in plan._PLANS
    del deck
    gc.collect()
    assert key not in plan._PLANS


def test_plan_lists_every_blank_in_deck_order():
    deck = load_deck(CHALLENGE)
    planned = plan.plan_deck(deck)
    assert [len(plans) for plans in planned] == [len(f.blanks) for f in deck.facts]
    assert [(p.fact.id, p.blank.index) for p in planned.blanks()] == [
        (f.id, b.index) for f in deck.facts for b in f.blanks]


@given(st.lists(st.text(alphabet=st.sampled_from("aZé_ -.(,)'\u0301x1"), max_size=8), min_size=1, max_size=5))
def test_a_mask_normalizes_to_spaces(parts):
    """`_name_leak` reads the words of the cloze's normalized text: masking with MASK or with a
    space gives the same words."""
    assert normalize_once(plan.MASK.join(parts)).split() == normalize_once(" ".join(parts)).split()


def test_streamed_cards_are_the_generated_ones_and_keep_no_plan(index_builds):
    from quizgen.study.catalog import Catalog

    corpus = sorted((Path(__file__).resolve().parents[1] / "quality" / "corpus").glob("*.yaml"))
    for path in [CHALLENGE, *corpus]:
        deck = load_deck(path)
        streamed = list(Catalog.stream([deck], seed=3))
        assert id(deck) not in plan._PLANS  # planned fact by fact, kept by no one
        assert streamed == Catalog.generate([load_deck(path)], seed=3).cards()
    # A deck whose plans are kept already (its warnings were shown) is not planned again.
    deck = load_deck(CHALLENGE)
    deck_warnings(deck)
    built = len(index_builds)
    assert list(Catalog.stream([deck])) == generate_cards([deck])
    assert len(index_builds) == built
