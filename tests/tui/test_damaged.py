"""A collection found damaged by the check the app runs as it starts: the app stops and says so.

Opening a collection does not read the whole file (that costs seconds on a big one); the app checks
it in a worker thread instead. Here the damage sits in old review-log pages that starting the app
never reads, so only that check can find it.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from tui_helpers import SIZE, pilot_test

from tests.collection_rows import insert_reviews


OLD = datetime(2020, 1, 1, tzinfo=UTC)
VERIFY_AFTER = 0.05  # seconds from the start to the check (3 s in the app)


def _damage_old_reviews(db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    insert_reviews(raw, [(f"gone:fact{i}:1:mcq", OLD) for i in range(400)], given=" " * 300)
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    leaves = [n for (n,) in raw.execute("SELECT pageno FROM dbstat WHERE name = 'review_log' AND pagetype = 'leaf'")]
    raw.close()
    assert len(leaves) > 10
    data = bytearray(db_path.read_bytes())
    page = leaves[len(leaves) // 2]
    data[(page - 1) * page_size + 8:page * page_size] = b"\xa5" * (page_size - 8)
    db_path.write_bytes(bytes(data))


@pilot_test
async def test_the_start_check_stops_the_app_on_a_damaged_collection(make_app, db_path: Path) -> None:
    make_app().close_collection()  # creates the collection
    _damage_old_reviews(db_path)
    damaged = db_path.read_bytes()
    app = make_app(verify_after=VERIFY_AFTER)  # opening and reading today's queues meets no damaged page
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(800):
            await pilot.pause(0.01)
            if app.return_code is not None:
                break
    assert app.return_code == 2
    assert app.failure is not None
    assert "the collection is damaged" in app.failure and str(db_path) in app.failure
    assert len(app.failure.splitlines()) == 1
    app.close_collection()
    assert db_path.read_bytes() == damaged


@pilot_test
async def test_the_start_check_passes_a_sound_collection(make_app) -> None:
    app = make_app(verify_after=VERIFY_AFTER)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(VERIFY_AFTER + 0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.return_code is None
        assert app.is_running
