"""Today's study queues: which cards can be shown now, with daily limits and siblings applied.

Queues, in order of priority: learning cards that are due, review cards due today (at most the
deck's review limit per day), new cards (at most the deck's new-card limit per day, in deck order),
then learning cards due within the next 20 minutes ("learn ahead", as Anki).

One card per fact a day: once a card of a fact has been answered today, the fact's other new and
review cards wait until the next study day; and the queues never hold two of them at once, so the
counts are what a session will really show. Cards in their learning steps are never held back.

Cost: a `DayPlan` is made once per study day from an index of the collection (the cards that may
be shown today, review cards sorted by due time, new cards in deck order). Each later answer only
updates the plan for the card it changed, and building the queues walks each deck's lists only
until its daily limit is filled, so choosing the next card does not grow with the collection.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Callable, Container, Iterable, Mapping, NamedTuple, Sequence

import fsrs

from quizgen.study.records import Schedule, split_card_id, utc_text
from quizgen.study.scheduler import StudyDays

LEARN_AHEAD = timedelta(minutes=20)
#: Queues a session shows from, in priority order ("later" only counts learning cards due today).
SHOWN = ("learning", "review", "new", "ahead")
LEARNING = int(fsrs.State.Learning)
REVIEW = int(fsrs.State.Review)
RELEARNING = int(fsrs.State.Relearning)


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
    """Where "today" is: the study day, in the learner's study days."""

    today: date
    days: StudyDays

    @property
    def end(self) -> datetime:
        return self.days.end(self.today)


class Answer(NamedTuple):
    """An answer given today, as the queues count it (limits, siblings)."""

    id: int  # its review-log id
    card_id: str
    memory_before: int | None  # the card's fsrs.State value before the answer; None if it was new


@dataclass
class DayPlan:
    """The cards that may be shown on one study day (see the module's note on cost).

    Entries go stale as cards are answered (a review card answered now is due on a later day);
    `build_queues` checks each entry against the card's current Schedule, so the plan only ever grows.
    """

    day: Day
    end: str  # the day's end, as stored text
    learning: set[str] = field(default_factory=set)  # learning/relearning cards due before the day's end
    review: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # deck -> sorted (due, card id)
    new: dict[str, Sequence[str]] = field(default_factory=dict)  # deck -> never-answered ids, deck order

    def add(self, card_id: str, schedule: Schedule | None) -> None:
        """Take in a card whose state just changed (it may now be due today)."""
        if schedule is None or schedule.memory is None or schedule.due is None or schedule.due >= self.end:
            return  # a card made new again is still in `new`, which was made at the start of the day
        if schedule.memory == REVIEW:
            entries = self.review.setdefault(split_card_id(card_id)[0], [])
            entry = (schedule.due, card_id)
            at = bisect.bisect_left(entries, entry)
            if at == len(entries) or entries[at] != entry:
                entries.insert(at, entry)
        else:
            self.learning.add(card_id)


def plan_day(
    day: Day,
    ids_by_deck: Mapping[str, Sequence[str]],
    known: Container[str],
    schedules: Mapping[str, Schedule],
    answered: Container[str],
) -> DayPlan:
    """The plan of `day` for the cards of `ids_by_deck` (ids in new-card order; `known` holds them all).

    `schedules` must hold every card due before the day's end and every flagged card; `answered`
    is the set of cards answered at least once.
    """
    plan = DayPlan(day, utc_text(day.end))
    end = plan.end
    for card_id, (memory, due, _suspended, _buried) in schedules.items():
        if memory is None or due is None or due >= end or card_id not in known:
            continue
        if memory == REVIEW:
            plan.review.setdefault(card_id.partition(":")[0], []).append((due, card_id))
        else:
            plan.learning.add(card_id)
    for entries in plan.review.values():
        entries.sort()
    for deck_id, ids in ids_by_deck.items():
        plan.new[deck_id] = [cid for cid in ids if cid not in answered]
    return plan


def build_queues(
    plan: DayPlan,
    schedules: Mapping[str, Schedule],
    today_log: Sequence[Answer],
    now: datetime,
    *,
    limits: Callable[[str], tuple[int, int]],
    decks: Iterable[str],
) -> Queues:
    """The queues of the decks `decks` (in deck order) at `now`, given today's answers.

    `limits(deck_id)` gives the deck's (new per day, reviews per day).
    """
    today = plan.day.today
    in_scope = set(decks)
    now_text, ahead_text = utc_text(now), utc_text(now + LEARN_AHEAD)
    new_done, reviews_done, facts_today = _done_today(today_log)
    answered_today = {row.card_id for row in today_log}
    learning: list[tuple[str, str]] = []
    ahead: list[tuple[str, str]] = []
    later: list[str] = []
    for card_id in plan.learning:
        schedule = schedules.get(card_id)
        if schedule is None or schedule.memory not in (LEARNING, RELEARNING) or schedule.hidden(today) \
                or split_card_id(card_id)[0] not in in_scope:
            continue
        due = schedule.due
        assert due is not None
        if due <= now_text:
            learning.append((due, card_id))
        elif due <= ahead_text:
            ahead.append((due, card_id))
        elif due < plan.end:
            later.append(card_id)
    taken = {split_card_id(cid) for _, cid in (*learning, *ahead)} | {split_card_id(cid) for cid in later}

    def sibling_waits(card_id: str, fact: tuple[str, str]) -> bool:
        return fact in taken or (fact in facts_today and card_id not in answered_today)

    chosen_reviews: list[tuple[str, str]] = []
    chosen_new: list[str] = []
    for deck_id in decks:
        room = max(0, limits(deck_id)[1] - reviews_done[deck_id])
        for due, card_id in plan.review.get(deck_id, ()):
            if room <= 0:
                break
            schedule = schedules.get(card_id)
            if schedule is None or schedule.memory != REVIEW or schedule.due != due or schedule.hidden(today):
                continue  # stale: answered (or undone) since the plan was made
            fact = split_card_id(card_id)
            if sibling_waits(card_id, fact):
                continue
            taken.add(fact)
            chosen_reviews.append((due, card_id))
            room -= 1
    for deck_id in decks:
        room = max(0, limits(deck_id)[0] - new_done[deck_id])
        for card_id in plan.new.get(deck_id, ()):
            if room <= 0:
                break
            schedule = schedules.get(card_id)
            if schedule is not None and (schedule.memory is not None or schedule.hidden(today)):
                continue
            fact = split_card_id(card_id)
            if sibling_waits(card_id, fact):
                continue
            taken.add(fact)
            chosen_new.append(card_id)
            room -= 1
    return Queues(
        learning=tuple(cid for _, cid in sorted(learning)),
        review=tuple(cid for _, cid in sorted(chosen_reviews)),
        new=tuple(chosen_new),
        ahead=tuple(cid for _, cid in sorted(ahead)),
        later=tuple(later),
    )


def _done_today(today_log: Sequence[Answer]) -> tuple[Counter[str], Counter[str], set[tuple[str, str]]]:
    """(new cards introduced, reviews done) per deck today, and the facts answered today."""
    new_done: Counter[str] = Counter()
    reviews_done: Counter[str] = Counter()
    facts: set[tuple[str, str]] = set()
    for answer in today_log:
        deck, fact = split_card_id(answer.card_id)
        facts.add((deck, fact))
        if answer.memory_before is None:
            new_done[deck] += 1
        elif answer.memory_before == REVIEW:
            reviews_done[deck] += 1
    return new_done, reviews_done, facts
