"""Custom study, as Anki's: a session over cards chosen by deck or tag, study ahead, extra new cards
today, and cram.

- **By deck or tag** and **study ahead** pick cards with the browser's search language
  (`selection_query`, one route for "which cards"), one card per fact (its siblings would give the
  answer away), and study them in a `CustomSession`: the queues are that list, and learning cards
  failed in it come back when due, as in an Anki filtered deck. Answers are saved and scheduled as
  always (`StudySession.rate`).
- **Cram** (`cram=True`) studies the deck's or tags' cards, new ones too, without touching
  scheduling: answers are not saved as reviews (a card's state and history stay as they were); a card
  answered Again comes back a few cards later, every other one is done. Cram takes every card of the
  kinds chosen (`kind`: "mcq", "cloze" or None for both), a fact's other cards after every fact's
  first one, so siblings stay far apart.
- **Extra new cards / reviews today** raise a deck's daily limit for the current study day only
  (`StudySession.raise_limit`, kept in the collection so a restart keeps it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from typing import Callable, Sequence

import fsrs

from quizgen.study.browse import BrowseIndex, Today, parse
from quizgen.study.catalog import Catalog
from quizgen.study.queues import LEARN_AHEAD, Queues
from quizgen.study.records import CardState, RescheduleRow, from_micros, micros, split_card_id
from quizgen.study.session import StudySession, _Answered
from quizgen.study.settings import Settings
from quizgen.study.store import Collection

#: A card answered Again in cram comes back after this many other cards (sooner if fewer are left).
CRAM_AGAIN_GAP = 3
#: The most cards one custom session takes, unless asked otherwise.
DEFAULT_LIMIT = 100
CRAM_BANNER = "Cram: answers are not saved and scheduling is untouched"


@dataclass(frozen=True)
class Selection:
    """Which cards a custom session studies."""

    deck: str | None = None  # a deck id; None: every deck
    tags: tuple[str, ...] = ()  # any of these tags
    ahead_days: int | None = None  # study ahead: review cards due within this many days
    limit: int = DEFAULT_LIMIT
    cram: bool = False
    kind: str | None = None  # "mcq" or "cloze" (the browser's `kind:`); None: both


def selection_query(selection: Selection) -> str:
    """The browser search that finds the selection's cards (suspended and buried ones left out)."""
    terms: list[str] = []
    if selection.deck:
        terms.append(f'deck:"{selection.deck}"')
    if selection.tags:
        tags = [f'tag:"{tag}"' for tag in selection.tags]
        terms.append(tags[0] if len(tags) == 1 else f"({' or '.join(tags)})")
    if selection.ahead_days is not None:
        terms += ["is:review", f"prop:due<={int(selection.ahead_days)}"]
    elif not selection.cram:
        terms.append("-is:new")  # new cards come through the deck's own limit ("extra new cards today")
    if selection.kind is not None:
        terms.append(f"kind:{selection.kind}")
    terms += ["-is:suspended", "-is:buried"]
    return " ".join(terms)


def choose_cards(index: BrowseIndex, selection: Selection, now: Today) -> list[str]:
    """The selection's cards in study order (soonest due first; never-answered ones after, in deck
    order), at most `limit`: one per fact, or for cram every card, each fact's first card before
    any fact's second (so a sibling never follows the card it gives away)."""
    positions = index.search(parse(selection_query(selection)), now, "due")
    first: list[str] = []
    others: list[str] = []
    facts: set[tuple[str, str]] = set()
    for position in positions:
        card_id = index.facts[position].card_id
        fact = split_card_id(card_id)
        if fact not in facts:
            facts.add(fact)
            first.append(card_id)
            if len(first) >= selection.limit:
                break
        elif selection.cram:
            others.append(card_id)
    return (first + others)[:selection.limit]


