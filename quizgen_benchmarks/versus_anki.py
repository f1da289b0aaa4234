"""8. Side by side with Anki: the same history in quizgen and in Anki's own backend, 100k and 400k cards.

For each size, the study collection of the scaling rows is exported by quizgen's own
`quizgen export anki DECKS --with-history` (timed, with its peak memory; the card cache current, as
studying the decks leaves it) and imported into a fresh
Anki collection by Anki's backend (the `anki` package), as its import dialog does with "import any
learning progress" (timed: the baseline of the export). Anki's deck options are set to quizgen's
benchmark limits (100 new / 1,000 reviews a day) with FSRS on. quizgen's collection is started
once before (not timed; `study_common.started_before`), as one in daily use was. Then, each in a fresh process on a
copy of its collection, at the real time (Anki has no other clock): quizgen's study core and Anki's
backend each start (open, deck list counts, first card of one deck built) and answer 300 cards
(study_core.py says exactly what is timed). The ratios are quizgen / Anki: start-up, answer ->
next card (median and p99), peak memory, collection size, and the export against Anki's import.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Callable

from quizgen_benchmarks.harness import Context, Row, StepResult, cpu_ratio, ratio, seconds_text, timer
from quizgen_benchmarks.study_common import inputs, sized_card_cache, started_before, study_settings
from quizgen_benchmarks.study_core import ANSWERS, DECK, MovingClock, anki_run, marks_text, quizgen_run

TITLE = "quizgen / Anki on the same history"
TARGET = "start and answer <= 1.0x Anki; size <= 2x; export <= 2x Anki's import"
SLOTS = ("100k", "400k")
QUICK_SLOTS = ("1k",)
STEPS = tuple(f"{step}_{slot}" for slot in range(len(SLOTS))
              for step in ("cache", "export", "import", "quizgen", "anki"))


def _size(context: Context, slot: int) -> str | None:
    names = QUICK_SLOTS if context.quick else SLOTS
    return names[slot] if slot < len(names) else None


def _folder(context: Context, name: str) -> Path:
    path = context.inputs / "versus_anki" / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def _study_cache(context: Context, name: str) -> Path:
    """The card cache as `quizgen study` leaves it for the collection `name` (filled if it is not)."""
    from quizgen.study.cardcache import load_catalog

    study = inputs(context, name)
    cache = sized_card_cache(context, name)
    load_catalog([study.decks_dir], cache_dir=cache)  # current, as studying the decks leaves it; not timed
    return cache


def _cache(context: Context, name: str) -> dict[str, Any]:
    """Fill the card cache as studying the decks leaves it, and start the collection once as a
    collection in daily use was (`started_before`), in a process of its own (not timed; the export's
    peak memory is then the export's own)."""
    study = inputs(context, name)
    started_before(study.decks_dir, study.db_path, _study_cache(context, name))
    return {}


def _export(context: Context, name: str) -> dict[str, Any]:
    import contextlib
    import io
    import os

    from quizgen.cli import main
    from quizgen.study.cardcache import CACHE_ENV

    study = inputs(context, name)
    out = _folder(context, name) / "history.apkg"
    # The learner exports what they study: the card cache is the one their study left current.
    os.environ[CACHE_ENV] = str(_study_cache(context, name))
    err = io.StringIO()
    with contextlib.redirect_stderr(err), timer() as t:
        status = main(["export", "anki", str(study.decks_dir), "-o", str(out), "--with-history", "--db",
                       str(study.db_path)])
    if status != 0:
        raise SystemExit(f"quizgen export exited {status}: {err.getvalue()[-500:]}")
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"], "bytes": out.stat().st_size,
            "summary": err.getvalue().strip().splitlines()[-1], "collection_bytes": study.db_path.stat().st_size,
            "reviews": study.reviews, "cards": study.cards}


def _import(context: Context, name: str) -> dict[str, Any]:
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    folder = _folder(context, name)
    target = folder / "anki" / "collection.anki2"
    if target.parent.exists():
        shutil.rmtree(target.parent)
    target.parent.mkdir(parents=True)
    col = Collection(str(target))
    try:
        request = ImportAnkiPackageRequest(package_path=str(folder / "history.apkg"),
                                           options=ImportAnkiPackageOptions(with_scheduling=True,
                                                                            merge_notetypes=False))
        with timer() as t:
            col.import_anki_package(request)
        # quizgen's benchmark limits and FSRS, for the study runs (not timed).
        col.set_config("fsrs", True)
        for config in col.decks.all_config():
            config["new"]["perDay"] = study_settings().new_per_day
            config["rev"]["perDay"] = study_settings().reviews_per_day
            col.decks.update_config(config)
        revlog = col.db.scalar("SELECT count() FROM revlog")
    finally:
        col.close()
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"], "revlog": revlog,
            "collection_bytes": target.stat().st_size}


