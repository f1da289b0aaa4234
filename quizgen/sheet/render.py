"""Answer-sheet PDFs through the quiz's Typst pipeline (quiz/pdf.py), with this package's template.

Without copies: one `answer-sheet-X.pdf` per version, copy number 0 (photocopy it for the class).
With `copies`: one `answer-sheets.pdf`, copy k of version A, B, C... in turn, its number on each page.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from quizgen.quiz import fonts
from quizgen.quiz.pdf import compile_pdf
from quizgen.quiz.sheets import flat
from quizgen.sheet import layout
from quizgen.sheet.qr import PageCode, svg
from quizgen.quiz import manifest
from quizgen.quiz.build import Quiz
from quizgen.quiz.manifest import Manifest, ManifestVersion

COPIES_NAME = "answer-sheets.pdf"

INSTRUCTIONS = (
    "Fill the circle of your answer completely, with a dark pen or pencil. To change an answer, erase it "
    "or cross out the wrong circle: your teacher checks crossed-out answers. Write your student number in "
    "the boxes, left to right, and fill one circle under each digit."
)
CLOZE_NOTE = ("Write the answer in the box. The two small boxes beside it are for the teacher (right, wrong): "
              "tick or cross one boldly before scanning.")


def sheet_name(version: str) -> str:
    return f"answer-sheet-{version}.pdf"


def copy_version(quiz: Manifest, copy: int) -> ManifestVersion:
    """Copy k (from 1) is version A, B, C... in turn."""
    return quiz.versions[(copy - 1) % len(quiz.versions)]


def _spot(s: layout.Spot) -> dict[str, Any]:
    return {"x": s.x, "y": s.y, "r": s.r, "square": s.square}


def _label(quiz: Manifest, version: ManifestVersion, copy: int, page: layout.PageLayout) -> str:
    copy_text = f"Copy {copy} · " if copy else ""
    return f"{copy_text}Version {version.version} · seed {quiz.seed} · page {page.page} of {page.pages}"


def pages_data(quiz: Manifest, version: ManifestVersion, copy: int) -> list[dict[str, Any]]:
    pages = []
    for page in layout.page_layouts(version):
        questions = []
        for q in page.questions:
            entry: dict[str, Any] = {"number": q.number, "kind": q.kind, "x": q.x, "y": q.y,
                                     "spots": [_spot(s) for s in q.spots]}
            if q.write_box:
                x, y, w, h = q.write_box
                entry["write"] = {"x": x, "y": y, "w": w, "h": h}
            questions.append(entry)
        pages.append({
            "qr": svg(PageCode(quiz.quiz_id, version.version, copy, page.page)),
            "label": _label(quiz, version, copy, page),
            "questions": questions,
            "cloze-note": any(q.kind == "cloze" for q in page.questions),
        })
    return pages


def document_data(quiz: Manifest, pages: list[dict[str, Any]]) -> dict[str, Any]:
    x, y, w, h = layout.NAME_BOX
    grid = layout.student_grid()
    return {
        "title": flat(quiz.title),
        "instructions": INSTRUCTIONS,
        "cloze-note": CLOZE_NOTE,
        "markers": [{"x": mx, "y": my, "side": layout.MARKER_SIDE} for mx, my in layout.MARKERS],
        "qr": {"x": layout.QR_X, "y": layout.QR_Y, "side": layout.QR_SIDE},
        "name": {"x": x, "y": y, "w": w, "h": h},
        "grid": {
            "label": {"x": grid[0][0].x - layout.GRID_PITCH_X / 2, "y": layout.GRID_WRITE_Y - 4.5},
            "write": {"y": layout.GRID_WRITE_Y, "w": layout.GRID_PITCH_X - 0.8, "h": layout.GRID_WRITE_H},
            "columns": [[_spot(s) for s in column] for column in grid],
        },
        "pages": pages,
    }


def template() -> bytes:
    return resources.files("quizgen.sheet").joinpath("sheet.typ").read_bytes()


def render(quiz: Quiz, copies: int = 0) -> list[tuple[str, bytes]]:
    """The answer-sheet PDF files (a format module's `render`), laid out from the quiz's manifest."""
    return render_manifest(manifest.from_quiz(quiz), copies, quiz.sheet.font_dirs)


def render_manifest(quiz: Manifest, copies: int = 0, font_dirs: tuple[Path, ...] = ()) -> list[tuple[str, bytes]]:
    """The answer-sheet PDF files: one per version, or one with every numbered copy."""
    font_set = fonts.font_set(font_dirs)
    if copies:
        pages = [p for copy in range(1, copies + 1) for p in pages_data(quiz, copy_version(quiz, copy), copy)]
        return [(COPIES_NAME, compile_pdf(document_data(quiz, pages), font_set, template()))]
    return [(sheet_name(v.version), compile_pdf(document_data(quiz, pages_data(quiz, v, 0)), font_set, template()))
            for v in quiz.versions]