class CustomSession(StudySession):
    """A study session over a fixed list of cards (see the module's note), driven by the review
    screen as any session. `cram`: answers are graded and counted but never written."""

    def __init__(self, collection: Collection, catalog: Catalog, card_ids: Sequence[str], *,
                 clock: Callable[[], datetime], settings: Settings, cram: bool = False,
                 tz: tzinfo | None = None) -> None:
        super().__init__(collection, catalog, clock=clock, settings=settings, tz=tz)
        self.cram = cram
        self.previews_intervals = not cram  # cram schedules nothing: no next intervals to show
        self.banner = CRAM_BANNER if cram else "Custom study: answers are saved and scheduled"
        self._queue: list[str] = [card_id for card_id in card_ids if card_id in catalog]
        self._chosen = frozenset(self._queue)  # the session's cards: no other card ever joins it
        self._learning: dict[str, int] = {}  # failed in this session: card id -> due (micros)

    @property
    def card_ids(self) -> tuple[str, ...]:
        """The cards still to show (not counting failed ones waiting in their learning steps)."""
        return tuple(self._queue)

    def _queues(self, now: datetime, scope: str | None) -> Queues:
        now_at, ahead_at = micros(now), micros(now + LEARN_AHEAD)
        by_due = sorted((due, card_id) for card_id, due in self._learning.items())
        learning = tuple(card_id for due, card_id in by_due if due <= now_at)
        ahead = tuple(card_id for due, card_id in by_due if now_at < due <= ahead_at)
        later = tuple(card_id for due, card_id in by_due if due > ahead_at)
        return Queues(learning=learning, review=tuple(self._queue), ahead=ahead, later=later)

    def _take(self, card_id: str) -> None:
        if card_id in self._queue:
            self._queue.remove(card_id)
        self._learning.pop(card_id, None)

    def _touch(self, card_id: str, state: CardState | None, was_answered: bool, answer: bool = False) -> None:
        """Keep the list in step with a card whose state just changed (scheduled custom study)."""
        if card_id not in self._chosen:
            return  # another card (a sibling buried with it, one changed in the browser)
        self._take(card_id)
        if not answer:
            # Undone (it shows again: the base class forces it next), else suspended or buried: gone.
            if state is None or not (state.suspended or state.buried_until is not None):
                self._queue.insert(0, card_id)
            return
        memory = state.memory if state is not None else None
        if memory is not None and memory.state in (fsrs.State.Learning, fsrs.State.Relearning) \
                and memory.due < self.days.end(self.today()):
            self._learning[card_id] = micros(memory.due)

    def rate(self, rating: fsrs.Rating | None = None) -> str | None:
        if not self.cram:
            return super().rate(rating)
        presented, grade, rating = self._to_rate(rating)
        card_id = presented.card.id
        self._take(card_id)
        if rating == fsrs.Rating.Again:
            self._queue.insert(min(CRAM_AGAIN_GAP, len(self._queue)), card_id)
        spent = max(0.0, (self.now() - self._shown_at).total_seconds()) if self._shown_at else 0.0
        # No review is written: the answer's id is a negative count of this session's answers.
        self._undo.append(_Answered(-len(self._answers()) - 1, card_id, rating != fsrs.Rating.Again, spent))
        self.last_grade = replace(grade, rating=rating)
        self._current = None
        self._pending = None
        return None

    def set_due_current(self, text: str) -> RescheduleRow | None:
        """As a study session's (undoable), then the card leaves this custom session: its day is set.
        Cram changes no schedule: ValueError."""
        if self.cram:
            raise ValueError("cram changes no schedule: set due dates in the browser or in a study session")
        card_id = self._require_current().card.id
        row = super().set_due_current(text)
        if row is not None:
            self._take(card_id)
        return row

    def _undo_answer(self, last: _Answered) -> bool:
        if not self.cram:
            return super()._undo_answer(last)
        # nothing was written; the card shows again (forced by `undo`, which drops it from the history)
        self._take(last.card_id)
        self._queue.insert(0, last.card_id)
        return True

    def next_due(self) -> datetime | None:
        """Now while cards are left; else when a failed card's learning step ends (today), else None."""
        if self._current is not None or self._queue:
            return self.now()
        return from_micros(min(self._learning.values())) if self._learning else None
