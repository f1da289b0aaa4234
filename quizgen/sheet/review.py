"""`quizgen mark --review -o RESULTS`: the teacher settles each flagged item in the terminal, then the grades are final.

One item at a time: what the scan showed (the row's picture, drawn with the terminal's best
graphics, kitty or sixel, else coloured half blocks, and always its file), why it was flagged, and
an answer box holding the best reading. Enter settles it; Escape stops, keeping what was settled.
Everything is written again afterwards: marks.csv (settled rows say "settled"), grades, PDFs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from quizgen.core.problems import InputError, Problem
from quizgen.quiz.build import VERSION_LETTERS
from quizgen.sheet.model import FLAGGED, SETTLED, Item, Marked, StudentSheet
from quizgen.sheet.report import STATE_NAME


@dataclass
class Pending:
    """One thing for the teacher: a flagged item, or (item None) a sheet's student number."""

    sheet: StudentSheet
    item: Item | None
    options: int = 0  # MCQ: how many options the question has

    @property
    def crop(self) -> str:
        return self.item.crop if self.item else self.sheet.student_crop

    @property
    def reading(self) -> str:
        return self.item.response if self.item else self.sheet.student

    @property
    def title(self) -> str:
        who = self.sheet.student or (f"copy {self.sheet.copy}" if self.sheet.copy else self.sheet.key)
        what = f"question {self.item.number}" if self.item else "student number"
        return f"{who} (version {self.sheet.version}): {what}"

    @property
    def reason(self) -> str:
        return self.item.flag if self.item else self.sheet.student_flag

    @property
    def hint(self) -> str:
        if self.item is None:
            return "type the student number"
        if self.item.kind == "cloze":
            return "r = right, w = wrong"
        return f"the letters chosen ({VERSION_LETTERS[:self.options]}, several as B|D), - for none"

    def parse(self, text: str) -> str | None:
        """The settled value for `text`, or None when it is not a valid answer here."""
        text = text.strip()
        if self.item is None:
            return text if text.isdigit() else None
        if self.item.kind == "cloze":
            return {"r": "right", "right": "right", "w": "wrong", "wrong": "wrong"}.get(text.lower())
        if text in ("-", ""):
            return ""
        letters = [part.strip().upper() for part in text.replace(",", "|").replace(" ", "|").split("|") if part.strip()]
        if len(letters) == 1 and len(letters[0]) > 1:
            letters = list(letters[0])
        allowed = VERSION_LETTERS[:self.options]
        if not letters or any(len(x) != 1 or x not in allowed for x in letters):
            return None
        return "|".join(sorted(set(letters)))

    def settle(self, value: str) -> None:
        if self.item is None:
            self.sheet.student, self.sheet.student_status, self.sheet.student_flag = value, SETTLED, ""
        else:
            self.item.response, self.item.status = value, SETTLED


def pending_items(marked: Marked, options: dict[tuple[str, int], int]) -> list[Pending]:
    todo = []
    for sheet in marked.sheets:
        if sheet.student_status == FLAGGED:
            todo.append(Pending(sheet, None))
        todo.extend(Pending(sheet, item, options.get((sheet.version, item.number), 0)) for item in sheet.flagged)
    return todo


def load_state(results: Path) -> Marked:
    path = results / STATE_NAME
    try:
        return Marked.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise InputError([Problem(path, None, None, "not found: nothing was marked into this folder.",
                                  "run `quizgen mark SCANS... --quiz QUIZ.JSON -o RESULTS` first.")]) from None
    except (ValueError, KeyError, TypeError) as error:
        raise InputError([Problem(path, None, None, f"is not a marking state quizgen can read ({error}).",
                                  "mark the scans again.")]) from None


def run_review(results: Path, app_factory=None) -> int:  # type: ignore[no-untyped-def]
    """Settle RESULTS' flagged items, then write every output again. 0 when nothing is left flagged."""
    from quizgen.quiz import manifest
    from quizgen.sheet.report import set_problem, summary, write_results

    marked = load_state(results)
    unswappable = set_problem(results)
    if unswappable:
        raise InputError([unswappable])
    quiz = manifest.load(Path(marked.quiz_file))
    options = {(v.version, q.number): len(q.options) for v in quiz.versions for q in v.questions}
    todo = pending_items(marked, options)
    if todo:
        from quizgen.sheet.review_app import ReviewApp

        app = (app_factory or ReviewApp)(todo, results)
        app.run()
    write_results(results, marked, quiz, {})
    marked.problems = []  # the scans' problems were reported when marking; here only what is left open counts
    return summary(marked, results)
