"""4. Answer latency: from the key that commits an answer to the next card on screen, over 500 answers.

quizgen's figure drives the real study app (headless, Pilot) on a copy of the big collection: for
each card it answers (the right option or text, a wrong one 15% of the time), waits for the verdict,
then presses Enter, which saves the answer durably (one SQLite transaction), reschedules the card
with FSRS and picks the next one. The frozen clock moves 6 s per answer.

What is timed is the app's own work, not Pilot's polling: from the moment the key's action starts
(`ReviewScreen.action_next`) to the first frame the app renders (`App._display`) after the next card
was put on screen (`ReviewScreen.show_card` setting the phase to answering). The answer key -> verdict
time is measured the same way (`action_pick` / the answer box's `action_submit` -> frame after
`show_grade`). The baseline is an empty Textual
app whose Enter key updates one label: from its action to the next frame. A time budget bounds the
run; the note says how many answers were measured, and how much of the step the study session
(`StudySession.rate` and `.current`, in the app's worker thread) took, and how many full passes
of Python's cyclic garbage collector ran meanwhile and how long they paused the app.
"""

from __future__ import annotations

import asyncio
import bisect
import functools
import gc
import math
import random
import shutil
import statistics
import time
from typing import Any, Callable

from quizgen_benchmarks.harness import Context, Row, StepResult, ratio
from quizgen_benchmarks.study_common import SIZE, Clock, card_cache, card_shown, deck_list_ready, inputs, open_app, \
    review_screen, sized_card_cache, started_before, wait_until

TITLE = "answer -> next card"
TARGET = "median <= 30 ms, p99 <= 100 ms"
MEDIAN_MS, P99_MS = 30.0, 100.0
STEPS = ("prepare", "baseline", "quizgen")


def prepare(context: Context) -> dict[str, Any]:
    made = inputs(context)
    return {"cards": made.cards, "reviews": made.reviews}


def answers_wanted(context: Context) -> int:
    return context.size(500, 30)


def budget_seconds(context: Context) -> float:
    return context.size(360, 30)


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile (p99 of 500 values is the 495th smallest)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]


def summary(latencies: list[float]) -> dict[str, float]:
    return {"median_ms": statistics.median(latencies) * 1000, "p99_ms": percentile(latencies, 0.99) * 1000,
            "max_ms": max(latencies) * 1000, "count": len(latencies)}


class Frames:
    """Moments the app rendered a frame, and moments of chosen events, to pair them up."""

    def __init__(self, app: Any) -> None:
        self.frames: list[float] = []
        display = app._display

        def recorded(screen: Any, renderable: Any) -> None:
            display(screen, renderable)
            if renderable is not None:
                self.frames.append(time.perf_counter())

        app._display = recorded

    def first_after(self, moment: float) -> float | None:
        return next((frame for frame in self.frames if frame >= moment), None)


def stamp(owner: type, name: str, record: list[float], *, after: bool = False,
          when: Callable[..., bool] = lambda *args: True) -> None:
    """Wrap method `owner.name` to append perf_counter() to `record` when it starts (or ends).

    Only plain methods and actions can be wrapped: Textual registers `@on` handlers at class creation.
    """
    function = getattr(owner, name)

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not after and when(*args):
            record.append(time.perf_counter())
        result = function(*args, **kwargs)
        if after and when(*args):
            record.append(time.perf_counter())
        return result

    setattr(owner, name, wrapper)


def timed(owner: type, name: str, record: list[float]) -> None:
    """Wrap method `owner.name` to append its duration to `record`."""
    function = getattr(owner, name)

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            record.append(time.perf_counter() - started)

    setattr(owner, name, wrapper)


class GcPauses:
    """The cyclic garbage collector's passes while recording: (generation, start, end) of each."""

    def __init__(self) -> None:
        self.passes: list[tuple[int, float, float]] = []
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.passes.append((info.get("generation", -1), self._started, time.perf_counter()))

    @property
    def pauses(self) -> list[float]:
        """Durations of the full (generation 2) passes."""
        return [end - start for generation, start, end in self.passes if generation == 2]

    def during(self, spans: list[tuple[float, float]], generation: int) -> list[float]:
        """Durations of the passes of `generation` that began inside one of `spans`."""
        starts = [start for start, _ in spans]
        found = []
        for kind, start, end in self.passes:
            at = bisect.bisect_right(starts, start) - 1
            if kind == generation and at >= 0 and start <= spans[at][1]:
                found.append(end - start)
        return found


