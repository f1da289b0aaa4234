"""Scheduling for an exam day (`study: exam: 2027-01-15` in a deck file).

Until the exam, each review card whose next due date falls on or after the exam day, but whose
predicted recall on the exam day is below the deck's retention, is due earlier: on the latest day
before the exam on which it is still recalled at the target and from which one successful review
makes it safe on the exam day (docs/study.md, "Studying for an exam", has the formula and its
limits). Cards already safe keep their due date. Predictions are fsrs's own: its forgetting curve
(`get_card_retrievability`) and its review rule (`review_card` with Good), never a copy of them.
From the exam day on, nothing is moved: normal scheduling.

The rule is applied where a due date is made: after each answer (`Scheduler.review`), and once a
study day to the stored cards of a deck with an exam (`pull_stored_cards`), so a due date made
before the exam was set, or under another retention or other parameters, is moved too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Callable, Iterable

import fsrs

from quizgen.study.records import CardState, micros

if TYPE_CHECKING:
    from quizgen.study.catalog import Catalog
    from quizgen.study.scheduler import Scheduler, StudyDays
    from quizgen.study.settings import Settings
    from quizgen.study.store import Collection

#: When in a study day recall is predicted (the exam, a planned review): this long after the day
#: begins, 9 a.m. with the default 4 a.m. rollover. Whole days pass between two such moments
#: whatever the clocks do (fsrs counts elapsed time in whole days).
PREDICTED_AT = timedelta(hours=5)


@dataclass(frozen=True)
class ExamGoal:
    """A deck's exam: its study day, the recall wanted on it (the deck's retention), the study days."""

    day: date
    target: float
    days: StudyDays
    start: datetime = field(init=False, repr=False, compare=False)  # when the exam day begins
    _moment: datetime = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", self.days.start(self.day))
        object.__setattr__(self, "_moment", self.start + PREDICTED_AT)

    def moment(self, day: date | None = None) -> datetime:
        """When recall on `day` (default: the exam day) is predicted."""
        return self._moment if day is None else self.days.start(day) + PREDICTED_AT

    def active(self, now: datetime) -> bool:
        """Whether scheduling still plans for the exam: until the day before it."""
        return self.days.of(now) < self.day

    def is_past(self, now: datetime) -> bool:
        return self.days.of(now) > self.day

    def recall(self, fsrs_scheduler: fsrs.Scheduler, card: fsrs.Card, day: date | None = None) -> float:
        """fsrs's predicted recall of `card` on `day` (default: the exam day), with no review before."""
        return float(fsrs_scheduler.get_card_retrievability(card, self.moment(day)))

    def safe(self, fsrs_scheduler: fsrs.Scheduler, card: fsrs.Card) -> bool:
        return self.recall(fsrs_scheduler, card) >= self.target

    def safe_after_review(self, fsrs_scheduler: fsrs.Scheduler, card: fsrs.Card, day: date) -> bool:
        """Whether a successful (Good) review on `day` makes `card` safe on the exam day."""
        reviewed, _ = fsrs_scheduler.review_card(card, fsrs.Rating.Good, self.moment(day))
        return self.safe(fsrs_scheduler, reviewed)

    def pulled_due(self, fsrs_scheduler: fsrs.Scheduler, card: fsrs.Card, now: datetime) -> datetime | None:
        """The earlier due time of a review card at risk on the exam day, or None to keep its own.

        At risk: due on or after the exam day, and predicted recall on it below the target. The new
        due day is the latest day before the exam on which the card is still recalled at the target
        (today if it no longer is), if one successful review there makes it safe; otherwise the
        first later day from which one does; otherwise the day before the exam.
        """
        if card.state != fsrs.State.Review or card.due < self.start or not self.active(now):
            return None
        if self.safe(fsrs_scheduler, card):
            return None
        today = self.days.of(now)
        reviewed_today = card.last_review is not None and self.days.of(card.last_review) >= today
        first = today + timedelta(days=1) if reviewed_today else today
        last = self.day - timedelta(days=1)
        if first > last:
            return None  # answered today, exam tomorrow: no day left to move it to
        span = (last - first).days
        # Recall falls day by day, and recall on the exam day after a review rises the later the
        # review: each is a binary search over the days from `first` to `last`.
        kept = _last_true(span, lambda n: self.recall(fsrs_scheduler, card, first + timedelta(days=n)) >= self.target)
        start = max(kept, 0)
        if not self.safe_after_review(fsrs_scheduler, card, first + timedelta(days=start)):
            start = _first_true(start + 1, span, lambda n: self.safe_after_review(
                fsrs_scheduler, card, first + timedelta(days=n)))
        return self.days.start(first + timedelta(days=start))


