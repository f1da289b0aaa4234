"""The study collection: one SQLite file holding card states and the review log.

Deck files stay the source of truth; the collection stores only study state and history, keyed by
the generator's stable card ids ("deck:fact:blank:kind"), so rewording a fact keeps its history.

Durability and sharing: WAL journal, `synchronous=FULL`, every answer written in its own
`BEGIN IMMEDIATE` transaction that is committed before `apply_review` returns. A second process on
the same file waits up to `BUSY_TIMEOUT_MS` for the write lock, then gets an InputError saying the
collection is in use. A file that is not a quizgen collection is never modified.

Read API for other features (stats, optimizer, Anki export): `card_states()`, `review_log()`,
`answers()`, `parameters()`; their rows are the records of quizgen.study.records. The schema and
its migrations are in quizgen.study.migrations.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple, Sequence, TypeVar

import fsrs

from quizgen.core.problems import InputError, Problem
from quizgen.study.migrations import MIGRATIONS
from quizgen.study.records import (  # re-exported: the collection's read API
    FLAGS,
    STATE_COLUMNS,
    Answered,
    CardState,
    ReviewColumns,
    ReviewDraft,
    RescheduleRow,
    ReviewRow,
    Schedule,
    StateColumns,
    StoredParameters,
    from_micros,
    micros,
    split_card_id,
    utc_text,
)

__all__ = [
    "APPLICATION_ID", "BUSY_TIMEOUT_MS", "FLAGS", "MIGRATIONS", "SCHEMA_VERSION", "Answered", "CardState", "Collection",
    "NewFrontier", "RescheduleRow", "ReviewDraft", "ReviewRow", "Schedule", "StoredParameters", "default_db_path", "micros",
    "split_card_id", "utc_text",
]

class NewFrontier(NamedTuple):
    """How far a deck's cards in new-card order are known to be answered: every card before
    `position` was, when it was saved, except the `gaps` ((position, card id), by position)."""

    position: int = 0
    gaps: tuple[tuple[int, str], ...] = ()


#: Marks a SQLite file as ours (PRAGMA application_id): "QZG1".
APPLICATION_ID = 0x515A4731
BUSY_TIMEOUT_MS = 5000
#: WAL pages after which a commit copies the log into the file (SQLite's default: 1000). An answer
#: writes ~6 pages; the log is reused from its start after each such checkpoint, and a commit that
#: overwrites the log costs less than one that makes it longer (the file's size is then flushed with
#: it): with the default, a session's first ~170 answers all grow the log.
WAL_CHECKPOINT_PAGES = 100
SQLITE_HEADER = b"SQLite format 3\x00"

SCHEMA_VERSION = len(MIGRATIONS)
#: What a read-only route opens: a connection of its own, or a schema attached to another.
_Opened = TypeVar("_Opened")


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
    def open(cls, path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, read_only: bool = False) -> Collection:
        """Open (creating or migrating) the collection at `path`; InputError if it cannot be used.

        `busy_timeout_ms`: how long to wait for another process's write before saying "in use".
        `read_only`: for commands that only read (stats, the Anki export's history): an existing,
        current collection is opened read-only, so a file or folder without write access still
        works; one that must be created or migrated is opened as usual.
        """
        path = Path(path)
        if path.is_dir():
            raise InputError([_problem(path, "is a folder, not a collection file", "pass a file path to --db")])
        if path.exists():
            _check_header(path)
            if read_only:
                reader = cls._open_read_only(path, busy_timeout_ms)
                if reader is not None:
                    return reader
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

    @classmethod
    def _open_read_only(cls, path: Path, busy_timeout_ms: int) -> Collection | None:
        """The collection opened read-only, or None if it must be migrated and can be written."""
        connection = _connect_read_only(path)
        collection = cls(path, connection, busy_timeout_ms)
        try:
            with collection._sqlite_errors():
                connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
                version = collection._refuse_foreign()
                if version < SCHEMA_VERSION:
                    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
                        connection.close()
                        return None  # opened as usual, which migrates it
                    state = "is empty and must be set up" if version == 0 else \
                        f"was written by an older quizgen (schema {version}) and must be upgraded"
                    raise InputError([_problem(path, f"{state}, which needs write access",
                                               "open it once where it can be written (e.g. `quizgen study --db`)")])
        except BaseException:
            connection.close()
            raise
        return collection

    def _refuse_foreign(self) -> int:
        """InputError unless the file is ours or an empty database (nothing is written); its schema version."""
        tables = self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        application_id = self._db.execute("PRAGMA application_id").fetchone()[0]
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if application_id != APPLICATION_ID and (application_id or tables or version):
            owner = f"another program's SQLite database (application_id {application_id:#010x})" if application_id \
                else "an SQLite database but not a quizgen collection"
            raise InputError([_problem(self.path, f"is {owner}; it was left untouched", "pass another file to --db")])
        if version > SCHEMA_VERSION:
            raise InputError(
                [_problem(self.path, f"was written by a newer quizgen (schema {version}, this one knows "
                          f"{SCHEMA_VERSION})", "upgrade quizgen")]
            )
        return int(version)

    def _prepare(self) -> None:
        with self._sqlite_errors():
            self._db.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
            version = self._refuse_foreign()  # before anything is written: a foreign file stays as it was
            # No `PRAGMA quick_check` here: it reads the whole file (0.75 s for a 1 GB collection) at
            # every start. SQLite reports a damaged page whenever a statement reads one (an
            # InputError below), a migration checks the file first, and `verify()` checks it all.
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise InputError([_problem(self.path, f"cannot switch the collection to WAL mode (got {mode})")])
            self._db.execute("PRAGMA synchronous = FULL")
            self._db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
            if version < SCHEMA_VERSION:
                self._migrate()

    def _migrate(self) -> None:
        """Apply the missing migrations in one transaction (re-checking the version under the lock).

        An existing file is checked first (`PRAGMA quick_check`): a migration never rewrites a damaged
        one. A migration that rewrote tables (4, the compact history) leaves their old pages free:
        the file is then compacted (VACUUM), when no other process has it open.
        """
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > 0:
            _raise_if_damaged(self._db, self.path)
        with self.transaction():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                self._db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            for steps in MIGRATIONS[version:]:
                for step in steps:
                    if callable(step):
                        with _Decoding(self.path, "a stored card state or answer"):
                            step(self._db)
                    else:
                        self._db.execute(step)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if 0 < version < 4:
            self._compact_file()

    def _compact_file(self) -> None:
        """VACUUM (the freed pages go back to the file system) and truncate the WAL it wrote; if
        the collection is in use, it stays as it is (free pages are reused by later writes)."""
        try:
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError:
            pass

    def verify(self) -> None:
        """Read the whole file and check its structure (`PRAGMA quick_check`); InputError if damaged.

        Opening does not do this (it reads the whole file); `quizgen stats` does, and the study app
        does it in a worker thread as it starts. It runs on a connection of its own, read-only, so it
        never holds up the answers being written meanwhile (WAL lets them proceed).
        """
        connection = _connect_read_only(self.path)
        try:
            with self._sqlite_errors():
                _raise_if_damaged(connection, self.path)
        finally:
            connection.close()

    def damaged(self, detail: str) -> InputError:
        """The error for a value read from this collection that makes no sense (`detail` says which)."""
        return InputError([_damaged(self.path, detail)])

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

    def _sqlite_errors(self) -> _SqliteErrors:
        """Turn SQLite failures into InputErrors that say what to do (a context manager)."""
        return _SqliteErrors(self.path)

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
                rows = self._db.execute(f"SELECT card_id, {_STATE} FROM card_state WHERE card_id IN ({marks})",
                                        sorted(wanted)).fetchall()
            with _Decoding(self.path, "a card's state"):
                return {row[0]: StateColumns(*row[1:]).to_state(row[0]) for row in sorted(rows)}
        with self._lock, self._sqlite_errors():
            rows = self._db.execute(f"SELECT card_id, {_STATE} FROM card_state ORDER BY card_id").fetchall()
        with _Decoding(self.path, "a card's state"):
            return {row[0]: StateColumns(*row[1:]).to_state(row[0]) for row in rows
                    if wanted is None or row[0] in wanted}

    def due_cards(self, deck: str, memory_state: int, *, before: int | None = None,
                  after: tuple[int, str] | None = None, limit: int = 100) -> list[tuple[str, Schedule]]:
        """(card id, Schedule) of up to `limit` unsuspended cards of `deck` in FSRS state `memory_state`
        (due before `before`, in micros, if given), by (due, card id) after `after`: a range of the
        queue index, so a batch costs its size, whatever the collection holds."""
        clauses = ["deck = ?", "memory_state = ?", "NOT suspended"]
        params: list[object] = [deck, memory_state]
        if before is not None:
            clauses.append("due < ?")
            params.append(before)
        if after is not None:
            clauses.append("(due, card_id) > (?, ?)")
            params.extend(after)
        with self._lock, self._sqlite_errors():
            rows = self._db.execute(
                f"SELECT {_SCHEDULE_COLUMNS} FROM card_state INDEXED BY card_state_queue WHERE {' AND '.join(clauses)} "
                "ORDER BY due, card_id LIMIT ?", (*params, limit)).fetchall()
        schedule = Schedule.from_columns
        with _Decoding(self.path, "a card's state"):
            return [(row[0], schedule(*row[1:])) for row in rows]

    def unanswered(self, card_ids: Sequence[str]) -> list[tuple[str, Schedule | None]]:
        """The cards of `card_ids` never answered, in their order, each with its Schedule if it has a
        row (flags) else None: what a walk for new cards needs, by primary key (no state is built)."""
        found: list[tuple[str, Schedule | None]] = []
        schedule = Schedule.from_columns
        for start in range(0, len(card_ids), 500):
            chunk = card_ids[start:start + 500]
            with self._lock, self._sqlite_errors():
                rows = self._db.execute(f"SELECT card_id, memory_state IS NULL, suspended, buried_until FROM card_state "
                                        f"WHERE card_id IN ({', '.join('?' * len(chunk))})", chunk).fetchall()
            with _Decoding(self.path, "a card's state"):
                flagged = {row[0]: schedule(None, None, row[2], row[3]) for row in rows if row[1]}
            answered = {row[0] for row in rows if not row[1]}
            found += [(card_id, flagged.get(card_id)) for card_id in chunk if card_id not in answered]
        return found

    def new_frontier(self, deck: str, version: str) -> NewFrontier:
        """How far `deck`'s cards, in new-card order of deck version `version`, are known to be
        answered (NewFrontier(): nothing known)."""
        with self._lock, self._sqlite_errors():
            row = self._db.execute(_FRONTIER_ROW, (deck,)).fetchone()
        return self._frontier(row, version)

    def _frontier(self, row: tuple[str, int, str] | None, version: str) -> NewFrontier:
        if row is None or row[0] != version:
            return NewFrontier()
        with _Decoding(self.path, f"the new-card frontier of {row[0]}"):
            return NewFrontier(int(row[1]), tuple((int(at), str(card_id)) for at, card_id in json.loads(row[2])))

    def advance_new_frontier(self, deck: str, version: str, known: NewFrontier, frontier: NewFrontier,
                             answered: Sequence[str]) -> None:
        """Record `frontier` for `deck` (deck version `version`) in place of `known`, the one the walk
        started from; `answered` are the cards the step claims answered (those the walk passed that
        are not gaps, and the gaps it drops). Checked again inside the write (another process may
        have made one new again since, or moved the frontier itself): nothing is written otherwise."""
        with self.transaction():
            row = self._db.execute(_FRONTIER_ROW, (deck,)).fetchone()
            if self._frontier(row, version) != known:
                return
            for begin in range(0, len(answered), 500):
                chunk = answered[begin:begin + 500]
                count = self._db.execute(f"SELECT count(*) FROM card_state WHERE memory_state IS NOT NULL AND "
                                         f"card_id IN ({', '.join('?' * len(chunk))})", chunk).fetchone()[0]
                if count != len(set(chunk)):
                    return
            self._db.execute("INSERT OR REPLACE INTO new_frontier (deck, version, position, gaps) VALUES (?, ?, ?, ?)",
                             (deck, version, frontier.position,
                              json.dumps([list(gap) for gap in frontier.gaps], separators=(",", ":"))))

    def answers_since(self, since: datetime) -> list[tuple[int, str, int | None]]:
        """(review id, card id, the card's FSRS state value before the answer or None if it was new)
        of the answers at/after `since`, in order: what the daily limits count (through the time index)."""
        with self._lock, self._sqlite_errors():
            return self._db.execute(
                "SELECT r.id, k.card_id, r.b_memory_state FROM review_log r INDEXED BY review_log_time "
                "JOIN card_key k ON k.key = r.card WHERE r.at >= ? ORDER BY r.id", (micros(since),)
            ).fetchall()

    def answer_totals_since(self, since: datetime) -> dict[str, tuple[int, int, int]]:
        """Per deck, (answers, their time in ms, how many were Again) of the answers at/after `since`
        (through the time index): what the deck list's "Studied today" line counts."""
        with self._lock, self._sqlite_errors():
            rows = self._db.execute(
                "SELECT substr(k.card_id, 1, instr(k.card_id, ':') - 1), count(*), total(r.duration_ms), "
                "total(r.rating = 1) FROM review_log r INDEXED BY review_log_time JOIN card_key k ON k.key = r.card "
                "WHERE r.at >= ? GROUP BY 1", (micros(since),)).fetchall()
        return {deck: (int(count), int(ms), int(again)) for deck, count, ms, again in rows}

    def card_state(self, card_id: str) -> CardState | None:
        with self._lock, self._sqlite_errors():
            return self._read_state(card_id)

    def _read_state(self, card_id: str) -> CardState | None:
        row = self._db.execute(f"SELECT {_STATE} FROM card_state WHERE card_id = ?", (card_id,)).fetchone()
        with _Decoding(self.path, f"the state of {card_id}"):
            return None if row is None else StateColumns(*row).to_state(card_id)

    def _write_state(self, state: CardState | None, card_id: str) -> None:
        if state is None:
            self._db.execute("DELETE FROM card_state WHERE card_id = ?", (card_id,))
            return
        self._db.execute(_PUT_STATE, (card_id, split_card_id(card_id)[0], *StateColumns.of(state)))

    def _card_key(self, card_id: str) -> int:
        """The number the log knows `card_id` by (given now if it has none)."""
        row = self._db.execute("SELECT key FROM card_key WHERE card_id = ?", (card_id,)).fetchone()
        if row is not None:
            return int(row[0])
        return int(self._db.execute("INSERT INTO card_key (card_id) VALUES (?)", (card_id,)).lastrowid or 0)

    def update_flags(
        self, card_ids: Sequence[str], now: datetime, *, suspended: bool | None = None,
        buried_until: date | None | type[Ellipsis] = ..., leech: bool | None = None,
    ) -> None:
        """Set suspend/bury/leech flags on cards (creating rows for never-answered ones). `now` is
        kept for callers; a state row holds no time of its own."""
        with self.transaction():
            for card_id in card_ids:
                state = self._read_state(card_id) or CardState(card_id)
                if suspended is not None:
                    state = replace(state, suspended=suspended)
                if buried_until is not ...:
                    state = replace(state, buried_until=buried_until)
                if leech is not None:
                    state = replace(state, leech=leech)
                self._write_state(state, card_id)

    def restore_flags(self, before: Mapping[str, CardState | None]) -> dict[str, CardState | None]:
        """Put back the suspend and bury flags of cards as they were in `before` (their states read
        before a change; None: the card had no row), the undo of a bury or suspend; their memory,
        counts and leech tag stay as they are now. Returns the cards' states after."""
        restored: dict[str, CardState | None] = {}
        with self.transaction():
            for card_id, old in before.items():
                state = self._read_state(card_id)
                if state is None:
                    restored[card_id] = None
                    continue
                if old is None and state.memory is None and state.reps == 0 and not state.leech:
                    self._db.execute("DELETE FROM card_state WHERE card_id = ?", (card_id,))  # a row made for flags
                    restored[card_id] = None
                    continue
                state = replace(state, suspended=old.suspended if old else False,
                                buried_until=old.buried_until if old else None)
                self._write_state(state, card_id)
                restored[card_id] = state
        return restored

    def status_rows(self) -> list[tuple[object, ...]]:
        """Every card row as the browser reads it, no state built: (card id, memory_state, due,
        stability, difficulty, last_review, reps, lapses, suspended, leech, buried_until, flag),
        a flagged card without a state row too (a new card: NULLs and zeros, and its flag)."""
        with self._lock, self._sqlite_errors():
            return self._db.execute(
                "SELECT s.card_id, s.memory_state, s.due, s.stability, s.difficulty, s.last_review, s.reps, s.lapses, "
                "s.suspended, s.leech, s.buried_until, coalesce(f.flag, 0) "
                "FROM card_state s LEFT JOIN card_flag f ON f.card_id = s.card_id "
                "UNION ALL SELECT f.card_id, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0, NULL, f.flag FROM card_flag f "
                "WHERE f.card_id NOT IN (SELECT card_id FROM card_state)").fetchall()

    def flags(self, card_ids: Iterable[str]) -> dict[str, int]:
        """The flags of those of `card_ids` that have one (1-4, as `FLAGS`)."""
        ids = list(card_ids)
        found: dict[str, int] = {}
        with self._lock, self._sqlite_errors():
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                found.update(self._db.execute(
                    f"SELECT card_id, flag FROM card_flag WHERE card_id IN ({', '.join('?' * len(chunk))})", chunk))
        return found

    def set_flags(self, flags: Mapping[str, int]) -> dict[str, int]:
        """Give each card its flag (0: none), in one transaction; returns the flags they had (0: none),
        what an undo gives back to this same method."""
        before = self.flags(flags)
        with self.transaction():
            for card_id, flag in flags.items():
                if flag not in FLAGS and flag != 0:
                    raise ValueError(f"flag {flag}: one of {sorted(FLAGS)} or 0")
                if flag:
                    self._db.execute("INSERT INTO card_flag (card_id, flag) VALUES (?, ?) "
                                     "ON CONFLICT (card_id) DO UPDATE SET flag = excluded.flag", (card_id, flag))
                else:
                    self._db.execute("DELETE FROM card_flag WHERE card_id = ?", (card_id,))
        return {card_id: before.get(card_id, 0) for card_id in flags}

    def forget(self, card_ids: Sequence[str]) -> None:
        """Make cards new again (the browser's reset, Anki's "forget"): their memory and any bury go,
        their review log, answer counts and suspend/leech flags stay."""
        with self.transaction():
            for card_id in card_ids:
                state = self._read_state(card_id)
                if state is not None and (state.memory is not None or state.buried_until is not None):
                    self._write_state(replace(state, memory=None, buried_until=None), card_id)

    def reset_cards(self) -> set[str]:
        """Cards answered before and made new since (`forget`) and not answered after: their log
        ends in a reset, which the log itself does not hold."""
        with self._lock, self._sqlite_errors():
            rows = self._db.execute("SELECT card_id FROM card_state WHERE memory_state IS NULL AND reps > 0").fetchall()
        return {row[0] for row in rows}

    def extra_limit(self, kind: str, day: date) -> dict[str, int]:
        """Extra cards allowed on study day `day` (custom study) beyond a deck's daily limit of `kind`
        ("new" or "reviews"), by deck: only those granted for that day count."""
        with self._lock, self._sqlite_errors():
            rows = self._db.execute("SELECT key, value FROM meta WHERE key LIKE ?", (f"extra_{kind}:%",)).fetchall()
        extra: dict[str, int] = {}
        for key, value in rows:
            granted = json.loads(value)
            if granted.get("day") == day.isoformat():
                extra[key.partition(":")[2]] = int(granted.get("count", 0))
        return extra

    def add_extra_limit(self, kind: str, deck: str, day: date, count: int) -> int:
        """Allow `count` more cards of `kind` ("new" or "reviews") of `deck` on study day `day`;
        returns that day's extra in all."""
        if kind not in ("new", "reviews"):
            raise ValueError(f"no daily limit {kind!r}")
        key = f"extra_{kind}:{deck}"
        with self.transaction():
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            granted = json.loads(row[0]) if row is not None else {}
            total = (int(granted.get("count", 0)) if granted.get("day") == day.isoformat() else 0) + count
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             (key, json.dumps({"day": day.isoformat(), "count": total})))
        return total

    # --- the review log ------------------------------------------------------------------------

    def apply_review(
        self, card_id: str, decide: Callable[[CardState | None, int], ReviewDraft]
    ) -> ReviewRow:
        """Record one answer atomically: `decide(state now, reviews so far)` gives the new state.

        The state is re-read inside the write transaction, so two processes answering the same
        card never lose an answer. Committed (durable) when this returns.
        """
        with self.transaction():
            # A card answered before: its state, key and answers so far in one read.
            row = self._db.execute(_ANSWERED_CARD, (card_id,)).fetchone()
            if row is None:  # never answered: no key yet (maybe a row kept for its flags), no answers
                before, key, reviews = self._read_state(card_id), self._card_key(card_id), 0
            else:
                with _Decoding(self.path, f"the state of {card_id}"):
                    before = None if row[0] is None else StateColumns(*row[1:-2]).to_state(card_id)
                key, reviews = row[-2:]
            draft = decide(before, int(reviews))
            review_id = self._insert_review(key, card_id, draft, before)
            self._write_state(draft.state_after, card_id)
        # What the log now holds (the same row `review_log` decodes), from the values just written.
        return ReviewRow(review_id, card_id, draft.reviewed_at, fsrs.Rating(draft.rating), draft.kind, draft.verdict,
                         draft.given, draft.options, draft.duration_ms, before, draft.state_after)

    def _insert_review(self, key: int, card_id: str, draft: ReviewDraft, before: CardState | None) -> int:
        """Log one answer (card `card_id`, known as `key`) with the card's state before it; its id."""
        columns = ReviewColumns.of(card_id, draft.reviewed_at, draft.rating, draft.kind, draft.verdict,
                                   draft.given, draft.options, draft.duration_ms, before, draft.state_after)
        return int(self._db.execute(_INSERT_REVIEW, (key, *columns.values())).lastrowid or 0)

    def import_history(self, histories: dict[str, Sequence[ReviewDraft]],
                       flags: Mapping[str, int] | None = None) -> tuple[int, int]:
        """Write whole review histories of cards quizgen holds nothing for (history imported from
        Anki), and `flags` (card id -> 1-7) for cards that have no flag here (a flag given here is
        kept), in one durable transaction; returns how many reviews and flags were written.

        Each draft's `state_after` is the card's state after that answer (made by the session's own
        rule); the log's "before" of each answer is the previous one's "after". InputError, with
        nothing written, if any of these cards already has a state or a review here.
        """
        wanted = sorted(card_id for card_id, drafts in histories.items() if drafts)
        written = 0
        with self.transaction():
            held = [card_id for card_id in wanted if self._db.execute(
                "SELECT 1 FROM card_state WHERE card_id = ? UNION ALL SELECT 1 FROM review_log r "
                "JOIN card_key k ON k.key = r.card WHERE k.card_id = ? LIMIT 1", (card_id, card_id)).fetchone()]
            if held:
                raise InputError([_problem(
                    self.path, f"already holds study history for {len(held)} of the {len(wanted)} imported cards "
                    f"(e.g. {held[0]}); nothing was imported",
                    "import without --with-history, or into another collection with --db")])
            for card_id in wanted:
                key = self._card_key(card_id)
                before: CardState | None = None
                for draft in histories[card_id]:
                    self._insert_review(key, card_id, draft, before)
                    before = draft.state_after
                    written += 1
                self._write_state(before, card_id)
            flagged = 0
            for card_id, flag in sorted((flags or {}).items()):
                flagged += self._db.execute("INSERT INTO card_flag (card_id, flag) VALUES (?, ?) "
                                            "ON CONFLICT (card_id) DO NOTHING", (card_id, flag)).rowcount
        return written, flagged

    def undo_review(self, review_id: int, now: datetime) -> CardState | None:
        """Remove review `review_id` and restore its card's state before it, exactly.

        Only a card's latest review can be undone (else a ValueError): undoing an older one would
        leave the later reviews built on a state that no longer exists.
        """
        with self.transaction():
            row = self._db.execute(f"SELECT r.card, k.card_id, {_REVIEW} FROM review_log r "
                                   "JOIN card_key k ON k.key = r.card WHERE r.id = ?", (review_id,)).fetchone()
            if row is None:
                raise ValueError(f"no review {review_id} in the collection")
            key, card_id = row[:2]
            latest = self._db.execute("SELECT max(id) FROM review_log WHERE card = ?", (key,)).fetchone()[0]
            if latest != review_id:
                raise ValueError(f"review {review_id} is not the latest answer of {card_id}")
            logged_at = ReviewColumns.from_values(row[2:]).at
            if self._db.execute("SELECT 1 FROM reschedule_log WHERE card = ? AND at >= ? LIMIT 1",
                                (key, logged_at)).fetchone():
                raise ValueError(f"{card_id}'s due date was set by hand after review {review_id}")
            self._db.execute("DELETE FROM review_log WHERE id = ?", (review_id,))
            logged = ReviewColumns.from_values(row[2:])
            if logged.before is None:
                self._db.execute("DELETE FROM card_state WHERE card_id = ?", (card_id,))
                return None
            # The logged columns are exact (integer times, the stored floats): the state comes back as it was.
            before = logged.before.to_state(card_id, logged.at)
            self._write_state(before, card_id)
            return before

    # --- due dates set by hand ----------------------------------------------------------------

    def reschedule(self, card_ids: Sequence[str], decide: Callable[[CardState], CardState | None], days: str,
                   now: datetime) -> list[RescheduleRow]:
        """Set cards' due dates ("Set due date"), in one durable transaction: `decide(state now)` gives
        each card's new state (None: left as it is; cards with no state are new and left too), read
        inside the transaction, so a card another process answered meanwhile is decided on as it is
        now. Each change is logged in reschedule_log with `days` (what was typed) and both states."""
        rows: list[RescheduleRow] = []
        at = micros(now)
        with self.transaction():
            for card_id in card_ids:
                before = self._read_state(card_id)
                after = None if before is None else decide(before)
                if before is None or after is None:
                    continue
                key = self._card_key(card_id)
                log_id = int(self._db.execute(_INSERT_RESCHEDULE, (key, at, days, *StateColumns.of(before),
                                                                   *StateColumns.of(after))).lastrowid or 0)
                self._write_state(after, card_id)
                rows.append(RescheduleRow(log_id, card_id, from_micros(at), days, before, after))
        return rows

    def undo_reschedule(self, log_ids: Sequence[int]) -> dict[str, CardState]:
        """Take back due dates set by hand (`reschedule`'s rows), in one transaction: each card's state
        before, exactly, and its log row removed. ValueError, nothing changed, if a card was changed
        since (answered, reset, set again): its state is no longer the one the row left."""
        restored: dict[str, CardState] = {}
        with self.transaction():
            for log_id in sorted(log_ids, reverse=True):
                row = self._db.execute(f"SELECT k.card_id, {_RESCHEDULE_STATES} FROM reschedule_log r "
                                       "JOIN card_key k ON k.key = r.card WHERE r.id = ?", (log_id,)).fetchone()
                if row is None:
                    raise ValueError(f"no due date set by hand with id {log_id}")
                card_id, width = row[0], len(STATE_COLUMNS)
                with _Decoding(self.path, f"the due date set for {card_id}"):
                    before = StateColumns(*row[1:1 + width]).to_state(card_id)
                    after = StateColumns(*row[1 + width:]).to_state(card_id)
                if self._read_state(card_id) != after:
                    raise ValueError(f"{card_id} was changed since its due date was set")
                self._db.execute("DELETE FROM reschedule_log WHERE id = ?", (log_id,))
                self._write_state(before, card_id)
                restored[card_id] = before
        return restored

    def reschedule_log(self, card_id: str | None = None) -> list[RescheduleRow]:
        """Due dates set by hand, oldest first: all, or one card's (its card info)."""
        where, params = ("WHERE k.card_id = ?", (card_id,)) if card_id is not None else ("", ())
        with self._lock, self._sqlite_errors():
            rows = self._db.execute(f"SELECT r.id, k.card_id, r.at, r.days, {_RESCHEDULE_STATES} FROM reschedule_log r "
                                    f"JOIN card_key k ON k.key = r.card {where} ORDER BY r.id", params).fetchall()
        width = len(STATE_COLUMNS)
        with _Decoding(self.path, "a due date set by hand"):
            return [RescheduleRow(row[0], row[1], from_micros(row[2]), row[3],
                                  StateColumns(*row[4:4 + width]).to_state(row[1]),
                                  StateColumns(*row[4 + width:]).to_state(row[1])) for row in rows]

    def review_log(
        self, card_id: str | None = None, *, since: datetime | None = None, card_ids: Iterable[str] | None = None
    ) -> list[ReviewRow]:
        """Reviews in the order they were given: all, one card's, or those at/after `since`."""
        clauses, params = [], []
        if card_id is not None:
            clauses.append("k.card_id = ?")
            params.append(card_id)
        if since is not None:
            clauses.append("r.at >= ?")
            params.append(micros(since))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        # For a time range, use the time index: otherwise SQLite walks the whole log in id order.
        table = "review_log r INDEXED BY review_log_time" if since is not None and card_id is None else "review_log r"
        with self._lock, self._sqlite_errors():
            rows = self._db.execute(f"SELECT r.id, k.card_id, {_REVIEW} FROM {table} JOIN card_key k ON k.key = r.card "
                                    f"{where} ORDER BY r.id", params).fetchall()
        wanted = None if card_ids is None else set(card_ids)
        with _Decoding(self.path, "a logged answer"):
            return [ReviewColumns.from_values(row[2:]).to_row(row[0], row[1]) for row in rows
                    if wanted is None or row[1] in wanted]

    def answers(self, *, batch: int = 20_000) -> Iterator[Answered]:
        """Every logged answer as the history figures read it (no states built), in the order given,
        `batch` rows at a time (batches go on by id): memory stays bounded."""
        self._check_answer_times()
        after = -1
        sql = f"SELECT {_ANSWERED} FROM review_log r JOIN card_key k ON k.key = r.card WHERE r.id > ? ORDER BY r.id LIMIT ?"
        while True:
            with self._lock, self._sqlite_errors():
                rows = self._db.execute(sql, (after, batch)).fetchall()
            yield from map(Answered._make, rows)
            if len(rows) < batch:
                return
            after = rows[-1][0]

    def attach_answers(self, connection: sqlite3.Connection, schema: str,
                       cards: Iterable[tuple[str, int]]) -> str:
        """Attach this collection read-only to `connection` (opened with `uri=True`) as `schema`, and
        return a SELECT of the logged answers to `cards` ((card id, the caller's number for it) pairs)
        there, in no order: for a caller that turns the log into rows of its own inside SQLite (the
        Anki export), with no Python object per answer. Its columns are named as `Answered`'s fields,
        but `card_id` is `card`, the caller's number for the answer's card. The answers are joined to
        the cards by the collection's integer card key (the temporary table `temp.<schema>_card`,
        made here from the pairs), never by the card id's text. The times are checked first, as
        `answers` does. Outside a transaction, as ATTACH must be."""
        self._check_answer_times()

        def attach(uri: str) -> str:
            connection.execute(f"ATTACH DATABASE ? AS {schema}", (uri,))
            return schema

        def probe(name: str) -> None:
            connection.execute(f"SELECT count(*) FROM {name}.sqlite_master").fetchone()

        def detach(name: str) -> None:
            with contextlib.suppress(sqlite3.OperationalError):
                connection.execute(f"DETACH DATABASE {name}")

        keys, named = f"temp.{schema}_card", f"temp.{schema}_card_named"
        with self._sqlite_errors():
            _read_only(self.path, attach, probe, detach)
            connection.execute(f"CREATE TABLE {named} (card_id TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID")
            connection.executemany(f"INSERT OR REPLACE INTO {named} VALUES (?, ?)", cards)
            connection.execute(f"CREATE TABLE {keys} (key INTEGER PRIMARY KEY, value INTEGER NOT NULL)")
            connection.execute(f"INSERT INTO {keys} SELECT k.key, c.value FROM {named} c "
                               f"JOIN {schema}.card_key k ON k.card_id = c.card_id")
            connection.execute(f"DROP TABLE {named}")
        return (f"SELECT {_ANSWERED.replace('k.card_id AS card_id', 'c.value AS card')} "
                f"FROM {schema}.review_log r NOT INDEXED JOIN {keys} c ON c.key = r.card")

    def _check_answer_times(self) -> None:
        """InputError if an answer's time is no time at all (two reads of the time index, not the log):
        every figure built on the stream turns times into dates."""
        with self._lock, self._sqlite_errors():
            low, high = self._db.execute("SELECT min(at), max(at) FROM review_log").fetchone()
        if low is None:
            return
        with _Decoding(self.path, "a logged answer's time"):
            for value in (low, high):
                if not isinstance(value, int) or not 0 <= value <= MAX_MICROS:
                    raise ValueError(f"{value!r} is not a time")

    def review_counts(self) -> dict[str, int]:
        """How many times each card was answered."""
        with self._lock, self._sqlite_errors():
            rows = self._db.execute("SELECT k.card_id, count(*) FROM review_log r JOIN card_key k ON k.key = r.card "
                                    "GROUP BY r.card").fetchall()
        return {cid: int(n) for cid, n in rows}

    def stored_card_ids(self) -> set[str]:
        """Every card id with a state or a review."""
        with self._lock, self._sqlite_errors():
            rows = self._db.execute("SELECT card_id FROM card_state UNION "
                                    "SELECT card_id FROM card_key WHERE key IN (SELECT card FROM review_log)").fetchall()
        return {row[0] for row in rows}

    def delete_cards(self, card_ids: Iterable[str]) -> int:
        """Remove cards' states and reviews (for `quizgen orphans --prune`); how many reviews went."""
        removed = 0
        with self.transaction():
            for card_id in card_ids:
                removed += self._db.execute("DELETE FROM review_log WHERE card = "
                                            "(SELECT key FROM card_key WHERE card_id = ?)", (card_id,)).rowcount
                self._db.execute("DELETE FROM card_state WHERE card_id = ?", (card_id,))
                self._db.execute("DELETE FROM card_flag WHERE card_id = ?", (card_id,))
                self._db.execute("DELETE FROM reschedule_log WHERE card = "
                                 "(SELECT key FROM card_key WHERE card_id = ?)", (card_id,))
                self._db.execute("DELETE FROM card_key WHERE card_id = ?", (card_id,))
        return removed

    # --- FSRS parameters -----------------------------------------------------------------------

    def parameters(self, deck: str | None = None) -> StoredParameters | None:
        """The latest parameters fitted to `deck`'s history (None: to the whole history), or None."""
        with self._lock, self._sqlite_errors():
            row = self._db.execute(
                f"SELECT {_PARAMETER_COLUMNS} FROM fsrs_parameters WHERE deck IS ? ORDER BY id DESC LIMIT 1", (deck,)
            ).fetchone()
        with _Decoding(self.path, "the stored FSRS parameters"):
            return None if row is None else _stored_parameters(row)

    def deck_parameters(self) -> dict[str, StoredParameters]:
        """The latest parameters fitted to each deck's own history, by deck id."""
        with self._lock, self._sqlite_errors():
            rows = self._db.execute(
                f"SELECT {_PARAMETER_COLUMNS} FROM fsrs_parameters WHERE id IN "
                "(SELECT max(id) FROM fsrs_parameters WHERE deck IS NOT NULL GROUP BY deck)").fetchall()
        with _Decoding(self.path, "the stored FSRS parameters"):
            return {stored.deck: stored for stored in map(_stored_parameters, rows) if stored.deck is not None}

    def save_parameters(self, stored: StoredParameters) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO fsrs_parameters (created_at, parameters, source, reviews, log_loss, rmse_bins, "
                "default_log_loss, default_rmse_bins, deck) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    utc_text(stored.created_at), json.dumps(list(stored.parameters)), stored.source, stored.reviews,
                    stored.log_loss, stored.rmse_bins, stored.default_log_loss, stored.default_rmse_bins, stored.deck,
                ),
            )

    # --- exam-day planning (quizgen.study.exam) ------------------------------------------------

    def review_cards_due_from(self, deck: str, start: int) -> Iterator[CardState]:
        """The unsuspended cards of `deck` in FSRS review state due at `start` (micros) or later:
        a range of the queue index, read in batches."""
        after: tuple[int, str] = (start, "")
        while True:
            with self._lock, self._sqlite_errors():
                rows = self._db.execute(
                    f"SELECT card_id, {_STATE} FROM card_state INDEXED BY card_state_queue WHERE deck = ? "
                    "AND memory_state = 2 AND NOT suspended AND (due, card_id) > (?, ?) ORDER BY due, card_id "
                    "LIMIT 1000", (deck, *after)).fetchall()
            for row in rows:
                yield StateColumns(*row[1:]).to_state(row[0])
            if len(rows) < 1000:
                return
            after = (rows[-1][1 + STATE_COLUMNS.index("due")], rows[-1][0])

    def cards_answered_after(self, review_id: int) -> list[str]:
        """The ids of the cards answered after review `review_id` (a range of the log's key)."""
        with self._lock, self._sqlite_errors():
            rows = self._db.execute("SELECT DISTINCT k.card_id FROM review_log r JOIN card_key k ON k.key = r.card "
                                    "WHERE r.id > ?", (review_id,)).fetchall()
        return [row[0] for row in rows]

    def last_review_id(self) -> int:
        """The id of the latest answer in the log (0 for none)."""
        with self._lock, self._sqlite_errors():
            return int(self._db.execute("SELECT coalesce(max(id), 0) FROM review_log").fetchone()[0])

    def exam_checked(self, deck: str) -> tuple[str, int] | None:
        """What `move_due` last recorded for `deck`: (the plan's key, the last review id checked)."""
        with self._lock, self._sqlite_errors():
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (f"exam:{deck}",)).fetchone()
        if row is None:
            return None
        plan, review_id = json.loads(row[0])
        return str(plan), int(review_id)

    def move_due(self, moves: Sequence[tuple[str, int, int]], checked: tuple[str, str, int] | None = None) -> int:
        """Set new due times: (card id, its due now, the new one), in micros. A card whose due has
        changed since it was read (answered by another process) keeps it. `checked`: (deck, plan
        key, review id) recorded in the same transaction (see `exam_checked`). Returns how many moved."""
        moved = 0
        with self.transaction():
            for card_id, old, new in moves:
                moved += self._db.execute("UPDATE card_state SET due = ? WHERE card_id = ? AND due = ?",
                                          (new, card_id, old)).rowcount
            if checked is not None:
                deck, plan, review_id = checked
                self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                 (f"exam:{deck}", json.dumps([plan, review_id])))
        return moved


