"""Custom study (from the deck list, `c`), as Anki's: raise today's new-card limit, review ahead,
study a deck or tag, or cram one without touching the schedule.

The choice of cards is quizgen.study.custom's (the browser's search language); the session it
makes runs on the usual review screen (the app swaps it in, and its own back after).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Footer, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from quizgen.study.browse import BrowseIndex, Today
from quizgen.study.custom import DEFAULT_LIMIT, CustomSession, Selection, choose_cards, selection_query
from quizgen.tui import messages
from quizgen.tui.screens.base import StudyScreen
from quizgen.tui.screens.browser import catalog_facts

#: (id, label, what the amount is, its default, what the mode does)
MODES = (
    ("new", "Extra new cards today", "New cards", 10,
     "Raise the deck's (or every deck's) new-card limit for today only; then study as usual."),
    ("reviews", "Extra reviews today", "Reviews", 50,
     "Raise the deck's (or every deck's) review limit for today only; then study as usual."),
    ("ahead", "Review ahead", "Days", 3,
     "Review cards due in the next N days now (answers are saved and scheduled as usual)."),
    ("tag", "Study by deck or tag", "At most", DEFAULT_LIMIT,
     "Review the deck's (or the tags') studied cards now, due or not; answers are saved and scheduled."),
    ("cram", "Cram (scheduling untouched)", "At most", DEFAULT_LIMIT,
     "Go through the deck's or the tags' cards of the kinds chosen, new ones too: answers are NOT saved as "
     "reviews, and no card's schedule changes. A card you miss comes back a few cards later."),
)
#: Cram's card kinds: (label, the browser's `kind:`, None: both).
CRAM_KINDS = (
    ("Both: every card", None),
    ("Multiple choice", "mcq"),
    ("Typed (cloze)", "cloze"),
)


class CustomStudyScreen(StudyScreen[None]):
    CSS_PATH = "custom_study.tcss"
    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("ctrl+s", "start", "Start"),
    ]

    @dataclass
    class Failed(Message):
        text: str

    @dataclass
    class LimitRaised(Message):
        text: str

    def __init__(self, deck_id: str | None = None) -> None:
        super().__init__()
        self.deck_id = deck_id

    def compose(self) -> ComposeResult:
        decks = self.study_app.catalog.decks
        with VerticalScroll(id="custom-panel"):
            yield Static("Custom study", id="custom-title")
            yield OptionList(*(Option(label, id=mode) for mode, label, *_ in MODES), id="mode")
            yield Static("", id="mode-help")
            with Horizontal(classes="field"):
                yield Label("Deck", classes="field-label")
                yield Select([(info.title, info.id) for info in decks], prompt="All decks", allow_blank=True,
                             value=self.deck_id if self.deck_id in self.study_app.catalog.decks_by_id else Select.BLANK,
                             id="deck")
            with Horizontal(classes="field"):
                yield Label("New cards", classes="field-label", id="amount-label")
                yield Input(str(MODES[0][3]), type="integer", id="amount")
            with Horizontal(classes="field", id="tags-field"):
                yield Label("Tags", classes="field-label")
                yield Input(placeholder="any of these tags (empty: the deck's every card)", id="tags")
            with Horizontal(classes="field", id="kind-field"):
                yield Label("Cards", classes="field-label")
                yield Select([(label, kind or "both") for label, kind in CRAM_KINDS], allow_blank=False,
                             value="both", id="kind")
            yield Static("", id="custom-error")
            yield Button("Start", id="start", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        options = self.query_one("#mode", OptionList)
        options.highlighted = 0
        options.focus()
        self.show_mode(0)

    def mode(self) -> str:
        index = self.query_one("#mode", OptionList).highlighted or 0
        return MODES[index][0]

    @on(OptionList.OptionHighlighted, "#mode")
    def mode_changed(self, message: OptionList.OptionHighlighted) -> None:
        self.show_mode(message.option_index)

    def show_mode(self, index: int) -> None:
        mode, _label, amount_label, default, help_text = MODES[index]
        self.query_one("#mode-help", Static).update(help_text)
        self.query_one("#mode-help", Static).set_class(mode == "cram", "-cram")
        self.query_one("#amount-label", Label).update(amount_label)
        self.query_one("#amount", Input).value = str(default)
        self.query_one("#tags-field").display = mode in ("tag", "cram")
        self.query_one("#kind-field").display = mode == "cram"
        self.query_one("#custom-error", Static).update("")

    @on(OptionList.OptionSelected, "#mode")
    def mode_chosen(self) -> None:
        self.query_one("#deck", Select).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        amount_text = self.query_one("#amount", Input).value.strip()
        if not amount_text.isdigit() or int(amount_text) < 1:
            self.query_one("#custom-error", Static).update("Give a whole number of 1 or more.")
            return
        deck = self.query_one("#deck", Select).value
        deck_id = None if deck is Select.BLANK else str(deck)
        tags = tuple(self.query_one("#tags", Input).value.split())
        kind = self.query_one("#kind", Select).value
        self.start(self.mode(), deck_id, int(amount_text), tags, None if kind == "both" else str(kind))

    @work(thread=True, exclusive=True, group="custom-study")
    def start(self, mode: str, deck_id: str | None, amount: int, tags: tuple[str, ...],
              kind: str | None = None) -> None:
        app = self.study_app
        try:
            if mode in ("new", "reviews"):
                decks = [deck_id] if deck_id is not None else [info.id for info in app.catalog.decks]
                totals = app.with_session(lambda session: [session.raise_limit(deck, mode, amount) for deck in decks])
                title = app.catalog.decks_by_id[deck_id].title if deck_id is not None else "Every deck"
                what = "new cards" if mode == "new" else "reviews"
                self.post_message(self.LimitRaised(f"{title}: {max(totals)} more {what} than usual today."))
                return
            selection = Selection(deck_id, tags if mode in ("tag", "cram") else (),
                                  amount if mode == "ahead" else None,
                                  amount if mode != "ahead" else DEFAULT_LIMIT, cram=mode == "cram",
                                  kind=kind if mode == "cram" else None)
            session = app.session
            index = BrowseIndex(catalog_facts(app.catalog), app.collection.status_rows())
            today = Today(session.days.of(app.clock()), session.days,
                          {info.id: info.title.casefold() for info in app.catalog.decks})
            card_ids = choose_cards(index, selection, today)
            if not card_ids:
                search = selection_query(selection)
                self.post_message(self.Failed(f"No cards to study for that choice (the search: {search})."))
                return
            custom = CustomSession(app.collection, app.catalog, card_ids, clock=app.clock, settings=app.settings,
                                   cram=selection.cram, tz=session.tz)
            custom.start()
        except Exception as error:  # noqa: BLE001 - shown to the learner
            self.post_message(messages.WorkFailed(f"Could not start custom study: {error}"))
            return
        self.post_message(messages.CustomSessionReady(custom))

    @on(Failed)
    def failed(self, message: Failed) -> None:
        self.query_one("#custom-error", Static).update(Text(message.text))

    @on(LimitRaised)
    def limit_raised(self, message: LimitRaised) -> None:
        self.notify(message.text, markup=False)
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
