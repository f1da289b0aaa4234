"""FSRS-6 scheduling through the `fsrs` package, with study days that roll over at 4 a.m. local time.

The `fsrs` scheduler fuzzes intervals with the global `random` module; we turn its fuzz off and
apply the same fuzz ranges with a `random.Random` seeded by card and review number, so that a
review (and its undo and redo) always gives the same due date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Mapping, Sequence

import fsrs
from fsrs.scheduler import FUZZ_RANGES

from quizgen.core.model import StudyLimits
from quizgen.study.exam import ExamGoal
from quizgen.study.records import fsrs_card_id
from quizgen.study.settings import Settings

if TYPE_CHECKING:
    from quizgen.study.store import Collection

__all__ = ["DEFAULT_PARAMETERS", "DeckSchedulers", "Scheduler", "StudyDays", "day_start", "fsrs_card_id",
           "fuzzed_interval", "local", "study_day"]

DEFAULT_PARAMETERS: tuple[float, ...] = tuple(fsrs.Scheduler().parameters)
MAXIMUM_INTERVAL_DAYS = 36500


def local(moment: datetime, tz: tzinfo | None) -> datetime:
    """`moment` in the learner's time zone (`tz`, or the system's when None)."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return moment.astimezone(tz) if tz is not None else moment.astimezone()


def study_day(moment: datetime, tz: tzinfo | None = None, rollover_hour: int = 4) -> date:
    """The study day `moment` belongs to: a day runs from `rollover_hour` local time to the next."""
    return (local(moment, tz) - timedelta(hours=rollover_hour)).date()


def day_start(day: date, tz: tzinfo | None = None, rollover_hour: int = 4) -> datetime:
    """The (UTC) moment at which study day `day` begins."""
    naive = datetime.combine(day, time(hour=rollover_hour))
    aware = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return aware.astimezone(UTC)


@dataclass(frozen=True)
class StudyDays:
    """The learner's study days: each runs from `rollover_hour` in time zone `tz` (None: the
    system's) to the same hour the next day. The session's day arithmetic goes through this."""

    tz: tzinfo | None = None
    rollover_hour: int = 4

    def of(self, moment: datetime) -> date:
        """The study day `moment` belongs to."""
        return study_day(moment, self.tz, self.rollover_hour)

    def start(self, day: date) -> datetime:
        """The (UTC) moment study day `day` begins."""
        return day_start(day, self.tz, self.rollover_hour)

    def end(self, day: date) -> datetime:
        """The (UTC) moment study day `day` ends (the next one begins)."""
        return self.start(day + timedelta(days=1))

    def start_of_day_of(self, moment: datetime) -> datetime:
        """The start of the study day that `moment` belongs to."""
        return self.start(self.of(moment))


