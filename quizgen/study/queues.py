"""Today's study queues: which cards can be shown now, with daily limits and siblings applied.

Queues, in order of priority: learning cards that are due, review cards due today (at most the
deck's review limit per day), new cards (at most the deck's new-card limit per day, in deck order),
then learning cards due within the next 20 minutes ("learn ahead", as Anki).

One card per fact a day: once a card of a fact has been answered today, the fact's other new and
review cards wait until the next study day; and the queues never hold two of them at once, so the
counts are what a session will really show. Cards in their learning steps are never held back.

Cost, as Anki's queue builder: what today's limits need, not what the collection holds. A
`DayPlan` reads a deck's cards from a `PlanSource` (the collection's indexes and the catalog) a
batch at a time, only as far as building the queues walks: review cards soonest due first, new
cards in deck order, and the deck's learning cards. Each answer updates the plan for the one card
it changed, and `TodayLog` keeps today's counts answer by answer, so choosing the next card costs
the same on the first answer of the day and on the thousandth.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Callable, Iterable, Iterator, NamedTuple, Protocol, Sequence

import fsrs

from quizgen.study.records import Schedule, micros, split_card_id
from quizgen.study.scheduler import StudyDays

LEARN_AHEAD = timedelta(minutes=20)
#: Queues a session shows from, in priority order ("later" only counts learning cards due today).
SHOWN = ("learning", "review", "new", "ahead")
LEARNING = int(fsrs.State.Learning)
REVIEW = int(fsrs.State.Review)
RELEARNING = int(fsrs.State.Relearning)
#: Cards a plan reads from its source at a time (more when a limit needs more).
BATCH = 64


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

    def answered(self, card_id: str, memory_before: int | None) -> Queues:
        """These queues after `card_id` was answered, as `build_queues` would make them afresh (its
        learning part aside: see `with_learning`). `memory_before` is the card's FSRS state in the
        plan the queues were built from (None: never answered), which names the one queue it can be
        in: review cards are in the review queue, new ones in the new queue, learning ones in the
        learning part. The card leaves that queue; its fact had no other card there (one card per
        fact), and the queue's daily limit came down by the one answer it took, so no other card
        comes in."""

        def kept(queue: tuple[str, ...]) -> tuple[str, ...]:
            try:
                at = queue.index(card_id)
            except ValueError:
                return queue
            return queue[:at] + queue[at + 1:]

        if memory_before is None:
            return Queues(self.learning, self.review, kept(self.new), self.ahead, self.later)
        if memory_before == REVIEW:
            return Queues(self.learning, kept(self.review), self.new, self.ahead, self.later)
        return self

    def with_learning(self, plan: DayPlan, now: datetime, decks: Sequence[str]) -> Queues:
        """These queues with their learning part made afresh for `now` (the only part that moves
        with the time of day)."""
        learning, ahead, later = _learning_part(plan, now, decks)
        return Queues(learning, self.review, self.new, ahead, later)


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


class TodayLog:
    """Today's answers as the limits and the sibling rule count them, kept answer by answer."""

    def __init__(self, answers: Iterable[Answer] = ()) -> None:
        self._answers: dict[int, Answer] = {}
        self.new_done: Counter[str] = Counter()  # deck -> new cards introduced today
        self.reviews_done: Counter[str] = Counter()  # deck -> answers to cards in review today
        self.cards_done: Counter[str] = Counter()  # deck -> cards answered today (each once)
        self._facts: Counter[tuple[str, str]] = Counter()
        self._cards: Counter[str] = Counter()
        given = list(answers)
        self._answers.update((answer.id, answer) for answer in given)
        self._count(given, 1)  # the day so far, counted at once (a start reads thousands)

    def _count(self, answers: Sequence[Answer], step: int) -> None:
        """Count `answers` in (`step` 1) or out (-1): each card's and fact's answers, and per deck the
        cards answered (a card counts once, while it has an answer), the new ones introduced and the
        answers to cards in review."""
        card_ids = [answer.card_id for answer in answers]
        facts = list(map(split_card_id, card_ids))
        cards = self._cards
        had = {card_id: cards.get(card_id, 0) > 0 for card_id in card_ids}
        count = Counter.update if step > 0 else Counter.subtract
        count(cards, card_ids)
        count(self._facts, facts)
        count(self.cards_done, [split_card_id(card_id)[0] for card_id, was in had.items()
                                if was != (cards[card_id] > 0)])
        count(self.new_done, [deck for (deck, _), answer in zip(facts, answers) if answer.memory_before is None])
        count(self.reviews_done, [deck for (deck, _), answer in zip(facts, answers)
                                  if answer.memory_before == REVIEW])

    def add(self, answer: Answer) -> None:
        self._answers[answer.id] = answer
        self._count((answer,), 1)

    def remove(self, review_id: int) -> None:
        """Take back an answer (undone); nothing if it was not given today."""
        answer = self._answers.pop(review_id, None)
        if answer is not None:
            self._count((answer,), -1)

    def fact_answered(self, fact: tuple[str, str]) -> bool:
        return self._facts.get(fact, 0) > 0  # `get`: a Counter's missing key costs a call of Python

    def card_answered(self, card_id: str) -> bool:
        return self._cards.get(card_id, 0) > 0


