"""The card browser (Anki's Browse): search every card, sort, page through them, and act on them.

The search language is quizgen.study.browse's (`deck:x tag:y is:suspended prop:due<=3 "text"`).
The index of every card (its text from the catalog, its state from the collection) is built in a
worker; each search runs in a worker too, and the table holds one page of rows at a time, so
100,000 cards cost one page to draw. Suspend, bury, reset and edit run in workers and post their
results; the app hears of every change (`CardsChanged`, `CatalogReloaded`).
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import DataTable, Footer, Input, Static

from quizgen.core.problems import InputError
from quizgen.study.browse import SORTS, BrowseIndex, CardFacts, CardStatus, QueryError, Today, parse
from quizgen.study.catalog import Catalog, DeckCards
from quizgen.study.edit import fact_line, reload_deck
from quizgen.study.library import skipped_text
from quizgen.study.records import FLAGS, from_micros
from quizgen.tui import messages
from quizgen.tui.screens.base import StudyScreen
from quizgen.tui.screens.confirm import ConfirmScreen
from quizgen.tui.screens.flag_picker import FLAG_STYLES, FlagPickerScreen
from quizgen.tui.screens.set_due import SetDueScreen
from quizgen.tui.editor import edit_at

#: Rows in the table at a time.
PAGE = 100
#: Each deck part's searchable facts, built once per part (a part is a deck version's cards).
_FACTS: weakref.WeakKeyDictionary[DeckCards, list[CardFacts]] = weakref.WeakKeyDictionary()
_FACTS_LOCK = threading.Lock()
STATE_STYLES = {"new": "#5fafff", "learning": "#ff8787", "relearning": "#ff8787", "review": "#87d787"}


def catalog_facts(catalog: Catalog) -> list[CardFacts]:
    """Every card of the catalog as the browser searches it, deck by deck in deck order."""
    found: list[CardFacts] = []
    for info in catalog.decks:
        part = catalog.part(info.id)
        if part is None:
            continue
        with _FACTS_LOCK:
            facts = _FACTS.get(part)
        if facts is None:
            facts = [CardFacts.of(card) for card in part.cards()]
            with _FACTS_LOCK:
                _FACTS[part] = facts
        found += facts
    return found


def interval_text(days: float | None) -> str:
    if days is None:
        return ""
    if days < 1:
        minutes = round(days * 1440)
        return f"{minutes}m" if minutes < 60 else f"{round(minutes / 60)}h"
    if days < 31:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30.4:.1f}mo"
    return f"{days / 365:.1f}y"


#: The table's columns: (key, label, width, right-aligned); the question's width is what is left.
COLUMNS = (("mark", " ", 1, False), ("question", "Question", 0, False), ("answer", "Answer", 0, False),
           ("deck", "Deck", 10, False), ("kind", "Kind", 5, False), ("state", "State", 12, False),
           ("due", "Due", 10, False), ("ivl", "Ivl", 5, True), ("lapses", "Laps", 4, True), ("diff", "Diff", 4, True))


def column_layout(width: int) -> list[tuple[str, str, int, bool]]:
    """The columns that fit a screen `width` wide, with their widths: the deck goes under 130
    columns, kind, interval and difficulty under 90, due and lapses under 70; the question gets what
    the others leave."""
    dropped = ({"deck"} if width < 130 else set()) | ({"kind", "ivl", "diff"} if width < 90 else set()) \
        | ({"due", "lapses"} if width < 70 else set())
    kept = [column for column in COLUMNS if column[0] not in dropped]
    answer = 20 if width >= 150 else 16 if width >= 110 else 12
    # Each cell has a space either side; the table's border and scrollbar take 4 more.
    taken = sum(column[2] for column in kept) + answer + 2 * len(kept) + 4
    question = max(16, width - taken)
    sized = {"question": question, "answer": answer}
    return [(key, label, sized.get(key, size), right) for key, label, size, right in kept]


class BrowserScreen(StudyScreen[None]):
    CSS_PATH = "browser.tcss"
    BINDINGS = [
        Binding("escape,q", "close", "Back"),
        # A priority binding: heard before the box, which would type it (see action_focus_search).
        Binding("slash", "focus_search", "Search", priority=True),
        Binding("down", "focus_table", "Cards", show=False),
        # At 80 columns the footer holds the row keys; sorting and pages are said above the table and by `?`.
        Binding("o", "cycle_order", "Sort", show=False),
        Binding("O", "reverse", "Reverse", show=False),
        Binding("i", "info", "Info"),
        Binding("space", "mark", "Mark", key_display="␣"),
        Binding("s", "suspend", "Suspend"),
        Binding("b", "bury", "Bury"),
        Binding("f", "flag(1)", "Flag"),
        Binding("F", "pick_flag", "Flag", show=False),  # the seven colours (and Anki's Ctrl+1..7, below)
        *(Binding(f"ctrl+{number}", f"flag({number})", "Flag", show=False) for number in FLAGS),
        Binding("r", "reset", "Reset"),
        Binding("D", "set_due", "Due", show=False),  # Anki's "Set due date" (listed by ? and above the table)
        Binding("e", "edit", "Edit"),
        Binding("left_square_bracket", "page(-1)", "Page", key_display="[ ]", show=False),
        Binding("right_square_bracket", "page(1)", "Page", show=False),
        Binding("question_mark", "app.help", "Keys", show=False),
    ]

    @dataclass
    class IndexReady(Message):
        index: BrowseIndex

    @dataclass
    class Results(Message):
        """A search's matches: positions in the index's `facts`, in the order asked."""

        positions: list[int]
        keep_place: bool  # after an action: stay on the same page and row
        query: str  # the search they answer

    @dataclass
    class SearchFailed(Message):
        error: QueryError
        query: str  # the search that could not be read

    @dataclass
    class Done(Message):
        """An action finished: what to tell the learner."""

        text: str
        severity: str = "information"

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.query_text = query  # the search last submitted (workers get it, never read the widget)
        self.shown_query = ""  # the search whose results the table shows (the last one that could be read)
        self.index: BrowseIndex | None = None
        self.positions: list[int] = []
        self.page = 0
        self.order = "deck"
        self.reverse = False
        self.marked: set[str] = set()
        self._lock = threading.Lock()  # the index: one worker at a time reads or changes it

    def compose(self) -> ComposeResult:
        with Horizontal(id="browse-bar"):
            yield Static("Search", id="search-label")
            yield Input(value=self.query_text, placeholder='deck:x tag:y is:due prop:due<=3 "text"  (Enter)',
                        id="query")
        yield Static("", id="query-error")
        yield DataTable(id="cards", cursor_type="row", zebra_stripes=True)
        yield Static("", id="browse-message")
        yield Static("Reading the cards…", id="browse-status")
        yield Footer(show_command_palette=False)  # Ctrl+P still opens it: `?` says so

    def on_mount(self) -> None:
        self.query_one("#query-error", Static).display = False
        # As Anki's browser: the search box has the focus, so typing searches (Esc, Tab or Down: the cards).
        self.set_focus(self.query_one("#query", Input))
        self.load_index()

    # --- workers ------------------------------------------------------------------------------

    def _today(self) -> Today:
        session = self.study_app.session
        titles = {info.id: info.title.casefold() for info in self.study_app.catalog.decks}
        return Today(session.days.of(self.study_app.clock()), session.days, titles)

    @work(thread=True, exclusive=True, group="browse-index")
    def load_index(self) -> None:
        app = self.study_app
        try:
            facts = catalog_facts(app.catalog)
            index = BrowseIndex(facts, app.collection.status_rows())
        except Exception as error:  # noqa: BLE001 - shown to the learner, never a traceback
            self.post_message(messages.WorkFailed(f"Could not read the cards: {error}"))
            return
        self.post_message(self.IndexReady(index))

    def _search(self, text: str, order: str, reverse: bool, keep_place: bool = False) -> None:
        """Run the search `text` over the index, sorted by `order` (in the calling worker)."""
        assert self.index is not None
        try:
            query = parse(text)
        except QueryError as error:
            self.post_message(self.SearchFailed(error, text))
            return
        with self._lock:
            positions = self.index.search(query, self._today(), order, reverse)
        self.post_message(self.Results(positions, keep_place, text))

    @work(thread=True, exclusive=True, group="browse-search")
    def search(self, text: str, order: str, reverse: bool, keep_place: bool = False) -> None:
        self._search(text, order, reverse, keep_place)

    def run_search(self) -> None:
        """Search for what was submitted in the box."""
        self.search(self.query_text, self.order, self.reverse)

    def sort_results(self) -> None:
        """Sort the results on screen again (the order changed): those of the last search that could
        be read, even while the box holds one that cannot, so the order applies at once."""
        self.search(self.shown_query, self.order, self.reverse, keep_place=False)

    def _act(self, card_ids: tuple[str, ...], step_name: str, done: str, search: tuple[str, str, bool],
             flag: int = 1, days: str = "") -> None:
        """Run one change for `card_ids` (through the session: suspend and bury follow its rule for
        the facts' other cards), refresh the rows of the cards it changed and the search. `flag`:
        the flag "flag" gives, or takes off the cards that all have it already (Anki's Ctrl+N);
        0 takes any flag off. `days`: what "set_due" was given (`reschedule.DueDays`)."""
        app = self.study_app
        changed: tuple[str, ...] = card_ids
        back = ""  # how to take the change back, when a key does
        try:
            if step_name == "suspend":
                suspend = not all(self._status(cid).suspended for cid in card_ids)
                changed = tuple(app.with_session(lambda session: session.set_suspended(card_ids, suspend)))
                done = ("Suspended" if suspend else "Unsuspended") + done
                back = " (s again to unsuspend)" if suspend else ""
            elif step_name == "bury":
                today = self._today().today
                bury = not all(self._status(cid).buried(today) for cid in card_ids)
                changed = tuple(app.with_session(lambda session: session.set_buried(card_ids, bury)))
                done = ("Buried until tomorrow" if bury else "Unburied") + done
                back = " (b again to unbury)" if bury else ""
            elif step_name == "flag":
                given = 0 if all(self._status(cid).flag == flag for cid in card_ids) else flag
                app.with_session(lambda session: session.set_flag(card_ids, given))
                done = (f"Flagged {FLAGS[given]}" if given else "Flag taken off") + done
                back = " (the same key again to unflag)" if given else ""
            elif step_name == "set_due":
                rows = app.with_session(lambda session: session.set_due(card_ids, days))
                changed = tuple(row.card_id for row in rows)
                left = len(card_ids) - len(rows)
                done = f"Due date set ({days}): {len(rows)} card{'' if len(rows) == 1 else 's'}."
                if left:
                    done += f" New, left as they are (no schedule to move): {left}."
            else:
                app.collection.forget(card_ids)
                done = "Reset to new (history kept)" + done
            if len(changed) > len(card_ids):
                done += " Its fact's other cards wait until tomorrow." if len(card_ids) == 1 else \
                    " Their facts' other cards wait until tomorrow."
            done += back
            rows = app.collection.status_rows()
        except Exception as error:  # noqa: BLE001
            self.post_message(messages.WorkFailed(f"Could not change the cards: {error}"))
            return
        with self._lock:
            assert self.index is not None
            self.index.update(rows, changed)
        self.post_message(messages.CardsChanged(changed))
        self.post_message(self.Done(done))
        self._search(*search, keep_place=True)

    def _status(self, card_id: str) -> CardStatus:
        assert self.index is not None
        with self._lock:
            return self.index.status(card_id)

    @work(thread=True, exclusive=True, group="browse-search")
    def act(self, card_ids: tuple[str, ...], step_name: str, done: str, flag: int = 1, days: str = "") -> None:
        self._act(card_ids, step_name, done, self._shown_search(), flag, days)

    def _shown_search(self) -> tuple[str, str, bool]:
        """The search of the results on screen and their order: what an action refreshes."""
        return self.shown_query, self.order, self.reverse

    @work(thread=True, exclusive=True, group="browse-search")
    def reload(self, deck_id: str, search: tuple[str, str, bool]) -> None:
        """Read deck `deck_id` again after an edit; a deck that no longer checks keeps the old cards."""
        app = self.study_app
        try:
            catalog = reload_deck(app.catalog, deck_id)
        except InputError as error:
            problems = "\n".join(str(problem) for problem in error.problems[:5])
            more = len(error.problems) - 5
            self.post_message(self.Done(
                f"The deck no longer checks, so it was not reloaded (your history is kept; fix it and edit again):\n"
                f"{problems}" + (f"\n… and {more} more" if more > 0 else ""), "error"))
            return
        except Exception as error:  # noqa: BLE001
            self.post_message(messages.WorkFailed(f"Could not read the deck again: {error}"))
            return
        self.post_message(messages.CatalogReloaded(catalog))
        facts = catalog_facts(catalog)
        with self._lock:
            self.index = BrowseIndex(facts, app.collection.status_rows())
        reloaded = catalog.decks_by_id.get(deck_id)
        if reloaded is not None and reloaded.skipped:
            self.post_message(self.Done(f"Reloaded {reloaded.title} without {skipped_text(reloaded)} (their history "
                                        "is kept; fix and edit again):\n"
                                        + "\n".join(str(problem) for problem in reloaded.skipped[:5]), "warning"))
        else:
            self.post_message(self.Done(f"Reloaded {reloaded.title if reloaded else 'the deck'}."))
        self._search(*search, keep_place=True)

    # --- handlers -----------------------------------------------------------------------------

    @on(IndexReady)
    def index_ready(self, message: IndexReady) -> None:
        self.index = message.index
        self.run_search()

    @on(Results)
    def show_results(self, message: Results) -> None:
        self.shown_query = message.query
        if message.query == self.query_text:
            self.query_one("#query-error", Static).display = False
        table = self.query_one(DataTable)
        row = table.cursor_row if message.keep_place else 0
        self.positions = message.positions
        if not message.keep_place:
            self.page = 0
        self.page = min(self.page, max(0, (len(self.positions) - 1) // PAGE))
        self.show_page(row)

    @on(SearchFailed)
    def search_failed(self, message: SearchFailed) -> None:
        if message.query != self.query_text:
            return  # a search since replaced by another
        self.show_query_error(message.error, message.query)

    def show_query_error(self, query_error: QueryError, text: str) -> None:
        """Say under the box what cannot be read in the search `text`, and where."""
        error = self.query_one("#query-error", Static)
        shown = f"`{self.shown_query}`" if self.shown_query.strip() else "every card"
        error.update(Text.assemble(("Search: ", "bold"), query_error.message, "\n",
                                   (text[:query_error.position], "dim"), ("▲", "bold red"), "\n",
                                   (f"The table shows the last search that could be read ({shown}); "
                                    "sorting applies to it.", "dim")))
        error.display = True

    @on(Done)
    def action_done(self, message: Done) -> None:
        """The last action's outcome stays on screen under the table (an error in red) until the next."""
        line = self.query_one("#browse-message", Static)
        line.update(Text(message.text, style="bold red" if message.severity == "error" else ""))
        line.set_class(message.severity == "error", "-error")

    @on(Input.Submitted, "#query")
    def query_submitted(self, message: Input.Submitted) -> None:
        """A search that reads goes to the worker and the focus to the cards; one that cannot be read
        is said at once and the box keeps the focus (with the cursor where the problem is), so the
        keys typed to mend it never reach the cards' keys. (Reading a search is pure and quick.)"""
        self.query_text = message.value
        try:
            parse(message.value)
        except QueryError as error:
            self.show_query_error(error, message.value)
            box = self.query_one("#query", Input)
            box.cursor_position = min(error.position, len(box.value))
            self.set_focus(box)
            return
        self.set_focus(self.query_one(DataTable))
        if self.index is not None:
            self.run_search()

    @on(DataTable.HeaderSelected)
    def header_clicked(self, message: DataTable.HeaderSelected) -> None:
        """A click on Due, Laps or Diff sorts by it (again: reversed); on Deck, back to deck order."""
        columns = {"due": "due", "lapses": "lapses", "diff": "difficulty", "deck": "deck"}
        order = columns.get(str(message.column_key.value))
        if order is None or self.index is None:
            return
        self.reverse = not self.reverse if order == self.order else False
        self.order = order
        self.sort_results()

    @on(DataTable.RowSelected)
    def row_chosen(self) -> None:
        self.action_info()

    def on_resize(self) -> None:
        if self.index is not None:
            self.show_page(self.query_one(DataTable).cursor_row)

    # --- the table ----------------------------------------------------------------------------

    def show_page(self, cursor_row: int = 0) -> None:
        assert self.index is not None
        table = self.query_one(DataTable)
        columns = column_layout(self.size.width or 100)
        table.clear(columns=True)
        for key, label, width, right in columns:
            table.add_column(Text(label, justify="right" if right else "left"), key=key, width=width)
        today = self._today()
        start = self.page * PAGE
        with self._lock:
            rows = [(self.index.facts[i], self.index.status(self.index.facts[i].card_id))
                    for i in self.positions[start:start + PAGE]]
        keys = [key for key, *_ in columns]
        for facts, status in rows:
            cells = self._cells(facts, status, today)
            table.add_row(*(cells[key] for key in keys), key=facts.card_id)
        if rows:
            table.move_cursor(row=min(cursor_row, len(rows) - 1), animate=False)
        self._show_status()

    def _cells(self, facts: CardFacts, status: CardStatus, today: Today) -> dict[str, object]:
        flags = [name for name, on_ in (("susp", status.suspended), ("buried", status.buried(today.today)),
                                       ("leech", status.leech)) if on_]
        state = Text("relearn" if status.state == "relearning" else status.state, style=STATE_STYLES[status.state])
        if flags:
            state.append(" " + " ".join(flags), style="bold yellow" if "leech" in flags else "yellow")
        if status.flag:
            # Its colour, and its number (flag:N) for a monochrome terminal (NO_COLOR); the info names it.
            state.append(f" ⚑{status.flag}", style=f"bold {FLAG_STYLES[status.flag]}")
        due = ""
        if status.memory is not None and status.due is not None:
            local = from_micros(status.due)
            day = today.days.of(local)
            due = local.astimezone(today.days.tz).strftime("%H:%M") if day == today.today and status.state in (
                "learning", "relearning") else day.isoformat()
        deck = self.study_app.catalog.decks_by_id.get(facts.deck)
        return {
            "mark": Text("•", style="bold") if facts.card_id in self.marked else "",
            # Text, not str: a DataTable reads a str cell as markup, and deck text may hold "[...]".
            "question": Text(facts.prompt.replace("\n", " ")), "answer": Text(facts.answer),
            "deck": Text(deck.title if deck else facts.deck), "kind": facts.kind, "state": state, "due": due,
            "ivl": Text(interval_text(status.interval_days if status.state == "review" else None), justify="right"),
            "lapses": Text(str(status.lapses) if status.memory is not None else "", justify="right"),
            "diff": Text("" if status.difficulty is None else f"{status.difficulty:.1f}", justify="right"),
        }

    def _show_status(self) -> None:
        count = len(self.positions)
        pages = max(1, (count + PAGE - 1) // PAGE)
        order = f"sorted by {self.order}{' (reversed)' if self.reverse else ''} (o O)"
        marked = f" · {len(self.marked)} marked" if self.marked else ""
        cards = "1 card" if count == 1 else f"{count:,} cards"
        turn = " ([ ])" if pages > 1 else ""
        status = f"{cards} · page {self.page + 1} of {pages}{turn} · {order}{marked}"
        self.query_one("#browse-status", Static).update(status)

    def highlighted(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def chosen(self) -> tuple[str, ...]:
        """The marked cards, else the highlighted one."""
        if self.marked:
            return tuple(sorted(self.marked))
        card_id = self.highlighted()
        return (card_id,) if card_id else ()

    # --- actions ------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        typing = self.focused is self.query_one("#query", Input)
        if action == "close" and typing:
            return True  # Escape leaves the box (see action_close)
        if action in ("cycle_order", "reverse", "info", "mark", "suspend", "bury", "flag", "pick_flag", "set_due", "reset", "edit",
                      "page"):
            return not typing and self.index is not None
        if action == "focus_table":
            return typing
        return True

    def action_close(self) -> None:
        if self.focused is self.query_one("#query", Input):
            self.set_focus(self.query_one(DataTable))
            return
        self.dismiss(None)

    # Focus moves at once (`set_focus`, not `focus()`, which waits for the next idle moment), so
    # keys typed right after `/` (fast typing, a paste) go into the box, never to the cards' keys.
    def action_focus_search(self) -> None:
        """`/` is the key to the search box: from the cards it moves there; in the box it is typed
        only within a word ("km/h", "1/2"), never at the start or after a space, where it can only
        have meant "search" (no search starts with `/`)."""
        box = self.query_one("#query", Input)
        if self.focused is not box:
            self.set_focus(box)
            return
        before = box.value[:box.cursor_position]
        if before and not before[-1].isspace():
            box.insert_text_at_cursor("/")

    def action_focus_table(self) -> None:
        self.set_focus(self.query_one(DataTable))

    def on_key(self, event: events.Key) -> None:
        """`/` gives the box the focus as soon as its key arrives, and the characters that came with
        it (fast typing, a paste, a busy machine), already on their way to the table, go into the
        box: they never reach the cards' keys. (A key reaches a binding only after every key sent
        with it was handed to the widget that had the focus then; the box keeps the characters
        typed into it, so a character here came through another widget.)"""
        box = self.query_one("#query", Input)
        typing = self.focused is box  # `has_focus` follows only when the box hears of it
        if event.key == "slash":
            self.action_focus_search()  # the binding's rule, for a `/` that came through the table
        elif typing and event.is_printable and event.character:
            box.insert_text_at_cursor(event.character)
        else:
            return
        event.stop()
        event.prevent_default()

    def action_cycle_order(self) -> None:
        self.order = SORTS[(SORTS.index(self.order) + 1) % len(SORTS)]
        self.sort_results()

    def action_reverse(self) -> None:
        self.reverse = not self.reverse
        self.sort_results()

    def action_page(self, step: int) -> None:
        pages = max(1, (len(self.positions) + PAGE - 1) // PAGE)
        page = min(max(0, self.page + step), pages - 1)
        if page != self.page:
            self.page = page
            self.show_page(0)

    def action_info(self) -> None:
        card_id = self.highlighted()
        if card_id is not None:
            self.post_message(messages.CardInfoRequested(card_id))

    def action_mark(self) -> None:
        card_id = self.highlighted()
        if card_id is None:
            return
        self.marked ^= {card_id}
        table = self.query_one(DataTable)
        table.update_cell(card_id, "mark", Text("•", style="bold") if card_id in self.marked else "")
        self._show_status()
        if table.cursor_row < table.row_count - 1:
            table.move_cursor(row=table.cursor_row + 1)

    def _done_suffix(self, card_ids: tuple[str, ...]) -> str:
        return f": {len(card_ids)} cards." if len(card_ids) > 1 else "."

    def action_suspend(self) -> None:
        card_ids = self.chosen()
        if card_ids:
            self.act(card_ids, "suspend", self._done_suffix(card_ids))

    def action_bury(self) -> None:
        card_ids = self.chosen()
        if card_ids:
            self.act(card_ids, "bury", self._done_suffix(card_ids))

    def action_flag(self, flag: int = 1) -> None:
        card_ids = self.chosen()
        if card_ids:
            self.act(card_ids, "flag", self._done_suffix(card_ids), flag)

    def action_set_due(self) -> None:
        """`D`: Anki's "Set due date" for the chosen cards (new cards are left as they are)."""
        card_ids = self.chosen()
        if not card_ids:
            return
        what = _these_cards(card_ids)

        def chosen(days: str | None) -> None:
            if days is not None:
                self.act(card_ids, "set_due", "", days=days)

        self.app.push_screen(SetDueScreen(what), chosen)

    def action_pick_flag(self) -> None:
        """`F`: choose one of the seven flags (0: none) for the chosen cards."""
        card_ids = self.chosen()
        if not card_ids:
            return
        flags = {self._status(card_id).flag for card_id in card_ids}
        what = _these_cards(card_ids)

        def chosen(flag: int | None) -> None:
            if flag is not None:
                self.act(card_ids, "flag", self._done_suffix(card_ids), flag)

        self.app.push_screen(FlagPickerScreen(flags.pop() if len(flags) == 1 else -1, what), chosen)

    def action_reset(self) -> None:
        card_ids = self.chosen()
        if not card_ids:
            return
        what = _these_cards(card_ids)

        def answered(yes: bool | None) -> None:
            if yes:
                self.act(card_ids, "reset", self._done_suffix(card_ids))

        self.app.push_screen(ConfirmScreen(
            f"Reset {what} to new? The FSRS memory goes; every past review stays in the history.", "Reset"), answered)

    def action_edit(self) -> None:
        card_id = self.highlighted()
        if card_id is None:
            return
        deck_id, fact_id = card_id.split(":")[:2]
        info = self.study_app.catalog.decks_by_id.get(deck_id)
        if info is None:
            self.post_message(self.Done("This card's deck is not open.", "error"))
            return
        self.post_message(self.Done(f"Finding {fact_id} in {info.path.name}…"))
        self.locate(deck_id, fact_id)

    @work(thread=True, exclusive=True, group="browse-search")
    def locate(self, deck_id: str, fact_id: str) -> None:
        """Find the fact's line (reads the deck file: a big one takes a moment), then edit it."""
        path = self.study_app.catalog.decks_by_id[deck_id].path
        self.post_message(messages.EditReady(deck_id, path, fact_line(path, fact_id)))

    @on(messages.EditReady)
    def edit_fact(self, message: messages.EditReady) -> None:
        """Open the editor at the fact (on the main thread: the app is suspended meanwhile)."""
        problem = edit_at(self.app, message.path, message.line)
        if problem is not None:
            self.post_message(self.Done(problem, "error"))
            return
        self.post_message(self.Done(f"Reading {message.path.name} again…"))
        self.reload(message.deck_id, self._shown_search())


def _these_cards(card_ids: tuple[str, ...]) -> str:
    """How a dialog names the chosen cards: "this card", "these 3 cards"."""
    return "this card" if len(card_ids) == 1 else f"these {len(card_ids)} cards"
