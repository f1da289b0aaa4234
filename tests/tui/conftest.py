"""Fixtures for the study UI: a frozen clock, a temporary collection, the real app on the fixture decks.

Every test builds the app with `quizgen.tui.app.create_app` (the same factory as `quizgen study`),
on the real study session and a real SQLite file under tmp_path.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Callable, Iterator, Sequence

import pytest
from tui_helpers import DECKS, FrozenClock

from quizgen.core.deckfile import load_decks
from quizgen.core.model import Deck
from quizgen.study.settings import Settings
from quizgen.tui.app import StudyApp, create_app


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "collection.sqlite3"


@pytest.fixture
def make_app(db_path: Path, clock: FrozenClock) -> Iterator[Callable[..., StudyApp]]:
    """Build a study app on the fixture decks and the test's collection (close it afterwards)."""
    apps: list[StudyApp] = []
    fixture_decks = load_decks([DECKS], with_warnings=False).decks

    def make(decks: Sequence[Deck] = fixture_decks, **overrides: object) -> StudyApp:
        options: dict[str, object] = {"clock": clock, "settings": Settings(enable_fuzzing=False), "seed": 7}
        options.update(overrides)
        app = create_app(decks, db_path, **options)  # type: ignore[arg-type]
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close_collection()
