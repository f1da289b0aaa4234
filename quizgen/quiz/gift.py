"""Moodle GIFT: MCQ as multiple choice, cloze as short answer with every accepted alternative.

Texts are marked `[html]` and HTML-escaped, then GIFT's special characters are backslash-escaped,
so any deck text imports as itself. GIFT separates questions by blank lines, so newlines in a
text become spaces.
"""

from __future__ import annotations

import re
from html import escape

from quizgen.quiz.build import Quiz, VersionItem

#: Characters GIFT gives a meaning to; a backslash makes each literal (the backslash itself first).
GIFT_SPECIAL = "\\~=#{}:"


def escape_gift(text: str) -> str:
    text = " ".join(text.split())
    return "".join("\\" + ch if ch in GIFT_SPECIAL else ch for ch in escape(text, quote=False))


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    """One GIFT file with version A's questions (Moodle shuffles answers itself)."""
    version = quiz.versions[0]
    lines = [
        f"// {' '.join(quiz.title.split())}: made by quizgen, version {version.name}, seed {quiz.seed}",
        f"$CATEGORY: $course$/{_category(quiz.title)}",
        "",
    ]
    for item in version.items:
        lines.extend([_question(item), ""])
    return [("quiz.gift.txt", "\n".join(lines).encode())]


def _question(item: VersionItem) -> str:
    card = item.question.card
    name = escape_gift(f"Q{item.number} {card.fact} {card.kind.value}")
    head = f"::{name}::[html]{escape_gift(card.prompt)} {{"
    if item.answer_index is not None:
        answers = [("=" if i == item.answer_index else "~") + escape_gift(o) for i, o in enumerate(item.options)]
    else:
        answers = ["=" + escape_gift(a) for a in card.accept]
    return "\n".join([head, *("\t" + a for a in answers), "}"])


def _category(title: str) -> str:
    """A category name Moodle reads literally: GIFT does not escape `$CATEGORY` lines, and `/` nests."""
    return re.sub(r"[^\w .,()-]+", "-", " ".join(title.split())).strip("- ") or "quizgen"