#: A state's columns (`StateColumns`), as a card's row holds them.
_STATE = ", ".join(STATE_COLUMNS)
# An upsert, not INSERT OR REPLACE: the triggers on card_state see the row before and after.
_PUT_STATE = (f"INSERT INTO card_state (card_id, deck, {_STATE}) VALUES (?, ?, {', '.join('?' * len(STATE_COLUMNS))}) "
              f"ON CONFLICT (card_id) DO UPDATE SET {', '.join(f'{name} = excluded.{name}' for name in STATE_COLUMNS)}")
#: A card answered before (one with a key): whether it has a state row, its state's columns, its
#: key and how many answers the log holds for it; no row for a card never answered.
_ANSWERED_CARD = (f"SELECT s.card_id, {', '.join(f's.{name}' for name in STATE_COLUMNS)}, k.key, "
                  "(SELECT count(*) FROM review_log WHERE card = k.key) FROM card_key k "
                  "LEFT JOIN card_state s ON s.card_id = k.card_id WHERE k.card_id = ?")
#: A logged answer's columns after its id and card (`ReviewColumns`), on the table aliased `r`.
_REVIEW = ", ".join(f"r.{name}" for name in ReviewColumns.NAMES)
#: A logged answer as `Answered` reads it (each column named as its field).
_ANSWERED = ("r.id AS id, k.card_id AS card_id, r.at AS reviewed_at, r.rating AS rating, r.duration_ms AS duration_ms, "
             "r.b_memory_state AS memory_before, r.a_memory_state AS memory_after, r.a_due AS due_after")
