"""A yes/no question over any screen: `ConfirmScreen(question, verb)` dismisses with True or False."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from quizgen.tui.screens.dialog import DialogScreen


class ConfirmScreen(DialogScreen[bool]):
    DEFAULT_CSS = "ConfirmScreen #confirm-panel { width: 64; border: round $warning; }"
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape,q", "answer(False)", "No"),
    ]

    def __init__(self, question: str, verb: str) -> None:
        super().__init__()
        self.question = question
        self.verb = verb

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-panel", classes="dialog-panel"):
            yield Static(self.question, id="confirm-question")
            yield Static(f"y / Enter: {self.verb}    n / Esc: cancel", id="confirm-keys", classes="dialog-keys")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
