"""A study session: which card comes next, grading an answer, committing it, undo, bury, suspend.

No UI here: the Textual app (quizgen/tui/) drives a StudySession and draws what it returns.
Time comes from an injected `clock` (timezone-aware datetimes), so tests run on a fake clock.

Which card comes next (queues, daily limits, siblings) is decided in quizgen.study.queues.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Callable, Sequence

import fsrs

from quizgen.core.generator import draw_options
from quizgen.core.model import Card, CardKind, Deck
from quizgen.study import grading
from quizgen.study.queues import Day, Queues, build_queues
from quizgen.study.scheduler import Scheduler, day_start, study_day
from quizgen.study.settings import Settings
from quizgen.study.store import CardState, Collection, ReviewDraft, ReviewRow

ALL_DECKS = ""


@dataclass(frozen=True)
class DeckCounts:
    deck_id: str
    title: str
    new: int
    learning: int
    due: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.due


@dataclass(frozen=True)
class Presented:
    """The card now on screen."""

    card: Card
    options: tuple[str, ...] | None  # MCQ options drawn for this review (labelled A-D by the UI)
    answer_index: int | None
    review_number: int  # how many times this card was answered before
    state: str  # "new" | "learning" | "review" | "relearning"
    remaining: DeckCounts  # what is left in this session, this card included


@dataclass(frozen=True)
class Grade:
    """The verdict on an answer, before it is committed by `rate`."""

    verdict: str  # "right" | "almost" | "wrong" | "revealed"
    rating: fsrs.Rating  # implied: wrong/revealed -> Again, almost or slow right -> Hard, right -> Good
    given: str  # option text chosen, or the text typed ("" for a reveal)
    diff: tuple[tuple[str, str], ...]  # see quizgen.study.grading.diff; () for MCQ
    note: str | None
    source: tuple[str | None, str] | None  # (source title, sentence containing the answer)
    leech: bool = False
    expected: str = ""  # the accepted answer the grade compared against (the canonical one for MCQ)
    seconds: float = 0.0  # time from showing the card to the answer


@dataclass(frozen=True)
class Summary:
    studied: int
    right: int  # answers not rated Again
    seconds: float
    next_due: datetime | None  # when the next card of this session's decks becomes available

    @property
    def right_percent(self) -> float:
        return 100.0 * self.right / self.studied if self.studied else 0.0


@dataclass(frozen=True)
class _Answered:
    """One committed answer of this session, kept for undo and the summary."""

    review_id: int
    card_id: str
    passed: bool
    seconds: float


class StudySession:
    def __init__(
        self,
        collection: Collection,
        decks: Sequence[Deck],
        cards: Sequence[Card],
        *,
        clock: Callable[[], datetime],
        settings: Settings,
        seed: int = 0,
        tz: tzinfo | None = None,
    ) -> None:
        self.collection = collection
        self.settings = settings
        self.seed = seed  # kept for callers; option draws are seeded by card id and review number
        self.tz = tz  # the learner's time zone for study days (None: the system's)
        self._clock = clock
        self._decks = {deck.id: deck for deck in decks}
        self._cards = {card.id: card for card in cards}
        # New cards come in deck-file order, the MCQ of a blank before its cloze (recognition first).
        deck_rank = {deck.id: i for i, deck in enumerate(decks)}
        fact_rank: dict[tuple[str, str], int] = {}
        for i, card in enumerate(cards):
            fact_rank.setdefault((card.deck, card.fact), i)
        self._new_order = {
            card.id: rank
            for rank, card in enumerate(
                sorted(cards, key=lambda c: (deck_rank.get(c.deck, len(deck_rank)), fact_rank[(c.deck, c.fact)],
                                             c.blank, c.kind is not CardKind.MCQ))
            )
        }
        self._states = collection.card_states(self._cards)
        self._review_counts = Counter(collection.review_counts())
        stored = collection.parameters()
        self._scheduler = Scheduler(settings, stored.parameters if stored else None)
        self._day: date | None = None
        self._today_log: list[ReviewRow] = []
        self._candidates: set[str] = set()
        self._candidates_day: date | None = None
        self._candidate_day: Day | None = None
        self._scope: str | None = None
        self._current: Presented | None = None
        self._shown_at: datetime | None = None
        self._pending: Grade | None = None
        self._forced: str | None = None
        self._answered: list[_Answered] = []
        self.last_notice: str | None = None
        self.last_grade: Grade | None = None

    # --- time ----------------------------------------------------------------------------------

    def now(self) -> datetime:
        moment = self._clock()
        if moment.tzinfo is None:
            raise ValueError("the clock must return timezone-aware datetimes")
        return moment

    def today(self) -> date:
        return study_day(self.now(), self.tz, self.settings.day_rollover_hour)

    def _refresh_day(self, today: date) -> None:
        """Load today's reviews (for limits and siblings) when the study day changes."""
        if self._day != today:
            self._day = today
            since = day_start(today, self.tz, self.settings.day_rollover_hour)
            self._today_log = self.collection.review_log(since=since)

    # --- counts and queues ---------------------------------------------------------------------

    def _limits(self, deck_id: str) -> tuple[int, int]:
        deck = self._decks.get(deck_id)
        study = deck.study if deck else None
        new = study.new_per_day if study and study.new_per_day is not None else self.settings.new_per_day
        reviews = (
            study.reviews_per_day if study and study.reviews_per_day is not None else self.settings.reviews_per_day
        )
        return new, reviews

    def _queues(self, now: datetime, scope: str | None) -> Queues:
        day = Day(study_day(now, self.tz, self.settings.day_rollover_hour), self.tz, self.settings.day_rollover_hour)
        self._refresh_day(day.today)
        if self._candidates_day != day.today:
            # Once a study day: drop the review cards due on a later day (most of a mature collection),
            # so that choosing each next card looks only at the cards that could be shown today.
            self._candidates_day = day.today
            self._candidate_day = day
            self._candidates = {cid for cid in self._cards if self._may_show_today(cid, day)}
        cards = {cid: self._cards[cid] for cid in self._candidates}
        return build_queues(cards, self._states, self._today_log, now, day, limits=self._limits,
                            new_order=self._new_order, scope=scope)

    def _may_show_today(self, card_id: str, day: Day) -> bool:
        """False only for a review card due on a later study day; build_queues filters the rest."""
        state = self._states.get(card_id)
        memory = state.memory if state else None
        return not (memory is not None and memory.state == fsrs.State.Review and day.of(memory.due) > day.today)

    def _touch(self, card_ids: Sequence[str]) -> None:
        """Keep today's candidates in step with cards whose state just changed."""
        if self._candidate_day is None:
            return
        for card_id in card_ids:
            if card_id in self._cards and self._may_show_today(card_id, self._candidate_day):
                self._candidates.add(card_id)
            else:
                self._candidates.discard(card_id)

    def _count(self, deck_id: str, title: str, queues: Queues) -> DeckCounts:
        def n(queue: tuple[str, ...]) -> int:
            return sum(1 for cid in queue if not deck_id or self._cards[cid].deck == deck_id)

        learning = n(queues.learning) + n(queues.ahead) + n(queues.later)
        return DeckCounts(deck_id, title, new=n(queues.new), learning=learning, due=n(queues.review))

    def counts(self) -> list[DeckCounts]:
        """Today's new / learning / due cards per deck, daily limits applied."""
        queues = self._queues(self.now(), None)
        return [self._count(deck.id, deck.title, queues) for deck in self._decks.values()]

    # --- the card on screen --------------------------------------------------------------------

    def start(self, deck_id: str | None = None) -> None:
        """Begin studying one deck (or all of them with None)."""
        if deck_id is not None and deck_id not in self._decks:
            raise KeyError(deck_id)
        self._scope = deck_id
        self._current = None
        self._pending = None
        self._answered = []
        self.last_notice = None

    def _pick(self, queues: Queues) -> str | None:
        if self._forced is not None:
            forced, self._forced = self._forced, None
            if forced in self._cards:
                return forced
        return queues.first()

    def current(self) -> Presented | None:
        """The card to answer now (the same one until it is rated), or None when done for today."""
        if self._current is not None:
            return self._current
        now = self.now()
        queues = self._queues(now, self._scope)
        card_id = self._pick(queues)
        if card_id is None:
            return None
        card = self._cards[card_id]
        review_number = self._review_counts[card_id]
        options, answer_index = None, None
        if card.kind is CardKind.MCQ:
            options, answer_index = draw_options(card, random.Random(f"{card.id}:{review_number}"))
        state = (self._states.get(card_id) or CardState(card_id)).state
        title = self._decks[self._scope].title if self._scope else "All decks"
        remaining = self._count(self._scope or ALL_DECKS, title, queues)
        self._current = Presented(card, options, answer_index, review_number, state, remaining)
        self._shown_at = now
        self._pending = None
        return self._current

    def _require_current(self) -> Presented:
        presented = self.current()
        if presented is None:
            raise RuntimeError("no card to answer: the session is done for today")
        return presented

    # --- answering -----------------------------------------------------------------------------

    def _implied(self, verdict: str, seconds: float) -> fsrs.Rating:
        if verdict in ("wrong", "revealed"):
            return fsrs.Rating.Again
        if verdict == "almost" or seconds > self.settings.hesitation_seconds:
            return fsrs.Rating.Hard
        return fsrs.Rating.Good

    def _grade(self, presented: Presented, verdict: str, given: str, diff: tuple[tuple[str, str], ...],
               expected: str) -> Grade:
        assert self._shown_at is not None
        seconds = max(0.0, (self.now() - self._shown_at).total_seconds())
        card = presented.card
        grade = Grade(verdict, self._implied(verdict, seconds), given, diff, card.note,
                      self._source(card), expected=expected, seconds=seconds)
        self._pending = grade
        return grade

    def _source(self, card: Card) -> tuple[str | None, str] | None:
        deck = self._decks.get(card.deck)
        if deck is None:
            return None
        try:
            fact = deck.fact(card.fact)
        except KeyError:
            return None
        from quizgen.core.sources import source_sentence  # reads source files: only when an answer is shown

        return source_sentence(deck, fact, card.answer)

    def answer_choice(self, index: int) -> Grade:
        """Grade the MCQ option at `index` (0-based, as shown)."""
        presented = self._require_current()
        if presented.options is None:
            raise ValueError(f"{presented.card.id} is not an MCQ card")
        if not 0 <= index < len(presented.options):
            raise IndexError(index)
        verdict = "right" if index == presented.answer_index else "wrong"
        return self._grade(presented, verdict, presented.options[index], (), presented.card.answer)

    def answer_text(self, text: str) -> Grade:
        """Grade a typed answer; an empty one reveals the answer (verdict "revealed", rating Again)."""
        presented = self._require_current()
        card = presented.card
        if not text.strip():
            return self._grade(presented, "revealed", "", ((grading.MISSING, card.answer),), card.answer)
        verdict, expected = grading.compare(text, card.accept)
        return self._grade(presented, verdict, text, grading.diff(text, expected), expected)

    def rate(self, rating: fsrs.Rating | None = None) -> str | None:
        """Commit the graded answer with `rating` (default: the implied one), durably; move on.

        Returns a notice for the learner (the card became a leech) or None.
        """
        presented = self._require_current()
        grade = self._pending
        if grade is None:
            raise RuntimeError("answer the card before rating it")
        rating = fsrs.Rating(rating) if rating is not None else grade.rating
        now = self.now()
        card = presented.card
        leech_made = False

        def decide(before: CardState | None, reviews: int) -> ReviewDraft:
            nonlocal leech_made
            before = before or CardState(card.id)
            memory = before.memory or self._scheduler.new_card(card.id, now)
            after = self._scheduler.review(memory, rating, now, fuzz_seed=f"{card.id}:{reviews}",
                                           duration_ms=round(grade.seconds * 1000))
            lapsed = memory.state == fsrs.State.Review and rating == fsrs.Rating.Again
            lapses = before.lapses + lapsed
            threshold = self.settings.leech_threshold
            # As Anki: a leech at `threshold` lapses, then again every half threshold.
            leech_made = lapsed and lapses >= threshold and (lapses - threshold) % max(1, threshold // 2) == 0
            state = CardState(card.id, after, before.reps + 1, lapses, before.suspended or leech_made, None,
                              before.leech or leech_made)
            return ReviewDraft(now, rating, card.kind.value, grade.verdict, grade.given, presented.options,
                               round(grade.seconds * 1000), state)

        row = self.collection.apply_review(card.id, decide)
        self._states[card.id] = row.state_after
        self._touch([card.id])
        self._review_counts[card.id] += 1
        if self._day == study_day(row.reviewed_at, self.tz, self.settings.day_rollover_hour):
            self._today_log.append(row)
        assert self._shown_at is not None
        spent = max(0.0, (now - self._shown_at).total_seconds())
        self._answered.append(_Answered(row.id, card.id, rating != fsrs.Rating.Again, spent))
        self.last_grade = replace(grade, rating=rating, leech=leech_made)
        self.last_notice = (
            f"Leech: this card has been forgotten {row.state_after.lapses} times, so it was tagged leech and "
            "suspended. Reword the fact or split it, then `quizgen suspended --unsuspend` it."
            if leech_made else None
        )
        self._current = None
        self._pending = None
        return self.last_notice

    def undo(self) -> bool:
        """Undo the last answer of this session exactly (state and log); the card shows again."""
        if not self._answered:
            return False
        last = self._answered[-1]
        try:
            restored = self.collection.undo_review(last.review_id, self.now())
        except ValueError:
            return False  # another process answered this card since: its later review stays
        self._answered.pop()
        if restored is None:
            self._states.pop(last.card_id, None)
        else:
            self._states[last.card_id] = restored
        self._touch([last.card_id])
        self._review_counts[last.card_id] -= 1
        self._today_log = [row for row in self._today_log if row.id != last.review_id]
        self._forced = last.card_id
        self._current = None
        self._pending = None
        self.last_notice = None
        return True

    def _set_flags(self, card_ids: Sequence[str], **flags: object) -> None:
        self.collection.update_flags(card_ids, self.now(), **flags)  # type: ignore[arg-type]
        self._states.update(self.collection.card_states(card_ids))
        self._touch(card_ids)
        self._current = None
        self._pending = None

    def bury(self) -> None:
        """Hide the current card and its siblings until the next study day."""
        card = self._require_current().card
        siblings = [cid for cid, c in self._cards.items() if (c.deck, c.fact) == (card.deck, card.fact)]
        self._set_flags(siblings, buried_until=self.today() + timedelta(days=1))

    def suspend(self) -> None:
        """Take the current card out of study until it is unsuspended."""
        self._set_flags([self._require_current().card.id], suspended=True)

    # --- the end -------------------------------------------------------------------------------

    def summary(self) -> Summary:
        studied = len(self._answered)
        right = sum(1 for a in self._answered if a.passed)
        seconds = sum(a.seconds for a in self._answered)
        return Summary(studied, right, seconds, self.next_due())

    def next_due(self) -> datetime | None:
        """When the next card of this session's decks can be studied (now if one is waiting)."""
        now = self.now()
        if self._current is not None or self._queues(now, self._scope).first() is not None:
            return now
        rollover = self.settings.day_rollover_hour
        tomorrow = day_start(self.today() + timedelta(days=1), self.tz, rollover)
        moments: list[datetime] = []
        for card_id, card in self._cards.items():
            if self._scope and card.deck != self._scope:
                continue
            state = self._states.get(card_id) or CardState(card_id)
            if state.suspended:
                continue
            if state.state in ("learning", "relearning") and state.due is not None:
                moments.append(max(state.due, now))
            elif state.state == "review" and state.due is not None:
                moments.append(max(day_start(study_day(state.due, self.tz, rollover), self.tz, rollover), tomorrow))
            else:
                moments.append(tomorrow)  # a new card held back by the daily limit, a sibling or a bury
        return min(moments) if moments else None
