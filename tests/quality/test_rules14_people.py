"""Round 14 (docs/quality.md, "Round 14 (WordNet people, places, events)"): the people WordNet 3.0 names join the
curated list, its battles and wars date the stem's window, inventors are a field of their own. Through the real
generator on the quality sets' decks: all but the last fail on main before the round, and each fails when an MCQ
judged good (every option kept by a judge or by the round's developer, quality_sets/*verdicts.yaml) turns bad."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from rule_decks import mcq, wrong

from quizgen.core import categories, people
from quizgen.core.deckfile import load_decks

SETS = Path(__file__).resolve().parents[2] / "quizgen_benchmarks" / "quality_sets"


def quality_deck(quality_set: str, name: str):
    return load_decks([SETS / quality_set / "decks" / f"{name}.yaml"], with_warnings=False).decks[0]


@lru_cache(maxsize=None)
def verdicts(quality_set: str) -> dict[str, dict[str, str]]:
    """A set's verdicts: its judges' and every developer file's (they do not overlap)."""
    merged: dict[str, dict[str, str]] = {}
    for path in [SETS / quality_set / "verdicts.yaml", *sorted(SETS.glob("*-verdicts.yaml"))]:
        for card, options in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            if isinstance(options, dict):
                for option, verdict in options.items():
                    if not str(option).startswith("_"):
                        merged.setdefault(card, {}).setdefault(option, verdict or "")
    return merged


def assert_judged_good(quality_set: str, deck_name: str, fact: str, blank: int = 1) -> list[str]:
    card = mcq(quality_deck(quality_set, deck_name), fact, blank)
    shown = wrong(card)
    judged = verdicts(quality_set).get(card.id, {})
    assert len(shown) >= 2, (card.id, shown)
    assert all(judged.get(option) == "" for option in shown), (card.id, {o: judged.get(o) for o in shown})
    return shown


# Cards round 14 made (a person blank with no MCQ on main) or made good (a struck option on main), judged good.
GOOD = [("heldout2", "chemistry", "lavoisier", 1), ("heldout4", "french-revolution", "trafalgar", 3),
        ("heldout5", "philosophers", "hume", 1), ("heldout5", "philosophers", "wittgenstein", 1),
        ("heldout6", "industrial-revolution", "cotton-gin", 1), ("heldout7", "us-history", "star-spangled-banner", 1),
        ("heldout8", "computing-history", "hollerith", 1), ("heldout9", "economics", "kuznets", 1),
        ("heldout9", "explorers", "lewis-clark", 1)]


def test_r14_wordnet_people_give_person_blanks_an_mcq_of_their_age_and_country():
    for quality_set, deck_name, fact, blank in GOOD:
        assert_judged_good(quality_set, deck_name, fact, blank)
    # "The Scottish philosopher ____ was born in Edinburgh in 1711": Thomas Reid and David Hartley, WordNet's
    hume = assert_judged_good("heldout5", "philosophers", "hume")
    assert any(people.lookup(option) in people.wordnet_people() for option in hume)


def test_r14_an_inventors_wrong_answers_are_inventors_or_engineers():
    # heldout11, measured blind first: no surgeon (Harvey Cushing, James Paget) or mathematician for an inventor
    for fact in ("bessemer", "bell", "marconi", "swan", "benz"):
        shown = assert_judged_good("heldout11", "inventions-engineering", fact)
        assert all(categories.holds_role(option, frozenset(("physician", "mathematician"))) is not True
                   or categories.holds_role(option, frozenset(("inventor", "engineer"))) for option in shown)


def test_r14_a_date_during_a_battle_wordnet_dates_stays_in_its_year():
    # "Tanks were first used ... during the Somme in ____" (September 1916): no May 1915, no September 1917
    shown = assert_judged_good("heldout12", "world-war-one", "tanks", 2)
    assert all(option.endswith("1916") for option in shown)


def test_r14_a_year_inside_an_event_of_four_years_or_more_stays_inside_it():
    # "The knights of the First Crusade captured Jerusalem in ____" (1099; WordNet: 1096-1099): no 1094, no 1100
    shown = assert_judged_good("heldout7", "medieval-europe", "jerusalem-1099", 2)
    assert shown == {"1096", "1097", "1098"}
    # a battle of one year leaves a year blank to its war's span (Jutland, 1916: other years of the war, judged good)
    jutland = assert_judged_good("heldout12", "world-war-one", "jutland", 2)
    assert all(1914 <= int(option) <= 1918 for option in jutland)


def test_r14_the_curated_row_wins_over_wordnets():
    # WordNet's "Victor Emanuel III" and "Claude Debussey" are the curated Victor Emmanuel III and Claude Debussy
    assert "Victor Emanuel III" not in wrong(mcq(quality_deck("heldout5", "second-world-war"), "mussolini"))
    assert "Claude Debussey" not in wrong(mcq(quality_deck("heldout2", "music-history"), "debussy"))
