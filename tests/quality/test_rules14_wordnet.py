"""Round 14 rule tests (WordNet kinds for terms): each goes through the real generator and its bundled WordNet table.
The first two fail on main (be78fbf): the blanks got no MCQ. The decks are written for these tests."""

from __future__ import annotations

from pathlib import Path

import yaml

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import CardKind
from tests.quality.rule_decks import load, mcq, wrong

SETS = Path(__file__).resolve().parents[2] / "quizgen_benchmarks" / "quality_sets"


def test_r14_deck_terms_of_one_wordnet_kind_tie_a_blank_whose_stem_names_none(tmp_path):
    # "The pancreas releases ____": no kind noun; WordNet knows insulin, glucagon and adrenaline as hormones
    deck = load(tmp_path, {"facts": [
        {"id": "insulin", "text": "{Insulin} is a hormone made by the pancreas."},
        {"id": "glucagon", "text": "The pancreas releases {glucagon} when blood sugar is low."},
        {"id": "adrenaline", "text": "{Adrenaline} is the hormone of the fight-or-flight response."}]})
    assert wrong(mcq(deck, "glucagon")) == {"insulin", "adrenaline"}


def test_r14_wordnet_offers_the_nouns_of_the_key_kind_that_the_deck_writes(tmp_path):
    # no other answer is a part of a flower, but the deck's own text names the carpel and the ovary
    deck = load(tmp_path, {"facts": [
        {"id": "stamen", "text": "The male part of a flower, the {stamen}, is made of the anther and the filament."},
        {"id": "pollen", "text": "Pollen grains are carried from the anther to the stigma of the carpel by {insects}."},
        {"id": "fruit", "text": "After fertilisation the ovary of the carpel grows into the {fruit}."}]})
    shown = wrong(mcq(deck, "stamen"))
    assert shown and shown <= {"carpel", "ovary", "stigma", "pistil"}  # parts of a flower, never "flower" itself


def test_r14_never_pads_when_the_deck_does_not_write_the_kind_or_the_stem_no_sense(tmp_path):
    # WordNet knows other parts of a flower and other scores, but the deck writes none of them; "Challenger" is a name
    deck = load(tmp_path, {"facts": [
        {"id": "challenger", "text": "The Space Shuttle {Challenger} broke apart shortly after launch in 1986."},
        {"id": "love", "text": "In tennis, a score of zero is called {love}."},
        {"id": "stamen", "text": "The male part of a flower, the {stamen}, is made of the anther and the filament."}]})
    for fact in ("challenger", "love", "stamen"):
        assert mcq(deck, fact) is None


def test_r14_vocabulary_glosses_are_not_read_by_wordnet(tmp_path):
    # a dog and a book are of other kinds for WordNet, and both are words a Spanish deck teaches
    deck = load(tmp_path, {"facts": [
        {"id": "perro", "text": "el perro: {dog}"}, {"id": "libro", "text": "el libro: {book}"},
        {"id": "gato", "text": "el gato: {cat}"}]})
    assert wrong(mcq(deck, "perro")) == {"book", "cat"}


def test_r14_a_name_wordnet_writes_with_a_capital_keeps_it_beside_a_lower_case_key(tmp_path):
    # Broca's area opens its sentence: its capital says nothing there, but WordNet writes the name with one
    deck = load(tmp_path, {"facts": [
        {"id": "hm", "text": "After surgery removed much of his {hippocampus}, the patient H.M. could form no new memories.",
         "tags": ["brain"]},
        {"id": "broca", "text": "{Broca's area}, in the left frontal lobe, is needed to produce speech.", "tags": ["brain"]},
        {"id": "amygdala", "text": "The {amygdala}, deep in the brain, plays a key part in fear.", "tags": ["brain"]}]})
    shown = wrong(mcq(deck, "amygdala"))
    assert "Broca's area" in shown and "broca's area" not in shown


def test_r14_the_judged_options_of_the_quality_sets_stay_as_judged():
    # every MCQ the round's verdicts judged (wn14-verdicts.yaml) still shows only options judged, and none judged bad
    # that was judged good before
    verdicts = yaml.safe_load((SETS / "wn14-verdicts.yaml").read_text(encoding="utf-8"))
    decks = {"plant-biology": "heldout12", "weather-climate": "heldout12", "psychology": "heldout12",
             "cells-genetics": "heldout10", "earth-science": "heldout7", "ecology-evolution": "heldout5",
             "philosophers": "heldout5"}
    for deck_id, folder in sorted(set(decks.items())):
        path = SETS / folder / "decks" / f"{deck_id}.yaml"
        cards = generate_cards(load_decks([path], with_warnings=False).decks)
        shown = {c.id: {o for i, o in enumerate(c.options) if i != c.answer_index}
                 for c in cards if c.kind is CardKind.MCQ}
        for card_id, options in verdicts.items():
            if card_id.split(":")[0] == deck_id:
                assert card_id in shown, card_id
                assert shown[card_id] <= set(options), (card_id, shown[card_id])
