"""Helpers for the study UI tests (imported as `tui_helpers`; pytest puts this folder on sys.path)."""

from __future__ import annotations

import asyncio
import functools
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Awaitable, Callable

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from quizgen.study.store import Collection, ReviewRow

DATA = Path(__file__).parent / "data"
DECKS = DATA / "decks"
SIZE = (100, 36)


def pilot_test(test: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """Run an async Pilot test on a fresh event loop (no async pytest plugin needed)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))  # type: ignore[arg-type]

    return run


class FrozenClock:
    """Time stands still unless a test moves it with `advance`."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)



def reviews(db_path: Path) -> list[ReviewRow]:
    """The review log as another reader of the file sees it."""
    collection = Collection.open(db_path)
    try:
        return collection.review_log()
    finally:
        collection.close()


async def settle(pilot: Pilot) -> None:
    """Let workers finish and their messages be handled (a handler may start another worker)."""
    quiet = 0
    for _ in range(20):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:
            pass  # an exclusive worker was replaced by a newer one (e.g. the deck counts): wait for that
        await pilot.pause()
        # Quiet twice in a row: a message still queued (keys sent together, a submitted input) may start a
        # worker only on the next round, and a loaded machine delivers it late.
        quiet = quiet + 1 if not any(not worker.is_finished for worker in pilot.app.workers) else 0
        if quiet == 2:
            return
    raise AssertionError("workers still running after 20 rounds")


async def open_deck(pilot: Pilot, deck_id: str) -> None:
    """From the deck list, move to `deck_id` and press Enter; wait for the first card."""
    from quizgen.tui.widgets.deck_table import DeckTable

    await settle(pilot)
    table = pilot.app.screen.query_one(DeckTable)
    for _ in range(len(table.counts)):
        if table.highlighted_deck == deck_id:
            break
        await pilot.press("down")
    assert table.highlighted_deck == deck_id
    await pilot.press("enter")
    await settle(pilot)


def static_text(widget: Any, width: int = 100) -> str:
    """The plain text a Static shows (rendering its Rich content, tables included)."""
    from io import StringIO

    from rich.console import Console

    console = Console(width=width, file=StringIO(), record=True, color_system=None)
    console.print(widget.content)
    return console.export_text()
