"""The decks with today's new / learning / due counts; Enter or a click posts `DeckTable.Chosen`."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import DataTable

from quizgen.study.session import DeckCounts

#: The deck column's widest and narrowest, and each count column's width (cells, padding aside).
DECK_WIDTH, MIN_DECK_WIDTH, COUNT_WIDTH = 52, 8, 8
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
        self._deck_width = DECK_WIDTH
        self._add_columns()

    def _add_columns(self) -> None:
        self.add_column("Deck", key="deck", width=self._deck_width)
        self.add_column(Text("New", justify="right"), key="new", width=COUNT_WIDTH)
        self.add_column(Text("Learning", justify="right"), key="learning", width=COUNT_WIDTH)
        self.add_column(Text("Due", justify="right"), key="due", width=COUNT_WIDTH)

    def on_resize(self) -> None:
        # The deck column takes what the counts leave, so every count shows at any width (long
        # titles are cut, never the Due column). Columns are made anew: public API only.
        cells = 3 * (COUNT_WIDTH + 2 * self.cell_padding) + 2 * self.cell_padding
        width = max(MIN_DECK_WIDTH, min(DECK_WIDTH, self.scrollable_content_region.width - cells))
        if width != self._deck_width:
            self._deck_width = width
            self.clear(columns=True)
            self._add_columns()
            self._add_rows(self.counts)

    def watch_counts(self, counts: tuple[DeckCounts, ...]) -> None:
        self.clear()
        self._add_rows(counts)

    def _add_rows(self, counts: tuple[DeckCounts, ...]) -> None:
        selected = self.cursor_row
        for deck in counts:
            self.add_row(
                Text(deck.title, style="bold", overflow="ellipsis", no_wrap=True),
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
