"""From spot marks to answers: each question's response and the student number, or a flag saying why not.

Rules (the sheet's printed instructions say the same to students):
- MCQ: the filled circles are the answer ("B", "B|D" for several, "" for none). A cross or stray
  line through a circle beside a filled one is a crossing-out; a cross alone might be a student's
  way to answer and is flagged, as are two filled circles (perhaps a correction the scan cannot
  see) and any unclear circle.
- Cloze: exactly one of the teacher's boxes (right, wrong) must be marked; otherwise flagged.
- Student number: one filled circle per written digit, left to right; blank columns only after
  the number; anything else is flagged.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.quiz.build import VERSION_LETTERS
from quizgen.sheet import layout
from quizgen.sheet.align import Aligned
from quizgen.sheet.bubbles import DEFAULT, Mark, SpotReading, Thresholds, outlines_found, read_spots


@dataclass(frozen=True, slots=True)
class Answer:
    number: int
    kind: str
    response: str  # MCQ letters joined by "|", or "right"/"wrong"/"" for cloze
    flag: str | None  # why the teacher must look, or None when read with confidence
    spots: tuple[SpotReading, ...]


@dataclass(frozen=True, slots=True)
class StudentNumber:
    number: str  # the digits read ("" when none)
    flag: str | None


@dataclass(frozen=True, slots=True)
class PageReading:
    answers: tuple[Answer, ...]
    student: StudentNumber
    outlines: float  # share of empty spots whose printed outline was found (1.0 when aligned well)

    @property
    def misaligned(self) -> bool:
        return self.outlines < MIN_OUTLINES


#: Below this share of outlines found, the page is refused rather than read (see bubbles.outlines_found).
MIN_OUTLINES = 0.85


def letters(indexes: list[int]) -> str:
    return "|".join(VERSION_LETTERS[i] for i in indexes)


def interpret_mcq(spots: list[SpotReading]) -> tuple[str, str | None]:
    filled = [i for i, s in enumerate(spots) if s.mark is Mark.FILLED]
    unclear = [i for i, s in enumerate(spots) if s.mark is Mark.UNCLEAR]
    strokes = [i for i, s in enumerate(spots) if s.mark is Mark.STROKES]
    response = letters(filled)
    if unclear:
        return response, f"unclear mark in {letters(unclear)}"
    if len(filled) > 1:
        return response, f"{len(filled)} circles filled ({response.replace('|', ', ')}): a correction?"
    if strokes and not filled:
        return "", f"a cross or line in {letters(strokes)} and no filled circle"
    return response, None


def interpret_ticks(spots: list[SpotReading]) -> tuple[str, str | None]:
    marked = [layout.TICK_LABELS[i] for i, s in enumerate(spots) if s.mark is Mark.FILLED]
    if any(s.mark is Mark.UNCLEAR for s in spots):
        return (marked[0] if len(marked) == 1 else ""), "unclear mark in the teacher's boxes"
    if len(marked) == 1:
        return marked[0], None
    if not marked:
        return "", "neither teacher's box is marked"
    return "", "both teacher's boxes are marked"


def interpret_student(columns: list[list[SpotReading]]) -> StudentNumber:
    digits: list[str | None] = []
    for c, column in enumerate(columns, start=1):
        filled = [d for d, s in enumerate(column) if s.mark is Mark.FILLED]
        if any(s.mark is Mark.UNCLEAR for s in column) or len(filled) > 1:
            read = "".join(d or "?" for d in digits)
            return StudentNumber(read, f"student number digit {c} is unclear")
        digits.append(str(filled[0]) if filled else None)
    while digits and digits[-1] is None:
        digits.pop()
    if None in digits:
        return StudentNumber("".join(d or "?" for d in digits), "student number has a blank column inside it")
    if not digits:
        return StudentNumber("", "no student number filled in")
    return StudentNumber("".join(d for d in digits if d), None)


def read_page(aligned: Aligned, page: layout.PageLayout, t: Thresholds = DEFAULT) -> PageReading:
    grid = layout.student_grid()
    spots = [s for column in grid for s in column] + [s for q in page.questions for s in q.spots]
    readings = read_spots(aligned, spots, t)
    columns = [readings[c * 10:(c + 1) * 10] for c in range(len(grid))]
    at = len(grid) * 10
    answers = []
    for q in page.questions:
        mine = readings[at:at + len(q.spots)]
        at += len(q.spots)
        response, flag = interpret_mcq(mine) if q.kind == "mcq" else interpret_ticks(mine)
        answers.append(Answer(q.number, q.kind, response, flag, tuple(mine)))
    return PageReading(tuple(answers), interpret_student(columns), outlines_found(aligned, spots, readings))
