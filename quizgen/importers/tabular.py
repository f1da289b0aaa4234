"""CSV/TSV files (a header row naming the columns, or `--columns`) and Quizlet exports.

A row is a question and its answer (`question`, `answer`), or a cloze `text` (`{answer}` blanks or
Anki's `{{c1::answer}}`); optional columns add `alternatives`, `distractors` (one column holding a
list, or several `distractor` columns), `tags`, `note`, `id`, `image` and `type`.
Quizlet exports are term/definition pairs: the term is the question, the definition the answer.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from quizgen.core.containment import DeckTree, FileKind, Outside, Refused, read_image, resolve
from quizgen.core.deckfile import ID_PATTERN, TYPE_NAMES
from quizgen.core.problems import InputError, Problem
from quizgen.importers import ImportOptions, read_text_file
from quizgen.importers.cloze import has_cloze, parse_cloze
from quizgen.importers.model import (
    Imported,
    ImportedDeck,
    ImportedFact,
    Media,
    Skipped,
    blank,
    fact_from_question,
    readable_id,
)

#: Header names (lowercased, spaces and dashes dropped) and the column each one means.
ALIASES = {
    "question": "question", "front": "question", "term": "question", "prompt": "question", "q": "question",
    "ask": "question", "word": "question",
    "answer": "answer", "back": "answer", "definition": "answer", "a": "answer", "correct": "answer",
    "correctanswer": "answer", "meaning": "answer",
    "text": "text", "cloze": "text", "sentence": "text", "fact": "text",
    "alternatives": "alternatives", "accept": "alternatives", "also": "alternatives", "alternates": "alternatives",
    "distractors": "distractors", "wrong": "distractors", "wronganswers": "distractors", "incorrect": "distractors",
    "distractor": "distractors", "options": "distractors",
    "tags": "tags", "tag": "tags", "category": "tags", "topic": "tags",
    "note": "note", "notes": "note", "extra": "note", "explanation": "note", "feedback": "note",
    "comment": "note",
    "id": "id", "image": "image", "picture": "image", "type": "type", "skip": "skip", "ignore": "skip",
}
COLUMN_NAMES = tuple(sorted(set(ALIASES.values())))
_NUMBERED = re.compile(r"^(distractor|wrong|incorrect|option|wronganswer)\d+$")
_ALSO = re.compile(r"^(?P<answer>.*?)\s*\(also: (?P<also>[^()]*)\)$")


@dataclass(frozen=True, slots=True)
class _Columns:
    names: tuple[str, ...]  # the meaning of each column, in order ("skip" for ignored ones)


def read(path: Path, options: ImportOptions, kind: str) -> Imported:
    text = read_text_file(path)
    if kind == "quizlet":
        return _quizlet(path, text, options)
    delimiter = "\t" if kind == "tsv" else _sniff(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    # csv gives no line numbers for rows; count them as the reader does (quoted fields may span lines)
    lines = _row_lines(text, delimiter)
    start = 0
    if options.columns is not None:
        columns = _given_columns(path, options.columns)
    else:
        if not rows:
            raise InputError([Problem(path, 1, None, "the file is empty.", "export your cards with a header row.")])
        columns = _header(path, rows[0])
        start = 1
    facts: list[ImportedFact] = []
    skipped: list[Skipped] = []
    problems: list[Problem] = []
    for index in range(start, len(rows)):
        row = rows[index]
        line = lines[index] if index < len(lines) else None
        if not any(cell.strip() for cell in row):
            continue
        needed = _needed(columns)
        if len(row) < needed:
            problems.append(Problem(path, line, None, f"row {index + 1} has {len(row)} column(s); the columns "
                                    f"({', '.join(columns.names)}) need {needed}.",
                                    "add the missing cells (empty ones are fine), or fix --columns / the header."))
            continue
        fact = _row_fact(path, dict(_cells(columns, row)), f"row {index + 1}", line, skipped, problems)
        if fact is not None:
            facts.append(fact)
    if problems:
        raise InputError(problems)
    deck = ImportedDeck((), _title(path), tuple(facts))
    return Imported(path, "TSV" if delimiter == "\t" else "CSV", [deck], skipped)


def _sniff(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in ("\t", ";", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _row_lines(text: str, delimiter: str) -> list[int]:
    """The line each CSV row starts on (1-based)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    starts, previous = [], 0
    for _ in reader:
        starts.append(previous + 1)
        previous = reader.line_num
    return starts


