"""The end of a session: cards studied, right %, time spent, when the next cards are due."""

from __future__ import annotations

from datetime import datetime

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from quizgen.study.session import Summary
from quizgen.tui import messages


def duration_text(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def next_due_text(next_due: datetime | None, now: datetime) -> str:
    """When the next card is due, relative to `now` and as a local clock time."""
    if next_due is None:
        return "nothing scheduled"
    wait = (next_due - now).total_seconds()
    local = next_due.astimezone(now.tzinfo)
    if wait <= 60:
        return "now: more cards are waiting"
    if wait < 3600:
        return f"in {int(wait // 60)} min ({local:%H:%M})"
    if wait < 86400:
        return f"in {int(wait // 3600)} h ({local:%H:%M})"
    return f"in {int(wait // 86400)} days ({local:%a %d %b})"


def summary_table(summary: Summary, now: datetime) -> Table:
    table = Table.grid(padding=(0, 4))
    table.add_column(style="dim", no_wrap=True)
    table.add_column(style="bold")
    percent = f"{summary.right / summary.answers:.0%}" if summary.answers else "–"
    answers = f"{summary.answers} answer{'s' if summary.answers != 1 else ''}"
    table.add_row("Cards studied", Text.assemble(str(summary.cards), (f"   {answers}", "dim")))
    table.add_row("Right", Text.assemble(percent, (f"   {summary.right} of {summary.answers} answers", "dim")))
    table.add_row("Time", duration_text(summary.seconds))
    table.add_row("Next cards due", next_due_text(summary.next_due, now))
    return table


class SummaryScreen(Screen[None]):
    CSS_PATH = "summary.tcss"
    BINDINGS = [
        Binding("enter,escape", "app.pop_screen", "Decks"),
        Binding("t", "stats", "Stats"),
        Binding("question_mark", "app.help", "Keys"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, summary: Summary, now: datetime) -> None:
        super().__init__()
        self.summary = summary
        self.now = now

    def compose(self) -> ComposeResult:
        with Vertical(id="summary-panel"):
            title = "Session complete" if self.summary.answers else "No cards studied"
            yield Static(title, id="summary-title")
            yield Static(summary_table(self.summary, self.now), id="summary-table")
            yield Static("Enter: decks · t: statistics · q: quit", id="summary-hint")
        yield Footer()

    def action_stats(self) -> None:
        self.post_message(messages.StatsRequested())
