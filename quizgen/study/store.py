"""The study collection: one SQLite file holding card states and the review log.

Deck files stay the source of truth; the collection stores only study state and history, keyed by
the generator's stable card ids ("deck:fact:blank:kind"), so rewording a fact keeps its history.

Durability and sharing: WAL journal, `synchronous=FULL`, every answer written in its own
`BEGIN IMMEDIATE` transaction that is committed before `apply_review` returns. A second process on
the same file waits up to `BUSY_TIMEOUT_MS` for the write lock, then gets an InputError saying the
collection is in use. A file that is not a quizgen collection is never modified.

Read API for other features (stats, optimizer, Anki export): `card_states()`, `review_log()`,
`parameters()`; their rows are the frozen dataclasses `CardState` and `ReviewRow` below.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import fsrs

from quizgen.core.problems import InputError, Problem
from quizgen.study.records import (  # re-exported: the collection's read API
    CardState,
    ReviewDraft,
    ReviewRow,
    Schedule,
    StoredParameters,
    split_card_id,
    utc_text,
)

__all__ = [
    "APPLICATION_ID", "BUSY_TIMEOUT_MS", "MIGRATIONS", "SCHEMA_VERSION", "CardState", "Collection", "ReviewDraft",
    "ReviewRow", "Schedule", "StoredParameters", "default_db_path", "split_card_id", "utc_text",
]

#: Marks a SQLite file as ours (PRAGMA application_id): "QZG1".
APPLICATION_ID = 0x515A4731
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"

#: Ordered schema migrations: migration i takes `user_version` i to i + 1. Append only; never edit.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
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
        # never answered. The existing rows are filled in by `_backfill_schedule` after this runs.
        "ALTER TABLE card_state ADD COLUMN memory_state INTEGER",
        "ALTER TABLE card_state ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE card_state ADD COLUMN buried_until TEXT",
        "ALTER TABLE card_state ADD COLUMN reps INTEGER NOT NULL DEFAULT 0",
        # Covering: a study day's cards are read from the index alone (no random reads of the table).
        "CREATE INDEX card_state_due ON card_state (due, memory_state, suspended, buried_until, card_id)",
        "CREATE INDEX card_state_memory ON card_state (memory_state, card_id)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def default_db_path() -> Path:
    """$QUIZGEN_DB, else `collection.sqlite3` in the user data dir."""
    env = os.environ.get("QUIZGEN_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("quizgen")) / "collection.sqlite3"


class Collection:
    """One open collection. Methods are serialized by a lock, so a worker thread may use it."""

    def __init__(self, path: Path, connection: sqlite3.Connection, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self._db = connection
        self._lock = threading.RLock()

    # --- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Collection:
        """Open (creating or migrating) the collection at `path`; InputError if it cannot be used.

        `busy_timeout_ms`: how long to wait for another process's write before saying "in use".
        """
        path = Path(path)
        if path.is_dir():
            raise InputError([_problem(path, "is a folder, not a collection file", "pass a file path to --db")])
        if path.exists():
            _check_header(path)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise InputError([_problem(path, f"cannot create the collection's folder: {error}")]) from None
        try:
            connection = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None,
                                         check_same_thread=False)
        except sqlite3.Error as error:
            raise InputError([_problem(path, f"cannot open the collection: {error}")]) from None
        collection = cls(path, connection, busy_timeout_ms)
        try:
            collection._prepare()
        except BaseException:
            connection.close()
            raise
        return collection

    def _prepare(self) -> None:
        with self._sqlite_errors():
            self._db.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
            tables = self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            application_id = self._db.execute("PRAGMA application_id").fetchone()[0]
            if tables and application_id != APPLICATION_ID:
                raise InputError(
                    [_problem(self.path, "is an SQLite database but not a quizgen collection; it was left untouched",
                              "pass another file to --db")]
                )
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise InputError(
                    [_problem(self.path, f"was written by a newer quizgen (schema {version}, this one knows "
                              f"{SCHEMA_VERSION})", "upgrade quizgen")]
                )
            # No `PRAGMA quick_check` here: it reads the whole file (0.75 s for a 1 GB collection) at
            # every start. SQLite reports a damaged page whenever a statement reads one (an
            # InputError below), a migration checks the file first, and `verify()` checks it all.
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise InputError([_problem(self.path, f"cannot switch the collection to WAL mode (got {mode})")])
            self._db.execute("PRAGMA synchronous = FULL")
            if version < SCHEMA_VERSION:
                self._migrate()

    def _migrate(self) -> None:
        """Apply the missing migrations in one transaction (re-checking the version under the lock).

        An existing file is checked first (`PRAGMA quick_check`): a migration never rewrites a damaged one.
        """
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > 0:
            _raise_if_damaged(self._db, self.path)
        with self.transaction():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                self._db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for statements in MIGRATIONS[version:]:
                for statement in statements:
                    self._db.execute(statement)
            if 0 < version < 3:
                self._backfill_schedule()
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _backfill_schedule(self) -> None:
        """Fill the schedule columns (migration 3) from each row's state JSON."""
        rows = self._db.execute("SELECT card_id, state FROM card_state").fetchall()
        updates = []
        for card_id, text in rows:
            memory, _due, suspended, buried, reps = state_columns(CardState.from_json(card_id, text))
            updates.append((memory, suspended, buried, reps, card_id))
        self._db.executemany(
            "UPDATE card_state SET memory_state = ?, suspended = ?, buried_until = ?, reps = ? WHERE card_id = ?",
            updates,
        )

    def verify(self) -> None:
        """Read the whole file and check its structure (`PRAGMA quick_check`); InputError if damaged.

        Opening does not do this (it reads the whole file); `quizgen stats` does, and the study app
        does it in a worker thread as it starts. It runs on a connection of its own, read-only, so it
        never holds up the answers being written meanwhile (WAL lets them proceed).
        """
        try:
            connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                         check_same_thread=False)
        except sqlite3.Error as error:
            raise InputError([_problem(self.path, f"cannot open the collection: {error}")]) from None
        try:
            with self._sqlite_errors():
                _raise_if_damaged(connection, self.path)
        finally:
            connection.close()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def integrity_check(self) -> str:
        with self._lock, self._sqlite_errors():
            return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    # --- transactions and errors ---------------------------------------------------------------

    @contextmanager
    def _sqlite_errors(self) -> Iterator[None]:
        """Turn SQLite failures into InputErrors that say what to do."""
        try:
            yield
        except sqlite3.OperationalError as error:
            message = str(error)
            if "locked" in message or "busy" in message:
                raise InputError(
                    [_problem(self.path, "the collection is in use by another quizgen process",
                              "close the other quizgen (study, optimize, orphans --prune) and retry")]
                ) from None
            if "readonly" in message or "unable to open" in message or "disk I/O" in message \
                    or "full" in message:
                raise InputError([_problem(self.path, f"cannot write the collection ({message})",
                                           "check the file's permissions and the free disk space, or pass "
                                           "another file to --db")]) from None
            raise InputError([_damaged(self.path, message)]) from None
        except sqlite3.DatabaseError as error:
            raise InputError([_damaged(self.path, str(error))]) from None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, committed (durably) on exit, rolled back on an exception."""
        with self._lock, self._sqlite_errors():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # --- card states ---------------------------------------------------------------------------

    def card_states(self, card_ids: Iterable[str] | None = None) -> dict[str, CardState]:
        """Every stored card state (or those of `card_ids`), by card id."""
        wanted = None if card_ids is None else set(card_ids)
        if wanted is not None and len(wanted) <= 500:  # a few cards: look them up by id
            marks = ", ".join("?" * len(wanted))
            with self._lock, self._sqlite_errors():
                rows = self._db.execute(f"SELECT card_id, state FROM card_state WHERE card_id IN ({marks})",
                                        sorted(wanted)).fetchall()
            return {cid: CardState.from_json(cid, text) for cid, text in sorted(rows)}
        with self._lock, self._sqlite_errors():
            rows = self._db.execute("SELECT card_id, state FROM card_state ORDER BY card_id").fetchall()
        return {cid: CardState.from_json(cid, text) for cid, text in rows if wanted is None or cid in wanted}

    def schedules(self, due_before: datetime) -> dict[str, Schedule]:
        """The schedule of every card a study day ending at `due_before` may show, by card id: the
        answered cards due before then (through the due-time index) and the never-answered cards that
        have a row (for their flags). No state JSON is parsed."""
        with self._lock, self._sqlite_errors():
            rows = self._db.execute(
                f"SELECT {_SCHEDULE_COLUMNS} FROM card_state WHERE due < ? AND memory_state IS NOT NULL",
                (utc_text(due_before),),
            ).fetchall()
            rows += self._db.execute(
                f"SELECT {_SCHEDULE_COLUMNS} FROM card_state WHERE memory_state IS NULL"
            ).fetchall()
        schedule = Schedule.from_columns
        return {card_id: schedule(memory, due, suspended, buried) for card_id, memory, due, suspended, buried in rows}

    def scheduled_from(self, memory_state: int, *, limit: int, offset: int = 0) -> list[tuple[str, str]]:
        """(card id, due text) of unsuspended cards in FSRS state `memory_state`, soonest due first:
        `limit` of them from `offset` (through the due-time index)."""
        with self._lock, self._sqlite_errors():
            return self._db.execute(
                "SELECT card_id, due FROM card_state INDEXED BY card_state_due WHERE due IS NOT NULL "
                "AND memory_state = ? AND NOT suspended ORDER BY due LIMIT ? OFFSET ?", (memory_state, limit, offset)
            ).fetchall()

    def answers_since(self, since: datetime) -> list[tuple[int, str, int | None]]:
        """(review id, card id, the card's FSRS state value before the answer or None if it was new)
        of the answers at/after `since`, in order: what the daily limits count (through the time index)."""
        with self._lock, self._sqlite_errors():
            rows = self._db.execute(
                "SELECT id, card_id, state_before FROM review_log INDEXED BY review_log_time WHERE reviewed_at >= ? "
                "ORDER BY id", (utc_text(since),)
            ).fetchall()
        return [(int(review_id), card_id, _memory_state(before)) for review_id, card_id, before in rows]

    def answered_ids(self) -> set[str]:
        """Ids of every card answered at least once (through an index: no state JSON is read)."""
        with self._lock, self._sqlite_errors():
            rows = self._db.execute("SELECT card_id FROM card_state WHERE memory_state IS NOT NULL").fetchall()
        return {row[0] for row in rows}

    def card_state(self, card_id: str) -> CardState | None:
        with self._lock, self._sqlite_errors():
            return self._read_state(card_id)

    def _read_state(self, card_id: str) -> CardState | None:
        row = self._db.execute("SELECT state FROM card_state WHERE card_id = ?", (card_id,)).fetchone()
        return None if row is None else CardState.from_json(card_id, row[0])

    def _write_state(self, state: CardState | None, card_id: str, now: datetime) -> None:
        if state is None:
            self._db.execute("DELETE FROM card_state WHERE card_id = ?", (card_id,))
            return
        self._put_state(card_id, state, state.to_json(), now)

    def _put_state(self, card_id: str, state: CardState, text: str, now: datetime) -> None:
        """Write `state` (whose JSON is `text`) and its schedule columns."""
        deck, fact = split_card_id(card_id)
        self._db.execute(
            "INSERT INTO card_state (card_id, deck, fact, state, updated_at, memory_state, due, suspended, "
            "buried_until, reps) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (card_id) DO UPDATE SET state = excluded.state, due = excluded.due, "
            "updated_at = excluded.updated_at, memory_state = excluded.memory_state, "
            "suspended = excluded.suspended, buried_until = excluded.buried_until, reps = excluded.reps",
            (card_id, deck, fact, text, utc_text(now), *state_columns(state)),
        )

    def update_flags(
        self, card_ids: Sequence[str], now: datetime, *, suspended: bool | None = None,
        buried_until: date | None | type[Ellipsis] = ..., leech: bool | None = None,
    ) -> None:
        """Set suspend/bury/leech flags on cards (creating rows for never-answered ones)."""
        with self.transaction():
            for card_id in card_ids:
                state = self._read_state(card_id) or CardState(card_id)
                if suspended is not None:
                    state = replace(state, suspended=suspended)
                if buried_until is not ...:
                    state = replace(state, buried_until=buried_until)
                if leech is not None:
                    state = replace(state, leech=leech)
                self._write_state(state, card_id, now)

    # --- the review log ------------------------------------------------------------------------

    def apply_review(
        self, card_id: str, decide: Callable[[CardState | None, int], ReviewDraft]
    ) -> ReviewRow:
        """Record one answer atomically: `decide(state now, reviews so far)` gives the new state.

        The state is re-read inside the write transaction, so two processes answering the same
        card never lose an answer. Committed (durable) when this returns.
        """
        with self.transaction():
            before = self._read_state(card_id)
            reviews = self._db.execute("SELECT count(*) FROM review_log WHERE card_id = ?", (card_id,)).fetchone()[0]
            draft = decide(before, int(reviews))
            review_id = self._insert_review(card_id, draft, before)
            self._write_state(draft.state_after, card_id, draft.reviewed_at)
            row = self._db.execute(f"SELECT {_REVIEW_COLUMNS} FROM review_log WHERE id = ?", (review_id,)).fetchone()
        return _review_row(row)

    def _insert_review(self, card_id: str, draft: ReviewDraft, before: CardState | None) -> int:
        cursor = self._db.execute(
            "INSERT INTO review_log (card_id, reviewed_at, rating, kind, verdict, given, options, duration_ms, "
            "state_before, state_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                card_id, utc_text(draft.reviewed_at), int(draft.rating), draft.kind, draft.verdict, draft.given,
                None if draft.options is None else json.dumps(list(draft.options)), draft.duration_ms,
                None if before is None else before.to_json(), draft.state_after.to_json(),
            ),
        )
        return int(cursor.lastrowid or 0)

    def import_history(self, histories: dict[str, Sequence[ReviewDraft]]) -> int:
        """Write whole review histories of cards quizgen holds nothing for (history imported from
        Anki), in one durable transaction; returns how many reviews were written.

        Each draft's `state_after` is the card's state after that answer (made by the session's own
        rule); the log's "before" of each answer is the previous one's "after". InputError, with
        nothing written, if any of these cards already has a state or a review here.
        """
        wanted = sorted(card_id for card_id, drafts in histories.items() if drafts)
        written = 0
        with self.transaction():
            held = [card_id for card_id in wanted if self._db.execute(
                "SELECT 1 FROM card_state WHERE card_id = ? UNION ALL SELECT 1 FROM review_log WHERE card_id = ? "
                "LIMIT 1", (card_id, card_id)).fetchone()]
            if held:
                raise InputError([_problem(
                    self.path, f"already holds study history for {len(held)} of the {len(wanted)} imported cards "
                    f"(e.g. {held[0]}); nothing was imported",
                    "import without --with-history, or into another collection with --db")])
            for card_id in wanted:
                before: CardState | None = None
                for draft in histories[card_id]:
                    self._insert_review(card_id, draft, before)
                    before = draft.state_after
                    written += 1
                self._write_state(before, card_id, histories[card_id][-1].reviewed_at)
        return written

    def undo_review(self, review_id: int, now: datetime) -> CardState | None:
        """Remove review `review_id` and restore its card's state before it, exactly.

        Only a card's latest review can be undone (else a ValueError): undoing an older one would
        leave the later reviews built on a state that no longer exists.
        """
        with self.transaction():
            row = self._db.execute(
                "SELECT card_id, state_before FROM review_log WHERE id = ?", (review_id,)
            ).fetchone()
            if row is None:
                raise ValueError(f"no review {review_id} in the collection")
            card_id, before_text = row
            latest = self._db.execute("SELECT max(id) FROM review_log WHERE card_id = ?", (card_id,)).fetchone()[0]
            if latest != review_id:
                raise ValueError(f"review {review_id} is not the latest answer of {card_id}")
            self._db.execute("DELETE FROM review_log WHERE id = ?", (review_id,))
            if before_text is None:
                self._db.execute("DELETE FROM card_state WHERE card_id = ?", (card_id,))
                return None
            before = CardState.from_json(card_id, before_text)
            # The saved JSON text is written back verbatim, so the state is restored byte for byte.
            self._put_state(card_id, before, before_text, now)
            return before

    def review_log(
        self, card_id: str | None = None, *, since: datetime | None = None, card_ids: Iterable[str] | None = None
    ) -> list[ReviewRow]:
        """Reviews in the order they were given: all, one card's, or those at/after `since`."""
        clauses, params = [], []
        if card_id is not None:
            clauses.append("card_id = ?")
            params.append(card_id)
        if since is not None:
            clauses.append("reviewed_at >= ?")
            params.append(utc_text(since))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        # For a time range, use the time index: otherwise SQLite walks the whole log in id order.
        table = "review_log INDEXED BY review_log_time" if since is not None and card_id is None else "review_log"
        with self._lock, self._sqlite_errors():
            rows = self._db.execute(f"SELECT {_REVIEW_COLUMNS} FROM {table} {where} ORDER BY id", params).fetchall()
        reviews = [_review_row(row) for row in rows]
        if card_ids is not None:
            wanted = set(card_ids)
            reviews = [r for r in reviews if r.card_id in wanted]
        return reviews

    def review_counts(self) -> dict[str, int]:
        """How many times each card was answered."""
        with self._lock, self._sqlite_errors():
            rows = self._db.execute("SELECT card_id, count(*) FROM review_log GROUP BY card_id").fetchall()
        return {cid: int(n) for cid, n in rows}

    def stored_card_ids(self) -> set[str]:
        """Every card id with a state or a review."""
        with self._lock, self._sqlite_errors():
            rows = self._db.execute("SELECT card_id FROM card_state UNION SELECT card_id FROM review_log").fetchall()
        return {row[0] for row in rows}

    def delete_cards(self, card_ids: Iterable[str]) -> int:
        """Remove cards' states and reviews (for `quizgen orphans --prune`); how many reviews went."""
        removed = 0
        with self.transaction():
            for card_id in card_ids:
                removed += self._db.execute("DELETE FROM review_log WHERE card_id = ?", (card_id,)).rowcount
                self._db.execute("DELETE FROM card_state WHERE card_id = ?", (card_id,))
        return removed

    # --- FSRS parameters -----------------------------------------------------------------------

    def parameters(self) -> StoredParameters | None:
        """The learner's fitted FSRS parameters (the latest stored), or None for the defaults."""
        with self._lock, self._sqlite_errors():
            row = self._db.execute(
                "SELECT parameters, created_at, source, reviews, log_loss, rmse_bins, default_log_loss, "
                "default_rmse_bins FROM fsrs_parameters ORDER BY id DESC LIMIT 1"
            ).fetchone()
        if row is None:
            return None
        return StoredParameters(tuple(json.loads(row[0])), datetime.fromisoformat(row[1]), *row[2:])

    def save_parameters(self, stored: StoredParameters) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO fsrs_parameters (created_at, parameters, source, reviews, log_loss, rmse_bins, "
                "default_log_loss, default_rmse_bins) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    utc_text(stored.created_at), json.dumps(list(stored.parameters)), stored.source, stored.reviews,
                    stored.log_loss, stored.rmse_bins, stored.default_log_loss, stored.default_rmse_bins,
                ),
            )