def _normal(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name.strip().lower())


def _given_columns(path: Path, names: tuple[str, ...]) -> _Columns:
    meanings = []
    for name in names:
        meaning = ALIASES.get(_normal(name)) or ("distractors" if _NUMBERED.match(_normal(name)) else None)
        if meaning is None:
            raise InputError([Problem("--columns", None, None, f"unknown column name '{name}'.",
                                      f"use names from: {', '.join(COLUMN_NAMES)}.")])
        meanings.append(meaning)
    return _check_columns(path, None, _Columns(tuple(meanings)))


def _header(path: Path, header: list[str]) -> _Columns:
    meanings = []
    unknown = []
    for name in header:
        meaning = ALIASES.get(_normal(name)) or ("distractors" if _NUMBERED.match(_normal(name)) else None)
        if meaning is None:
            unknown.append(name)
            meaning = "skip"
        meanings.append(meaning)
    columns = _Columns(tuple(meanings))
    if not ({"question", "text"} & set(meanings)):
        raise InputError([Problem(path, 1, None, "the first row does not name the columns "
                                  f"(found {', '.join(repr(h) for h in header[:4])}).",
                                  "add a header row such as question,answer,tags, or pass --columns question,answer.")])
    return _check_columns(path, 1, columns)


def _check_columns(path: Path, line: int | None, columns: _Columns) -> _Columns:
    names = set(columns.names)
    if "question" in names and "answer" not in names:
        raise InputError([Problem(path, line, None, "there is a question column but no answer column.",
                                  "add an `answer` column (or name the cloze column `text`).")])
    if not ({"question", "text"} & names):
        raise InputError([Problem(path, line, None, "no `question` or `text` column.",
                                  "name the columns: question,answer[,tags...] or text[,tags...].")])
    return columns


def _needed(columns: _Columns) -> int:
    """Cells a row must have: up to the last question/answer/text column."""
    essential = [i for i, name in enumerate(columns.names) if name in ("question", "answer", "text")]
    return max(essential) + 1


def _cells(columns: _Columns, row: list[str]) -> list[tuple[str, str]]:
    cells: dict[str, list[str]] = {}
    for name, cell in zip(columns.names, row):
        if name != "skip":
            cells.setdefault(name, []).append(cell.strip())
    return [(name, "\x1f".join(values)) for name, values in cells.items()]


def _split_list(cell: str) -> list[str]:
    """A cell holding several values: separated by `|` or `;` (or by the joins of several columns)."""
    for separator in ("\x1f", "|", ";"):
        if separator in cell:
            return [p.strip() for part in cell.split("\x1f") for p in _split_more(part)]
    return [cell.strip()] if cell.strip() else []


def _split_more(part: str) -> list[str]:
    for separator in ("|", ";"):
        if separator in part:
            return [p for p in (x.strip() for x in part.split(separator)) if p]
    return [part.strip()] if part.strip() else []


def _tags(cell: str) -> tuple[str, ...]:
    if not cell.strip():
        return ()
    separators = [s for s in (",", ";", "|", "\x1f") if s in cell]
    parts = re.split("|".join(map(re.escape, separators)), cell) if separators else cell.split()
    return tuple(dict.fromkeys(re.sub(r"\s+", "_", p.strip()) for p in parts if p.strip()))


