"""What every printed sheet says, whatever the format: file names, labels, prompt pieces, key rows."""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.core.generator import MASK as BLANK_MASK
from quizgen.core.model import CardKind
from quizgen.quiz.accepted import readings
from quizgen.quiz.build import VERSION_LETTERS, Quiz, Version, VersionItem


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


def letters(item: VersionItem) -> str:
    """The option letters of an MCQ as printed (A, B, C...)."""
    return VERSION_LETTERS[: len(item.options)]


def flat(text: str) -> str:
    """One line: a tab or newline in deck text would print as odd spacing or a stray line break."""
    return " ".join(text.split())


def cloze_parts(item: VersionItem) -> list[str]:
    """The prompt's pieces around its blank(s), each on one line but keeping the space the text has
    next to a blank ("appeared in ____ films" -> "appeared in ", " films")."""
    pieces = []
    for part in prompt_parts(item):
        if not part.strip():
            pieces.append(" " if part else "")
            continue
        lead = " " if part[:1].isspace() else ""
        tail = " " if part[-1:].isspace() else ""
        pieces.append(lead + flat(part) + tail)
    return pieces


def points_label(points: int | float) -> str:
    return f"{points:g} point" + ("" if points == 1 else "s")


DEFAULT_INSTRUCTIONS = (
    "Answer every question. Multiple choice: fill in the circle of the one best answer. "
    "Fill in the blank: write the missing word or words on the line."
)
GRID_INSTRUCTIONS = (
    "Answer every question on the answer grid. Multiple choice: fill in the circle of the one best "
    "answer. Fill in the blank: write the missing word or words on the grid's line."
)


def instructions(quiz: Quiz) -> str:
    """What the sheet tells the students, ending with the number of questions and points."""
    text = quiz.sheet.instructions or (GRID_INSTRUCTIONS if quiz.sheet.answer_grid else DEFAULT_INSTRUCTIONS)
    count = len(quiz.questions)
    return (f"{flat(text)} {count} question{'s' if count != 1 else ''}, "
            f"{points_label(quiz.total_points)} in all.")


def score_label(quiz: Quiz) -> str:
    return f"/ {quiz.total_points:g}"


@dataclass(frozen=True, slots=True)
class KeyRow:
    """One line of the answer key, the same columns for every kind of question."""

    number: int
    key: str  # the letter to mark (MCQ), or "write" (cloze)
    answer: str  # the right answer's text
    also: tuple[str, ...]  # other answers accepted as right (cloze); empty for MCQ
    points: int | float
    question: str  # the whole question, never cut
    source: str  # deck file:line (fact id) [source keys]


#: The key column of a cloze row: the student writes the answer.
WRITTEN = "write"


def key_rows(version: Version) -> list[KeyRow]:
    rows = []
    for item in version.items:
        card = item.question.card
        src = item.question.source
        where = f"{src.location} ({src.fact_id})"
        if src.documents:
            where += " [" + ", ".join(key for key, _ in src.documents) + "]"
        is_mcq = item.letter is not None
        rows.append(KeyRow(item.number, item.letter if is_mcq else WRITTEN, flat(card.answer),  # type: ignore[arg-type]
                           () if is_mcq else tuple(flat(a) for a in readings(card)[1:]), item.question.points,
                           flat(card.prompt), where))
    return rows


#: Column titles of the answer key, in order.
KEY_COLUMNS = ("#", "Mark", "Answer", "Also accepted", "Points", "Question", "Source")


def source_legend(version: Version) -> list[tuple[str, str]]:
    """(key, title) of every source the version's questions cite, in first-cited order."""
    legend: dict[str, str] = {}
    for item in version.items:
        for key, title in item.question.source.documents:
            legend.setdefault(key, title)
    return list(legend.items())
