"""An answer's work does not grow with the answers given today or with the collection: the same
statements, none of them a scan of a whole table, early in the day and on the 120th answer, for each kind of answer (a card's first, or a later one)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from quizgen.study.cardcache import load_catalog
from quizgen.study.session import StudySession
from quizgen.study.settings import Settings
from quizgen.study.store import Collection
from quizgen_benchmarks.inputs.collection import NOW, study_inputs

from .conftest import FakeClock
from .test_session import _grade_right


def test_an_answer_costs_the_same_on_the_5th_and_the_120th_answer_of_the_day(tmp_path: Path, monkeypatch) -> None:
    made = study_inputs(tmp_path / "made", studied=600, reviews=6000, facts_per_deck=60)
    catalog = load_catalog([made.decks_dir], cache_dir=tmp_path / "cache")
    clock = FakeClock(NOW)
    statements: list[str] = []
    connect = sqlite3.connect

    def traced(*args, **kwargs):  # every statement on the collection (not the card cache)
        connection = connect(*args, **kwargs)
        if str(args[0]) == str(made.db_path):
            connection.set_trace_callback(statements.append)
        return connection

    monkeypatch.setattr(sqlite3, "connect", traced)
    with Collection.open(made.db_path) as collection:
        session = StudySession(collection, catalog, clock=clock, settings=Settings(new_per_day=100,
                               reviews_per_day=1000, enable_fuzzing=False))
        session.start()
        per_answer: dict[int, tuple[bool, list[str]]] = {}
        for number in range(1, 121):
            card_id = _grade_right(session)
            first = collection.card_state(card_id) is None  # a card's first answer also stores its key
            clock.advance(seconds=6)
            statements.clear()
            session.rate()
            session.current()
            per_answer[number] = (first, [s.split(" VALUES")[0] for s in statements])
        early = {first: sql for number, (first, sql) in sorted(per_answer.items(), reverse=True) if number <= 10}
        late = {first: sql for number, (first, sql) in sorted(per_answer.items()) if number > 110}
        assert False in early and False in late, "no review of a card answered before, early and late"
        for first in early.keys() & late.keys():  # the same kind of answer, early and late in the day
            assert len(early[first]) == len(late[first]), (first, early[first], late[first])
        plans = set()
        raw = sqlite3.connect(made.db_path)
        for statement in {s for sql in (*early.values(), *late.values()) for s in sql}:
            if statement.startswith("SELECT"):
                plans |= {row[-1] for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}")}
        raw.close()
        assert not [plan for plan in plans if plan.startswith("SCAN")], plans
    assert clock() - NOW < timedelta(hours=1)
