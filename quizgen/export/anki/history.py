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
import sqlite3
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime, time, timedelta, tzinfo
from typing import Callable, Iterable, Mapping, Sequence

import fsrs

from quizgen.study.records import RescheduleRow
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
# Anki's revlog types; "manual" is what Anki's "Set Due Date" (and "Forget") writes, with ease 0.
REVLOG_LEARN, REVLOG_REVIEW, REVLOG_RELEARN, REVLOG_MANUAL = 0, 1, 2, 4
# fsrs's states, as the collection stores them.
LEARNING, REVIEW, RELEARNING = int(fsrs.State.Learning), int(fsrs.State.Review), int(fsrs.State.Relearning)


@dataclass(frozen=True, slots=True)
class AnkiDays:
    """Anki's day numbering for a collection created at `crt` (seconds), in the time zone `tz`."""

    crt: int
    tz: tzinfo
    #: When day 0 starts: made once (every card's columns count from it).
    day_zero: datetime = dataclass_field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        created = datetime.fromtimestamp(self.crt, self.tz)
        object.__setattr__(self, "day_zero", datetime.combine(created.date(), time(ROLLOVER_HOUR), self.tz))

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


def _days_between(start: datetime, end: datetime) -> int:
    return max(1, round((end - start).total_seconds() / 86_400))


def _memory_json(stability: float | None, difficulty: float | None, last_review: int | None) -> str:
    """The card's `data` as Anki reads it: the FSRS memory ("s", "d", to 4 places) and the last review
    ("lrt", seconds), keys sorted; "" when there is neither. The bytes of `json.dumps(sort_keys=True)`,
    spelled by hand for finite numbers (a format per card instead of an encoder's set-up)."""
    data: dict[str, float | int] = {}
    if stability is not None and difficulty is not None:
        s, d = round(stability, 4), round(difficulty, 4)
        if not (math.isfinite(s) and math.isfinite(d)):
            data = {"s": s, "d": d}
        elif last_review is None:
            return f'{{"d": {d!r}, "s": {s!r}}}'
        else:
            return f'{{"d": {d!r}, "lrt": {last_review}, "s": {s!r}}}'
    if last_review is not None:
        data["lrt"] = last_review
    return json.dumps(data, sort_keys=True) if data else ""


def card_columns(state: CardState, days: AnkiDays, now: datetime) -> CardColumns | None:
    """Anki's columns for a card with quizgen history; None for a card never answered and not suspended."""
    memory = state.memory
    if memory is None:
        if not state.suspended:
            return None
        return CardColumns(TYPE_NEW, QUEUE_SUSPENDED, None, 0, 0, 0, 0, 0, "")
    due = memory.due
    data = _memory_json(memory.stability, memory.difficulty,
                        None if memory.last_review is None else int(memory.last_review.timestamp()))
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
                       state.reps, state.lapses, left, data)


class BadAnswer(ValueError):
    """A logged answer whose numbers are not numbers (a damaged collection)."""

    def __init__(self, answer: Answered) -> None:
        fields = {"rating": answer.rating, "duration_ms": answer.duration_ms, "a_due": answer.due_after}
        wrong = ", ".join(f"{name} {value!r}" for name, value in fields.items()
                          if value is not None and type(value) is not int)
        super().__init__(f"answer {answer.id} does not decode: {wrong}")


def bad_answer_sql(answers: str) -> str:
    """The first answer (of `answers`, a SELECT with `Answered`'s columns, `card` the Anki card id in
    place of `card_id`: `Collection.attach_answers`) whose numbers are not integers: checked before
    the revlog is written (a full scan inside SQLite)."""
    return (f"SELECT x.* FROM ({answers}) x "
            "WHERE typeof(x.rating) != 'integer' OR typeof(x.duration_ms) != 'integer' "
            "OR (x.due_after IS NOT NULL AND typeof(x.due_after) != 'integer') LIMIT 1")


#: The answers to the package's cards in the order they were given (time, then id), numbered from 1
#: by their rowid `n`, with every revlog column but the id: written by one statement, read back in
#: rowid order by the next (no sort).
ANKI_GIVEN = "temp.anki_given"
_GIVEN_SCHEMA = (f"CREATE TABLE {ANKI_GIVEN} (n INTEGER PRIMARY KEY, cid INTEGER, ms INTEGER, ease INTEGER, "
                 "ivl INTEGER, last_ivl INTEGER, factor INTEGER, time INTEGER, type INTEGER)")
_REVLOG_FROM_GIVEN = ("INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
                      "SELECT n + max(0, max(ms - n) OVER (ORDER BY n ROWS UNBOUNDED PRECEDING)), cid, -1, ease, ivl, "
                      f"last_ivl, factor, time, type FROM {ANKI_GIVEN} ORDER BY n")


