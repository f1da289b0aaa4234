"""`--with-history`: the learner's quizgen schedule continues in Anki after an import with
"import any learning progress".

The study collection is written through the study store's own API, with the FSRS scheduler
quizgen studies with (fuzz off). Review times are relative to the real clock because Anki's
importer counts days from the real "today".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import fsrs
import pytest
from anki.collection import Collection
from anki_helpers import import_package

from quizgen.export.anki.notes import cloze_guid, mcq_guid
from quizgen.study.scheduler import Scheduler
from quizgen.study.settings import Settings
from quizgen.study.store import Collection as StudyCollection
from quizgen.study.store import CardState, ReviewDraft

LEAD = "space:lead-actress:1:cloze"
DIRECTOR = "space:director:1:mcq"
LAUNCH_2 = "space:launch:2:cloze"
TRICKY = "space:tricky:1:mcq"
LAUNCH_MCQ = "space:launch:1:mcq"

G, A, E = fsrs.Rating.Good, fsrs.Rating.Again, fsrs.Rating.Easy


def _study(db: Path, now: datetime) -> StudyCollection:
    """Answer a few cards the way a study session records them."""
    scheduler = Scheduler(Settings(enable_fuzzing=False))
    plan = {
        # learned 10 days ago, reviewed again 3 days ago: in review, due in the future
        LEAD: [(now - timedelta(days=10), G), (now - timedelta(days=10, minutes=-10), G), (now - timedelta(days=3), G)],
        # failed an hour ago: learning, due a minute after that answer
        DIRECTOR: [(now - timedelta(hours=1), A)],
        # one Easy answer 40 days ago: in review and overdue now
        LAUNCH_2: [(now - timedelta(days=40), E)],
        # in review, then forgotten yesterday: relearning
        LAUNCH_MCQ: [(now - timedelta(days=40), E), (now - timedelta(days=1), A)],
    }
    collection = StudyCollection.open(db)
    for card_id, answers in plan.items():
        for when, rating in answers:
            def decide(before: CardState | None, _reviews: int, when=when, rating=rating, card_id=card_id):
                memory = before.memory if before and before.memory else scheduler.new_card(card_id, when)
                after = scheduler.review(memory, rating, when, fuzz_seed=card_id)
                reps = (before.reps if before else 0) + 1
                lapsed = rating is A and memory.state is fsrs.State.Review
                lapses = (before.lapses if before else 0) + int(lapsed)
                return ReviewDraft(reviewed_at=when, rating=rating, kind=card_id.rsplit(":", 1)[1], verdict="right",
                                   given="x", options=None, duration_ms=4200,
                                   state_after=CardState(card_id, memory=after, reps=reps, lapses=lapses))

            collection.apply_review(card_id, decide)
    collection.update_flags([TRICKY], now, suspended=True)
    return collection


def _anki_card(col: Collection, guid: str, ordinal: int = 0):
    (note_id,) = col.db.list("SELECT id FROM notes WHERE guid = ?", guid)
    return next(card for card in col.get_note(note_id).cards() if card.ord == ordinal)


def _local_study_day(moment: datetime) -> date:
    """The day Anki counts `moment` in: local time, days starting at 4 am."""
    return (moment.astimezone() - timedelta(hours=4)).date()


@pytest.fixture
def studied(space_deck: Path, tmp_path: Path, export) -> tuple[Path, dict[str, CardState], dict[str, list]]:
    now = datetime.now(UTC)
    db = tmp_path / "study.sqlite3"
    with _study(db, now) as collection:
        states = collection.card_states()
        reviews = {cid: collection.review_log(cid) for cid in (LEAD, DIRECTOR, LAUNCH_2, LAUNCH_MCQ)}
    out = tmp_path / "space.apkg"
    status, err = export(space_deck, "-o", out, "--with-history", "--db", db)
    assert status == 0, err
    assert "progress for 5 cards, 7 reviews" in err
    return out, states, reviews


def test_schedule_continues_in_anki(studied, anki_col: Collection) -> None:
    out, states, reviews = studied
    anki_col.set_config("fsrs", True)
    import_package(anki_col, out, with_scheduling=True)
    today = anki_col.sched.today

    lead = _anki_card(anki_col, cloze_guid("space", "lead-actress"), 0)
    memory = states[LEAD].memory
    assert memory is not None and memory.state is fsrs.State.Review
    assert (lead.type, lead.queue) == (2, 2)  # review card in the review queue
    assert lead.ivl == round((memory.due - memory.last_review).total_seconds() / 86400)
    assert lead.due - today == (_local_study_day(memory.due) - _local_study_day(datetime.now(UTC))).days
    assert lead.due > today
    assert lead.reps == 3 and lead.lapses == 0
    assert lead.memory_state is not None
    assert lead.memory_state.stability == pytest.approx(memory.stability, abs=1e-3)
    assert lead.memory_state.difficulty == pytest.approx(memory.difficulty, abs=1e-3)

    director = _anki_card(anki_col, mcq_guid("space", "director", 1))
    director_memory = states[DIRECTOR].memory
    assert director_memory is not None and director_memory.state is fsrs.State.Learning
    assert (director.type, director.queue) == (1, 1)  # learning, due within the day (a timestamp)
    assert director.due == int(director_memory.due.timestamp())

    launch = _anki_card(anki_col, cloze_guid("space", "launch"), 1)  # c2
    launch_memory = states[LAUNCH_2].memory
    assert launch_memory is not None and (launch.type, launch.queue) == (2, 2)
    assert launch.due - today == (_local_study_day(launch_memory.due) - _local_study_day(datetime.now(UTC))).days
    assert launch.due <= today  # overdue: Anki shows it today

    relearning = _anki_card(anki_col, mcq_guid("space", "launch", 1))
    relearning_memory = states[LAUNCH_MCQ].memory
    assert relearning_memory is not None and relearning_memory.state is fsrs.State.Relearning
    assert (relearning.type, relearning.queue) == (3, 1)
    assert relearning.due == int(relearning_memory.due.timestamp())
    assert (relearning.reps, relearning.lapses) == (2, 1)
    assert anki_col.db.list("SELECT type FROM revlog WHERE cid = ? ORDER BY id", relearning.id) == [0, 1]

    tricky = _anki_card(anki_col, mcq_guid("space", "tricky", 1))
    untouched = _anki_card(anki_col, cloze_guid("space", "director"))
    assert (untouched.type, untouched.queue, untouched.reps) == (0, 0, 0)
    # Suspended in quizgen, never answered: suspended in Anki, still a new card in its place in the deck.
    assert (tricky.type, tricky.queue) == (0, -1)
    assert tricky.due < untouched.due  # every MCQ of a deck comes before its clozes

    # The review log, row for row: answer times (ms ids), ratings, answer time, kinds.
    for card, card_id in ((lead, LEAD), (director, DIRECTOR), (launch, LAUNCH_2), (relearning, LAUNCH_MCQ)):
        rows = anki_col.db.all("SELECT id, ease, time, type, ivl FROM revlog WHERE cid = ? ORDER BY id", card.id)
        expected = reviews[card_id]
        # ids are answer times in ms; two answers in the same ms (LAUNCH_2 and LAUNCH_MCQ, 40 days ago)
        # are kept apart by a millisecond, or Anki would drop one as a duplicate.
        answer_ms = [int(r.reviewed_at.timestamp() * 1000) for r in expected]
        assert [0 <= row[0] - ms <= 1 for row, ms in zip(rows, answer_ms)] == [True] * len(expected)
        assert [r[1] for r in rows] == [int(r.rating) for r in expected]
        assert all(r[2] == 4200 for r in rows)
    lead_rows = anki_col.db.all("SELECT type, ivl FROM revlog WHERE cid = ? ORDER BY id", lead.id)
    assert [r[0] for r in lead_rows] == [0, 0, 1]  # learn, learn, review
    assert lead_rows[0][1] < 0 < lead_rows[2][1]  # seconds while learning, days in review
    # The intervals themselves: the 10-minute learning step, then the one the last review scheduled.
    assert lead_rows[0][1] == -600 and lead_rows[2][1] == lead.ivl
    assert anki_col.db.scalar("SELECT count() FROM revlog") == 7

    # Anki's own scheduler picks the schedule up: the two due (re)learning cards and the overdue review.
    anki_col.decks.select(lead.did)
    new, learning, review = anki_col.sched.counts()
    assert learning == 2 and review == 1


def test_without_scheduling_option_cards_start_new(studied, anki_col: Collection) -> None:
    out, _states, _reviews = studied
    import_package(anki_col, out, with_scheduling=False)
    assert anki_col.db.scalar("SELECT count() FROM revlog") == 0
    assert anki_col.db.list("SELECT DISTINCT type FROM cards") == [0]


def test_history_is_ignored_without_the_flag(space_deck: Path, tmp_path: Path, export, anki_col: Collection) -> None:
    db = tmp_path / "study.sqlite3"
    _study(db, datetime.now(UTC)).close()
    out = tmp_path / "space.apkg"
    status, err = export(space_deck, "-o", out, "--db", db)
    assert status == 0 and "--db is only read with --with-history" in err
    import_package(anki_col, out, with_scheduling=True)
    assert anki_col.db.scalar("SELECT count() FROM revlog") == 0
    assert anki_col.db.list("SELECT DISTINCT queue FROM cards") == [0]


def _revlog(answers: list[tuple], anki_ids: dict[str, int]) -> list[tuple]:
    """The revlog rows `history.write_revlog` writes for `answers` (rows with Answered's columns) to
    the cards of `anki_ids`, given as `Collection.attach_answers` gives them: each with its card's
    Anki id in `card`, answers to other cards left out (tests/study/test_store.py checks that)."""
    import sqlite3

    from quizgen.export.anki.history import write_revlog

    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE revlog (id INTEGER PRIMARY KEY, cid, usn, ease, ivl, lastIvl, factor, time, type)")
    db.execute("CREATE TABLE given (id, card, reviewed_at, rating, duration_ms, memory_before, memory_after, due_after)")
    db.executemany("INSERT INTO given VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [(a[0], anki_ids[a[1]], *a[2:]) for a in answers if a[1] in anki_ids])
    written = write_revlog(db, "SELECT * FROM given")
    rows = db.execute("SELECT id, cid, usn, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id").fetchall()
    assert written == len(rows)
    return rows


def test_revlog_ids_are_given_in_one_pass() -> None:
    """Answers in the same millisecond get the next free one, with no search over the ids taken
    (ids only grow, in the order the answers were given); answers to cards not exported take none."""
    moment = 1_773_100_000_000_000  # micros
    day = 86_400_000_000
    # 5,000 answers in one millisecond (given in reverse id order), then one a second later
    answers = [(5000 - i, f"space:f{i % 7}:1:mcq", moment + (i % 1000), 3, 4200, 2, 2, day) for i in range(5000)]
    answers += [(9999, "space:f0:1:mcq", moment + 1_000_000, 1, 70_000, 2, 3, 600_000_000),
                (9998, "space:other:1:mcq", moment + 500_000, 3, 4200, None, 1, 60_000_000)]  # not exported
    rows = _revlog(answers, {f"space:f{i}:1:mcq": 100 + i for i in range(7)})
    assert [row[0] for row in rows] == list(range(moment // 1000, moment // 1000 + 5001))
    # in order given: by time, then id
    by_time = sorted(answers[:5000], key=lambda a: (a[2], a[0]))
    assert [row[1] for row in rows[:5000]] == [100 + int(a[1][7:].split(":")[0]) for a in by_time]
    assert rows[-1] == (moment // 1000 + 5000, 100, -1, 1, -600, 1, 2500, 60_000, 1)


def test_revlog_columns_follow_each_answer() -> None:
    """ivl (days rounded half to even, or minus seconds), lastIvl (the card's previous ivl), factor,
    time (capped at a minute) and type (from the state before) of each answer."""
    at = 1_773_100_000_000_000
    day, card = 86_400_000_000, "space:f1:1:cloze"
    answers = [
        (1, card, at, 3, 4200, None, 1, 600_000_000),  # new -> learning, 10 minutes
        (2, card, at + 1, 3, -5, 1, 2, day * 5 // 2),  # learning -> review, 2.5 days: 2 (half to even)
        (3, card, at + 2, 3, 90_000, 2, 2, day * 7 // 2),  # review -> review, 3.5 days: 4
        (4, card, at + 3, 1, 1000, 2, 3, 1_500_000),  # review -> relearning, 1.5 s: -1
        (5, card, at + 4, 3, 1000, 3, 2, day // 4),  # relearning -> review, a quarter day: at least 1
        (6, card, at + 5, 3, 1000, 2, None, None),  # forgotten: scheduled nothing
    ]
    rows = _revlog(answers, {card: 7})
    assert [row[3:] for row in rows] == [
        (3, -600, 0, 0, 4200, 0), (3, 2, -600, 2500, 0, 0), (3, 4, 2, 2500, 60_000, 1),
        (1, -1, 4, 2500, 1000, 1), (3, 1, -1, 2500, 1000, 2), (3, 0, 1, 0, 1000, 1)]


def test_card_memory_json_is_what_json_dumps_writes() -> None:
    """The cards' `data` column, spelled by hand for speed, has json.dumps(sort_keys=True)'s bytes."""
    import json

    from quizgen.export.anki.history import _memory_json

    for stability, difficulty, last in [(12.345678, 5.55555, 1_773_100_000), (3.0, 1e-9, None), (0.1, 10.0, 0),
                                        (None, None, 1_773_100_000), (None, 4.2, None), (float("inf"), 2.0, 7),
                                        (float("nan"), 2.0, None), (1e20, 123456.78915, 1)]:
        data: dict[str, float | int] = {}
        if stability is not None and difficulty is not None:
            data = {"s": round(stability, 4), "d": round(difficulty, 4)}
        if last is not None:
            data["lrt"] = last
        assert _memory_json(stability, difficulty, last) == (json.dumps(data, sort_keys=True) if data else "")


def test_set_due_dates_and_flags_carry_into_anki(space_deck: Path, tmp_path: Path, export,
                                                 anki_col: Collection) -> None:
    """A due date set by hand arrives as Anki's own "Set Due Date" revlog entry (manual, ease 0), shown
    in Anki's card info; flags arrive as Anki's card flags (the same seven numbers and colours); a
    second import, and the import of a later export, add no second entry."""
    from anki.stats_pb2 import RevlogEntry

    from quizgen.study.records import FLAGS
    from quizgen.study.reschedule import DueDays, rescheduled
    from quizgen.study.scheduler import StudyDays

    now = datetime.now(UTC)
    db = tmp_path / "study.sqlite3"
    scheduler = Scheduler(Settings(enable_fuzzing=False))
    with _study(db, now) as collection:
        set_at = now - timedelta(minutes=5)
        rows = collection.reschedule(
            [LEAD, DIRECTOR], lambda state: rescheduled(state, DueDays.parse("9"), set_at, StudyDays(), scheduler.fsrs),
            "9", set_at)
        assert [row.card_id for row in rows] == [LEAD, DIRECTOR]
        collection.set_flags({LEAD: 5, TRICKY: 7, DIRECTOR: 1, LAUNCH_2: 6})
        states = collection.card_states()
        before_lead = rows[0].state_before.memory
    assert FLAGS[5] == "pink" and FLAGS[6] == "turquoise" and FLAGS[7] == "purple" and FLAGS[1] == "red"
    out = tmp_path / "space.apkg"
    status, err = export(space_deck, "-o", out, "--with-history", "--db", db)
    assert status == 0, err
    assert "progress for 5 cards, 7 reviews" in err  # a due date set by hand is not a review
    anki_col.set_config("fsrs", True)
    import_package(anki_col, out, with_scheduling=True)

    lead = _anki_card(anki_col, cloze_guid("space", "lead-actress"), 0)
    director = _anki_card(anki_col, mcq_guid("space", "director", 1))
    tricky = _anki_card(anki_col, mcq_guid("space", "tricky", 1))
    launch = _anki_card(anki_col, cloze_guid("space", "launch"), 1)
    assert (lead.user_flag(), tricky.user_flag(), director.user_flag(), launch.user_flag()) == (5, 7, 1, 6)
    assert _anki_card(anki_col, cloze_guid("space", "director")).user_flag() == 0

    # The lead card: its three answers, then the set due date, as Anki writes one.
    lead_rows = anki_col.db.all("SELECT id, ease, ivl, lastIvl, factor, time, type FROM revlog WHERE cid = ? ORDER BY id",
                                lead.id)
    assert [row[6] for row in lead_rows] == [0, 0, 1, 4]
    ms, ease, ivl, last_ivl, factor, taken, _kind = lead_rows[-1]
    assert 0 <= ms - int(set_at.timestamp() * 1000) <= 1 and (ease, taken) == (0, 0)
    assert ivl == lead.ivl  # the interval the card has now, in Anki's cards table too
    assert last_ivl == lead_rows[2][2]  # the interval before: the last review's
    assert before_lead is not None and last_ivl == round((before_lead.due - before_lead.last_review).total_seconds() / 86400)
    difficulty = states[LEAD].memory.difficulty
    assert factor == int(((difficulty - 1) / 9 + 0.1) * 1000)
    assert lead.due - anki_col.sched.today == (_local_study_day(states[LEAD].memory.due)
                                               - _local_study_day(datetime.now(UTC))).days
    # The learning card became a review card (as in Anki): interval 0 before, the new one after.
    director_rows = anki_col.db.all("SELECT ease, ivl, lastIvl, type FROM revlog WHERE cid = ? ORDER BY id", director.id)
    assert [list(row) for row in director_rows[1:]] == [[0, director.ivl, 0, 4]] and director.type == 2

    # Anki's card info lists it as a manual entry (its "Manual" / "Set due date" row), no rating.
    entries = anki_col.card_stats_data(lead.id).revlog
    manual = [e for e in entries if e.review_kind == RevlogEntry.MANUAL]
    assert len(entries) == 4 and len(manual) == 1 and manual[0].button_chosen == 0

    # Importing again, or a later export, adds no second entry and keeps the flags.
    total = anki_col.db.scalar("SELECT count() FROM revlog")
    assert total == 9
    import_package(anki_col, out, with_scheduling=True)
    with StudyCollection.open(db) as collection:
        collection.set_flags({LEAD: 2})
    later = tmp_path / "later.apkg"
    status, err = export(space_deck, "-o", later, "--with-history", "--db", db, epoch=1_700_000_100)
    assert status == 0, err
    import_package(anki_col, later, with_scheduling=True)
    assert anki_col.db.scalar("SELECT count() FROM revlog") == total
    assert anki_col.db.scalar("SELECT count() FROM revlog WHERE type = 4") == 2
    # Back to quizgen: `quizgen import --with-history` of the later package brings the flags back
    # (LEAD's new one) and replays the seven answers, the two set-due rows being no answers.
    from quizgen.cli import main
    decks_out = tmp_path / "back" / "space.yaml"
    decks_out.parent.mkdir()
    back_db = tmp_path / "back.sqlite3"
    assert main(["import", str(later), "-o", str(decks_out), "--with-history", "--db", str(back_db)]) == 0
    with StudyCollection.open(back_db) as back:
        assert back.flags([LEAD, TRICKY, DIRECTOR, LAUNCH_2]) == {LEAD: 2, TRICKY: 7, DIRECTOR: 1, LAUNCH_2: 6}
        assert len(back.review_log()) == 7
    # Anki keeps a card it already has as it is, its flag too (the limit docs/anki.md states) ...
    assert _anki_card(anki_col, cloze_guid("space", "lead-actress"), 0).user_flag() == 5
    # ... while a collection new to the cards takes the flag the later package carries.
    fresh = Collection(str(tmp_path / "fresh.anki2"))
    try:
        import_package(fresh, later, with_scheduling=True)
        assert _anki_card(fresh, cloze_guid("space", "lead-actress"), 0).user_flag() == 2
    finally:
        fresh.close()


def test_a_set_due_row_takes_the_next_free_millisecond() -> None:
    """A due date set in the millisecond of an answer (or of another change) goes one ms later: Anki's
    importer would drop a second row with one id."""
    import sqlite3

    from quizgen.export.anki.history import write_manual_revlog

    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE revlog (id INTEGER PRIMARY KEY, cid, usn, ease, ivl, lastIvl, factor, time, type)")
    db.execute("INSERT INTO revlog VALUES (1000, 7, -1, 3, 5, 1, 2500, 4200, 1)")  # an answer
    rows = [(1000, 7, 0, 9, 5, 520, 0, 4), (1000, 8, 0, 3, 0, 480, 0, 4)]
    assert write_manual_revlog(db, rows) == 2
    assert db.execute("SELECT id, cid, ease, type FROM revlog ORDER BY id").fetchall() == [
        (1000, 7, 3, 1), (1001, 7, 0, 4), (1002, 8, 0, 4)]
