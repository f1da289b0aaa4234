"""`quizgen mark --review`: the Textual screen driven by Pilot settles flagged items; the outputs follow."""

from __future__ import annotations

import asyncio
import csv
import json
import random
import shutil
from pathlib import Path

import cv2
import pytest
from sheet_helpers import read_marks, run_cli

from quizgen.quiz import manifest
from quizgen.sheet import synthetic
from quizgen.sheet.review import load_state, pending_items, run_review
from quizgen.sheet.review_app import ReviewApp


@pytest.fixture(scope="module")
def marked_once(copies_quiz: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copies 1 and 2 marked, with the flags their synthetic students' marks call for."""
    return marked_results(copies_quiz, tmp_path_factory.mktemp("marked"))


@pytest.fixture
def results(marked_once: Path, tmp_path: Path) -> Path:
    """A copy of the marked results for one test to change."""
    return Path(shutil.copytree(marked_once, tmp_path / "results"))


def marked_results(quiz_dir: Path, tmp_path: Path) -> Path:
    quiz = manifest.load(quiz_dir / "quiz.json")
    scans = synthetic.filled_scans((quiz_dir / "answer-sheets.pdf").read_bytes(), quiz, random.Random(8), degrade="none")
    for i, (image, _) in enumerate(scans[:2]):
        (tmp_path / f"s{i}.png").write_bytes(cv2.imencode(".png", image)[1].tobytes())
    results = tmp_path / "results"
    run_cli("mark", str(tmp_path / "s0.png"), str(tmp_path / "s1.png"), "--quiz", str(quiz_dir), "-o", str(results))
    return results


def test_the_teacher_settles_each_flag_and_the_grades_become_final(copies_quiz: Path, results: Path):
    status, _, err = run_cli("results", str(results / "marks.csv"), "--quiz", str(copies_quiz), "--json")
    assert status == 2 and "flagged" in err and "--review" in err  # `quizgen results` waits for the teacher
    asyncio.run(settle_all(copies_quiz, results))
    rows = read_marks(results)
    assert [r for r in rows if r["status"] == "settled"] and not [r for r in rows if r["status"] == "flagged"]
    status, out, err = run_cli("results", str(results / "marks.csv"), "--quiz", str(copies_quiz), "--json")
    assert status == 0, err
    figures = json.loads(out)["test"]
    with (results / "grades.csv").open(encoding="utf-8") as handle:
        scores = [float(row["score"]) for row in csv.DictReader(handle)]
    assert figures["students"] == 2 and figures["questions"] == 20
    assert figures["mean"] == pytest.approx(sum(scores) / len(scores))  # results and grades agree


async def settle_all(copies_quiz: Path, results: Path) -> None:
    marked = load_state(results)
    quiz = manifest.load(copies_quiz / "quiz.json")
    options = {(v.version, q.number): len(q.options) for v in quiz.versions for q in v.questions}
    todo = pending_items(marked, options)
    assert todo, "the synthetic students made no mark that needs the teacher; pick another seed"
    answers = []
    app = ReviewApp(todo, results)
    async with app.run_test(size=(110, 40)) as pilot:
        for n, item in enumerate(todo):
            assert app.query_one("#progress").render().plain == f"Item {n + 1} of {len(todo)}"
            assert "Flagged:" in str(app.query_one("#why").render())
            if item.crop:  # the row's picture is shown, and its file named
                assert app.query_one("#crop").image == results / item.crop
                assert item.crop in str(app.query_one("#path").render())
            answer = "w" if item.item and item.item.kind == "cloze" else "A"
            app.query_one("#answer").value = "Z" if n == 0 else answer  # a wrong entry first: refused
            await pilot.press("enter")
            if n == 0:
                assert "not an answer here" in str(app.query_one("#error").render())
                app.query_one("#answer").value = answer
                await pilot.press("enter")
            answers.append("wrong" if answer == "w" else "A")
            await pilot.pause()
    assert app.settled == len(todo)
    # run_review writes everything again from the settled state (the app here already ran).
    (results / "review.json").write_bytes(marked.to_json())
    assert run_review(results, app_factory=lambda todo, results: _Done()) == 0
    rows = read_marks(results)
    settled = {(r["copy"], r["number"]): r["response"] for r in rows if r["status"] == "settled"}
    expected = {(str(t.sheet.copy), str(t.item.number)): a for t, a in zip(todo, answers) if t.item}
    assert settled == expected


class _Done:
    """Stands in for the app when the state holds nothing more to settle."""

    def run(self) -> None:
        raise AssertionError("nothing is left to settle: the app must not start")


def test_review_with_nothing_flagged_just_writes_the_final_files(results: Path):
    marked = load_state(results)
    for sheet in marked.sheets:
        for item in sheet.flagged:
            item.status = "settled"
        sheet.student_status = "ok" if sheet.student_status == "flagged" else sheet.student_status
    (results / "review.json").write_bytes(marked.to_json())
    assert run_review(results, app_factory=lambda todo, results: _Done()) == 0
    assert "flagged" not in (results / "marks.csv").read_text(encoding="utf-8").split("status", 1)[1]
