"""The collection's schema, as an ordered list of migrations (append only; never edit one).

Migration i takes `PRAGMA user_version` i to i + 1. A step is an SQL statement, or a function of
the connection for data that SQL alone cannot move (it runs inside the same transaction).

Schema 4 is the compact history: card states and the review log in typed columns (`StateColumns`,
`ReviewColumns`), card ids stored once (`card_key`) and referred to by number, times as integer
microseconds. Schema 3 kept every state as JSON text, twice per answer: 7x Anki's size for the same
history. Migration 4 converts the rows in place, keeping every value (tests/study/test_migration.py
checks that every figure of `stats` and `optimize` is the same after it).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Callable, Union

from quizgen.study.records import STATE_COLUMNS, CardState, ReviewColumns, StateColumns

Step = Union[str, Callable[[sqlite3.Connection], None]]


def _backfill_schedule_v3(db: sqlite3.Connection) -> None:
    """Migration 3's data: fill the new queue columns from each row's state JSON."""
    updates = []
    for card_id, text in db.execute("SELECT card_id, state FROM card_state").fetchall():
        data = json.loads(text)
        memory = data.get("memory")
        updates.append((None if memory is None else int(memory["state"]), int(bool(data.get("suspended", False))),
                        data.get("buried_until"), int(data.get("reps", 0)), card_id))
    db.executemany(
        "UPDATE card_state SET memory_state = ?, suspended = ?, buried_until = ?, reps = ? WHERE card_id = ?", updates
    )


_STATE_DDL = """memory_state INTEGER, step INTEGER, stability REAL, difficulty REAL, due INTEGER,
    last_review INTEGER, fsrs_id INTEGER, reps INTEGER NOT NULL DEFAULT 0, lapses INTEGER NOT NULL DEFAULT 0,
    suspended INTEGER NOT NULL DEFAULT 0, leech INTEGER NOT NULL DEFAULT 0, buried_until TEXT"""


def _prefixed(prefix: str) -> str:
    return ", ".join(f"{prefix}{name}" for name in STATE_COLUMNS)


#: Rows per batch when migration 4 converts the old tables (memory stays bounded).
BATCH = 5000


def _compact_history_v4(db: sqlite3.Connection) -> None:
    """Migration 4's data: the old JSON states and text times, converted row by row."""
    db.execute("INSERT INTO card_key (card_id) SELECT card_id FROM review_log_v3 GROUP BY card_id ORDER BY min(id)")
    db.execute("INSERT OR IGNORE INTO card_key (card_id) SELECT card_id FROM card_state_v3 ORDER BY card_id")
    keys = dict(db.execute("SELECT card_id, key FROM card_key").fetchall())
    state_sql = (f"INSERT INTO card_state (card_id, deck, {', '.join(STATE_COLUMNS)}) "
                 f"VALUES (?, ?, {', '.join('?' * len(STATE_COLUMNS))})")
    cursor = db.execute("SELECT card_id, state FROM card_state_v3")
    while batch := cursor.fetchmany(BATCH):
        db.executemany(state_sql, [(card_id, card_id.partition(":")[0],
                                    *StateColumns.of(CardState.from_json(card_id, text)))
                                   for card_id, text in batch])
    review_sql = (f"INSERT INTO review_log (id, card, {', '.join(ReviewColumns.NAMES)}) "
                  f"VALUES (?, ?, {', '.join('?' * len(ReviewColumns.NAMES))})")
    # A card's state before an answer is, as text, most often its state after the one before:
    # parse each text once.
    parsed: dict[str, tuple[str, CardState]] = {}

    def state(card_id: str, text: str) -> CardState:
        known = parsed.get(card_id)
        if known is not None and known[0] == text:
            return known[1]
        value = CardState.from_json(card_id, text)
        parsed[card_id] = (text, value)
        return value

    cursor = db.execute("SELECT id, card_id, reviewed_at, rating, kind, verdict, given, options, duration_ms, "
                        "state_before, state_after FROM review_log_v3 ORDER BY id")
    while batch := cursor.fetchmany(BATCH):
        rows = []
        for review_id, card_id, at, rating, kind, verdict, given, options, duration, before, after in batch:
            before_state = None if before is None else state(card_id, before)
            columns = ReviewColumns.of(card_id, datetime.fromisoformat(at), rating, kind, verdict, given,
                                       None if options is None else tuple(json.loads(options)), duration,
                                       before_state, state(card_id, after))
            rows.append((review_id, keys[card_id], *columns.values()))
        db.executemany(review_sql, rows)
    # Ids of undone answers are never given again (AUTOINCREMENT): carry the old table's counter over.
    db.execute("DELETE FROM sqlite_sequence WHERE name = 'review_log'")
    db.execute("INSERT INTO sqlite_sequence (name, seq) SELECT 'review_log', seq FROM sqlite_sequence "
               "WHERE name = 'review_log_v3'")


