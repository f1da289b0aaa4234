"""Moodle GIFT question banks, read as Moodle's own importer (question/format/gift) reads them:
`//` comment lines dropped, questions separated by blank lines, `$CATEGORY:` lines setting the
category (which becomes a tag), `::name::` titles, `[html]`/`[markdown]`/`[plain]`/`[moodle]`
text formats, `\\` escapes for `~ = # { } :`, and the answer block `{...}` deciding the type:
empty (essay), `T`/`F` (true/false), `#` (numerical), `->` pairs (matching), any `~` (multiple
choice, `%50%` weights, `#feedback`), else `=` answers (short answer). `####` is general feedback.
The facts follow `importers.questions`.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizgen.core.problems import InputError, Problem
from quizgen.importers import ImportOptions, read_text_file
from quizgen.importers.html_text import html_to_text
from quizgen.importers.model import Imported, ImportedDeck, ImportedFact, Skipped, unique_ids
from quizgen.importers.questions import Choice, Question, category_tags, is_number, question_fact

_ESCAPES = {"\\:": "\x01", "\\~": "\x02", "\\=": "\x03", "\\#": "\x04", "\\{": "\x05", "\\}": "\x06",
            "\\\\": "\x07"}
_RESTORE = {v: k[1] for k, v in _ESCAPES.items()}
_FORMAT = re.compile(r"^\s*\[(html|moodle|markdown|plain)\]", re.I)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")


def _hide(text: str) -> str:
    text = text.replace("\\\\", _ESCAPES["\\\\"])
    for escape, mark in _ESCAPES.items():
        text = text.replace(escape, mark)
    return text.replace("\\n", "\n")


def _show(text: str) -> str:
    return "".join(_RESTORE.get(ch, ch) for ch in text)


def _plain(text: str, text_format: str) -> str:
    text = _show(text).strip()
    if text_format in ("html", "moodle") and ("<" in text or "&" in text):
        return html_to_text(text).text
    if text_format == "markdown":
        return re.sub(r"[*_`]{1,2}([^*_`]+)[*_`]{1,2}", r"\1", text)
    return text


def read(path: Path, options: ImportOptions, kind: str) -> Imported:
    text = read_text_file(path)
    facts: list[ImportedFact] = []
    skipped: list[Skipped] = []
    problems: list[Problem] = []
    tags: tuple[str, ...] = ()
    for line, block in _blocks(text):
        if block.startswith("$CATEGORY:"):
            tags = category_tags(block[len("$CATEGORY:"):].strip())
            continue
        try:
            question = _question(_hide(block), line, tags)
        except ValueError as error:
            problems.append(Problem(path, line, None, str(error),
                                    "close the answer block with '}', or escape a literal brace as \\{ or \\}."))
            continue
        fact = question_fact(question, skipped)
        if fact is not None:
            facts.append(fact)
    if problems:
        raise InputError(problems)
    title = " ".join(re.split(r"[_\-.]+", path.name.split(".")[0])).strip().capitalize() or path.stem
    return Imported(path, "Moodle GIFT", [ImportedDeck((), title, tuple(unique_ids(facts)))], skipped)


def _blocks(text: str) -> list[tuple[int, str]]:
    """(first line, text) of each question: comment lines dropped, split at blank lines."""
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip().startswith("//"):
            continue
        if not line.strip():
            if current:
                blocks.append((start, "\n".join(current).strip()))
                current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        blocks.append((start, "\n".join(current).strip()))
    return blocks


def _question(block: str, line: int, tags: tuple[str, ...]) -> Question:
    name = ""
    if block.startswith("::"):
        end = block.find("::", 2)
        if end > 0:
            name, block = _show(block[2:end]).strip(), block[end + 2:]
    text_format = "moodle"
    match = _FORMAT.match(block)
    if match:
        text_format, block = match.group(1).lower(), block[match.end():]
    opening = block.find("{")
    closing = block.rfind("}")
    where = f"question '{name}' (line {line})" if name else f"question on line {line}"
    if opening < 0:
        return Question("description", name, _plain(block, text_format), "", (), tags, "", where)
    if closing < opening:
        raise ValueError(f"{where}: the answer block '{{' is never closed.")
    before, answers, after = block[:opening], block[opening + 1:closing].strip(), block[closing + 1:]
    feedback = ""
    if "####" in answers:
        answers, feedback = answers.split("####", 1)
        feedback = _plain(feedback, text_format)
        answers = answers.strip()
    question_text, after_text = _plain(before, text_format), _plain(after, text_format)
    if not name:
        name = question_text[:60]
    kind, choices, tolerance = _answers(answers, text_format)
    return Question(kind, name, question_text, after_text, choices, tags, feedback, where, tolerance)


def _answers(answers: str, text_format: str) -> tuple[str, tuple[Choice, ...], float]:
    if not answers:
        return "essay", (), 0.0
    if answers.upper() in ("T", "TRUE", "F", "FALSE") or re.match(r"^(T|TRUE|F|FALSE)\s*#", answers, re.I):
        return "truefalse", (), 0.0
    if answers.startswith("#"):
        return _numerical(answers[1:])
    parts = [p for p in re.split(r"(?=[=~])", answers) if p.strip()]
    if any("->" in p for p in parts) and all(p.startswith("=") for p in parts):
        return "matching", (), 0.0
    choices = []
    for part in parts:
        marker, body = part[0], part[1:].strip()
        if marker not in "=~":
            continue
        fraction = 100.0 if marker == "=" else 0.0
        weight = _WEIGHT.match(body)
        if weight:
            fraction, body = float(weight.group(1)), body[weight.end():]
        body = body.split("#", 1)[0]  # per-answer feedback
        choices.append(Choice(_plain(body, text_format), fraction))
    kind = "multichoice" if "~" in answers else "shortanswer"
    return kind, tuple(choices), 0.0


def _numerical(spec: str) -> tuple[str, tuple[Choice, ...], float]:
    spec = spec.strip()
    entries = [p.strip() for p in re.split(r"(?==)", spec) if p.strip()] if spec.startswith("=") else [spec]
    choices, tolerance = [], 0.0
    for entry in entries:
        fraction = 100.0
        entry = entry.lstrip("=").strip()
        weight = _WEIGHT.match(entry)
        if weight:
            fraction, entry = float(weight.group(1)), entry[weight.end():]
        entry = entry.split("#", 1)[0].strip()
        entry = _show(entry)
        if ".." in entry:
            low, high = entry.split("..", 1)
            return "numerical", (Choice(low.strip(), fraction),), max(abs(float(high) - float(low)), 1e-9) \
                if is_number(low) and is_number(high) else 1.0
        value, _, tol = entry.partition(":")
        if tol.strip() and is_number(tol) and float(tol) != 0:
            tolerance = max(tolerance, float(tol))
        choices.append(Choice(value.strip(), fraction))
    return "numerical", tuple(choices), tolerance
