"""PDF sheets with Typst (the `typst` package from PyPI: no LaTeX, no system packages).

One student sheet per version and one answer key with every version. The deck text goes to the
template `quiz.typ` as JSON data and is placed as strings, never parsed as Typst markup. Output is
byte-reproducible: the document date is `none`, the PDF timestamp is fixed, and only the fonts
embedded in the typst package are used (system fonts could differ between machines).
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any

from quizgen.quiz.build import Quiz, Version
from quizgen.quiz.sheets import KEY_NAME, is_cloze, key_rows, prompt_parts, sheet_name, source_legend, version_label

_TIMESTAMP = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


def template() -> bytes:
    return resources.files("quizgen.quiz").joinpath("quiz.typ").read_bytes()


def flat(text: str) -> str:
    """One line: a tab or newline in deck text would print as odd spacing or a stray line break."""
    return " ".join(text.split())


def sheet_data(quiz: Quiz, version: Version) -> dict[str, Any]:
    questions = []
    for item in version.items:
        entry: dict[str, Any] = {"number": item.number, "prompt": flat(item.question.card.prompt)}
        if is_cloze(item):
            parts = prompt_parts(item)
            # Keep the space around the blank line that the text has ("on ____, 2021").
            entry.update(kind="cloze", parts=[p if not p.strip() else _edge_spaces(p) for p in parts], options=[])
        else:
            entry.update(kind="mcq", parts=[], options=[flat(o) for o in item.options])
        questions.append(entry)
    return {"kind": "sheet", "title": flat(quiz.title),
            "version": {"label": version_label(quiz, version), "questions": questions}}


def key_data(quiz: Quiz) -> dict[str, Any]:
    versions = []
    for version in quiz.versions:
        rows = [
            {"number": str(r.number), "answer": flat(r.answer), "also": flat(" / ".join(r.also)),
             "question": r.question, "source": r.source}
            for r in key_rows(version)
        ]
        legend = [{"key": k, "title": t} for k, t in source_legend(version)]
        versions.append({"label": "Answer key · " + version_label(quiz, version), "rows": rows, "legend": legend})
    return {"kind": "key", "title": flat(quiz.title), "versions": versions}


def _edge_spaces(part: str) -> str:
    lead = " " if part[:1].isspace() else ""
    tail = " " if part[-1:].isspace() else ""
    return lead + flat(part) + tail


def compile_pdf(data: dict[str, Any], source: bytes | None = None) -> bytes:
    """`data` through the quiz template, or through another Typst `source` (the answer sheets')."""
    import typst

    compiler = typst.Compiler(ignore_system_fonts=True)
    pdf, _warnings = compiler.compile_with_warnings(
        input=source if source is not None else template(),
        format="pdf",
        sys_inputs={"data": json.dumps(data, ensure_ascii=False, sort_keys=True)},
        timestamp=_TIMESTAMP,
    )
    assert isinstance(pdf, bytes)
    return pdf


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    files = [(f"{sheet_name(v)}.pdf", compile_pdf(sheet_data(quiz, v))) for v in quiz.versions]
    files.append((f"{KEY_NAME}.pdf", compile_pdf(key_data(quiz))))
    return files
