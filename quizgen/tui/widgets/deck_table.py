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
#: Anki's colours for the three counts, so the numbers read the same way: on a dark theme, and
#: darker shades of them on a light one.
COUNT_STYLES = {"new": "bold #5fafff", "learning": "bold #ff8787", "due": "bold #87d787"}
LIGHT_COUNT_STYLES = {"new": "bold #005fd7", "learning": "bold #c0392b", "due": "bold #2e7d32"}


def count_styles(dark: bool) -> dict[str, str]:
    return COUNT_STYLES if dark else LIGHT_COUNT_STYLES


def count_cell(value: int, kind: str, dark: bool = True) -> Text:
    return Text(str(value), style=count_styles(dark)[kind] if value else "dim", justify="right")


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
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme: object) -> None:
        self.clear()
        self._add_rows(self.counts)

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
        dark = self.app.current_theme.dark
        for deck in counts:
            self.add_row(
                Text(deck.title, style="bold", overflow="ellipsis", no_wrap=True),
                count_cell(deck.new, "new", dark),
                count_cell(deck.learning, "learning", dark),
                count_cell(deck.due, "due", dark),
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
