"""One card's info (from the browser or the review screen, `i`): its fact and source, FSRS memory,
today's retrievability, its forgetting curve, and every review.

Everything is read in a worker (`quizgen.study.cardinfo.read_card_info`); the handler fills the widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Footer, Static
from textual_plotext import PlotextPlot

from quizgen.study.cardinfo import CardInfo, read_card_info
from quizgen.study.records import FLAGS, RescheduleRow, ReviewRow
from quizgen.tui import messages
from quizgen.tui.screens.base import StudyScreen

RATINGS = {1: ("Again", "#ff8787"), 2: ("Hard", "#ffaf5f"), 3: ("Good", "#87d787"), 4: ("Easy", "#5fafff")}


def days_text(days: float) -> str:
    if days < 1:
        minutes = round(days * 1440)
        return f"{minutes} min" if minutes < 60 else f"{round(minutes / 60)} h"
    return f"{days:.1f} days" if days < 10 else f"{round(days)} days"


#: What stands for the fact, the answer, the source and the note while the card waits for its answer.
HIDDEN = "hidden until you answer the card"


def facts_table(info: CardInfo, hide_answer: bool = False) -> Table:
    """The card's fact, answer, source and memory, as label / value rows (values as Text: deck text
    is never read as markup). `hide_answer`: the card waits for its answer, so the rows that would
    give it away (fact, answer, source, note) say so instead, as Anki's card info does."""
    table = _PlainTable.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    card = info.card
    if card is None:
        table.add_row("Card", Text(f"{info.card_id}: no open deck has this card any more (its history is kept)",
                                   style="yellow"))
    elif hide_answer:
        hidden = Text(HIDDEN, style="italic")
        table.add_row("Fact", hidden)
        table.add_row("Question", card.prompt)
        table.add_row("Answer", hidden)
        table.add_row("Deck", f"{info.deck_title}  ({card.kind.value}, fact {card.fact}, blank {card.blank})")
        if card.tags:
            table.add_row("Tags", " ".join(card.tags))
    else:
        table.add_row("Fact", card.full_text)
        table.add_row("Question", card.prompt)
        table.add_row("Answer", " / ".join(card.accept))
        table.add_row("Deck", f"{info.deck_title}  ({card.kind.value}, fact {card.fact}, blank {card.blank})")
        if card.tags:
            table.add_row("Tags", " ".join(card.tags))
        if info.source is not None:
            title, sentence = info.source
            table.add_row("Source", Text.assemble((f"{title}: " if title else "", "italic"), f"“{sentence}”"))
        if card.note:
            table.add_row("Note", card.note)
    if info.flag:
        table.add_row("Flag", f"⚑ {FLAGS[info.flag]}")
    state = info.state
    memory = state.memory if state else None
    if state is None or memory is None:
        table.add_row("State", "new (never answered)" + (", suspended" if state and state.suspended else ""))
    else:
        flags = [name for name, on_ in (("suspended", state.suspended), ("leech", state.leech)) if on_]
        table.add_row("State", ", ".join([memory.state.name.lower(), *flags]))
        table.add_row("Due", memory.due.astimezone().strftime("%Y-%m-%d %H:%M"))
        if memory.stability is not None:
            table.add_row("Stability", days_text(memory.stability))
        if memory.difficulty is not None:
            table.add_row("Difficulty", f"{memory.difficulty:.2f} (1 easiest – 10 hardest)")
        if info.retrievability is not None:
            table.add_row("Retrievability", f"{info.retrievability:.1%} today")
        table.add_row("Reviews", f"{state.reps}, {state.lapses} lapses")
    return table


class _PlainTable(Table):
    """A Rich table whose str cells are plain text (Rich reads a str cell as markup)."""

    def add_row(self, *cells: object, **options: object) -> None:  # type: ignore[override]
        super().add_row(*(Text(cell) if isinstance(cell, str) else cell for cell in cells), **options)  # type: ignore[arg-type]


