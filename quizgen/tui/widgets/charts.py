"""Terminal charts for the stats screen: columns per day and labelled horizontal bars.

Pure rendering from numbers given as attributes; no data access.
"""

from __future__ import annotations

from typing import Sequence

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

EIGHTHS = " ▁▂▃▄▅▆▇█"
#: Left-aligned eighth blocks, for the ends of horizontal bars.
H_EIGHTHS = " ▏▎▍▌▋▊▉█"


def column_rows(values: Sequence[float], height: int) -> list[str]:
    """Rows of a column chart, top row first, each column one character wide (eighth blocks)."""
    top = max(values, default=0) or 1
    levels = [round(v / top * height * 8) for v in values]
    rows = []
    for row in range(height - 1, -1, -1):
        cells = []
        for level in levels:
            filled = level - row * 8
            cells.append(EIGHTHS[max(0, min(8, filled))])
        rows.append("".join(cells))
    return rows


class ColumnChart(Widget):
    """One column per value (a day) filling the width, the top value and 0 on the y axis, a base line,
    and labels under the first and the last column."""

    DEFAULT_CSS = """
    ColumnChart { height: auto; color: $primary; }
    ColumnChart > .column-chart--axis { color: $text-muted; }
    """
    COMPONENT_CLASSES = {"column-chart--axis"}

    values: reactive[tuple[float, ...]] = reactive((), layout=True)
    #: Labels under the first and the last column (e.g. dates).
    x_labels: reactive[tuple[str, str]] = reactive(("", ""))
    chart_height: reactive[int] = reactive(6, layout=True)

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return self.chart_height + 2

    def render(self) -> Text:
        values = self.values
        axis = self.get_component_rich_style("column-chart--axis")
        top = max(values, default=0)
        label_width = max(len(f"{top:g}"), 1) + 1
        count = max(1, len(values))
        cell = max(1, (self.size.width - label_width - 1) // count)
        # Columns of two cells or more get a one-cell gap, so days read apart.
        bar, gap = (cell - 1, 1) if cell >= 2 else (cell, 0)
        rows = column_rows(values, self.chart_height)
        out = Text()
        for number, row in enumerate(rows):
            label = f"{top:g}" if number == 0 else ""
            out.append(label.rjust(label_width) + " ", style=axis)
            out.append("".join(char * bar + " " * gap for char in row))
            out.append("\n")
        out.append("0".rjust(label_width) + " " + "─" * (cell * len(values)), style=axis)
        out.append("\n")
        first, last = self.x_labels
        span = len(values) * cell
        padding = max(1, span - len(first) - len(last) - gap)
        out.append(" " * (label_width + 1) + first + " " * padding + last, style=axis)
        return out


class BarRows(Widget):
    """Labelled horizontal bars: one row per (label, value), scaled to the widest value."""

    DEFAULT_CSS = """
    BarRows { height: auto; }
    """

    rows: reactive[tuple[tuple[str, float], ...]] = reactive((), layout=True)
    #: Rich styles for the bars, by label (missing labels use the widget's colour).
    bar_styles: reactive[dict[str, str]] = reactive(dict)

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return max(1, len(self.rows))

    def render(self) -> Text:
        top = max((value for _, value in self.rows), default=0) or 1
        label_width = max((len(label) for label, _ in self.rows), default=0)
        number_width = max((len(f"{value:g}") for _, value in self.rows), default=1)
        bar_width = max(1, self.size.width - label_width - number_width - 3)
        out = Text()
        for number, (label, value) in enumerate(self.rows):
            if number:
                out.append("\n")
            cells = value / top * bar_width
            whole = int(cells)
            part = H_EIGHTHS[int((cells - whole) * 8)] if whole < bar_width else ""
            out.append(label.ljust(label_width) + "  ", style="dim")
            out.append("█" * whole + part.strip(), style=self.bar_styles.get(label, ""))
            out.append(f" {value:g}", style="bold")
        return out
