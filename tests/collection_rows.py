"""Raw rows for tests that need a collection file filled without going through answers (damaged-file tests)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from quizgen.study.records import micros


def insert_reviews(raw: sqlite3.Connection, answers: list[tuple[str, datetime]], given: str = "x") -> None:
    """Log one Good answer per (card id, time), each card new before it, straight into the tables."""
    for card_id, moment in answers:
        raw.execute("INSERT OR IGNORE INTO card_key (card_id) VALUES (?)", (card_id,))
    raw.executemany(
        "INSERT INTO review_log (card, at, rating, verdict, given, duration_ms, a_memory_state, a_due, a_reps, "
        "a_lapses, a_suspended, a_leech) SELECT key, ?, 3, 0, ?, 10, 1, ?, 1, 0, 0, 0 FROM card_key WHERE card_id = ?",
        [(micros(moment), given, micros(moment), card_id) for card_id, moment in answers])