def _given_sql(answers: str) -> str:
    """The statement that fills ANKI_GIVEN from `answers` (see write_revlog)."""
    days = "(x.due_after / 1000000.0 / 86400.0)"
    whole = f"CAST({days} AS INTEGER)"
    # Python's round() for a positive float: to the nearest whole, a half to the even one (a
    # negative or zero value is at most 0 either way, and the interval is at least 1 day).
    rounded = f"({whole} + ({days} - {whole} > 0.5 OR ({days} - {whole} = 0.5 AND {whole} % 2 = 1)))"
    seconds = "CAST(x.due_after / 1000000.0 AS INTEGER)"
    interval = (f"CASE WHEN x.memory_after IS NULL OR x.due_after IS NULL THEN 0 "
                f"WHEN x.memory_after = {REVIEW} THEN max(1, {rounded}) ELSE -max(1, {seconds}) END")
    kind = (f"CASE WHEN x.memory_before IS NULL OR x.memory_before = {LEARNING} THEN {REVLOG_LEARN} "
            f"WHEN x.memory_before = {RELEARNING} THEN {REVLOG_RELEARN} ELSE {REVLOG_REVIEW} END")
    factor = f"CASE WHEN x.memory_after IN ({REVIEW}, {RELEARNING}) THEN {DEFAULT_FACTOR} ELSE 0 END"
    rows = (f"SELECT x.card AS cid, x.reviewed_at / 1000 AS ms, x.rating AS ease, {interval} AS ivl, "
            f"{factor} AS factor, min(max(0, x.duration_ms), {MAX_ANSWER_MS}) AS time, {kind} AS type, "
            "x.reviewed_at AS at, x.id AS answer "
            f"FROM ({answers}) x")
    return (f"INSERT INTO {ANKI_GIVEN} (cid, ms, ease, ivl, last_ivl, factor, time, type) "
            "SELECT cid, ms, ease, ivl, coalesce(lag(ivl) OVER (PARTITION BY cid ORDER BY at, answer), 0), factor, "
            f"time, type FROM ({rows}) ORDER BY at, answer")


def write_revlog(connection: sqlite3.Connection, answers: str) -> int:
    """Fill Anki's `revlog` from `answers` (a SELECT with `Answered`'s columns, `card` the Anki card
    id in place of `card_id`: `Collection.attach_answers`), inside SQLite: two statements, two sorts
    by SQLite's own sorter (spilling to temporary files), so memory holds no history and no Python
    object per answer. Returns the rows written.

    Each row, in the order the answers were given (time, then id):
    - id: the answer's time in ms; answers in the same ms get the next free ms, with no search:
      id = max(ms, previous id + 1), which over the n-th row (from 1) is n + max(0, max of ms - n so
      far), a running max. Ids only grow.
    - ivl: the interval the answer scheduled: days (rounded half to even, at least 1) when the card
      went to review, else minus the seconds (at least 1); 0 for an answer that scheduled nothing.
      lastIvl: the card's previous answer's ivl (0 for its first).
    - factor 2500 once the card is in review or relearning; time in ms, capped at MAX_ANSWER_MS;
      type from the state before: learning (or new), review, relearning.

    The first statement sorts the answers by card (for lastIvl) and by time, numbering them into
    ANKI_GIVEN; the second reads that table in its rowid order for the running max of the ids and
    appends to revlog in id order (no third sort, as one statement with both windows needed).
    """
    connection.execute(_GIVEN_SCHEMA)
    connection.execute(_given_sql(answers))
    written = connection.execute(_REVLOG_FROM_GIVEN).rowcount
    connection.execute(f"DROP TABLE {ANKI_GIVEN}")
    return written


def _manual_factor(state: CardState, columns: CardColumns) -> int:
    """The factor Anki writes on a "Set Due Date" entry: with an FSRS memory, its difficulty shifted to
    0.1-1.1, in thousandths ((D - 1) / 9 + 0.1, truncated); else the card's ease factor."""
    memory = state.memory
    if memory is None or memory.difficulty is None or not math.isfinite(memory.difficulty):
        return columns.factor
    return int(((memory.difficulty - 1.0) / 9.0 + 0.1) * 1000)


def manual_revlog(reschedules: Iterable[RescheduleRow], anki_ids: Mapping[str, int], days: AnkiDays,
                  ) -> list[tuple[int, int, int, int, int, int, int, int]]:
    """Anki's revlog rows for due dates set by hand, as Anki's own "Set Due Date" writes them: type
    manual (4), ease 0, time 0, ivl the card's interval after (days) and lastIvl before (0 for a
    learning card), factor as `_manual_factor`; the id is the change's time in ms (made unique by
    `write_manual_revlog`). Rows are (ms, cid, ease, ivl, lastIvl, factor, time, type); changes to
    cards not in the package are left out. The intervals are `card_columns`' own."""
    rows = []
    for change in reschedules:
        cid = anki_ids.get(change.card_id)
        if cid is None:
            continue
        after = card_columns(change.state_after, days, change.at)
        before = card_columns(change.state_before, days, change.at)
        if after is None:  # a card with no memory: Set Due Date leaves it new (not logged)
            continue
        rows.append((int(change.at.timestamp() * 1000), cid, 0, after.ivl, 0 if before is None else before.ivl,
                     _manual_factor(change.state_after, after), 0, REVLOG_MANUAL))
    return rows


def write_manual_revlog(connection: sqlite3.Connection, rows: Sequence[tuple[int, ...]]) -> int:
    """Append `manual_revlog` rows to `revlog`, each at the first free ms from its own (an answer
    may hold that id: Anki would drop a duplicate). Returns the rows written."""
    for ms, *rest in sorted(rows):
        while connection.execute("SELECT 1 FROM revlog WHERE id = ?", (ms,)).fetchone() is not None:
            ms += 1
        connection.execute("INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
                           "VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)", (ms, *rest))
    return len(rows)


@dataclass(frozen=True, slots=True)
class StudyHistory:
    """What `--with-history` reads from the study collection: card states by quizgen card id (one
    per card), and `attach_answers(connection, schema, cards)`, which attaches the collection's
    answers to the package's connection and returns the SELECT of those to `cards` ((quizgen card id,
    Anki card id) pairs), joined by the collection's integer card key (`Collection.attach_answers`);
    the cards' flags (1-7, Anki's own numbers and colours: `records.FLAGS`) and the due dates set by hand."""

    states: Mapping[str, CardState]
    attach_answers: Callable[[sqlite3.Connection, str, Iterable[tuple[str, int]]], str]
    flags: Mapping[str, int] = dataclass_field(default_factory=dict)
    reschedules: Sequence[RescheduleRow] = ()
