"""A simulated class answering a quiz, written in each platform's own results layout.

The simulator decides for each student and question whether the answer is right (from an ability
and a difficulty), then writes the text the platform would show: the chosen option, a typed
answer, or a letter on an answer sheet. It keeps its own record of right and wrong and of every
choice, so the tests can compute the figures independently (with numpy) and compare.

Layouts follow the platforms' code (see docs/results.md): Moodle's Responses report download,
Canvas's Student Analysis CSV, Kahoot's "RawReportData Data" sheet, and quizgen's marks.csv.
"""

from __future__ import annotations

import csv
import html
import io
import math
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from quizgen.quiz.build import VERSION_LETTERS, Quiz
from quizgen.quiz.manifest import Manifest, ManifestQuestion

COUNTRIES = [
    ("France", "Paris"), ("Italy", "Rome"), ("Spain", "Madrid"), ("Portugal", "Lisbon"), ("Germany", "Berlin"),
    ("Austria", "Vienna"), ("Poland", "Warsaw"), ("Greece", "Athens"), ("Norway", "Oslo"), ("Sweden", "Stockholm"),
]


def class_deck() -> dict[str, Any]:
    facts = [{"id": f"capital-{country.lower()}", "text": f"The capital of {country} is {{{city}}}.",
              "type": "place"} for country, city in COUNTRIES]
    facts.append({"id": "company", "text": "The phone company {AT&T|A T & T} was founded in 1885.", "type": "organization",
                  "distractors": ["IBM", "GE", "Bell"]})
    return {"title": "Capitals & companies", "id": "class", "facts": facts,
            "pools": {"place": ["Prague", "Budapest", "Bern", "Brussels"]}}


