"""Properties: grading over arbitrary text, and the collection's invariants under random sessions."""

from __future__ import annotations

import random
from datetime import UTC
from decimal import Decimal

import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from quizgen.core.model import AnswerType
from quizgen.core.text import normalize
from quizgen.study.grading import compare, diff
from quizgen.study import queues
from quizgen.study import session as session_module
from quizgen.study.session import StudySession

from .conftest import catalog_of

from .test_session import _answer_right, _answer_wrong

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)


@hypothesis_settings(deadline=None)  # an example may be the first to load the lists of people and given names
@given(texts)
def test_an_answer_typed_exactly_is_right(answer: str) -> None:
    if normalize(answer):
        assert compare(answer, (answer,)) == ("right", answer)
        assert compare(f"  {answer}.  ", (answer,))[0] == "right"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz éèàçñ", min_size=1, max_size=30))
def test_case_and_accents_never_matter(answer: str) -> None:
    if normalize(answer):
        assert compare(answer.upper(), (answer,))[0] == "right"


@given(texts, texts)
def test_the_diff_always_rebuilds_the_answer(typed: str, answer: str) -> None:
    ops = diff(typed, answer)
    assert "".join(text for op, text in ops if op in ("equal", "missing")) == answer
    assert all(text for _, text in ops)


@given(st.text(alphabet="0123456789", min_size=1, max_size=6), st.text(alphabet="0123456789", min_size=1, max_size=6))
def test_different_numbers_are_never_almost(typed: str, answer: str) -> None:
    verdict, _ = compare(typed, (answer,))
    assert verdict == ("right" if typed == answer else "wrong")


def _roman(value: int) -> str:
    tens, units = divmod(value, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]


@given(st.integers(1, 39), st.integers(1, 39), st.sampled_from(["Richard", "louis", "Pope Pius"]),
       st.sampled_from(["roman", "digits"]))
def test_another_regnal_number_is_never_right_or_almost(typed: int, answer: int, name: str, form: str) -> None:
    written = f"{name} {_roman(typed)}" if form == "roman" else f"{name} {typed}th"
    verdict, _ = compare(written, (f"{name.title()} {_roman(answer)}",), AnswerType.PERSON)
    assert verdict == ("right" if typed == answer else "wrong")


@given(st.decimals("0.1", "999.9", places=1), st.decimals("0.1", "999.9", places=1),
       st.sampled_from([("V", "volts"), ("metres", "m"), ("m/s²", "m/s2"), ("kWh", "kilowatt hours"), ("N", "newtons")]))
def test_a_value_in_another_spelling_of_its_unit_is_right_only_when_it_is_the_value(
        typed: Decimal, answer: Decimal, unit: tuple[str, str]) -> None:
    written, spelled = unit
    verdict, _ = compare(f"{typed} {spelled}", (f"{answer} {written}",), AnswerType.NUMBER,
                         "The reading is about ____.")
    assert verdict == ("right" if typed == answer else "wrong")




def test_random_sessions_keep_state_and_log_consistent(collection, decks_and_cards, clock, settings) -> None:
    """Random answers, undos, buries and day changes: every card's state is its last logged state."""
    rng = random.Random(20260310)
    decks, cards = decks_and_cards
    session = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=settings, tz=UTC)
    session.start()
    for _ in range(300):
        action = rng.random()
        if session.current() is None or action < 0.05:
            clock.advance(hours=rng.choice([1, 6, 24, 72]))
            continue
        if action < 0.15:
            session.undo()
        elif action < 0.18:
            session.bury()
        elif action < 0.6:
            _answer_right(session)
        else:
            _answer_wrong(session)
        clock.advance(minutes=rng.choice([0, 1, 5, 11]))
    log = collection.review_log()
    states = collection.card_states()
    assert len(log) > 100
    for card_id, state in states.items():
        rows = [row for row in log if row.card_id == card_id]
        if not rows:
            assert state.memory is None  # a bury-only row
            continue
        assert state.reps == len(rows)
        assert state.memory == rows[-1].state_after.memory
        assert state.lapses == rows[-1].state_after.lapses
        for earlier, later in zip(rows, rows[1:]):
            assert later.state_before.memory == earlier.state_after.memory
    # Undoing every answer of the session empties the log.
    while session.undo():
        pass
    assert collection.review_log() == []


@pytest.mark.parametrize("batch, version", [(None, None), (2, None), (1, "v1")])
def test_the_day_plan_kept_between_answers_matches_one_made_afresh(collection, decks_and_cards, clock,
                                                                   settings, monkeypatch, batch, version) -> None:
    """The session updates its study-day plan answer by answer; at every step, a session opened
    afresh on the same collection (which reads everything again) sees the same counts, the same
    next card and the same next due time. Also with plans that read one or two cards at a time,
    and with a deck version, whose new-card frontier is saved at every start."""
    rng = random.Random(7)
    decks, cards = decks_and_cards
    catalog = catalog_of(decks, cards, version)
    if batch:
        monkeypatch.setattr(queues, "BATCH", batch)
    if version:
        monkeypatch.setattr(session_module, "FRONTIER_STEP", 0)
    session = StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC)
    session.start()
    checked = 0
    for _ in range(250):
        action = rng.random()
        clock.advance(minutes=rng.choice([0, 1, 5, 11, 30]))
        chose_anew = True  # the card on screen stays until it is answered: compare only a fresh choice
        if session.current() is None or action < 0.06:
            clock.advance(hours=rng.choice([1, 6, 20, 24, 72]))
            chose_anew = session.current() is None
        elif action < 0.16:
            chose_anew = not session.undo()  # an undone card is shown again first
        elif action < 0.2:
            session.bury()
        elif action < 0.23:
            session.suspend()
        elif action < 0.6:
            _answer_right(session)
        else:
            _answer_wrong(session)
        fresh = StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC)
        fresh.start()
        assert session.counts() == fresh.counts()
        if chose_anew:
            mine, theirs = session.current(), fresh.current()
            assert (mine and mine.card.id) == (theirs and theirs.card.id)
            if mine is None:
                assert session.next_due() == fresh.next_due()
            checked += 1
    assert checked > 150
    assert len(collection.review_log()) > 80