_REVIEW_COLUMNS = (
    "id, card_id, reviewed_at, rating, kind, verdict, given, options, duration_ms, state_before, state_after"
)
#: The card id and the columns `Schedule.from_columns` takes, in its order.
_SCHEDULE_COLUMNS = "card_id, memory_state, due, suspended, buried_until"


def _memory_state(state_json: str | None) -> int | None:
    """The FSRS state value inside a stored state's JSON (None: no state, or never answered)."""
    if state_json is None:
        return None
    memory = json.loads(state_json).get("memory")
    return None if memory is None else int(memory["state"])


def state_columns(state: CardState) -> tuple[int | None, str | None, int, str | None, int]:
    """(memory_state, due, suspended, buried_until, reps): the columns that copy a state's fields
    beside its JSON (its `Schedule`, and the review count)."""
    schedule = Schedule.of(state)
    assert schedule is not None
    return (*schedule.to_columns(), state.reps)


def _review_row(row: Sequence[Any]) -> ReviewRow:
    review_id, card_id, reviewed_at, rating, kind, verdict, given, options, duration, before, after = row
    return ReviewRow(
        id=int(review_id),
        card_id=card_id,
        reviewed_at=datetime.fromisoformat(reviewed_at),
        rating=fsrs.Rating(rating),
        kind=kind,
        verdict=verdict,
        given=given,
        options=None if options is None else tuple(json.loads(options)),
        duration_ms=int(duration),
        state_before=None if before is None else CardState.from_json(card_id, before),
        state_after=CardState.from_json(card_id, after),
    )


def _check_header(path: Path) -> None:
    """Refuse a non-empty file that is not SQLite at all, before SQLite touches it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise InputError([_problem(path, f"cannot read the collection: {error}")]) from None
    if header and header != SQLITE_HEADER:
        raise InputError(
            [_problem(path, "is not a quizgen collection (not an SQLite database); it was left untouched",
                      "pass another file to --db, or move this one away")]
        )


def _raise_if_damaged(connection: sqlite3.Connection, path: Path) -> None:
    """Run `PRAGMA quick_check` (a read of the whole file); InputError naming the first problem."""
    check = connection.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise InputError([_damaged(path, _first_line(check))])


def _first_line(report: str) -> str:
    """The first problem of a (possibly long) integrity report, and how many more there are."""
    lines = report.splitlines()
    return lines[0] + (f" and {len(lines) - 1} more" if len(lines) > 1 else "")


def _problem(path: Path, message: str, fix: str | None = None) -> Problem:
    return Problem(path, None, None, message, fix)


def _damaged(path: Path, detail: str) -> Problem:
    return _problem(
        path, f"the collection is damaged ({detail}); it was left untouched",
        "restore a backup, or try `sqlite3 FILE .recover`; pass another file to --db to start afresh",
    )
