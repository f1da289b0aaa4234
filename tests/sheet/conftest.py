"""Fixtures for the answer-sheet tests: a quiz made once by the real `quizgen quiz` (helpers in sheet_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sheet_helpers import make_quiz


@pytest.fixture(scope="session")
def copies_quiz(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 questions (MCQ and cloze), versions A and B, 4 numbered copies."""
    return make_quiz(tmp_path_factory.mktemp("copies-quiz"), "-n", "20", "--versions", "2", "--copies", "4")