def _last_true(span: int, holds: Callable[[int], bool]) -> int:
    """The largest n in 0..span for which `holds` (true up to some n, false after), or -1."""
    low, high = -1, span
    while low < high:
        middle = (low + high + 1) // 2
        if holds(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _first_true(low: int, span: int, holds: Callable[[int], bool]) -> int:
    """The smallest n in low..span for which `holds` (false up to some n, true after), else span."""
    high = span
    while low < high:
        middle = (low + high) // 2
        if holds(middle):
            high = middle
        else:
            low = middle + 1
    return high


@dataclass(frozen=True)
class ExamForecast:
    """A deck's cards as they stand for its exam (`quizgen stats`)."""

    deck: str
    day: date
    target: float
    past: bool  # the exam day has gone: scheduling is normal
    safe: int  # predicted recall on the exam day at least the target, with no more reviews
    at_risk: int  # studied, predicted below the target on the exam day as they stand
    planned: int  # of those at risk, due for a review before the exam (or moved there at the next start)
    unstudied: int  # never answered: no prediction (new cards)

    def to_json(self) -> dict[str, object]:
        return {"deck": self.deck, "date": self.day.isoformat(), "retention": self.target, "past": self.past,
                "safe": self.safe, "at_risk": self.at_risk, "review_planned": self.planned,
                "not_studied": self.unstudied}


def forecast(scheduler: Scheduler, deck: str, card_ids: Iterable[str], states: dict[str, CardState],
             now: datetime) -> ExamForecast:
    """How `deck`'s unsuspended cards (`card_ids`, with their `states`) stand for its exam."""
    goal = scheduler.exam
    assert goal is not None
    safe = at_risk = planned = unstudied = 0
    before_exam = goal.start
    for card_id in card_ids:
        state = states.get(card_id)
        if state is not None and state.suspended:
            continue
        memory = state.memory if state is not None else None
        if memory is None:
            unstudied += 1
        elif goal.safe(scheduler.fsrs, memory):
            safe += 1
        else:
            at_risk += 1
            planned += memory.due < before_exam or goal.pulled_due(scheduler.fsrs, memory, now) is not None
    return ExamForecast(deck, goal.day, goal.target, goal.is_past(now), safe, at_risk, planned, unstudied)


def pull_stored_cards(collection: Collection, deck: str, scheduler: Scheduler, now: datetime) -> int:
    """Move the due date of `deck`'s stored review cards at risk on its exam day (see `pulled_due`);
    returns how many moved. Nothing to do without an exam, or once it has come.

    A card's risk depends only on its state and the plan (exam day, target, parameters), and a moved
    card is due before the exam: so once a plan has checked every card, the next study day checks
    only the cards answered since (the collection records the last review id checked).
    """
    goal = scheduler.exam
    if goal is None or not goal.active(now):
        return 0
    plan = json.dumps([goal.day.isoformat(), goal.target, list(scheduler.parameters)])
    checked = collection.exam_checked(deck)
    last_review = collection.last_review_id()  # read first: answers given meanwhile are checked next time
    exam_start = goal.start
    if checked is not None and checked[0] == plan:
        if checked[1] == last_review:
            return 0
        answered = [card_id for card_id in collection.cards_answered_after(checked[1])
                    if card_id.startswith(f"{deck}:")]
        states: Iterable[CardState] = [
            state for state in collection.card_states(answered).values()
            if state.memory is not None and state.memory.state == fsrs.State.Review and not state.suspended
            and state.memory.due >= exam_start]
    else:
        states = collection.review_cards_due_from(deck, micros(exam_start))
    moves: list[tuple[str, int, int]] = []
    for state in states:
        assert state.memory is not None
        due = goal.pulled_due(scheduler.fsrs, state.memory, now)
        if due is not None:
            moves.append((state.card_id, micros(state.memory.due), micros(due)))
    return collection.move_due(moves, (deck, plan, last_review))


def exam_forecasts(collection: Collection, catalog: Catalog, settings: Settings, now: datetime,
                   tz: tzinfo | None = None) -> list[ExamForecast]:
    """An `ExamForecast` for each deck of `catalog` with an exam day, in deck order."""
    from quizgen.study.scheduler import DeckSchedulers, StudyDays

    decks = [deck for deck in catalog.decks if deck.study.exam is not None]
    if not decks:
        return []
    schedulers = DeckSchedulers.of_collection(collection, settings, StudyDays(tz, settings.day_rollover_hour),
                                              {deck.id: deck.study for deck in decks})
    forecasts = []
    for deck in decks:
        ids = catalog.ids(deck.id)
        forecasts.append(forecast(schedulers.of(deck.id), deck.id, ids, collection.card_states(ids), now))
    return forecasts


def past_exam_warnings(catalog: Catalog, now: datetime, settings: Settings, tz: tzinfo | None = None) -> list[str]:
    """One warning line for each deck whose exam day has passed (its cards are scheduled normally)."""
    from quizgen.study.scheduler import StudyDays

    today = StudyDays(tz, settings.day_rollover_hour).of(now)
    return [f"{deck.path}: warning: study.exam: the exam day {deck.study.exam.isoformat()} has passed, so the "
            f"deck's cards are scheduled normally. Fix: set the next exam's date, or remove `exam:`."
            for deck in catalog.decks if deck.study.exam is not None and deck.study.exam < today]


def exam_text(exam: ExamForecast, title: str) -> str:
    """`quizgen stats`' lines for one deck's exam."""
    head = f"Exam {exam.day.isoformat()} ({title}, retention {exam.target:.0%})"
    if exam.past:
        return f"{head}: passed; scheduling is normal."
    studied = exam.safe + exam.at_risk
    lines = [head, f"  Safe on the day: {exam.safe} of {studied} studied cards (predicted recall at least "
             f"{exam.target:.0%})"]
    if exam.at_risk:
        unplanned = exam.at_risk - exam.planned
        lines.append(f"  At risk as they stand: {exam.at_risk}, {exam.planned} of them with a review planned before "
                     f"the exam" + (f" ({unplanned} without: no study day left)" if unplanned else ""))
    if exam.unstudied:
        lines.append(f"  Not studied yet: {exam.unstudied}")
    return "\n".join(lines)
