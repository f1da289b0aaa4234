"""7. Anki import: a 20,000-note package to quizgen decks, against the `anki` library reading the same package.

`prepare` builds the package with the real Anki backend (Basic, Basic-and-reversed and Cloze notes
in a two-level deck hierarchy, an image, some answered cards) and exports it as a modern .apkg
(zstd collection, protobuf media map). quizgen's figure is `quizgen.importers.run.import_files`
(read, convert, write and check the decks). The baseline is Anki's own importer bringing the same
package into a fresh, empty collection (`Collection.import_anki_package`), which is how the
`anki` library reads a package.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from quizgen_benchmarks.harness import Context, Row, StepResult, cpu_ratio, ratio, seconds_text, timer

TITLE = "Anki package to decks"
TARGET = "< 30 s (20,000 notes)"
LIMIT_SECONDS = 30.0
STEPS = ("prepare", "baseline", "quizgen")


def notes(context: Context) -> int:
    return context.size(20_000, 60)


def package_path(context: Context) -> Path:
    return context.inputs / f"anki_import_{notes(context)}.apkg"


def prepare(context: Context) -> dict[str, Any]:
    from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions
    from anki.notes import Note

    started = time.perf_counter()
    target = package_path(context)
    if not target.exists():
        folder = context.scratch("anki_import_build")
        col = Collection(str(folder / "collection.anki2"))
        try:
            (Path(col.media.dir()) / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
            kinds = [col.models.by_name(n) for n in ("Basic", "Basic (and reversed card)", "Cloze")]
            decks = [col.decks.id(f"Big::Part {i}") for i in range(5)]
            from anki.collection import AddNoteRequest

            requests = []
            for i in range(notes(context)):
                model = kinds[i % 3]
                note = Note(col, model)
                if model["name"] == "Cloze":
                    note["Text"] = f"Item {{{{c1::{i}}}}} of the <b>list</b> is {{{{c2::word {i % 97}}}}}."
                else:
                    note["Front"] = f"question {i} <img src=\"pic.png\">" if i % 50 == 0 else f"question {i}"
                    note["Back"] = f"answer {i % 1000}"
                note.tags = [f"t{i % 20}"]
                requests.append(AddNoteRequest(note=note, deck_id=decks[i % len(decks)]))
            col.add_notes(requests)
            for card_id in col.find_cards("")[:500]:
                card = col.get_card(card_id)
                card.start_timer()
                col.sched.answerCard(card, 3)
            options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False, with_media=True,
                                               legacy=False)
            partial = target.with_suffix(".partial")
            col.export_anki_package(out_path=str(partial), options=options, limit=DeckIdLimit(col.decks.id("Big")))
            partial.replace(target)
        finally:
            col.close()
    return {"seconds": time.perf_counter() - started}


def baseline(context: Context) -> dict[str, Any]:
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    folder = context.scratch("anki_import_baseline")
    col = Collection(str(folder / "collection.anki2"))
    try:
        with timer() as t:
            request = ImportAnkiPackageRequest(package_path=str(package_path(context)),
                                               options=ImportAnkiPackageOptions(with_scheduling=True))
            col.import_anki_package(request)
        count = col.note_count()
    finally:
        col.close()
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"], "notes": count}


def quizgen(context: Context) -> dict[str, Any]:
    from quizgen.importers import ImportOptions
    from quizgen.importers.run import import_files

    folder = context.scratch("anki_import_quizgen")
    with timer() as t:
        report = import_files([package_path(context)], folder / "big.yaml", ImportOptions(), force=True)
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"], "facts": report.facts,
            "files": len(report.files)}


def report(results: dict[str, StepResult], context: Context) -> list[Row]:
    base, ours = results["baseline"], results["quizgen"]
    value = ratio(ours["seconds"], base["seconds"])
    note = f"{base['notes']} notes -> {ours['facts']} facts in {ours['files']} deck files"
    met = ours["seconds"] < LIMIT_SECONDS if not context.quick else True
    return [Row("anki_import", TITLE, seconds_text(ours["seconds"]), seconds_text(base["seconds"]), value,
                cpu_ratio(ours, base), ours.peak_mb, TARGET, met, note, base.peak_mb)]
