"""Smoke tests: every benchmark runs end to end on tiny inputs (`--quick`) and reports its figures.

No timing is asserted here (the machine is shared and timings vary); the figures themselves are
checked only for shape: present, positive, with a baseline, a peak memory and a verdict.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizgen_benchmarks import run
from quizgen_benchmarks.answer_latency import percentile
from quizgen_benchmarks.harness import BENCHMARKS, Row
from quizgen_benchmarks.inputs.collection import NOW, study_inputs
from quizgen_benchmarks.inputs.deck import deck_yaml
from quizgen.study.records import micros


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One work folder for the module, so benchmarks share their generated inputs as in a real run."""
    return tmp_path_factory.mktemp("bench-work")


@pytest.mark.slow
@pytest.mark.parametrize("name", BENCHMARKS)
def test_benchmark_runs_on_tiny_inputs(name: str, work: Path, tmp_path: Path) -> None:
    rows_file = tmp_path / "rows.json"
    status = run.main(["--quick", "--only", name, "--work", str(work), "--json", str(rows_file)])
    rows = json.loads(rows_file.read_text())["rows"]
    assert status == 0, rows
    assert rows and all(row["benchmark"] == name for row in rows)
    for row in rows:
        assert row["value"] != "error", row["note"]
        assert row["baseline"], row
        assert row["ratio"] is not None and row["ratio"] > 0
        assert row["cpu_ratio"] is None or row["cpu_ratio"] > 0
        assert row["peak_mb"] > 0 and row["baseline_peak_mb"] > 0
        # A figure with a target passes or misses it; one reported for information has neither.
        assert row["passed"] in (True, False) if "none" not in row["target"] else row["passed"] is None
        assert row["target"]


@pytest.mark.slow
def test_study_start_reports_review_log_scans(work: Path, tmp_path: Path) -> None:
    """The scan detector tells a full scan of the review log from an indexed read, and the start
    itself reads none."""
    from quizgen_benchmarks import study_start
    from quizgen.study.store import Collection

    db_path = tmp_path / "c.sqlite3"
    Collection.open(db_path).close()
    review_scans, _ = study_start.scans(db_path, [
        "SELECT card, count(*) FROM review_log GROUP BY card",
        "SELECT id FROM review_log INDEXED BY review_log_time WHERE at >= 1773100000000000 ORDER BY id",
        "SELECT card_id FROM card_state WHERE memory_state IS NOT NULL",
    ])
    assert len(review_scans) == 1 and "GROUP BY card" in review_scans[0]
    rows_file = tmp_path / "rows.json"
    run.main(["--quick", "--only", "study_start", "--work", str(work), "--json", str(rows_file)])
    note = json.loads(rows_file.read_text())["rows"][0]["note"]
    assert "first card shown" in note
    assert "no review_log scan" in note


def test_deck_generator_is_deterministic_and_mixed() -> None:
    text = deck_yaml(200, seed=4, deck_id="mix")
    assert text == deck_yaml(200, seed=4, deck_id="mix")
    assert text != deck_yaml(200, seed=5, deck_id="mix")
    facts = [line for line in text.splitlines() if line.startswith("  - text: ")]
    assert len(facts) == 200
    blanks = {line.count("{") for line in facts}
    assert blanks == {1, 2, 3}


def test_generated_deck_loads_without_errors(tmp_path: Path) -> None:
    from quizgen.core.deckfile import load_decks
    from quizgen.core.generator import generate_cards
    from quizgen.core.model import AnswerType, CardKind

    path = tmp_path / "mix.yaml"
    path.write_text(deck_yaml(300, seed=2, deck_id="mix"), encoding="utf-8")
    decks = load_decks([path], with_warnings=False).decks
    cards = generate_cards(decks)
    assert len(decks[0].facts) == 300
    assert {b.type for f in decks[0].facts for b in f.blanks} == set(AnswerType)
    assert {c.kind for c in cards} == set(CardKind)


def test_study_collection_has_the_asked_history(tmp_path: Path) -> None:
    made = study_inputs(tmp_path, studied=50, reviews=500, facts_per_deck=20)
    assert made.studied == 50 and made.cards >= 50
    # About the asked number: a card may get a few extra answers to leave learning, and the last
    # cards may not fit all the answers carried over to them into two years.
    assert abs(made.reviews - 500) <= 0.05 * 500
    connection = sqlite3.connect(made.db_path)
    try:
        count, first, last = connection.execute("SELECT count(*), min(at), max(at) FROM review_log").fetchone()
        states = connection.execute("SELECT count(*) FROM card_state").fetchone()[0]
    finally:
        connection.close()
    assert count == made.reviews and states == 50
    assert micros(datetime(2024, 3, 10, tzinfo=UTC)) <= first and last < micros(NOW)


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 501)]
    assert percentile(values, 0.99) == 495.0
    assert percentile(values, 0.5) == 250.0
    assert percentile([7.0], 0.99) == 7.0


