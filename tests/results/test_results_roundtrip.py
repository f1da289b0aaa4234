"""Round trip: quiz -> a simulated class's answers in each platform's layout -> `quizgen results` ->
figures checked against an independent computation with numpy from the simulator's own record."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from results_sim import (
    canvas_rows, kahoot_options, kahoot_sheets, marks_rows, moodle_rows, simulate, write_class_deck, write_csv,
    write_xlsx,
)

from quizgen.cli import main
from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.quiz import manifest as quiz_manifest
from quizgen.quiz.build import QuizSettings, build_quiz

STUDENTS = 40


def run(*argv: object) -> int:
    return main([str(a) for a in argv])


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("class")
    deck = write_class_deck(folder)
    out = folder / "quiz"
    assert run("quiz", deck, "-o", out, "-n", "10", "--versions", "3", "--seed", "4", "--format", "md") == 0
    decks = load_decks([deck]).decks
    quiz = build_quiz(decks, generate_cards(decks, seed=4), QuizSettings(n=10, versions=3, seed=4))
    manifest = quiz_manifest.load(out)
    assert manifest.quiz_id == quiz.quiz_id
    return folder, deck, out, quiz, manifest


def expected(manifest, people, options=None):  # type: ignore[no-untyped-def]
    """The figures computed independently: numpy on the simulator's own verdicts and choices."""
    questions = manifest.versions[0].questions
    x = np.array([[float(q.points) if p.right[q.card_id] else 0.0 for q in questions] for p in people])
    totals = x.sum(axis=1)
    n, k = x.shape
    facility = x.mean(axis=0)
    rpb = [np.corrcoef(x[:, i], totals - x[:, i])[0, 1] if x[:, i].std() > 0 else None for i in range(k)]
    size = max(1, round(0.27 * n))
    order = np.argsort(-totals, kind="stable")
    d27 = x[order[:size]].mean(axis=0) - x[order[n - size:]].mean(axis=0)
    kr20 = k / (k - 1) * (1 - (facility * (1 - facility)).sum() / totals.var())
    picks = {}
    for q in questions:
        asked = (options or {}).get(q.card_id) or q.options
        picks[q.card_id] = {o: sum(p.chosen[q.card_id] == o for p in people) / n for o in asked}
    return facility, rpb, d27, kr20, totals, picks


def check(report: dict, manifest, people, options=None) -> None:  # type: ignore[no-untyped-def]
    facility, rpb, d27, kr20, totals, picks = expected(manifest, people, options)
    assert report["test"]["students"] == len(people)
    assert report["test"]["kr20"] == pytest.approx(kr20, abs=1e-9)
    assert report["test"]["mean"] == pytest.approx(totals.mean()) and report["test"]["sd"] == pytest.approx(totals.std())
    assert sum(d["students"] for d in report["test"]["distribution"]) == len(people)
    by_card = {item["card_id"]: item for item in report["items"]}
    for i, q in enumerate(manifest.versions[0].questions):
        item = by_card[q.card_id]
        assert (item["deck"], item["fact"], item["blank"]) == (q.deck, q.fact, q.blank)
        assert item["facility"] == pytest.approx(facility[i], abs=1e-9)
        if rpb[i] is None:  # everyone scored the same: no correlation to speak of
            assert item["point_biserial"] is None
        else:
            assert item["point_biserial"] == pytest.approx(rpb[i], abs=1e-9)
        assert item["upper_lower"] == pytest.approx(d27[i], abs=1e-9)
        rates = {o["text"]: o["rate"] for o in item["options"] if not o["text"].startswith("(")}
        assert rates == pytest.approx(picks[q.card_id], abs=1e-9)


def results_json(capsys: pytest.CaptureFixture[str], *argv: object) -> dict:
    capsys.readouterr()
    assert run("results", *argv, "--json") == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("form", ["csv", "xlsx", "csv-responses-only"])
def test_moodle_responses_report(made, tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str) -> None:  # type: ignore[no-untyped-def]
    _, _, out, _, manifest = made
    people = simulate(manifest, STUDENTS, seed=1)
    people = [p for p in people if p.version == "A"] + [p for p in people if p.version != "A"]
    rows = moodle_rows(manifest, people, seed=2, qtext=form != "csv-responses-only",
                       right=form != "csv-responses-only")
    if form == "csv-responses-only":  # with responses only, the slots must be in the quiz's order
        rows = moodle_rows(manifest, people, seed=2, qtext=False, right=False)
        path = write_csv(tmp_path / "responses.csv", _in_order(rows, manifest, people))
    elif form == "xlsx":
        path = write_xlsx(tmp_path / "responses.xlsx", {"Responses": rows})
    else:
        path = write_csv(tmp_path / "responses.csv", rows)
    check(results_json(capsys, path, "--quiz", out / "quiz.json"), manifest, people)