def spans(starts: list[float], shown: list[float], frames: Frames) -> list[tuple[float, float]]:
    """For each start, (start, the first frame after the first `shown` moment that follows it)."""
    values = []
    for start in starts:
        done = next((moment for moment in shown if moment >= start), None)
        frame = frames.first_after(done) if done is not None else None
        if frame is not None:
            values.append((start, frame))
    return values


def latencies(starts: list[float], shown: list[float], frames: Frames) -> list[float]:
    """For each start, the time to the first frame after the first `shown` moment that follows it."""
    return [end - start for start, end in spans(starts, shown, frames)]


def baseline(context: Context) -> dict[str, Any]:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Counter(App[None]):
        BINDINGS = [("enter", "bump", "Bump")]

        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def compose(self) -> ComposeResult:
            yield Static("0", id="count")

        def action_bump(self) -> None:
            self.count += 1
            self.query_one("#count", Static).update(str(self.count))

    starts: list[float] = []
    stamp(Counter, "action_bump", starts)

    async def drive() -> list[float]:
        app = Counter()
        async with app.run_test(size=SIZE) as pilot:
            frames = Frames(app)
            for number in range(1, answers_wanted(context) + 1):
                await pilot.press("enter")
                await wait_until(pilot, lambda: app.count == number, "the label")
        return latencies(starts, starts, frames)

    return summary(asyncio.run(drive()))


def quizgen(context: Context) -> dict[str, Any]:
    return _full_app(context, None)


def prepare_400k(context: Context) -> dict[str, Any]:
    """The scaling rows' 400k collection (made once, ~20 minutes), its card cache current as studying leaves
    it, started once before (not timed). With `quizgen_400k`, not one of STEPS (the runner runs neither):
    `python -m quizgen_benchmarks.worker answer_latency prepare_400k WORK`, then the same with `quizgen_400k`."""
    from quizgen.study.cardcache import load_catalog

    made = inputs(context, "400k")
    load_catalog([made.decks_dir], cache_dir=sized_card_cache(context, "400k"))
    started_before(made.decks_dir, made.db_path, sized_card_cache(context, "400k"))
    return {"cards": made.cards, "reviews": made.reviews}


def quizgen_400k(context: Context) -> dict[str, Any]:
    """The full app's run on the 400k collection (`prepare_400k` first, in a process of its own)."""
    return _full_app(context, "400k")


