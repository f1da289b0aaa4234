"""What the learner sees after an answer: the verdict, the diff, the fact, its note and its source."""

from __future__ import annotations

from fsrs import Rating
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from quizgen.study.session import Grade, Presented
from quizgen.tui.widgets.diff_view import DiffView
from quizgen.tui.widgets.rating_bar import RATING_NAMES

VERDICTS = {
    "right": ("✓ Right", "-right"),
    "almost": ("≈ Almost: a small typo", "-almost"),
    "wrong": ("✗ Wrong", "-wrong"),
    "revealed": ("Answer revealed: how well did you know it?", "-revealed"),
}


def highlighted_fact(full_text: str, answer: str) -> Text:
    """The fact as a sentence with the answer in bold."""
    text = Text(full_text)
    start = full_text.find(answer) if answer else -1
    if start >= 0:
        text.stylize("bold underline", start, start + len(answer))
    return text


def source_text(source: tuple[str | None, str]) -> Text:
    title, sentence = source
    text = Text()
    if title:
        text.append(title, style="italic")
        text.append("\n")
    text.append(f"“{sentence}”")
    return text


class Feedback(Vertical):
    """Shown once a card is answered. `show(presented, grade, rating)` sets it from the screen."""

    DEFAULT_CSS = """
    Feedback { height: auto; }
    Feedback > .section { height: auto; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="verdict", classes="section")
        yield DiffView(id="diff")
        yield Static("", id="fact", classes="section")
        yield Static("", id="note", classes="section")
        yield Static("", id="source", classes="section")

    def show(self, presented: Presented, grade: Grade) -> None:
        label, verdict_class = VERDICTS.get(grade.verdict, (grade.verdict, ""))
        if grade.verdict == "right" and grade.rating == Rating.Hard:
            label = f"✓ Right, after {grade.seconds:.0f} s of hesitation: Hard"
        verdict = self.query_one("#verdict", Static)
        verdict.update(label)
        # One batch: a single restyle of the verdict line, none when the class stays.
        verdict.update_classes({name: name == verdict_class for _, name in VERDICTS.values()})

        diff = self.query_one(DiffView)
        diff.display = grade.verdict in ("almost", "wrong") and bool(grade.diff)
        diff.answer = presented.card.answer
        diff.typed = grade.given
        diff.diff = grade.diff

        self.query_one("#fact", Static).update(highlighted_fact(presented.card.full_text, presented.card.answer))
        note = self.query_one("#note", Static)
        note.display = bool(grade.note)
        note.update(Text(grade.note or ""))
        source = self.query_one("#source", Static)
        source.display = grade.source is not None
        source.update(source_text(grade.source) if grade.source else "")


def rating_hint(grade: Grade) -> str:
    """What the rating row says next to the four ratings."""
    if grade.verdict == "revealed":
        return "rate yourself: 1–4"
    return f"implied: {RATING_NAMES.get(grade.rating, '')}"
