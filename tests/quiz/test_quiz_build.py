"""Choosing questions and building versions (pure), on decks read by the real loader and generator."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from quiz_helpers import write_deck

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import CardKind
from quizgen.core.text import contains_phrase
from quizgen.quiz.build import (MAX_LETTER_RUN, QuizSettings, assign_letters, build_quiz, gives_away, leaks,
                                 longest_run)


def make_quiz(path: Path, **options):  # type: ignore[no-untyped-def]
    decks = load_decks([path]).decks
    seed = options.get("seed", 7)
    return build_quiz(decks, generate_cards(decks, seed=seed), QuizSettings(**options))


def test_at_most_one_question_per_fact_and_n_respected(school_path: Path) -> None:
    quiz = make_quiz(school_path, n=8)
    assert len(quiz.questions) == 8
    facts = [(q.card.deck, q.card.fact) for q in quiz.questions]
    assert len(set(facts)) == len(facts)
    assert quiz.shortfall is None


def test_fewer_possible_than_asked_gives_a_shorter_quiz_and_says_so(school_path: Path) -> None:
    quiz = make_quiz(school_path, n=50)
    # 13 facts in the deck, but the rivers fact's question names Vienna and Prague, the answers of
    # two capitals: never both on one sheet.
    assert len(quiz.questions) == 12
    assert quiz.shortfall is not None and "only 12 are possible" in quiz.shortfall
    assert "give another's answer away" in quiz.shortfall


def test_kind_and_tag_filters(school_path: Path) -> None:
    mcq_only = make_quiz(school_path, n=50, kinds=frozenset({CardKind.MCQ}))
    assert mcq_only.questions and all(q.card.kind is CardKind.MCQ for q in mcq_only.questions)
    north = make_quiz(school_path, n=50, tags=frozenset({"north"}))
    assert {q.card.fact for q in north.questions} == {"capital-norway", "capital-sweden", "capital-finland",
                                                      "capital-ireland"}


def test_both_kinds_are_mixed(school_path: Path) -> None:
    quiz = make_quiz(school_path, n=12)
    kinds = Counter(q.card.kind for q in quiz.questions)
    assert abs(kinds[CardKind.MCQ] - kinds[CardKind.CLOZE]) <= 2


def test_versions_hold_the_same_questions_in_different_orders(school_path: Path) -> None:
    quiz = make_quiz(school_path, n=10, versions=3)
    assert [v.name for v in quiz.versions] == ["A", "B", "C"]
    orders = [tuple(item.question.card.id for item in v.items) for v in quiz.versions]
    assert all(sorted(order) == sorted(orders[0]) for order in orders)
    assert len(set(orders)) == 3
    for version in quiz.versions:
        assert [item.number for item in version.items] == list(range(1, 11))
        for item in version.items:
            card = item.question.card
            if card.kind is CardKind.MCQ:
                assert sorted(item.options) == sorted(card.options or ())  # same options, own order
                assert item.options[item.answer_index] == card.answer  # type: ignore[index]
            else:
                assert item.options == () and item.answer == card.answer


def test_option_order_differs_between_versions(school_path: Path) -> None:
    quiz = make_quiz(school_path, n=13, versions=3, kinds=frozenset({CardKind.MCQ}))
    by_card = {}
    for version in quiz.versions:
        for item in version.items:
            by_card.setdefault(item.question.card.id, []).append(item.options)
    assert any(len(set(orders)) > 1 for orders in by_card.values())


def test_letters_are_even_and_never_run_long_on_the_challenge_deck(challenge_deck: Path) -> None:
    quiz = make_quiz(challenge_deck, n=20, versions=5, kinds=frozenset({CardKind.MCQ}))
    assert len(quiz.questions) == 20
    for version in quiz.versions:
        letters = [item.letter for item in version.items]
        counts = Counter(letters)
        assert set(counts) == set("ABCD")
        assert max(counts.values()) - min(counts.values()) <= 1, counts
        assert longest_run(letters) <= MAX_LETTER_RUN, letters


def test_chosen_questions_do_not_give_each_other_away(challenge_deck: Path) -> None:
    quiz = make_quiz(challenge_deck, n=12)
    cards = [q.card for q in quiz.questions]
    assert not [(a.id, b.id) for i, a in enumerate(cards) for b in cards[i + 1:] if leaks(a, b)]


PLANETS = {
    "title": "Planets", "id": "planets",
    "pools": {"term": ["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"]},
    "facts": [{"id": "mercury", "text": "{Mercury} is the closest planet to the Sun.", "type": "term"},
              {"id": "venus", "text": "{Venus} is the hottest planet.", "type": "term"},
              {"id": "jupiter", "text": "{Jupiter} is the largest planet.", "type": "term"},
              {"id": "mars", "text": "{Mars} is known as the Red Planet.", "type": "term"},
              {"id": "saturn", "text": "{Saturn} has the most prominent rings.", "type": "term"},
              {"id": "earth", "text": "{Earth} is the only planet known to hold life.", "type": "term"}],
}


@pytest.mark.parametrize("seed", range(12))
def test_no_printed_option_is_a_cloze_answer(tmp_path: Path, seed: int) -> None:
    """A cloze's answer never stands among another question's options (nor in its text), in any version."""
    quiz = make_quiz(write_deck(tmp_path, "planets", PLANETS), n=6, versions=2, seed=seed)
    for version in quiz.versions:
        printed = [(item, [item.question.card.prompt, *item.options]) for item in version.items]
        for item in version.items:
            card = item.question.card
            others = [texts for other, texts in printed if other is not item]
            for texts in others:
                assert not any(contains_phrase(text, card.answer) for text in texts[:1])  # no question text
                if card.kind is CardKind.CLOZE:
                    assert not any(contains_phrase(text, answer) for text in texts for answer in card.accept), \
                        (version.name, card.id, texts)
    kinds = {q.card.kind for q in quiz.questions}
    assert len(quiz.questions) >= 3 and kinds  # a planets quiz is still possible


def test_an_mcq_whose_options_hold_a_cloze_answer_gives_it_away(tmp_path: Path) -> None:
    decks = load_decks([write_deck(tmp_path, "planets", PLANETS)]).decks
    cards = {c.id: c for c in generate_cards(decks)}
    pairs = [(mcq, cloze) for mcq in cards.values() for cloze in cards.values()
             if mcq.kind is CardKind.MCQ and cloze.kind is CardKind.CLOZE and mcq.fact != cloze.fact
             and cloze.answer in (mcq.options or ())]
    assert pairs  # the planets' MCQs list other planets
    for mcq, cloze in pairs:
        assert gives_away(mcq, cloze) and leaks(cloze, mcq)
        assert not gives_away(mcq, cards[cloze.id.replace(":cloze", ":mcq")])  # its own options print it anyway


def test_same_seed_same_quiz_other_seed_other_quiz(school_path: Path) -> None:
    assert make_quiz(school_path, n=8, seed=3) == make_quiz(school_path, n=8, seed=3)
    first = make_quiz(school_path, n=8, seed=3)
    other = make_quiz(school_path, n=8, seed=4)
    assert [i.question.card.id for i in first.versions[0].items] != [i.question.card.id for i in other.versions[0].items]


def test_impossible_settings_are_refused(school_path: Path) -> None:
    with pytest.raises(ValueError):
        make_quiz(school_path, n=0)
    with pytest.raises(ValueError):
        make_quiz(school_path, versions=27)


@settings(max_examples=200, deadline=None)
@given(counts=st.lists(st.sampled_from([0, 2, 3, 4, 5]), max_size=40), seed=st.integers(0, 10**6))
def test_assigned_letters_fit_each_question(counts: list[int], seed: int) -> None:
    letters = assign_letters(counts, random.Random(seed))
    assert len(letters) == len(counts)
    for count, letter in zip(counts, letters):
        assert (letter is None) == (count == 0)
        if letter is not None:
            assert 0 <= letter < count


@settings(max_examples=200, deadline=None)
@given(n=st.integers(4, 40), cloze=st.lists(st.integers(0, 39), max_size=10), seed=st.integers(0, 10**6))
def test_four_option_letters_are_balanced_without_long_runs(n: int, cloze: list[int], seed: int) -> None:
    counts = [0 if i in cloze else 4 for i in range(n)]
    letters = [x for x in assign_letters(counts, random.Random(seed)) if x is not None]
    if not letters:
        return
    used = [letters.count(k) for k in range(4)]
    assert max(used) - min(used) <= 1, used
    assert longest_run(letters) <= MAX_LETTER_RUN