def _row_fact(path: Path, cells: dict[str, str], where: str, line: int | None, skipped: list[Skipped],
              problems: list[Problem]) -> ImportedFact | None:
    alternatives = _split_list(cells.get("alternatives", ""))
    distractors = tuple(_split_list(cells.get("distractors", "")))
    hints: list[str] = []
    ask = None
    if cells.get("text"):
        text = cells["text"]
        if has_cloze(text):
            cloze = parse_cloze(text)
            text, hints = cloze.text, list(cloze.hints)
        elif "{" not in text:
            skipped.append(Skipped(where, "no blank: mark the answer in the text with {braces}"))
            return None
        answer_for_id = text
    else:
        question, answer = cells.get("question", ""), cells.get("answer", "")
        if not question or not answer:
            skipped.append(Skipped(where, "empty question or answer"))
            return None
        match = _ALSO.match(answer)
        if match and not alternatives:
            answer, alternatives = match.group("answer"), [a.strip() for a in match.group("also").split(",")]
        text, ask = fact_from_question(question, blank(answer, alternatives))
        answer_for_id = answer
    fact_id = cells.get("id", "").strip() or readable_id(answer_for_id.replace("{", " ").replace("}", " "))
    if not ID_PATTERN.match(fact_id):
        problems.append(Problem(path, line, "id", f"{where}: '{fact_id}' cannot be a fact id.",
                                "use letters, digits, '.', '_' and '-' only, or leave the id empty."))
        return None
    types: tuple[str, ...] = ()
    if cells.get("type"):
        type_name = cells["type"].strip().lower()
        if type_name not in TYPE_NAMES:
            problems.append(Problem(path, line, "type", f"{where}: unknown answer type '{type_name}'.",
                                    f"use one of: {', '.join(TYPE_NAMES)}, or leave it empty."))
            return None
        types = (type_name,)
    image = None
    if cells.get("image"):
        try:  # the rule of a deck's images, with the CSV file's folder as the deck's
            image_path = resolve(DeckTree.of(path), path.parent, cells["image"], FileKind.IMAGE)
            image = Media(image_path.name, read_image(image_path)[0])
        except Outside as outside:
            problems.append(Problem(path, line, "image", f"{where}: {outside.message.replace('deck', 'CSV file')}",
                                    "copy the image into the CSV file's folder (or a folder below it)."))
            return None
        except Refused as refused:
            problems.append(Problem(path, line, "image", f"{where}: {refused.message}", refused.fix))
            return None
        except OSError:
            problems.append(Problem(path, line, "image", f"{where}: cannot read image '{cells['image']}'.",
                                    "the path is relative to the CSV file's folder; fix it or clear the cell."))
            return None
    return ImportedFact(id=fact_id, text=text, ask=ask, distractors=distractors, tags=_tags(cells.get("tags", "")),
                        note=cells.get("note") or None, image=image, types=types, origin=where, hints=tuple(hints))


def _title(path: Path) -> str:
    return " ".join(re.split(r"[_\-]+", path.stem)).strip().capitalize() or path.stem


def _quizlet(path: Path, text: str, options: ImportOptions) -> Imported:
    separator = options.separator or "\t"
    card_separator = options.card_separator or "\n"
    facts: list[ImportedFact] = []
    skipped: list[Skipped] = []
    problems: list[Problem] = []
    line = 1
    for number, chunk in enumerate(text.split(card_separator), start=1):
        where_line = line
        line += chunk.count("\n") + card_separator.count("\n")
        if not chunk.strip():
            continue
        if separator not in chunk:
            shown = separator.replace("\t", "a tab")
            problems.append(Problem(path, where_line, None, f"card {number} has no separator ({shown}) between "
                                    "term and definition.", "pass the separator you exported with: --separator "
                                    "TEXT (and --card-separator TEXT if cards are not one per line)."))
            continue
        term, definition = (part.strip() for part in chunk.split(separator, 1))
        fact = _row_fact(path, {"question": term, "answer": definition}, f"card {number}", where_line, skipped,
                         problems)
        if fact is not None:
            facts.append(fact)
    if problems:
        raise InputError(problems)
    return Imported(path, "Quizlet export", [ImportedDeck((), _title(path), tuple(facts))], skipped)
