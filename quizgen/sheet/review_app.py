"""The Textual screen of `quizgen mark --review`: one flagged item at a time (see review.py)."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import Footer, Header, Input, Static

from quizgen.sheet.review import Pending

# textual-image asks the terminal what it can draw (kitty's protocol, sixel, else half blocks) when
# imported, which must happen before Textual takes the terminal over: so at the top, here.
from textual_image.widget import Image  # noqa: E402


class ReviewApp(App[None]):
    TITLE = "quizgen mark --review"
    CSS = """
    #crop { width: 100%; height: auto; max-height: 14; }
    #where, #why, #path, #hint, #progress { padding: 0 1; }
    #why { color: $warning; }
    #error { color: $error; padding: 0 1; }
    """
    BINDINGS = [("escape", "stop", "Stop (keeps what is settled)")]

    def __init__(self, todo: list[Pending], results: Path):
        super().__init__()
        self.todo = todo
        self.results = results
        self.index = 0
        self.settled = 0

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical():
            yield Static(id="progress")
            yield Static(id="where")
            yield Static(id="why")
            yield Image(None, id="crop")
            yield Static(id="path")
            yield Static(id="hint")
            yield Input(id="answer")
            yield Static(id="error")
        yield Footer()

    def on_mount(self) -> None:
        self.show()

    @property
    def current(self) -> Pending:
        return self.todo[self.index]

    def show(self) -> None:
        item = self.current
        self.query_one("#progress", Static).update(f"Item {self.index + 1} of {len(self.todo)}")
        self.query_one("#where", Static).update(item.title)
        self.query_one("#why", Static).update(f"Flagged: {item.reason}")
        crop = self.results / item.crop if item.crop else None
        self.query_one("#crop").image = crop if crop and crop.is_file() else None
        self.query_one("#path", Static).update(f"Picture: {crop}" if crop else "No picture (the page is missing).")
        self.query_one("#hint", Static).update(f"Answer ({item.hint}), Enter to settle:")
        answer = self.query_one("#answer", Input)
        answer.value = item.reading or ("-" if item.item is not None and item.item.kind == "mcq" else "")
        answer.focus()
        answer.select_all()  # typing replaces the reading; Enter alone accepts it
        self.query_one("#error", Static).update("")

    @on(Input.Submitted, "#answer")
    def settle(self, event: Input.Submitted) -> None:
        value = self.current.parse(event.value)
        if value is None:
            self.query_one("#error", Static).update(f"{event.value!r} is not an answer here: {self.current.hint}.")
            return
        self.current.settle(value)
        self.settled += 1
        if self.index + 1 == len(self.todo):
            self.exit()
            return
        self.index += 1
        self.show()

    def action_stop(self) -> None:
        self.exit()
