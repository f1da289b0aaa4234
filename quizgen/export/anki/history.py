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
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple

import fsrs

from quizgen.study.store import Answered, CardState

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
# fsrs's states, as the collection stores them.
LEARNING, REVIEW, RELEARNING = int(fsrs.State.Learning), int(fsrs.State.Review), int(fsrs.State.Relearning)


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


class RevlogRow(NamedTuple):
    """One row of Anki's `revlog` table (usn aside), in the table's column order."""

    id: int
    cid: int
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


def _revlog_interval(answer: Answered) -> int:
    """Anki's revlog interval: days when the card went to review, negative seconds while learning."""
    if answer.memory_after is None or answer.due_after is None:
        return 0
    seconds = answer.due_after / 1_000_000  # already counted from the answer (see Answered)
    if answer.memory_after == REVIEW:
        return max(1, round(seconds / 86_400))
    return -max(1, int(seconds))


def _revlog_type(memory_before: int | None) -> int:
    if memory_before is None or memory_before == LEARNING:
        return REVLOG_LEARN
    if memory_before == RELEARNING:
        return REVLOG_RELEARN
    return REVLOG_REVIEW


class BadAnswer(ValueError):
    """A logged answer whose numbers are not numbers (a damaged collection): checked as the rows stream,
    at the cost of three type tests an answer."""

    def __init__(self, answer: Answered) -> None:
        fields = {"rating": answer.rating, "duration_ms": answer.duration_ms, "a_due": answer.due_after}
        wrong = ", ".join(f"{name} {value!r}" for name, value in fields.items()
                          if value is not None and type(value) is not int)
        super().__init__(f"answer {answer.id} does not decode: {wrong}")


def revlog_rows(answers: Iterable[Answered], anki_ids: Mapping[str, int]) -> Iterator[RevlogRow]:
    """The answers to the cards of `anki_ids` (quizgen card id -> Anki card id) as revlog rows.

    `answers` must come in the order they were given (by time). A revlog id is the answer's time in
    ms; answers in the same ms get the next free ms, kept apart with no search: ids only grow. Holds
    one number per card, never the history (the rows stream through).
    """
    last_id = 0
    last_ivl: dict[str, int] = {}
    for answer in answers:
        anki_id = anki_ids.get(answer.card_id)
        if anki_id is None:
            continue
        if not (type(answer.duration_ms) is int and type(answer.rating) is int
                and (answer.due_after is None or type(answer.due_after) is int)):
            raise BadAnswer(answer)
        row_id = answer.reviewed_at // 1000
        if row_id <= last_id:
            row_id = last_id + 1
        last_id = row_id
        ivl = _revlog_interval(answer)
        memory_after = answer.memory_after
        yield RevlogRow(row_id, anki_id, answer.rating, ivl, last_ivl.get(answer.card_id, 0),
                        DEFAULT_FACTOR if memory_after == REVIEW or memory_after == RELEARNING else 0,
                        min(max(0, answer.duration_ms), MAX_ANSWER_MS), _revlog_type(answer.memory_before))
        last_ivl[answer.card_id] = ivl


@dataclass(frozen=True, slots=True)
class StudyHistory:
    """What `--with-history` reads from the study collection: card states by quizgen card id (one
    per card), and the answers, streamed in the order they were given each time they are asked for."""

    states: Mapping[str, CardState]
    answers: Callable[[], Iterable[Answered]]
