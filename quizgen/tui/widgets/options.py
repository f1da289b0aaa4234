"""The options of an MCQ card, labelled A-D; a click posts `McqOptions.Picked`."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

LETTERS = "ABCDEFGH"


class OptionRow(Static):
    """One option: its letter and text. Styled by the classes -right, -wrong, -dim."""

    #: The option's text; a new card sets it on the rows already there (layout: it may wrap).
    text: reactive[str] = reactive("", layout=True)

    def __init__(self, index: int, text: str) -> None:
        super().__init__(id=f"option-{index}", classes="option")
        self.index = index
        self.set_reactive(OptionRow.text, text)

    def render(self) -> Text:
        line = Text()
        line.append(f" {LETTERS[self.index]} ", style="bold reverse" if self.has_class("-right") else "bold")
        line.append("  ")
        line.append(self.text)
        if self.has_class("-right"):
            line.append("  ✓", style="bold")
        elif self.has_class("-wrong"):
            line.append("  ✗", style="bold")
        return line

    def mark(self, right: bool, wrong: bool, dim: bool) -> None:
        """Set the verdict classes in one batch (one restyle of this row, none if nothing changed)."""
        wanted = {"-right": right, "-wrong": wrong, "-dim": dim}
        if any(self.has_class(name) != on for name, on in wanted.items()):
            self.update_classes(wanted)
            self.refresh()  # the letter and the mark are drawn from the classes

    def on_click(self) -> None:
        self.post_message(McqOptions.Picked(self.index))


class McqOptions(Vertical):
    """The option list. Attributes: `options`; after an answer, `picked` and `answer_index`."""

    DEFAULT_CSS = """
    McqOptions { height: auto; }
    McqOptions > .option { height: auto; padding: 0 1; margin: 0 0 1 0; }
    McqOptions > .option:last-of-type { margin: 0; }
    """

    @dataclass
    class Picked(Message):
        """The learner clicked an option (keys a-d are bindings of the review screen)."""

        index: int

    options: reactive[tuple[str, ...]] = reactive(())
    #: The option the learner chose and the right one; None before the answer.
    picked: reactive[int | None] = reactive(None)
    answer_index: reactive[int | None] = reactive(None)

    def compose(self) -> ComposeResult:
        for index, text in enumerate(self.options):
            yield OptionRow(index, text)

    def show(self, options: tuple[str, ...]) -> None:
        """A fresh card: new options, nothing picked (one restyle of the rows, not one per attribute)."""
        self.set_reactive(McqOptions.picked, None)
        self.set_reactive(McqOptions.answer_index, None)
        if options != self.options:
            self.options = options  # watch_options restyles
        else:
            self._restyle()  # the same options again (a card asked again): only the marks go

    def reveal(self, picked: int | None, answer_index: int | None) -> None:
        self.picked = picked
        self.answer_index = answer_index

    def watch_options(self, options: tuple[str, ...]) -> None:
        # The rows are kept from card to card (new text, classes cleared): remounting them would
        # style four new widgets per card. Only another number of options builds new rows.
        rows = list(self.query_children(OptionRow))
        if len(rows) != len(options):
            self.refresh(recompose=True)
            return
        for row, text in zip(rows, options):
            row.text = text
        self._restyle()

    def watch_picked(self) -> None:
        self._restyle()

    def watch_answer_index(self) -> None:
        self._restyle()

    def _restyle(self) -> None:
        answered = self.answer_index is not None
        for row in self.query_children(OptionRow):
            is_right = answered and row.index == self.answer_index
            is_wrong = answered and row.index == self.picked and not is_right
            row.mark(is_right, is_wrong, answered and not is_right and not is_wrong)
