"""3. Study start: launching the study app on the big collection until the first card is on screen.

quizgen's figure runs what `quizgen study` runs, headless under Textual's Pilot: read the decks
through the card cache (`load_catalog`), build the app (`create_app`: collection, session), run it,
wait for the deck list's counts, press Enter on the first deck and wait for the first card. The
baseline is an empty Textual `App` started the same way. Imports are done before the clock starts
on both sides.

The main figure is a start with the card cache current (`prepare` fills it, as the first
`quizgen study` after an edit does); the second (`cold`) starts with an empty cache, so every deck
is read, checked and generated: what the first start after editing every deck costs.

Every SQL statement the app runs is traced; each SELECT is then explained (EXPLAIN QUERY PLAN) on
the same file, and any full scan of `review_log` (its table or a whole index of it) is reported.
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from quizgen_benchmarks.harness import Context, Row, StepResult, cpu_ratio, cpu_with_children, peak_children_mb, ratio, \
    seconds_text, timer
from quizgen_benchmarks.study_common import SIZE, Clock, Timeline, card_cache, card_shown, deck_list_ready, inputs, open_app, \
    wait_until

TITLE = "first card shown"
TARGET = "<= 1 s, no review_log scan"
LIMIT_SECONDS = 1.0
STEPS = ("prepare", "baseline", "quizgen", "cold")


def prepare(context: Context) -> dict[str, Any]:
    from quizgen.study.cardcache import load_catalog

    started = time.perf_counter()
    made = inputs(context)
    load_catalog([made.decks_dir], cache_dir=card_cache(context))
    return {"seconds": time.perf_counter() - started, "cards": made.cards, "studied": made.studied,
            "reviews": made.reviews}


def baseline(context: Context) -> dict[str, Any]:
    from textual.app import App

    async def start() -> None:
        async with App().run_test(size=SIZE) as pilot:
            await pilot.pause()

    with timer() as t:
        asyncio.run(start())
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"]}


def _traced_connect(db_path: Path) -> list[str]:
    """Record every statement run on any SQLite connection to `db_path` opened from now on (not the
    card cache's)."""
    statements: list[str] = []
    connect = sqlite3.connect

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = connect(*args, **kwargs)
        if str(args[0] if args else kwargs.get("database")) == str(db_path):
            connection.set_trace_callback(statements.append)
        return connection

    sqlite3.connect = traced  # type: ignore[assignment]
    return statements


def scans(db_path: Any, statements: list[str]) -> tuple[list[str], list[str]]:
    """(plans that scan review_log, plans that scan another table) for the distinct SELECTs."""
    review_scans, other_scans = [], []
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        for statement in dict.fromkeys(s.strip() for s in statements):
            if not statement.upper().startswith("SELECT"):
                continue
            plan = [row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}")]
            for step in plan:
                if step.startswith("SCAN"):
                    entry = f"{_short(statement)} -> {step}"
                    (review_scans if "review_log" in step else other_scans).append(entry)
    finally:
        connection.close()
    return review_scans, other_scans


def _short(statement: str) -> str:
    """A statement with its column list elided: `SELECT ... FROM review_log WHERE ...`."""
    head, sep, rest = statement.partition(" FROM ")
    if sep and len(head) > 40:
        head = "SELECT ..."
    return f"{head}{sep}{rest}"[:160]


def quizgen(context: Context) -> dict[str, Any]:
    return _start(context, card_cache(context))


def cold(context: Context) -> dict[str, Any]:
    return _start(context, context.scratch("study_start_cold_cache"))


def _start(context: Context, cache_dir: Path) -> dict[str, Any]:
    import quizgen.study.cardcache  # noqa: F401 - imports are not part of the start figure (see baseline)
    import quizgen.tui.app  # noqa: F401 - (the same)

    made = inputs(context)
    db_path = context.scratch("study_start") / "collection.sqlite3"
    shutil.copyfile(made.db_path, db_path)
    statements = _traced_connect(db_path)
    cpu_started = cpu_with_children()
    timeline = Timeline(time.perf_counter())
    app = open_app(made.decks_dir, db_path, Clock(), timeline, cache_dir=cache_dir)
    cpu: list[float] = []  # CPU seconds to the first card (all threads, and the processes decks were generated in)

    async def drive() -> None:
        async with app.run_test(size=SIZE) as pilot:
            timeline.mark("app running")
            await wait_until(pilot, lambda: deck_list_ready(app), "the deck list's counts")
            timeline.mark("deck list counts shown")
            await pilot.press("enter")
            await wait_until(pilot, lambda: card_shown(app), "the first card")
            timeline.mark("first card shown")
            cpu.append(cpu_with_children() - cpu_started)

    try:
        asyncio.run(drive())
    finally:
        app.close_collection()
    review_scans, other_scans = scans(db_path, statements)
    return {"seconds": timeline.marks["first card shown"], "cpu_seconds": cpu[0], "marks": timeline.marks,
            "children_peak_mb": peak_children_mb(),
            "review_scans": review_scans, "other_scans": other_scans, "cards": made.cards, "reviews": made.reviews}


def report(results: dict[str, StepResult], context: Context) -> list[Row]:
    base = results["baseline"]
    rows = []
    for step, figure, limited in (("quizgen", TITLE, True),
                                  ("cold", "first card shown, card cache empty (first start after editing every deck)",
                                   False)):
        ours = results[step]
        marks = ours["marks"]
        steps, previous = [], 0.0
        for name, moment in marks.items():
            steps.append(f"{name} +{moment - previous:.2f} s")
            previous = moment
        scan_note = ("review_log scans: " + "; ".join(ours["review_scans"])) if ours["review_scans"] else \
            "no review_log scan"
        other = f"; other full scans: {'; '.join(ours['other_scans'])}" if ours["other_scans"] else ""
        children = ours.data.get("children_peak_mb") or 0
        apart = f"; decks generated in processes of their own, peak {children:.0f} MiB each at most" if children else ""
        note = (f"{ours['cards']} cards, {ours['reviews']} reviews; " + ", ".join(steps) + f"; {scan_note}{other}"
                + apart)
        passed = (ours["seconds"] <= LIMIT_SECONDS and not ours["review_scans"]) if limited else None
        rows.append(Row("study_start", figure, seconds_text(ours["seconds"]), seconds_text(base["seconds"]),
                        ratio(ours["seconds"], base["seconds"]), cpu_ratio(ours, base), ours.peak_mb,
                        TARGET if limited else "(none: reported)", passed, note, base.peak_mb))
    return rows
