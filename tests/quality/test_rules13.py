"""Round 13 rule tests (years and dates inside the stem's span): each goes through the real generator and fails on
main (7faae99). The decks are written for these tests."""

from __future__ import annotations

from quizgen.core.answers import value_of
from quizgen.core.model import AnswerType
from quizgen.core.plan import plan_deck
from tests.quality.rule_decks import load, mcq, wrong


def _years(options: set[str]) -> set[float]:
    return {value_of(o, AnswerType.YEAR) for o in options}


def test_r13_a_year_the_stem_places_in_a_war_stays_in_it(tmp_path):
    deck = load(tmp_path, {"facts": [
        {"id": "dunkirk", "text": "During the Second World War the British Army was evacuated from Dunkirk in {1940}."}]})
    shown = wrong(mcq(deck, "dunkirk"))
    assert len(shown) >= 2 and all(1939 <= y <= 1945 for y in _years(shown))


def test_r13_the_deck_title_places_its_dated_facts_in_its_war(tmp_path):
    # no war in the stem: the deck is about one, and a battle dated inside it keeps inside it; a fact of the causes,
    # dated before the war, is not bound by it
    deck = load(tmp_path, {"title": "The Second World War", "facts": [
        {"id": "alamein", "text": "The Second Battle of El Alamein was fought in Egypt in {1942}."},
        {"id": "chancellor", "text": "Adolf Hitler was appointed Chancellor of Germany in {1933}."}]})
    shown = wrong(mcq(deck, "alamein"))
    assert len(shown) >= 2 and all(1939 <= y <= 1945 for y in _years(shown))
    assert len(wrong(mcq(deck, "chancellor"))) >= 2


def test_r13_a_date_near_the_end_of_a_war_does_not_pass_it(tmp_path):
    deck = load(tmp_path, {"facts": [
        {"id": "berlin", "text": "Berlin fell to the Red Army in {May 1945}, in the last days of the Second World War."}]})
    shown = wrong(mcq(deck, "berlin"))
    assert len(shown) >= 2 and all(o.endswith(("1939", "1940", "1941", "1942", "1943", "1944", "1945")) for o in shown)


def test_r13_a_year_under_an_emperor_lies_in_his_reign_with_nearer_values(tmp_path):
    # Titus reigned AD 79-81: the usual steps (two, five years away) all fall outside, nearer ones in it are made
    deck = load(tmp_path, {"facts": [
        {"id": "vesuvius", "text": "Under the emperor Titus, Mount Vesuvius erupted in {AD 79} and buried Pompeii."}]})
    shown = wrong(mcq(deck, "vesuvius"))
    assert shown == {"AD 80", "AD 81"}


def test_r13_a_ruler_leaves_office_within_the_term(tmp_path):
    # Louis XVI reigned 1774-1792: he was not deposed after it
    deck = load(tmp_path, {"facts": [
        {"id": "louis", "text": "King Louis XVI was deposed in {1792} when the monarchy fell."}]})
    pool = next(p.distractors for p in plan_deck(deck).blanks())  # every wrong answer a session may draw
    assert len(wrong(mcq(deck, "louis"))) >= 2 and all(1774 <= y <= 1792 for y in _years(set(pool)))
