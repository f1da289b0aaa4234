"""A FIFO, a device or a socket named where quizgen reads a file (a deck, a document to draft, a file
to import) is refused with one line and exit 2, before it is read: never a wait for a writer that
does not come, never a read of /dev/zero without end (quizgen.core.inputfiles).

The table is command x kind of file -> exit 2 and one line `PATH: error: is a FIFO, not a regular
file ... Fix: ...`. Each runs `quizgen.cli.main` in this process, under an alarm: a command that
blocks fails its test instead of hanging the run.
"""

from __future__ import annotations

import os
import re
import socket
from pathlib import Path
from typing import Callable, Iterator

import pytest

from quizgen.cli import main


def _fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def _socket(folder: Path, name: str) -> Path:
    path = folder / name
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))  # left bound: the file stays a socket for the test
    _SOCKETS.append(server)
    return path


_SOCKETS: list[socket.socket] = []


@pytest.fixture(autouse=True)
def _close_sockets() -> Iterator[None]:
    yield
    while _SOCKETS:
        _SOCKETS.pop().close()


def _device(folder: Path, name: str) -> Path:
    return Path("/dev/zero")  # reads without end


def _symlink_to_fifo(folder: Path, name: str) -> Path:
    target = _fifo(folder, "." + name)
    link = folder / name
    link.symlink_to(target)
    return link


#: Kinds of file that are not regular files: how to make one named NAME in a folder.
KINDS: dict[str, tuple[Callable[[Path, str], Path], str]] = {
    "fifo": (_fifo, "a FIFO"),
    "device": (_device, "a device"),
    "socket": (_socket, "a socket"),
    "symlink-to-fifo": (_symlink_to_fifo, "a FIFO"),
}

#: Every command that reads decks, on the deck PATH (OUT: a fresh folder for outputs).
DECK_COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "check": lambda deck, out: ["check", str(deck)],
    "ids": lambda deck, out: ["ids", "--db", str(out / "c.sqlite3"), str(deck)],
    "cards": lambda deck, out: ["cards", str(deck)],
    "cards --json": lambda deck, out: ["cards", "--json", str(deck)],
    "lint": lambda deck, out: ["lint", str(deck)],
    "export anki": lambda deck, out: ["export", "anki", str(deck), "-o", str(out / "deck.apkg")],
    "quiz": lambda deck, out: ["quiz", str(deck), "-o", str(out / "quiz")],
    "stats": lambda deck, out: ["stats", "--db", str(out / "c.sqlite3"), str(deck)],
    "study": lambda deck, out: ["study", "--db", str(out / "c.sqlite3"), str(deck)],
    "orphans": lambda deck, out: ["orphans", "--db", str(out / "c.sqlite3"), str(deck)],
    "suspended": lambda deck, out: ["suspended", "--db", str(out / "c.sqlite3"), str(deck)],
    "add": lambda deck, out: ["add", str(deck)],
}
#: `draft`'s documents (by suffix: each reader) and `import`'s inputs (by suffix, and forced with --from).
DOCUMENT_COMMANDS: dict[str, tuple[str, Callable[[Path, Path], list[str]]]] = {
    "draft txt": ("article.txt", lambda doc, out: ["draft", str(doc), "-o", str(out / "d.yaml")]),
    "draft html": ("page.html", lambda doc, out: ["draft", str(doc), "-o", str(out / "d.yaml")]),
    "draft pdf": ("paper.pdf", lambda doc, out: ["draft", str(doc), "-o", str(out / "d.yaml")]),
    "import csv": ("cards.csv", lambda doc, out: ["import", str(doc), "-o", str(out / "i.yaml")]),
    "import apkg": ("deck.apkg", lambda doc, out: ["import", str(doc), "-o", str(out / "i.yaml")]),
    "import --from gift": ("bank", lambda doc, out: ["import", "--from", "gift", str(doc), "-o",
                                                     str(out / "i.yaml")]),
    "optimize --revlog": ("revlog.csv", lambda doc, out: ["optimize", "--revlog", str(doc), "--dry-run", "--db",
                                                          str(out.parent / "c.sqlite3")]),
}

LINE = re.compile(r"^(?P<path>[^\n]+): error: is (?P<what>a [a-zA-Z]+), not a regular file [^\n]*\. Fix: \S[^\n]*$")


def _assert_refused(status: int, err: str, out_text: str, path: Path, what: str, outputs: Path) -> None:
    assert status == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    match = LINE.match(lines[0])
    assert match, lines[0]
    assert match["what"] == what and Path(match["path"]) == path, lines[0]
    assert "Traceback" not in err and out_text == ""
    assert [p.name for p in outputs.iterdir()] == [], "an output was written"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", DECK_COMMANDS)
def test_a_deck_that_is_not_a_regular_file_is_refused(command: str, kind: str, tmp_path: Path, no_hang: None,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    make, what = KINDS[kind]
    deck = make(tmp_path, "deck.yaml")
    out = tmp_path / "out"
    out.mkdir()
    status = main(DECK_COMMANDS[command](deck, out))
    captured = capsys.readouterr()
    _assert_refused(status, captured.err, captured.out, deck, what, out)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", DOCUMENT_COMMANDS)
def test_a_document_or_import_that_is_not_a_regular_file_is_refused(command: str, kind: str, tmp_path: Path,
                                                                     no_hang: None,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    name, argv = DOCUMENT_COMMANDS[command]
    make, what = KINDS[kind]
    document = make(tmp_path, name)
    out = tmp_path / "out"
    out.mkdir()
    status = main(argv(document, out))
    captured = capsys.readouterr()
    _assert_refused(status, captured.err, captured.out, document, what, out)


def test_a_library_entry_that_became_a_fifo_is_a_row_not_a_hang(tmp_path: Path, no_hang: None,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A deck added to the library and later replaced by a FIFO: `library` lists it as an error (the
    other decks stay usable), and `stats` reads the rest without waiting on it."""
    good = tmp_path / "good.yaml"
    good.write_text('title: Good\nfacts:\n  - text: "The capital of France is {Paris}."\n', encoding="utf-8")
    swapped = tmp_path / "swapped.yaml"
    swapped.write_text(good.read_text().replace("Good", "Swapped"), encoding="utf-8")
    assert main(["add", str(good), str(swapped)]) == 0
    swapped.unlink()
    os.mkfifo(swapped)
    capsys.readouterr()
    main(["library"])
    listing = capsys.readouterr()
    assert "a FIFO, not a regular file" in listing.out + listing.err
    assert main(["stats", "--db", str(tmp_path / "c.sqlite3")]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_regular_file_through_a_symlink_is_still_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tmp_path / "real.yaml"
    deck.write_text('title: Real\nfacts:\n  - text: "The capital of France is {Paris}."\n', encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(deck)
    assert main(["check", str(link)]) == 0
