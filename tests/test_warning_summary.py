"""`check` and `lint` print each warning and note; the commands that make something of the decks
(`cards`, `export anki`, `quiz`) count them in one line that says where to read them."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.cli import main

DECK = """title: Rivers
facts:
  - id: nile
    text: "The {Nile} flows into the Mediterranean."
    type: place
  - id: amazon
    text: "The {Amazon} flows into the Atlantic."
    type: place
  - id: zinc
    text: "Brass is copper and {zinc}."
  - id: tin
    text: "Bronze is copper and {tin}."
"""


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    path = tmp_path / "rivers.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def stderr_of(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    capsys.readouterr()
    status = main([str(arg) for arg in args])
    return status, capsys.readouterr().err


def test_check_lists_each_and_the_others_count_them(deck: Path, tmp_path: Path, capsys) -> None:
    status, checked = stderr_of(capsys, "check", deck)
    assert status == 0
    lines = [line for line in checked.splitlines() if line.startswith(f"{deck}:")]
    assert lines, "the deck should draw warnings"
    warnings = sum(": warning:" in line for line in lines)
    notes = sum(": note:" in line for line in lines)
    for args in (["cards", deck], ["export", "anki", deck, "-o", tmp_path / "x.apkg"],
                 ["quiz", deck, "-o", tmp_path / "quiz", "--format", "md"]):
        status, err = stderr_of(capsys, *args)
        assert status == 0, err
        assert not any(line.startswith(f"{deck}:") for line in err.splitlines()), (args, err)
        if args[0] != "quiz":  # quiz reads no warnings: its own lines are about the quiz
            summary = [line for line in err.splitlines() if "about the decks" in line]
            assert len(summary) == 1 and f"run `quizgen check {deck}` to read them" in summary[0]
            counted = [f"{warnings} warning{'s' if warnings != 1 else ''}"] * bool(warnings) + \
                [f"{notes} note{'s' if notes != 1 else ''}"] * bool(notes)
            assert summary[0].startswith(f"note: {' and '.join(counted)} about the decks")
    status, as_json = stderr_of(capsys, "cards", "--json", deck)
    assert status == 0 and as_json == ""  # JSON for programs: nothing on stderr
