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


# -- the linear checks give what the pairwise ones gave --------------------------------------------

def _pairwise_leaks(cards: list) -> dict[tuple[str, str], list[str]]:
    """The old cross-fact leak check (every card's answers against every fact's prompts): the oracle."""
    from collections import defaultdict

    from quizgen.core.text import contains_phrase, normalize

    prompts: dict[str, list[str]] = defaultdict(list)
    for card in cards:
        prompts[card.fact].append(card.prompt)
    found = {}
    for card in cards:
        key = (card.fact, normalize(card.answer))
        if key not in found:
            found[key] = [f for f, ps in prompts.items()
                          if f != card.fact and any(contains_phrase(p, a) for p in ps for a in card.accept)]
    return found


LEAKY = """\
title: Leaks
facts:
  - text: "The capital of {France|French Republic} is {Paris}."
  - text: "Paris lies on the {Seine}, in France."
  - text: "The {Seine} flows through Paris to {Le Havre}."
  - text: "Le Havre is a port of the French Republic on the {English Channel}."
  - text: "The English Channel separates France from {England}."
"""


@pytest.mark.parametrize("deck_text", [LEAKY, None], ids=["leaky", "bundled"])
def test_cross_fact_leaks_match_the_pairwise_check(deck_text: str | None, tmp_path: Path) -> None:
    from quizgen.core.deckfile import default_decks_dir, load_decks
    from quizgen.core.generator import generate_cards
    from quizgen.quiz import lint

    path = tmp_path / "leaks.yaml"
    if deck_text:
        path.write_text(deck_text)
    deck = load_decks([path if deck_text else default_decks_dir()], with_warnings=False).decks[0]
    cards = generate_cards([deck])
    expected = [(f"facts[{fact}]", len(ids)) for (fact, _), ids in _pairwise_leaks(cards).items() if ids]
    found = [(p.field, int(re.search(r"question of (\d+) other", p.message)[1]))
             for p in lint._cross_fact_leaks(deck, cards)]
    assert found == expected
    assert found or not deck_text  # the small deck does leak


def test_derived_ids_are_the_probed_ones(tmp_path: Path) -> None:
    """Ids derived with a counter per base are those of probing base, base-2, base-3, ... each time."""
    from quizgen.core.deckfile import load_decks

    facts = ['  - text: "The capital is {Paris}."', '  - id: paris-3\n    text: "A city: {Paris}."',
             '  - text: "Again {Paris}."', '  - text: "A {Paris 2} answer."', '  - text: "Once more {Paris}."',
             '  - id: paris\n    text: "Declared {Lyon}."', '  - text: "Last {Paris}."']
    path = tmp_path / "ids.yaml"
    path.write_text("title: Ids\nfacts:\n" + "\n".join(facts) + "\n")
    ids = [fact.id for fact in load_decks([path], with_warnings=False).decks[0].facts]
    taken = {"paris-3", "paris"}
    oracle = []
    for fact in facts:
        if "id:" in fact:
            oracle.append(fact.split("id: ")[1].split("\n")[0])
            continue
        base = "paris-2" if "Paris 2" in fact else "paris"
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        oracle.append(candidate)
    assert ids == oracle


def test_near_duplicates_once_per_fact(tmp_path: Path) -> None:
    """Many facts sharing one answer: each near duplicate is reported once, exact copies always."""
    from quizgen.core.checks import _near_duplicates
    from quizgen.core.deckfile import load_decks

    deck = load_decks([hostile.same_answer(tmp_path, 300)], with_warnings=False).decks[0]
    warned = [p.field for p in _near_duplicates(deck)]
    assert len(warned) == len(set(warned)) and len(warned) > 250
    copies = tmp_path / "copies.yaml"
    copies.write_text('title: C\nfacts:\n' + "".join(f'  - id: f{n}\n    text: "Rome is the capital of {{Italy}}."\n'
                                                  for n in range(limits.NEAR_DUPLICATE_WINDOW + 20)))
    deck = load_decks([copies], with_warnings=False).decks[0]
    assert [p.field for p in _near_duplicates(deck)] == [f"facts[f{n}].text"
                                                         for n in range(1, limits.NEAR_DUPLICATE_WINDOW + 20)]
