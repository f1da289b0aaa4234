"""7. Scaling: the study core's start-up, answer latency and generation on 1k, 10k, 100k and 400k cards.

Each size is a collection of four decks with ~96% of the cards studied, ten answers each over two
years (quizgen_benchmarks/inputs/collection.py), "now" frozen at the same moment of its last
interval, and started once before (not timed), as a collection in daily use was
(`study_common.started_before`). For each size, in a process of its own: the study core's start to
the first card with the card cache current, then 300 answers (answer -> next card built; study_core.py says exactly what
is timed); and, in another, the start with an empty card cache (the decks read, checked and
generated, the cache written: generation as it is measured today). Each figure's baseline is the
same figure on the smallest collection, so the ratio is how it grows; the target is that it grows
no faster than the logarithm of the collection's size, and, at 400k cards, a start under 1 s and
an answer p99 under 100 ms.
"""

from __future__ import annotations

import math
from typing import Any, Callable

from quizgen_benchmarks.harness import Context, Row, StepResult, cpu_ratio, ratio, seconds_text
from quizgen_benchmarks.inputs.collection import NOW
from quizgen_benchmarks.study_common import inputs, sized_card_cache, sizes, started_before, study_settings
from quizgen_benchmarks.study_core import ANSWERS, DECK, MovingClock, marks_text, quizgen_run

TITLE = "study core by collection size"
TARGET = "growth <= log(size); at 400k cards start <= 1 s, answer p99 <= 100 ms"
SLOTS = 4
STEPS = ("prepare", *(f"warm_{i}" for i in range(SLOTS)), *(f"cold_{i}" for i in range(SLOTS)))
START_LIMIT, P99_LIMIT = 1.0, 100.0


def _size(context: Context, slot: int) -> str | None:
    names = list(sizes(context))
    return names[slot] if slot < len(names) else None


def prepare(context: Context) -> dict[str, Any]:
    from quizgen.study.cardcache import load_catalog

    made = {}
    for name in sizes(context):
        study = inputs(context, name)
        load_catalog([study.decks_dir], cache_dir=_cache(context, name))
        started_before(study.decks_dir, study.db_path, _cache(context, name))
        made[name] = {"cards": study.cards, "reviews": study.reviews}
    return made


def _cache(context: Context, name: str) -> Any:
    return sized_card_cache(context, name)


def _run(context: Context, slot: int, warm: bool) -> dict[str, Any]:
    import shutil

    import quizgen.study.cardcache  # noqa: F401 - imports are not part of the figures
    import quizgen.study.session  # noqa: F401

    name = _size(context, slot)
    if name is None:
        return {"skipped": True}
    study = inputs(context, name)
    scratch = context.scratch(f"scaling_{name}_{'warm' if warm else 'cold'}")
    db_path = scratch / "collection.sqlite3"
    shutil.copyfile(study.db_path, db_path)
    cache = _cache(context, name) if warm else scratch / "empty-card-cache"
    result = quizgen_run(study.decks_dir, db_path, cache, MovingClock(NOW), ANSWERS if warm else 0, study_settings())
    result.update({"size": name, "reviews": study.reviews})
    return result


def _step(slot: int, warm: bool) -> Callable[[Context], dict[str, Any]]:
    def step(context: Context) -> dict[str, Any]:
        return _run(context, slot, warm)

    return step


for _slot in range(SLOTS):
    globals()[f"warm_{_slot}"] = _step(_slot, True)
    globals()[f"cold_{_slot}"] = _step(_slot, False)


def _log_growth(cards: int, smallest: int) -> float:
    """How much a cost that grows with the logarithm of the size grows from `smallest` to `cards`."""
    return math.log(cards) / math.log(smallest)


def report(results: dict[str, StepResult], context: Context) -> list[Row]:
    warm = [results[f"warm_{i}"] for i in range(SLOTS) if not results[f"warm_{i}"].data.get("skipped")]
    cold = [results[f"cold_{i}"] for i in range(SLOTS) if not results[f"cold_{i}"].data.get("skipped")]
    base, base_cold = warm[0], cold[0]
    rows = []
    last = len(warm) - 1
    for index, (ours, ours_cold) in enumerate(zip(warm, cold)):
        size, cards = ours["size"], ours["cards"]
        allowed = _log_growth(cards, base["cards"])
        biggest = index == last and not context.quick
        growth = ratio(ours["seconds"], base["seconds"])
        start_ok = growth is not None and growth <= max(allowed, 1.0) * 1.25
        note = (f"{size}: {cards} cards, {ours['reviews']} answers; {marks_text(ours['marks'])}; deck {DECK} "
                f"new/learning/due {tuple(ours['deck_new_learning_due'])}; saving an answer median "
                f"{ours['save_median_ms']:.1f} ms; log growth allowed from the smallest {allowed:.2f}x")
        rows.append(Row("scaling", f"{size} cards: start to first card (cache current)", seconds_text(ours["seconds"]),
                        seconds_text(base["seconds"]), growth, cpu_ratio(ours, base), ours.peak_mb,
                        "<= 1 s, growth <= log" if biggest else "growth <= log" if index else "(none: the base of growth)",
                        (start_ok and ours["seconds"] <= START_LIMIT) if biggest else (start_ok if index else None),
                        note, base.peak_mb))
        answer, base_answer = ours["answer"], base["answer"]
        p99_growth = ratio(answer["p99_ms"], base_answer["p99_ms"])
        p99_ok = p99_growth is not None and p99_growth <= max(allowed, 1.0) * 1.25
        rows.append(Row("scaling", f"{size} cards: answer -> next card, p99 (median {answer['median_ms']:.1f} ms)",
                        f"{answer['p99_ms']:.1f} ms", f"{base_answer['p99_ms']:.1f} ms", p99_growth, None, ours.peak_mb,
                        "<= 100 ms, growth <= log" if biggest else "growth <= log" if index else "(none: the base of growth)",
                        (p99_ok and answer["p99_ms"] <= P99_LIMIT) if biggest else (p99_ok if index else None),
                        "", base.peak_mb))
        rows.append(Row("scaling", f"{size} cards: start with the card cache empty (decks read and generated)",
                        seconds_text(ours_cold["seconds"]), seconds_text(base_cold["seconds"]),
                        ratio(ours_cold["seconds"], base_cold["seconds"]), cpu_ratio(ours_cold, base_cold),
                        ours_cold.peak_mb, "(none: reported)", None, f"{size}: {marks_text(ours_cold['marks'])}",
                        base_cold.peak_mb))
    return rows
