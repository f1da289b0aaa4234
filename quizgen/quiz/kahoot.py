"""Kahoot's spreadsheet import (xlsx), laid out like Kahoot's "Quiz template": notes in rows 2-6,
the header in row 8 (columns B-H), one question per row from row 9 with its number in column A.

Kahoot takes at most 120 characters per question and 75 per answer. Longer texts are written in
full (Kahoot marks them for editing) and reported, one warning per text naming the fact: never cut.
Kahoot's quiz import is multiple choice only, so cloze questions are left out and reported.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

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


def time_limit(item: VersionItem) -> int:
    """20 seconds, 30 when there is a lot to read."""
    reading = len(item.question.card.prompt) + sum(len(o) for o in item.options)
    return 20 if reading <= 150 else 30


def problems(quiz: Quiz) -> list[Problem]:
    """Every text over Kahoot's limits, one warning each, naming the fact."""
    found: list[Problem] = []
    for item in quiz.versions[0].items:
        card, src = item.question.card, item.question.source

        def warn(message: str, fix: str | None = None) -> None:
            found.append(Problem(src.deck_file, src.line or None, "kahoot", f"fact '{src.fact_id}': {message}",
                                 fix, Severity.WARNING))

        if item.answer_index is None:
            continue
        if len(card.prompt) > QUESTION_LIMIT:
            warn(f"question {item.number} has {len(card.prompt)} characters, over Kahoot's {QUESTION_LIMIT}; "
                 "written in full, Kahoot will ask you to shorten it.", "give the fact a shorter `ask:`.")
        for index, option in enumerate(item.options):
            if len(option) > ANSWER_LIMIT:
                warn(f"answer {index + 1} of question {item.number} has {len(option)} characters, over "
                     f"Kahoot's {ANSWER_LIMIT}: '{option[:30]}...'; written in full.",
                     "shorten that answer or distractor.")
        if len(item.options) > MAX_ANSWERS:
            warn(f"question {item.number} has {len(item.options)} answers; Kahoot's template has {MAX_ANSWERS} "
                 "answer columns, the others are written after column H.")
    return found


def left_out(quiz: Quiz) -> int:
    """How many questions (cloze) the Kahoot file cannot hold."""
    return sum(1 for item in quiz.versions[0].items if item.answer_index is None)


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.writer.excel import ExcelWriter

    version = quiz.versions[0]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    sheet["B2"] = quiz.title
    sheet["B2"].font = Font(bold=True, size=14)
    sheet["B3"] = f"Made by quizgen: version {version.name}, seed {quiz.seed}. Add or change questions below row {HEADER_ROW}."
    sheet["B4"] = (
        f"Remember: questions have a limit of {QUESTION_LIMIT} characters and answers can have "
        f"{ANSWER_LIMIT} characters max. If several answers are correct, separate them with a comma."
    )
    sheet["B5"] = "Cloze (fill-in) questions are not in this file: Kahoot's spreadsheet import is multiple choice only."
    sheet["B6"] = "If you edit this in another program than Excel, export it to .xlsx before you upload it to Kahoot."
    for column, header in enumerate(HEADERS, start=2):
        cell = sheet.cell(row=HEADER_ROW, column=column, value=header)
        cell.font = Font(bold=True)
    row = FIRST_ROW
    for item in version.items:
        if item.answer_index is None:
            continue
        sheet.cell(row=row, column=1, value=row - FIRST_ROW + 1)
        sheet.cell(row=row, column=2, value=item.question.card.prompt)
        for index, option in enumerate(item.options):
            sheet.cell(row=row, column=3 + index if index < MAX_ANSWERS else 9 + index - MAX_ANSWERS, value=option)
        sheet.cell(row=row, column=7, value=time_limit(item))
        sheet.cell(row=row, column=8, value=item.answer_index + 1)
        row += 1
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