_INSERT_REVIEW = (f"INSERT INTO review_log (card, {', '.join(ReviewColumns.NAMES)}) "
                  f"VALUES (?, {', '.join('?' * len(ReviewColumns.NAMES))})")
_RESCHEDULE_STATES = ", ".join([*(f"r.b_{name}" for name in STATE_COLUMNS), *(f"r.a_{name}" for name in STATE_COLUMNS)])
_INSERT_RESCHEDULE = (f"INSERT INTO reschedule_log (card, at, days, {_RESCHEDULE_STATES.replace('r.', '')}) "
                      f"VALUES (?, ?, ?, {', '.join('?' * (2 * len(STATE_COLUMNS)))})")
_FRONTIER_ROW = "SELECT version, position, gaps FROM new_frontier WHERE deck = ?"
#: The card id and the columns `Schedule.from_columns` takes, in its order.
_SCHEDULE_COLUMNS = "card_id, memory_state, due, suspended, buried_until"
_PARAMETER_COLUMNS = ("parameters, created_at, source, reviews, log_loss, rmse_bins, default_log_loss, "
                      "default_rmse_bins, deck")


def _stored_parameters(row: Sequence) -> StoredParameters:
    return StoredParameters(tuple(float(value) for value in json.loads(row[0])), datetime.fromisoformat(row[1]),
                            *row[2:])


