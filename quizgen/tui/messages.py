"""Messages between screens and the app, and from database workers back to the screens.

Workers never touch widgets: they do the database work and post one of these; the handler on
the main thread owns every state change ("attributes down, messages up").
Widget-specific messages are nested in their widget classes (e.g. `McqOptions.Picked`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from textual.message import Message

from quizgen.study.catalog import Catalog
from quizgen.study.session import DeckCounts, Presented, StudySession, Summary
from quizgen.study.settings import Settings
from quizgen.study.stats import StudyStats


@dataclass
class StudyRequested(Message):
    """The learner chose a deck on the deck list (None: every deck)."""

    deck_id: str | None


@dataclass
class StatsRequested(Message):
    """The learner asked for the statistics screen."""


@dataclass
class SessionEnded(Message):
    """The review screen is done (the learner quit or no card is left): show this summary.

    `notice` is what the last step had to say (e.g. the last card became a leech).
    """

    summary: Summary
    notice: str | None = None


@dataclass
class CountsLoaded(Message):
    """A worker read today's counts for the deck list."""

    counts: list[DeckCounts]
    studied: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # per deck: StudiedToday rows


@dataclass
class CardReady(Message):
    """A worker finished a database step; `presented` is the card to show now (None: done).

    `notice` is something to tell the learner about the step (a leech, a bury, an undo).
    """

    presented: Presented | None
    notice: str | None = None


@dataclass
class StatsLoaded(Message):
    """A worker computed the statistics."""

    stats: StudyStats


@dataclass
class WorkFailed(Message):
    """A database step failed; the learner sees `text`, the app keeps running."""

    text: str


@dataclass
class BrowseRequested(Message):
    """The learner asked for the card browser (`query`: the search it opens with)."""

    query: str = ""


@dataclass
class CardInfoRequested(Message):
    """The learner asked for one card's info (from the browser or the review screen); `hide_answer`:
    the card waits for its answer on the review screen, so what would give it away is not shown."""

    card_id: str
    hide_answer: bool = False


@dataclass
class CustomStudyRequested(Message):
    """The learner asked for custom study (`deck_id`: the deck highlighted on the deck list)."""

    deck_id: str | None = None


@dataclass
class CardsChanged(Message):
    """The browser changed these cards' states (suspend, bury, reset): the session reads its day afresh."""

    card_ids: tuple[str, ...]


@dataclass
class CatalogReloaded(Message):
    """A deck was read again after an edit: study from this catalog from now on."""

    catalog: Catalog


@dataclass
class CustomSessionReady(Message):
    """Custom study chose its cards: study them in this session (the app's own comes back after)."""

    session: StudySession


@dataclass
class OptionsRequested(Message):
    """The learner asked for the Options screen (the study settings)."""


@dataclass
class SettingsSaved(Message):
    """The Options screen wrote the settings file: study with `settings` from now on."""

    settings: Settings
    path: Path


@dataclass
class CardFlagged(Message):
    """The card on the review screen got a flag or lost it (`presented.flag`); it stays on screen."""

    presented: Presented


@dataclass
class EditReady(Message):
    """The fact to edit was found: its deck file and line."""

    deck_id: str
    path: Path
    line: int