class PlanSource(Protocol):
    """Where a plan reads a deck's cards from (the session: the collection's indexes and the catalog)."""

    def due(self, deck: str, memory: int, end: int, after: tuple[int, str] | None, limit: int
            ) -> list[tuple[str, Schedule]]:
        """Up to `limit` unsuspended cards of `deck` in FSRS state `memory` due before `end`, by
        (due, card id) after `after`."""

    def learning(self, deck: str, end: int) -> list[tuple[str, Schedule]]:
        """Every unsuspended learning or relearning card of `deck` due before `end`."""

    def new(self, deck: str, start: int, limit: int) -> tuple[list[tuple[str, Schedule | None]], int]:
        """Up to `limit` never-answered cards of `deck` in new-card order from position `start`, with
        their Schedule if they have a row (flags); and the position after the last one looked at
        (the deck's card count when it got to the end)."""


@dataclass
class _DeckPlan:
    """What a plan has read of one deck so far."""

    review: list[tuple[int, str]] = field(default_factory=list)  # sorted (due, card id)
    review_ids: set[str] = field(default_factory=set)
    review_after: tuple[int, str] | None = None  # the last entry read from the source
    review_done: bool = False  # the source has no more
    review_batch: int = 0  # the size of the next read (doubling: a long walk costs a few reads)
    new: list[str] = field(default_factory=list)  # never-answered ids, deck order
    new_next: int = 0  # the position in the deck's new-card order to read from next
    new_done: bool = False
    #: (due, card id) of the learning and relearning cards that can show today (not hidden, due
    #: before the day's end), sorted; None until first read.
    learning: list[tuple[int, str]] | None = None