def test_results_file_keeps_the_hand_written_analysis(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text(f"# Results\n\nintro\n\n{run.START_MARK}\nold table\n{run.END_MARK}\n\n## Analysis\nkept\n")
    row = Row("generation", "deck to cards JSON", "3.00 s", "1.00 s", 3.0, 2.5, 100.0, "<= 2x", False, "why", 40.0)
    run.write_results(path, [row], {"cpus (nproc)": "2"}, quick=False, seconds=12.0)
    text = path.read_text()
    assert "old table" not in text
    assert text.startswith("# Results\n\nintro\n")
    assert text.rstrip().endswith("## Analysis\nkept")
    assert "| 1 | generation | deck to cards JSON | 3.00 s | 1.00 s | 3.00x | 2.50x | 100 / 40 | <= 2x | MISS |" in text
    assert "| cpus (nproc) | 2 |" in text


@pytest.mark.slow
def test_profile_option_writes_the_call_tree_of_quizgen_side(work: Path, tmp_path: Path) -> None:
    rows_file = tmp_path / "rows.json"
    status = run.main(["--quick", "--only", "optimize", "--work", str(work), "--json", str(rows_file), "--profile"])
    assert status == 0
    profile = work / "profiles" / "optimize.quizgen.txt"
    tree = profile.read_text(encoding="utf-8")
    assert "quizgen/commands/optimize.py" in tree  # the command under test, not just the harness
    assert not (work / "profiles" / "optimize.baseline.txt").exists()  # baselines run unprofiled


def test_hostile_inputs_sit_at_the_limits(tmp_path: Path) -> None:
    """The hostile benchmark's decks inside the limits load (a text exactly as long as a text may be,
    facts of exactly as many blanks as a fact may hold, every blank its own word), one step past is refused."""
    from quizgen.core import limits
    from quizgen.core.deckfile import load_decks
    from quizgen.core.problems import InputError
    from quizgen_benchmarks.inputs import hostile

    words = hostile.huge_word(tmp_path / "words", hostile.word_at_limit_megabytes(limits.FIELD_CHARS), facts=3)
    [deck] = load_decks([words], with_warnings=False).decks
    assert [len(fact.text) for fact in deck.facts[:3]] == [limits.FIELD_CHARS] * 3
    assert len({fact.blanks[0].answer for fact in deck.facts}) == 4
    blanks = hostile.many_blanks(tmp_path / "blanks", limits.BLANKS_PER_FACT, facts=3)
    [deck] = load_decks([blanks], with_warnings=False).decks
    answers = [blank.answer for fact in deck.facts for blank in fact.blanks]
    assert len(answers) == 3 * limits.BLANKS_PER_FACT == len(set(answers))
    over = hostile.huge_word(tmp_path / "over", hostile.word_at_limit_megabytes(limits.FIELD_CHARS + 1))
    with pytest.raises(InputError, match="over the 10,000"):
        load_decks([over], with_warnings=False)


def test_hostile_forked_measure_reports_the_childs_own_peak() -> None:
    """Each measured command runs in a forked child: its peak memory is its own, not the worker's."""
    from quizgen_benchmarks.harness import peak_rss_mb
    from quizgen_benchmarks.hostile import forked

    def allocate() -> dict:
        block = bytearray(200 * 1024 * 1024)
        block[::4096] = b"x" * len(block[::4096])  # touch every page
        return {"size": len(block)}

    before = peak_rss_mb()
    result = forked(allocate)
    assert result["size"] == 200 * 1024 * 1024 and result["seconds"] > 0
    assert result.peak_mb >= 200 and peak_rss_mb() < before + 100  # the child's peak; the parent's stays
    small = forked(lambda: {})
    assert small.peak_mb < result.peak_mb - 150


def test_hostile_linearity_verdict_is_the_ratio_of_ratios() -> None:
    from quizgen_benchmarks.harness import StepResult
    from quizgen_benchmarks.hostile import _linearity_row

    def step(seconds: float) -> StepResult:
        return StepResult({"seconds": seconds, "cpu_seconds": seconds}, 50.0)

    linear = _linearity_row("x", (step(2.0), step(1.0)), (step(4.0), step(2.0)), "n")
    quadratic = _linearity_row("x", (step(2.0), step(1.0)), (step(8.0), step(2.0)), "n")
    assert linear.passed is True and linear.ratio == 2.0 and "ratio of ratios (CPU) 1.00" in linear.note
    assert quadratic.passed is False and "ratio of ratios (CPU) 2.00" in quadratic.note
