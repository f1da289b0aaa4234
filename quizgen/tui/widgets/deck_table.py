"""The decks with today's new / learning / due counts; Enter or a click posts `DeckTable.Chosen`."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import DataTable

from quizgen.study.session import DeckCounts

#: Anki's colours for the three counts, so the numbers read the same way.
COUNT_STYLES = {"new": "bold #5fafff", "learning": "bold #ff8787", "due": "bold #87d787"}


def count_cell(value: int, kind: str) -> Text:
    return Text(str(value), style=COUNT_STYLES[kind] if value else "dim", justify="right")


class DeckTable(DataTable):
    """Attribute `counts`: one row per deck, keyed by deck id."""

    @dataclass
    class Chosen(Message):
        deck_id: str

    BINDINGS = [Binding("enter", "select_cursor", "Study")]

    counts: reactive[tuple[DeckCounts, ...]] = reactive(())

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = False
        self.add_column("Deck", key="deck", width=52)
        self.add_column(Text("New", justify="right"), key="new", width=8)
        self.add_column(Text("Learning", justify="right"), key="learning", width=8)
        self.add_column(Text("Due", justify="right"), key="due", width=8)

    def watch_counts(self, counts: tuple[DeckCounts, ...]) -> None:
        selected = self.cursor_row
        self.clear()
        for deck in counts:
            self.add_row(
                Text(deck.title, style="bold"),
                count_cell(deck.new, "new"),
                count_cell(deck.learning, "learning"),
                count_cell(deck.due, "due"),
                key=deck.deck_id,
            )
        if counts:
            self.move_cursor(row=min(max(selected, 0), len(counts) - 1))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.Chosen(event.row_key.value))

    @property
    def highlighted_deck(self) -> str | None:
        if not self.counts or self.cursor_row < 0:
            return None
        return self.counts[min(self.cursor_row, len(self.counts) - 1)].deck_id
