"""The collection's records: a card's study state and its schedule, a logged answer, stored FSRS parameters.

These frozen dataclasses are the read API of the collection (`Collection.card_states()`,
`Collection.review_log()`, `Collection.parameters()`), documented in docs/study.md. `Schedule` is
the part of a card's state that the study queues select on: the one shape in which schedule state
passes between the store, the session and the queues.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

import fsrs


def utc_text(moment: datetime) -> str:
    """The one timestamp format in the database: ISO 8601 UTC with microseconds (sorts as text)."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def split_card_id(card_id: str) -> tuple[str, str]:
    """(deck id, fact id) of a "deck:fact:blank:kind" card id."""
    deck, fact, *_ = card_id.split(":")
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


class Schedule(NamedTuple):
    """What the study queues need of a card's state: copies of `CardState` fields, kept by the
    collection in indexed columns of their own (so a study day's cards are read without parsing a
    state). `due` is stored text (ISO 8601 UTC: text order is time order)."""

    memory: int | None  # the fsrs.State value; None for a card never answered
    due: str | None = None
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
        return cls(int(memory.state), utc_text(memory.due), state.suspended, state.buried_until)

    @classmethod
    def from_columns(cls, memory: int | None, due: str | None, suspended: int, buried_until: str | None) -> Schedule:
        """From the collection's columns (`to_columns`)."""
        return cls(memory, due, bool(suspended), None if buried_until is None else date.fromisoformat(buried_until))

    def to_columns(self) -> tuple[int | None, str | None, int, str | None]:
        """(memory_state, due, suspended, buried_until): the collection's columns for it."""
        buried = None if self.buried_until is None else self.buried_until.isoformat()
        return self.memory, self.due, int(self.suspended), buried

    def hidden(self, today: date) -> bool:
        """Suspended, or buried until a later study day."""
        return self.suspended or (self.buried_until is not None and self.buried_until > today)

    @property
    def answered(self) -> bool:
        return self.memory is not None
