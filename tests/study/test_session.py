"""Study sessions on a fake clock: queues, limits, siblings, grading, undo, bury, suspend, leeches."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import fsrs
import pytest

from quizgen.core.model import Card, CardKind, StudyLimits
from quizgen.study.session import Grade, StudySession
from quizgen.study.settings import Settings
from quizgen.study.store import Collection

from .conftest import FakeClock, catalog_of

PARIS = ZoneInfo("Europe/Paris")


def _session(collection: Collection, decks_and_cards, clock: FakeClock, settings: Settings, **kwargs) -> StudySession:
    decks, cards = decks_and_cards
    session = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=settings, tz=UTC, **kwargs)
    session.start()
    return session


def _grade_right(session: StudySession) -> str:
    """Give the right answer to the card on screen (not yet rated)."""
    presented = session.current()
    assert presented is not None
    if presented.options is not None:
        session.answer_choice(presented.answer_index)
    else:
        session.answer_text(presented.card.answer)
    return presented.card.id


def _answer_right(session: StudySession) -> str:
    card_id = _grade_right(session)
    session.rate()
    return card_id


def _answer_wrong(session: StudySession) -> str:
    presented = session.current()
    assert presented is not None
    if presented.options is not None:
        session.answer_choice((presented.answer_index + 1) % len(presented.options))
    else:
        session.answer_text("zzzz qqqq")
    session.rate()
    return presented.card.id


def _snapshot(path: Path) -> tuple[list, list]:
    raw = sqlite3.connect(path)
    states = raw.execute("SELECT * FROM card_state ORDER BY card_id").fetchall()
    log = raw.execute("SELECT * FROM review_log ORDER BY id").fetchall()
    raw.close()
    return states, log


def test_new_cards_come_one_per_fact_in_deck_order_mcq_first(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    assert [(c.new, c.learning, c.due) for c in session.counts()] == [(5, 0, 0)]  # 5 facts
    shown = [_answer_right(session) for _ in range(5)]
    assert shown == ["space:actress:1:mcq", "space:director:1:mcq", "space:launch:1:mcq",
                     "space:station:1:mcq", "space:days:1:mcq"]
    # Good on a new card: the 10-minute learning step. Learning cards come before anything else.
    assert [(c.new, c.learning, c.due) for c in session.counts()] == [(0, 5, 0)]
    clock.advance(minutes=10)
    assert session.current().card.id == "space:actress:1:mcq"
    assert session.current().state == "learning"


def test_the_queue_order_is_learning_then_reviews_then_new(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    first = _answer_right(session)  # actress: learning (10 min)
    clock.advance(minutes=10)
    assert _answer_right(session) == first  # graduates: review in 2 days
    second = _answer_right(session)  # director: learning
    assert second == "space:director:1:mcq"
    clock.advance(days=2)
    session = _session(collection, decks_and_cards, clock, settings)
    order = [session.current().card.id]
    session.answer_choice(session.current().answer_index)
    session.rate()
    order.append(session.current().card.id)
    session.answer_choice(session.current().answer_index)
    session.rate()
    order.append(session.current().card.id)
    assert order == ["space:director:1:mcq", "space:actress:1:mcq", "space:launch:1:mcq"]


def test_siblings_wait_until_the_next_study_day(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    for _ in range(5):
        _answer_right(session)
    clock.advance(minutes=10)
    for _ in range(5):
        _answer_right(session)  # graduate all five MCQs to review
    assert session.current() is None
    assert [(c.new, c.learning, c.due) for c in session.counts()] == [(0, 0, 0)]
    # The next study day begins at 4 a.m.: the siblings (clozes, the launch year) are new again.
    clock.now = datetime(2026, 3, 11, 3, 59, tzinfo=UTC)
    assert session.current() is None
    clock.now = datetime(2026, 3, 11, 4, 0, tzinfo=UTC)
    counts = session.counts()[0]
    assert (counts.new, counts.due) == (5, 0)
    shown = session.current().card
    assert (shown.fact, shown.kind) == ("actress", CardKind.CLOZE)


def test_daily_new_limit_from_settings_and_per_deck(collection, decks_and_cards, clock, settings) -> None:
    decks, cards = decks_and_cards
    limited = _session(collection, decks_and_cards, clock, replace(settings, new_per_day=2))
    assert limited.counts()[0].new == 2
    _answer_right(limited)
    _answer_right(limited)
    assert limited.counts()[0].new == 0
    clock.advance(minutes=10)
    _answer_right(limited)
    _answer_right(limited)
    assert limited.current() is None
    # The deck file's study block overrides the global setting.
    deck = replace(decks[0], study=StudyLimits(new_per_day=4))
    per_deck = StudySession(collection, catalog_of((deck,), cards), clock=clock,
                            settings=replace(settings, new_per_day=2), tz=UTC)
    assert per_deck.counts()[0].new == 2  # 4 a day, 2 already introduced today
    clock.now = datetime(2026, 3, 11, 5, 0, tzinfo=UTC)
    assert per_deck.counts()[0].new == 4


def test_daily_review_limit(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    for _ in range(5):
        _answer_right(session)
    clock.advance(minutes=10)
    for _ in range(5):
        _answer_right(session)
    clock.advance(days=3)
    limited = _session(collection, decks_and_cards, clock, replace(settings, reviews_per_day=3, new_per_day=0))
    assert (limited.counts()[0].due, limited.counts()[0].new) == (3, 0)
    for _ in range(3):
        assert limited.current().state == "review"
        _answer_right(limited)
    assert limited.current() is None
    assert limited.summary().next_due == datetime(2026, 3, 14, 4, 0, tzinfo=UTC)


def test_study_days_follow_the_local_time_zone(collection, decks_and_cards, settings) -> None:
    decks, cards = decks_and_cards
    clock = FakeClock(datetime(2026, 3, 10, 23, 30, tzinfo=PARIS))
    session = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=replace(settings, new_per_day=1), tz=PARIS)
    session.start()
    _answer_right(session)
    assert session.counts()[0].new == 0
    clock.now = datetime(2026, 3, 11, 3, 59, tzinfo=PARIS)  # still the study day of March 10
    assert session.counts()[0].new == 0
    clock.now = datetime(2026, 3, 11, 3, 0, tzinfo=UTC)  # 4:00 in Paris: a new study day
    assert session.counts()[0].new == 1


def test_mcq_options_are_drawn_afresh_for_each_review(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    draws = {}
    for review in range(6):
        presented = session.current()
        assert presented.card.id == "space:actress:1:mcq" and presented.review_number == review
        draws[review] = (presented.options, presented.answer_index)
        assert presented.options[presented.answer_index] == "Yulia Peresild"
        session.answer_choice((presented.answer_index + 1) % len(presented.options))  # wrong: back in a minute
        session.rate()
        clock.advance(minutes=1)
    assert len({options for options, _ in draws.values()}) > 1
    assert len({index for _, index in draws.values()}) > 1
    # The same card and review number draw the same options (after an undo, for instance).
    session.answer_choice(0)
    session.rate()
    assert session.undo()
    assert (session.current().options, session.current().answer_index) == (
        StudySession(collection, catalog_of(*decks_and_cards), clock=clock, settings=settings).current().options,
        session.current().answer_index,
    )


def test_implied_ratings(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    presented = session.current()
    grade = session.answer_choice(presented.answer_index)
    assert (grade.verdict, grade.rating, grade.diff) == ("right", fsrs.Rating.Good, ())
    assert grade.note == "She was chosen among 20 finalists."
    assert grade.source == ("A short article", "Russian actress Yulia Peresild plays the lead role in Challenge.")
    # Changing one's mind before rating re-grades; slow right answers imply Hard.
    clock.advance(seconds=settings.hesitation_seconds + 1)
    assert session.answer_choice(presented.answer_index).rating == fsrs.Rating.Hard
    grade = session.answer_choice((presented.answer_index + 1) % 4)
    assert (grade.verdict, grade.rating) == ("wrong", fsrs.Rating.Again)
    session.rate(fsrs.Rating.Hard)  # the learner overrides the implied rating
    assert collection.review_log()[-1].rating == fsrs.Rating.Hard
    assert collection.review_log()[-1].verdict == "wrong"


def _to_cloze(session: StudySession, clock: FakeClock) -> Card:
    """Answer cards until a cloze card is on screen (the next day's siblings)."""
    for _ in range(5):
        _answer_right(session)
    clock.advance(minutes=10)
    for _ in range(5):
        _answer_right(session)  # graduated: due in 2 days
    clock.advance(days=1)
    presented = session.current()
    assert presented.card.kind is CardKind.CLOZE
    return presented.card


def test_typed_answers(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    card = _to_cloze(session, clock)
    assert card.answer == "Yulia Peresild"
    grade = session.answer_text("yulia peresil")
    assert (grade.verdict, grade.rating, grade.expected) == ("almost", fsrs.Rating.Hard, "Yulia Peresild")
    assert grade.diff == (("equal", "Yulia Peresil"), ("missing", "d"))
    grade = session.answer_text("Valentina Tereshkova")
    assert (grade.verdict, grade.rating) == ("wrong", fsrs.Rating.Again)
    grade = session.answer_text("   ")
    assert (grade.verdict, grade.rating, grade.given, grade.diff) == (
        "revealed", fsrs.Rating.Again, "", (("missing", "Yulia Peresild"),))
    grade = session.answer_text("YULIA PERESILD.")
    assert (grade.verdict, grade.rating) == ("right", fsrs.Rating.Good)
    session.rate()
    last = collection.review_log()[-1]
    assert (last.kind, last.given, last.verdict, last.options) == ("cloze", "YULIA PERESILD.", "right", None)


def test_undo_restores_state_and_log_exactly(collection, decks_and_cards, clock, settings, tmp_path) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    _answer_right(session)
    clock.advance(minutes=10)
    before = _snapshot(tmp_path / "collection.sqlite3")
    shown = session.current()
    session.answer_choice((shown.answer_index + 1) % 4)
    session.rate()
    assert _snapshot(tmp_path / "collection.sqlite3") != before
    assert session.undo()
    assert _snapshot(tmp_path / "collection.sqlite3") == before
    again = session.current()
    assert (again.card.id, again.review_number, again.options) == (shown.card.id, shown.review_number, shown.options)
    assert session.summary().answers == 1
    # Undo walks back through the session's answers, then has nothing left.
    assert session.undo()
    assert _snapshot(tmp_path / "collection.sqlite3") == ([], [])
    assert not session.undo()


def test_bury_hides_the_card_and_its_siblings_until_tomorrow(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    assert session.current().card.fact == "actress"
    session.bury()
    assert session.current().card.fact == "director"
    assert session.counts()[0].new == 4
    for _ in range(4):
        _answer_right(session)
    clock.advance(days=1)
    facts = set()
    while (presented := session.current()) is not None:
        facts.add(presented.card.fact)
        _answer_right(session)
        clock.advance(minutes=10)
    assert "actress" in facts


def test_suspend_takes_the_card_out_for_good(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    session.suspend()
    assert collection.card_state("space:actress:1:mcq").suspended
    clock.advance(days=1)
    for _ in range(30):
        presented = session.current()
        if presented is None:
            break
        assert presented.card.id != "space:actress:1:mcq"
        _answer_right(session)
        clock.advance(minutes=10)


def test_suspending_a_facts_mcq_keeps_its_cloze_for_a_later_day(collection, decks_and_cards, clock,
                                                                 settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    assert session.current().card.id == "space:actress:1:mcq"
    session.suspend()
    shown = []
    while (presented := session.current()) is not None:
        shown.append(presented.card.id)
        _answer_right(session)
        clock.advance(minutes=10)
    assert "space:actress:1:cloze" not in shown  # recognition first, recall on a later day
    assert shown
    clock.advance(days=1)
    tomorrow = []
    while (presented := session.current()) is not None:
        tomorrow.append(presented.card.id)
        _answer_right(session)
        clock.advance(minutes=10)
    assert "space:actress:1:cloze" in tomorrow and "space:actress:1:mcq" not in tomorrow


def test_undo_after_a_bury_undoes_the_bury_not_the_answer_before(collection, decks_and_cards, clock, settings,
                                                                  tmp_path) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    answered = _answer_right(session)
    clock.advance(minutes=1)
    before = _snapshot(tmp_path / "collection.sqlite3")
    buried = session.current().card.id
    session.bury()
    assert _snapshot(tmp_path / "collection.sqlite3") != before and session.current().card.id != buried
    assert session.undo()
    assert _snapshot(tmp_path / "collection.sqlite3") == before  # the flags of every card buried, as they were
    assert session.current().card.id == buried  # the card shows again
    assert [row.card_id for row in collection.review_log()] == [answered]  # the answer stays
    assert session.summary().answers == 1
    assert session.undo()  # then the answer
    assert _snapshot(tmp_path / "collection.sqlite3") == ([], [])
    assert session.current().card.id == answered


def test_undo_after_a_suspend_undoes_the_suspend(collection, decks_and_cards, clock, settings, tmp_path) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    answered = _answer_right(session)
    clock.advance(minutes=1)
    before = _snapshot(tmp_path / "collection.sqlite3")
    suspended = session.current().card.id
    session.suspend()
    assert collection.card_state(suspended).suspended
    assert session.undo()
    assert _snapshot(tmp_path / "collection.sqlite3") == before
    assert session.current().card.id == suspended
    assert [row.card_id for row in collection.review_log()] == [answered]
    # Undo goes back through every kind of action in the order they were done.
    _answer_right(session)
    session.suspend()
    session.bury()
    assert [session.undo() for _ in range(4)] == [True] * 4
    assert _snapshot(tmp_path / "collection.sqlite3") == ([], [])
    assert not session.undo()


def test_a_suspend_or_bury_from_anywhere_holds_the_facts_other_cards_until_tomorrow(
        collection, decks_and_cards, clock, settings) -> None:
    """The browser's route (`set_suspended`, `set_buried` on cards not on screen) keeps the rule too."""
    session = _session(collection, decks_and_cards, clock, settings)
    assert session.set_suspended(["space:actress:1:mcq"]) == ["space:actress:1:mcq", "space:actress:1:cloze"]
    assert session.set_buried(["space:director:1:cloze"]) == ["space:director:1:cloze", "space:director:1:mcq"]
    shown = []
    while (presented := session.current()) is not None:
        shown.append(presented.card.id)
        _answer_right(session)
        clock.advance(minutes=10)
    assert shown and not [card_id for card_id in shown if card_id.split(":")[1] in ("actress", "director")]
    clock.advance(days=1)
    tomorrow = []
    while (presented := session.current()) is not None:
        tomorrow.append(presented.card.id)
        _answer_right(session)
        clock.advance(minutes=10)
    assert "space:actress:1:cloze" in tomorrow and "space:actress:1:mcq" not in tomorrow
    assert {"space:director:1:mcq", "space:director:1:cloze"} & set(tomorrow)
    # Unsuspending (or unburying) changes only the cards named.
    assert session.set_suspended(["space:actress:1:mcq"], False) == ["space:actress:1:mcq"]


def test_eight_lapses_make_a_leech(collection, decks_and_cards, clock, settings) -> None:
    decks, cards = decks_and_cards
    one = [c for c in cards if c.id == "space:days:1:cloze"]
    session = StudySession(collection, catalog_of(decks, one), clock=clock, settings=settings, tz=UTC)
    session.start()
    _answer_right(session)
    clock.advance(minutes=10)
    _answer_right(session)  # in review now
    notices = []
    for lapse in range(1, 9):
        clock.advance(days=400)
        assert session.current().state == "review"
        session.answer_text("99")
        notices.append(session.rate())
        state = collection.card_state("space:days:1:cloze")
        assert (state.lapses, state.state) == (lapse, "relearning")
        if lapse < 8:
            clock.advance(minutes=10)
            _answer_right(session)  # relearnt: back in review
    assert notices[:7] == [None] * 7
    assert notices[7] is not None and "leech" in notices[7]
    assert session.last_grade.leech
    state = collection.card_state("space:days:1:cloze")
    assert state.leech and state.suspended
    assert session.current() is None
    # Undo takes the leech back too.
    assert session.undo()
    state = collection.card_state("space:days:1:cloze")
    assert (state.leech, state.suspended, state.lapses) == (False, False, 7)


def test_summary(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    session.current()
    clock.advance(seconds=4)
    _answer_right(session)
    session.current()
    clock.advance(seconds=6)
    _answer_wrong(session)
    summary = session.summary()
    assert (summary.answers, summary.right, summary.seconds) == (2, 1, 10.0)
    assert summary.right_percent == 50.0
    assert summary.next_due == clock.now  # more cards wait now
    while session.current() is not None:
        _answer_right(session)  # learning steps 20 minutes ahead are shown now, as in Anki
    # All graduated; new siblings come back at the next 4 a.m.
    assert session.summary().next_due == datetime(2026, 3, 11, 4, 0, tzinfo=UTC)


def test_summary_next_due_is_a_learning_step_later_today(collection, decks_and_cards, clock, settings) -> None:
    steps = replace(settings, learning_steps=(timedelta(hours=1), timedelta(hours=2)))
    session = _session(collection, decks_and_cards, clock, steps)
    session.current()
    clock.advance(seconds=4)
    while session.current() is not None:
        _answer_right(session)
    assert session.summary().next_due == datetime(2026, 3, 10, 14, 0, 4, tzinfo=UTC)


def test_state_survives_a_new_session(collection, decks_and_cards, clock, settings, tmp_path) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    _answer_right(session)
    _answer_right(session)
    collection.close()
    with Collection.open(tmp_path / "collection.sqlite3") as reopened:
        again = _session(reopened, decks_and_cards, clock, settings)
        assert [(c.new, c.learning) for c in again.counts()] == [(3, 2)]


def test_cards_of_deleted_facts_are_not_shown(collection, decks_and_cards, clock, settings) -> None:
    decks, cards = decks_and_cards
    session = _session(collection, decks_and_cards, clock, settings)
    _answer_right(session)  # actress
    kept = [c for c in cards if c.fact != "actress"]
    deck = replace(decks[0], facts=tuple(f for f in decks[0].facts if f.id != "actress"))
    clock.advance(minutes=10)
    later = StudySession(collection, catalog_of((deck,), kept), clock=clock, settings=settings, tz=UTC)
    later.start()
    assert later.current().card.fact == "director"
    assert collection.card_state("space:actress:1:mcq") is not None  # history kept


def test_start_one_deck_and_errors(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    with pytest.raises(KeyError):
        session.start("nope")
    session.start("space")
    assert session.current().remaining.deck_id == "space"
    with pytest.raises(RuntimeError):
        session.rate()
    with pytest.raises(ValueError):
        StudySession(collection, catalog_of(*decks_and_cards), clock=lambda: datetime(2026, 1, 1), settings=settings).counts()


def test_limits_apply_per_deck_in_an_all_decks_session(tmp_path, deck_dir, collection, clock, settings) -> None:
    from quizgen.core.deckfile import load_decks
    from quizgen.core.generator import generate_cards

    from .conftest import DECK_YAML

    (deck_dir / "other.yaml").write_text(
        DECK_YAML.replace("id: space", "id: other").replace("title: Space test deck", "title: Other\nstudy:\n"
                                                            "  new_per_day: 1"), encoding="utf-8")
    decks = load_decks([deck_dir]).decks
    cards = generate_cards(decks)
    session = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=replace(settings, new_per_day=3), tz=UTC)
    assert {c.deck_id: (c.new, c.learning, c.due) for c in session.counts()} == {"other": (1, 0, 0),
                                                                                "space": (3, 0, 0)}
    session.start()
    assert session.current().remaining.new == 4
    shown = []
    while (presented := session.current()) is not None and presented.state == "new":
        shown.append(presented.card.deck)
        _answer_right(session)
    assert sorted(shown) == ["other", "space", "space", "space"]
    session.start("space")
    assert session.current().card.deck == "space"


def test_one_long_session_shows_a_card_again_on_the_day_it_falls_due(collection, decks_and_cards, clock,
                                                                       settings) -> None:
    # The session narrows each day's scan to cards that can be shown that day; a card pushed to a later
    # day must come back when that day arrives, without restarting the session.
    session = _session(collection, decks_and_cards, clock, settings)
    first = session.current().card.id
    for _ in range(3):  # through the learning steps into review state
        if session.current() is None or session.current().card.id != first:
            break
        _answer_right(session)
        clock.advance(minutes=15)
    state = collection.card_states([first])[first]
    assert state.memory is not None and state.memory.state == fsrs.State.Review
    due = state.memory.due
    seen_before_due = []
    while clock() < due - timedelta(hours=12):
        presented = session.current()
        seen_before_due.append(None if presented is None else presented.card.id)
        if presented is not None:
            _answer_right(session)
        clock.advance(hours=6)
    assert first not in seen_before_due
    clock.advance(days=1)
    shown = set()
    while (presented := session.current()) is not None:
        shown.add(presented.card.id)
        _answer_right(session)
    assert first in shown


def test_the_new_card_frontier_is_saved_and_forgotten_when_a_card_is_new_again(
        collection, decks_and_cards, clock, settings, monkeypatch) -> None:
    """A start saves how far the deck's new cards are all answered (for this deck version); an undone
    first answer makes a card new again, and the collection forgets the frontier (a trigger)."""
    from quizgen.study import session as session_module

    monkeypatch.setattr(session_module, "FRONTIER_STEP", 0)
    decks, cards = decks_and_cards
    catalog = catalog_of(decks, cards, "v1")
    session = StudySession(collection, catalog, clock=clock, settings=replace(settings, new_per_day=50), tz=UTC)
    session.start()
    first_ids = catalog.ids("space")[:3]
    for _ in range(3):  # the first three new cards, in deck order (one per fact a day: over three days)
        assert session.current().card.id in first_ids
        _answer_right(session)
        clock.advance(days=1)
    again = StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC)
    again.start()
    assert again.current() is not None
    assert collection.new_frontier("space", "v1").position >= 1
    assert collection.new_frontier("space", "v2").position == 0  # another version of the deck: not known
    answered_first = next(cid for cid in first_ids if collection.card_state(cid) is not None)
    while len(log := collection.review_log(answered_first)) > 1:  # back to its first answer
        collection.undo_review(log[-1].id, clock())
    assert collection.new_frontier("space", "v1").position >= 1
    collection.undo_review(log[0].id, clock())
    assert collection.new_frontier("space", "v1").position == 0
    # A session starting now walks the deck from its first card again: it sees what one with no
    # frontier at all sees.
    fresh = StudySession(collection, catalog, clock=clock, settings=replace(settings, new_per_day=50), tz=UTC)
    unversioned = StudySession(collection, catalog_of(decks, cards), clock=clock,
                               settings=replace(settings, new_per_day=50), tz=UTC)
    assert fresh.counts() == unversioned.counts()
    assert fresh.counts()[0].new == unversioned.counts()[0].new == 4  # one per fact not answered today


def test_a_start_looks_at_the_frontiers_gaps_and_past_it_never_at_answered_cards(
        collection, decks_and_cards, clock, settings, monkeypatch) -> None:
    """A deck answered here and there (one card of each fact, the siblings waiting): a start saves
    the frontier with the cards it passed unanswered (its gaps); the next start asks the collection
    about those and the cards past it only, and counts what a session with no frontier counts."""
    from quizgen.study import session as session_module

    monkeypatch.setattr(session_module, "FRONTIER_STEP", 0)
    decks, cards = decks_and_cards
    catalog = catalog_of(decks, cards, "v1")
    first = StudySession(collection, catalog, clock=clock, settings=replace(settings, new_per_day=3), tz=UTC)
    first.start()
    while first.current() is not None:  # three new cards, one per fact
        _answer_right(first)
    clock.advance(days=1)
    StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC).counts()  # saves the frontier
    frontier = collection.new_frontier("space", "v1")
    order = catalog.new_ids("space", 0, len(catalog))
    answered = {cid for cid in order if (state := collection.card_state(cid)) is not None and state.memory}
    assert 0 < frontier.position and frontier.gaps
    before = order[:frontier.position]
    assert [card_id for _, card_id in frontier.gaps] == [cid for cid in before if cid not in answered]
    assert [order[at] for at, _ in frontier.gaps] == [card_id for _, card_id in frontier.gaps]
    without = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=settings, tz=UTC).counts()
    asked: list[str] = []
    unanswered = collection.unanswered
    monkeypatch.setattr(collection, "unanswered", lambda ids: asked.extend(ids) or unanswered(ids))
    assert StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC).counts() == without
    assert asked and not set(asked) & (answered & set(before))


def _right_grade(session: StudySession) -> Grade:
    """The grade of the right answer to the card on screen (not yet rated)."""
    presented = session.current()
    assert presented is not None
    if presented.options is not None:
        return session.answer_choice(presented.answer_index)
    return session.answer_text(presented.card.answer)


def test_the_intervals_shown_are_what_each_rating_schedules(collection, decks_and_cards, clock, settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    presented = session.current()
    shown = _right_grade(session).intervals
    # A new card with the learning steps 1m 10m (fuzz off): Again 1m, Hard halfway, Good 10m, Easy days.
    assert shown[:3] == (timedelta(minutes=1), timedelta(minutes=5, seconds=30), timedelta(minutes=10))
    assert shown[3] >= timedelta(days=1)
    for _ in range(2):  # a new card, then the same card in review
        card_id = presented.card.id
        for rating in fsrs.Rating:
            assert _right_grade(session).intervals == shown  # the same again after an undo
            session.rate(rating)
            due = collection.card_state(card_id).memory.due
            assert due - clock.now == shown[rating - 1], rating
            assert session.undo()
        _grade_right(session)
        session.rate(fsrs.Rating.Easy)
        clock.now = collection.card_state(card_id).memory.due + timedelta(days=1)
        presented = session.current()
        assert presented.card.id == card_id and presented.state == "review"
        shown = _right_grade(session).intervals
        assert shown[0] == timedelta(minutes=10)  # relearning step
        assert shown[1] < shown[2] < shown[3]


def test_the_intervals_are_those_of_a_rating_when_the_answer_is_graded(collection, decks_and_cards, clock,
                                                                        settings) -> None:
    session = _session(collection, decks_and_cards, clock, settings)
    card_id = _grade_right(session)
    session.rate(fsrs.Rating.Easy)
    clock.now = collection.card_state(card_id).memory.due + timedelta(days=1)
    assert session.current().card.id == card_id
    # The card stays on screen for days: what Good brings now is not what it brought when shown.
    clock.advance(days=5)
    shown = _right_grade(session).intervals
    session.rate(fsrs.Rating.Good)
    assert collection.card_state(card_id).memory.due - clock.now == shown[fsrs.Rating.Good - 1]


def test_progress_cards_done_today_and_a_card_straight_back(collection, decks_and_cards, clock, settings) -> None:
    decks, cards = decks_and_cards
    two = [c for c in cards if c.id in ("space:actress:1:mcq", "space:director:1:mcq")]
    session = StudySession(collection, catalog_of(decks, two), clock=clock, settings=settings, tz=UTC)
    started = clock.now
    session.start()
    first = session.current()
    assert (first.done_today, first.started_at, first.ahead_by, first.again) == (0, started, None, False)
    _answer_wrong(session)  # Again: back in 1 min
    second = session.current()
    assert second.card.id != first.card.id and (second.done_today, second.again) == (1, False)
    clock.advance(seconds=61)
    _answer_right(session)  # the first card is due again now: it comes next, not straight back
    assert (session.current().card.id, session.current().again) == (first.card.id, False)
    _answer_wrong(session)
    # Nothing else is due now (the other card's next step is in 10 min): this card comes straight
    # back, ahead of its 1 min step.
    third = session.current()
    assert third.card.id == first.card.id and third.again and third.done_today == 2
    assert third.ahead_by == timedelta(minutes=1)
    summary = session.summary()
    assert (summary.answers, summary.cards) == (3, 2)
    assert session.undo() and session.current().again is False  # an undone card is not "again"


def test_cram_shows_no_next_intervals(collection, decks_and_cards, clock, settings) -> None:
    from quizgen.study.custom import CustomSession

    decks, cards = decks_and_cards
    ids = [card.id for card in cards if card.kind is CardKind.MCQ]
    cram = CustomSession(collection, catalog_of(decks, cards), ids, clock=clock, settings=settings, cram=True, tz=UTC)
    cram.start()
    assert _right_grade(cram).intervals == ()  # cram schedules nothing: nothing to promise
    scheduled = CustomSession(collection, catalog_of(decks, cards), ids, clock=clock, settings=settings, tz=UTC)
    scheduled.start()
    assert len(_right_grade(scheduled).intervals) == 4


def test_use_settings_applies_new_limits_steps_and_the_rollover_at_once(collection, decks_and_cards, clock) -> None:
    decks, cards = decks_and_cards
    session = StudySession(collection, catalog_of(decks, cards), clock=clock,
                           settings=Settings(enable_fuzzing=False, new_per_day=1), tz=UTC)
    before = {count.deck_id: count.new for count in session.counts()}
    assert set(before.values()) == {1}
    steps = (timedelta(minutes=3),)
    session.use_settings(Settings(enable_fuzzing=False, new_per_day=2, learning_steps=steps, day_rollover_hour=0))
    assert {count.deck_id: count.new for count in session.counts()} == {deck: 2 for deck in before}
    assert session.days.rollover_hour == 0
    deck = next(iter(before))
    assert session.scheduler(deck).fsrs.learning_steps == steps
