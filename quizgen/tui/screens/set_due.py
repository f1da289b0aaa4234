"""Set due date (`D` on the review screen and in the browser), as Anki's: a small box for Anki's
syntax (`0` today, `1` tomorrow, `3-7` a day in a range, `!` to reset the interval too).
`SetDueScreen(what)` dismisses with the entry as typed (checked by `DueDays.parse`, the rule the
session applies) or None (Esc)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from quizgen.study.reschedule import SYNTAX_HELP, DueDays
from quizgen.tui.screens.dialog import DialogScreen


class SetDueScreen(DialogScreen[str | None]):
    DEFAULT_CSS = """
    SetDueScreen #due-panel { width: 70; max-width: 100%; }
    SetDueScreen #due-help { color: $text-muted; margin-bottom: 1; }
    SetDueScreen #due-error { color: $error; height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, what: str = "this card") -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(id="due-panel", classes="dialog-panel"):
            yield Static(f"Set due date: {self.what}", id="due-title")
            yield Static(f"Days from today: {SYNTAX_HELP}. New cards are left as they are.", id="due-help")
            yield Input(placeholder="e.g. 0, 1, 3-7, 5!", id="due-days")
            yield Static("", id="due-error")
            yield Static("Enter: set · Esc: cancel", id="due-keys", classes="dialog-keys")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        try:
            DueDays.parse(event.value)
        except ValueError as error:
            self.query_one("#due-error", Static).update(str(error))
            return
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
