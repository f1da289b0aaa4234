"""What the learner typed against the answer, the differences marked.

`diff` is the grader's list of (op, text) pairs: "equal" text is in both, "extra" and "wrong" text
was typed but is not in the answer, "missing" text is in the answer but was not typed. The typed
line is exactly what was typed (case, accents and spaces as keyed) with what was wrong marked; the
answer line marks what was missing.
"""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from quizgen.study.grading import typed_marks


def diff_lines(diff: tuple[tuple[str, str], ...], answer: str, typed_text: str) -> tuple[Text, Text]:
    """The typed line (the keystrokes, wrong parts marked) and the answer line, as styled text."""
    typed = Text()
    for text, marked in typed_marks(typed_text, diff):
        typed.append(text, style="bold red underline" if marked else "")
    expected = Text()
    for op, text in diff:
        if op == "equal":
            expected.append(text)
        elif op == "missing":
            expected.append(text, style="bold green underline")
    if not expected.plain.strip():
        expected = Text(answer, style="bold green")
    return typed, expected


class DiffView(Static):
    """Attributes: `diff` (from the grade), `typed` (what was typed) and `answer` (the canonical answer)."""

    DEFAULT_CSS = """
    DiffView { height: auto; }
    """

    diff: reactive[tuple[tuple[str, str], ...]] = reactive(())
    answer: reactive[str] = reactive("")
    typed: reactive[str] = reactive("")

    def render(self) -> Text:
        typed, expected = diff_lines(self.diff, self.answer, self.typed)
        out = Text()
        out.append("You typed  ", style="dim")
        out.append_text(typed if typed.plain else Text("(nothing)", style="dim italic"))
        out.append("\n")
        out.append("Answer     ", style="dim")
        out.append_text(expected)
        return out
