"""What every printed sheet says, whatever the format: file names, labels, prompt pieces, key rows."""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.core.generator import MASK as BLANK_MASK
from quizgen.core.model import CardKind
from quizgen.quiz.build import Quiz, Version, VersionItem


def sheet_name(version: Version) -> str:
    return f"quiz-{version.name}"


KEY_NAME = "answer-key"


def version_label(quiz: Quiz, version: Version) -> str:
    """Printed on every page of every sheet, so a lost version can be regenerated exactly."""
    return f"Version {version.name} · seed {quiz.seed}"


def prompt_parts(item: VersionItem) -> list[str]:
    """The prompt split around its hidden blank(s): text, blank, text... (one part when none)."""
    return item.question.card.prompt.split(BLANK_MASK)


def is_cloze(item: VersionItem) -> bool:
    return item.question.card.kind is CardKind.CLOZE


@dataclass(frozen=True, slots=True)
class KeyRow:
    number: int
    answer: str  # a letter for MCQ, the canonical answer for cloze
    also: tuple[str, ...]  # other accepted answers (cloze) or the correct option's text (MCQ)
    question: str  # the start of the question, to find it on the sheet
    source: str  # deck file:line (fact id) [source keys]


#: How much of a question the key shows.
KEY_QUESTION_CHARS = 55


def shorten(text: str, limit: int = KEY_QUESTION_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] == "_":
        cut = cut.rstrip("_")  # never leave half a blank ("on a __…")
    return cut.rstrip() + "…"


def key_rows(version: Version) -> list[KeyRow]:
    rows = []
    for item in version.items:
        card = item.question.card
        also = (card.answer,) if item.letter is not None else tuple(card.accept[1:])
        src = item.question.source
        where = f"{src.location} ({src.fact_id})"
        if src.documents:
            where += " [" + ", ".join(key for key, _ in src.documents) + "]"
        rows.append(KeyRow(item.number, item.answer, also, shorten(card.prompt), where))
    return rows


def source_legend(version: Version) -> list[tuple[str, str]]:
    """(key, title) of every source the version's questions cite, in first-cited order."""
    legend: dict[str, str] = {}
    for item in version.items:
        for key, title in item.question.source.documents:
            legend.setdefault(key, title)
    return list(legend.items())
