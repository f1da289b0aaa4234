"""Kahoot's spreadsheet import (xlsx), laid out like Kahoot's "Quiz template" (KahootQuizTemplate.xlsx,
read cell by cell): notes in rows 2-6, the header in row 8 (columns B-H), one question per row from
row 9 with its number in column A; the time-limit column has the template's list validation
(5, 10, 20, 30, 60, 90, 120, 240) and texts over the limits turn red, as in the template.

Kahoot takes at most 120 characters per question and 75 per answer. Longer texts are written in
full (Kahoot marks them for editing) and reported, one warning per text naming the fact: never cut.
Kahoot's quiz import is multiple choice only, so a cloze question is asked there as the multiple
choice question of the same blank: the teacher gets the quiz she asked for, question for question.
Only a blank with no MCQ (fewer than two good distractors) is left out, and reported.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from dataclasses import dataclass

from quizgen.core.controls import visible
from quizgen.core.model import Card
from quizgen.core.problems import Problem, Severity
from quizgen.quiz.build import Quiz, VersionItem
from quizgen.quiz.files import rezip

QUESTION_LIMIT = 120
ANSWER_LIMIT = 75
MAX_ANSWERS = 4
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER_ROW = 8
FIRST_ROW = 9
HEADERS = (
    f"Question - max {QUESTION_LIMIT} characters",
    *(f"Answer {i} - max {ANSWER_LIMIT} characters" for i in range(1, MAX_ANSWERS + 1)),
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
FILE_NAME = "quiz.kahoot.xlsx"
#: Workbook dates are fixed so the same quiz gives the same bytes.
_FIXED_DATE = dt.datetime(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class KahootRow:
    """One Kahoot question: the quiz's item and the multiple choice form it is asked in."""

    number: int
    item: VersionItem
    card: Card  # the MCQ card asked (the item's own card, or its blank's MCQ for a cloze item)
    options: tuple[str, ...]
    answer_index: int


def rows(quiz: Quiz) -> list[KahootRow]:
    """Version A's questions in order, each as multiple choice; blanks with no MCQ are skipped."""
    found = []
    for item in quiz.versions[0].items:
        if item.answer_index is not None:
            card, options, answer = item.question.card, item.options, item.answer_index
        elif item.question.mcq_form is not None:
            card = item.question.mcq_form
            rng = random.Random(f"quizgen-quiz:{quiz.seed}:kahoot:{card.id}")
            distractors = [o for i, o in enumerate(card.options or ()) if i != card.answer_index]
            rng.shuffle(distractors)
            answer = rng.randrange(len(distractors) + 1)
            options = (*distractors[:answer], card.answer, *distractors[answer:])
        else:
            continue
        found.append(KahootRow(len(found) + 1, item, card, tuple(options), answer))
    return found


def time_limit(row: KahootRow) -> int:
    """20 seconds, 30 when there is a lot to read."""
    reading = len(row.card.prompt) + sum(len(o) for o in row.options)
    return 20 if reading <= 150 else 30


def problems(quiz: Quiz) -> list[Problem]:
    """Every text over Kahoot's limits, one warning each, naming the fact."""
    found: list[Problem] = []
    for row in rows(quiz):
        card, src = row.card, row.item.question.source

        def warn(message: str, fix: str | None = None) -> None:
            found.append(Problem(src.deck_file, src.line or None, "kahoot", f"fact '{src.fact_id}': {message}",
                                 fix, Severity.WARNING))

        if len(card.prompt) > QUESTION_LIMIT:
            warn(f"question {row.number} has {len(card.prompt)} characters, over Kahoot's {QUESTION_LIMIT}; "
                 "written in full, Kahoot will ask you to shorten it.", "give the fact a shorter `ask:`.")
        for index, option in enumerate(row.options):
            if len(option) > ANSWER_LIMIT:
                warn(f"answer {index + 1} of question {row.number} has {len(option)} characters, over "
                     f"Kahoot's {ANSWER_LIMIT}: '{option[:30]}...'; written in full.",
                     "shorten that answer or distractor.")
        if len(row.options) > MAX_ANSWERS:
            warn(f"question {row.number} has {len(row.options)} answers; Kahoot's template has {MAX_ANSWERS} "
                 "answer columns, the others are written after column H.")
    return found


