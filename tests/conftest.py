"""Shared fixtures: paths into the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def repo_root() -> Path:
    return REPO


@pytest.fixture
def challenge_deck() -> Path:
    return REPO / "quizgen" / "bundled" / "decks" / "challenge.yaml"


@pytest.fixture(autouse=True)
def card_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test (and every process it starts) uses a card cache of its own, never the user's."""
    path = tmp_path_factory.mktemp("card-cache")
    monkeypatch.setenv("QUIZGEN_CACHE", str(path))
    return path