class DayPlan:
    """The cards one study day may show, read from `source` only as far as they are needed.

    `schedules` holds the Schedule of every card the plan has read (and of every card changed
    since, through `update`); a never-answered card with no row has none.
    """

    def __init__(self, day: Day, source: PlanSource, batch: int | None = None) -> None:
        self.day = day
        self.end = micros(day.end)  # as a Schedule's due
        self.source = source
        self.batch = batch or BATCH
        self.schedules: dict[str, Schedule] = {}
        self._decks: dict[str, _DeckPlan] = {}

    def _deck(self, deck_id: str) -> _DeckPlan:
        plan = self._decks.get(deck_id)
        if plan is None:
            plan = self._decks[deck_id] = _DeckPlan()
        return plan

    def reviews(self, deck_id: str, wanted: int = 0) -> Iterator[tuple[int, str]]:
        """The deck's review cards due today, soonest first, read from the source as the walk goes
        (`wanted`: how many the walk means to take, which the first read is sized for)."""
        plan = self._deck(deck_id)
        index = 0
        while True:
            # Entries beyond what was read from the source (put in by `update`) wait until the
            # reading passes them: a batch read later may sort before them.
            if index < len(plan.review) and (plan.review_done or (plan.review_after is not None
                                                                   and plan.review[index] <= plan.review_after)):
                yield plan.review[index]
                index += 1
                continue
            if plan.review_done:
                return
            # The first read takes what the walk wants and a quarter more (for the cards it skips:
            # siblings, buried); each later one twice the last.
            plan.review_batch = (min(plan.review_batch * 2, 4096) if plan.review_batch
                                 else max(self.batch, wanted + wanted // 4))
            rows = self.source.due(deck_id, REVIEW, self.end, plan.review_after, plan.review_batch)
            plan.review_done = len(rows) < plan.review_batch
            if not rows:
                continue
            review_ids, keep = plan.review_ids, self.schedules.setdefault
            fresh: list[tuple[int, str]] = []
            for card_id, schedule in rows:
                if card_id not in review_ids:  # not already put in by `update`
                    keep(card_id, schedule)
                    fresh.append((schedule.due, card_id))  # type: ignore[arg-type]
            review_ids.update(card_id for _, card_id in fresh)
            last_id, last = rows[-1]
            assert last.due is not None  # due before the day's end: every row has a due
            plan.review_after = (last.due, last_id)
            # The batch comes sorted, after everything read before: it extends the list, unless
            # `update` put in a card due later than its first.
            if not plan.review or not fresh or plan.review[-1] < fresh[0]:
                plan.review += fresh
            else:
                for entry in fresh:
                    bisect.insort(plan.review, entry)

    def new_cards(self, deck_id: str) -> Iterator[str]:
        """The deck's never-answered cards in new-card order, read from the source as the walk goes."""
        plan = self._deck(deck_id)
        index = 0
        while True:
            if index < len(plan.new):
                yield plan.new[index]
                index += 1
                continue
            if plan.new_done:
                return
            rows, plan.new_next = self.source.new(deck_id, plan.new_next, self.batch)
            plan.new_done = len(rows) < self.batch
            for card_id, schedule in rows:
                if schedule is not None:
                    self.schedules.setdefault(card_id, schedule)
                plan.new.append(card_id)

    def learning(self, deck_id: str) -> list[tuple[int, str]]:
        """(due, card id) of the deck's learning and relearning cards that can show today (not
        suspended or buried, due before the day's end), soonest first."""
        plan = self._deck(deck_id)
        if plan.learning is None:
            read: list[str] = []
            for card_id, schedule in self.source.learning(deck_id, self.end):
                self.schedules.setdefault(card_id, schedule)  # a card changed since keeps its new schedule
                read.append(card_id)
            plan.learning = sorted((schedule.due, card_id) for card_id in read  # type: ignore[misc]
                                   if self._shows_learning(schedule := self.schedules[card_id]))
        return plan.learning

    def _shows_learning(self, schedule: Schedule) -> bool:
        """A learning or relearning card that can show today (not hidden, due before the day's end)."""
        return (schedule.memory in (LEARNING, RELEARNING) and schedule.due is not None and schedule.due < self.end
                and not schedule.hidden(self.day.today))

    def update(self, card_id: str, schedule: Schedule | None) -> None:
        """Take in a card whose state just changed: it leaves the lists it was in and joins the one
        it belongs to now (if it is due today). A card made new again needs a fresh plan."""
        deck_id = split_card_id(card_id)[0]
        plan = self._deck(deck_id)
        old = self.schedules.pop(card_id, None)
        if old is not None and card_id in plan.review_ids:
            _remove(plan.review, (old.due, card_id))  # type: ignore[arg-type]
            plan.review_ids.discard(card_id)
        if old is not None and plan.learning is not None and old.due is not None:
            _remove(plan.learning, (old.due, card_id))
        if schedule is None:
            return
        self.schedules[card_id] = schedule
        if schedule.memory is None:
            return  # new, with flags: still in the new list, where it always was
        if card_id in plan.new:
            plan.new.remove(card_id)
        if schedule.due is None or schedule.due >= self.end or schedule.suspended:
            return
        if schedule.memory == REVIEW:
            plan.review_ids.add(card_id)
            bisect.insort(plan.review, (schedule.due, card_id))
        elif plan.learning is not None and self._shows_learning(schedule):
            bisect.insort(plan.learning, (schedule.due, card_id))


def _remove(entries: list[tuple[int, str]], entry: tuple[int, str]) -> None:
    """Take `entry` out of the sorted list `entries`, if it is there."""
    at = bisect.bisect_left(entries, entry)
    if at < len(entries) and entries[at] == entry:
        del entries[at]


def _learning_part(plan: DayPlan, now: datetime, decks: Sequence[str]
                   ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(due now, due within the learn-ahead window, due later today) of the decks' learning cards."""
    now_at, ahead_at = micros(now), micros(now + LEARN_AHEAD)
    learning: list[tuple[int, str]] = []
    ahead: list[tuple[int, str]] = []
    later: list[str] = []
    for deck_id in decks:
        entries = plan.learning(deck_id)  # sorted by due: each part is a slice
        due_now = bisect.bisect_right(entries, now_at, key=_due)
        due_ahead = bisect.bisect_right(entries, ahead_at, lo=due_now, key=_due)
        learning += entries[:due_now]
        ahead += entries[due_now:due_ahead]
        later += map(_card, entries[due_ahead:])
    if len(decks) > 1:
        learning.sort()
        ahead.sort()
    return tuple(map(_card, learning)), tuple(map(_card, ahead)), tuple(later)


_due, _card = itemgetter(0), itemgetter(1)


def build_queues(
    plan: DayPlan,
    today_log: TodayLog,
    now: datetime,
    *,
    limits: Callable[[str], tuple[int, int]],
    decks: Iterable[str],
) -> Queues:
    """The queues of the decks `decks` (in deck order) at `now`, given today's answers.

    `limits(deck_id)` gives the deck's (new per day, reviews per day).
    """
    decks = list(decks)
    today = plan.day.today
    schedules = plan.schedules
    learning, ahead, later = _learning_part(plan, now, decks)
    taken = {split_card_id(cid) for cid in (*learning, *ahead, *later)}

    fact_answered, card_answered = today_log.fact_answered, today_log.card_answered

    def sibling_waits(card_id: str, fact: tuple[str, str]) -> bool:
        return fact in taken or (fact_answered(fact) and not card_answered(card_id))

    get_schedule = schedules.get
    chosen_reviews: list[tuple[int, str]] = []
    chosen_new: list[str] = []
    for deck_id in decks:
        room = max(0, limits(deck_id)[1] - today_log.reviews_done[deck_id])
        if room <= 0:
            continue
        for due, card_id in plan.reviews(deck_id, room):
            schedule = get_schedule(card_id)
            if schedule is None or schedule.memory != REVIEW or schedule.due != due or schedule.hidden(today):
                continue
            fact = split_card_id(card_id)
            if sibling_waits(card_id, fact):
                continue
            taken.add(fact)
            chosen_reviews.append((due, card_id))
            room -= 1
            if room <= 0:
                break
    for deck_id in decks:
        room = max(0, limits(deck_id)[0] - today_log.new_done[deck_id])
        if room <= 0:
            continue
        for card_id in plan.new_cards(deck_id):
            schedule = schedules.get(card_id)
            if schedule is not None and (schedule.memory is not None or schedule.hidden(today)):
                continue
            fact = split_card_id(card_id)
            if sibling_waits(card_id, fact):
                continue
            taken.add(fact)
            chosen_new.append(card_id)
            room -= 1
            if room <= 0:
                break
    return Queues(
        learning=learning,
        review=tuple(cid for _, cid in sorted(chosen_reviews)),
        new=tuple(chosen_new),
        ahead=ahead,
        later=later,
    )
