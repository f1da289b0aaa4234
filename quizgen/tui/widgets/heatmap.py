"""A calendar heatmap of reviews: a column per week, a row per weekday, as Anki's heatmap add-on.

Pure rendering of the `grid` attribute (laid out by `quizgen.study.stats.heatmap_grid`, the same
grid `quizgen stats` prints); on a narrow terminal the oldest weeks are left out, never wrapped.
"""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from quizgen.study.stats import HEAT_GLYPHS, WEEKDAY_LABELS, HeatmapGrid, heat_legend

#: Greens from light to dark, as the heatmap add-on's; the glyphs carry the levels without colour.
LEVEL_STYLES = ("#4c566a", "#a3be8c", "#8fbf6f", "#5fa84a", "#2f8a2f")
LABEL_WIDTH = 4


class Heatmap(Widget):
    DEFAULT_CSS = """
    Heatmap { height: 9; }
    """

    grid: reactive[HeatmapGrid | None] = reactive(None, layout=True)

    def render(self) -> Text:
        grid = self.grid
        if grid is None or not grid.rows or not grid.rows[0]:
            return Text("")
        weeks = len(grid.rows[0])
        shown = max(1, min(weeks, self.size.width - LABEL_WIDTH))
        first = weeks - shown  # the newest weeks that fit
        header = [" "] * shown
        for column, label in grid.months:
            at = column - first
            if at >= 0 and at + len(label) <= shown:
                header[at:at + len(label)] = label
        text = Text(" " * LABEL_WIDTH + "".join(header[:shown]).rstrip(), style="dim")
        for weekday, (label, row) in enumerate(zip(WEEKDAY_LABELS, grid.rows)):
            text.append("\n" + f"{label:<{LABEL_WIDTH}}", style="dim")
            for column, level in enumerate(row[first:], start=first):
                if level is None:
                    text.append(" ")
                    continue
                today = (column, weekday) == grid.today
                text.append(HEAT_GLYPHS[level], style=LEVEL_STYLES[level] + (" reverse" if today else ""))
        text.append("\n" + heat_legend(grid), style="dim")
        return text
