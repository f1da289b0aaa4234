"""`quizgen mark` end to end: synthetic scans of real rendered sheets, marked by the real command."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import cv2
import openpyxl
import pypdf
import pytest
from sheet_helpers import long_deck, make_quiz, read_marks, run_cli

from quizgen.quiz import manifest
from quizgen.sheet import synthetic
from quizgen.sheet.report import MARKS_HEADER, pdf_of_jpegs


def jpeg(image) -> bytes:  # type: ignore[no-untyped-def]
    return cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 85])[1].tobytes()


def assert_no_temp_files(folder: Path) -> None:
    assert not [p for p in folder.rglob("*.tmp")]


def test_degraded_scans_in_any_order_are_marked_without_a_silent_error(copies_quiz: Path, tmp_path: Path):
    quiz = manifest.load(copies_quiz / "quiz.json")
    rng = random.Random(5)
    sheets = (copies_quiz / "answer-sheets.pdf").read_bytes()
    scanned = synthetic.filled_scans(sheets, quiz, rng, degrade="scanner")
    photo = synthetic.filled_scans(sheets, quiz, random.Random(6), degrade="phone")[3]  # copy 4 as a phone photo
    # Copies 3, 1, 2 in one PDF (out of order), copy 4 as a JPEG photo.
    (tmp_path / "scans.pdf").write_bytes(pdf_of_jpegs([jpeg(scanned[i][0]) for i in (2, 0, 1)]))
    (tmp_path / "photo.jpg").write_bytes(jpeg(photo[0]))
    results = tmp_path / "results"
    status, out, err = run_cli("mark", str(tmp_path / "scans.pdf"), str(tmp_path / "photo.jpg"),
                               "--quiz", str(copies_quiz / "quiz.json"), "-o", str(results))
    rows = read_marks(results)
    assert list(rows[0]) == list(MARKS_HEADER)
    truths = [scanned[i][1] for i in range(3)] + [photo[1]]
    tally = synthetic.score(rows, truths)
    assert tally.pages_unmarked == 0 and tally.silent == []
    assert tally.unreadable_flagged == tally.unreadable
    assert tally.bubble_accuracy >= 0.99 and tally.students_right == 4
    flagged = sum(r["status"] == "flagged" for r in rows)
    assert (status == 2) == (flagged > 0) and "marked 4 answer sheet(s)" in out
    assert {r["quiz_id"] for r in rows} == {quiz.quiz_id} and len(rows) == 4 * 20
    # The grades, in both files, and one annotated PDF per student.
    with (results / "grades.csv").open(encoding="utf-8") as handle:
        grades = list(csv.reader(handle))
    assert grades[0][:6] == ["student", "version", "copy", "score", "max", "flagged"] and len(grades) == 5
    book = openpyxl.load_workbook(results / "grades.xlsx")
    assert [[c.value for c in row][:3] for row in book.active.iter_rows(min_row=1, max_row=1)] == [["student", "version", "copy"]]
    by_student = {g[0]: g for g in grades[1:]}
    for truth in truths:
        right = sum(r["response"] == ("right" if r["kind"] == "cloze" else r["key"]) and r["status"] != "flagged"
                    for r in _keyed(rows, quiz, truth))
        assert float(by_student[truth.student][3]) == right
        assert len(pypdf.PdfReader(results / "annotated" / f"{truth.student}.pdf").pages) == 1
    assert_no_temp_files(results)


def _keyed(rows, quiz, truth):  # type: ignore[no-untyped-def]
    version = quiz.version(truth.version)
    keys = {q.number: (q.letter or "", q.kind.value) for q in version.questions}
    for r in rows:
        if r["version"] == truth.version and int(r["copy"]) == truth.copy:
            yield {**r, "key": keys[int(r["number"])][0], "kind": keys[int(r["number"])][1]}


def test_bad_input_is_one_line_each_and_the_rest_is_marked(copies_quiz: Path, tmp_path: Path):
    other = make_quiz(tmp_path / "other", "-n", "20", "--versions", "2", "--copies", "1", "--seed", "99")
    quiz = manifest.load(copies_quiz / "quiz.json")
    ours = synthetic.filled_scans((copies_quiz / "answer-sheets.pdf").read_bytes(), quiz, random.Random(2), degrade="none")
    theirs = synthetic.filled_scans((other / "answer-sheets.pdf").read_bytes(), manifest.load(other / "quiz.json"),
                                    random.Random(3), degrade="none")
    (tmp_path / "good.png").write_bytes(cv2.imencode(".png", ours[0][0])[1].tobytes())
    (tmp_path / "foreign.jpg").write_bytes(jpeg(theirs[0][0]))
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not a PDF")
    (tmp_path / "blank.png").write_bytes(cv2.imencode(".png", ours[0][0] * 0 + 255)[1].tobytes())
    results = tmp_path / "results"
    status, out, err = run_cli("mark", str(tmp_path / "good.png"), str(tmp_path / "foreign.jpg"),
                               str(tmp_path / "broken.pdf"), str(tmp_path / "blank.png"), str(tmp_path / "gone.png"),
                               "--quiz", str(copies_quiz), "-o", str(results))
    assert status == 2
    lines = [line for line in err.splitlines() if ": error: " in line]
    assert len(lines) == 4, err
    assert any("foreign.jpg" in line and "another quiz" in line for line in lines)
    assert any("broken.pdf" in line and "cannot be read" in line for line in lines)
    assert any("blank.png" in line and "no readable QR code" in line for line in lines)
    assert any("gone.png" in line and "no such file" in line for line in lines)
    assert "Traceback" not in err
    assert {r["copy"] for r in read_marks(results)} == {"1"}  # the good page is marked all the same
    assert_no_temp_files(results)
    # The same scans give the same bytes in every output file.
    again = tmp_path / "again"
    run_cli("mark", *(str(tmp_path / n) for n in ("good.png", "foreign.jpg", "broken.pdf", "blank.png", "gone.png")),
            "--quiz", str(copies_quiz), "-o", str(again))
    files = sorted(p.relative_to(results) for p in results.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert [f for f in files if (results / f).read_bytes() != (again / f).read_bytes()] == []


def test_a_missing_page_flags_its_questions(tmp_path: Path):
    folder = make_quiz(tmp_path / "q", "-n", "50", "--versions", "1", "--kinds", "mcq", "--copies", "1",
                       deck=long_deck(tmp_path))
    quiz = manifest.load(folder / "quiz.json")
    scans = synthetic.filled_scans((folder / "answer-sheets.pdf").read_bytes(), quiz, random.Random(4), degrade="none")
    (tmp_path / "page2.jpg").write_bytes(jpeg(scans[1][0]))
    results = tmp_path / "results"
    status, _, err = run_cli("mark", str(tmp_path / "page2.jpg"), "--quiz", str(folder), "-o", str(results))
    assert status == 2 and "page 1 of 2" in err and "missing" in err
    rows = read_marks(results)
    first_page = {r["number"]: r for r in rows if int(r["number"]) <= 40}
    assert len(first_page) == 40 and all(r["status"] == "flagged" and r["response"] == "" for r in first_page.values())
    # The student number is on page 1 only when copies are numbered: the copy identifies the sheet.
    assert {r["copy"] for r in rows} == {"1"}


def test_quiz_manifest_and_scans_are_required(copies_quiz: Path, tmp_path: Path):
    status, _, err = run_cli("mark", str(tmp_path), "-o", str(tmp_path / "r"))
    assert status == 2 and "--quiz" in err
    status, _, err = run_cli("mark", str(tmp_path), "--quiz", str(tmp_path / "nope.json"), "-o", str(tmp_path / "r"))
    assert status == 2 and "nope.json" in err
    status, _, err = run_cli("mark", "--review", "-o", str(tmp_path / "nothing"))
    assert status == 2 and "review.json" in err


@pytest.mark.slow
def test_every_bubble_of_clean_scans_is_read_right(copies_quiz: Path, tmp_path: Path):
    quiz = manifest.load(copies_quiz / "quiz.json")
    scans = synthetic.filled_scans((copies_quiz / "answer-sheets.pdf").read_bytes(), quiz, random.Random(11),
                                   degrade="none")
    for i, (image, _) in enumerate(scans):
        (tmp_path / f"s{i}.png").write_bytes(cv2.imencode(".png", image)[1].tobytes())
    run_cli("mark", str(tmp_path), "--quiz", str(copies_quiz), "-o", str(tmp_path / "results"))
    tally = synthetic.score(read_marks(tmp_path / "results"), [t for _, t in scans])
    assert tally.bubbles_right == tally.bubbles > 0 and tally.silent == []
    assert tally.unreadable_flagged == tally.unreadable and tally.students_right == 4


def test_a_blot_taken_for_a_corner_marker_refuses_the_page(copies_quiz: Path, tmp_path: Path):
    """The bottom-right marker hidden under correction fluid and a black square drawn further in:
    the warp that square gives puts the printed circles elsewhere, so the page is refused, not misread."""
    from quizgen.sheet import layout

    quiz = manifest.load(copies_quiz / "quiz.json")
    image, _ = synthetic.filled_scans((copies_quiz / "answer-sheets.pdf").read_bytes(), quiz, random.Random(9),
                                      degrade="none", dpi=200)[0]
    px = 200 / 25.4
    mx, my = layout.MARKERS[2]
    half = layout.MARKER_SIDE / 2 + 1
    image[int((my - half) * px):int((my + half) * px), int((mx - half) * px):int((mx + half) * px)] = 255
    bx, by = mx - 9, my - 7  # the blot, inside the page but outermost near that corner
    image[int((by - 3.5) * px):int((by + 3.5) * px), int((bx - 3.5) * px):int((bx + 3.5) * px)] = 0
    (tmp_path / "blot.png").write_bytes(cv2.imencode(".png", image)[1].tobytes())
    status, _, err = run_cli("mark", str(tmp_path / "blot.png"), "--quiz", str(copies_quiz), "-o", str(tmp_path / "r"))
    assert status == 2 and "blot.png" in err and "not marked" in err
    assert read_marks(tmp_path / "r") == []


def test_photocopied_sheets_are_told_apart_by_student_number(tmp_path: Path):
    """Without --copies every student has the same page (copy 0): the student number says whose it is;
    an unclear number flags every row of that sheet, and marks.csv leaves its student empty."""
    from quizgen.sheet import layout

    folder = make_quiz(tmp_path / "q", "-n", "12", "--versions", "1")
    quiz = manifest.load(folder / "quiz.json")
    sheet = (folder / "answer-sheet-A.pdf").read_bytes()
    students = [synthetic.filled_scans(sheet, quiz, random.Random(seed), degrade="scanner")[0] for seed in (1, 2)]
    # A second filled circle in the first digit's column of the third student (scanned clean for this).
    clean, truth = synthetic.filled_scans(sheet, quiz, random.Random(3), degrade="none", dpi=200)[0]
    pen = synthetic.Pen(clean.shape, 200, random.Random(0))
    column = layout.student_grid()[0]
    pen.fill(column[(int(truth.student[0]) + 5) % 10], "filled")
    for i, image in enumerate((students[0][0], students[1][0], pen.apply(clean))):
        (tmp_path / f"s{i}.jpg").write_bytes(jpeg(image))
    results = tmp_path / "results"
    status, _, err = run_cli("mark", *(str(tmp_path / f"s{i}.jpg") for i in range(3)), "--quiz", str(folder),
                             "-o", str(results))
    assert status == 2
    rows = read_marks(results)
    assert {r["copy"] for r in rows} == {""}  # no copy numbers on photocopied sheets
    by_student: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_student.setdefault(r["student"], []).append(r)
    assert set(by_student) == {students[0][1].student, students[1][1].student, ""}
    assert all(len(v) == 12 for v in by_student.values())
    assert all(r["status"] == "flagged" for r in by_student[""])
    assert (results / "annotated" / f"{students[0][1].student}.pdf").is_file()
