"""Hostile sizes (issue 12): past each limit in quizgen/core/limits.py, every command that reads the
input says so in one line (`FILE[:LINE]: error: [FIELD: ]MESSAGE Fix: ...`) and exits 2, before the
work that grows with the size. Inside the limits, the checks that used to compare every pair of
facts give what the pairwise versions (kept here as oracles) give.

The table is command x case -> exit status and message. Inputs are small versions of
quizgen_benchmarks/inputs/hostile.py's (which the `hostile` benchmark runs at the issue's sizes:
time and memory are asserted there, never here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from quizgen.cli import main
from quizgen.core import limits
from quizgen_benchmarks.inputs import hostile

ERROR_LINE = re.compile(r"^(?P<file>[^:\n]+)(?::(?P<line>\d+))?: error: (?:(?P<field>[\w.\[\]-]+): )?(?P<message>.+) "
                        r"Fix: (?P<fix>.+)$")


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]  # writes the input, returns its path
    line: int | None
    field: str | None
    message: str  # a regular expression the message must match
    patch: dict[str, int] | None = None  # limits lowered for the case (a 50 MB file is not written here)


DECK_CASES = [
    Case("deck file too big", lambda d: hostile.same_answer(d, 30), None, None,
         r"is [\d,]+ bytes \([\d.]+ MB\), over the 1,000 bytes \(0\.0 MB\) a deck file may hold\.",
         {"DECK_FILE_BYTES": 1000}),
    Case("fact text too long", lambda d: hostile.huge_word(d, (limits.FIELD_CHARS + 1) / 1e6), 4, "facts[1].text",
         r"is 10,01\d characters long, over the 10,000 one text in a deck may hold\."),
    Case("too many blanks", lambda d: hostile.many_blanks(d, limits.BLANKS_PER_FACT + 1), 4, "facts[1].text",
         r"the fact has 51 blanks, over the 50 one fact may hold\."),
    Case("description too long", lambda d: hostile.huge_description(d, 0.0102), 3, "description",
         r"is 10,\d{3} characters long, over the 10,000 one text in a deck may hold\."),
]

DECK_COMMANDS = {
    "check": lambda deck, out: ["check", str(deck)],
    "check --strict": lambda deck, out: ["check", "--strict", str(deck)],
    "cards --json": lambda deck, out: ["cards", "--json", str(deck)],
    "lint": lambda deck, out: ["lint", str(deck)],
    "quiz": lambda deck, out: ["quiz", "-o", str(out / "quiz"), str(deck)],
    "export anki": lambda deck, out: ["export", "anki", "-o", str(out / "deck.apkg"), str(deck)],
}


def _one_error_line(capsys: pytest.CaptureFixture[str], path: Path, case: Case) -> None:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    match = ERROR_LINE.match(lines[0])
    assert match, lines[0]
    assert Path(match["file"]).resolve() == path.resolve()
    assert (int(match["line"]) if match["line"] else None) == case.line
    assert match["field"] == case.field
    assert re.fullmatch(case.message, match["message"]), match["message"]
    assert captured.out == ""


@pytest.mark.parametrize("command", DECK_COMMANDS)
@pytest.mark.parametrize("case", DECK_CASES, ids=lambda c: c.name)
def test_deck_past_a_limit_is_one_line_and_exit_2(case: Case, command: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (case.patch or {}).items():
        monkeypatch.setattr(limits, name, value)
    deck = case.make(tmp_path / "decks")
    out = tmp_path / "out"
    out.mkdir()
    assert main(DECK_COMMANDS[command](deck, out)) == 2
    _one_error_line(capsys, deck, case)
    assert not any(out.iterdir())  # nothing written


DRAFT_CASES = [
    Case("text past --max-size", lambda d: hostile.big_text(d, 0.003), None, None,
         r"holds [\d,]+ characters of text, over the 1,000 `draft` reads from one document\."),
    Case("html file past ten times --max-size", lambda d: hostile.big_html(d, 0.02), None, None,
         r"is [\d,]+ bytes \([\d.]+ MB\), over the 10,000 bytes \(0\.0 MB\) `draft` reads as one document\."),
]


@pytest.mark.parametrize("case", DRAFT_CASES, ids=lambda c: c.name)
def test_draft_past_its_size_is_one_line_and_exit_2(case: Case, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    document = case.make(tmp_path)
    output = tmp_path / "drafted.yaml"
    assert main(["draft", "--max-size", "1000", "-o", str(output), str(document)]) == 2
    _one_error_line(capsys, document, case)
    assert not output.exists()


def test_draft_fix_names_the_size_that_would_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = hostile.big_text(tmp_path, 0.003)
    assert main(["draft", "--max-size", "1000", "-o", str(tmp_path / "d.yaml"), str(document)]) == 2
    wanted = int(re.search(r"--max-size (\d+)", capsys.readouterr().err)[1])
    assert wanted > 1000
    assert main(["draft", "--max-size", str(wanted), "-o", str(tmp_path / "d.yaml"), str(document)]) == 0
    assert (tmp_path / "d.yaml").exists()


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_draft_max_size_must_be_positive(value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["draft", "--max-size", value, "-o", str(tmp_path / "d.yaml"), str(tmp_path / "x.txt")])
    assert exit_info.value.code == 2
    assert "--max-size" in capsys.readouterr().err


def test_limits_themselves_load(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """At the limits exactly (50 blanks, a 10,000-character text) a deck loads."""
    text = " ".join(f"{{w{n}}}" for n in range(limits.BLANKS_PER_FACT))
    text = text + " " + "x" * (limits.FIELD_CHARS - len(text) - 1)
    deck = tmp_path / "edge.yaml"
    deck.write_text(f'title: Edge\nfacts:\n  - text: "{text}"\n')
    assert len(text) == limits.FIELD_CHARS
    assert main(["check", str(deck)]) == 0
