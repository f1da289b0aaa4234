"""The four FSRS ratings with keys 1-4 and when each brings the card back (as Anki's "1m / 10m / 4d");
the chosen one highlighted, a click posts `RatingBar.Chosen`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from fsrs import Rating
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

RATING_NAMES = {Rating.Again: "Again", Rating.Hard: "Hard", Rating.Good: "Good", Rating.Easy: "Easy"}


def interval_text(interval: timedelta) -> str:
    """An interval as Anki writes it on its buttons: 1m, 10m, 3h, 4d, 1.5mo, 2.1y."""
    seconds = interval.total_seconds()
    if seconds < 60:
        return "<1m"
    if seconds < 3600:
        return f"{seconds / 60:.0f}m"
    if seconds < 86400:
        return f"{seconds / 3600:.0f}h"
    days = seconds / 86400
    if days < 30:
        return f"{days:.0f}d"
    if days < 365:
        return f"{days / 30:.1f}mo".replace(".0mo", "mo")
    return f"{days / 365:.1f}y".replace(".0y", "y")


class RatingChip(Static):
    def __init__(self, rating: Rating) -> None:
        super().__init__(id=f"rating-{RATING_NAMES[rating].lower()}", classes="chip")
        self.rating = rating
        self.interval: timedelta | None = None

    def render(self) -> Text:
        text = Text.assemble((f"{int(self.rating)} ", "bold"), RATING_NAMES[self.rating])
        if self.interval is not None:
            text.append(f" {interval_text(self.interval)}", style="italic")
        return text

    def on_click(self) -> None:
        self.post_message(RatingBar.Chosen(self.rating))


class RatingBar(Horizontal):
    """Attributes: `selected`, the rating that Enter will commit (None hides the highlight), and
    `intervals`, when each rating (Again to Easy) brings the card back (() shows none)."""

    DEFAULT_CSS = """
    RatingBar { height: 1; width: auto; }
    RatingBar > .chip { width: auto; padding: 0 1; margin: 0 1 0 0; color: $text-muted; }
    RatingBar > .chip.-selected { text-style: bold; color: $text; background: $primary 40%; }
    RatingBar > #rating-again.-selected { background: $error 45%; }
    RatingBar > #rating-hard.-selected { background: $warning 40%; }
    RatingBar > #rating-good.-selected { background: $success 40%; }
    RatingBar > #rating-easy.-selected { background: $primary 45%; }
    """

    @dataclass
    class Chosen(Message):
        """The learner clicked a rating (keys 1-4 are bindings of the review screen)."""

        rating: Rating

    selected: reactive[Rating | None] = reactive(None)
    intervals: reactive[tuple[timedelta, ...]] = reactive(())

    def compose(self) -> ComposeResult:
        for rating in RATING_NAMES:
            yield RatingChip(rating)

    def watch_selected(self, selected: Rating | None) -> None:
        for chip in self.query(RatingChip):
            chip.set_class(chip.rating == selected, "-selected")

    def watch_intervals(self, intervals: tuple[timedelta, ...]) -> None:
        for chip in self.query(RatingChip):
            interval = intervals[int(chip.rating) - 1] if len(intervals) == len(RATING_NAMES) else None
            if interval != chip.interval:  # cards in a row often share them: nothing to redraw then
                chip.interval = interval
                chip.refresh(layout=True)
