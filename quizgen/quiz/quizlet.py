"""Quizlet's import text: one card per line, term TAB definition.

Quizlet's importer has no escape for its separators, so a tab or a line break inside a text
becomes a space (the only way to keep every card on its own line with exactly one tab).
"""

from __future__ import annotations

from quizgen.quiz.build import Quiz

FILE_NAME = "quiz.quizlet.txt"


def flatten(text: str) -> str:
    """One line, no tabs: runs of whitespace (tabs, newlines included) become one space."""
    return " ".join(text.split())


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    """Term: the question (a cloze shows its blank as ____); definition: the answer."""
    lines = []
    for item in quiz.versions[0].items:
        card = item.question.card
        definition = card.answer
        if len(card.accept) > 1:
            definition += " (also: " + ", ".join(card.accept[1:]) + ")"
        lines.append(f"{flatten(card.prompt)}\t{flatten(definition)}")
    return [(FILE_NAME, ("\n".join(lines) + "\n").encode())]
