"""Fixtures for the quiz tests: decks written in tmp_path and read by the real loader."""

from __future__ import annotations

from pathlib import Path

import pytest
from quiz_helpers import nasty_deck, school_deck, write_deck


@pytest.fixture
def school_path(tmp_path: Path) -> Path:
    return write_deck(tmp_path, "capitals", school_deck())


@pytest.fixture
def nasty_path(tmp_path: Path) -> Path:
    return write_deck(tmp_path, "nasty", nasty_deck())