#: The last microsecond a datetime can hold (9999-12-31), counted from 1970.
MAX_MICROS = 253_402_300_799_999_999


def _read_only(path: Path, open_uri: Callable[[str], _Opened], probe: Callable[[_Opened], object],
               drop: Callable[[_Opened], object]) -> _Opened:
    """The collection at `path` opened read-only by `open_uri(uri)` (a connection, or an ATTACH) and
    read once by `probe`; where even that cannot be had (a folder without write access, where SQLite
    cannot make the WAL's shared-memory file), `drop`ped and opened immutable instead (nothing can
    write it anyway). The one fallback of every read-only route into a collection."""
    uri = path.resolve().as_uri()
    try:
        opened = open_uri(f"{uri}?mode=ro")
    except sqlite3.OperationalError:
        return open_uri(f"{uri}?mode=ro&immutable=1")
    try:
        probe(opened)
        return opened
    except sqlite3.OperationalError:
        drop(opened)
    return open_uri(f"{uri}?mode=ro&immutable=1")


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection of its own (see `_read_only`)."""

    def connect(uri: str) -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)

    def probe(connection: sqlite3.Connection) -> None:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()

    try:
        return _read_only(path, connect, probe, sqlite3.Connection.close)
    except sqlite3.Error as error:
        raise InputError([_problem(path, f"cannot open the collection: {error}")]) from None


class _SqliteErrors:
    """`Collection._sqlite_errors`: a SQLite failure in the block raised as an InputError that says
    what to do (a class, not a generator: it wraps every statement of every answer)."""

    __slots__ = ("path",)

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> bool:
        if isinstance(error, sqlite3.OperationalError):
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
        if isinstance(error, sqlite3.DatabaseError):
            raise InputError([_damaged(self.path, str(error))]) from None
        return False


class _Decoding:
    """A stored value that does not decode (a bad date, JSON, number) in the block: the collection is
    damaged (an InputError saying `what`)."""

    __slots__ = ("path", "what")

    def __init__(self, path: Path, what: str) -> None:
        self.path, self.what = path, what

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> bool:
        if isinstance(error, (ValueError, TypeError, KeyError, IndexError, OverflowError, AssertionError)):
            raise InputError([_damaged(self.path, f"{self.what} does not decode: {error}")]) from None
        return False


def _check_header(path: Path) -> None:
    """Refuse a non-empty file that is not SQLite at all, or another program's, before SQLite touches it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise InputError([_problem(path, f"cannot read the collection: {error}")]) from None
    if header and header[:len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise InputError(
            [_problem(path, "is not a quizgen collection (not an SQLite database); it was left untouched",
                      "pass another file to --db, or move this one away")]
        )
    application_id = int.from_bytes(header[68:72], "big") if len(header) >= 72 else 0
    if application_id not in (0, APPLICATION_ID):  # refused before SQLite opens it (and makes a -shm beside it)
        raise InputError([_problem(path, f"is another program's SQLite database (application_id "
                                   f"{application_id:#010x}); it was left untouched", "pass another file to --db")])


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
    """A problem with the collection file; its message ends as a sentence, so "Fix:" reads apart."""
    return Problem(path, None, None, message if message.endswith((".", "!", "?")) else message + ".", fix)


def _damaged(path: Path, detail: str) -> Problem:
    return _problem(
        path, f"the collection is damaged ({detail}); it was left untouched",
        "restore a backup, or try `sqlite3 FILE .recover`; pass another file to --db to start afresh",
    )