def _full_app(context: Context, size: str | None) -> dict[str, Any]:
    """500 answers in the study app on the collection `size` (None: the study benchmarks' 100k)."""
    from textual.widgets import Input

    from quizgen.core.model import CardKind
    from quizgen.study.session import StudySession
    from quizgen.tui.screens.review import Phase, ReviewScreen

    next_starts: list[float] = []
    card_shown_at: list[float] = []
    grade_starts: list[float] = []
    grade_shown_at: list[float] = []
    stamp(ReviewScreen, "action_next", next_starts)
    # A new card is on screen when show_card sets the phase to "answering".
    stamp(ReviewScreen, "watch_phase", card_shown_at, after=True, when=lambda _, phase: phase is Phase.ANSWERING)
    stamp(ReviewScreen, "action_pick", grade_starts)
    stamp(Input, "action_submit", grade_starts)  # Enter in the cloze answer box
    stamp(ReviewScreen, "show_grade", grade_shown_at, after=True)
    # The session's share of the commit step: saving the answer, then choosing the next card.
    rate_times: list[float] = []
    current_times: list[float] = []
    timed(StudySession, "rate", rate_times)
    timed(StudySession, "current", current_times)
    made = inputs(context, size)
    db_path = context.scratch(f"answer_latency_{size}" if size else "answer_latency") / "collection.sqlite3"
    shutil.copyfile(made.db_path, db_path)
    clock = Clock()
    app = open_app(made.decks_dir, db_path, clock,
                   cache_dir=sized_card_cache(context, size) if size else card_cache(context))
    rng = random.Random(11)
    answered = 0
    kinds: dict[str, int] = {}

    async def drive() -> None:
        nonlocal answered, frames, gc_pauses
        async with app.run_test(size=SIZE) as pilot:
            frames = Frames(app)
            await wait_until(pilot, lambda: deck_list_ready(app), "the deck list")
            await pilot.press("enter")
            await wait_until(pilot, lambda: card_shown(app), "the first card")
            gc_pauses = GcPauses()
            deadline = time.perf_counter() + budget_seconds(context)
            while answered < answers_wanted(context) and time.perf_counter() < deadline:
                screen = review_screen(app)
                presented = screen.presented
                card = presented.card
                kinds[card.kind.value] = kinds.get(card.kind.value, 0) + 1
                wrong = rng.random() < 0.15
                clock.advance(6)
                if card.kind is CardKind.MCQ:
                    index = presented.answer_index
                    if wrong:
                        index = (index + 1) % len(presented.options)
                    await pilot.press("abcd"[index])
                else:
                    screen.query_one("#typed", Input).value = "no idea" if wrong else card.answer
                    await pilot.press("enter")
                await wait_until(pilot, lambda: screen.phase in (Phase.GRADED, Phase.REVEALED), "the verdict")
                await pilot.press("enter")
                await wait_until(pilot, lambda: card_shown(app, presented) or review_screen(app) is None,
                                 "the next card")
                answered += 1
                if review_screen(app) is None:
                    break  # the session ended: nothing left to study

    frames: Frames | None = None
    gc_pauses: GcPauses | None = None
    try:
        asyncio.run(drive())
    finally:
        app.close_collection()
    assert frames is not None
    answers = spans(next_starts, card_shown_at, frames)
    grades = spans(grade_starts, grade_shown_at, frames)
    result = summary([end - start for start, end in answers])
    result["grade"] = summary([end - start for start, end in grades])
    # current() is also called while answering (it returns the card on screen at once): keep the
    # calls that chose a card, one per rate().
    choosing = sorted(current_times, reverse=True)[: len(rate_times)]
    result["session_rate_ms"] = statistics.median(rate_times) * 1000 if rate_times else 0.0
    result["session_next_ms"] = statistics.median(choosing) * 1000 if choosing else 0.0
    result["kinds"] = kinds
    pauses = gc_pauses.pauses if gc_pauses else []
    result["gc_full_passes"] = len(pauses)
    result["gc_max_ms"] = max(pauses, default=0.0) * 1000
    result["gc_median_ms"] = statistics.median(pauses) * 1000 if pauses else 0.0
    # The passes that began between a key and the frame it led to (answer -> next card, key -> verdict).
    waited = sorted(answers + grades)
    for generation, key in ((2, "full"), (1, "middle"), (0, "young")):
        during = gc_pauses.during(waited, generation) if gc_pauses else []
        result[f"gc_{key}_in_answers"] = len(during)
        result[f"gc_{key}_in_answers_ms"] = sum(during) * 1000
    policy = app.gc_policy
    result["policy"] = {name: getattr(policy, name, 0) for name in ("idle_collections", "young_passes", "full_passes")}
    result["cards"] = made.cards
    result["reviews"] = made.reviews
    return result


def report(results: dict[str, StepResult], context: Context) -> list[Row]:
    base, ours = results["baseline"], results["quizgen"]
    grade = ours["grade"]
    note = (f"{ours['count']} answers measured (wanted {answers_wanted(context)}) on {ours['cards']} cards / "
            f"{ours['reviews']} reviews, kinds {ours['kinds']}; max {ours['max_ms']:.0f} ms; of which the study "
            f"session (worker thread): save the answer (rate) median {ours['session_rate_ms']:.1f} ms, choose the "
            f"next card (current) median {ours['session_next_ms']:.1f} ms; answer key -> verdict: "
            f"median {grade['median_ms']:.1f} ms, p99 {grade['p99_ms']:.1f} ms; full GC passes while answering: "
            f"{ours['gc_full_passes']} (median {ours['gc_median_ms']:.0f} ms, max {ours['gc_max_ms']:.0f} ms), of "
            f"which between a key and its screen: {ours['gc_full_in_answers']} "
            f"({ours['gc_full_in_answers_ms']:.0f} ms in all; passes of the younger generations there: "
            f"{ours['gc_middle_in_answers']} + {ours['gc_young_in_answers']}, "
            f"{ours['gc_middle_in_answers_ms'] + ours['gc_young_in_answers_ms']:.0f} ms); "
            f"the app's collector policy ran {ours['policy']}")
    rows = []
    for label, key, limit in (("median", "median_ms", MEDIAN_MS), ("p99", "p99_ms", P99_MS)):
        rows.append(Row("answer_latency", f"{TITLE}, {label}", f"{ours[key]:.1f} ms", f"{base[key]:.1f} ms",
                        ratio(ours[key], base[key]), None, ours.peak_mb, f"{label} <= {limit:.0f} ms",
                        ours[key] <= limit and ours["count"] >= answers_wanted(context),
                        note if label == "median" else "", base.peak_mb))
    return rows
