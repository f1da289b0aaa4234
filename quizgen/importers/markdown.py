"""Markdown flashcards in the styles plain-text SRS tools use:

- `Q: question` then `A: answer` (either may run over several lines, up to the next card or a
  blank line);
- cloze lines: `C: text with [answer] in brackets` (hashcards), `{{c1::answer}}` (Anki style),
  `==answer==` highlights (Obsidian Spaced Repetition);
- one-line cards `question :: answer` and, for both directions, `question ::: answer`.
Headings become tags (`# Biology` then `## Cells` -> `Biology::Cells`).
"""

from __future__ import annotations

import re
from pathlib import Path

from quizgen.core.problems import InputError, Problem
from quizgen.importers import ImportOptions, read_text_file
from quizgen.importers.cloze import has_cloze, parse_cloze
from quizgen.importers.model import (
    Imported,
    ImportedDeck,
    ImportedFact,
    Skipped,
    blank,
    fact_from_question,
    readable_id,
    unique_ids,
)

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_QUESTION = re.compile(r"^\s*(?:[-*]\s+)?(?:Q|Question)\s*:\s*(.*)$", re.I)
_ANSWER = re.compile(r"^\s*(?:[-*]\s+)?(?:A|Answer)\s*:\s*(.*)$", re.I)
_CLOZE_LINE = re.compile(r"^\s*(?:[-*]\s+)?C\s*:\s*(.*)$")
_INLINE = re.compile(r"^(?P<q>.+?)\s+(?P<sep>:::?)\s+(?P<a>.+)$")
_BRACKETS = re.compile(r"(?<!\\)\[([^\[\]]+)\](?!\()")
_HIGHLIGHT = re.compile(r"==([^=]+)==")


def read(path: Path, options: ImportOptions, kind: str) -> Imported:
    text = read_text_file(path)
    reader = _Reader(path)
    reader.read(text.splitlines())
    if reader.problems:
        raise InputError(reader.problems)
    return Imported(path, "Markdown flashcards", [ImportedDeck((), reader.title or path.stem,
                                                               tuple(unique_ids(reader.facts)))], reader.skipped)


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.facts: list[ImportedFact] = []
        self.skipped: list[Skipped] = []
        self.problems: list[Problem] = []
        self.headings: list[str] = []
        self.title = ""
        self.question: list[str] | None = None
        self.answer: list[str] | None = None
        self.card_line = 0

    @property
    def tags(self) -> tuple[str, ...]:
        levels = self.headings[1:] if self.title and self.headings[:1] == [self.title] else self.headings
        tag = "::".join("_".join(h.split()) for h in levels if h)
        return (tag,) if tag else ()

    def read(self, lines: list[str]) -> None:
        in_code = False
        for number, line in enumerate(lines, start=1):
            if line.strip().startswith("```"):
                in_code = not in_code
                continue
            if in_code:
                continue
            if (heading := _HEADING.match(line)) is not None:
                self.finish()
                level, name = len(heading.group(1)), heading.group(2)
                if level == 1 and not self.title and not self.facts:
                    self.title = name
                self.headings = self.headings[:level - 1] + [""] * max(0, level - 1 - len(self.headings)) + [name]
                continue
            if (match := _QUESTION.match(line)) is not None:
                self.finish()
                self.question, self.card_line = [match.group(1)], number
                continue
            if (match := _ANSWER.match(line)) is not None and self.question is not None:
                self.answer = [match.group(1)]
                continue
            if not line.strip():
                self.finish()
                continue
            if self.answer is not None:
                self.answer.append(line)
                continue
            if self.question is not None:
                self.question.append(line)
                continue
            self.single_line(line.strip(), number)
        if self.question is not None and self.answer is None:
            self.problems.append(Problem(self.path, self.card_line, None, "a `Q:` card has no `A:` line.",
                                         "add `A: the answer` under the question, or remove the `Q:`."))
            self.question = None
        self.finish()

    def finish(self) -> None:
        if self.question is None or self.answer is None:
            return
        question = "\n".join(self.question).strip()
        answer = " ".join(" ".join(self.answer).split())
        where = f"line {self.card_line}"
        self.question = self.answer = None
        if not question or not answer:
            self.skipped.append(Skipped(where, "empty question or answer"))
            return
        text, ask = fact_from_question(question, blank(answer))
        self.facts.append(ImportedFact(readable_id(answer), text, ask=ask, tags=self.tags, origin=where))

    def single_line(self, line: str, number: int) -> None:
        where = f"line {number}"
        cloze = _CLOZE_LINE.match(line)
        if cloze is not None:
            self.cloze(_BRACKETS.sub(lambda m: "{{c1::" + m.group(1) + "}}", cloze.group(1)), where)
        elif has_cloze(line):
            self.cloze(line, where)
        elif _HIGHLIGHT.search(line):
            self.cloze(_HIGHLIGHT.sub(lambda m: "{{c1::" + m.group(1) + "}}", line), where)
        elif (inline := _INLINE.match(line)) is not None:
            question, answer = inline.group("q").lstrip("-* ").strip(), inline.group("a").strip()
            text, ask = fact_from_question(question, blank(answer))
            self.facts.append(ImportedFact(readable_id(answer), text, ask=ask, tags=self.tags, origin=where))
            if inline.group("sep") == ":::":
                text, ask = fact_from_question(answer, blank(question))
                self.facts.append(ImportedFact(readable_id(question), text, ask=ask, tags=self.tags,
                                               origin=f"{where}, reversed"))

    def cloze(self, line: str, where: str) -> None:
        parsed = parse_cloze(line.lstrip("-* ").strip())
        if not parsed.numbers:
            self.skipped.append(Skipped(where, "a cloze line with no answer"))
            return
        self.facts.append(ImportedFact(readable_id("-".join(parsed.answers)), parsed.text, tags=self.tags,
                                       origin=where, hints=parsed.hints))
