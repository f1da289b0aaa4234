"""Set due date (quizgen.study.reschedule, StudySession.set_due, Collection.reschedule): Anki's syntax,
the card's FSRS state after it, its log row apart from the answers, undo."""

from __future__ import annotations

from datetime import UTC, timedelta

import fsrs
import pytest

from quizgen.study.reschedule import DueDays, stability_for_interval
from quizgen.study.session import StudySession
from quizgen.study.stats import compute_stats

from .conftest import FakeClock
from .test_session import _answer_right, _session


@pytest.mark.parametrize(("text", "parsed"), [
    ("0", DueDays(0, 0, False)), ("1", DueDays(1, 1, False)), ("3-7", DueDays(3, 7, False)),
    ("5!", DueDays(5, 5, True)), (" 3 - 7 ! ", DueDays(3, 7, True)), ("0!", DueDays(0, 0, True)),
])
def test_anki_s_syntax(text: str, parsed: DueDays) -> None:
    assert DueDays.parse(text) == parsed
    assert DueDays.parse(parsed.text) == parsed


@pytest.mark.parametrize(("text", "says"), [
    ("", "not a due date"), ("x", "not a due date"), ("-1", "not a due date"), ("1.5", "not a due date"),
    ("7-3", "from the smaller number to the larger"), ("40000", "at most 36500 days"), ("1!!", "not a due date"),
])
def test_anything_else_says_what_to_type(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says) as error:
        DueDays.parse(text)
    assert says != "not a due date" or "0 today, 1 tomorrow, 3-7" in str(error.value)


def _review_card(session: StudySession, clock: FakeClock) -> str:
    """Answer the first card Good twice, 11 minutes apart: past its learning steps, in review."""
    card_id = _answer_right(session)
    clock.advance(minutes=11)
    assert _answer_right(session) == card_id
    state = session.collection.card_state(card_id)
    assert state is not None and state.state == "review"
    return card_id


def test_a_due_date_moves_only_the_due_date_and_is_logged_apart_from_the_answers(
        collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    card_id = _review_card(session, clock)
    before = collection.card_state(card_id)
    answers = collection.review_log()
    clock.advance(hours=2)
    (row,) = session.set_due([card_id], "7")
    after = collection.card_state(card_id)
    assert row.card_id == card_id and row.days == "7" and row.at == clock.now
    assert row.state_before == before and row.state_after == after
    today = session.today()
    assert after.memory.due == session.days.start(today + timedelta(days=7))
    # the memory as it was: recall is predicted as before, the next answer scheduled from the real last review
    assert (after.memory.stability, after.memory.difficulty, after.memory.last_review, after.memory.state) == (
        before.memory.stability, before.memory.difficulty, before.memory.last_review, fsrs.State.Review)
    assert (after.reps, after.lapses) == (before.reps, before.lapses)
    assert collection.review_log() == answers  # not an answer
    assert compute_stats(collection, clock.now, tz=UTC).total_reviews == len(answers)
    assert collection.reschedule_log(card_id) == [row]


def test_bang_resets_the_interval_from_today_with_fsrs_s_own_interval_rule(
        collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    card_id = _review_card(session, clock)
    before = collection.card_state(card_id)
    clock.advance(days=2)
    session.set_due([card_id], "30!")
    after = collection.card_state(card_id).memory
    scheduler = session.scheduler(card_id.partition(":")[0]).fsrs
    assert after.last_review == clock.now and after.difficulty == before.memory.difficulty
    assert scheduler._next_interval(stability=after.stability) == 30  # FSRS's own interval for it
    assert after.stability == pytest.approx(stability_for_interval(scheduler, 30))
    assert after.due == session.days.start(session.today() + timedelta(days=30))
    assert scheduler.get_card_retrievability(after, clock.now) == pytest.approx(1.0)


def test_a_range_draws_a_seeded_day_per_card_and_learning_cards_become_review_cards(
        collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    answered = [_answer_right(session) for _ in range(4)]  # four facts' MCQs, in their learning steps
    assert {collection.card_state(card_id).state for card_id in answered} == {"learning"}
    rows = session.set_due(answered, "3-7")
    today = session.today()
    days = {row.card_id: session.days.of(row.state_after.memory.due) - today for row in rows}
    assert len(rows) == 4 and all(timedelta(days=3) <= day <= timedelta(days=7) for day in days.values())
    assert {row.state_after.memory.state for row in rows} == {fsrs.State.Review}
    assert {row.state_after.memory.step for row in rows} == {None}
    for row in rows:
        assert row.state_after.memory.stability == row.state_before.memory.stability
    # seeded: the same card, answers and time draw the same day again (after an undo, say)
    collection.undo_reschedule([row.id for row in rows])
    assert {card_id: collection.card_state(card_id) for card_id in answered} == {
        row.card_id: row.state_before for row in rows}
    again = session.set_due(answered, "3-7")
    assert {row.card_id: session.days.of(row.state_after.memory.due) - today for row in again} == days


def test_new_cards_are_left_as_they_are(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    new_card = session.current().card.id
    assert session.set_due([new_card], "3") == []
    assert collection.card_state(new_card) is None and collection.reschedule_log() == []


def test_undo_from_study_and_what_undo_refuses(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    card_id = _review_card(session, clock)
    before = collection.card_state(card_id)
    clock.advance(days=3)  # due again: it is the card on screen
    assert session.current().card.id == card_id
    row = session.set_due_current("10")
    assert row is not None and (session.current() is None or session.current().card.id != card_id)
    assert session.undo()  # the card and its due date come back, the log row goes
    assert collection.card_state(card_id) == before and collection.reschedule_log() == []
    assert session.current().card.id == card_id
    # an answer cannot be undone past a due date set after it (its state would come back without it)
    last_answer = collection.review_log(card_id)[-1]
    session.set_due([card_id], "2")
    with pytest.raises(ValueError, match="set by hand"):
        collection.undo_review(last_answer.id, clock.now)
    # and a due date cannot be undone once the card changed again
    (row,) = collection.reschedule_log(card_id)
    session.set_due([card_id], "4")
    with pytest.raises(ValueError, match="changed since"):
        collection.undo_reschedule([row.id])


def test_orphans_prune_takes_the_rows_with_the_card(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    card_id = _review_card(session, clock)
    session.set_due([card_id], "1")
    collection.delete_cards([card_id])
    assert collection.reschedule_log() == [] and collection.card_state(card_id) is None
