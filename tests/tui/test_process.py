"""The real thing: `quizgen study` in a pseudo-terminal, answered by keys, then killed with SIGKILL.

Every answer the learner moved on from must be in the collection, and the file must pass SQLite's
integrity check. The screen is read with pyte (a terminal emulator), the database with sqlite3.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path
from typing import Callable

import pexpect
import pyte
import pytest
from tui_helpers import DECKS

from quizgen.core.deckfile import default_decks_dir, load_decks

ROWS, COLS = 36, 110
#: Only a bound on how long to wait for the app before failing; no assertion is about time. Generous:
#: on a busy machine (tests in parallel, other work) one step can take many seconds.
PATIENCE = 180.0


class Terminal:
    """A child process on a pseudo-terminal, with its screen kept by a terminal emulator."""

    def __init__(self, child: pexpect.spawn) -> None:
        self.child = child
        self.screen = pyte.Screen(COLS, ROWS)
        self.stream = pyte.ByteStream(self.screen)

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, ready: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + PATIENCE
        while not ready():
            if time.monotonic() > deadline:
                raise AssertionError(f"gave up waiting for {what}; the screen shows:\n{self.text()}")
            try:
                self.stream.feed(self.child.read_nonblocking(65536, timeout=0.2))
            except pexpect.TIMEOUT:
                pass

    def wait_text(self, text: str) -> None:
        self.wait_for(lambda: text in self.text(), repr(text))

    def send(self, keys: str) -> None:
        self.child.send(keys)


def saved_answers(db: Path) -> list[tuple[str, str]]:
    """(card id, answer given) of every review in the file, read by a separate connection (an MCQ
    answer is stored as the index of the option chosen)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        return connection.execute(
            "SELECT k.card_id, coalesce(r.given, json_extract(r.options, '$[' || r.chosen || ']')) "
            "FROM review_log r JOIN card_key k ON k.key = r.card ORDER BY r.id").fetchall()


def shown_option(terminal: Terminal, letter: str) -> str | None:
    """The text of option `letter` on screen, or None (not drawn yet, or drawn only in part)."""
    for line in terminal.screen.display:
        stripped = line.strip(" │")
        if stripped.startswith(f"{letter}   "):
            return stripped[1:].strip(" ✓✗") or None
    return None


def option_text(terminal: Terminal, letter: str) -> str:
    text = shown_option(terminal, letter)
    if text is None:
        raise AssertionError(f"no option {letter} on screen:\n{terminal.text()}")
    return text


def quizgen_command() -> list[str]:
    script = Path(sys.executable).parent / "quizgen"
    return [str(script)] if script.exists() else [sys.executable, "-m", "quizgen"]


@pytest.mark.slow
def test_answers_survive_kill_9_and_the_file_stays_sound(tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    shutil.copytree(DECKS, decks)
    db = tmp_path / "collection.sqlite3"
    env = dict(os.environ, TERM="xterm-256color", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), COLUMNS=str(COLS), LINES=str(ROWS))
    env.pop("QUIZGEN_DB", None)
    command = quizgen_command()
    child = pexpect.spawn(command[0], [*command[1:], "study", "--decks", str(decks), "--db", str(db)],
                          env=env, dimensions=(ROWS, COLS), cwd=str(tmp_path))
    terminal = Terminal(child)
    expected: list[tuple[str, str]] = []
    try:
        terminal.wait_text("Space firsts")
        terminal.send("\r")  # the first deck: multiple choice cards
        terminal.wait_text("Multiple choice")
        for _ in range(3):
            terminal.wait_for(lambda: shown_option(terminal, "A") is not None, "option A")  # a whole frame
            given = option_text(terminal, "A")
            terminal.send("a")
            terminal.wait_text("Rating")
            terminal.send("\r")
            expected.append(("space:", given))
            terminal.wait_for(lambda: len(saved_answers(db)) == len(expected), "the answer in the file")
            terminal.wait_for(lambda: "Rating" not in terminal.text(), "the next card")
        terminal.send("q")
        terminal.wait_text("Session complete")
        terminal.send("\r")
        terminal.wait_text("Study all")
        terminal.send("\x1b[B")  # down to the cloze deck
        terminal.wait_text("Fill-in-the-blank only")  # its description shows when it is highlighted
        terminal.send("\r")
        terminal.wait_text("Fill in the blank")
        for typed in ("canberra", "steel"):
            terminal.send(typed + "\r")
            terminal.wait_text("Rating")
            terminal.send("\r")
            expected.append(("words:", typed))
            terminal.wait_for(lambda: len(saved_answers(db)) == len(expected), "the answer in the file")
            terminal.wait_for(lambda: "Rating" not in terminal.text(), "the next card")
        terminal.wait_text("Fill in the blank")
        terminal.send("half an answ")  # being typed when the process dies: may be lost
    finally:
        if child.isalive():
            os.kill(child.pid, signal.SIGKILL)
        child.close(force=True)

    assert child.signalstatus == signal.SIGKILL
    saved = saved_answers(db)
    assert len(saved) == len(expected) == 5
    for (card_id, given), (deck_prefix, expected_given) in zip(saved, expected):
        assert card_id.startswith(deck_prefix) and given == expected_given
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.mark.slow
def test_the_readme_command_opens_the_bundled_decks_on_a_fresh_default_collection(tmp_path: Path) -> None:
    """`quizgen study` with no arguments, as the README's first command runs it on a new machine."""
    env = dict(os.environ, TERM="xterm-256color", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path))
    env.pop("QUIZGEN_DB", None)
    command = quizgen_command()
    child = pexpect.spawn(command[0], [*command[1:], "study"], env=env, dimensions=(ROWS, COLS), cwd=str(tmp_path))
    terminal = Terminal(child)
    try:
        for deck in load_decks([default_decks_dir()], with_warnings=False).decks:
            terminal.wait_text(deck.title[:40])
        terminal.wait_text("Study all")
        terminal.send("q")
        child.expect(pexpect.EOF, timeout=PATIENCE)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    created = list((tmp_path / "data").rglob("collection.sqlite3"))
    assert len(created) == 1


