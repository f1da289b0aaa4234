"""Choose a flag (`F` on the review screen and in the browser): Anki's seven colours, keys 1-7, 0 for
none. `FlagPickerScreen(current)` dismisses with the flag chosen (0: none) or None (Esc).

Anki gives each flag Ctrl+1..Ctrl+7, which the app binds too; but most terminals send a plain digit
for Ctrl+digit (only those with the kitty keyboard protocol tell them apart), and a plain digit on
the review screen is a rating: this picker is the way that works in every terminal."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from quizgen.study.records import FLAGS
from quizgen.tui.screens.dialog import DialogScreen

#: How each flag shows (records.FLAGS: red, orange, green, blue, pink, turquoise, purple).
FLAG_STYLES = {1: "#bf616a", 2: "#d08770", 3: "#a3be8c", 4: "#5e81ac", 5: "#e889c8", 6: "#88c0d0", 7: "#b48ead"}


def flag_mark(flag: int) -> Text:
    """`⚑ red` in the flag's colour (empty for no flag)."""
    return Text(f"⚑ {FLAGS[flag]}", style=f"bold {FLAG_STYLES[flag]}") if flag else Text("")


class FlagPickerScreen(DialogScreen[int | None]):
    DEFAULT_CSS = "FlagPickerScreen #flag-panel { width: 40; }"
    BINDINGS = [
        *(Binding(str(number), f"choose({number})", "Flag", show=False) for number in range(8)),
        Binding("escape,q,F", "cancel", "Cancel"),
    ]

    def __init__(self, current: int = 0, what: str = "this card") -> None:
        super().__init__()
        self.current = current
        self.what = what

    def compose(self) -> ComposeResult:
        rows = Text(f"Flag {self.what}\n\n")
        for number in FLAGS:
            rows.append(f"  {number}  ")
            rows.append_text(flag_mark(number))
            rows.append("   (now)\n" if number == self.current else "\n")
        rows.append("  0  no flag" + ("   (now)" if self.current == 0 else ""))
        with Vertical(id="flag-panel", classes="dialog-panel"):
            yield Static(rows, id="flag-rows")
            yield Static("1-7 / 0: choose · Esc: cancel", id="flag-keys", classes="dialog-keys")

    def action_choose(self, number: int) -> None:
        self.dismiss(number)

    def action_cancel(self) -> None:
        self.dismiss(None)
