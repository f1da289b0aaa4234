"""1. Generation: `quizgen cards DECK --json` on a 100,000-fact deck, against PyYAML's C loader alone.

quizgen's figure is the real command (run in-process through `quizgen.cli.main`, stdout to a file):
read and validate the deck, compute its warnings, generate every card, write the JSON. The baseline
reads the same file and parses it with `yaml.load(..., Loader=yaml.CSafeLoader)` and nothing else.
The command's stages are timed by wrapping the functions it calls, for the breakdown in the note.
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path
from typing import Any, Callable

from quizgen_benchmarks.harness import Context, Row, StepResult, cpu_ratio, gc_paused_row, ratio, seconds_text, timer, \
    with_gc_paused
from quizgen_benchmarks.inputs.deck import write_deck

TITLE = "deck to cards JSON"
TARGET = "<= 2x bare parse"
LIMIT = 2.0
STEPS = ("prepare", "baseline", "baseline_gc_paused", "quizgen")


def deck_path(context: Context) -> Path:
    facts = context.size(100_000, 300)
    return context.inputs / f"deck_{facts}.yaml"


def prepare(context: Context) -> dict[str, Any]:
    path = deck_path(context)
    with timer() as t:
        write_deck(path, context.size(100_000, 300), seed=1, deck_id="bench")
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"], "bytes": path.stat().st_size}


def baseline(context: Context) -> dict[str, Any]:
    import yaml

    path = deck_path(context)
    with timer() as t:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"], "facts": len(data["facts"])}


baseline_gc_paused = with_gc_paused(baseline)


def _timed(stages: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with timer() as t:
            result = function(*args, **kwargs)
        stages[name] = stages.get(name, 0.0) + t["seconds"]
        return result

    return wrapper


def _timed_fact_plans(stages: dict[str, float], function: Callable[..., Any]) -> Callable[..., Any]:
    """`plan._fact_plans` (a generator) timed as its caller reads it: all at once, per fact."""

    @functools.wraps(function)
    def wrapper(*args: Any) -> tuple[Any, ...]:
        with timer() as t:
            plans = tuple(function(*args))
        stages["plan"] = stages.get("plan", 0.0) + t["seconds"]
        return plans

    return wrapper


def quizgen(context: Context) -> dict[str, Any]:
    import quizgen.commands.cards as cards_command
    import quizgen.core.checks as checks
    import quizgen.core.plan as plan
    import quizgen.core.yamlfile as yamlfile
    from quizgen.cli import main

    stages: dict[str, float] = {}
    cards_command.read_decks = _timed(stages, "load", cards_command.read_decks)
    # The cards are planned, made and written fact by fact (Catalog.stream): the deck's index and
    # each fact's planning are timed, and the rest of the time is making the cards and the JSON.
    plan.DistractorIndex = _timed(stages, "index", plan.DistractorIndex)
    plan._fact_plans = _timed_fact_plans(stages, plan._fact_plans)
    checks.deck_warnings = _timed(stages, "warnings", checks.deck_warnings)
    yamlfile.parse_yaml = _timed(stages, "yaml", yamlfile.parse_yaml)
    import quizgen.core.deckfile as deckfile

    deckfile.parse_yaml = yamlfile.parse_yaml
    out = context.scratch("generation") / "cards.json"
    with out.open("w", encoding="utf-8") as handle, contextlib.redirect_stdout(handle), timer() as t:
        status = main(["cards", str(deck_path(context)), "--json"])
    if status != 0:
        raise SystemExit(f"quizgen cards exited {status}")
    stages["cards_json"] = t["seconds"] - stages.get("load", 0.0) - stages.get("index", 0.0) - stages.get("plan", 0.0)
    c_loader = yamlfile._BaseLoader.__name__
    with out.open(encoding="utf-8") as handle:
        # One card object per line, or one key per line (indented): count the "id" keys either way.
        cards = sum(1 for line in handle if line.lstrip().lstrip("{").startswith('"id": '))
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"], "stages": stages, "cards": cards,
            "loader": c_loader, "json_bytes": out.stat().st_size}


def report(results: dict[str, StepResult], context: Context) -> list[Row]:
    base, ours = results["baseline"], results["quizgen"]
    value = ratio(ours["seconds"], base["seconds"])
    stages = ours["stages"]
    load_only = stages["load"] - stages.get("warnings", 0.0)
    note = (f"{base['facts']} facts -> {ours['cards']} cards; loader {ours['loader']}; stages: "
            f"YAML parse {stages.get('yaml', 0):.2f} s, deck validation {load_only - stages.get('yaml', 0):.2f} s, "
            f"warnings {stages.get('warnings', 0):.2f} s, the deck's distractor index {stages.get('index', 0):.2f} s, "
            f"planning each fact's blanks {stages.get('plan', 0):.2f} s, cards and JSON {stages['cards_json']:.2f} s")
    strict = results["baseline_gc_paused"]
    return [Row("generation", TITLE, seconds_text(ours["seconds"]), seconds_text(base["seconds"]), value,
                cpu_ratio(ours, base), ours.peak_mb, TARGET, value is not None and value <= LIMIT, note,
                base.peak_mb),
            gc_paused_row("generation", TITLE, ours, strict, "the bare parse")]
