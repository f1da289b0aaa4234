"""Scheduling for an exam day, checked against fsrs's own forgetting curve on a frozen clock.

Every prediction below is recomputed here from `fsrs.Scheduler` itself (`get_card_retrievability`,
`review_card`), not through quizgen.study.exam, so the rule is checked against the curve it uses.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import fsrs
import pytest

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.study.exam import PREDICTED_AT, ExamGoal, exam_forecasts, pull_stored_cards
from quizgen.study.records import CardState, ReviewDraft
from quizgen.study.scheduler import Scheduler, StudyDays
from quizgen.study.session import StudySession
from quizgen.study.settings import Settings

from .conftest import DECK_YAML, FakeClock, catalog_of

DAYS = StudyDays(UTC, 4)
NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)  # study day 2026-11-02
EXAM = date(2026, 12, 2)  # 30 days later
TARGET = 0.9


def _exam_moment(day: date = EXAM) -> datetime:
    return DAYS.start(day) + PREDICTED_AT


def _scheduler(exam: date | None = EXAM, retention: float = TARGET, fuzz: bool = False) -> Scheduler:
    goal = None if exam is None else ExamGoal(exam, retention, DAYS)
    return Scheduler(Settings(enable_fuzzing=fuzz), retention=retention, exam=goal)


def _review_card(stability: float, last_review: datetime, due: datetime) -> fsrs.Card:
    return fsrs.Card(card_id=1, state=fsrs.State.Review, step=None, stability=stability, difficulty=5.0,
                     due=due, last_review=last_review)


def _recall(curve: fsrs.Scheduler, card: fsrs.Card, at: datetime) -> float:
    return float(curve.get_card_retrievability(card, at))


def test_a_card_safe_on_the_exam_day_is_not_pulled() -> None:
    scheduler = _scheduler()
    card = _review_card(200.0, NOW - timedelta(days=3), NOW + timedelta(days=90))
    assert _recall(scheduler.fsrs, card, _exam_moment()) >= TARGET  # fsrs: safe with no more reviews
    assert scheduler.exam.pulled_due(scheduler.fsrs, card, NOW) is None


def test_a_card_due_before_the_exam_is_left_to_normal_scheduling() -> None:
    scheduler = _scheduler()
    card = _review_card(5.0, NOW - timedelta(days=3), NOW + timedelta(days=4))  # at risk, but due before
    assert _recall(scheduler.fsrs, card, _exam_moment()) < TARGET
    assert scheduler.exam.pulled_due(scheduler.fsrs, card, NOW) is None


@pytest.mark.parametrize("stability, reviewed_days_ago", [(20.0, 0), (30.0, 10), (25.0, 3), (60.0, 45), (3.0, 20)])
def test_an_at_risk_card_is_pulled_to_a_day_that_makes_it_safe(stability: float, reviewed_days_ago: int) -> None:
    # Due long after the exam (as a lower retention scheduled it), recall on the exam day below 0.9.
    scheduler = _scheduler()
    curve = scheduler.fsrs
    last = NOW - timedelta(days=reviewed_days_ago)
    card = _review_card(stability, last, NOW + timedelta(days=80))
    assert _recall(curve, card, _exam_moment()) < TARGET
    due = scheduler.exam.pulled_due(curve, card, NOW)
    assert due is not None
    day = DAYS.of(due)
    assert DAYS.of(NOW) <= day < EXAM and due == DAYS.start(day)
    def safe_after_review_on(d: date) -> bool:
        reviewed, _ = curve.review_card(card, fsrs.Rating.Good, DAYS.start(d) + PREDICTED_AT)
        return _recall(curve, reviewed, _exam_moment()) >= TARGET

    def recall_on(d: date) -> float:
        return _recall(curve, card, DAYS.start(d) + PREDICTED_AT)

    # After a successful review that day, fsrs predicts recall on the exam day at the target.
    assert safe_after_review_on(day)
    today, day_before = DAYS.of(NOW), day - timedelta(days=1)
    if recall_on(day) >= TARGET or day == today:
        # The latest such day on which the card is still recalled at the target (or today).
        assert day == EXAM - timedelta(days=1) or recall_on(day + timedelta(days=1)) < TARGET
    else:
        # No day on which it is still recalled at the target makes it safe in one review: the first
        # day from which one review does.
        assert day > today and not safe_after_review_on(day_before)


def test_a_card_below_the_target_already_is_due_today_if_one_review_makes_it_safe() -> None:
    scheduler = _scheduler()
    card = _review_card(12.0, NOW - timedelta(days=20), NOW + timedelta(days=40))
    assert _recall(scheduler.fsrs, card, NOW) < TARGET
    assert scheduler.exam.pulled_due(scheduler.fsrs, card, NOW) == DAYS.start(DAYS.of(NOW))


def _fuzzed_past_the_exam() -> tuple[fsrs.Card, str, date]:
    """A card answered Good at NOW whose fuzzed due day, taken as the exam day, leaves it at risk."""
    plain = _scheduler(exam=None, fuzz=True)
    card = _review_card(30.0, NOW - timedelta(days=30), NOW)
    for seed in range(200):
        reviewed = plain.review(card, fsrs.Rating.Good, NOW, fuzz_seed=f"seed{seed}")
        exam = DAYS.of(reviewed.due)
        if _recall(plain.fsrs, reviewed, _exam_moment(exam)) < TARGET:
            return card, f"seed{seed}", exam
    raise AssertionError("no fuzz seed took the due date past the target")


def test_an_answer_whose_due_date_leaves_the_card_at_risk_is_due_before_the_exam() -> None:
    card, seed, exam = _fuzzed_past_the_exam()
    normal = _scheduler(exam=None, fuzz=True).review(card, fsrs.Rating.Good, NOW, fuzz_seed=seed)
    planned = _scheduler(exam=exam, fuzz=True)
    reviewed = planned.review(card, fsrs.Rating.Good, NOW, fuzz_seed=seed)
    assert DAYS.of(normal.due) >= exam > DAYS.of(reviewed.due) > DAYS.of(NOW)
    assert (reviewed.stability, reviewed.difficulty, reviewed.last_review) == \
        (normal.stability, normal.difficulty, normal.last_review)  # only the due date moved
    again, _ = planned.fsrs.review_card(reviewed, fsrs.Rating.Good, DAYS.start(DAYS.of(reviewed.due)) + PREDICTED_AT)
    assert _recall(planned.fsrs, again, _exam_moment(exam)) >= TARGET


def test_answers_already_safe_get_their_normal_due_date() -> None:
    card = _review_card(30.0, NOW - timedelta(days=30), NOW)
    rng = random.Random(7)
    for _ in range(20):
        seed = str(rng.random())
        normal = _scheduler(exam=None, fuzz=True).review(card, fsrs.Rating.Good, NOW, fuzz_seed=seed)
        exam = DAYS.of(NOW + (normal.due - NOW) / 2)  # the due date is after the exam, recall there is high
        assert _recall(_scheduler().fsrs, normal, _exam_moment(exam)) >= TARGET
        assert _scheduler(exam=exam, fuzz=True).review(card, fsrs.Rating.Good, NOW, fuzz_seed=seed).due == normal.due


@pytest.mark.parametrize("after_exam", [timedelta(0), timedelta(days=1), timedelta(days=40)])
def test_from_the_exam_day_on_intervals_are_normal(after_exam: timedelta) -> None:
    card = _review_card(20.0, NOW - timedelta(days=25), NOW + timedelta(days=80))
    now = DAYS.start(EXAM) + timedelta(hours=10) + after_exam
    planned, normal = _scheduler(), _scheduler(exam=None)
    assert not planned.exam.active(now)
    assert planned.exam.pulled_due(planned.fsrs, card, now) is None
    for rating in fsrs.Rating:
        planned_due = planned.review(card, rating, now, fuzz_seed="x").due
        assert planned_due == normal.review(card, rating, now, fuzz_seed="x").due


def test_the_day_before_the_exam_is_the_last_day_a_card_is_moved_to() -> None:
    scheduler = _scheduler()
    now = DAYS.start(EXAM - timedelta(days=1)) + timedelta(hours=8)
    card = _review_card(5.0, now - timedelta(days=12), now + timedelta(days=30))
    assert scheduler.exam.pulled_due(scheduler.fsrs, card, now) == DAYS.start(EXAM - timedelta(days=1))
    # Answered on the day before the exam: no day is left, the due date stays as fsrs gives it.
    reviewed = scheduler.review(card, fsrs.Rating.Good, now, fuzz_seed="x")
    assert reviewed.due == _scheduler(exam=None).review(card, fsrs.Rating.Good, now, fuzz_seed="x").due


# --- through a study session: per-deck retention, stored cards moved for the exam ------------------


def _deck_files(tmp_path, study: str):
    folder = tmp_path / "decks"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "space.yaml").write_text(DECK_YAML + study, encoding="utf-8")
    (folder / "article.txt").write_text("Russian actress Yulia Peresild plays the lead role in Challenge.\n",
                                        encoding="utf-8")
    decks = load_decks([folder]).decks
    return decks, generate_cards(decks)


def _answer_all_good(session: StudySession, clock: FakeClock, days: int) -> dict[str, CardState]:
    """Study every card due, each answered right, day after day; the cards' states at the end."""
    for _ in range(days):
        session.start()
        while (presented := session.current()) is not None:
            card = presented.card
            if presented.options is not None:
                session.answer_choice(presented.answer_index)
            else:
                session.answer_text(card.answer)
            session.rate(fsrs.Rating.Good)
            clock.advance(minutes=11)
        clock.advance(days=1)
    return session.collection.card_states()


