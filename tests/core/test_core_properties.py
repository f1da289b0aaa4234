"""Every generator rule, checked on decks hypothesis makes up (through the real YAML loader)."""

from __future__ import annotations

import pytest
import tempfile
from pathlib import Path

from helpers import load_one
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.core.generator import generate_cards
from quizgen.core.plan import plan_deck
from quizgen.core.model import CardKind
from quizgen.core.text import contains_phrase, normalize

FIRST = ["Yulia", "Klim", "Oleg", "Anton", "Yuri", "Valentina", "Alena", "Pyotr", "Élodie", "Zoë"]
LAST = ["Peresild", "Shipenko", "Artemyev", "Shkaplerov", "Gagarin", "Tereshkova", "Mordovina", "Dubrov"]
TERMS = ["centrifuge", "zero gravity", "parachute", "docking", "orbit", "g-force", "airlock", "Soyuz", "ISS"]
WORDS = ["the", "crew", "flew", "to", "station", "in", "a", "film", "was", "made", "by", "and", "with", "space"]
MONTHS = ["January", "March", "May", "August", "October", "December"]

people = st.builds(lambda f, l: f"{f} {l}", st.sampled_from(FIRST), st.sampled_from(LAST))
numbers = st.one_of(st.integers(1, 5000).map(str), st.integers(2, 90).map(lambda n: f"more than {n}"),
                    st.integers(1, 300).map(lambda n: f"{n} days"))
years = st.integers(1950, 2030).map(str)
dates = st.builds(lambda m, d: f"{m} {d}", st.sampled_from(MONTHS), st.integers(1, 28))
answers = st.one_of(people, numbers, years, dates, st.sampled_from(TERMS))
alternatives = st.lists(st.sampled_from(TERMS + LAST), max_size=2)


@st.composite
def fact_texts(draw) -> dict:
    pieces = []
    for _ in range(draw(st.integers(1, 3))):
        pieces.append(" ".join(draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=4))))
        answer = draw(answers)
        alts = [a for a in draw(alternatives) if normalize(a) != normalize(answer)]
        pieces.append("{" + "|".join([answer, *dict.fromkeys(alts)]) + "}")
    pieces.append(" ".join(draw(st.lists(st.sampled_from(WORDS), max_size=4))) + ".")
    fact: dict = {"text": " ".join(p for p in pieces if p)}
    if draw(st.booleans()):
        fact["distractors"] = draw(st.lists(st.one_of(people, st.sampled_from(TERMS)), max_size=4))
    return fact


decks = st.fixed_dictionaries({
    "title": st.just("Generated"),
    "pools": st.fixed_dictionaries({"person": st.lists(people, max_size=6), "term": st.lists(st.sampled_from(TERMS), max_size=5)}),
    "facts": st.lists(fact_texts(), min_size=1, max_size=8),
})


@pytest.mark.slow
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=decks, seed=st.integers(0, 2**32))
def test_generator_rules_hold_on_any_deck(data, seed):
    with tempfile.TemporaryDirectory() as folder:
        deck = load_one(Path(folder), data)
    cards = generate_cards([deck], seed=seed)
    by_blank: dict[tuple[str, int], list] = {}
    for card in cards:
        by_blank.setdefault((card.fact, card.blank), []).append(card)
        accepted = {normalize(a) for a in card.accept}
        # The answer (or an alternative) never shows in the prompt.
        assert not any(contains_phrase(card.prompt, a) for a in card.accept), card
        assert "____" in card.prompt or card.kind is CardKind.MCQ
        if card.kind is CardKind.CLOZE:
            assert card.options is None and card.answer_index is None
            continue
        options = card.options
        assert options is not None and 3 <= len(options) <= 4
        assert options[card.answer_index] == card.answer
        distractors = [o for i, o in enumerate(options) if i != card.answer_index]
        # No distractor equals an accepted answer, no two options are equal (ignoring case, accents, punctuation).
        assert not any(normalize(d) in accepted for d in distractors)
        assert len({normalize(o) for o in options}) == len(options)
        # No distractor already appears in the question.
        assert not any(contains_phrase(card.prompt, d) for d in distractors)
    # One cloze per blank (unless the text gives the answer away), at most one MCQ, ids unique.
    for fact in deck.facts:
        for blank in fact.blanks:
            kinds = [c.kind for c in by_blank.get((fact.id, blank.index), [])]
            assert kinds.count(CardKind.CLOZE) <= 1 and kinds.count(CardKind.MCQ) <= 1
            leaks = any(contains_phrase(fact.render(frozenset(
                b.index for b in fact.blanks if normalize(b.answer) == normalize(blank.answer))), a) for a in blank.accept)
            # A cloze is left out only where the text gives its answer away; where it does not, the
            # cloze is made unless the answer can be computed from (or read off) the rest of the fact,
            # in which case the blanks it is computed from are hidden with it (`plan.BlankPlan.derived`:
            # "{10} ... {more than 10}" hides both, or leaves the cloze out).
            if leaks:
                hides = [c for c in by_blank.get((fact.id, blank.index), []) if c.kind is CardKind.CLOZE]
                assert all(not any(contains_phrase(c.prompt, a) for a in blank.accept) for c in hides)
            elif CardKind.CLOZE not in kinds:
                plan = next(p for plans in plan_deck(deck) for p in plans
                            if p.fact.id == fact.id and p.blank.index == blank.index)
                assert plan.derived, (fact.text, blank.answer)
    assert len({c.id for c in cards}) == len(cards)
    # Deterministic: the same deck and seed give the same cards.
    assert generate_cards([deck], seed=seed) == cards


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(data=decks, seed=st.integers(0, 1000), words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3))
def test_rewording_a_fact_keeps_its_card_ids(data, seed, words):
    data = {**data, "facts": [{**f, "id": f"fact-{i}"} for i, f in enumerate(data["facts"])]}
    reworded = {**data, "facts": [{**f, "text": " ".join(words) + " " + f["text"]} for f in data["facts"]]}
    with tempfile.TemporaryDirectory() as folder:
        before = load_one(Path(folder), data, "a.yaml")
        after = load_one(Path(folder), reworded, "a.yaml")
    ids_before = {(c.fact, c.blank, c.kind): c.id for c in generate_cards([before], seed=seed)}
    ids_after = {(c.fact, c.blank, c.kind): c.id for c in generate_cards([after], seed=seed)}
    for key in ids_before.keys() & ids_after.keys():
        assert ids_before[key] == ids_after[key]
