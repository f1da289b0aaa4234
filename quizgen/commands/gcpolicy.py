"""The cyclic garbage collector's policy for a command, decided here at the command edge, and undone after.

A command that reads decks and makes cards or notes builds millions of objects that live on and form
no reference cycles (facts, blanks, cards, their tuples); the collector's passes over the growing
heap find nothing to free: on a 100,000-fact deck they were a quarter of `quizgen cards`' time and a
third of an Anki export's. Such commands declare `pause_gc=True` (`parser.set_defaults`) and
`quizgen.cli.main` runs them inside `paused_gc()`. Memory is still freed as usual (by reference
counting); only the search for cycles waits. The study app, which lives for a whole session, runs
under `StudyCollector` (below): what it holds is frozen once built, and the collector waits while
an answer is graded and saved and the next card chosen, and runs while the learner reads.

Each policy restores the collector as it found it, so tests and programs that call `main()` or a
command's `run()` in-process get their collector back. Domain modules (`quizgen.core`, `quizgen.study`
and the others below the commands) never touch the collector.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Any, Iterator


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic collector inside the block; restore its previous state after (nests)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@contextmanager
def frozen_gc() -> Iterator[None]:
    """Move every object alive now out of the collector's sight for the block (`gc.freeze`), with the
    collector running for what is made meanwhile; everything is back in its sight after."""
    collecting = gc.isenabled()
    gc.freeze()
    gc.enable()
    try:
        yield
    finally:
        gc.unfreeze()
        if not collecting:
            gc.disable()


class StudyCollector:
    """The study app's policy (a `quizgen.tui.collector.CollectorPolicy`): collect while the learner
    reads, never between a key and what it shows.

    - `applied()`, around the app's run: what exists then (the decks, the session) is frozen
      (`gc.freeze`: full passes no longer walk it) and the collector runs with `threshold`.
    - The first `idle` (the first card on screen) freezes again: the screens and what the first
      card's start read live as long as the app.
    - `busy` (a key: an answer to grade, a rating to save and the next card to choose) stops the
      collector until the screen waits again; it comes back by itself after `longest_busy` seconds
      if no `idle` follows (the session ended, another screen opened).
    - `idle` (a card or a verdict on screen) runs a full collection once the learner has read for
      `idle_after` seconds (a Textual timer; a key before then cancels it), and turns the collector
      on again for the rest of the reading. A learner who never pauses that long still gets the
      young generations collected, after the screen was drawn, once `young_limit` objects were
      made since the last pass (and everything on every `full_every`-th such pass): memory stays
      bounded without any pause between a key and its screen. A key that comes before that
      screen was drawn (a fast learner, or Pilot) cancels the pass: the next `idle` asks again.

    The counters say what it did: `idle_collections`, `young_passes` and `full_passes` (of the
    forced ones).
    """

    def __init__(self, *, idle_after: float = 0.5, longest_busy: float = 2.0, young_limit: int = 50_000,
                 full_every: int = 10, threshold: tuple[int, int, int] = (10_000, 10, 10)) -> None:
        self.idle_after = idle_after
        self.longest_busy = longest_busy
        self.young_limit = young_limit
        self.full_every = full_every
        self.threshold = threshold
        self.idle_collections = 0
        self.young_passes = 0
        self.full_passes = 0
        self._timer: Any = None
        self._first_card_frozen = False
        self._pass_pending = False
        self._moment = 0  # one more at each `busy`: a pass asked for before it does not run after it

    @contextmanager
    def applied(self) -> Iterator[StudyCollector]:
        """The policy in force for the block (the app's run); the collector as it was after."""
        collecting, threshold = gc.isenabled(), gc.get_threshold()
        gc.freeze()
        gc.set_threshold(*self.threshold)
        gc.enable()
        try:
            yield self
        finally:
            self._stop_timer()
            gc.set_threshold(*threshold)
            gc.unfreeze()
            if collecting:
                gc.enable()
            else:
                gc.disable()

    def busy(self, app: Any) -> None:
        self._moment += 1
        self._pass_pending = False
        self._stop_timer()
        gc.disable()
        self._timer = app.set_timer(self.longest_busy, self._resume)

    def idle(self, app: Any) -> None:
        if not self._first_card_frozen:
            self._first_card_frozen = True
            gc.freeze()
        self._stop_timer()
        if gc.get_count()[0] >= self.young_limit and not self._pass_pending:
            self._pass_pending = True
            app.call_after_refresh(self._after_refresh, app, self._moment)
        self._timer = app.set_timer(self.idle_after, self._collect)

    def _after_refresh(self, app: Any, moment: int) -> None:
        # Textual runs callbacks "after the refresh" once its screen has nothing dirty, but the
        # widgets a new card changed tell the screen so in their own idle turn, which may come after
        # the screen's: the first hop can run before the frame. The second waits for that frame.
        if moment == self._moment:
            app.call_after_refresh(self._forced_pass, moment)

    def _forced_pass(self, moment: int) -> None:
        if moment != self._moment:
            return  # a key came before the screen was drawn: its work goes first (the next idle asks again)
        self._pass_pending = False
        if (self.young_passes + self.full_passes + 1) % self.full_every == 0:
            gc.collect()
            self.full_passes += 1
        else:
            gc.collect(1)
            self.young_passes += 1

    def _collect(self) -> None:
        self._timer = None
        gc.collect()
        self.idle_collections += 1
        gc.enable()

    def _resume(self) -> None:
        self._timer = None
        gc.enable()

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
