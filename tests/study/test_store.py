"""The SQLite collection: creation, migrations, refusing foreign or damaged files, the review log."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import fsrs
import pytest

from tests.collection_rows import insert_reviews
from quizgen.core.problems import InputError
from quizgen.study.store import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    CardState,
    Collection,
    ReviewDraft,
    Schedule,
    WAL_CHECKPOINT_PAGES,
    StoredParameters,
    default_db_path,
    micros,
)

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
CARD = "space:actress:1:mcq"


def _draft(before: CardState | None, rating: int = 3, when: datetime = NOW) -> ReviewDraft:
    memory = fsrs.Card(card_id=1, due=when)
    after = CardState(CARD, memory, reps=(before.reps if before else 0) + 1)
    return ReviewDraft(when, fsrs.Rating(rating), "mcq", "right", "Yulia Peresild", ("a", "b"), 1500, after)


def test_a_new_collection_is_wal_with_the_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "c.sqlite3"
    with Collection.open(path) as collection:
        assert collection.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
        assert collection.integrity_check() == "ok"
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    raw.close()


def test_default_db_path_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QUIZGEN_DB", str(tmp_path / "x.sqlite3"))
    assert default_db_path() == tmp_path / "x.sqlite3"
    monkeypatch.delenv("QUIZGEN_DB")
    assert default_db_path().name == "collection.sqlite3"


def test_an_old_collection_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    # A collection as the first schema version wrote it.
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in MIGRATIONS[0]:
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    state = CardState(CARD, fsrs.Card(card_id=1, due=NOW), reps=1)
    raw.execute("INSERT INTO card_state VALUES (?, 'space', 'actress', ?, ?, ?)",
                (CARD, state.to_json(), NOW.isoformat(), NOW.isoformat()))
    raw.execute("INSERT INTO review_log (card_id, reviewed_at, rating, kind, verdict, given, duration_ms, "
                "state_before, state_after) VALUES (?, ?, 3, 'mcq', 'right', 'x', 10, NULL, ?)",
                (CARD, NOW.isoformat(timespec="microseconds"), state.to_json()))
    raw.close()
    with Collection.open(path) as collection:
        assert collection.schema_version == SCHEMA_VERSION
        assert collection.card_states() == {CARD: state}
        assert [row.rating for row in collection.review_log()] == [fsrs.Rating.Good]
        assert collection.parameters() is None  # the table added by migration 2 works
        collection.save_parameters(StoredParameters((0.1,) * 21, NOW, "test", 5, 0.4, 0.05, 0.5, 0.07))
        assert collection.parameters().parameters == (0.1,) * 21


def test_migration_3_copies_the_schedule_out_of_every_state(tmp_path: Path) -> None:
    """The queue columns of rows written before they existed are filled from the state JSON."""
    path = tmp_path / "v2.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statements in MIGRATIONS[:2]:
        for statement in statements:
            raw.execute(statement)
    raw.execute("PRAGMA user_version = 2")
    review = CardState("space:a:1:mcq", fsrs.Card(card_id=1, state=fsrs.State.Review, step=None, stability=3.0,
                                                 difficulty=5.0, due=NOW + timedelta(days=2)), reps=4)
    learning = CardState("space:b:1:cloze", fsrs.Card(card_id=2, due=NOW - timedelta(minutes=5)), reps=1,
                         suspended=True)
    buried_new = CardState("space:c:1:mcq", buried_until=date(2026, 3, 11))
    for state in (review, learning, buried_new):
        due = None if state.due is None else state.due.isoformat(timespec="microseconds")
        raw.execute("INSERT INTO card_state VALUES (?, 'space', ?, ?, ?, ?)",
                    (state.card_id, state.fact, state.to_json(), due, NOW.isoformat()))
    raw.close()
    with Collection.open(path) as collection:
        assert collection.schema_version == SCHEMA_VERSION
        assert collection.card_states() == {s.card_id: s for s in (review, learning, buried_new)}
        assert collection.unanswered([review.card_id, learning.card_id, buried_new.card_id, "space:d:1:mcq"]) == [
            (buried_new.card_id, Schedule(None, None, False, date(2026, 3, 11))), ("space:d:1:mcq", None)]
        assert collection.due_cards("space", int(fsrs.State.Review), limit=5) == [
            (review.card_id, Schedule(int(fsrs.State.Review), micros(NOW + timedelta(days=2)), False, None))]
        # suspended cards are not queued; a due bound and a batch's end narrow the range
        assert collection.due_cards("space", int(fsrs.State.Learning), limit=5) == []
        assert collection.due_cards("space", int(fsrs.State.Review), before=micros(NOW + timedelta(days=1))) == []
        after = (micros(NOW + timedelta(days=2)), review.card_id)
        assert collection.due_cards("space", int(fsrs.State.Review), after=after) == []
    raw = sqlite3.connect(path)
    reps = dict(raw.execute("SELECT card_id, reps FROM card_state").fetchall())  # a typed column
    raw.close()
    assert reps == {review.card_id: 4, learning.card_id: 1, buried_new.card_id: 0}


def test_a_collection_from_a_newer_quizgen_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Collection.open(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(InputError, match="newer quizgen"):
        Collection.open(path)


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"my precious notes\n")
    with pytest.raises(InputError, match="not an SQLite database"):
        Collection.open(path)
    assert path.read_bytes() == b"my precious notes\n"


def test_another_apps_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(InputError, match="not a quizgen collection"):
        Collection.open(path)
    assert path.read_bytes() == before


def test_a_damaged_collection_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    Collection.open(path).close()
    raw = sqlite3.connect(path)
    insert_reviews(raw, [(f"space:fact{i}:1:mcq", NOW) for i in range(300)], given="x" * 200)
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page:6 * page] = b"\xa5" * (4 * page)  # scribble over a few pages of tables
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    # Opening does not read the whole file; the full check does, and so does a read of the damage.
    collection = Collection.open(path)
    try:
        with pytest.raises(InputError, match="damaged") as raised:
            collection.verify()
        assert "Traceback" not in str(raised.value)
        with pytest.raises(InputError, match="damaged"):
            collection.review_log()
            collection.review_counts()
            collection.card_states()
    finally:
        collection.close()
    assert path.read_bytes() == damaged


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        Collection.open(tmp_path)


def test_apply_review_logs_the_answer_and_both_states(collection: Collection) -> None:
    first = collection.apply_review(CARD, lambda before, n: _draft(before))
    second = collection.apply_review(CARD, lambda before, n: _draft(before, rating=1, when=NOW + timedelta(minutes=1)))
    assert first.state_before is None
    assert second.state_before == first.state_after
    assert collection.card_state(CARD) == second.state_after
    log = collection.review_log(CARD)
    assert [(r.rating, r.given, r.options, r.duration_ms, r.kind) for r in log] == [
        (fsrs.Rating.Good, "Yulia Peresild", ("a", "b"), 1500, "mcq"),
        (fsrs.Rating.Again, "Yulia Peresild", ("a", "b"), 1500, "mcq"),
    ]
    assert [r.reviewed_at for r in collection.review_log(since=NOW + timedelta(seconds=30))] == [
        NOW + timedelta(minutes=1)
    ]
    assert collection.review_counts() == {CARD: 2}
    assert log == [first, second]  # what apply_review returns is what the log holds


def test_a_long_session_reuses_the_write_ahead_log(tmp_path: Path) -> None:
    """Answers copy the log into the file every WAL_CHECKPOINT_PAGES pages and then overwrite it from
    its start (cheaper to make durable than a log that grows): after 250 answers, each durable, the
    log's file has never held more than 200 pages (with SQLite's default interval it reaches 1,000)."""
    path = tmp_path / "c.sqlite3"
    with Collection.open(path) as collection:
        for number in range(250):
            card_id = f"space:fact{number}:1:mcq"
            after = CardState(card_id, fsrs.Card(card_id=number, due=NOW), reps=1)
            collection.apply_review(card_id, lambda before, n, after=after: ReviewDraft(
                NOW, fsrs.Rating.Good, "mcq", "right", "x", ("x", "y"), 1500, after))
        page_size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
        wal_pages = (path.with_name(path.name + "-wal").stat().st_size - 32) // (page_size + 24)
        assert WAL_CHECKPOINT_PAGES < wal_pages <= 200, wal_pages
        assert len(collection.review_log()) == 250


def test_undo_review_restores_the_state_byte_for_byte(collection: Collection, tmp_path: Path) -> None:
    collection.apply_review(CARD, lambda before, n: _draft(before))
    path = tmp_path / "collection.sqlite3"

    def snapshot() -> tuple[list, list]:
        raw = sqlite3.connect(path)
        states = raw.execute("SELECT * FROM card_state").fetchall()
        log = raw.execute("SELECT * FROM review_log").fetchall()
        raw.close()
        return states, log

    before = snapshot()
    second = collection.apply_review(CARD, lambda b, n: _draft(b, rating=1, when=NOW + timedelta(days=1)))
    assert snapshot() != before
    collection.undo_review(second.id, NOW + timedelta(days=1))
    assert snapshot() == before
    # Only a card's latest answer can be undone.
    third = collection.apply_review(CARD, lambda b, n: _draft(b))
    first_id = collection.review_log(CARD)[0].id
    with pytest.raises(ValueError):
        collection.undo_review(first_id, NOW)
    assert collection.undo_review(third.id, NOW) is not None


def test_flags_and_deletion(collection: Collection) -> None:
    collection.update_flags(["space:days:1:mcq"], NOW, suspended=True)
    collection.update_flags(["space:days:1:mcq"], NOW, buried_until=date(2026, 3, 11))
    state = collection.card_state("space:days:1:mcq")
    assert (state.suspended, state.buried_until, state.state) == (True, date(2026, 3, 11), "new")
    collection.apply_review(CARD, lambda before, n: _draft(before))
    assert collection.stored_card_ids() == {"space:days:1:mcq", CARD}
    assert collection.delete_cards([CARD]) == 1
    assert collection.stored_card_ids() == {"space:days:1:mcq"}
    assert collection.review_log() == []


def test_a_card_flag_is_kept_apart_from_its_schedule(collection: Collection) -> None:
    new, answered = "space:days:1:mcq", CARD
    collection.apply_review(answered, lambda before, n: _draft(before))
    assert collection.set_flags({new: 1, answered: 4}) == {new: 0, answered: 0}  # the flags they had
    assert collection.flags([new, answered, "space:other:1:mcq"]) == {new: 1, answered: 4}
    assert collection.card_state(new) is None  # a flagged new card stays new: no state row
    by_card = {row[0]: row for row in collection.status_rows()}
    assert by_card[new][1:] == (None, None, None, None, None, 0, 0, 0, 0, None, 1)
    assert by_card[answered][-1] == 4 and by_card[answered][6] == 1
    assert collection.set_flags({new: 0, answered: 2}) == {new: 1, answered: 4}
    assert collection.flags([new, answered]) == {answered: 2}
    with pytest.raises(ValueError):
        collection.set_flags({new: 8})
    assert collection.flags([new]) == {}  # nothing of the refused change was written
    collection.delete_cards([answered])  # orphans --prune: its flag goes with its history
    assert collection.flags([answered]) == {}


def test_a_schema_6_collection_gets_the_flag_table_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "six.sqlite3"
    with Collection.open(path) as collection:
        collection.apply_review(CARD, lambda before, n: _draft(before))
        before = (collection.card_states(), collection.review_log())
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("DROP TABLE card_flag")  # what migration 7 added
    raw.execute("DROP TABLE reschedule_log")  # and migration 8
    raw.execute("PRAGMA user_version = 6")
    raw.close()
    with Collection.open(path) as collection:
        assert collection.schema_version == SCHEMA_VERSION == 8
        assert (collection.card_states(), collection.review_log()) == before
        collection.set_flags({CARD: 3})
        assert collection.flags([CARD]) == {CARD: 3}


def test_a_schema_7_collection_keeps_its_flags_and_takes_all_seven(tmp_path: Path) -> None:
    path = tmp_path / "seven.sqlite3"
    with Collection.open(path) as collection:
        collection.apply_review(CARD, lambda before, n: _draft(before))
        before = (collection.card_states(), collection.review_log())
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("DROP TABLE reschedule_log")  # schema 7 as it was: no log of due dates set by hand,
    raw.execute("DROP TABLE card_flag")  # and flags 1-4 only
    raw.execute("CREATE TABLE card_flag (card_id TEXT PRIMARY KEY, flag INTEGER NOT NULL "
                "CHECK (flag BETWEEN 1 AND 4)) WITHOUT ROWID")
    raw.execute("INSERT INTO card_flag VALUES (?, 4), ('space:days:1:mcq', 2)", (CARD,))
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO card_flag VALUES ('space:x:1:mcq', 7)")
    raw.execute("PRAGMA user_version = 7")
    raw.close()
    with Collection.open(path) as collection:
        assert collection.schema_version == SCHEMA_VERSION == 8
        assert (collection.card_states(), collection.review_log()) == before
        assert collection.flags([CARD, "space:days:1:mcq"]) == {CARD: 4, "space:days:1:mcq": 2}
        assert collection.set_flags({CARD: 7, "space:days:1:mcq": 5}) == {CARD: 4, "space:days:1:mcq": 2}
        assert collection.flags([CARD, "space:days:1:mcq"]) == {CARD: 7, "space:days:1:mcq": 5}


def test_card_state_json_round_trip() -> None:
    state = CardState(CARD, fsrs.Card(card_id=7, state=fsrs.State.Review, step=None, stability=3.5, difficulty=5.1,
                                      due=NOW, last_review=NOW - timedelta(days=3)),
                      reps=4, lapses=1, suspended=True, buried_until=date(2026, 3, 11), leech=True)
    assert CardState.from_json(CARD, state.to_json()) == state
    assert (state.deck, state.fact, state.state) == ("space", "actress", "review")


def test_imported_flags_leave_a_flag_given_here(collection: Collection) -> None:
    """`import_history`'s flags (from Anki) go to cards with no flag; a flag the learner gave in
    quizgen stays, and the count says what was written."""
    collection.set_flags({"d:a:1:cloze": 2})
    assert collection.import_history({}, {"d:a:1:cloze": 5, "d:b:1:mcq": 7}) == (0, 1)
    assert collection.flags(["d:a:1:cloze", "d:b:1:mcq"]) == {"d:a:1:cloze": 2, "d:b:1:mcq": 7}


def test_attached_answers_are_those_of_the_cards_asked_for_by_their_number(tmp_path: Path) -> None:
    """`attach_answers` joins the log to the caller's cards by the collection's integer card key:
    each answer to a card asked for carries the caller's number for it and is otherwise the row
    `answers()` reads; answers to other cards are left out, and a card never answered adds none."""
    other = "space:launch:1:cloze"
    with Collection.open(tmp_path / "c.sqlite3") as collection:
        for when, card in ((NOW, CARD), (NOW + timedelta(minutes=1), other), (NOW + timedelta(minutes=2), CARD)):
            collection.apply_review(card, lambda before, _n, when=when, card=card:
                                    _of_card(_draft(before, when=when), card))
        read = list(collection.answers())
        package = sqlite3.connect(":memory:", uri=True)
        select = collection.attach_answers(package, "study", [(CARD, 700), ("space:never:1:mcq", 900)])
        rows = package.execute(f"SELECT * FROM ({select}) ORDER BY id").fetchall()
    assert [row[1] for row in rows] == [700, 700]
    assert rows == [(a.id, 700, *a[2:]) for a in read if a.card_id == CARD]
    assert len(read) == 3


def _of_card(draft: ReviewDraft, card_id: str) -> ReviewDraft:
    return replace(draft, state_after=replace(draft.state_after, card_id=card_id))
