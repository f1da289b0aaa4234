"""A study session: which card comes next, grading an answer, committing it, undo, bury, suspend.

No UI here: the Textual app (quizgen/tui/) drives a StudySession and draws what it returns.
Time comes from an injected `clock` (timezone-aware datetimes), so tests run on a fake clock.

Which card comes next (queues, daily limits, siblings) is decided in quizgen.study.queues. The
session keeps only what the queues need in memory (a `DayPlan` reading today's cards through the
collection's indexes as far as the limits need, and a `TodayLog`); a card's full state is read when
the card is shown.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Callable, Sequence

import fsrs

from quizgen.core.generator import draw_options
from quizgen.core.model import Card, CardKind
from quizgen.study import grading
from quizgen.study.catalog import Catalog
from quizgen.study.exam import pull_stored_cards
from quizgen.study.queues import LEARNING, RELEARNING, REVIEW, Answer, Day, DayPlan, Queues, TodayLog, build_queues
from quizgen.study.records import RescheduleRow, from_micros, split_card_id
from quizgen.study.reschedule import DueDays, rescheduled
from quizgen.study.scheduler import DeckSchedulers, Scheduler, StudyDays
from quizgen.study.settings import Settings
from quizgen.study.store import CardState, Collection, NewFrontier, ReviewDraft, Schedule

ALL_DECKS = ""
#: What stands in a quoted source sentence for the answer of a card still to be asked today.
QUOTE_MASK = "_____"
#: A deck's new-card frontier is saved when it spares the next walk for new cards this many cards
#: (passed, or gaps since answered).
FRONTIER_STEP = 256


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
    source: tuple[str | None, str] | None = None  # (source title, sentence with the answer), shown after it
    done_today: int = 0  # cards of the session's decks answered today (each card once)
    started_at: datetime | None = None  # when the session began
    #: Shown before it is due (learn ahead: nothing else is due now): by how much.
    ahead_by: timedelta | None = None
    again: bool = False  # the card just answered, straight back
    flag: int = 0  # the card's flag (records.FLAGS; 0: none)


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
    #: When the card comes back after each rating, Again to Easy, if rated now (as `rate` decides);
    #: () where answers schedule nothing (cram).
    intervals: tuple[timedelta, ...] = ()


@dataclass(frozen=True)
class Summary:
    answers: int  # answers given in the session (a card in its learning steps is answered more than once)
    cards: int  # cards answered in the session, each once
    right: int  # answers not rated Again
    seconds: float
    next_due: datetime | None  # when the next card of this session's decks becomes available

    @property
    def right_percent(self) -> float:
        return 100.0 * self.right / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class _Answered:
    """One committed answer of this session, kept for undo and the summary."""

    review_id: int
    card_id: str
    passed: bool
    seconds: float


@dataclass(frozen=True)
class _FlagSet:
    """A flag given to (or taken from) the card on screen, kept for undo: the flag it had (0: none)."""

    card_id: str
    before: int


@dataclass(frozen=True)
class _DueSet:
    """A due date set for the card on screen ("Set due date"), kept for undo: its reschedule_log row."""

    card_id: str
    log_id: int


@dataclass(frozen=True)
class _FlagsChanged:
    """A bury or suspend of the card on screen, kept for undo: the state of every card it changed
    as it was before (None: the card had no row)."""

    card_id: str
    before: dict[str, CardState | None]


def answered_state(scheduler: Scheduler, settings: Settings, card_id: str, before: CardState | None,
                   rating: fsrs.Rating, now: datetime, reviews: int, duration_ms: int) -> tuple[CardState, bool]:
    """A card's state after an answer at `now` (its `reviews`-th), and whether that made it a leech.
    The one rule for every recorded answer: the session's, and history imported from Anki."""
    before = before or CardState(card_id)
    memory = before.memory or scheduler.new_card(card_id, now)
    after = scheduler.review(memory, rating, now, fuzz_seed=f"{card_id}:{reviews}", duration_ms=duration_ms)
    lapsed = memory.state == fsrs.State.Review and rating == fsrs.Rating.Again
    lapses = before.lapses + lapsed
    threshold = settings.leech_threshold
    # As Anki: a leech at `threshold` lapses, then again every half threshold.
    leech_made = lapsed and lapses >= threshold and (lapses - threshold) % max(1, threshold // 2) == 0
    state = CardState(card_id, after, before.reps + 1, lapses, before.suspended or leech_made, None,
                      before.leech or leech_made)
    return state, leech_made


def masked_quote(sentence: str, answers: Sequence[str], keep: str) -> str:
    """`sentence` with every one of `answers` blanked out as a whole phrase (any case, any run of
    spaces), except where it is (part of) `keep`, the answer this quote is shown for."""
    kept = [match.span() for match in _phrase(keep).finditer(sentence)] if keep.strip() else []
    spans: list[tuple[int, int]] = []
    folded = sentence.casefold()
    for answer in answers:
        words = answer.split()
        if not words or words[0].casefold() not in folded:  # most answers are not in the sentence: no regex
            continue
        for match in _phrase(answer).finditer(sentence):
            start, end = match.span()
            if not any(start < k_end and k_start < end for k_start, k_end in kept):
                spans.append((start, end))
    out: list[str] = []
    at = 0
    for start, end in sorted(spans):
        if start < at:  # overlaps a span already blanked
            at = max(at, end)
            continue
        out += [sentence[at:start], QUOTE_MASK]
        at = end
    out.append(sentence[at:])
    return "".join(out)


def _phrase(text: str) -> re.Pattern[str]:
    words = [re.escape(word) for word in text.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _due(state: CardState) -> datetime:
    assert state.memory is not None
    return state.memory.due


class StudySession:
    def __init__(
        self,
        collection: Collection,
        catalog: Catalog,
        *,
        clock: Callable[[], datetime],
        settings: Settings,
        tz: tzinfo | None = None,
    ) -> None:
        self.collection = collection
        self.settings = settings
        self.tz = tz  # the learner's time zone for study days (None: the system's)
        self.days = StudyDays(tz, settings.day_rollover_hour)
        self._clock = clock
        self.catalog = catalog
        self._decks = catalog.decks_by_id
        # Each deck's scheduler (its retention, exam, parameters), made when first needed.
        self._schedulers = DeckSchedulers.of_collection(collection, settings, self.days,
                                                        {deck.id: deck.study for deck in self._decks.values()})
        self._exams_planned: date | None = None  # the study day stored cards were last planned for exams
        self._day: date | None = None
        self._today_log = TodayLog()
        # The study day's plan: the cards it may show, read as far as the limits need (see quizgen.study.queues).
        self._plan: DayPlan | None = None
        # The queues last built for each scope (None: all decks), kept up to date answer by answer.
        self._built = _BuiltQueues()
        self._source = _CollectionSource(collection, catalog)
        self._scope: str | None = None
        self._current: Presented | None = None
        self._shown_state: CardState | None = None  # the stored state of the card on screen, read with it
        self._shown_at: datetime | None = None
        self._paused_at: datetime | None = None
        self._pending: Grade | None = None
        self._forced: str | None = None
        # What `undo` takes back, last first: the session's answers, burials and suspensions.
        self._undo: list[_Answered | _FlagsChanged | _FlagSet | _DueSet] = []
        self._started_at: datetime | None = None
        self._last_rated: str | None = None  # the card the last step rated (None after any other step)
        self.last_notice: str | None = None
        self.last_grade: Grade | None = None
        # deck -> extra new cards and reviews allowed today (custom study)
        self._extra: dict[str, dict[str, int]] = {"new": {}, "reviews": {}}
        #: What a study screen says above every card of this session (a custom session's "cram").
        self.banner: str | None = None
        #: Whether a card shows when each rating brings it back (not where answers schedule nothing: cram).
        self.previews_intervals = True

    # --- time ----------------------------------------------------------------------------------

    def now(self) -> datetime:
        moment = self._clock()
        if moment.tzinfo is None:
            raise ValueError("the clock must return timezone-aware datetimes")
        return moment

    def today(self) -> date:
        return self.days.of(self.now())

    def scheduler(self, deck_id: str) -> Scheduler:
        """The scheduler of `deck_id`'s cards: its own retention, exam and fitted parameters."""
        return self._schedulers.of(deck_id)

    def _refresh_day(self, today: date) -> None:
        """Load today's reviews (for limits and siblings) when the study day changes."""
        if self._day != today:
            self._day = today
            since = self.days.start(today)
            self._today_log = TodayLog(map(Answer._make, self.collection.answers_since(since)))
            self._extra = {kind: self.collection.extra_limit(kind, today) for kind in ("new", "reviews")}

    # --- counts and queues ---------------------------------------------------------------------

    def _limits(self, deck_id: str) -> tuple[int, int]:
        deck = self._decks.get(deck_id)
        study = deck.study if deck else None
        new = study.new_per_day if study and study.new_per_day is not None else self.settings.new_per_day
        reviews = (
            study.reviews_per_day if study and study.reviews_per_day is not None else self.settings.reviews_per_day
        )
        return new + self._extra["new"].get(deck_id, 0), reviews + self._extra["reviews"].get(deck_id, 0)

    def _queues(self, now: datetime, scope: str | None) -> Queues:
        day = Day(self.days.of(now), self.days)
        self._refresh_day(day.today)
        if self._plan is None or self._plan.day != day:
            if self._exams_planned != day.today:
                self._plan_for_exams(now)
                self._exams_planned = day.today
            self._plan = DayPlan(day, self._source)
            self._built = _BuiltQueues()
        decks = [scope] if scope else list(self._decks)
        built = self._built.get(scope)
        if built is not None:
            return built.with_learning(self._plan, now, decks)
        built = build_queues(self._plan, self._today_log, now, limits=self._limits, decks=decks)
        self._built.put(scope, built)
        return built

    def _plan_for_exams(self, now: datetime) -> None:
        """Before a day's plan is read: move the due dates of cards at risk on their deck's exam day."""
        for deck in self._decks.values():
            if deck.study.exam is not None:
                pull_stored_cards(self.collection, deck.id, self.scheduler(deck.id), now)

    def _touch(self, card_id: str, state: CardState | None, was_answered: bool, answer: bool = False) -> None:
        """Keep today's plan in step with a card whose state just changed (`answer`: by an answer,
        which the queues built take in as such; any other change makes them anew)."""
        if answer:
            known = self._plan.schedules.get(card_id) if self._plan is not None else None
            self._built.answered(card_id, None if known is None else known.memory)
        else:
            self._built = _BuiltQueues()
        if self._plan is None:
            return
        schedule = Schedule.of(state)
        if was_answered and not (schedule is not None and schedule.answered):
            self._plan = None  # new again (an undone first answer): it goes back in deck order
        elif card_id in self.catalog:
            self._plan.update(card_id, schedule)

    @staticmethod
    def _count(deck_id: str, title: str, queues: Queues) -> DeckCounts:
        """The counts of `queues`, all of them, as the counts of `deck_id`."""
        learning = len(queues.learning) + len(queues.ahead) + len(queues.later)
        return DeckCounts(deck_id, title, new=len(queues.new), learning=learning, due=len(queues.review))

    def studied_today(self) -> dict[str, tuple[int, int, int]]:
        """Per deck, (answers, milliseconds, Again answers) of today's answers, the study day's
        (`StudyDays`, from the rollover hour): `stats.StudiedToday.of` sums them."""
        return self.collection.answer_totals_since(self.days.start(self.today()))

    def counts(self) -> list[DeckCounts]:
        """Today's new / learning / due cards per deck, daily limits applied."""
        queues = self._queues(self.now(), None)
        by_deck = {name: Counter(card_id.partition(":")[0] for card_id in getattr(queues, name))
                   for name in ("new", "learning", "ahead", "later", "review")}
        return [DeckCounts(deck.id, deck.title, new=by_deck["new"][deck.id],
                           learning=by_deck["learning"][deck.id] + by_deck["ahead"][deck.id] + by_deck["later"][deck.id],
                           due=by_deck["review"][deck.id]) for deck in self._decks.values()]

    # --- the card on screen --------------------------------------------------------------------

    def start(self, deck_id: str | None = None) -> None:
        """Begin studying one deck (or all of them with None)."""
        if deck_id is not None and deck_id not in self._decks:
            raise KeyError(deck_id)
        self._scope = deck_id
        self._current = None
        self._pending = None
        self._forced = None  # a card of an earlier session is not forced on this one
        self._undo = []
        self._started_at = self.now()
        self.last_notice = None

    def _pick(self, queues: Queues) -> str | None:
        if self._forced is not None:
            forced, self._forced = self._forced, None
            if forced in self.catalog:
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
        card = self.catalog.card(card_id)
        stored = self.collection.card_state(card_id) or CardState(card_id)
        review_number = stored.reps  # every answer adds one (an undo takes it back)
        options, answer_index = None, None
        if card.kind is CardKind.MCQ:
            options, answer_index = draw_options(card, random.Random(f"{card.id}:{review_number}"))
        state = stored.state
        title = self._decks[self._scope].title if self._scope else "All decks"
        remaining = self._count(self._scope or ALL_DECKS, title, queues)  # the queues of the scope
        # The source sentence is looked up now, with the card (in the caller's worker thread: it may
        # read a source document), so grading the answer needs no I/O.
        source = self.catalog.source(card)
        if source is not None:
            to_come = self._built.upcoming.to_come(self.catalog, queues, self._built.queued(self._scope, queues), card,
                                                   source[1])
            source = (source[0], masked_quote(source[1], to_come, card.answer))
        decks = [self._scope] if self._scope else list(self._decks)
        done = sum(self._today_log.cards_done[deck] for deck in decks)
        due = stored.memory.due if stored.memory is not None else None
        ahead_by = due - now if card_id in queues.ahead and due is not None and due > now else None
        again = self._last_rated == card_id
        flag = self.collection.flags([card_id]).get(card_id, 0)
        self._current = Presented(card, options, answer_index, review_number, state, remaining, source, done,
                                  self._started_at, ahead_by, again, flag)
        self._shown_state = stored
        self._shown_at = now
        self._pending = None
        return self._current

    def pause(self) -> None:
        """The learner left the card for a while (the stats screen): until `resume`, the time does
        not count as time spent on the card (no answer turns Hard for it)."""
        if self._paused_at is None:
            self._paused_at = self.now()

    def resume(self) -> None:
        """Back at the card after `pause`: its clock goes on from where it stopped."""
        if self._paused_at is not None and self._shown_at is not None:
            self._shown_at += max(self.now() - self._paused_at, timedelta(0))
        self._paused_at = None

    def _require_current(self) -> Presented:
        presented = self.current()
        if presented is None:
            raise RuntimeError("no card to answer: the session is done for today")
        return presented

    def _to_rate(self, rating: fsrs.Rating | None) -> tuple[Presented, Grade, fsrs.Rating]:
        """The card shown, its answer's grade and the rating to commit (`rating`, else the one the grade implies);
        RuntimeError before the card is answered."""
        presented = self._require_current()
        grade = self._pending
        if grade is None:
            raise RuntimeError("answer the card before rating it")
        return presented, grade, fsrs.Rating(rating) if rating is not None else grade.rating

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
        now = self.now()
        seconds = max(0.0, (now - self._shown_at).total_seconds())
        card = presented.card
        grade = Grade(verdict, self._implied(verdict, seconds), given, diff, card.note,
                      presented.source, expected=expected, seconds=seconds, intervals=self._intervals(presented, now))
        self._pending = grade
        return grade

    def _intervals(self, presented: Presented, now: datetime) -> tuple[timedelta, ...]:
        """When each rating, Again to Easy, would bring the card on screen back if it were rated at
        `now`: the one rule `rate` applies, on the state read with the card (no I/O: grading is pure)."""
        if not self.previews_intervals:
            return ()
        card_id, stored = presented.card.id, self._shown_state
        return tuple(_due(self._next_state(card_id, stored, rating, now, presented.review_number, 0)[0]) - now
                     for rating in fsrs.Rating)

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
        verdict, expected = grading.compare(text, card.accept, card.type, card.prompt)
        return self._grade(presented, verdict, text, grading.diff(text, expected), expected)

    def rate(self, rating: fsrs.Rating | None = None) -> str | None:
        """Commit the graded answer with `rating` (default: the implied one), durably; move on.

        Returns a notice for the learner (the card became a leech) or None.
        """
        presented, grade, rating = self._to_rate(rating)
        now = self.now()
        card = presented.card
        leech_made = False

        def decide(before: CardState | None, reviews: int) -> ReviewDraft:
            nonlocal leech_made
            state, leech_made = self._next_state(card.id, before, rating, now, reviews, round(grade.seconds * 1000))
            return ReviewDraft(now, rating, card.kind.value, grade.verdict, grade.given, presented.options,
                               round(grade.seconds * 1000), state)

        row = self.collection.apply_review(card.id, decide)
        self._touch(card.id, row.state_after, was_answered=True, answer=True)
        if self._day == self.days.of(row.reviewed_at):
            before = row.state_before.memory if row.state_before is not None else None
            self._today_log.add(Answer(row.id, card.id, None if before is None else int(before.state)))
        assert self._shown_at is not None
        spent = max(0.0, (now - self._shown_at).total_seconds())
        self._undo.append(_Answered(row.id, card.id, rating != fsrs.Rating.Again, spent))
        self.last_grade = replace(grade, rating=rating, leech=leech_made)
        self.last_notice = (
            f"Leech: this card has been forgotten {row.state_after.lapses} times, so it was tagged leech and "
            "suspended. Reword the fact or split it, then `quizgen suspended --unsuspend` it."
            if leech_made else None
        )
        self._last_rated = card.id
        self._current = None
        self._pending = None
        return self.last_notice

    def _next_state(self, card_id: str, before: CardState | None, rating: fsrs.Rating, now: datetime, reviews: int,
                    duration_ms: int) -> tuple[CardState, bool]:
        """The card's state after `rating` at `now`: what `rate` saves and what the rating bar shows."""
        scheduler = self.scheduler(split_card_id(card_id)[0])
        return answered_state(scheduler, self.settings, card_id, before, rating, now, reviews, duration_ms)

    def undo(self) -> bool:
        """Undo the last action of this session exactly, whatever it was, as Anki's undo: an answer
        (the card's state and log), a bury or a suspend (the flags of every card it changed). The
        card shows again. False when there is nothing to undo (or it cannot be: another process
        answered the card since)."""
        if not self._undo:
            return False
        last = self._undo[-1]
        if isinstance(last, _FlagSet):
            self.collection.set_flags({last.card_id: last.before})
        elif isinstance(last, _DueSet):
            try:
                restored_state = self.collection.undo_reschedule([last.log_id])
            except ValueError:
                return False  # another process changed the card since: its change stays
            for card_id, state in restored_state.items():
                self._touch(card_id, state, was_answered=True)
        elif isinstance(last, _FlagsChanged):
            restored = self.collection.restore_flags(last.before)
            for card_id, state in restored.items():
                self._touch(card_id, state, was_answered=state is not None and state.memory is not None)
        elif not self._undo_answer(last):
            return False
        self._undo.pop()
        self._forced = last.card_id
        self._last_rated = None
        self._current = None
        self._pending = None
        self.last_notice = None
        return True

    def _undo_answer(self, last: _Answered) -> bool:
        """Take back the session's last answer (`last`) from the collection."""
        try:
            restored = self.collection.undo_review(last.review_id, self.now())
        except ValueError:
            return False  # another process answered this card since: its later review stays
        self._touch(last.card_id, restored, was_answered=True)
        self._today_log.remove(last.review_id)
        return True

    def _set_flags(self, card_ids: Sequence[str], **flags: object) -> None:
        self.collection.update_flags(card_ids, self.now(), **flags)  # type: ignore[arg-type]
        self._last_rated = None
        states = self.collection.card_states(card_ids)
        for card_id in card_ids:
            state = states.get(card_id)
            self._touch(card_id, state, was_answered=state is not None and state.memory is not None)
        self._current = None
        self._pending = None

    def _held_siblings(self, card_ids: Sequence[str]) -> list[str]:
        """The other cards of the facts of `card_ids` that are not in their learning steps: when a
        card is buried or suspended, its fact counts as shown today (as when a card of it was
        answered), so these wait until the next study day; a typed cloze comes after its multiple
        choice on a later day, never the same one."""
        chosen = set(card_ids)
        others = sorted({cid for card_id in card_ids if card_id in self.catalog
                         for cid in self.catalog.siblings(card_id) if cid not in chosen})
        states = self.collection.card_states(others) if others else {}
        return [cid for cid in others if (state := states.get(cid)) is None or state.memory is None
                or state.memory.state == fsrs.State.Review]

    def set_buried(self, card_ids: Sequence[str], buried: bool = True) -> list[str]:
        """Bury `card_ids` until the next study day, with their facts' other cards (see
        `_held_siblings`), or unbury them (only them); returns every card changed. The one rule
        for every route: the review screen and the browser."""
        changed = [*card_ids, *self._held_siblings(card_ids)] if buried else list(card_ids)
        self._set_flags(changed, buried_until=self.today() + timedelta(days=1) if buried else None)
        return changed

    def set_suspended(self, card_ids: Sequence[str], suspended: bool = True) -> list[str]:
        """Suspend `card_ids` until they are unsuspended, and bury their facts' other cards until the
        next study day (see `_held_siblings`); or unsuspend them (only them). Returns every card
        changed. The one rule for every route: the review screen and the browser."""
        held = self._held_siblings(card_ids) if suspended else []
        if held:
            self._set_flags(held, buried_until=self.today() + timedelta(days=1))
        self._set_flags(card_ids, suspended=suspended)
        return [*card_ids, *held]

    def _undoable(self, change: Callable[[str], list[str]]) -> None:
        """Run `change` on the card on screen, kept for undo with the states it changes."""
        card_id = self._require_current().card.id
        before = self.collection.card_states(self.catalog.siblings(card_id))  # the card's too
        changed = change(card_id)
        self._undo.append(_FlagsChanged(card_id, {cid: before.get(cid) for cid in changed}))

    def bury(self) -> None:
        """Hide the current card and its fact's other cards until the next study day (undoable)."""
        self._undoable(lambda card_id: self.set_buried([card_id]))

    def suspend(self) -> None:
        """Take the current card out of study until it is unsuspended (undoable); its fact's other
        cards wait until the next study day (see `set_suspended`)."""
        self._undoable(lambda card_id: self.set_suspended([card_id]))

    def set_due(self, card_ids: Sequence[str], text: str) -> list[RescheduleRow]:
        """Set the due date of `card_ids` as Anki's "Set due date" (`reschedule.DueDays`: `0`, `1`,
        `3-7`, `5!`), each card by its deck's scheduler; new cards are left as they are (they have no
        schedule). ValueError (what to type) for another entry. Returns the rows logged, one per card
        changed. The one rule for the browser, the review screen and `quizgen set-due`."""
        due_days = DueDays.parse(text)
        now = self.now()
        rows = self.collection.reschedule(
            card_ids, lambda state: rescheduled(state, due_days, now, self.days, self.scheduler(state.deck).fsrs),
            due_days.text, now)
        self._last_rated = None
        for row in rows:
            self._touch(row.card_id, row.state_after, was_answered=True)
        if self._current is not None and any(row.card_id == self._current.card.id for row in rows):
            self._current = None
            self._pending = None
        return rows

    def set_due_current(self, text: str) -> RescheduleRow | None:
        """Set the due date of the card on screen (undoable); None for a new card, left as it is.
        The next card shows (the card itself again if it is due now)."""
        card_id = self._require_current().card.id
        rows = self.set_due([card_id], text)
        if not rows:
            return None
        self._undo.append(_DueSet(card_id, rows[0].id))
        self._current = None
        self._pending = None
        return rows[0]

    def set_flag(self, card_ids: Sequence[str], flag: int) -> dict[str, int]:
        """Give `card_ids` the flag `flag` (records.FLAGS; 0 takes it off); returns the flags they had.
        Flags change no schedule: the one rule for the review screen and the browser."""
        before = self.collection.set_flags(dict.fromkeys(card_ids, flag))
        if self._current is not None and self._current.card.id in before:
            self._current = replace(self._current, flag=flag)
        return before

    def toggle_flag(self, flag: int = 1) -> Presented:
        """Flag the card on screen with `flag`, or take its flag off if it has that one already
        (Anki's Ctrl+1: press again to unflag); undoable. The card stays as it is on screen (an
        answer already given waits for its rating); returns it with its new flag."""
        presented = self._require_current()
        card_id = presented.card.id
        before = self.set_flag([card_id], 0 if presented.flag == flag else flag)[card_id]
        self._undo.append(_FlagSet(card_id, before))
        assert self._current is not None
        return self._current

    # --- changes made elsewhere (the browser, custom study) ------------------------------------

    def cards_changed(self, card_ids: Sequence[str] = ()) -> None:
        """Cards' states were changed outside this session (the browser, a custom session; none
        named: any): today's plan is read afresh, and a card on screen that changed is shown anew."""
        self._plan = None
        self._built = _BuiltQueues()
        self._day = None  # today's answers and extra new cards are read again
        if self._current is not None and (not card_ids or self._current.card.id in card_ids):
            self._current = None
            self._pending = None

    def use_catalog(self, catalog: Catalog) -> None:
        """Study from `catalog` from now on (a deck read again after an edit)."""
        self.catalog = catalog
        self._decks = catalog.decks_by_id
        self._source = _CollectionSource(self.collection, catalog)
        # A deck's `study:` block (retention, exam) may have changed with its file.
        self._schedulers = DeckSchedulers.of_collection(self.collection, self.settings, self.days,
                                                        {deck.id: deck.study for deck in self._decks.values()})
        self._exams_planned = None
        if self._scope is not None and self._scope not in self._decks:
            self._scope = None
        shown = self._current.card.id if self._current is not None else None
        self.cards_changed(())  # the card on screen too: its text may have changed
        if shown is not None and shown in catalog:
            self._forced = shown  # and it is the card shown next, as read now (an edit from study)

    def use_settings(self, settings: Settings) -> None:
        """Study with `settings` from now on (saved on the Options screen): limits, steps, retention and
        the day's rollover apply at once; today's plan is read afresh."""
        self.settings = settings
        self.days = StudyDays(self.tz, settings.day_rollover_hour)
        self._schedulers = DeckSchedulers.of_collection(self.collection, settings, self.days,
                                                        {deck.id: deck.study for deck in self._decks.values()})
        self._exams_planned = None
        self.cards_changed(())

    def raise_limit(self, deck_id: str, kind: str, count: int) -> int:
        """Allow `count` more new cards (`kind` "new") or reviews ("reviews") of `deck_id` today
        (custom study); today's extra in all."""
        total = self.collection.add_extra_limit(kind, deck_id, self.today(), count)
        self.cards_changed(())
        return total

    # --- the end -------------------------------------------------------------------------------

    def _answers(self) -> list[_Answered]:
        """The session's answers not undone, in order (the answers of its undo history)."""
        return [step for step in self._undo if isinstance(step, _Answered)]

    def summary(self) -> Summary:
        answered = self._answers()
        cards = len({a.card_id for a in answered})
        right = sum(1 for a in answered if a.passed)
        seconds = sum(a.seconds for a in answered)
        return Summary(len(answered), cards, right, seconds, self.next_due())

    def next_due(self) -> datetime | None:
        """When the next card of this session's decks can be studied (now if one is waiting)."""
        now = self.now()
        if self._current is not None or self._queues(now, self._scope).first() is not None:
            return now
        tomorrow = self.days.end(self.today())
        decks = {self._scope} if self._scope else set(self._decks)
        moments: list[datetime] = []
        # A learning card when it is due; a review card on the day it is due (tomorrow at the
        # earliest: today's limit is reached); a new card held back (limit, sibling, bury) tomorrow.
        for memory in (LEARNING, RELEARNING, REVIEW):
            due = self._first_due(memory, decks)
            if due is not None:
                moments.append(max(due, now) if memory != REVIEW else max(self.days.start_of_day_of(due), tomorrow))
        plan = self._plan
        assert plan is not None
        if any(self._waiting_new(plan, cid) for deck in self._decks if deck in decks for cid in plan.new_cards(deck)):
            moments.append(tomorrow)
        return min(moments) if moments else None

    def _first_due(self, memory: int, decks: set[str]) -> datetime | None:
        """The earliest due time of an unsuspended card of `decks` in FSRS state `memory`."""
        dues = [due for deck in decks if (due := self._source.first_due(deck, memory)) is not None]
        return from_micros(min(dues)) if dues else None

    @staticmethod
    def _waiting_new(plan: DayPlan, card_id: str) -> bool:
        schedule = plan.schedules.get(card_id)
        return schedule is None or not (schedule.answered or schedule.suspended)


class _BuiltQueues:
    """The queues last built for each scope (None: all decks) and the cards answered since that
    they have not taken in yet: a scope's queues take them in (`Queues.answered`) when next asked,
    so an answer costs the scope on screen, not every scope built that day (the deck list's)."""

    def __init__(self) -> None:
        self._queues: dict[str | None, Queues] = {}
        self._answered: dict[str | None, list[tuple[str, int | None]]] = {}
        self._queued: dict[str | None, _QueuedIds] = {}
        #: The answers a quote shown with a card must blank out: those of the other facts still to come.
        self.upcoming = _UpcomingAnswers()

    def get(self, scope: str | None) -> Queues | None:
        queues = self._queues.get(scope)
        answered = self._answered.get(scope)
        if queues is not None and answered:
            queued = self._queued[scope]
            for card_id, memory_before in answered:
                after = queues.answered(card_id, memory_before)
                queued.took_in(queues, after, card_id)
                queues = after
            self._queues[scope] = queues
            answered.clear()
        return queues

    def put(self, scope: str | None, queues: Queues) -> None:
        self._queues[scope] = queues
        self._answered[scope] = []
        self._queued[scope] = _QueuedIds(queues)

    def queued(self, scope: str | None, queues: Queues) -> _QueuedIds:
        """The still-queued ids of `scope`'s review and new queues as `get` last gave them, which
        `queues` are; counted afresh from `queues` when they were not built here (a custom
        session makes its own for each card)."""
        queued = self._queued.get(scope)
        return queued if queued is not None else _QueuedIds(queues)

    def answered(self, card_id: str, memory_before: int | None) -> None:
        """`card_id` was just answered (in FSRS state `memory_before` as the day's plan knew it,
        None: new): every scope's queues take it in. A scope whose review and new queues did not
        hold it, new or in review as it was (an undone card shown again first: the queues built
        after the undo may hold a sibling of it instead), is built anew when next asked."""
        for scope in list(self._answered):
            if memory_before in (None, REVIEW) and card_id not in self._queued[scope]:
                del self._queues[scope], self._answered[scope], self._queued[scope]
            else:
                self._answered[scope].append((card_id, memory_before))


class _QueuedIds(Counter[str]):
    """The ids of one scope's built review and new queues, counted, and kept in step with the
    answers those queues take in: they only shrink until built anew, so whether a card is still in
    them is one lookup (`card_id in queued`), not a walk of the day's queues. (The learning part
    is made afresh for each card shown, `Queues.with_learning`, and is read as it comes.)"""

    def __init__(self, queues: Queues) -> None:
        super().__init__(queues.review)
        self.update(queues.new)
        #: Whether the answers index has met these queues (`_UpcomingAnswers.to_come`).
        self.met = False

    def took_in(self, before: Queues, after: Queues, card_id: str) -> None:
        """The queues went from `before` to `after` by `card_id`'s answer (`Queues.answered`)."""
        left = (after.review is not before.review) + (after.new is not before.new)
        if left:
            remaining = self[card_id] - left
            if remaining > 0:
                self[card_id] = remaining
            else:
                del self[card_id]


class _UpcomingAnswers:
    """The answers of the cards met in a session's queues, by deck and by their first word
    (casefolded): what a quote shown after a card must blank out is found by the words of the
    quote, not by walking every queued card (see `masked_quote`: an answer whose first word is not
    in the sentence blanks nothing), and whether each is still queued by a lookup (`_QueuedIds`).
    Made with the queues it indexes (`_BuiltQueues`), so it is made anew whenever they are (a new
    day, a change made elsewhere, another catalog)."""

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._pending: dict[str, list[str]] = {}  # deck -> ids met but not read yet
        # (deck, first word casefolded) -> [(card id, fact, answer)]
        self._by_word: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        self._longest: dict[str, int] = {}  # deck -> its longest first word

    def to_come(self, catalog: Catalog, queues: Queues, queued: _QueuedIds, card: Card, sentence: str) -> list[str]:
        """The answers of the other facts of `card`'s deck still in `queues` that the sentence may state
        (`queued`: the ids of its review and new queues, kept with them by `_BuiltQueues`)."""
        learning_part = (queues.learning, queues.ahead, queues.later)
        # the queues as built are met once, in queue order; since, the review and new queues only shrank, and
        # the learning part is made anew for each card
        for queue in learning_part if queued.met else (queues.learning, queues.review, queues.new, queues.ahead,
                                                        queues.later):
            if not self._seen.issuperset(queue):
                self._meet(queue)
        queued.met = True
        self._read(catalog, card.deck)
        longest = self._longest.get(card.deck, 0)
        found: dict[str, tuple[str, str, str]] = {}
        for run in sentence.casefold().split():  # a first word has no space: it lies in one run
            for start in range(len(run)):
                for end in range(start + 1, min(len(run), start + longest) + 1):
                    for entry in self._by_word.get((card.deck, run[start:end]), ()):
                        found[entry[0]] = entry
        learning: set[str] | None = None
        to_come: list[str] = []
        for card_id, fact, answer in found.values():
            if card_id == card.id or fact == card.fact:
                continue
            if card_id not in queued:
                if learning is None:
                    learning = set().union(*learning_part)
                if card_id not in learning:
                    continue
            to_come.append(answer)
        return to_come

    def _meet(self, queue: tuple[str, ...]) -> None:
        for card_id in queue:
            if card_id not in self._seen:
                self._seen.add(card_id)
                self._pending.setdefault(card_id.partition(":")[0], []).append(card_id)

    def _read(self, catalog: Catalog, deck: str) -> None:
        for card_id in self._pending.pop(deck, ()):
            answer = catalog.card(card_id).answer
            words = answer.split()
            if words:
                word = words[0].casefold()
                self._by_word.setdefault((deck, word), []).append((card_id, split_card_id(card_id)[1], answer))
                self._longest[deck] = max(self._longest.get(deck, 0), len(word))


class _CollectionSource:
    """Where a study day's plan reads its cards: the collection's queue index, a batch at a time,
    and the catalog's new-card order from where the deck's cards are known to be all answered."""

    def __init__(self, collection: Collection, catalog: Catalog) -> None:
        self.collection = collection
        self.catalog = catalog

    def due(self, deck: str, memory: int, end: int | None, after: tuple[int, str] | None, limit: int
            ) -> list[tuple[str, Schedule]]:
        kept: list[tuple[str, Schedule]] = []
        while len(kept) < limit:
            rows = self.collection.due_cards(deck, memory, before=end, after=after, limit=limit)
            known = self.catalog.known([card_id for card_id, _ in rows])  # cards whose fact was deleted stay out
            kept += [(card_id, schedule) for card_id, schedule in rows if card_id in known]
            if len(rows) < limit:
                break
            last_id, last = rows[-1]
            assert last.due is not None
            after = (last.due, last_id)
        return kept[:limit]

    def learning(self, deck: str, end: int) -> list[tuple[str, Schedule]]:
        found: list[tuple[str, Schedule]] = []
        for memory in (LEARNING, RELEARNING):
            after: tuple[int, str] | None = None
            while rows := self.due(deck, memory, end, after, 500):
                found += rows
                last_id, last = rows[-1]
                assert last.due is not None
                after = (last.due, last_id)
                if len(rows) < 500:
                    break
        return found

    def first_due(self, deck: str, memory: int) -> int | None:
        rows = self.due(deck, memory, None, None, 1)
        return rows[0][1].due if rows else None

    def new(self, deck: str, start: int, limit: int) -> tuple[list[tuple[str, Schedule | None]], int]:
        version = self.catalog.version(deck)
        known = self.collection.new_frontier(deck, version) if version is not None else NewFrontier()
        # The frontier's gaps from `start` on first (the cards it passed unanswered), then the deck's
        # cards from the frontier on: the answered cards before it are never looked at again.
        looked = [gap for gap in known.gaps if gap[0] >= start]
        unanswered = self.collection.unanswered([card_id for _, card_id in looked]) if looked else []
        found = unanswered[:limit]
        passed: list[tuple[int, str]] = []  # the unanswered cards the walk passed from the frontier on
        walked_from = position = max(start, known.position)
        if len(found) == limit:  # the next walk starts after the last gap taken
            position = next(at for at, card_id in looked if card_id == found[-1][0]) + 1
        while len(found) < limit:
            chunk = self.catalog.new_ids(deck, position, max(limit, 256))
            if not chunk:
                break
            rows = self.collection.unanswered(chunk)
            room = limit - len(found)
            found += rows[:room]
            passed += [(position + chunk.index(card_id), card_id) for card_id, _ in rows[:room]]
            if len(rows) >= room:  # the next walk starts after the last card taken
                position += chunk.index(rows[room - 1][0]) + 1
                break
            position += len(chunk)
        if version is not None:
            self._advance(deck, version, known, start, looked, unanswered,
                          position if walked_from == known.position and len(unanswered) < limit else known.position,
                          passed)
        return found, position

    def _advance(self, deck: str, version: str, known: NewFrontier, start: int, looked: list[tuple[int, str]],
                 unanswered: list[tuple[str, Schedule | None]], reached: int, passed: list[tuple[int, str]]) -> None:
        """Save where the next walk begins (checked again under the write lock) when it spares that
        walk FRONTIER_STEP cards: the walk went from the frontier to `reached`, passing `passed`
        unanswered, and found the gaps `looked` at answered but for `unanswered`."""
        still = {card_id for card_id, _ in unanswered}
        dropped = [card_id for _, card_id in looked if card_id not in still]
        if reached - known.position + len(dropped) <= FRONTIER_STEP:
            return
        gaps = (*(gap for gap in known.gaps if gap[0] < start), *(gap for gap in looked if gap[1] in still), *passed)
        skipped = {card_id for _, card_id in passed}
        answered = [card_id for card_id in self.catalog.new_ids(deck, known.position, reached - known.position)
                    if card_id not in skipped]
        self.collection.advance_new_frontier(deck, version, known, NewFrontier(reached, gaps), answered + dropped)
