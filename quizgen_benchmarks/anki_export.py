"""2. Anki export: ~100,000 notes to an .apkg, against genanki writing the same notes with no quizgen logic.

Both sides start from the same decks and generated cards (loaded from a pickle made by `prepare`,
so neither pays for YAML or generation, which benchmark 1 measures). quizgen's figure is
`quizgen.export.anki.export_anki` (plan the notes, GUIDs, tags and fields, write the package
reproducibly). The baseline is plain genanki: the same two note types, the same notes (fields,
tags, GUIDs, taken from quizgen's plan before the clock starts), one `genanki.Package.write_to_file`.
"""

from __future__ import annotations

import pickle
import time
from pathlib import Path
from typing import Any

from quizgen_benchmarks.harness import Context, Row, StepResult, cpu_ratio, gc_paused_row, ratio, seconds_text, timer, \
    with_gc_paused
from quizgen_benchmarks.inputs.deck import write_deck

TITLE = "notes to .apkg"
TARGET = "<= 1.3x bare genanki"
LIMIT = 1.3
STEPS = ("prepare", "baseline", "baseline_gc_paused", "quizgen")
TIMESTAMP = 1_767_225_600  # 2026-01-01: a fixed build time, as SOURCE_DATE_EPOCH would give


def facts(context: Context) -> int:
    return context.size(34_000, 100)  # ~3 notes a fact: a cloze note, an MCQ note per blank


def cards_pickle(context: Context) -> Path:
    return context.inputs / f"anki_cards_{facts(context)}.pickle"


def prepare(context: Context) -> dict[str, Any]:
    from quizgen.core.deckfile import load_decks
    from quizgen.core.generator import generate_cards

    started = time.perf_counter()
    path = cards_pickle(context)
    if not path.exists():
        deck = write_deck(context.inputs / f"anki_{facts(context)}.yaml", facts(context), seed=5, deck_id="anki")
        decks = load_decks([deck], with_warnings=False).decks
        cards = generate_cards(decks)
        temp = path.with_suffix(".tmp")
        temp.write_bytes(pickle.dumps((decks, cards), protocol=pickle.HIGHEST_PROTOCOL))
        temp.replace(path)
    return {"seconds": time.perf_counter() - started}


def _load(context: Context) -> tuple[Any, Any]:
    return pickle.loads(cards_pickle(context).read_bytes())


def baseline(context: Context) -> dict[str, Any]:
    import genanki

    from quizgen.export.anki.notes import plan_export
    from quizgen.export.anki.notetypes import cloze_notetype, mcq_notetype

    decks, cards = _load(context)
    plan = plan_export(decks, cards, None)
    specs = {"cloze": cloze_notetype(), "mcq": mcq_notetype()}
    out = context.scratch("anki_baseline") / "bare.apkg"
    with timer() as t:
        models = {
            name: genanki.Model(spec.id, spec.name, fields=[{"name": f} for f in spec.fields],
                                templates=[{"name": spec.template_name, "qfmt": spec.front, "afmt": spec.back}],
                                css=spec.css,
                                model_type=genanki.Model.CLOZE if spec.is_cloze else genanki.Model.FRONT_BACK)
            for name, spec in specs.items()
        }
        anki_decks = {d.anki_id: genanki.Deck(d.anki_id, d.name, d.description) for d in plan.decks}
        for note in plan.notes:
            anki_decks[note.deck_id].add_note(genanki.Note(model=models[note.notetype], fields=list(note.fields),
                                                           tags=list(note.tags), guid=note.guid))
        genanki.Package(list(anki_decks.values())).write_to_file(out, timestamp=TIMESTAMP)
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"], "notes": len(plan.notes),
            "bytes": out.stat().st_size}


baseline_gc_paused = with_gc_paused(baseline)


def quizgen(context: Context) -> dict[str, Any]:
    from quizgen.commands.gcpolicy import paused_gc
    from quizgen.export.anki import export_anki

    decks, cards = _load(context)
    out = context.scratch("anki_quizgen") / "quizgen.apkg"
    with timer() as t, paused_gc():  # as `quizgen export anki` runs it (see quizgen.commands.gcpolicy)
        summary = export_anki(decks, cards, out, timestamp=TIMESTAMP)
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"], "notes": summary.notes, "cards": summary.cards,
            "bytes": out.stat().st_size}


def report(results: dict[str, StepResult], context: Context) -> list[Row]:
    base, ours = results["baseline"], results["quizgen"]
    value = ratio(ours["seconds"], base["seconds"])
    note = (f"{ours['notes']} notes, {ours['cards']} Anki cards; package {ours['bytes'] / 1e6:.2f} MB "
            f"(bare genanki {base['bytes'] / 1e6:.2f} MB, stored uncompressed)")
    strict = results["baseline_gc_paused"]
    return [Row("anki_export", TITLE, seconds_text(ours["seconds"]), seconds_text(base["seconds"]), value,
                cpu_ratio(ours, base), ours.peak_mb, TARGET, value is not None and value <= LIMIT, note,
                base.peak_mb),
            gc_paused_row("anki_export", TITLE, ours, strict, "bare genanki")]
