"""The collection's records: a card's study state and its schedule, a logged answer, stored FSRS parameters.

These frozen dataclasses are the read API of the collection (`Collection.card_states()`,
`Collection.review_log()`, `Collection.parameters()`), documented in docs/study.md. `Schedule` is
the part of a card's state that the study queues select on: the one shape in which schedule state
passes between the store, the session and the queues. `StateColumns` is a state as the collection
stores it (typed columns, in a card's row and twice in each logged answer), and `Answered` an
answer as the history figures read it (stats, optimize, the Anki export).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

import fsrs

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def utc_text(moment: datetime) -> str:
    """ISO 8601 UTC with microseconds (for the few text timestamps: parameters, the old schema)."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def micros(moment: datetime) -> int:
    """The one time format of the collection's columns: microseconds since 1970 UTC, exactly."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    delta = moment - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(value: int) -> datetime:
    """The aware UTC datetime of a `micros` value."""
    return EPOCH + timedelta(microseconds=value)


@lru_cache(maxsize=65_536)
def fsrs_card_id(card_id: str) -> int:
    """A stable positive int for the `fsrs.Card.card_id` field (ours are strings)."""
    return int.from_bytes(hashlib.sha1(card_id.encode()).digest()[:7], "big")


def split_card_id(card_id: str) -> tuple[str, str]:
    """(deck id, fact id) of a "deck:fact:blank:kind" card id."""
    deck, fact, *_ = card_id.split(":", 2)
    return deck, fact


@dataclass(frozen=True)
class CardState:
    """A card's study state. `memory` is None for a card never answered (a row kept for its flags)."""

    card_id: str
    memory: fsrs.Card | None = None
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    buried_until: date | None = None  # the study day the card comes back
    leech: bool = False

    @property
    def deck(self) -> str:
        return split_card_id(self.card_id)[0]

    @property
    def fact(self) -> str:
        return split_card_id(self.card_id)[1]

    @property
    def state(self) -> str:
        """"new" | "learning" | "review" | "relearning"."""
        if self.memory is None:
            return "new"
        return self.memory.state.name.lower()

    @property
    def due(self) -> datetime | None:
        return None if self.memory is None else self.memory.due

    def to_json(self) -> str:
        return json.dumps(
            {
                "memory": None if self.memory is None else self.memory.to_dict(),
                "reps": self.reps,
                "lapses": self.lapses,
                "suspended": self.suspended,
                "buried_until": None if self.buried_until is None else self.buried_until.isoformat(),
                "leech": self.leech,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, card_id: str, text: str) -> CardState:
        data: dict[str, Any] = json.loads(text)
        memory = data.get("memory")
        buried = data.get("buried_until")
        return cls(
            card_id=card_id,
            memory=None if memory is None else fsrs.Card.from_dict(memory),
            reps=int(data.get("reps", 0)),
            lapses=int(data.get("lapses", 0)),
            suspended=bool(data.get("suspended", False)),
            buried_until=None if buried is None else date.fromisoformat(buried),
            leech=bool(data.get("leech", False)),
        )


@dataclass(frozen=True)
class ReviewRow:
    """One answer in the review log. `state_before` is None for a card's first answer."""

    id: int
    card_id: str
    reviewed_at: datetime
    rating: fsrs.Rating
    kind: str  # "mcq" | "cloze"
    verdict: str  # "right" | "almost" | "wrong" | "revealed"
    given: str  # option text chosen or text typed
    options: tuple[str, ...] | None  # the MCQ options shown, in order
    duration_ms: int
    state_before: CardState | None
    state_after: CardState


@dataclass(frozen=True)
class RescheduleRow:
    """A due date set by hand (table reschedule_log, as Anki's revlog "Manual" entry, the one its Set
    Due Date writes): what was typed (`days`, as `DueDays.text`) and the card's state before and after.
    Not an answer: no figure of the history (stats, optimize) counts it; the Anki export writes it as
    Anki's own entry (`export.anki.history.manual_revlog`)."""

    id: int
    card_id: str
    at: datetime
    days: str
    state_before: CardState
    state_after: CardState


@dataclass(frozen=True)
class ReviewDraft:
    """What `apply_review` writes: the answer and the card's state after it."""

    reviewed_at: datetime
    rating: fsrs.Rating
    kind: str
    verdict: str
    given: str
    options: tuple[str, ...] | None
    duration_ms: int
    state_after: CardState


@dataclass(frozen=True)
class StoredParameters:
    parameters: tuple[float, ...]
    created_at: datetime
    source: str
    reviews: int
    log_loss: float | None
    rmse_bins: float | None
    default_log_loss: float | None
    default_rmse_bins: float | None
    deck: str | None = None  # fitted to this deck's history; None: to the whole history


class Schedule(NamedTuple):
    """What the study queues need of a card's state: copies of `CardState` fields, kept by the
    collection in indexed columns of their own (so a study day's cards are read without building a
    state). `due` is in `micros`."""

    memory: int | None  # the fsrs.State value; None for a card never answered
    due: int | None = None
    suspended: bool = False
    buried_until: date | None = None  # the study day the card comes back

    @classmethod
    def of(cls, state: CardState | None) -> Schedule | None:
        """The schedule of a full state (None for no state)."""
        if state is None:
            return None
        memory = state.memory
        if memory is None:
            return cls(None, None, state.suspended, state.buried_until)
        return cls(int(memory.state), micros(memory.due), state.suspended, state.buried_until)

    @classmethod
    def from_columns(cls, memory: int | None, due: int | None, suspended: int, buried_until: str | None) -> Schedule:
        """From the collection's columns (`to_columns`)."""
        return cls(memory, due, bool(suspended), None if buried_until is None else date.fromisoformat(buried_until))

    def to_columns(self) -> tuple[int | None, int | None, int, str | None]:
        """(memory_state, due, suspended, buried_until): the collection's columns for it."""
        buried = None if self.buried_until is None else self.buried_until.isoformat()
        return self.memory, self.due, int(self.suspended), buried

    def hidden(self, today: date) -> bool:
        """Suspended, or buried until a later study day."""
        return self.suspended or (self.buried_until is not None and self.buried_until > today)

    @property
    def answered(self) -> bool:
        return self.memory is not None


class StateColumns(NamedTuple):
    """A `CardState` as typed columns: a card's row in `card_state`, and the state before and after
    each answer in `review_log`. Times are `micros` counted from `origin` (0 in a card's row; the
    answer's time in the log, so the "after" state's last review, the answer itself, is a 0 that
    takes no bytes). `fsrs_id` is None when it is `fsrs_card_id` of the card id, as it always is for
    cards quizgen schedules. Decoding gives back an equal state, field for field."""

    memory_state: int | None  # fsrs.State value; None: never answered (a row kept for its flags)
    step: int | None
    stability: float | None
    difficulty: float | None
    due: int | None
    last_review: int | None
    fsrs_id: int | None
    reps: int
    lapses: int
    suspended: int
    leech: int
    buried_until: str | None  # ISO date

    @classmethod
    def of(cls, state: CardState, origin: int = 0) -> StateColumns:
        memory = state.memory
        buried = None if state.buried_until is None else state.buried_until.isoformat()
        flags = (state.reps, state.lapses, int(state.suspended), int(state.leech), buried)
        if memory is None:
            return cls(None, None, None, None, None, None, None, *flags)
        last = None if memory.last_review is None else micros(memory.last_review) - origin
        fsrs_id = None if memory.card_id == fsrs_card_id(state.card_id) else memory.card_id
        return cls(int(memory.state), memory.step, memory.stability, memory.difficulty, micros(memory.due) - origin,
                   last, fsrs_id, *flags)

    def to_state(self, card_id: str, origin: int = 0) -> CardState:
        memory = None
        # The numbers are taken as numbers (int(), float()): a damaged row raises here (ValueError,
        # TypeError), where the store reports it, not later in whatever figure uses it.
        if self.memory_state is not None:
            assert self.due is not None
            memory = fsrs.Card(
                card_id=fsrs_card_id(card_id) if self.fsrs_id is None else int(self.fsrs_id),
                state=fsrs.State(self.memory_state), step=None if self.step is None else int(self.step),
                stability=None if self.stability is None else float(self.stability),
                difficulty=None if self.difficulty is None else float(self.difficulty),
                due=from_micros(self.due + origin),
                last_review=None if self.last_review is None else from_micros(self.last_review + origin),
            )
        buried = None if self.buried_until is None else date.fromisoformat(self.buried_until)
        return CardState(card_id, memory, int(self.reps), int(self.lapses), bool(self.suspended), buried,
                         bool(self.leech))


#: The columns of a `StateColumns`, in its order: a card's row, and (prefixed b_ and a_) the states
#: before and after each logged answer.
STATE_COLUMNS = StateColumns._fields
#: A logged answer's verdicts, stored as their index.
VERDICTS = ("right", "almost", "wrong", "revealed")
#: A card's flag (table card_flag), as Anki's seven: the number stored (Anki's Ctrl+1..7), the colour named.
FLAGS = {1: "red", 2: "orange", 3: "green", 4: "blue", 5: "pink", 6: "turquoise", 7: "purple"}


class ReviewColumns(NamedTuple):
    """A logged answer as the collection stores it (after its id and card key): typed columns, with
    what can be derived left out. `kind` is None when it is the card id's own (`deck:fact:blank:kind`);
    `given` is None when it is the option at `chosen`; `options` is compact JSON; `before` is None
    for a card that had no state; both states count their times from the answer's (`at`)."""

    at: int  # micros
    rating: int
    verdict: int  # index in VERDICTS
    kind: str | None
    given: str | None
    chosen: int | None
    options: str | None
    duration_ms: int
    before: StateColumns | None
    after: StateColumns

    #: Their column names, in the order of `values()`.
    NAMES = ("at", "rating", "verdict", "kind", "given", "chosen", "options", "duration_ms",
             *(f"b_{name}" for name in STATE_COLUMNS), *(f"a_{name}" for name in STATE_COLUMNS))

    @classmethod
    def of(cls, card_id: str, reviewed_at: datetime, rating: int, kind: str, verdict: str, given: str,
           options: tuple[str, ...] | None, duration_ms: int, before: CardState | None, after: CardState
           ) -> ReviewColumns:
        at = micros(reviewed_at)
        chosen = options.index(given) if options is not None and given in options else None
        return cls(
            at, int(rating), VERDICTS.index(verdict), None if kind == card_id.rpartition(":")[2] else kind,
            None if chosen is not None else given, chosen,
            None if options is None else json.dumps(list(options), ensure_ascii=False, separators=(",", ":")),
            int(duration_ms), None if before is None else StateColumns.of(before, at), StateColumns.of(after, at),
        )

    def values(self) -> tuple[Any, ...]:
        before = self.before if self.before is not None else (None,) * len(STATE_COLUMNS)
        return (*self[:8], *before, *self.after)

    @classmethod
    def from_values(cls, values: tuple[Any, ...]) -> ReviewColumns:
        width = len(STATE_COLUMNS)
        before = StateColumns(*values[8:8 + width])
        return cls(*values[:8], None if before.reps is None else before, StateColumns(*values[8 + width:]))

    def to_row(self, review_id: int, card_id: str) -> ReviewRow:
        options = None if self.options is None else tuple(json.loads(self.options))
        given = self.given if self.chosen is None or options is None else options[self.chosen]
        return ReviewRow(
            id=review_id, card_id=card_id, reviewed_at=from_micros(self.at), rating=fsrs.Rating(self.rating),
            kind=self.kind if self.kind is not None else card_id.rpartition(":")[2], verdict=VERDICTS[self.verdict],
            given=given, options=options, duration_ms=self.duration_ms,
            state_before=None if self.before is None else self.before.to_state(card_id, self.at),
            state_after=self.after.to_state(card_id, self.at),
        )


class Answered(NamedTuple):
    """One logged answer as the history figures need it (stats, optimize, orphans, the Anki export),
    read from the log's typed columns without building states."""

    id: int
    card_id: str
    reviewed_at: int  # micros
    rating: int  # 1 Again .. 4 Easy
    duration_ms: int
    memory_before: int | None  # the fsrs.State value before the answer; None if the card was new
    memory_after: int | None
    due_after: int | None  # micros from the answer to when the card was due after it (the interval it scheduled)
