"""PDF sheets with Typst (the `typst` package from PyPI: no LaTeX, no system packages).

One student sheet per version and one answer key with every version. The deck text goes to the
template `quiz.typ` as JSON data and is placed as strings, never parsed as Typst markup. Output is
byte-reproducible: the document date is `none`, the PDF timestamp is fixed, and only the fonts of
`quiz.fonts` are used (Noto Serif from its package, then any `--font-dir`; system fonts could
differ between machines), with Typst's fallback off: `fonts.check` has made sure they hold every
character.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any

from quizgen.quiz import fonts
from quizgen.quiz.build import Quiz, Version
from quizgen.quiz.sheets import (
    KEY_COLUMNS, KEY_NAME, cloze_parts, flat, instructions, is_cloze, key_rows, letters, points_label, score_label,
    sheet_name, source_legend, version_label,
)

_TIMESTAMP = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
#: Typst (0.15) writes the tagged PDF's `/MarkInfo <</Marked true/Suspects false>>`; poppler's tools
#: (pdfinfo, pdftotext) then print "Syntax Error: Suspects object is wrong type". `false` is the
#: default, so the entry says nothing: it is blanked with as many spaces (the byte offsets of the
#: cross-reference table stay right). Typst has no option to leave it out while keeping the tags.
_SUSPECTS = b"/Suspects false"


def template() -> bytes:
    return resources.files("quizgen.quiz").joinpath("quiz.typ").read_bytes()


def sheet_data(quiz: Quiz, version: Version) -> dict[str, Any]:
    questions = []
    for item in version.items:
        entry: dict[str, Any] = {"number": item.number, "prompt": flat(item.question.card.prompt),
                                 "points": points_label(item.question.points)}
        if is_cloze(item):
            entry.update(kind="cloze", parts=cloze_parts(item), options=[], letters="")
        else:
            entry.update(kind="mcq", parts=[], options=[flat(o) for o in item.options], letters=letters(item))
        questions.append(entry)
    return {"kind": "sheet", "title": flat(quiz.title), "instructions": instructions(quiz),
            "score": score_label(quiz), "grid": quiz.sheet.answer_grid,
            "version": {"label": version_label(quiz, version), "questions": questions}}


def key_data(quiz: Quiz) -> dict[str, Any]:
    versions = []
    for version in quiz.versions:
        rows = [
            {"number": str(r.number), "key": r.key, "answer": r.answer, "also": " / ".join(r.also),
             "points": f"{r.points:g}", "question": r.question, "source": r.source}
            for r in key_rows(version)
        ]
        legend = [{"key": k, "title": flat(t)} for k, t in source_legend(version)]
        versions.append({"label": "Answer key · " + version_label(quiz, version), "rows": rows, "legend": legend})
    return {"kind": "key", "title": flat(quiz.title), "columns": list(KEY_COLUMNS), "versions": versions}


def compile_pdf(data: dict[str, Any], font_set: fonts.FontSet, source: bytes | None = None) -> bytes:
    """`data` through the quiz template, or through another Typst `source` (the answer sheets')."""
    import typst

    compiler = typst.Compiler(font_paths=[str(f) for f in font_set.folders], ignore_system_fonts=True)
    pdf, _warnings = compiler.compile_with_warnings(
        input=source if source is not None else template(),
        format="pdf",
        sys_inputs={"data": json.dumps({**data, "fonts": list(font_set.families)}, ensure_ascii=False,
                                       sort_keys=True)},
        timestamp=_TIMESTAMP,
    )
    assert isinstance(pdf, bytes)
    return _without_suspects(pdf)


def _without_suspects(pdf: bytes) -> bytes:
    """`pdf` with the catalog's default `/Suspects false` blanked out (see _SUSPECTS)."""
    at = pdf.find(b"/MarkInfo<<")
    end = pdf.find(b">>", at)
    if at < 0 or end < 0 or pdf.count(_SUSPECTS, at, end) != 1:
        return pdf
    return pdf[:at] + pdf[at:end].replace(_SUSPECTS, b" " * len(_SUSPECTS)) + pdf[end:]


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    font_set = fonts.font_set(quiz.sheet.font_dirs)
    files = [(f"{sheet_name(v)}.pdf", compile_pdf(sheet_data(quiz, v), font_set)) for v in quiz.versions]
    files.append((f"{KEY_NAME}.pdf", compile_pdf(key_data(quiz), font_set)))
    return files