def write_class_deck(folder: Path) -> Path:
    path = folder / "class.yaml"
    path.write_text(yaml.safe_dump(class_deck(), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@dataclass
class Student:
    name: str
    version: str
    right: dict[str, bool] = field(default_factory=dict)  # card id -> the simulator's own verdict
    chosen: dict[str, str | None] = field(default_factory=dict)  # card id -> option text or typed text


def simulate(manifest: Manifest, students: int, seed: int, options: dict[str, tuple[str, ...]] | None = None,
             blank_rate: float = 0.05) -> list[Student]:
    """A class of `students`, spread over the versions. `options` overrides how a question is asked
    (Kahoot asks cloze questions as multiple choice with these options, the key among them)."""
    rng = random.Random(seed)
    questions = manifest.versions[0].questions
    difficulty = {q.card_id: rng.uniform(-1.5, 1.5) for q in questions}
    # The first multiple choice question has a bad key: strong students avoid the keyed answer;
    # the first written one everybody knows.
    reversed_key = next(q.card_id for q in questions if q.kind.value == "mcq")
    known = next(q.card_id for q in questions if q.kind.value == "cloze")
    people = []
    for s in range(students):
        ability = rng.gauss(0, 1)
        student = Student(f"Student {s:02d}", manifest.versions[s % len(manifest.versions)].version)
        for q in questions:
            p = 1 / (1 + math.exp(-(ability - difficulty[q.card_id])))
            if q.card_id == reversed_key:
                p = 1 - p
            if q.card_id == known:
                p = 1.0
            asked = (options or {}).get(q.card_id) or (q.options if q.kind.value == "mcq" else ())
            if rng.random() < blank_rate and q.card_id != known:
                student.right[q.card_id], student.chosen[q.card_id] = False, None
                continue
            right = rng.random() < p
            student.right[q.card_id] = right
            key = key_text(q)
            if asked:
                wrong = [o for o in asked if o != key]
                # The last distractor is almost never picked: it distracts nobody.
                weights = [1.0] * (len(wrong) - 1) + [0.02]
                student.chosen[q.card_id] = key if right else rng.choices(wrong, weights)[0]
            elif right:  # typed as Moodle and Canvas still count it: any accepted answer, any case
                typed = rng.choice(q.accept)
                student.chosen[q.card_id] = rng.choice([typed, typed.upper(), f" {typed.lower()} "])
            else:
                student.chosen[q.card_id] = rng.choice(["London", "no idea", "Bell Labs"])
        people.append(student)
    return people


def key_text(q: ManifestQuestion) -> str:
    return q.options[q.key] if q.key is not None else (q.answer or "")


# --- Moodle ---------------------------------------------------------------------------------------

def moodle_rows(manifest: Manifest, people: list[Student], seed: int, *, qtext: bool = True,
                right: bool = True) -> list[list[str]]:
    """Moodle's Responses report download: the quiz's slots in the order the teacher added them
    (here shuffled), each with Question / Response / Right answer columns; Moodle shuffles choices."""
    rng = random.Random(seed)
    questions = list(manifest.versions[0].questions)
    slots = questions[:]
    rng.shuffle(slots)
    header = ["Last name", "First name", "Email address", "Status", "Started", "Completed", "Duration",
              f"Grade/{float(sum(q.points for q in questions)):.2f}"]
    for n, _ in enumerate(slots, start=1):
        header += ([f"Question {n}"] if qtext else []) + [f"Response {n}"] + ([f"Right answer {n}"] if right else [])
    rows = [header]
    for person in people:
        last, first = person.name.split(" ")[1], person.name.split(" ")[0]
        row = [last, first, f"s{last}@school.example", "Finished", "1 March 2026  9:00 AM", "1 March 2026  9:20 AM",
               "20 mins", f"{sum(q.points for q in questions if person.right[q.card_id]):.2f}"]
        for q in slots:
            if qtext:
                choices = list(q.options)
                rng.shuffle(choices)
                row.append(q.prompt + (": " + "; ".join(choices) if q.options else ""))
            chosen = person.chosen[q.card_id]
            row.append("-" if chosen is None else chosen.strip())
            if right:
                row.append(key_text(q) if q.options else q.accept[0])
        rows.append(row)
    rows.append(["Overall average", "", "", "", "", "", "", ""])
    return rows


def write_csv(path: Path, rows: list[list[str]], bom: bool = True) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_bytes(("\ufeff" if bom else "").encode() + buffer.getvalue().encode())
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


# --- Canvas ---------------------------------------------------------------------------------------

def canvas_rows(manifest: Manifest, people: list[Student]) -> list[list[str]]:
    """Canvas's Student Analysis CSV: '<question id>: <text>' and a points column per question;
    Canvas grades short answers case-insensitively."""
    questions = manifest.versions[0].questions
    header = ["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt"]
    for n, q in enumerate(questions):
        header += [f"{4100 + n}: {html.escape(q.prompt, quote=False)}", f"{float(q.points)}"]
    header += ["n correct", "n incorrect", "score"]
    rows = [header]
    for i, person in enumerate(people):
        row = [person.name, str(900 + i), f"S{i}", "Period 3", "77", "", "2026-03-01 09:20:00 UTC", "1"]
        correct = 0
        for q in questions:
            chosen = person.chosen[q.card_id]
            row += [(chosen or "").strip(), f"{float(q.points) if person.right[q.card_id] else 0.0}"]
            correct += person.right[q.card_id]
        row += [str(correct), str(len(questions) - correct), str(correct)]
        rows.append(row)
    return rows


# --- Kahoot ---------------------------------------------------------------------------------------

def kahoot_options(quiz: Quiz) -> dict[str, tuple[str, ...]]:
    from quizgen.quiz import kahoot

    return {row.item.question.card.id: row.options for row in kahoot.rows(quiz)}


def kahoot_sheets(quiz: Quiz, people: list[Student]) -> dict[str, list[list[Any]]]:
    from quizgen.quiz import kahoot

    header = ["Question Number", "Question", "Answer 1", "Answer 2", "Answer 3", "Answer 4", "Answer 5", "Answer 6",
              "Correct Answers", "Time Allotted to Answer (seconds)", "Player", "Answer", "Correct / Incorrect",
              "Correct", "Incorrect", "Score (points)", "Score without Answer Streak Bonus (points)",
              "Current Total Score (points)", "Answer Time (%)", "Answer Time (seconds)"]
    rows: list[list[Any]] = [header]
    for row in kahoot.rows(quiz):
        card_id = row.item.question.card.id
        options = list(row.options) + [None] * (6 - len(row.options))
        for person in people:
            chosen = person.chosen[card_id]
            right = person.right[card_id]
            rows.append([row.number, row.card.prompt, *options, row.card.answer, 20, person.name, chosen,
                         "Correct" if right else "Incorrect", int(right), int(not right), 900 if right else 0,
                         900 if right else 0, 0, 0.4, 8.1])
    overview = [["Kahoot! summary"], [quiz.title]]
    return {"Overview": overview, "Final Scores": [["Final Scores"], [], ["Rank", "Player", "Total Score"]],
            "RawReportData Data": rows}


# --- quizgen marks.csv ------------------------------------------------------------------------------

def marks_rows(manifest: Manifest, people: list[Student]) -> list[list[str]]:
    rows = [["quiz_id", "version", "copy", "student", "number", "card_id", "response", "status"]]
    for i, person in enumerate(people):
        version = manifest.version(person.version)
        assert version is not None
        for q in version.questions:
            chosen = person.chosen[q.card_id]
            if q.options:
                response = "" if chosen is None else VERSION_LETTERS[q.options.index(chosen)]
            else:
                response = "" if chosen is None else ("right" if person.right[q.card_id] else "wrong")
            rows.append([manifest.quiz_id, person.version, str(i + 1), f"{1000 + i}", str(q.number), q.card_id,
                         response, "ok"])
    return rows