def test_per_deck_retention_changes_intervals(tmp_path, collection) -> None:
    settings = Settings(enable_fuzzing=False)
    intervals = {}
    for retention in ("0.8", "0.95"):
        decks, cards = _deck_files(tmp_path / retention, f"study:\n  retention: {retention}\n")
        assert decks[0].study.retention == float(retention)
        clock = FakeClock(NOW)
        with collection.__class__.open(tmp_path / f"{retention}.sqlite3") as db:
            session = StudySession(db, catalog_of(decks, cards[:1]), clock=clock, settings=settings)
            assert session.scheduler("space").retention == float(retention)
            states = _answer_all_good(session, clock, 1)
            (state,) = states.values()
            intervals[retention] = state.memory.due - state.memory.last_review
    assert intervals["0.8"] > intervals["0.95"] >= timedelta(days=1)
    # The global setting is what a deck without `retention:` uses.
    decks, cards = _deck_files(tmp_path / "none", "")
    session = StudySession(collection, catalog_of(decks, cards), clock=FakeClock(NOW),
                           settings=Settings(desired_retention=0.8))
    assert session.scheduler("space").retention == 0.8


def test_stored_cards_at_risk_are_moved_before_the_exam_and_safe_ones_are_not(tmp_path, collection) -> None:
    settings = Settings(enable_fuzzing=False, new_per_day=1)
    decks, cards = _deck_files(tmp_path / "plain", "study:\n  retention: 0.8\n")
    clock = FakeClock(NOW - timedelta(days=60))
    session = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=settings)
    before = _answer_all_good(session, clock, 20)  # a card a day, each scheduled for 0.8: due in 76 days
    now = clock.now
    exam = DAYS.of(now) + timedelta(days=15)  # recall there: below 0.9 for the cards learnt first
    exam_decks, _ = _deck_files(tmp_path / "exam", f"study:\n  retention: 0.9\n  exam: {exam.isoformat()}\n")
    goal = ExamGoal(exam, 0.9, DAYS)
    curve = fsrs.Scheduler(enable_fuzzing=False, desired_retention=0.9)
    at_risk = {cid for cid, s in before.items() if s.memory.state == fsrs.State.Review
               and DAYS.of(s.memory.due) >= exam and _recall(curve, s.memory, goal.moment()) < 0.9}
    safe = {cid for cid, s in before.items() if _recall(curve, s.memory, goal.moment()) >= 0.9}
    assert at_risk and safe  # the deck has both kinds
    exam_session = StudySession(collection, catalog_of(exam_decks, cards), clock=clock, settings=settings,
                                tz=UTC)
    exam_session.start()
    exam_session.current()  # the day's plan is read: stored cards are planned for the exam first
    after = collection.card_states()
    for cid, state in after.items():
        if cid in at_risk:
            day = DAYS.of(state.memory.due)
            assert DAYS.of(now) <= day < exam
            reviewed, _ = curve.review_card(state.memory, fsrs.Rating.Good, DAYS.start(day) + PREDICTED_AT)
            assert _recall(curve, reviewed, goal.moment()) >= 0.9
        else:
            assert state.memory.due == before[cid].memory.due  # safe cards, or due before: untouched
    # Planning again moves nothing more.
    assert pull_stored_cards(collection, "space", exam_session.scheduler("space"), now) == 0
    (forecast,) = exam_forecasts(collection, catalog_of(exam_decks, cards), settings, now, tz=UTC)
    assert (forecast.day, forecast.target, forecast.past) == (exam, 0.9, False)
    assert forecast.safe == len(safe) and forecast.at_risk == len(after) - len(safe)
    assert forecast.planned == forecast.at_risk and forecast.unstudied == 0


