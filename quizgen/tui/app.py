"""The study app and the one factory that builds it, for the `quizgen study` command and for the tests.

The app is thin: it opens no files itself and holds the session; screens do their database work in
thread workers through `with_session`, which serializes calls to the session.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Sequence, TypeVar

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme

from quizgen.core.problems import InputError
from quizgen.study.catalog import Catalog
from quizgen.study.library import LibraryRow
from quizgen.study.session import StudySession
from quizgen.study.settings import Settings, remember_setting
from quizgen.study.store import Collection
from quizgen.tui import messages
from quizgen.tui.collector import CollectorPolicy, LeaveCollectorAlone
from quizgen.tui.screens.browser import BrowserScreen
from quizgen.tui.screens.card_info import CardInfoScreen
from quizgen.tui.screens.custom_study import CustomStudyScreen
from quizgen.tui.screens.deck_list import DeckListScreen
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.options import OptionsScreen
from quizgen.tui.screens.review import ReviewScreen
from quizgen.tui.screens.stats import StatsScreen
from quizgen.tui.screens.summary import SummaryScreen

T = TypeVar("T")
#: The theme until the learner picks one (`theme` in settings.toml, or Ctrl+P -> Theme).
DEFAULT_THEME = "nord"
#: When the collection's whole-file check starts, after the app starts (see verify_collection).
VERIFY_AFTER_SECONDS = 3.0


def local_now() -> datetime:
    """The real clock: now, timezone-aware in the local zone (the study day rolls over locally)."""
    return datetime.now().astimezone()


class StudyApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "quizgen"
    #: Ctrl+P: the command palette (Textual's commands, among them "Theme": every Textual theme,
    #: light ones included); the theme chosen is remembered in the settings file.
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("question_mark", "help", "Keys", show=False),
        # Every answer is saved as it is given, so Ctrl+C may simply leave, as in other terminal tools.
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
    ]
    # The deck list is the base of the one mode (a mode loads the screen's CSS_PATH; a default
    # screen would not).
    MODES = {"decks": DeckListScreen}
    DEFAULT_MODE = "decks"

    def __init__(
        self,
        session: StudySession,
        collection: Collection,
        catalog: Catalog,
        *,
        clock: Callable[[], datetime],
        settings: Settings,
        settings_path: Path | None = None,
        verify_after: float = VERIFY_AFTER_SECONDS,
        broken: Sequence[LibraryRow] = (),
        gc_policy: CollectorPolicy | None = None,
    ) -> None:
        super().__init__()
        #: Told when a key starts work and when the screen waits for the learner (quizgen.tui.collector).
        self.gc_policy: CollectorPolicy = gc_policy if gc_policy is not None else LeaveCollectorAlone()
        self.broken_decks = tuple(broken)  # library decks that cannot be studied: shown on the deck list
        self.session = session  # the session the review screen studies (a custom one while it runs)
        self.main_session = session
        self.collection = collection
        self.catalog = catalog
        self.clock = clock
        self.settings = settings
        self.settings_path = settings_path  # where a theme picked in the app is remembered (None: nowhere)
        self.verify_after = verify_after  # seconds from start to the whole-file check
        self._session_lock = threading.RLock()
        self.failure: str | None = None  # why the app stopped itself (printed on exit), if it did

    def with_session(self, step: Callable[[StudySession], T]) -> T:
        """Run one step on the session; safe from a worker thread (steps never overlap)."""
        with self._session_lock:
            return step(self.session)

    def on_mount(self) -> None:
        wanted = self.settings.theme or DEFAULT_THEME
        if wanted not in self.available_themes:
            self.notify(f"Unknown theme {wanted!r} in the settings: using {DEFAULT_THEME}. Ctrl+P, then Theme, "
                        "lists the themes.", severity="warning", timeout=8)
            wanted = DEFAULT_THEME
        self.theme = wanted
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        # The whole-file check waits until the first screens are drawn (it reads the whole file).
        self.set_timer(self.verify_after, self.verify_collection)

    @work(thread=True, exclusive=True, group="verify")
    def verify_collection(self) -> None:
        """Check the whole collection file once per start, beside the study (opening does not).

        The check reads the whole file (about a second for a 1 GB collection), so its thread runs
        at the lowest CPU priority where the system allows it: the learner's first cards come first.
        """
        _lower_this_threads_priority()
        try:
            self.collection.verify()
        except InputError as error:
            # Damaged: stop before more answers go into it, and say what to do (as the CLI does).
            self.failure = "\n".join(str(problem) for problem in error.problems)
            self.call_from_thread(self.exit, return_code=2, message=self.failure)

    def _theme_changed(self, theme: Theme) -> None:
        if theme.name != (self.settings.theme or DEFAULT_THEME):
            self.settings = replace(self.settings, theme=theme.name)
            self.remember_theme(theme.name)

    @work(thread=True, exclusive=True, group="settings")
    def remember_theme(self, name: str) -> None:
        """Write the theme picked into the settings file (a worker: it is file I/O)."""
        if self.settings_path is None:
            return
        try:
            remember_setting(self.settings_path, "theme", name)
        except (OSError, InputError) as error:
            self.call_from_thread(self.notify, f"Could not remember the theme in {self.settings_path}: {error}",
                                  severity="warning", timeout=8)

    @on(messages.StudyRequested)
    def study(self, message: messages.StudyRequested) -> None:
        self.push_screen(ReviewScreen(message.deck_id))

    @on(messages.SessionEnded)
    def session_ended(self, message: messages.SessionEnded) -> None:
        if self.session is not self.main_session:  # a custom session ended: the day's own comes back
            with self._session_lock:
                self.session = self.main_session
                self.session.cards_changed(())
        self.switch_screen(SummaryScreen(message.summary, self.clock()))
        if message.notice:
            self.notify(message.notice, severity="warning", timeout=8)

    @on(messages.StatsRequested)
    def show_stats(self) -> None:
        self.push_screen(StatsScreen())

    @on(messages.BrowseRequested)
    def browse(self, message: messages.BrowseRequested) -> None:
        self.push_screen(BrowserScreen(message.query))

    @on(messages.CardInfoRequested)
    def card_info(self, message: messages.CardInfoRequested) -> None:
        self.push_screen(CardInfoScreen(message.card_id, hide_answer=message.hide_answer))

    @on(messages.CustomStudyRequested)
    def custom_study(self, message: messages.CustomStudyRequested) -> None:
        self.push_screen(CustomStudyScreen(message.deck_id))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, DeckListScreen):  # not over a card: saving re-reads the session's day
            yield SystemCommand("Options", "Study settings: new cards/day, reviews/day, retention, steps",
                                self.open_options)

    @on(messages.OptionsRequested)
    def open_options(self) -> None:
        if not isinstance(self.screen, OptionsScreen):
            self.push_screen(OptionsScreen())

    @on(messages.SettingsSaved)
    def settings_saved(self, message: messages.SettingsSaved) -> None:
        self.settings = message.settings
        with self._session_lock:
            self.main_session.use_settings(message.settings)
        if isinstance(self.screen, OptionsScreen):
            self.pop_screen()  # the deck list reads its counts again under the new limits
        self.notify(f"Options saved to {message.path}.", markup=False)

    @on(messages.CustomSessionReady)
    def custom_session(self, message: messages.CustomSessionReady) -> None:
        with self._session_lock:
            self.session = message.session
        self.switch_screen(ReviewScreen(None))

    @on(messages.CardsChanged)
    def cards_changed(self, message: messages.CardsChanged) -> None:
        self.with_session(lambda session: session.cards_changed(message.card_ids))
        if self.main_session is not self.session:
            self.main_session.cards_changed(message.card_ids)

    @on(messages.CatalogReloaded)
    def catalog_reloaded(self, message: messages.CatalogReloaded) -> None:
        self.use_catalog(message.catalog)

    def use_catalog(self, catalog: Catalog) -> None:
        """Study from `catalog` from now on (a deck read again after an edit), in every session."""
        self.catalog = catalog
        with self._session_lock:
            self.main_session.use_catalog(catalog)
            if self.session is not self.main_session:
                self.session.use_catalog(catalog)

    @on(messages.WorkFailed)
    def work_failed(self, message: messages.WorkFailed) -> None:
        self.notify(message.text, severity="error", timeout=10)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def close_collection(self) -> None:
        with self._session_lock:
            self.collection.close()


def _lower_this_threads_priority() -> None:
    """Nice the calling thread (Linux: the nice value is per thread, see setpriority(2)); else nothing."""
    if sys.platform != "linux":
        return  # elsewhere setpriority would apply to the whole process, or to another one
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
    except OSError:
        pass


def create_app(
    catalog: Catalog,
    db_path: Path,
    *,
    clock: Callable[[], datetime] = local_now,
    settings: Settings | None = None,
    settings_path: Path | None = None,
    verify_after: float = VERIFY_AFTER_SECONDS,
    broken: Sequence[LibraryRow] = (),
    gc_policy: CollectorPolicy | None = None,
) -> StudyApp:
    """Open the collection at `db_path` (InputError if it can't be used) and build the app on it.

    `catalog`: the decks' cards (`quizgen study` and the tests read them with
    `quizgen.study.cardcache.load_catalog`). The caller closes the collection when the app is done:
    `app.close_collection()`. `verify_after`: seconds from the start to the whole-file check.
    `settings_path`: the settings file `settings` came from, where a theme picked in the app is
    remembered (`quizgen study` passes it; None: the choice lasts this run only).
    `broken`: the library's decks that cannot be read (shown on the deck list with their problem).
    `gc_policy`: told when the learner waits and when a key starts work (quizgen.tui.collector;
    `quizgen study` passes quizgen.commands.gcpolicy.StudyCollector); None leaves the collector alone.
    """
    settings = settings if settings is not None else Settings.load(settings_path)
    collection = Collection.open(db_path)
    try:
        session = StudySession(collection, catalog, clock=clock, settings=settings)
    except BaseException:
        collection.close()
        raise
    return StudyApp(session, collection, catalog, clock=clock, settings=settings, settings_path=settings_path,
                    verify_after=verify_after, broken=broken, gc_policy=gc_policy)