def _in_order(rows, manifest, people):  # type: ignore[no-untyped-def]
    """The Responses report of a quiz whose slots are in version A's order (responses only)."""
    questions = manifest.versions[0].questions
    header = rows[0][:8] + [f"Response {q.number}" for q in questions]
    body = [row[:8] + ["-" if p.chosen[q.card_id] is None else p.chosen[q.card_id].strip() for q in questions]
            for row, p in zip(rows[1:], people)]
    return [header, *body]


def test_canvas_student_analysis(made, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    _, _, out, _, manifest = made
    people = simulate(manifest, STUDENTS, seed=3)
    path = write_csv(tmp_path / "student_analysis.csv", canvas_rows(manifest, people), bom=False)
    check(results_json(capsys, path, "--quiz", out / "quiz.json"), manifest, people)


def test_kahoot_results(made, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    _, _, out, quiz, manifest = made
    options = kahoot_options(quiz)
    assert len(options) == len(manifest.versions[0].questions), "every question, cloze ones as MCQ"
    people = simulate(manifest, STUDENTS, seed=5, options=options)
    path = write_xlsx(tmp_path / "kahoot.xlsx", kahoot_sheets(quiz, people))
    report = results_json(capsys, path, "--quiz", out / "quiz.json")
    check(report, manifest, people, options)
    assert {item["kind"] for item in report["items"]} == {"mcq"}


def test_marks_from_answer_sheets_across_versions(made, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    _, _, out, _, manifest = made
    people = simulate(manifest, STUDENTS, seed=7)
    assert {p.version for p in people} == {"A", "B", "C"}
    path = write_csv(tmp_path / "marks.csv", marks_rows(manifest, people), bom=False)
    check(results_json(capsys, path, "--quiz", out / "quiz.json"), manifest, people)


def test_several_files_make_one_class(made, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    _, _, out, _, manifest = made
    people = simulate(manifest, STUDENTS, seed=9)
    first = write_csv(tmp_path / "a.csv", canvas_rows(manifest, people[:15]))
    second = write_csv(tmp_path / "b.csv", canvas_rows(manifest, people[15:]))
    check(results_json(capsys, first, second, "--quiz", out / "quiz.json"), manifest, people)


def test_figures_kept_beside_the_deck_feed_lint_and_quiz(made, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    folder, deck, out, _, manifest = made
    people = simulate(manifest, STUDENTS, seed=11)
    path = write_csv(tmp_path / "marks.csv", marks_rows(manifest, people))
    html_path = tmp_path / "report.html"
    assert run("results", path, "--quiz", out / "quiz.json", "--deck", deck, "--html", html_path) == 0
    figures_file = deck.with_name("class.results.json")
    kept = json.loads(figures_file.read_text(encoding="utf-8"))
    assert len(kept["sittings"]) == 1
    assert run("results", path, "--quiz", out / "quiz.json", "--deck", deck) == 0
    assert len(json.loads(figures_file.read_text(encoding="utf-8"))["sittings"]) == 1, "the same answers count once"
    page = html_path.read_text(encoding="utf-8")
    assert page.count("<svg") >= 3 and "http" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "<script" not in page
    capsys.readouterr()
    assert run("lint", deck) == 0
    lint_out = capsys.readouterr().out
    reversed_key = next(q for q in manifest.versions[0].questions if q.kind.value == "mcq")
    assert f"facts[{reversed_key.fact}]" in lint_out and "discriminates negatively" in lint_out
    assert "distracts nobody" in lint_out
    facility, *_ = expected(manifest, people)
    weakest = manifest.versions[0].questions[int(np.argmin(facility))]
    assert run("quiz", deck, "-o", folder / "next", "-n", "3", "--select", "weakest", "--format", "md") == 0
    chosen = {q.fact for q in quiz_manifest.load(folder / "next").versions[0].questions}
    assert weakest.fact in chosen
    known = {q.fact for i, q in enumerate(manifest.versions[0].questions) if facility[i] >= 0.95}
    assert known, "the simulated class knew one fact"
    assert run("quiz", deck, "-o", folder / "next2", "-n", "11", "--skip-known", "--format", "md") == 0
    asked = {q.fact for q in quiz_manifest.load(folder / "next2").versions[0].questions}
    assert not (asked & known)
