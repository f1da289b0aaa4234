"""Where everything sits on an answer-sheet page, in millimetres from the page's top-left corner.

One geometry for both sides: the Typst template places each element at these coordinates and
the marker reads the bubbles at the same ones. Pure: depends only on the questions' kinds and
option counts, which the quiz manifest holds, so a scan can be read with the manifest alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.quiz.manifest import ManifestVersion

PAGE_W, PAGE_H = 210.0, 297.0
#: The most options a question may have on an answer sheet (bubbles A-H).
MAX_OPTIONS = 8

#: Corner markers: filled squares of this side, centred this far from each page edge.
MARKER_SIDE = 7.0
MARKER_INSET = 12.0
MARKERS = (
    (MARKER_INSET, MARKER_INSET),
    (PAGE_W - MARKER_INSET, MARKER_INSET),
    (PAGE_W - MARKER_INSET, PAGE_H - MARKER_INSET),
    (MARKER_INSET, PAGE_H - MARKER_INSET),
)

#: The QR code: top-left corner and side (no quiet zone in the symbol: the page keeps 3 mm blank around it).
QR_X, QR_Y, QR_SIDE = 166.0, 18.0, 22.0

#: The name box, to write in.
NAME_BOX = (20.0, 46.0, 105.0, 12.0)  # x, y, width, height

#: The student-number grid: a column of digit bubbles 0-9 per digit, a box above each to write it in.
STUDENT_DIGITS = 8
GRID_X, GRID_PITCH_X = 136.0, 6.5  # centre of the first column, column spacing
GRID_WRITE_Y, GRID_WRITE_H = 46.0, 6.5  # write-in boxes
GRID_Y, GRID_PITCH_Y = 57.0, 5.6  # centre of the digit-0 row, row spacing
GRID_RADIUS = 2.3

#: Answer rows: two columns, rows of this pitch from ANSWERS_TOP to ANSWERS_BOTTOM.
ANSWERS_TOP = 116.0
ANSWERS_BOTTOM = 274.0
ROW_PITCH = 8.0
COLUMNS_X = (20.0, 110.0)
BUBBLE_RADIUS = 2.9
BUBBLE_FIRST_DX, BUBBLE_PITCH = 14.0, 7.8  # first bubble's centre from the column's left, spacing
#: Cloze rows: a box to write the answer in, then the teacher's two tick boxes (right, wrong).
WRITE_DX, WRITE_W, WRITE_H = 10.5, 53.0, 6.4
TICK_DX, TICK_PITCH, TICK_SIDE = 67.5, 8.0, 5.0  # first tick box's centre from the column's left

ROWS_PER_COLUMN = int((ANSWERS_BOTTOM - ANSWERS_TOP) // ROW_PITCH) + 1
PER_PAGE = ROWS_PER_COLUMN * len(COLUMNS_X)

#: What the teacher's tick boxes mean, in order.
TICK_LABELS = ("right", "wrong")


@dataclass(frozen=True, slots=True)
class Spot:
    """A place to mark: a circle (bubble) or a square (tick box), by its centre and half-size."""

    x: float
    y: float
    r: float
    square: bool = False


@dataclass(frozen=True, slots=True)
class QuestionBoxes:
    number: int
    kind: str  # "mcq" or "cloze"
    x: float  # the row's left edge and baseline centre
    y: float
    spots: tuple[Spot, ...]  # MCQ: a bubble per option; cloze: the right and wrong tick boxes
    write_box: tuple[float, float, float, float] | None  # cloze: x, y, width, height


@dataclass(frozen=True, slots=True)
class PageLayout:
    page: int  # from 1
    pages: int
    questions: tuple[QuestionBoxes, ...]


def student_grid() -> tuple[tuple[Spot, ...], ...]:
    """A column of ten bubbles (digits 0-9) per student-number digit, left to right."""
    return tuple(
        tuple(Spot(GRID_X + c * GRID_PITCH_X, GRID_Y + d * GRID_PITCH_Y, GRID_RADIUS) for d in range(10))
        for c in range(STUDENT_DIGITS)
    )


def question_boxes(number: int, kind: str, options: int, x: float, y: float) -> QuestionBoxes:
    if kind == "mcq":
        if not 2 <= options <= MAX_OPTIONS:
            raise ValueError(f"question {number}: an answer sheet takes 2 to {MAX_OPTIONS} options, not {options}")
        spots = tuple(Spot(x + BUBBLE_FIRST_DX + i * BUBBLE_PITCH, y, BUBBLE_RADIUS) for i in range(options))
        return QuestionBoxes(number, kind, x, y, spots, None)
    ticks = tuple(Spot(x + TICK_DX + i * TICK_PITCH, y, TICK_SIDE / 2, square=True) for i in range(len(TICK_LABELS)))
    return QuestionBoxes(number, kind, x, y, ticks, (x + WRITE_DX, y - WRITE_H / 2, WRITE_W, WRITE_H))


def page_layouts(version: ManifestVersion) -> tuple[PageLayout, ...]:
    """The version's questions in order, down the left column then the right, page after page."""
    questions = version.questions
    pages = max(1, -(-len(questions) // PER_PAGE))
    layouts = []
    for page in range(pages):
        boxes = []
        for slot, q in enumerate(questions[page * PER_PAGE:(page + 1) * PER_PAGE]):
            column, row = divmod(slot, ROWS_PER_COLUMN)
            boxes.append(question_boxes(q.number, q.kind.value, len(q.options), COLUMNS_X[column],
                                       ANSWERS_TOP + row * ROW_PITCH))
        layouts.append(PageLayout(page + 1, pages, tuple(boxes)))
    return tuple(layouts)
