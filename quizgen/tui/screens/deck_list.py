"""The first screen: every deck with today's counts; Enter studies the highlighted deck.

Library decks that cannot be read (moved, deleted, in error) get a row each below the table, with
their problem: shown, not studyable, never silently dropped.
"""

from __future__ import annotations

from typing import Sequence

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Static

from quizgen.study.catalog import DeckInfo
from quizgen.study.library import LibraryRow, skipped_text
from quizgen.study.stats import StudiedToday
from quizgen.tui import messages
from quizgen.tui.screens.base import StudyScreen
from quizgen.tui.widgets.deck_table import DeckTable


def broken_text(rows: Sequence[LibraryRow]) -> Text:
    """Two lines per library deck that cannot be studied: what became of its file and what to do
    ("p2.yaml has an error (line 21): fix it to study this deck"), then its first problem."""
    text = Text()
    for row in rows:
        if text:
            text.append("\n")
        text.append(f"⚠ {row.path.name}", style="bold")
        if row.status == "error":
            count = len(row.problems)
            errors = "an error" if count <= 1 else f"{count} errors"
            where = "" if row.line is None else f" (line {row.line})" if count <= 1 else f" (first on line {row.line})"
            text.append(f" has {errors}{where}: fix it to study this deck", style="bold")
        else:
            text.append(" is missing", style="bold")
        text.append(f"\n  {row.problem}")
    return text


def skipped_facts_text(decks: Sequence[DeckInfo]) -> Text:
    """Two lines per deck studied without some of its facts: which file, how many facts and where
    ("p2.yaml: 1 broken fact (line 21) left out, the others are studied"), then its first problem."""
    text = Text()
    for deck in decks:
        if not deck.skipped:
            continue
        if text:
            text.append("\n")
        lines = sorted({problem.line for problem in deck.skipped if problem.line})
        where = "" if not lines else f" (line {lines[0]})" if len(lines) == 1 else \
            f" (lines {', '.join(map(str, lines[:4]))}{', ...' if len(lines) > 4 else ''})"
        text.append(f"⚠ {deck.path.name}: {skipped_text(deck)}{where} left out, the others are studied; "
                    "fix it to study it (its history is kept)", style="bold")
        text.append(f"\n  {deck.skipped[0]}")
    return text


def nothing_left_text(broken: int, studyable: int) -> str:
    """The totals' line when no card is left today: "come back tomorrow" only when every deck was read."""
    if not broken:
        return "Nothing left to study today. Come back tomorrow."
    which = "the deck below" if broken == 1 else f"the {broken} decks below"
    if not studyable:
        return f"Nothing to study until {which} can be read: fix {'it' if broken == 1 else 'them'} to study."
    return f"Nothing left today in the other decks; fix {which} to study {'it' if broken == 1 else 'them'}."


class DeckListScreen(StudyScreen[None]):
    CSS_PATH = "deck_list.tcss"
    BINDINGS = [
        Binding("a", "study_all", "Study all"),
        Binding("t", "stats", "Stats"),
        Binding("b", "browse", "Browse"),
        Binding("c", "custom_study", "Custom", tooltip="Custom study: extra cards, review ahead, by tag, cram"),
        Binding("o", "options", "Options"),
        Binding("question_mark", "app.help", "Keys"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.studied: dict[str, tuple[int, int, int]] = {}  # today's answers per deck (CountsLoaded)

    def compose(self) -> ComposeResult:
        with Vertical(id="deck-panel"):
            yield Static("quizgen", id="brand")
            # The totals of every deck head the table, apart from the highlighted deck's description below it.
            with Horizontal(id="table-heading"):
                yield Static("Today's cards", id="subtitle")
                yield Static("", id="totals")
            yield DeckTable(id="decks")
            # Anki's "Studied N cards in M minutes today" line, every deck's (the highlighted one's below).
            yield Static("", id="studied-today")
            yield Static(broken_text(self.study_app.broken_decks), id="broken-decks")
            yield Static("", id="skipped-facts")
            yield Static("", id="deck-description")
        # Every key fits at 80 columns: Ctrl+P (commands, themes) is listed by `?`, not shown here.
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#broken-decks").display = bool(self.study_app.broken_decks)
        self.show_skipped()
        self.query_one(DeckTable).focus()
        self.load_counts()

    def on_screen_resume(self) -> None:
        self.show_skipped()  # an edit in the browser may have mended or broken a fact
        self.load_counts()

    def show_skipped(self) -> None:
        text = skipped_facts_text(self.study_app.catalog.decks)
        skipped = self.query_one("#skipped-facts", Static)
        skipped.update(text)
        skipped.display = bool(text)

    @work(thread=True, exclusive=True, group="deck-counts")
    def load_counts(self) -> None:
        try:
            counts, studied = self.study_app.with_session(lambda session: (session.counts(), session.studied_today()))
        except Exception as error:  # noqa: BLE001 - shown to the learner, never a traceback
            self.post_message(messages.WorkFailed(f"Could not read the collection: {error}"))
            return
        self.post_message(messages.CountsLoaded(counts, studied))

    @on(messages.CountsLoaded)
    def show_counts(self, message: messages.CountsLoaded) -> None:
        table = self.query_one(DeckTable)
        table.counts = tuple(message.counts)
        new = sum(c.new for c in message.counts)
        learning = sum(c.learning for c in message.counts)
        due = sum(c.due for c in message.counts)
        if new + learning + due:
            totals = f"all decks: {new} new · {learning} learning · {due} due"
        else:
            totals = nothing_left_text(len(self.study_app.broken_decks), len(message.counts))
        self.query_one("#totals", Static).update(totals)
        self.studied = message.studied
        self.query_one("#studied-today", Static).update(StudiedToday.of(message.studied.values()).text())
        self.show_description()

    @on(DeckTable.RowHighlighted)
    def show_description(self) -> None:
        deck_id = self.query_one(DeckTable).highlighted_deck
        decks = self.study_app.catalog.decks_by_id
        deck = decks.get(deck_id) if deck_id else None
        text = Text()
        if deck is not None:
            text.append(deck.title, style="bold")
            text.append(f" · {deck.fact_count} facts")
            if deck.skipped_facts:
                text.append(f" ({skipped_text(deck)} left out)", style="bold")
            if deck_id in self.studied:
                text.append(f"\nThis deck: {StudiedToday.of([self.studied[deck_id]]).text()}")
            if description := (deck.description or "").strip():
                text.append(f"\n{description}")
        self.query_one("#deck-description", Static).update(text)

    @on(DeckTable.Chosen)
    def deck_chosen(self, message: DeckTable.Chosen) -> None:
        self.post_message(messages.StudyRequested(message.deck_id))

    def action_study(self) -> None:
        deck_id = self.query_one(DeckTable).highlighted_deck
        if deck_id is not None:
            self.post_message(messages.StudyRequested(deck_id))

    def action_study_all(self) -> None:
        self.post_message(messages.StudyRequested(None))

    def action_stats(self) -> None:
        self.post_message(messages.StatsRequested())

    def action_browse(self) -> None:
        self.post_message(messages.BrowseRequested())

    def action_custom_study(self) -> None:
        self.post_message(messages.CustomStudyRequested(self.query_one(DeckTable).highlighted_deck))

    def action_options(self) -> None:
        self.post_message(messages.OptionsRequested())
