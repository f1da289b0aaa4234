"""Readers of each platform's results layout, mapped to the quiz manifest.

Layouts, as each platform's own code writes them (see docs/results.md for the sources read):

- Moodle's quiz Responses report, downloaded as CSV or xlsx (mod/quiz/report/responses): Last name,
  First name, identity fields (Email address...), Status, Started, Completed, Duration,
  Grade/N.NN, then per question slot "Question N" (the question summary: text, then ": " and the
  choices for multiple choice), "Response N" (the chosen choice's text or the typed answer, "-"
  when none) and "Right answer N", each column only when the teacher ticked it.
- Canvas's quiz Student Analysis CSV (app/models/quizzes/quiz_statistics/student_analysis.rb):
  name, id, [sis_id], section, section_id, [section_sis_id], submitted, [attempt], then per
  question a "<question id>: <question text>" column (the answer text) and a points column, then
  "n correct", "n incorrect", "score".
- Kahoot's results spreadsheet, sheet "RawReportData Data": Question Number, Question, Answer 1-6,
  Correct Answers, Time Allotted to Answer (seconds), Player, Answer, Correct / Incorrect, ...
- quizgen's own marks.csv (written by `quizgen mark`; the layout agreed in CONTRACTS):
  quiz_id, version, copy, student, number, card_id, response, status.

Moodle and Canvas hold version A (the LMS files are made from it); their questions are found by
their text, which quizgen wrote. A question that matches none is refused: quizgen did not write it.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from quizgen.core.model import CardKind
from quizgen.quiz.build import VERSION_LETTERS
from quizgen.quiz.manifest import Manifest, ManifestQuestion
from quizgen.results.model import Answer, Asked, Attempt, ClassResults, bad, flat, same_text
from quizgen.results.tables import Table

MARKS_HEADER = ["quiz_id", "version", "copy", "student", "number", "card_id", "response", "status"]
_MOODLE_RESPONSE = re.compile(r"^Response (\S+)$", re.IGNORECASE)
_CANVAS_QUESTION = re.compile(r"^(\d+): (.*)$", re.DOTALL)
_FIX_EXPORT = "export the results of the quiz made from this quiz.json, and give that quiz.json with --quiz."


def _first_version(manifest: Manifest) -> tuple[ManifestQuestion, ...]:
    return manifest.versions[0].questions


def _other_quiz(table: Table, manifest: Manifest, column: str, what: str) -> Exception:
    return bad(table.path, table.header_row, column, f"{what} matches no question of quiz {manifest.quiz_id} "
               f"('{manifest.title}'): these are answers to another quiz, or to questions quizgen did not write.",
               _FIX_EXPORT)


def moodle_matches(response: str, accepted: str) -> bool:
    """Moodle's short-answer rule as quizgen writes the answers: case-insensitive, whole text, after
    trimming (no wildcard: every `*` is written literally)."""
    return flat(response).casefold() == flat(accepted).casefold()


def _score(question: ManifestQuestion, chosen: str | None) -> float:
    if chosen is None:
        return 0.0
    if question.kind is CardKind.MCQ:
        return float(question.points) if same_text(chosen, question.options[question.key or 0]) else 0.0
    return float(question.points) if any(moodle_matches(chosen, a) for a in question.accept) else 0.0


# --- Moodle ---------------------------------------------------------------------------------------

def is_moodle(table: Table) -> bool:
    return any(_MOODLE_RESPONSE.match(h) for h in table.header) and \
        (table.column("Last name") is not None or table.column("Surname") is not None)


def read_moodle(table: Table, manifest: Manifest) -> ClassResults:
    questions = _first_version(manifest)
    slots = [(m.group(1), i) for i, h in enumerate(table.header) if (m := _MOODLE_RESPONSE.match(h))]
    status = table.column("Status") if table.column("Status") is not None else table.column("State")
    last = table.column("Last name") if table.column("Last name") is not None else table.column("Surname")
    first, email = table.column("First name"), table.column("Email address")
    rows = [(n, cells) for n, cells in table.rows
            if table.cell(cells, last).lower() != "overall average"
            and (status is None or table.cell(cells, status).lower() in ("finished", ""))]
    mapping: dict[str, ManifestQuestion] = {}
    for label, column in slots:
        qtext, right = table.column(f"Question {label}"), table.column(f"Right answer {label}")
        responses = {table.cell(c, column) for _, c in rows} - {"", "-"}
        found = [q for q in questions if q not in mapping.values() and _moodle_fits(
            q, {table.cell(c, qtext) for _, c in rows} - {"", "-"} if qtext is not None else None,
            {table.cell(c, right) for _, c in rows} - {"", "-"} if right is not None else None, responses)]
        if len(found) > 1 and label.isdigit():  # the same texts twice: the slot's number decides
            found = [q for q in found if q.number == int(label)] or found
        if len(found) != 1:
            what = f"question slot {label}" + ("" if found else " (its question text, right answer and responses)")
            if not found and not mapping and label == slots[0][0]:
                raise _other_quiz(table, manifest, table.header[column], what)
            raise bad(table.path, table.header_row, table.header[column],
                      f"{what} matches {'no' if not found else len(found)} question(s) of quiz {manifest.quiz_id}"
                      f"{': a question quizgen did not write' if not found else ''}.",
                      "download the report with 'Question text' and 'Right answer' ticked, of the quiz made "
                      "from this quiz.json (remove questions added by hand in Moodle).")
        mapping[label] = found[0]
    results = ClassResults()
    for number, cells in rows:
        student = table.cell(cells, email) or ", ".join(filter(None, (table.cell(cells, last), table.cell(cells, first))))
        answers = {}
        for label, column in slots:
            question = mapping[label]
            text = table.cell(cells, column)
            chosen = None if text in ("", "-") else text
            answers[question.card_id] = Answer(chosen, _score(question, chosen))
        results.attempts.append(Attempt(student or f"row {number}", manifest.versions[0].version, answers,
                                        f"{table.path}:{number}"))
    return results


def _moodle_fits(question: ManifestQuestion, summaries: set[str] | None, rights: set[str] | None,
                 responses: set[str]) -> bool:
    prompt = flat(question.prompt)
    if summaries is not None and summaries:
        if question.kind is CardKind.MCQ:
            if not all(flat(s).startswith(prompt + ": ") for s in summaries):
                return False
        elif not all(flat(s) == prompt for s in summaries):
            return False
    if rights is not None and rights:
        expected = question.options[question.key or 0] if question.kind is CardKind.MCQ else question.accept[0]
        if not all(same_text(r, expected) for r in rights):
            return False
    if question.kind is CardKind.MCQ:
        options = {flat(o) for o in question.options}
        return all(flat(r) in options for r in responses)
    return True  # typed answers alone cannot tell written questions apart: the slot number will


# --- Canvas ---------------------------------------------------------------------------------------

def is_canvas(table: Table) -> bool:
    tail = [h.lower() for h in table.header[-3:]]
    return tail == ["n correct", "n incorrect", "score"] and any(_CANVAS_QUESTION.match(h) for h in table.header)


def read_canvas(table: Table, manifest: Manifest) -> ClassResults:
    questions = _first_version(manifest)
    name, ident = table.column("name"), table.column("id")
    columns = []
    for index, title in enumerate(table.header):
        match = _CANVAS_QUESTION.match(title)
        if not match:
            continue
        text = flat(html.unescape(match.group(2)))
        found = [q for q in questions if flat(q.prompt) == text and q not in (c[1] for c in columns)]
        if not found:
            if not columns:
                raise _other_quiz(table, manifest, title[:60], f"the question '{text[:50]}'")
            raise bad(table.path, table.header_row, title[:60], f"the question '{text[:50]}' matches no question of "
                      f"quiz {manifest.quiz_id}: a question quizgen did not write.",
                      "export the Student Analysis of the quiz imported from this quiz's QTI file, without "
                      "questions added by hand.")
        columns.append((index, found[0]))
    results = ClassResults()
    for number, cells in table.rows:
        answers = {}
        for index, question in columns:
            text = table.cell(cells, index)
            points_text = table.cell(cells, index + 1)
            try:
                points = float(points_text) if points_text else 0.0
            except ValueError:
                raise bad(table.path, number, table.header[index + 1], f"the points '{points_text}' are not a "
                          "number.", "give the CSV as Canvas exported it.") from None
            answers[question.card_id] = Answer(text or None, points)
        student = table.cell(cells, name) or table.cell(cells, ident) or f"row {number}"
        results.attempts.append(Attempt(student, manifest.versions[0].version, answers, f"{table.path}:{number}"))
    return results


# --- Kahoot ---------------------------------------------------------------------------------------

KAHOOT_SHEET = "RawReportData Data"


def read_kahoot(table: Table, manifest: Manifest) -> ClassResults:
    needed = ["Question Number", "Question", "Correct Answers", "Player", "Answer"]
    columns = {name: table.column(name) for name in needed}
    missing = [name for name, index in columns.items() if index is None]
    if missing:
        raise bad(table.path, table.header_row, ", ".join(missing), f"sheet '{KAHOOT_SHEET}' has no column(s) "
                  f"{', '.join(missing)}.", "give the results spreadsheet Kahoot exported, unchanged.")
    answer_columns = [(i, h) for i, h in enumerate(table.header) if re.fullmatch(r"Answer \d+", h.strip())]
    correct_flag = table.column("Correct / Incorrect")
    by_number: dict[str, dict[str, object]] = {}
    for number, cells in table.rows:
        label = re.sub(r"^Question\s+", "", table.cell(cells, columns["Question Number"]), flags=re.IGNORECASE)
        entry = by_number.setdefault(label, {"row": number, "text": table.cell(cells, columns["Question"]),
                                             "correct": table.cell(cells, columns["Correct Answers"]),
                                             "options": tuple(o for i, _ in answer_columns
                                                              if (o := table.cell(cells, i))), "answers": []})
        entry["answers"].append((number, table.cell(cells, columns["Player"]), table.cell(cells, columns["Answer"]),
                                 table.cell(cells, correct_flag) if correct_flag is not None else ""))
    questions = _first_version(manifest)
    mapping: dict[str, ManifestQuestion] = {}
    for label, entry in by_number.items():  # the question text first, then the right answer in order
        exact = [q for q in questions if q.kind is CardKind.MCQ and same_text(q.prompt, str(entry["text"]))]
        if len(exact) == 1:
            mapping[label] = exact[0]
    last = 0
    for label, entry in by_number.items():
        if label in mapping:
            last = mapping[label].number
            continue
        used = set(id(q) for q in mapping.values())
        found = [q for q in questions if id(q) not in used and _right_text(q) is not None
                 and same_text(_right_text(q) or "", str(entry["correct"]))]
        later = [q for q in found if q.number > last]
        if not found:
            if not mapping:
                raise _other_quiz(table, manifest, f"Question Number {label}", f"the question '{str(entry['text'])[:50]}'")
            raise bad(table.path, int(entry["row"]), "Question", f"question {label} ('{str(entry['text'])[:50]}') matches "  # type: ignore[call-overload]
                      f"no question of quiz {manifest.quiz_id}: a question quizgen did not write.",
                      "give the results of the Kahoot made from this quiz's quiz.kahoot.xlsx, without questions "
                      "added in Kahoot.")
        mapping[label] = (later or found)[0]
        last = mapping[label].number
    results = ClassResults()
    players: dict[str, dict[str, Answer]] = {}
    for label, entry in by_number.items():
        question = mapping[label]
        options = tuple(entry["options"])  # type: ignore[arg-type]
        results.asked[question.card_id] = Asked(options, str(entry["correct"]))
        for _row, player, answer, flag in entry["answers"]:  # type: ignore[attr-defined]
            chosen = answer or None
            right = flag.lower() == "correct" if flag else (chosen is not None and same_text(chosen, str(entry["correct"])))
            players.setdefault(player, {})[question.card_id] = Answer(chosen, float(question.points) if right else 0.0)
    for player, answers in players.items():
        for question in mapping.values():
            answers.setdefault(question.card_id, Answer(None, 0.0))
        results.attempts.append(Attempt(player, manifest.versions[0].version, answers, f"{table.path}"))
    return results


def _right_text(question: ManifestQuestion) -> str | None:
    return question.options[question.key or 0] if question.kind is CardKind.MCQ else question.answer


# --- quizgen marks.csv ------------------------------------------------------------------------------

def is_marks(table: Table) -> bool:
    return [h.lower() for h in table.header] == MARKS_HEADER


def read_marks(table: Table, manifest: Manifest) -> ClassResults:
    by_student: dict[tuple[str, str], dict[str, Answer]] = {}
    where: dict[tuple[str, str], str] = {}
    for number, cells in table.rows:
        row = dict(zip(MARKS_HEADER, (c.strip() for c in cells + [""] * len(MARKS_HEADER))))
        if row["quiz_id"] != manifest.quiz_id:
            raise bad(table.path, number, "quiz_id", f"is '{row['quiz_id']}', but the quiz is {manifest.quiz_id} "
                      f"('{manifest.title}'): these marks are from another quiz.", _FIX_EXPORT)
        if row["status"] == "flagged":
            raise bad(table.path, number, "status", "is flagged: some answers need the teacher's eye first.",
                      "run `quizgen mark --review` to settle them, then `quizgen results` again.")
        if row["status"] not in ("ok", "settled"):
            raise bad(table.path, number, "status", f"is '{row['status']}'; expected ok, flagged or settled.",
                      "give the marks.csv `quizgen mark` wrote.")
        version = manifest.version(row["version"])
        if version is None:
            raise bad(table.path, number, "version", f"is '{row['version']}', a version quiz {manifest.quiz_id} "
                      f"does not have ({', '.join(v.version for v in manifest.versions)}).", _FIX_EXPORT)
        question = next((q for q in version.questions if str(q.number) == row["number"]), None)
        if question is None or question.card_id != row["card_id"]:
            raise bad(table.path, number, "card_id", f"question {row['number']} of version {row['version']} is "
                      f"'{row['card_id']}', which is not the question quizgen wrote there"
                      f"{f' ({question.card_id})' if question else ''}.", _FIX_EXPORT)
        chosen = _marked(table.path, number, question, row["response"])
        if question.kind is CardKind.MCQ:
            score = float(question.points) if chosen is not None and chosen == question.options[question.key or 0] else 0.0
        else:
            score = float(question.points) if row["response"] == "right" else 0.0
        key = (row["student"] or f"copy {row['copy']}", row["version"])
        by_student.setdefault(key, {})[question.card_id] = Answer(chosen, score)
        where.setdefault(key, f"{table.path}:{number}")
    results = ClassResults()
    for (student, version_name), answers in by_student.items():
        version = manifest.version(version_name)
        missing = [q for q in version.questions if q.card_id not in answers]  # type: ignore[union-attr]
        if missing:
            raise bad(table.path, None, "number", f"student '{student}' (version {version_name}) has no row for "
                      f"question {missing[0].number}.", "give the marks.csv `quizgen mark` wrote, complete.")
        results.attempts.append(Attempt(student, version_name, answers, where[(student, version_name)]))
    return results


def _marked(path: Path, number: int, question: ManifestQuestion, response: str) -> str | None:
    if question.kind is CardKind.CLOZE:
        if response not in ("right", "wrong", ""):
            raise bad(path, number, "response", f"is '{response}'; a written answer is marked right, wrong or empty.",
                      "give the marks.csv `quizgen mark` wrote.")
        return None
    if not response:
        return None
    letters = response.split("|")
    if any(len(l) != 1 or l not in VERSION_LETTERS[: len(question.options)] for l in letters):
        raise bad(path, number, "response", f"is '{response}'; question {question.number} has options "
                  f"{VERSION_LETTERS[: len(question.options)]}.", "give the marks.csv `quizgen mark` wrote.")
    if len(letters) > 1:
        return "(several)"
    return question.options[VERSION_LETTERS.index(letters[0])]
