"""The study core without the TUI, as the scaling rows and the side-by-side with Anki measure it.

quizgen's start: read the decks through the card cache, open the collection, make the session,
count every deck (the deck list), start one deck and build its first card (`StudySession.current`:
the card decoded, its options drawn, its source sentence found), under the garbage-collector policy
of `quizgen study` (paused while building, then frozen). An answer: `rate` (one durable
transaction) then `current` (the next card, built). Anki's: open the collection, compute the deck
list's counts (`deck_due_tree`), select one deck, take the first card and render its question;
an answer: `answerCard` then the next card and its question. Imports happen before the clock starts.
"""

from __future__ import annotations

import contextlib
import random
import statistics
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable

from quizgen_benchmarks.answer_latency import percentile
from quizgen_benchmarks.harness import cpu_with_children

#: Answers measured per run, and the share answered wrong (Again).
ANSWERS = 300
WRONG = 0.15
#: The deck studied (one of the four; the deck list counts all of them).
DECK = "alpha"


def _latencies(values: list[float], cpu: list[float]) -> dict[str, float]:
    """Wall-time median and p99 of the answers, and the median CPU time (of the process, all threads)
    of one: on a shared disk the wall time is mostly the wait for the durable write, which moves
    with what else writes to it; the CPU time is the work itself."""
    return {"median_ms": statistics.median(values) * 1000 if values else 0.0,
            "p99_ms": percentile(values, 0.99) * 1000 if values else 0.0, "answers": len(values),
            "cpu_median_ms": statistics.median(cpu) * 1000 if cpu else 0.0}


class MovingClock:
    """A clock starting at `start` that the run moves on by hand (answers are seconds apart)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def quizgen_run(decks_dir: Path, db_path: Path, cache_dir: Path | None, clock: MovingClock, answers: int,
                settings: Any) -> dict[str, Any]:
    """Start (to the first card of DECK), then `answers` answers; the times and where they went."""
    from quizgen.commands.processes import deck_processes
    from quizgen.commands.gcpolicy import frozen_gc, paused_gc
    from quizgen.core.model import CardKind
    from quizgen.study.cardcache import load_catalog
    from quizgen.study.session import StudySession
    from quizgen.study.store import Collection

    marks: dict[str, float] = {}
    started, cpu_started = time.perf_counter(), cpu_with_children()
    with paused_gc():
        catalog = load_catalog([decks_dir], cache_dir=cache_dir, processes=deck_processes())
        marks["decks read"] = time.perf_counter() - started
        collection = Collection.open(db_path)
        session = StudySession(collection, catalog, clock=clock, settings=settings)
        marks["collection open, session made"] = time.perf_counter() - started
    with contextlib.ExitStack() as stack:
        stack.enter_context(frozen_gc())
        stack.callback(collection.close)
        counts = session.counts()
        marks["deck counts"] = time.perf_counter() - started
        session.start(DECK)
        presented = session.current()
        start_seconds = time.perf_counter() - started
        start_cpu = cpu_with_children() - cpu_started  # with the processes decks were generated in
        marks["first card"] = start_seconds
        rng = random.Random(11)
        values: list[float] = []
        cpu: list[float] = []
        rate_times: list[float] = []
        for _ in range(answers):
            if presented is None:
                break
            card = presented.card
            wrong = rng.random() < WRONG
            if card.kind is CardKind.MCQ:
                assert presented.answer_index is not None and presented.options is not None
                index = presented.answer_index if not wrong else (presented.answer_index + 1) % len(presented.options)
                session.answer_choice(index)
            else:
                session.answer_text("no idea" if wrong else card.answer)
            clock.advance(6)
            began, cpu_began = time.perf_counter(), time.process_time()
            session.rate()
            rated = time.perf_counter()
            presented = session.current()
            values.append(time.perf_counter() - began)
            cpu.append(time.process_time() - cpu_began)
            rate_times.append(rated - began)
    return {"seconds": start_seconds, "cpu_seconds": start_cpu, "marks": marks, "cards": len(catalog),
            "deck_new_learning_due": [(c.new, c.learning, c.due) for c in counts if c.deck_id == DECK][0],
            "answer": _latencies(values, cpu), "save_median_ms": statistics.median(rate_times) * 1000 if rate_times else 0}


def anki_run(path: Path, answers: int, deck_name: str) -> dict[str, Any]:
    """Anki's backend on the collection at `path`: open, deck counts, first card of `deck_name`
    (question rendered), then `answers` answers (Good, or Again 15% of the time)."""
    from anki.collection import Collection

    marks: dict[str, float] = {}
    started, cpu_started = time.perf_counter(), time.process_time()
    col = Collection(str(path))
    try:
        marks["collection open"] = time.perf_counter() - started
        col.sched.deck_due_tree()
        marks["deck counts"] = time.perf_counter() - started
        deck_id = col.decks.id_for_name(deck_name)
        assert deck_id is not None, deck_name
        col.decks.select(deck_id)
        card = col.sched.getCard()
        if card is not None:
            card.question()
        start_seconds = time.perf_counter() - started
        start_cpu = time.process_time() - cpu_started
        marks["first card"] = start_seconds
        counts = col.sched.counts()
        rng = random.Random(11)
        values: list[float] = []
        cpu: list[float] = []
        for _ in range(answers):
            if card is None:
                break
            ease = 1 if rng.random() < WRONG else 3
            began, cpu_began = time.perf_counter(), time.process_time()
            col.sched.answerCard(card, ease)
            card = col.sched.getCard()
            if card is not None:
                card.question()
            values.append(time.perf_counter() - began)
            cpu.append(time.process_time() - cpu_began)
    finally:
        col.close()
    return {"seconds": start_seconds, "cpu_seconds": start_cpu, "marks": marks, "answer": _latencies(values, cpu),
            "deck_new_learning_due": list(counts)}


def marks_text(marks: dict[str, float]) -> str:
    """`name +0.12 s, ...`: each mark's share of the time."""
    steps, previous = [], 0.0
    for name, moment in marks.items():
        steps.append(f"{name} +{moment - previous:.3f} s")
        previous = moment
    return ", ".join(steps)


def timed_call(function: Callable[[], Any]) -> tuple[float, float, Any]:
    started, cpu_started = time.perf_counter(), time.process_time()
    value = function()
    return time.perf_counter() - started, time.process_time() - cpu_started, value
