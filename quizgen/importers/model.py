"""What an importer makes of a foreign file: decks of facts in quizgen's deck syntax, and a report.

Importers only read; `quizgen.importers.writer` turns these into deck files. Texts here are
already in deck syntax (`{answer|alternative}` blanks, literal braces escaped), built with
`blank()` and `literal()` so that no foreign text can open a blank by accident.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from quizgen.core.text import slugify

_LITERAL_SPECIAL = re.compile(r"([{}\\])")
_BLANK_SPECIAL = re.compile(r"([{}|\\])")


def literal(text: str) -> str:
    """`text` as literal deck text: braces and backslashes escaped (a `|` outside a blank is text)."""
    return _LITERAL_SPECIAL.sub(r"\\\1", text)


def one_line(text: str) -> str:
    return " ".join(text.split())


def blank(answer: str, alternatives: Iterable[str] = ()) -> str:
    """A blank for `answer` (and its alternatives), on one line, with its special characters escaped."""
    answers: list[str] = []
    for item in (answer, *alternatives):
        cleaned = one_line(item)
        if cleaned and cleaned not in answers:
            answers.append(cleaned)
    return "{" + "|".join(_BLANK_SPECIAL.sub(r"\\\1", a) for a in answers) + "}"


def question_text(question: str, answer_blank: str) -> str:
    """A fact's text for a question and its answer: "hablar: {to speak}", "Capital of France? {Paris}"."""
    question = question.strip()
    if question.endswith(("?", ":", "=")):
        return f"{literal(question)} {answer_blank}"
    return f"{literal(question)}: {answer_blank}"


def stable_id(prefix: str, key: str) -> str:
    """A fact id that depends only on a foreign identity (an Anki GUID, a question name)."""
    return f"{prefix}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:10]}"


def readable_id(text: str, fallback: str = "fact") -> str:
    """A fact id from a text (a question's name, its answer): "capital-of-france"."""
    return slugify(text, 40) or fallback


@dataclass(frozen=True, slots=True)
class Media:
    """A file a fact shows (`image:`), copied beside the deck under `name`."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ImportedFact:
    """One fact. `origin` says where it came from ("note 1712... (Basic)", "row 4"), for the
    comment above it; `hints` are things the curator should look at. `cards` maps a foreign card
    (an Anki card id) to the quizgen card id suffix it became ("1:cloze"), for history."""

    id: str
    text: str
    ask: str | None = None
    distractors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    note: str | None = None
    image: Media | None = None
    types: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    quote: tuple[str, ...] = ()
    origin: str = ""
    hints: tuple[str, ...] = ()
    cards: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ImportedSource:
    key: str
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class ImportedDeck:
    """One deck to write. `path` names it inside the foreign file (Anki deck names, split on
    `::`); `id` is set when the file says which quizgen deck it was (a quizgen package)."""

    path: tuple[str, ...]
    title: str
    facts: tuple[ImportedFact, ...]
    description: str | None = None
    id: str | None = None
    sources: tuple[ImportedSource, ...] = ()
    pools: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something the importer could not represent, listed rather than silently dropped."""

    where: str  # "note 1712345678 (Image Occlusion)", "question 'Q3'", "row 7"
    reason: str


@dataclass
class Imported:
    """Everything read from one file."""

    source: Path
    kind: str  # a human name: "Anki package", "Moodle GIFT", ...
    decks: list[ImportedDeck]
    skipped: list[Skipped] = field(default_factory=list)
    #: Anki only: the package's review history, when it holds any (see importers.anki.history).
    history: object | None = None

    @property
    def facts(self) -> int:
        return sum(len(deck.facts) for deck in self.decks)


def unique_ids(facts: Iterable[ImportedFact]) -> list[ImportedFact]:
    """The facts with ids made unique in order (a repeated id gets -2, -3, ...)."""
    from dataclasses import replace

    taken: set[str] = set()
    result = []
    for fact in facts:
        candidate, n = fact.id, 2
        while candidate in taken:
            candidate, n = f"{fact.id}-{n}", n + 1
        taken.add(candidate)
        result.append(fact if candidate == fact.id else replace(fact, id=candidate))
    return result


MASK = "____"


def fact_from_question(question: str, answer_blank: str) -> tuple[str, str | None]:
    """(text, ask) for a question and its answer's blank. A question that shows its blank as
    `____` (quizgen's own cloze prompts, in its GIFT, XML and Quizlet exports) gets the blank
    there and no `ask`; any other question is asked as it is, its text followed by the blank."""
    question = question.strip()
    if question.count(MASK) == 1:
        before, after = question.split(MASK)
        return literal(before) + answer_blank + literal(after), None
    return question_text(question, answer_blank), question