def test_after_the_exam_stored_cards_are_not_moved(tmp_path, collection) -> None:
    settings = Settings(enable_fuzzing=False)
    decks, cards = _deck_files(tmp_path / "plain", "study:\n  retention: 0.8\n")
    clock = FakeClock(NOW - timedelta(days=60))
    before = _answer_all_good(StudySession(collection, catalog_of(decks, cards), clock=clock, settings=settings),
                              clock, 40)
    exam = DAYS.of(clock.now) - timedelta(days=1)  # yesterday
    exam_decks, _ = _deck_files(tmp_path / "exam", f"study:\n  exam: {exam.isoformat()}\n")
    session = StudySession(collection, catalog_of(exam_decks, cards), clock=clock, settings=settings, tz=UTC)
    session.start()
    session.current()
    assert {cid: s.memory.due for cid, s in collection.card_states().items()} == \
        {cid: s.memory.due for cid, s in before.items()}
    (forecast,) = exam_forecasts(collection, catalog_of(exam_decks, cards), settings, clock.now, tz=UTC)
    assert forecast.past


def test_each_study_day_checks_the_cards_answered_since_and_a_new_plan_checks_all(tmp_path, collection) -> None:
    scheduler = _scheduler()

    def stored(card_id: str, stability: float) -> None:  # a review card due long after the exam
        memory = _review_card(stability, NOW - timedelta(days=3), NOW + timedelta(days=120))
        state = CardState(card_id, memory, 3, 0, False, None, False)
        collection.import_history({card_id: [ReviewDraft(NOW - timedelta(days=3), fsrs.Rating.Good, "cloze",
                                                         "right", "", None, 1000, state)]})

    stored("space:a:1:cloze", 10.0)  # at risk
    stored("space:b:1:cloze", 100.0)  # safe at 0.9, not at 0.97
    assert pull_stored_cards(collection, "space", scheduler, NOW) == 1
    assert pull_stored_cards(collection, "space", scheduler, NOW + timedelta(days=1)) == 0  # nothing new
    stored("space:c:1:cloze", 10.0)  # written since (another process, an import): checked the next day
    stored("other:c:1:cloze", 10.0)  # another deck's card: not this deck's plan
    assert pull_stored_cards(collection, "space", scheduler, NOW + timedelta(days=1)) == 1
    assert collection.card_state("other:c:1:cloze").memory.due == NOW + timedelta(days=120)
    # Another plan (a higher retention): every card is checked again.
    strict = _scheduler(retention=0.97)
    assert strict.exam.pulled_due(strict.fsrs, collection.card_state("space:b:1:cloze").memory, NOW) is not None
    assert pull_stored_cards(collection, "space", strict, NOW + timedelta(days=1)) == 1
