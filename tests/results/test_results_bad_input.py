"""Bad results files: one line naming file, row and what is wrong, exit 2, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from results_sim import canvas_rows, marks_rows, moodle_rows, simulate, write_class_deck, write_csv, write_xlsx

from quizgen.cli import main
from quizgen.quiz import manifest as quiz_manifest


def run(*argv: object) -> int:
    return main([str(a) for a in argv])


@pytest.fixture
def made(tmp_path: Path):  # type: ignore[no-untyped-def]
    deck = write_class_deck(tmp_path)
    out = tmp_path / "quiz"
    assert run("quiz", deck, "-o", out, "-n", "6", "--versions", "2", "--format", "md") == 0
    other = tmp_path / "other"
    assert run("quiz", deck, "-o", other, "-n", "6", "--versions", "2", "--seed", "99", "--format", "md") == 0
    return tmp_path, deck, out, quiz_manifest.load(out), quiz_manifest.load(other)


def refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, deck: Path, path: Path, out: Path) -> str:
    html = tmp_path / "report.html"
    capsys.readouterr()
    assert run("results", path, "--quiz", out / "quiz.json", "--deck", deck, "--html", html) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err and " Fix: " in lines[0], err
    assert not html.exists() and not deck.with_name("class.results.json").exists(), "nothing written"
    return lines[0]


def test_unknown_layout(made, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    tmp_path, deck, out, _, _ = made
    path = write_csv(tmp_path / "grades.csv", [["Student", "Total"], ["Ann", "7"]])
    line = refused(capsys, tmp_path, deck, path, out)
    assert line.startswith(f"{path}:1: error: is a layout quizgen does not know") and "Moodle Responses" in line
    sheet = write_xlsx(tmp_path / "book.xlsx", {"Sheet1": [["Name", "Score"], ["Ann", 3]]})
    assert refused(capsys, tmp_path, deck, sheet, out).startswith(f"{sheet}:1: error: is a layout")


def test_marks_of_another_quiz(made, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    tmp_path, deck, out, _, other = made
    path = write_csv(tmp_path / "marks.csv", marks_rows(other, simulate(other, 4, seed=1)))
    line = refused(capsys, tmp_path, deck, path, out)
    assert line.startswith(f"{path}:2: error: quiz_id: is '{other.quiz_id}'") and "another quiz" in line


def test_canvas_of_another_quiz_and_a_question_quizgen_did_not_write(made,  # type: ignore[no-untyped-def]
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    tmp_path, deck, out, manifest, _ = made
    rows = canvas_rows(manifest, simulate(manifest, 4, seed=1))
    rows[0][8] = "4200: What is the airspeed velocity of an unladen swallow?"
    line = refused(capsys, tmp_path, deck, write_csv(tmp_path / "a.csv", rows), out)
    assert ":1: error: 4200: What is the airspeed" in line and "another quiz" in line
    rows = canvas_rows(manifest, simulate(manifest, 4, seed=1))
    rows[0][10] = "4300: Who wrote this question by hand?"
    line = refused(capsys, tmp_path, deck, write_csv(tmp_path / "b.csv", rows), out)
    assert ":1: error: 4300: Who wrote" in line and "quizgen did not write" in line


def test_moodle_slot_quizgen_did_not_write(made, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    tmp_path, deck, out, manifest, _ = made
    rows = moodle_rows(manifest, simulate(manifest, 5, seed=2), seed=3)
    rows[0] += ["Question 99", "Response 99", "Right answer 99"]
    for row in rows[1:]:
        row += ["Describe your summer.", "It was hot", "-"]
    line = refused(capsys, tmp_path, deck, write_csv(tmp_path / "responses.csv", rows), out)
    assert ":1: error: Response 99: question slot 99" in line and "quizgen did not write" in line


def test_flagged_marks_are_refused_until_reviewed(made, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    tmp_path, deck, out, manifest, _ = made
    rows = marks_rows(manifest, simulate(manifest, 3, seed=4))
    rows[5][-1] = "flagged"
    line = refused(capsys, tmp_path, deck, write_csv(tmp_path / "marks.csv", rows), out)
    assert ":6: error: status: is flagged" in line and "quizgen mark --review" in line


def test_marks_naming_a_card_not_on_that_question(made, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    tmp_path, deck, out, manifest, _ = made
    rows = marks_rows(manifest, simulate(manifest, 3, seed=4))
    rows[1][5] = "class:made-up:1:mcq"
    line = refused(capsys, tmp_path, deck, write_csv(tmp_path / "marks.csv", rows), out)
    assert ":2: error: card_id: question 1 of version A is 'class:made-up:1:mcq'" in line


def test_missing_or_broken_manifest(made, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    tmp_path, deck, out, manifest, _ = made
    path = write_csv(tmp_path / "marks.csv", marks_rows(manifest, simulate(manifest, 3, seed=4)))
    assert run("results", path) == 2
    assert "no quiz.json beside it" in capsys.readouterr().err
    (tmp_path / "broken.json").write_text('{"format": "quizgen-quiz", "format_version": 1}', encoding="utf-8")
    assert run("results", path, "--quiz", tmp_path / "broken.json") == 2
    assert "quiz_id: is missing" in capsys.readouterr().err
