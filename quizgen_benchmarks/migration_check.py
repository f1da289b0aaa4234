"""Check migration 4 (the compact history) on a copy of a real collection: nothing is lost.

    python -m quizgen_benchmarks.migration_check OLD.sqlite3 [--work DIR]

Copies a schema-3 collection, reads every figure `quizgen stats` and `quizgen optimize` give from
the copy with an independent reader of the old layout (`V3Reader`: the JSON states as schema 3
stored them), migrates the copy by opening it, and reads the same figures again through the
store. Prints both, the sizes, and the time the migration took; exits 1 if any figure differs.
The test suite runs the same check on a small collection written in the old layout (`write_v3`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Iterator

from quizgen.study.records import Answered, CardState, micros, utc_text

#: "now" for the figures (a fixed time: the same day before and after).
NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


class V3Reader:
    """The read methods `compute_stats` and `collection_answers` use, on a schema-3 file."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        assert self._db.execute("PRAGMA user_version").fetchone()[0] == 3

    def close(self) -> None:
        self._db.close()

    def card_states(self) -> dict[str, CardState]:
        return {card_id: CardState.from_json(card_id, text)
                for card_id, text in self._db.execute("SELECT card_id, state FROM card_state ORDER BY card_id")}

    def reset_cards(self) -> set[str]:
        """As `Collection.reset_cards`: answered before, new again since."""
        return {card_id for card_id, state in self.card_states().items() if state.memory is None and state.reps > 0}

    def answers(self) -> Iterator[Answered]:
        for row in self._db.execute("SELECT id, card_id, reviewed_at, rating, duration_ms, state_before, state_after "
                                    "FROM review_log ORDER BY id"):
            review_id, card_id, at, rating, duration, before, after = row
            before_state = None if before is None else CardState.from_json(card_id, before).memory
            after_state = CardState.from_json(card_id, after).memory
            yield Answered(review_id, card_id, micros(datetime.fromisoformat(at)), rating, duration,
                           None if before_state is None else int(before_state.state),
                           None if after_state is None else int(after_state.state),
                           None if after_state is None else micros(after_state.due) - micros(datetime.fromisoformat(at)))

    def answer_totals_since(self, since: datetime) -> dict[str, tuple[int, int, int]]:
        """As `Collection.answer_totals_since`: per deck, (answers, ms, Again answers) at/after `since`."""
        totals: dict[str, tuple[int, int, int]] = {}
        for answer in self.answers():
            if answer.reviewed_at >= micros(since):
                deck = answer.card_id.partition(":")[0]
                count, ms, again = totals.get(deck, (0, 0, 0))
                totals[deck] = (count + 1, ms + answer.duration_ms, again + (answer.rating == 1))
        return totals

    def review_rows(self) -> list[tuple[Any, ...]]:
        """Every logged answer as the old read API gave it (ReviewRow fields, states decoded)."""
        rows = []
        for row in self._db.execute("SELECT id, card_id, reviewed_at, rating, kind, verdict, given, options, "
                                    "duration_ms, state_before, state_after FROM review_log ORDER BY id"):
            review_id, card_id, at, rating, kind, verdict, given, options, duration, before, after = row
            rows.append((review_id, card_id, datetime.fromisoformat(at), rating, kind, verdict, given,
                         None if options is None else tuple(json.loads(options)), duration,
                         None if before is None else CardState.from_json(card_id, before),
                         CardState.from_json(card_id, after)))
        return rows


def figures(reader: Any) -> dict[str, Any]:
    """Every figure of `quizgen stats --json` (all stored cards) and of `quizgen optimize --dry-run`,
    and the answers the fit is made from."""
    from quizgen.study.optimize import collection_answers, fit
    from quizgen.study.stats import compute_stats

    stats = compute_stats(reader, NOW, tz=UTC).to_json()
    answers = collection_answers(reader)
    result = fit(answers, tz=UTC)
    return {"stats": stats, "fitted_answers": answers, "optimize": {
        "reviews": result.reviews, "items": result.items, "needed": result.needed,
        "default_log_loss": result.default_log_loss, "default_rmse_bins": result.default_rmse_bins,
        "parameters": result.parameters, "log_loss": result.log_loss, "rmse_bins": result.rmse_bins}}