#: Ordered schema migrations: migration i takes `user_version` i to i + 1. Append only; never edit.
MIGRATIONS: tuple[tuple[Step, ...], ...] = (
    (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE card_state (
            card_id TEXT PRIMARY KEY,
            deck TEXT NOT NULL,
            fact TEXT NOT NULL,
            state TEXT NOT NULL,
            due TEXT,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX card_state_fact ON card_state (deck, fact)",
        """CREATE TABLE review_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            card_id TEXT NOT NULL,
            reviewed_at TEXT NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            kind TEXT NOT NULL,
            verdict TEXT NOT NULL,
            given TEXT NOT NULL,
            options TEXT,
            duration_ms INTEGER NOT NULL,
            state_before TEXT,
            state_after TEXT NOT NULL
        )""",
        "CREATE INDEX review_log_card ON review_log (card_id, id)",
    ),
    (
        "CREATE INDEX review_log_time ON review_log (reviewed_at)",
        """CREATE TABLE fsrs_parameters (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            parameters TEXT NOT NULL,
            source TEXT NOT NULL,
            reviews INTEGER NOT NULL,
            log_loss REAL,
            rmse_bins REAL,
            default_log_loss REAL,
            default_rmse_bins REAL
        )""",
    ),
    (
        # What the study queues need, as columns (copies of fields of the `state` JSON, written with
        # it), so a session selects today's cards through an index instead of parsing every state.
        # `memory_state` is fsrs.State's value (1 learning, 2 review, 3 relearning), NULL for a card
        # never answered. The existing rows are filled in by `_backfill_schedule_v3`.
        "ALTER TABLE card_state ADD COLUMN memory_state INTEGER",
        "ALTER TABLE card_state ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE card_state ADD COLUMN buried_until TEXT",
        "ALTER TABLE card_state ADD COLUMN reps INTEGER NOT NULL DEFAULT 0",
        # Covering: a study day's cards are read from the index alone (no random reads of the table).
        "CREATE INDEX card_state_due ON card_state (due, memory_state, suspended, buried_until, card_id)",
        "CREATE INDEX card_state_memory ON card_state (memory_state, card_id)",
        _backfill_schedule_v3,
    ),
    (
        # The compact history (see the module's note). Old tables are renamed, converted, dropped.
        "DROP INDEX card_state_fact",
        "DROP INDEX card_state_due",
        "DROP INDEX card_state_memory",
        "DROP INDEX review_log_card",
        "DROP INDEX review_log_time",
        "ALTER TABLE card_state RENAME TO card_state_v3",
        "ALTER TABLE review_log RENAME TO review_log_v3",
        # Every card id the collection ever stored, once; the log refers to it by `key`.
        "CREATE TABLE card_key (key INTEGER PRIMARY KEY, card_id TEXT NOT NULL UNIQUE)",
        # A card's state (a `StateColumns`), clustered by card id; `deck` for the per-deck queues.
        f"CREATE TABLE card_state (card_id TEXT PRIMARY KEY, deck TEXT NOT NULL, {_STATE_DDL}) WITHOUT ROWID",
        # An answer (a `ReviewColumns`): its card's key, then the answer, then the card's state
        # before it (b_, all NULL when the card had none) and after it (a_).
        f"""CREATE TABLE review_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            card INTEGER NOT NULL REFERENCES card_key (key),
            at INTEGER NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            verdict INTEGER NOT NULL,
            kind TEXT,
            given TEXT,
            chosen INTEGER,
            options TEXT,
            duration_ms INTEGER NOT NULL,
            {_prefixed("b_")},
            {_prefixed("a_")}
        )""",
        _compact_history_v4,
        "DROP TABLE card_state_v3",
        "DROP TABLE review_log_v3",
        # The queues read a deck's cards by state and due time from this index alone (in the order
        # due, card id: a batch goes on where the last one ended).
        "CREATE INDEX card_state_queue ON card_state (deck, memory_state, due, card_id, suspended, buried_until)",
        # How far a deck's new cards are known to be all answered, for the deck file's version (its
        # card cache key): where a day's walk for new cards starts. A card that becomes new again
        # (an undone first answer, a pruned card) forgets it, whoever writes it.
        "CREATE TABLE new_frontier (deck TEXT PRIMARY KEY, version TEXT NOT NULL, position INTEGER NOT NULL)",
        """CREATE TRIGGER card_state_deleted AFTER DELETE ON card_state WHEN OLD.memory_state IS NOT NULL
            BEGIN DELETE FROM new_frontier WHERE deck = OLD.deck; END""",
        """CREATE TRIGGER card_state_made_new AFTER UPDATE OF memory_state ON card_state
            WHEN OLD.memory_state IS NOT NULL AND NEW.memory_state IS NULL
            BEGIN DELETE FROM new_frontier WHERE deck = OLD.deck; END""",
        "CREATE INDEX review_log_card ON review_log (card, id)",
        "CREATE INDEX review_log_time ON review_log (at)",
    ),
    (
        # Parameters fitted to one deck's history (`quizgen optimize`, as Anki's per-preset
        # optimizer); NULL: fitted to the whole history, for decks without their own.
        "ALTER TABLE fsrs_parameters ADD COLUMN deck TEXT",
        "CREATE INDEX fsrs_parameters_deck ON fsrs_parameters (deck, id)",
    ),
    (
        # The cards a deck's new-card frontier passed that were not answered when it was saved (JSON
        # [[position, card id], ...], by position): a day's walk for new cards looks at these, then
        # goes on from `position`, so a deck answered all but here and there costs its new cards,
        # not its answered ones. '[]': every card before `position` is answered (schema 5's meaning).
        "ALTER TABLE new_frontier ADD COLUMN gaps TEXT NOT NULL DEFAULT '[]'",
    ),
    (
        # A card's flag, as Anki's (1 red, 2 orange, 3 green, 4 blue): the learner's mark to come
        # back to a card (reword it, look it up). Not scheduling state: kept apart from card_state,
        # so a flagged card that was never answered stays new; no row: no flag.
        "CREATE TABLE card_flag (card_id TEXT PRIMARY KEY, flag INTEGER NOT NULL CHECK (flag BETWEEN 1 AND 4)) "
        "WITHOUT ROWID",
    ),
    (
        # Anki's seven flags (5 pink, 6 turquoise, 7 purple too): the table again, with its rows.
        "ALTER TABLE card_flag RENAME TO card_flag_v7",
        "CREATE TABLE card_flag (card_id TEXT PRIMARY KEY, flag INTEGER NOT NULL CHECK (flag BETWEEN 1 AND 7)) "
        "WITHOUT ROWID",
        "INSERT INTO card_flag (card_id, flag) SELECT card_id, flag FROM card_flag_v7",
        "DROP TABLE card_flag_v7",
        # A due date set by hand ("Set due date", as Anki's revlog "Manual"/"Rescheduled" entry): the
        # card, when, what was typed (`days`: "0", "3-7", "5!"), and its state before and after
        # (b_, a_: a `StateColumns` each, times absolute). Apart from review_log, which holds answers
        # only, so that stats, optimize and the export never take it for one.
        f"""CREATE TABLE reschedule_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            card INTEGER NOT NULL REFERENCES card_key (key),
            at INTEGER NOT NULL,
            days TEXT NOT NULL,
            {_prefixed("b_")},
            {_prefixed("a_")}
        )""",
        "CREATE INDEX reschedule_log_card ON reschedule_log (card, id)",
    ),
)
