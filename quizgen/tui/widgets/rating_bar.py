"""The four FSRS ratings with keys 1-4; the chosen one highlighted, a click posts `RatingBar.Chosen`."""

from __future__ import annotations

from dataclasses import dataclass

from fsrs import Rating
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

RATING_NAMES = {Rating.Again: "Again", Rating.Hard: "Hard", Rating.Good: "Good", Rating.Easy: "Easy"}


class RatingChip(Static):
    def __init__(self, rating: Rating) -> None:
        super().__init__(id=f"rating-{RATING_NAMES[rating].lower()}", classes="chip")
        self.rating = rating

    def render(self) -> Text:
        return Text.assemble((f"{int(self.rating)} ", "bold"), RATING_NAMES[self.rating])

    def on_click(self) -> None:
        self.post_message(RatingBar.Chosen(self.rating))


class RatingBar(Horizontal):
    """Attribute `selected`: the rating that Enter will commit (None hides the highlight)."""

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

    def compose(self) -> ComposeResult:
        for rating in RATING_NAMES:
            yield RatingChip(rating)

    def watch_selected(self, selected: Rating | None) -> None:
        for chip in self.query(RatingChip):
            chip.set_class(chip.rating == selected, "-selected")