def same_figures(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """The same stats, the same answers fitted, the same fitted parameters and item counts, and the
    same losses up to fsrs-rs's own noise: two evaluations of the same items in one process differ
    in the 8th digit (its sums run in parallel), so they are compared to 1e-6."""
    if before["stats"] != after["stats"] or before["fitted_answers"] != after["fitted_answers"]:
        return False
    ours, theirs = before["optimize"], after["optimize"]
    for key, value in ours.items():
        other = theirs[key]
        if isinstance(value, float) and isinstance(other, float):
            if abs(value - other) > 1e-6 * max(1.0, abs(value)):
                return False
        elif value != other:
            return False
    return True


def write_v3(source: Path, target: Path) -> None:
    """Write the history of the (current schema) collection `source` into a new file `target` in the
    layout schema 3 used: every state as JSON, times as text. For tests of migration 4."""
    from quizgen.study.migrations import MIGRATIONS
    from quizgen.study.store import APPLICATION_ID, Collection

    with Collection.open(source) as collection:
        states = collection.card_states()
        reviews = collection.review_log()
        raw = sqlite3.connect(source)
        sequence = raw.execute("SELECT seq FROM sqlite_sequence WHERE name = 'review_log'").fetchone()
        raw.close()
    db = sqlite3.connect(target, isolation_level=None)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("BEGIN")
    for steps in MIGRATIONS[:3]:
        for step in steps:
            if isinstance(step, str):
                db.execute(step)
    for state in states.values():
        db.execute("INSERT INTO card_state (card_id, deck, fact, state, due, updated_at, memory_state, suspended, "
                   "buried_until, reps) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (state.card_id, state.deck, state.fact, state.to_json(),
                    None if state.due is None else utc_text(state.due), utc_text(NOW),
                    None if state.memory is None else int(state.memory.state), int(state.suspended),
                    None if state.buried_until is None else state.buried_until.isoformat(), state.reps))
    db.executemany(
        "INSERT INTO review_log (id, card_id, reviewed_at, rating, kind, verdict, given, options, duration_ms, "
        "state_before, state_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(r.id, r.card_id, utc_text(r.reviewed_at), int(r.rating), r.kind, r.verdict, r.given,
          None if r.options is None else json.dumps(list(r.options)), r.duration_ms,
          None if r.state_before is None else r.state_before.to_json(), r.state_after.to_json()) for r in reviews])
    if sequence is not None:
        db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'review_log'", sequence)
    db.execute("PRAGMA user_version = 3")
    db.execute("COMMIT")
    db.close()


def check(old: Path, work: Path) -> dict[str, Any]:
    """Copy `old` (schema 3) into `work`, migrate the copy, and compare what is read before and after."""
    from quizgen.study.store import Collection

    work.mkdir(parents=True, exist_ok=True)
    copy = work / "migrated.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(old, copy)
    size_before = copy.stat().st_size
    reader = V3Reader(copy)
    try:
        before = figures(reader)
        rows_before = reader.review_rows()
        states_before = reader.card_states()
    finally:
        reader.close()
    started = time.perf_counter()
    Collection.open(copy).close()
    seconds = time.perf_counter() - started
    with Collection.open(copy) as collection:
        after = figures(collection)
        rows_after = [(r.id, r.card_id, r.reviewed_at, int(r.rating), r.kind, r.verdict, r.given, r.options,
                       r.duration_ms, r.state_before, r.state_after) for r in collection.review_log()]
        states_after = collection.card_states()
    return {"figures_before": before, "figures_after": after, "same_figures": same_figures(before, after),
            "same_rows": rows_before == rows_after, "same_states": states_before == states_after,
            "reviews": len(rows_after), "cards": len(states_after), "seconds": seconds,
            "size_before": size_before, "size_after": copy.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quizgen_benchmarks.migration_check", description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="a schema-3 collection (it is copied, never changed)")
    parser.add_argument("--work", type=Path, default=Path("quizgen_benchmarks/_work/migration"))
    args = parser.parse_args(argv)
    result = check(args.old, args.work)
    print(json.dumps({k: v for k, v in result.items() if not k.startswith("figures")}, indent=2))
    print(json.dumps(result["figures_before"]["optimize"], indent=2))
    print(json.dumps(result["figures_after"]["optimize"], indent=2))
    print("stats:", json.dumps({k: v for k, v in result["figures_after"]["stats"].items() if k != "reviews_per_day"}))
    ok = result["same_figures"] and result["same_rows"] and result["same_states"]
    print("every figure, answer and state the same after the migration" if ok else "DIFFERENT after the migration")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
