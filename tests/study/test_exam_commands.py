"""The exam day through the CLI: `stats` and `stats --json` show it; a past one is a warning."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import fsrs

from quizgen.cli import main
from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.study.exam import PREDICTED_AT
from quizgen.study.scheduler import StudyDays
from quizgen.study.session import StudySession
from quizgen.study.settings import Settings
from quizgen.study.store import Collection

from .conftest import DECK_YAML, FakeClock, catalog_of
from .test_exam import _answer_all_good


def _studied(tmp_path: Path) -> tuple[Path, Path, dict]:
    """A deck studied a card a day for 20 days until yesterday (retention 0.8), and its states."""
    folder = tmp_path / "decks"
    folder.mkdir()
    deck = folder / "space.yaml"
    deck.write_text(DECK_YAML + "study:\n  retention: 0.8\n", encoding="utf-8")
    (folder / "article.txt").write_text("Russian actress Yulia Peresild plays the lead role in Challenge.\n")
    decks = load_decks([folder]).decks
    db = tmp_path / "c.sqlite3"
    clock = FakeClock(datetime.now(UTC).replace(microsecond=0) - timedelta(days=21))
    with Collection.open(db) as collection:
        session = StudySession(collection, catalog_of(decks, generate_cards(decks)), clock=clock,
                               settings=Settings(enable_fuzzing=False, new_per_day=1))
        states = _answer_all_good(session, clock, 20)
    return deck, db, states


def test_stats_show_the_exam_day_and_the_cards_safe_and_at_risk_on_it(tmp_path, capsys) -> None:
    deck, db, states = _studied(tmp_path)
    days = StudyDays(None, 4)
    exam = days.of(datetime.now(UTC)) + timedelta(days=15)
    deck.write_text(deck.read_text().replace("retention: 0.8", f"retention: 0.9\n  exam: {exam.isoformat()}"))
    curve = fsrs.Scheduler(desired_retention=0.9)
    moment = days.start(exam) + PREDICTED_AT
    safe = sum(curve.get_card_retrievability(s.memory, moment) >= 0.9 for s in states.values())
    assert 0 < safe < len(states) == 12
    assert main(["stats", "--json", "--db", str(db), str(deck)]) == 0
    (figures,) = json.loads(capsys.readouterr().out)["exams"]
    assert figures == {"deck": "space", "date": exam.isoformat(), "retention": 0.9, "past": False, "safe": safe,
                       "at_risk": 12 - safe, "review_planned": 12 - safe, "not_studied": 0}
    assert main(["stats", "--db", str(db), str(deck)]) == 0
    text = capsys.readouterr().out
    assert f"Exam {exam.isoformat()} (Space test deck, retention 90%)\n  Safe on the day: {safe} of 12 studied " \
           "cards (predicted recall at least 90%)" in text
    assert f"At risk as they stand: {12 - safe}, {12 - safe} of them with a review planned" in text


def test_a_past_exam_day_is_a_warning_and_scheduling_is_normal(tmp_path, capsys) -> None:
    deck, db, states = _studied(tmp_path)
    deck.write_text(deck.read_text() + "  exam: 2025-06-01\n")
    assert main(["stats", "--json", "--db", str(db), str(deck)]) == 0
    captured = capsys.readouterr()
    (figures,) = json.loads(captured.out)["exams"]
    assert figures["past"] is True
    (warning,) = captured.err.strip().splitlines()
    assert warning.startswith(f"{deck}: warning: study.exam: the exam day 2025-06-01 has passed") and "Fix:" in warning
    decks = load_decks([deck]).decks
    with Collection.open(db) as collection:  # studying it moves no due date
        session = StudySession(collection, catalog_of(decks, generate_cards(decks)),
                               clock=FakeClock(datetime.now(UTC)), settings=Settings(enable_fuzzing=False))
        session.start()
        session.current()
        assert {cid: s.memory.due for cid, s in collection.card_states().items()} == \
            {cid: s.memory.due for cid, s in states.items()}