class ForgettingCurve(PlotextPlot):
    """The card's retrievability from its last review on, with today and the due date marked."""

    DEFAULT_CSS = "ForgettingCurve { height: 14; }"

    def show(self, info: CardInfo) -> None:
        plt = self.plt
        plt.clear_figure()
        xs = [x for x, _ in info.curve]
        plt.plot(xs, [100 * y for _, y in info.curve], marker="braille", color="cyan")
        if info.today_days is not None:
            plt.vline(info.today_days, "orange")
        if info.due_days is not None:
            plt.vline(info.due_days, "green")
        plt.ylim(0, 100)
        plt.title("Forgetting curve: recall %, days since the last review (orange: now, green: due)")
        self.refresh()


class CardInfoScreen(StudyScreen[None]):
    CSS_PATH = "card_info.tcss"
    BINDINGS = [Binding("escape,q,i", "close", "Back")]

    @dataclass
    class Loaded(Message):
        info: CardInfo

    def __init__(self, card_id: str, *, hide_answer: bool = False) -> None:
        super().__init__()
        self.card_id = card_id
        self.hide_answer = hide_answer  # opened over a card that waits for its answer
        self.info: CardInfo | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="info-body"):
            yield Static("Card info", id="info-title")
            yield Static("Reading the card…", id="info-facts", classes="box")
            yield ForgettingCurve(id="curve", classes="box")
            yield DataTable(id="reviews", cursor_type="none", zebra_stripes=True, classes="box")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ForgettingCurve).display = False
        self.query_one("#reviews", DataTable).display = False
        self.load()

    @work(thread=True, exclusive=True, group="card-info")
    def load(self) -> None:
        app = self.study_app
        try:
            info = app.with_session(lambda session: read_card_info(
                app.collection, app.catalog, app.settings, self.card_id, app.clock(), session.days))
        except Exception as error:  # noqa: BLE001 - shown to the learner
            self.post_message(messages.WorkFailed(f"Could not read the card: {error}"))
            return
        self.post_message(self.Loaded(info))

    @on(Loaded)
    def show_info(self, message: Loaded) -> None:
        info = self.info = message.info
        self.query_one("#info-title", Static).update(Text(f"Card info · {info.card_id}", style="bold"))
        self.query_one("#info-facts", Static).update(facts_table(info, self.hide_answer))
        curve = self.query_one(ForgettingCurve)
        curve.display = bool(info.curve)
        if info.curve:
            curve.show(info)
        table = self.query_one("#reviews", DataTable)
        table.display = bool(info.reviews or info.reschedules)
        table.border_title = f"Reviews ({len(info.reviews)})" + (
            f" · due dates set by hand ({len(info.reschedules)})" if info.reschedules else "")
        table.clear(columns=True)
        for label in ("Date", "Rating", "Answer", "Interval", "Stability", "Difficulty", "Time"):
            table.add_column(label, key=label.lower())
        # The answers and the due dates set by hand (Anki's "Rescheduled" rows), in the order of time.
        rows: list[tuple[datetime, ReviewRow | RescheduleRow]] = [
            *((review.reviewed_at, review) for review in info.reviews), *((row.at, row) for row in info.reschedules)]
        for at, entry in sorted(rows, key=lambda item: item[0]):
            after = entry.state_after.memory
            interval = days_text((after.due - at).total_seconds() / 86400) if after else ""
            stability = days_text(after.stability) if after and after.stability is not None else ""
            difficulty = f"{after.difficulty:.2f}" if after and after.difficulty is not None else ""
            when = at.astimezone().strftime("%Y-%m-%d %H:%M")
            if isinstance(entry, RescheduleRow):
                table.add_row(when, Text("Set due", style="magenta"), Text(f"due date set: {entry.days}"), interval,
                              stability, difficulty, "")
                continue
            name, colour = RATINGS[int(entry.rating)]
            table.add_row(
                when, Text(name, style=colour),
                Text(entry.verdict + (f": {entry.given}" if entry.given and entry.verdict != "right" else "")),
                interval, stability, difficulty, f"{entry.duration_ms / 1000:.1f} s",
            )

    def action_close(self) -> None:
        self.dismiss(None)
