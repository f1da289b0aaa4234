"""`quizgen study` refuses bad input with one clear message and exit status 2, before any UI starts;
so does a run with no terminal (it would wait for keys forever)."""

from __future__ import annotations

import os
import pty
import pytest
import subprocess
import sys
from pathlib import Path

from tui_helpers import DECKS


def study(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quizgen", "study", *args], capture_output=True, text=True,
                          cwd=cwd, stdin=subprocess.DEVNULL, timeout=120)


def study_in_terminal(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`quizgen study` with a pseudo-terminal for its keys and its screen (stderr), stdout captured
    apart: what reaches the terminal comes back as `stderr`."""
    main, terminal = pty.openpty()
    try:
        result = subprocess.run([sys.executable, "-m", "quizgen", "study", *args], stdin=terminal, stderr=terminal,
                                stdout=subprocess.PIPE, text=True, cwd=cwd, timeout=120)
        os.close(terminal)
        terminal = -1
        screen = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # EIO: the terminal's other side is closed and everything was read
                break
            if not chunk:
                break
            screen += chunk
    finally:
        os.close(main)
        if terminal >= 0:
            os.close(terminal)
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout,
                                       screen.decode("utf-8", "replace").replace("\r\n", "\n"))


@pytest.mark.slow
def test_without_a_terminal_study_says_so_and_exits_2_creating_nothing(tmp_path):
    db = tmp_path / "newdir" / "x.db"
    result = study("--decks", str(DECKS), "--db", str(db), cwd=tmp_path)  # stdin is /dev/null, stderr a pipe
    assert result.returncode == 2
    assert "study needs a terminal" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stdout == ""
    assert not db.parent.exists()  # neither the folder nor the collection was made


@pytest.mark.slow
def test_a_bad_deck_is_reported_with_its_line_and_exit_2(tmp_path):
    deck = tmp_path / "bad.yaml"
    deck.write_text("title: Broken\nfacts:\n  - text: no blank here\n", encoding="utf-8")
    result = study(str(deck), "--db", str(tmp_path / "c.sqlite3"), cwd=tmp_path)
    assert result.returncode == 2
    assert f"{deck}:3" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""  # no screen was drawn
    assert not (tmp_path / "c.sqlite3").exists()


@pytest.mark.slow
def test_a_file_that_is_not_a_collection_is_refused_with_exit_2(tmp_path):
    db = tmp_path / "notes.txt"
    db.write_text("these are my notes, not a database\n" * 20, encoding="utf-8")
    result = study_in_terminal("--decks", str(DECKS), "--db", str(db), cwd=tmp_path)
    assert result.returncode == 2
    assert str(db) in result.stderr and "Traceback" not in result.stderr
    assert "it was left untouched. Fix: " in result.stderr
    assert result.stdout == ""
    assert db.read_text(encoding="utf-8").startswith("these are my notes")  # left untouched


@pytest.mark.slow
def test_a_folder_given_as_the_collection_is_refused_with_exit_2(tmp_path):
    result = study_in_terminal("--decks", str(DECKS), "--db", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 2
    assert "folder" in result.stderr and "Traceback" not in result.stderr