@pytest.mark.slow
def test_a_flag_and_a_due_date_set_survive_kill_9(tmp_path: Path) -> None:
    """`F` 6 (turquoise) and `D` 9 on a review card, then SIGKILL: both are in the file, which stays sound."""
    from datetime import UTC, datetime, timedelta

    from quizgen.study.cardcache import load_catalog
    from quizgen.study.scheduler import StudyDays
    from quizgen.study.session import StudySession
    from quizgen.study.settings import Settings
    from quizgen.study.store import Collection

    decks = tmp_path / "decks"
    shutil.copytree(DECKS, decks)
    db = tmp_path / "collection.sqlite3"
    card_id = "space:gagarin:1:mcq"
    moment = [datetime.now(UTC) - timedelta(days=120)]
    with Collection.open(db) as collection:  # Good twice, 11 minutes apart, long ago: a review card due now
        session = StudySession(collection, load_catalog([decks], cache_dir=None), clock=lambda: moment[0],
                               settings=Settings(enable_fuzzing=False))
        session.start("space")
        for _ in range(2):
            presented = session.current()
            assert presented is not None and presented.card.id == card_id
            session.answer_choice(presented.answer_index)
            session.rate()
            moment[0] += timedelta(minutes=11)
    env = dict(os.environ, TERM="xterm-256color", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), COLUMNS=str(COLS), LINES=str(ROWS))
    env.pop("QUIZGEN_DB", None)
    command = quizgen_command()
    child = pexpect.spawn(command[0], [*command[1:], "study", "--decks", str(decks), "--db", str(db)],
                          env=env, dimensions=(ROWS, COLS), cwd=str(tmp_path))
    terminal = Terminal(child)

    def query(sql: str) -> list[tuple[object, ...]]:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
            return connection.execute(sql).fetchall()

    try:
        terminal.wait_text("Space firsts")
        terminal.send("\r")
        terminal.wait_text("first human in space")  # the review card
        terminal.wait_for(lambda: shown_option(terminal, "A") is not None, "option A")
        terminal.send("F")
        terminal.wait_text("turquoise")
        terminal.send("6")
        terminal.wait_for(lambda: query("SELECT card_id, flag FROM card_flag") == [(card_id, 6)], "the flag in the file")
        terminal.send("D")
        terminal.wait_text("Set due date")
        terminal.send("9\r")
        terminal.wait_for(lambda: len(query("SELECT id FROM reschedule_log")) == 1, "the due date in the file")
    finally:
        if child.isalive():
            os.kill(child.pid, signal.SIGKILL)
        child.close(force=True)

    assert child.signalstatus == signal.SIGKILL
    with Collection.open(db) as collection:
        assert collection.flags([card_id]) == {card_id: 6}
        (row,) = collection.reschedule_log(card_id)
        state = collection.card_state(card_id)
        assert row.days == "9" and row.state_after == state and len(collection.review_log()) == 2
        days = StudyDays(None, 4)
        assert state.memory.due == days.start(days.of(row.at) + timedelta(days=9))
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
