"""What a class answered, whatever platform it came from: one `Attempt` per student, mapped to the
quiz manifest's card ids. Readers build these; `analysis` turns them into item figures."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.core.problems import InputError, Problem

#: What an answer left blank counts as in option pick rates.
NO_ANSWER = "(no answer)"


@dataclass(frozen=True, slots=True)
class Answer:
    """One student's answer to one question: the option text picked (MCQ) or the text typed (cloze;
    None when only right/wrong is known), and the points earned."""

    chosen: str | None
    score: float


@dataclass(frozen=True, slots=True)
class Attempt:
    student: str
    version: str
    answers: dict[str, Answer]  # by card id
    where: str  # file:row, for messages


@dataclass(frozen=True, slots=True)
class Asked:
    """How a question was asked where the class answered it: as multiple choice with these options
    (the right one's text is `key`), or as a written answer (`options` empty)."""

    options: tuple[str, ...] = ()
    key: str | None = None


@dataclass
class ClassResults:
    """Every attempt read from the results files, and how each question was asked there."""

    attempts: list[Attempt] = field(default_factory=list)
    asked: dict[str, Asked] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)


def same_text(a: str, b: str) -> bool:
    """Texts as a platform shows them: the same after Unicode NFC and collapsing whitespace."""
    return flat(a) == flat(b)


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def bad(path: Path, row: int | None, column: str | None, message: str, fix: str) -> InputError:
    """One problem with a results file: file, row, column, what is wrong and how to fix it."""
    return InputError([Problem(path, row, column, message, fix)])
