"""Fixtures for the study UI: a frozen clock, a temporary collection, the real app on the fixture decks.

Every test builds the app as `quizgen study` does: the decks' catalog through the card cache
(`load_catalog`; each test has a cache of its own), then `quizgen.tui.app.create_app`, on the real
study session and a real SQLite file under tmp_path.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Callable, Iterator, Sequence

import pytest
from tui_helpers import DECKS, FrozenClock

from quizgen.study.cardcache import load_catalog
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
    """Build a study app on the fixture decks (or the deck files and folders given) and the test's
    collection (closed afterwards)."""
    apps: list[StudyApp] = []

    def make(decks: Sequence[Path] = (DECKS,), **overrides: object) -> StudyApp:
        options: dict[str, object] = {"clock": clock, "settings": Settings(enable_fuzzing=False)}
        options.update(overrides)
        app = create_app(load_catalog(list(decks)), db_path, **options)  # type: ignore[arg-type]
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close_collection()
