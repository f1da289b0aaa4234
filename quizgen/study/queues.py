"""Today's study queues: which cards can be shown now, with daily limits and siblings applied.

Queues, in order of priority: learning cards that are due, review cards due today (at most the
deck's review limit per day), new cards (at most the deck's new-card limit per day, in deck order),
then learning cards due within the next 20 minutes ("learn ahead", as Anki).

One card per fact a day: once a card of a fact has been answered today, the fact's other new and
review cards wait until the next study day; and the queues never hold two of them at once, so the
counts are what a session will really show. Cards in their learning steps are never held back.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Callable, Mapping, Sequence

import fsrs

from quizgen.core.model import Card
from quizgen.study.records import CardState, ReviewRow, split_card_id
from quizgen.study.scheduler import day_start, study_day

LEARN_AHEAD = timedelta(minutes=20)
#: Queues a session shows from, in priority order ("later" only counts learning cards due today).
SHOWN = ("learning", "review", "new", "ahead")


@dataclass(frozen=True)
class Queues:
    learning: tuple[str, ...] = ()
    review: tuple[str, ...] = ()
    new: tuple[str, ...] = ()
    ahead: tuple[str, ...] = ()
    later: tuple[str, ...] = ()  # learning cards due later today, beyond the learn-ahead window

    def first(self) -> str | None:
        """The card to show now, or None."""
        for name in SHOWN:
            queue: tuple[str, ...] = getattr(self, name)
            if queue:
                return queue[0]
        return None


@dataclass(frozen=True)
class Day:
    """Where "today" is: the study day and its time zone and rollover hour."""

    today: date
    tz: tzinfo | None
    rollover_hour: int

    def of(self, moment: datetime) -> date:
        return study_day(moment, self.tz, self.rollover_hour)

    @property
    def end(self) -> datetime:
        return day_start(self.today + timedelta(days=1), self.tz, self.rollover_hour)


def build_queues(
    cards: Mapping[str, Card],
    states: Mapping[str, CardState],
    today_log: Sequence[ReviewRow],
    now: datetime,
    day: Day,
    *,
    limits: Callable[[str], tuple[int, int]],
    new_order: Mapping[str, int],
    scope: str | None = None,
) -> Queues:
    """The queues for `cards` (of deck `scope`, or all), given their states and today's answers.

    `limits(deck_id)` gives the deck's (new per day, reviews per day); `new_order` ranks new cards.
    """
    new_done, reviews_done, facts_today = _done_today(today_log)
    answered_today = {row.card_id for row in today_log}
    learning: list[tuple[datetime, str]] = []
    ahead: list[tuple[datetime, str]] = []
    later: list[str] = []
    review: dict[str, list[tuple[datetime, str]]] = {}
    new: dict[str, list[tuple[int, str]]] = {}
    for card_id, card in cards.items():
        if scope and card.deck != scope:
            continue
        state = states.get(card_id) or CardState(card_id)
        if state.suspended or (state.buried_until is not None and state.buried_until > day.today):
            continue
        if state.memory is not None and state.memory.state != fsrs.State.Review:
            due = state.memory.due
            if due <= now:
                learning.append((due, card_id))
            elif due <= now + LEARN_AHEAD:
                ahead.append((due, card_id))
            elif due < day.end:
                later.append(card_id)
            continue
        if (card.deck, card.fact) in facts_today and card_id not in answered_today:
            continue  # a sibling was answered today
        if state.memory is None:
            new.setdefault(card.deck, []).append((new_order[card_id], card_id))
        elif day.of(state.memory.due) <= day.today:
            review.setdefault(card.deck, []).append((state.memory.due, card_id))

    def fact_of(card_id: str) -> tuple[str, str]:
        return cards[card_id].deck, cards[card_id].fact

    taken = {fact_of(cid) for _, cid in (*learning, *ahead)} | {fact_of(cid) for cid in later}
    chosen_reviews: list[tuple[datetime, str]] = []
    for deck_id, items in review.items():
        room = max(0, limits(deck_id)[1] - reviews_done[deck_id])
        chosen_reviews += _one_per_fact(sorted(items), taken, room, fact_of)
    chosen_new: list[tuple[int, str]] = []
    for deck_id, items in new.items():
        room = max(0, limits(deck_id)[0] - new_done[deck_id])
        chosen_new += _one_per_fact(sorted(items), taken, room, fact_of)
    return Queues(
        learning=tuple(cid for _, cid in sorted(learning)),
        review=tuple(cid for _, cid in sorted(chosen_reviews)),
        new=tuple(cid for _, cid in sorted(chosen_new)),
        ahead=tuple(cid for _, cid in sorted(ahead)),
        later=tuple(later),
    )


def _done_today(today_log: Sequence[ReviewRow]) -> tuple[Counter[str], Counter[str], set[tuple[str, str]]]:
    """(new cards introduced, reviews done) per deck today, and the facts answered today."""
    new_done: Counter[str] = Counter()
    reviews_done: Counter[str] = Counter()
    facts: set[tuple[str, str]] = set()
    for row in today_log:
        deck, fact = split_card_id(row.card_id)
        facts.add((deck, fact))
        before = row.state_before
        if before is None or before.memory is None:
            new_done[deck] += 1
        elif before.memory.state == fsrs.State.Review:
            reviews_done[deck] += 1
    return new_done, reviews_done, facts


def _one_per_fact(items, taken: set[tuple[str, str]], room: int, fact_of: Callable[[str], tuple[str, str]]) -> list:
    """Up to `room` of the (key, card id) `items`, skipping facts in `taken` (which it extends)."""
    chosen = []
    for item in items:
        if len(chosen) >= room:
            break
        fact = fact_of(item[1])
        if fact not in taken:
            taken.add(fact)
            chosen.append(item)
    return chosen
