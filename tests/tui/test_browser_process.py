"""Edit from the browser in a real terminal: `quizgen study` in a pseudo-terminal, `e` hands the
terminal to $EDITOR (App.suspend) and the app comes back with the deck read again.

Every step waits for what the screen shows (never for a while), with a generous bound: on a busy
machine a step can take many seconds. Which widget has the focus shows in the footer: the cards'
keys (Edit) are listed only while the table has it."""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path

import pexpect
import pytest
from test_process import COLS, ROWS, Terminal, quizgen_command
from tui_helpers import DECKS


def status_line(terminal: Terminal) -> str:
    """The browser's status line ("12 cards · page 1 of 1 · sorted by deck"), or ""."""
    return next((line.strip() for line in terminal.screen.display if " · page " in line), "")


def wait_cards(terminal: Terminal, count: str) -> None:
    """Wait until the browser's status line starts with `count` ("2 cards", "1 card")."""
    terminal.wait_for(lambda: status_line(terminal).startswith(f"{count} · "), f"the status line: {count}")


def footer(terminal: Terminal) -> str:
    return terminal.screen.display[-1]


def to_the_cards(terminal: Terminal) -> None:
    """Tab from the search box to the table, and wait until the table has the focus."""
    terminal.send("\t")
    terminal.wait_for(lambda: "Edit" in footer(terminal), "the cards' keys in the footer")


def search(terminal: Terminal, text: str) -> None:
    """`/`, then the search, then Enter, each once the screen shows the step before it took."""
    terminal.send("/")
    terminal.wait_for(lambda: "Edit" not in footer(terminal), "the search box to have the focus")
    terminal.send(text)
    terminal.wait_for(lambda: any("Search" in line and text in line for line in terminal.screen.display),
                      f"{text!r} in the search box")
    terminal.send("\r")


@pytest.mark.slow
def test_edit_hands_the_terminal_to_the_editor_and_comes_back(tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    shutil.copytree(DECKS, decks)
    editor = tmp_path / "editor.py"
    # The editor asks for a line on the terminal: it gets it only if the app let go of the terminal.
    # Then Ctrl+C as the terminal sends it, to the whole foreground group: the app must not die of it.
    editor.write_text(
        "import os, pathlib, signal, sys\n"
        "print('FAKE EDITOR at', sys.argv[1], flush=True)\n"
        "sys.stdin.readline()\n"
        "signal.signal(signal.SIGINT, lambda *args: None)\n"
        "os.killpg(os.getpgrp(), signal.SIGINT)\n"
        "path = pathlib.Path(sys.argv[2])\n"
        "path.write_text(path.read_text().replace('first human in space', 'first human to orbit the Earth'))\n",
        encoding="utf-8")
    child = _study(tmp_path, decks, editor=f"{sys.executable} {editor}")
    terminal = Terminal(child)
    try:
        terminal.wait_text("Study all")
        terminal.send("b")
        wait_cards(terminal, "12 cards")
        to_the_cards(terminal)
        terminal.send("e")  # the first row: Gagarin's cloze card
        terminal.wait_text("FAKE EDITOR at +")
        terminal.send("\r")
        terminal.wait_text("Reloaded Space firsts.")
        search(terminal, "orbit")
        wait_cards(terminal, "2 cards")  # the fact's cloze and MCQ, with their new text
        terminal.wait_text("____ was the first human to orb")
    finally:
        if child.isalive():
            os.kill(child.pid, signal.SIGKILL)
        child.close(force=True)


@pytest.mark.slow
def test_an_editor_that_cannot_start_leaves_the_app_working(tmp_path: Path) -> None:
    child = _study(tmp_path, DECKS, editor=str(tmp_path / "no-such-editor"))
    terminal = Terminal(child)
    try:
        terminal.wait_text("Study all")
        terminal.send("b")
        wait_cards(terminal, "12 cards")
        to_the_cards(terminal)
        terminal.send("e")
        terminal.wait_text("Could not start the editor")
        search(terminal, "canberra")  # the app reads keys again: it came back from the suspend
        wait_cards(terminal, "1 card")
    finally:
        if child.isalive():
            os.kill(child.pid, signal.SIGKILL)
        child.close(force=True)


def _study(tmp_path: Path, decks: Path, *, editor: str) -> pexpect.spawn:
    """`quizgen study` on `decks` in a pseudo-terminal, with its own config, data and collection, and `editor`."""
    env = dict(os.environ, TERM="xterm-256color", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), EDITOR=editor, COLUMNS=str(COLS), LINES=str(ROWS))
    env.pop("VISUAL", None)
    env.pop("QUIZGEN_DB", None)
    command = quizgen_command()
    return pexpect.spawn(command[0], [*command[1:], "study", "--decks", str(decks), "--db", str(tmp_path / "c.db")],
                         env=env, dimensions=(ROWS, COLS), cwd=str(tmp_path))