class Scheduler:
    """An `fsrs.Scheduler` configured from Settings, a deck's `study:` block (its retention, its
    exam) and the parameters fitted to the learner's history (the deck's own, else the whole's)."""

    def __init__(self, settings: Settings, parameters: Sequence[float] | None = None, *,
                 retention: float | None = None, exam: ExamGoal | None = None) -> None:
        self.settings = settings
        self.parameters = tuple(parameters) if parameters else DEFAULT_PARAMETERS
        self.retention = settings.desired_retention if retention is None else retention
        self.exam = exam
        #: The fsrs scheduler itself: its forgetting curve and review rule (fuzz applied here, seeded).
        self.fsrs = fsrs.Scheduler(
            parameters=self.parameters,
            desired_retention=self.retention,
            learning_steps=settings.learning_steps,
            relearning_steps=settings.relearning_steps,
            maximum_interval=MAXIMUM_INTERVAL_DAYS,
            enable_fuzzing=False,
        )

    @classmethod
    def for_deck(cls, settings: Settings, study: StudyLimits | None, parameters: Sequence[float] | None,
                 days: StudyDays) -> Scheduler:
        """The scheduler of a deck with `study:` block `study` (None: the global settings)."""
        retention = study.retention if study is not None and study.retention is not None \
            else settings.desired_retention
        exam = ExamGoal(study.exam, retention, days) if study is not None and study.exam is not None else None
        return cls(settings, parameters, retention=retention, exam=exam)

    def new_card(self, card_id: str, now: datetime) -> fsrs.Card:
        return fsrs.Card(card_id=fsrs_card_id(card_id), due=now.astimezone(UTC))

    def review(
        self, card: fsrs.Card, rating: fsrs.Rating, now: datetime, *, fuzz_seed: str, duration_ms: int | None = None
    ) -> fsrs.Card:
        """The card after answering it with `rating` at `now`; fuzz (if on) is seeded by `fuzz_seed`;
        before an exam, a due date that leaves the card at risk on the exam day is moved earlier."""
        now_utc = now.astimezone(UTC)
        reviewed, _log = self.fsrs.review_card(card, rating, now_utc, duration_ms)
        if self.settings.enable_fuzzing and reviewed.state == fsrs.State.Review:
            interval = reviewed.due - now_utc
            reviewed.due = now_utc + fuzzed_interval(interval, fuzz_seed)
        if self.exam is not None:
            pulled = self.exam.pulled_due(self.fsrs, reviewed, now_utc)
            if pulled is not None:
                reviewed.due = pulled
        return reviewed

    def retrievability(self, card: fsrs.Card, now: datetime) -> float:
        return float(self.fsrs.get_card_retrievability(card, now.astimezone(UTC)))


class DeckSchedulers:
    """Each deck's `Scheduler`, made when first asked: the deck's `study:` block (`studies`, by deck
    id), the parameters fitted to its own history, else those fitted to the whole history, else
    FSRS-6's defaults. The one place that decides which parameters and retention a deck uses."""

    def __init__(self, settings: Settings, days: StudyDays, studies: Mapping[str, StudyLimits],
                 deck_parameters: Mapping[str, Sequence[float]], parameters: Sequence[float] | None = None) -> None:
        self.settings = settings
        self.days = days
        self._studies = studies
        self._deck_parameters = deck_parameters
        self._parameters = parameters
        self._made: dict[str, Scheduler] = {}

    @classmethod
    def of_collection(cls, collection: Collection, settings: Settings, days: StudyDays,
                      studies: Mapping[str, StudyLimits]) -> DeckSchedulers:
        """With the parameters stored in `collection` (`quizgen optimize`)."""
        stored = collection.parameters()
        return cls(settings, days, studies, {deck: p.parameters for deck, p in collection.deck_parameters().items()},
                   stored.parameters if stored else None)

    def of(self, deck_id: str) -> Scheduler:
        scheduler = self._made.get(deck_id)
        if scheduler is None:
            scheduler = Scheduler.for_deck(self.settings, self._studies.get(deck_id),
                                           self._deck_parameters.get(deck_id, self._parameters), self.days)
            self._made[deck_id] = scheduler
        return scheduler


def fuzzed_interval(interval: timedelta, seed: str | int) -> timedelta:
    """The interval moved by a random amount within FSRS's fuzz ranges (none under 2.5 days), drawn
    from `random.Random(seed)` (made only when there is fuzz to draw)."""
    days = interval.days
    if days < 2.5:
        return interval
    rng = random.Random(seed)
    delta = 1.0
    for fuzz_range in FUZZ_RANGES:
        delta += fuzz_range["factor"] * max(min(float(days), fuzz_range["end"]) - fuzz_range["start"], 0.0)
    low = max(2, round(days - delta))
    high = min(round(days + delta), MAXIMUM_INTERVAL_DAYS)
    low = min(low, high)
    fuzzed = min(round(rng.random() * (high - low + 1) + low), MAXIMUM_INTERVAL_DAYS)
    return timedelta(days=fuzzed)
