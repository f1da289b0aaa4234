"""5. Class quiz: 3 versions of 50 questions in every format, from a 1,000-fact deck.

quizgen's figure is the real command, in-process through `quizgen.cli.main`:
`quizgen quiz DECK -o OUT -n 50 --versions 3` (every format: PDF sheets and key via Typst, HTML,
Markdown, GIFT, Moodle XML, QTI with its structural check, Kahoot, Quizlet), from reading the deck
to the last file written. The baseline is the floor of the slowest format: Typst alone compiling
four plain documents (three sheets of 50 numbered questions with four options, one key of 150
rows) with the same embedded fonts and no quizgen logic.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

from quizgen_benchmarks.harness import Context, Row, StepResult, cpu_ratio, ratio, seconds_text, timer
from quizgen_benchmarks.inputs.deck import write_deck

TITLE = "3 versions x 50 questions, all formats"
TARGET = "<= 5 s"
LIMIT_SECONDS = 5.0
STEPS = ("prepare", "baseline", "quizgen")
QUESTIONS, VERSIONS = 50, 3


def deck_path(context: Context) -> Path:
    return context.inputs / f"quiz_{context.size(1000, 120)}.yaml"


def prepare(context: Context) -> dict[str, Any]:
    with timer() as t:
        write_deck(deck_path(context), context.size(1000, 120), seed=9, deck_id="quiz")
    return {"seconds": t["seconds"]}


def _plain_sheet(version: int) -> str:
    lines = [f"= Quiz, version {'ABC'[version % 3]}", ""]
    for number in range(1, QUESTIONS + 1):
        lines.append(f"+ In case {number}, the station was built in \\_\\_\\_\\_ and the crew trained there.")
        lines.extend(f"  - Option {letter} for question {number}" for letter in "ABCD")
    return "\n".join(lines) + "\n"


def _plain_key() -> str:
    rows = range(1, VERSIONS * QUESTIONS + 1)
    cells = ", ".join(f"[{n}], [{'ABCD'[n % 4]}], [Question {n} of the key]" for n in rows)
    return f"= Answer key\n\n#table(columns: 3, {cells})\n"


def baseline(context: Context) -> dict[str, Any]:
    import typst

    documents = [_plain_sheet(v).encode() for v in range(VERSIONS)] + [_plain_key().encode()]
    with timer() as t:
        pdfs = [typst.Compiler(ignore_system_fonts=True).compile(input=doc, format="pdf") for doc in documents]
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"], "bytes": sum(len(pdf) for pdf in pdfs)}


def quizgen(context: Context) -> dict[str, Any]:
    from quizgen.cli import main

    out = context.scratch("class_quiz")
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(io.StringIO()), timer() as t:
        status = main(["quiz", str(deck_path(context)), "-o", str(out), "-n", str(QUESTIONS),
                       "--versions", str(VERSIONS)])
    if status != 0:
        raise SystemExit(f"quizgen quiz exited {status}: {output.getvalue()}")
    files = sorted(p.name for p in out.iterdir())
    return {"seconds": t["seconds"], "cpu_seconds": t["cpu_seconds"], "files": files,
            "bytes": sum(p.stat().st_size for p in out.iterdir())}


def report(results: dict[str, StepResult], context: Context) -> list[Row]:
    base, ours = results["baseline"], results["quizgen"]
    note = f"{len(ours['files'])} files ({', '.join(ours['files'])}), {ours['bytes'] / 1e6:.2f} MB"
    return [Row("class_quiz", TITLE, seconds_text(ours["seconds"]), seconds_text(base["seconds"]),
                ratio(ours["seconds"], base["seconds"]), cpu_ratio(ours, base), ours.peak_mb, TARGET,
                ours["seconds"] <= LIMIT_SECONDS, note, base.peak_mb)]
