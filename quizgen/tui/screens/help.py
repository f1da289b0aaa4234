"""The keys, shown by `?` over any screen; Escape, `?` or `q` closes it."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

#: (section, [(keys, what they do)]): the one place the keys are described for the learner.
KEY_HELP: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Deck list",
        (
            ("↑ ↓  Enter", "choose a deck and start studying it"),
            ("a", "study every deck together"),
            ("t", "statistics"),
            ("b  c", "browse every card (search, suspend, reset, edit) · custom study"),
            ("o", "options: new cards/day, reviews/day, retention, steps (Ctrl+P there: Options too)"),
            ("q", "quit"),
        ),
    ),
    (
        "Answering a card",
        (
            ("a b c d", "pick an option of a multiple-choice card (or click it)"),
            ("type, Enter", "answer a fill-in-the-blank card"),
            ("Enter on empty", "reveal the answer, then rate yourself with 1-4"),
            ("Esc", "leave the answer box to use the keys below"),
        ),
    ),
    (
        "After the answer",
        (
            ("1 2 3 4", "save that rating (Again, Hard, Good, Easy) and go to the next card"),
            ("Enter  Space", "save the implied rating (highlighted) and go to the next card"),
        ),
    ),
    (
        "Any card",
        (
            ("u", "undo the last action: an answer, a bury, a suspend, a flag, a due date (the card comes back)"),
            ("b  (or B)", "bury the card and its siblings until tomorrow (B while a–d are options)"),
            ("s", "suspend the card (its fact's other cards wait until tomorrow)"),
            ("f  F", "flag red · choose a flag: 1-7 red orange green blue pink turquoise purple, 0 none"),
            ("Ctrl+1..7", "toggle that flag, as Anki (where the terminal sends it; else F)"),
            ("D", "set due date, as Anki: 0 today, 1 tomorrow, 3-7 a day in a range, 5! also resets the interval"),
            ("e", "edit its fact in $EDITOR; the deck is read again and the card asked again"),
            ("i  /", "card info (its answer shows once you have answered) · browse every card"),
            ("t", "statistics (the card waits, its clock stopped)"),
            ("q", "end the session and see the summary"),
        ),
    ),
    (
        "Browser",
        (
            ("type, Enter", "search (deck: tag: is:due is:flagged flag:3 prop:due<=3 \"text\" ...)"),
            ("Esc Tab ↓  /", "to the cards · back to the search box"),
            ("␣", "mark a card (the keys below act on the marked cards, else the highlighted one)"),
            ("s  b  f  F", "suspend · bury · flag red · choose a flag (each again to undo it)"),
            ("r  e  i", "reset to new (asks first) · edit in $EDITOR · card info"),
            ("D", "set due date of the chosen cards (0, 1, 3-7, 5!; new cards are left as they are)"),
            ("o  O  [ ]", "sort (deck, due, lapses, difficulty) · reverse · pages"),
        ),
    ),
    (
        "Anywhere",
        (
            ("Ctrl+P", "commands; \"Theme\" picks a theme (light ones too), remembered in settings.toml"),
            ("?", "this help"),
            ("Ctrl+C", "quit (every answer is already saved)"),
        ),
    ),
)


def help_table() -> Table:
    table = Table.grid(padding=(0, 3))
    table.add_column(style="bold", no_wrap=True, min_width=16)
    table.add_column()
    for number, (section, keys) in enumerate(KEY_HELP):
        if number:
            table.add_row("", "")
        table.add_row(Text(section, style="bold underline"), "")
        for key, what in keys:
            table.add_row(key, what)
    return table


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS = [
        Binding("escape,question_mark,q", "close", "Close"),
    ]

    def compose(self) -> ComposeResult:
        # Scrolls (↑ ↓, PgUp PgDn) where the terminal is too short for every key.
        with VerticalScroll(id="help-panel"):
            yield Static("Keys", id="help-title")
            yield Static(help_table(), id="help-table")
            yield Static("Esc closes this help · ↑ ↓ scroll", id="help-hint")

    def on_mount(self) -> None:
        self.query_one("#help-panel").focus()

    def action_close(self) -> None:
        self.dismiss(None)
