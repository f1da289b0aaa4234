"""What the two study benchmarks (start, answer latency) share: their inputs, clock and app helpers."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable

from quizgen_benchmarks.harness import Context
from quizgen_benchmarks.inputs.collection import NOW, StudyInputs, study_inputs

SIZE = (100, 36)
#: How long a wait for the app may take before the benchmark gives up (seconds).
PATIENCE = 120.0


#: The collections of the scaling rows and of the side-by-side with Anki, by name: (facts per deck
#: (four decks, ~4 cards per fact), cards studied, answers). "100k" is the one the study benchmarks use.
SIZES = {
    "1k": (65, 1_000, 10_000),
    "10k": (650, 10_000, 100_000),
    "100k": (6_500, 100_000, 1_000_000),
    "400k": (25_000, 385_000, 3_850_000),
}
#: What `--quick` runs instead (tiny inputs, seconds).
QUICK_SIZES = {"100": (7, 100, 1_000), "1k": (65, 1_000, 10_000)}


def sizes(context: Context) -> dict[str, tuple[int, int, int]]:
    return QUICK_SIZES if context.quick else SIZES


def inputs(context: Context, size: str | None = None) -> StudyInputs:
    """A collection of `size` (default: the study benchmarks' 100,000 cards / 1,000,000 answers;
    `--quick`: 1,000 cards / 10,000 answers), made once and kept under the work folder."""
    size = size or ("1k" if context.quick else "100k")
    facts_per_deck, studied, reviews = {**SIZES, **QUICK_SIZES}[size]
    folder = context.inputs / ("study" if size == ("1k" if context.quick else "100k") else f"study_{size}")
    made = study_inputs(folder, studied=studied, reviews=reviews, facts_per_deck=facts_per_deck)
    from quizgen.study.store import Collection

    Collection.open(made.db_path).close()  # brings a collection made by an older quizgen to the current schema
    return made


def started_before(decks_dir: Path, db_path: Path, cache_dir: Path) -> None:
    """Count the decks once in a study session on the collection at `db_path` (not timed), as the
    start of the session that gave today's earlier answers did: it leaves what a start saves for the
    next one (each deck's new-card frontier, for the decks' current version), as a collection in
    daily use holds. The timed starts then start as the learner's next one does."""
    from quizgen.study.cardcache import load_catalog
    from quizgen.study.session import StudySession
    from quizgen.study.store import Collection

    catalog = load_catalog([decks_dir], cache_dir=cache_dir)
    with Collection.open(db_path) as collection:
        StudySession(collection, catalog, clock=Clock(), settings=study_settings()).counts()


class Clock:
    """A frozen clock the benchmark moves on by hand (answers are a few seconds apart)."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class Timeline:
    """Named moments, in seconds since `start` (a perf_counter reading), in the order marked."""

    start: float
    marks: dict[str, float] = field(default_factory=dict)

    def mark(self, name: str) -> None:
        self.marks[name] = time.perf_counter() - self.start


async def wait_until(pilot: Any, condition: Callable[[], bool], what: str) -> None:
    """Let the app run until `condition()` holds (checked after every event-loop turn)."""
    deadline = time.perf_counter() + PATIENCE
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        await asyncio.sleep(0.001)
    await pilot.pause()  # one more turn: let the screen refresh with what just arrived


def study_settings() -> Any:
    """The default settings with room for a long session (500 answers in one sitting)."""
    from quizgen.study.settings import Settings

    return Settings(new_per_day=100, reviews_per_day=1000)


def card_cache(context: Context) -> Path:
    """The card cache of the study benchmarks (`quizgen study` keeps one in the user cache folder)."""
    return context.inputs / "study" / "card-cache"


def sized_card_cache(context: Context, size: str) -> Path:
    """The card cache of the collection `size` of SIZES (the scaling rows, the side-by-side with Anki,
    and the full app on 400k cards share it)."""
    return context.inputs / f"card-cache-{size}"


#: Holds the app's garbage-collector policy open (a context left unreferenced would be closed at once).
_APP_LIFETIME = contextlib.ExitStack()


def open_app(decks_dir: Path, db_path: Path, clock: Clock, timeline: Timeline | None = None, *,
             cache_dir: Path | None) -> Any:
    """Read the decks as `quizgen study` does (through the card cache, decks missing from it
    generated in as many processes as the command uses) and build the app with the same factory,
    under the same garbage-collector policy (quizgen.commands.study.run): paused while building,
    then `StudyCollector` for the app's life (`app.gc_policy`: its counters say what it did).
    `cache_dir=None`: no cache, every deck is read and generated here."""
    from quizgen.commands.processes import deck_processes
    from quizgen.commands.gcpolicy import StudyCollector, paused_gc
    from quizgen.study.cardcache import load_catalog
    from quizgen.tui.app import create_app

    with paused_gc():
        catalog = load_catalog([decks_dir], cache_dir=cache_dir, processes=deck_processes())
        if timeline:
            timeline.mark("decks read (card cache)" if cache_dir is not None else "decks read and generated")
        collector = StudyCollector()
        app = create_app(catalog, db_path, clock=clock, settings=study_settings(), gc_policy=collector)
        if timeline:
            timeline.mark("app built (collection open, session ready)")
    # Never undone: a benchmark step runs in a process of its own, which ends with the app.
    _APP_LIFETIME.enter_context(collector.applied())
    return app


def review_screen(app: Any) -> Any:
    from quizgen.tui.screens.review import ReviewScreen

    return app.screen if isinstance(app.screen, ReviewScreen) else None


def card_shown(app: Any, previous: object = None) -> bool:
    """The review screen shows a card (a different one from `previous`) waiting for an answer."""
    from quizgen.tui.screens.review import Phase

    screen = review_screen(app)
    return (screen is not None and screen.presented is not None and screen.presented is not previous
            and screen.phase is Phase.ANSWERING)


def deck_list_ready(app: Any) -> bool:
    from quizgen.tui.widgets.deck_table import DeckTable

    tables = list(app.screen.query(DeckTable))
    return bool(tables) and bool(tables[0].counts)
