"""Carry a learner's quizgen study state into Anki's `cards` and `revlog` columns.

quizgen keeps an FSRS card (state, step, stability, difficulty, due, last review) per card id and
a review log; Anki keeps type/queue/due/ivl/left per card, the FSRS memory in the card's `data`
JSON ("s", "d", "lrt"), and one revlog row per answer. Anki's importer, with "import any learning
progress", keeps these columns and shifts day numbers from the package's collection to the
target's, so a day number here is counted the way Anki counts days for the package's collection.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from typing import Mapping, Sequence

import fsrs

from quizgen.study.store import CardState, ReviewRow

#: Anki's day starts at this local hour (its default "next day starts at").
ROLLOVER_HOUR = 4
#: Anki's default learning and relearning steps (the package's deck options).
LEARNING_STEPS = 2
RELEARNING_STEPS = 1
DEFAULT_FACTOR = 2500
#: Anki caps the time recorded for one answer at a minute by default.
MAX_ANSWER_MS = 60_000

# Anki's card types and queues.
TYPE_NEW, TYPE_LEARN, TYPE_REVIEW, TYPE_RELEARN = 0, 1, 2, 3
QUEUE_SUSPENDED, QUEUE_NEW, QUEUE_LEARN, QUEUE_REVIEW, QUEUE_DAY_LEARN = -1, 0, 1, 2, 3
# Anki's revlog types.
REVLOG_LEARN, REVLOG_REVIEW, REVLOG_RELEARN = 0, 1, 2


@dataclass(frozen=True, slots=True)
class AnkiDays:
    """Anki's day numbering for a collection created at `crt` (seconds), in the time zone `tz`."""

    crt: int
    tz: tzinfo

    @property
    def day_zero(self) -> datetime:
        created = datetime.fromtimestamp(self.crt, self.tz)
        return datetime.combine(created.date(), time(ROLLOVER_HOUR), self.tz)

    def day_of(self, moment: datetime) -> int:
        return math.floor((moment - self.day_zero).total_seconds() / 86_400)

    def next_day_start(self, moment: datetime) -> datetime:
        return self.day_zero + timedelta(days=self.day_of(moment) + 1)


@dataclass(frozen=True, slots=True)
class CardColumns:
    """The scheduling columns of one row of Anki's `cards` table."""

    type: int
    queue: int
    due: int | None  # None: keep the new card's position
    ivl: int
    factor: int
    reps: int
    lapses: int
    left: int
    data: str


@dataclass(frozen=True, slots=True)
class RevlogRow:
    id: int
    ease: int
    ivl: int
    last_ivl: int
    factor: int
    time: int
    type: int


def _days_between(start: datetime, end: datetime) -> int:
    return max(1, round((end - start).total_seconds() / 86_400))


def card_columns(state: CardState, days: AnkiDays, now: datetime) -> CardColumns | None:
    """Anki's columns for a card with quizgen history; None for a card never answered and not suspended."""
    memory = state.memory
    if memory is None:
        if not state.suspended:
            return None
        return CardColumns(TYPE_NEW, QUEUE_SUSPENDED, None, 0, 0, 0, 0, 0, "")
    due = memory.due
    data: dict[str, float | int] = {}
    if memory.stability is not None and memory.difficulty is not None:
        data = {"s": round(memory.stability, 4), "d": round(memory.difficulty, 4)}
    if memory.last_review is not None:
        data["lrt"] = int(memory.last_review.timestamp())
    if memory.state is fsrs.State.Review:
        ctype, queue = TYPE_REVIEW, QUEUE_REVIEW
        anchor = memory.last_review or now
        ivl = _days_between(anchor, due)
        due_value = days.day_of(due)
        left = 0
    else:
        learning = memory.state is fsrs.State.Learning
        ctype = TYPE_LEARN if learning else TYPE_RELEARN
        steps = LEARNING_STEPS if learning else RELEARNING_STEPS
        remaining = max(1, steps - (memory.step or 0))
        left = remaining * 1000 + remaining
        if due < days.next_day_start(now):
            queue, due_value = QUEUE_LEARN, int(due.timestamp())
        else:
            queue, due_value = QUEUE_DAY_LEARN, days.day_of(due)
        ivl = 0 if learning else _days_between(memory.last_review or now, due)
    if state.suspended:
        queue = QUEUE_SUSPENDED
    return CardColumns(ctype, queue, due_value, ivl, DEFAULT_FACTOR if ctype != TYPE_LEARN else 0,
                       state.reps, state.lapses, left, json.dumps(data, sort_keys=True) if data else "")


def _revlog_interval(after: fsrs.Card | None, reviewed_at: datetime) -> int:
    """Anki's revlog interval: days when the card went to review, negative seconds while learning."""
    if after is None or after.due is None:
        return 0
    if after.state is fsrs.State.Review:
        return _days_between(reviewed_at, after.due)
    return -max(1, int((after.due - reviewed_at).total_seconds()))


def _revlog_type(before: CardState | None) -> int:
    if before is None or before.memory is None or before.memory.state is fsrs.State.Learning:
        return REVLOG_LEARN
    if before.memory.state is fsrs.State.Relearning:
        return REVLOG_RELEARN
    return REVLOG_REVIEW


def revlog_rows(reviews: Sequence[ReviewRow], taken_ids: set[int]) -> list[RevlogRow]:
    """One card's reviews, in order, as revlog rows. Ids are answer times in ms, kept unique via `taken_ids`."""
    rows: list[RevlogRow] = []
    last_ivl = 0
    for review in reviews:
        row_id = int(review.reviewed_at.timestamp() * 1000)
        while row_id in taken_ids:
            row_id += 1
        taken_ids.add(row_id)
        ivl = _revlog_interval(review.state_after.memory, review.reviewed_at)
        review_type = _revlog_type(review.state_before)
        factor = DEFAULT_FACTOR if review.state_after.state in ("review", "relearning") else 0
        duration = min(max(0, review.duration_ms), MAX_ANSWER_MS)
        rows.append(RevlogRow(row_id, int(review.rating), ivl, last_ivl, factor, duration, review_type))
        last_ivl = ivl
    return rows


@dataclass(frozen=True, slots=True)
class StudyHistory:
    """What `--with-history` read from the study collection, by quizgen card id."""

    states: Mapping[str, CardState]
    reviews: Mapping[str, Sequence[ReviewRow]]


def group_reviews(reviews: Sequence[ReviewRow]) -> dict[str, list[ReviewRow]]:
    grouped: dict[str, list[ReviewRow]] = {}
    for review in reviews:
        grouped.setdefault(review.card_id, []).append(review)
    return grouped