def _quizgen(context: Context, name: str) -> dict[str, Any]:
    import quizgen.study.session  # noqa: F401 - imports are not part of the figures

    study = inputs(context, name)
    cache = _study_cache(context, name)
    scratch = context.scratch(f"versus_anki_quizgen_{name}")
    db_path = scratch / "collection.sqlite3"
    shutil.copyfile(study.db_path, db_path)
    return quizgen_run(study.decks_dir, db_path, cache, MovingClock(datetime.now(UTC)), ANSWERS, study_settings())


def _anki(context: Context, name: str) -> dict[str, Any]:
    import anki.collection  # noqa: F401 - imports are not part of the figures

    source = _folder(context, name) / "anki" / "collection.anki2"
    scratch = context.scratch(f"versus_anki_anki_{name}")
    path = scratch / "collection.anki2"
    shutil.copyfile(source, path)
    return anki_run(path, ANSWERS, _anki_deck_name(context, name))


def _anki_deck_name(context: Context, name: str) -> str:
    """The Anki deck the export made of quizgen's DECK (its title)."""
    from quizgen.core.deckfile import load_decks

    study = inputs(context, name)
    deck = next(d for d in load_decks([study.decks_dir / f"{DECK}.yaml"], with_warnings=False).decks)
    return deck.title


def _step(kind: Callable[[Context, str], dict[str, Any]], slot: int) -> Callable[[Context], dict[str, Any]]:
    def step(context: Context) -> dict[str, Any]:
        name = _size(context, slot)
        return {"skipped": True} if name is None else {**kind(context, name), "size": name}

    return step


for _slot in range(len(SLOTS)):
    for _name, _kind in (("cache", _cache), ("export", _export), ("import", _import), ("quizgen", _quizgen),
                         ("anki", _anki)):
        globals()[f"{_name}_{_slot}"] = _step(_kind, _slot)


def report(results: dict[str, StepResult], context: Context) -> list[Row]:
    rows = []
    for slot in range(len(SLOTS)):
        export, imported, ours, theirs = (results[f"{step}_{slot}"] for step in ("export", "import", "quizgen", "anki"))
        if export.data.get("skipped"):
            continue
        size = export["size"]
        rows.append(Row("versus_anki", f"{size}: start to first card", seconds_text(ours["seconds"]),
                        seconds_text(theirs["seconds"]), ratio(ours["seconds"], theirs["seconds"]),
                        cpu_ratio(ours, theirs), ours.peak_mb, "<= 1.0x Anki",
                        ours["seconds"] <= theirs["seconds"],
                        f"{size}: quizgen {marks_text(ours['marks'])}; Anki {marks_text(theirs['marks'])}; deck {DECK} "
                        f"new/learning/due: quizgen {tuple(ours['deck_new_learning_due'])}, "
                        f"Anki {tuple(theirs['deck_new_learning_due'])}", theirs.peak_mb))
        for label, key in (("median", "median_ms"), ("p99", "p99_ms")):
            mine, other = ours["answer"][key], theirs["answer"][key]
            cpu_mine, cpu_other = ours["answer"].get("cpu_median_ms"), theirs["answer"].get("cpu_median_ms")
            rows.append(Row("versus_anki", f"{size}: answer -> next card, {label}", f"{mine:.1f} ms", f"{other:.1f} ms",
                            ratio(mine, other), ratio(cpu_mine, cpu_other) if label == "median" and cpu_mine else None,
                            ours.peak_mb, "<= 1.0x Anki", mine <= other,
                            (f"{size}: quizgen saves each answer durably (its own transaction, synchronous=FULL): "
                             f"median {ours['save_median_ms']:.1f} ms of it; CPU time of an answer, median: quizgen "
                             f"{cpu_mine or 0:.2f} ms, Anki {cpu_other or 0:.2f} ms (the CPU-ratio column); "
                             f"{ours['answer']['answers']} and {theirs['answer']['answers']} answers measured")
                            if label == "median" else "",
                            theirs.peak_mb))
        size_ratio = ratio(export["collection_bytes"], imported["collection_bytes"])
        rows.append(Row("versus_anki", f"{size}: collection size", f"{export['collection_bytes'] / 1e6:.0f} MB",
                        f"{imported['collection_bytes'] / 1e6:.0f} MB", size_ratio, None, export.peak_mb, "<= 2x Anki",
                        size_ratio is not None and size_ratio <= 2.0,
                        f"{size}: {export['cards']} cards, {export['reviews']} answers; Anki's revlog holds "
                        f"{imported['revlog']} rows; peak memory: the export's and the import's", imported.peak_mb))
        export_ratio = ratio(export["seconds"], imported["seconds"])
        rows.append(Row("versus_anki", f"{size}: export --with-history vs Anki's import of it",
                        seconds_text(export["seconds"]), seconds_text(imported["seconds"]), export_ratio,
                        cpu_ratio(export, imported), export.peak_mb, "<= 2x Anki's import",
                        export_ratio is not None and export_ratio <= 2.0,
                        f"{size}: {export['summary']}; package {export['bytes'] / 1e6:.0f} MB", imported.peak_mb))
    return rows
