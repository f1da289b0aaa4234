"""Migration 4 (the compact history) converts a schema-3 collection in place and loses nothing.

A collection is made (simulated answers, plus the odd cases: flags, a leech, undone answers, a
reveal, an option outside the list, non-ASCII options, a foreign fsrs id), written in schema 3's
layout by `write_v3`, then migrated: every answer, state and figure of `stats` and `optimize`
read from the old layout by an independent reader is read the same from the migrated file.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import fsrs

from quizgen.study.store import SCHEMA_VERSION, CardState, Collection, ReviewDraft
from quizgen_benchmarks.inputs.collection import study_inputs
from quizgen_benchmarks.migration_check import check, write_v3

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def _odd_cases(path: Path) -> None:
    with Collection.open(path) as collection:
        def answer(card_id: str, when: datetime, rating: int, given: str, options, fsrs_id: int | None = None):
            def decide(before: CardState | None, reviews: int) -> ReviewDraft:
                memory = before.memory if before and before.memory else fsrs.Card(card_id=fsrs_id, due=when)
                after, _ = fsrs.Scheduler(enable_fuzzing=False).review_card(memory, fsrs.Rating(rating), when)
                reps = (before.reps if before else 0) + 1
                state = CardState(card_id, after, reps, 0, bool(before and before.suspended), None,
                                  bool(before and before.leech))
                return ReviewDraft(when, fsrs.Rating(rating), "cloze", "revealed" if not given else "almost",
                                   given, options, 1234, state)
            return collection.apply_review(card_id, decide)

        collection.update_flags(["odd:a:1:mcq"], NOW, buried_until=date(2026, 3, 9))
        answer("odd:a:1:mcq", NOW - timedelta(days=3), 3, "Zoë", ("Zoë", "Ωmega", "北京"), fsrs_id=7)
        answer("odd:a:1:mcq", NOW - timedelta(days=2), 1, "not shown", ("Zoë", "Ωmega"), fsrs_id=7)
        undone = answer("odd:b:1:cloze", NOW - timedelta(days=1), 2, "", None)
        collection.undo_review(undone.id, NOW)
        answer("odd:c:1:cloze", NOW - timedelta(hours=5), 4, "almost right", None)
        collection.update_flags(["odd:c:1:cloze"], NOW, suspended=True, leech=True)
        collection.update_flags(["odd:d:1:mcq"], NOW, suspended=True)
        last = answer("odd:c:1:cloze", NOW - timedelta(hours=1), 3, "x", None)
        collection.undo_review(last.id, NOW)  # the highest id is undone: it is never given again


def test_migration_4_keeps_every_answer_state_and_figure(tmp_path: Path) -> None:
    made = study_inputs(tmp_path / "made", studied=400, reviews=6000, facts_per_deck=40)
    _odd_cases(made.db_path)
    with Collection.open(made.db_path) as collection:
        rows = collection.review_log()
        states = collection.card_states()
    old = tmp_path / "v3.sqlite3"
    write_v3(made.db_path, old)

    result = check(old, tmp_path / "work")

    assert result["same_rows"] and result["same_states"]
    assert result["same_figures"]
    assert result["figures_before"]["stats"] == result["figures_after"]["stats"]
    assert result["figures_after"]["optimize"]["parameters"] is not None  # enough history for a real fit
    assert result["figures_after"]["stats"]["total_reviews"] == len(rows) == result["reviews"]
    migrated = tmp_path / "work" / "migrated.sqlite3"
    with Collection.open(migrated) as collection:
        assert collection.schema_version == SCHEMA_VERSION
        assert collection.review_log() == rows
        assert collection.card_states() == states
        # Undone answers' ids stay taken: the next answer gets a new one.
        raw = sqlite3.connect(made.db_path)
        sequence = raw.execute("SELECT seq FROM sqlite_sequence WHERE name = 'review_log'").fetchone()[0]
        raw.close()
        assert sequence > max(row.id for row in rows)
        draft = ReviewDraft(NOW, fsrs.Rating.Good, "mcq", "right", "x", None, 5,
                            CardState("odd:e:1:mcq", fsrs.Card(card_id=1, due=NOW), 1))
        assert collection.apply_review("odd:e:1:mcq", lambda before, n: draft).id == sequence + 1
    assert result["size_after"] < result["size_before"] / 3


def test_the_old_layout_writer_round_trips(tmp_path: Path) -> None:
    """`write_v3` is the oracle of the test above: check it is faithful to the old layout itself."""
    made = study_inputs(tmp_path / "made", studied=20, reviews=100, facts_per_deck=10)
    old = tmp_path / "v3.sqlite3"
    write_v3(made.db_path, old)
    raw = sqlite3.connect(old)
    version, text = raw.execute("SELECT (SELECT user_version FROM pragma_user_version), state_after "
                                "FROM review_log ORDER BY id LIMIT 1").fetchone()
    raw.close()
    assert version == 3 and text.startswith('{"buried_until": null')
