"""The cyclic garbage collector's policy for a command, decided here at the command edge, and undone after.

A command that reads decks and makes cards or notes builds millions of objects that live on and form
no reference cycles (facts, blanks, cards, their tuples); the collector's passes over the growing
heap find nothing to free: on a 100,000-fact deck they were a quarter of `quizgen cards`' time and a
third of an Anki export's. Such commands declare `pause_gc=True` (`parser.set_defaults`) and
`quizgen.cli.main` runs them inside `paused_gc()`. Memory is still freed as usual (by reference
counting); only the search for cycles waits. The study app, which lives for a whole session, freezes
what it holds once it is built (`frozen_gc()`), so full passes skip the decks and caches.

Each policy restores the collector as it found it, so tests and programs that call `main()` or a
command's `run()` in-process get their collector back. Domain modules (`quizgen.core`, `quizgen.study`
and the others below the commands) never touch the collector.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


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
