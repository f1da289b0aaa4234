"""`quizgen quiz` as a user runs it: byte-identical reruns, atomic writes, clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from quiz_helpers import CAPITALS, run_cli, school_deck, write_deck

from quizgen.quiz import gift

ALL_FILES = {
    *(f"quiz-{v}.{ext}" for v in "ABC" for ext in ("pdf", "html", "md")),
    "answer-key.pdf", "answer-key.html", "answer-key.md",
    "quiz.gift.txt", "quiz.moodle.xml", "quiz.qti.zip", "quiz.kahoot.xlsx", "quiz.quizlet.txt", "quiz.json",
}


def run_process(deck: Path, out: Path, hash_seed: str, *extra: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run([sys.executable, "-m", "quizgen", "quiz", str(deck), "-o", str(out), *extra],
                   check=True, env=env, capture_output=True)


@pytest.mark.slow
def test_same_decks_and_seed_give_byte_identical_files(school_path: Path, tmp_path: Path) -> None:
    # Separate processes with different hash seeds: no set or dict order may leak into the output.
    run_process(school_path, tmp_path / "first", "1", "--seed", "5")
    run_process(school_path, tmp_path / "second", "2", "--seed", "5")
    first = {p.name: p.read_bytes() for p in (tmp_path / "first").iterdir()}
    second = {p.name: p.read_bytes() for p in (tmp_path / "second").iterdir()}
    assert set(first) == ALL_FILES
    assert first == second


def test_another_seed_gives_another_quiz(school_path: Path, tmp_path: Path) -> None:
    assert run_cli("quiz", school_path, "-o", tmp_path / "a", "--seed", "1", "--format", "md") == 0
    assert run_cli("quiz", school_path, "-o", tmp_path / "b", "--seed", "2", "--format", "md") == 0
    assert (tmp_path / "a" / "quiz-A.md").read_bytes() != (tmp_path / "b" / "quiz-A.md").read_bytes()
    assert "seed 1" in (tmp_path / "a" / "quiz-A.md").read_text()


def test_formats_versions_and_title(school_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert run_cli("quiz", school_path, "-o", out, "--format", "html,quizlet", "--versions", "2",
                   "--title", "Geography test", "-n", "5") == 0
    assert {p.name for p in out.iterdir()} == {"quiz-A.html", "quiz-B.html", "answer-key.html", "quiz.quizlet.txt",
                                              "quiz.json"}
    assert "<h1>Geography test</h1>" in (out / "quiz-B.html").read_text()
    assert "Geography test: 5 questions" in capsys.readouterr().out


def test_shorter_quiz_is_announced(school_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("quiz", school_path, "-o", tmp_path, "-n", "40", "--format", "md") == 0
    err = capsys.readouterr().err
    # 13 facts, but the rivers fact names Vienna and Prague, two other facts' answers.
    assert "asked for 40 questions but only 12 are possible" in err


def test_files_are_replaced_atomically_and_no_temp_files_remain(school_path: Path, tmp_path: Path) -> None:
    (tmp_path / "quiz-A.md").write_text("old")
    assert run_cli("quiz", school_path, "-o", tmp_path, "--format", "md,gift") == 0
    assert (tmp_path / "quiz-A.md").read_text().startswith("# European capitals")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"]


def test_a_failing_format_writes_nothing(school_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    def broken(quiz: object) -> list[tuple[str, bytes]]:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(gift, "render", broken)
    out = tmp_path / "out"
    assert run_cli("quiz", school_path, "-o", out, "--format", "md,gift") == 1
    assert "could not write the gift files: disk on fire" in capsys.readouterr().err
    assert not out.exists() or not list(out.iterdir())


@pytest.mark.parametrize("args", [
    ["--format", "pdf,docx"], ["--kinds", "essay"], ["-n", "0"], ["--versions", "27"], ["-n", "many"],
])
def test_bad_options_exit_2(school_path: Path, tmp_path: Path, args: list[str],
                            capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run_cli("quiz", school_path, "-o", tmp_path, *args)
    assert exit_info.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_no_matching_question_exits_2(school_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("quiz", school_path, "-o", tmp_path / "out", "--tag", "asia") == 2
    err = capsys.readouterr().err
    assert f"{school_path}: error: no mcq/cloze question with tag asia" in err
    assert not (tmp_path / "out").exists()


def test_invalid_deck_exits_2_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tmp_path / "bad.yaml"
    deck.write_text("title: Broken\nfacts:\n  - text: no blank here\n", encoding="utf-8")
    assert run_cli("quiz", deck, "-o", tmp_path / "out") == 2
    err = capsys.readouterr().err
    assert f"{deck}:3" in err and "Traceback" not in err


def test_output_that_is_a_file_exits_2(school_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x")
    assert run_cli("quiz", school_path, "-o", target) == 2


def test_tags_pick_only_tagged_facts(tmp_path: Path) -> None:
    deck = write_deck(tmp_path, "capitals", school_deck())
    assert run_cli("quiz", deck, "-o", tmp_path / "out", "--tag", "north", "--format", "quizlet") == 0
    lines = (tmp_path / "out" / "quiz.quizlet.txt").read_text().splitlines()
    north = {city for country, city in CAPITALS[8:]}
    assert len(lines) == 4 and {line.split("\t")[1].split(" (")[0] for line in lines} == north


def test_kahoot_alone_asks_multiple_choice_only(school_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("quiz", school_path, "-o", tmp_path / "out", "--format", "kahoot", "-n", "6") == 0
    out, err = capsys.readouterr()
    assert "6 questions (6 multiple choice, 0 cloze)" in out and "left out" not in err and "not in" not in err
    assert {p.name for p in (tmp_path / "out").iterdir()} == {"quiz.kahoot.xlsx", "quiz.json"}
