"""Real processes on one collection: two writers never lose or corrupt answers; kill -9 loses nothing
committed; a writer that holds the collection too long makes the other say it is in use."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quizgen.core.problems import InputError
from quizgen.study.store import Collection

REPO = Path(__file__).resolve().parents[2]

# Answers one card `count` times; each answer's state counts the answers before it (reps).
WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    import fsrs
    from quizgen.study.store import CardState, Collection, ReviewDraft

    path, card_id, count = sys.argv[1], sys.argv[2], int(sys.argv[3])

    def decide(before, reviews):
        reps = before.reps if before else 0
        assert reps == reviews, (reps, reviews)  # the state read inside the transaction is current
        now = datetime.now(UTC)
        after = CardState(card_id, fsrs.Card(card_id=1, due=now), reps=reps + 1)
        return ReviewDraft(now, fsrs.Rating.Good, "cloze", "right", "x", None, 5, after)

    with Collection.open(path, busy_timeout_ms=20000) as collection:
        for i in range(count if count else 10**9):
            row = collection.apply_review(card_id, decide)
            print(row.id, flush=True)
    """
)

# Takes the write lock and keeps it until stdin closes.
HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.read()
    db.execute("ROLLBACK")
    """
)


def _python(script: str, *args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", script, *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


@pytest.mark.slow
def test_two_processes_answering_the_same_card_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    Collection.open(path).close()
    writers = [_python(WRITER, str(path), "space:actress:1:cloze", "60") for _ in range(2)]
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert len(out.split()) == 60
    with Collection.open(path) as collection:
        assert collection.integrity_check() == "ok"
        log = collection.review_log()
        assert len(log) == 120
        assert collection.card_state("space:actress:1:cloze").reps == 120
        # every answer was built on the one before it: no lost update
        assert [row.state_after.reps for row in log] == list(range(1, 121))


@pytest.mark.slow
def test_kill_9_keeps_every_committed_answer(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite3"
    writer = _python(WRITER, str(path), "space:days:1:cloze", "0")
    assert writer.stdout is not None
    committed = [int(writer.stdout.readline()) for _ in range(25)]
    writer.send_signal(signal.SIGKILL)
    rest, _ = writer.communicate(timeout=30)
    committed += [int(line) for line in rest.split()]  # printed only after their commit returned
    assert writer.returncode == -signal.SIGKILL
    with Collection.open(path) as collection:
        assert collection.integrity_check() == "ok"
        stored = {row.id for row in collection.review_log()}
        assert set(committed) <= stored
        assert collection.card_state("space:days:1:cloze").reps == len(stored)


@pytest.mark.slow
def test_a_held_collection_is_reported_in_use(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite3"
    Collection.open(path).close()
    holder = _python(HOLDER, str(path), stdin=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with Collection.open(path, busy_timeout_ms=200) as collection:
            assert collection.review_log() == []  # reading alongside a writer works (WAL)
            with pytest.raises(InputError, match="in use by another quizgen"):
                collection.update_flags(["space:days:1:mcq"], _now(), suspended=True)
    finally:
        holder.communicate(input="", timeout=30)
    with Collection.open(path) as collection:
        assert collection.card_states() == {}
        assert collection.integrity_check() == "ok"


def _now():
    from datetime import UTC, datetime

    return datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


OPENER = "import sys\nfrom quizgen.study.store import Collection\nCollection.open(sys.argv[1]).close()\n"


@pytest.mark.slow
def test_processes_creating_one_collection_at_once_all_succeed(tmp_path: Path) -> None:
    path = tmp_path / "race.sqlite3"
    openers = [_python(OPENER, str(path)) for _ in range(4)]
    for opener in openers:
        _, err = opener.communicate(timeout=60)
        assert opener.returncode == 0, err
    with Collection.open(path) as collection:
        assert collection.integrity_check() == "ok"