def left_out(quiz: Quiz) -> list[VersionItem]:
    """The questions Kahoot cannot hold: cloze questions whose blank has no multiple choice form."""
    asked = {row.item.number for row in rows(quiz)}
    return [item for item in quiz.versions[0].items if item.number not in asked]


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.writer.excel import ExcelWriter

    version = quiz.versions[0]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    _text(sheet["B2"], quiz.title)
    sheet["B2"].font = Font(bold=True, size=14)
    sheet["B3"] = f"Made by quizgen: version {version.name}, seed {quiz.seed}. Add or change questions below row {HEADER_ROW}."
    sheet["B4"] = (
        f"Remember: questions have a limit of {QUESTION_LIMIT} characters and answers can have "
        f"{ANSWER_LIMIT} characters max. If several answers are correct, separate them with a comma."
    )
    sheet["B5"] = ("Fill-in questions are asked here as multiple choice (Kahoot's spreadsheet import takes "
                   "multiple choice only).")
    sheet["B6"] = "If you edit this in another program than Excel, export it to .xlsx before you upload it to Kahoot."
    for column, header in enumerate(HEADERS, start=2):
        cell = sheet.cell(row=HEADER_ROW, column=column, value=header)
        cell.font = Font(bold=True)
    kahoot_rows = rows(quiz)
    for entry in kahoot_rows:
        row = FIRST_ROW + entry.number - 1
        sheet.cell(row=row, column=1, value=entry.number)
        _text(sheet.cell(row=row, column=2), entry.card.prompt)
        for index, option in enumerate(entry.options):
            _text(sheet.cell(row=row, column=3 + index if index < MAX_ANSWERS else 9 + index - MAX_ANSWERS), option)
        sheet.cell(row=row, column=7, value=time_limit(entry))
        sheet.cell(row=row, column=8, value=entry.answer_index + 1)
    _template_rules(sheet, FIRST_ROW + max(len(kahoot_rows), 100) - 1)
    sheet.column_dimensions["B"].width = 60
    for column in "CDEF":
        sheet.column_dimensions[column].width = 28
    workbook.properties.creator = "quizgen"
    workbook.properties.created = _FIXED_DATE
    workbook.properties.modified = _FIXED_DATE
    buffer = io.BytesIO()
    # ExcelWriter directly: Workbook.save would stamp the current time as the modified date.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return [(FILE_NAME, rezip(buffer.getvalue()))]


def _text(cell, text: str) -> None:  # type: ignore[no-untyped-def]
    """Write `text` as a text cell, whatever it starts with: openpyxl makes a formula of a string
    starting with "=", which a spreadsheet would run (`=HYPERLINK(...)`, `=cmd|...`); control
    characters, which a worksheet cannot hold, are shown as `\\x1b` (`quizgen.core.controls`)."""
    cell.value = visible(text)
    cell.data_type = "s"


def _template_rules(sheet, last_row: int) -> None:  # type: ignore[no-untyped-def]
    """The template's list of time limits on column G, and its red text for over-long texts."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    limits = DataValidation(type="list", formula1='"' + ",".join(map(str, TIME_LIMITS)) + '"', allow_blank=True,
                            showErrorMessage=True, showInputMessage=True)
    limits.add(f"G{FIRST_ROW}:G{last_row}")
    sheet.add_data_validation(limits)
    red = Font(color="FFFF0000")
    for column, limit in (("B", QUESTION_LIMIT), *((c, ANSWER_LIMIT) for c in "CDEF")):
        sheet.conditional_formatting.add(f"{column}{FIRST_ROW}:{column}{last_row}",
                                         FormulaRule(formula=[f"LEN({column}{FIRST_ROW})>{limit}"], font=red))
