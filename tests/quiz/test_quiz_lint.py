"""`quizgen lint`: each kind of weak item is found, on the fact's file:line; exit 0 (2 for bad decks)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from quiz_helpers import CAPITALS, run_cli, write_deck

LONG_ASK = "Which painter, " + "born in a small Tuscan town and trained in Florence, " * 2 + "painted the Mona Lisa?"
LONG_OPTION = "a very long answer that goes on and on well past what a Kahoot answer tile can hold at all"


def weak_deck() -> dict[str, Any]:
    facts = [
        {"id": "paris", "text": "The capital of France is {Paris}.", "type": "place"},
        {"id": "eiffel", "text": "The Eiffel Tower stands in Paris, on the river {Seine}.", "type": "place",
         "distractors": ["Loire", "Rhone", "Garonne"]},
        {"id": "painter", "text": "The Mona Lisa was painted by {Leonardo da Vinci}.", "type": "person", "ask": LONG_ASK,
         "distractors": ["Michelangelo Buonarroti", "Michelangelo Buonaroti", "Raphael"]},
        {"id": "treaty", "text": "The Thirty Years' War ended with {the Peace of Westphalia signed in Osnabrueck and Muenster}.",
         "type": "title", "distractors": ["Utrecht", "Versailles", "Ghent"]},
        {"id": "platypus", "text": "The platypus is an {egg-laying mammal}.", "type": "term",
         "distractors": ["marsupial", "bird", "reptile"]},
        {"id": "curie", "text": "Marie Curie was born in {Warsaw}.", "type": "place",
         "distractors": ["Krakow", "Vilnius", LONG_OPTION]},
        {"id": "iphone", "text": "The iPhone is made by {Apple}.", "type": "organization", "distractors": ["Nokia"]},
        {"id": "newton", "text": "Newton was born in {Woolsthorpe}.", "type": "term", "distractors": ["Grantham", "Lincoln"]},
        {"id": "sea", "text": "Barcelona lies on the {Mediterranean Sea}.", "type": "place",
         "ask": "Which sea is Barcelona's Mediterranean coast on?", "distractors": ["Black Sea", "North Sea", "Red Sea"]},
    ]
    return {"title": "Weak items", "id": "weak", "pools": {"place": ["Lyon", "Marseille", "Nice"]}, "facts": facts}


def fact_lines(path: Path) -> dict[str, int]:
    """The line of each fact's `- id:` in the written YAML (what the loader reports)."""
    return {line.split("id:")[1].strip(): number
            for number, line in enumerate(path.read_text().splitlines(), start=1) if line.startswith("- id:")}


@pytest.fixture
def findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[str]]:
    deck = write_deck(tmp_path, "weak", weak_deck())
    assert run_cli("lint", deck) == 0  # findings are warnings
    out = capsys.readouterr().out
    return deck, out.splitlines()


def finding(lines: list[str], deck: Path, fact: str, words: str) -> str:
    line = fact_lines(deck)[fact]
    matches = [l for l in lines if l.startswith(f"{deck}:{line}: warning: facts[{fact}]:") and words in l]
    assert matches, f"no '{words}' finding for {fact} in:\n" + "\n".join(lines)
    return matches[0]


def test_answer_leak_through_another_question(findings: tuple[Path, list[str]]) -> None:
    deck, lines = findings
    assert "(eiffel)" in finding(lines, deck, "paris", "answer leak: the answer 'Paris'")


def test_article_before_the_blank_gives_the_answer_away(findings: tuple[Path, list[str]]) -> None:
    deck, lines = findings
    assert "'marsupial'" in finding(lines, deck, "platypus", "answer leak: 'an ____' fits the answer")


def test_word_shared_by_question_and_answer(findings: tuple[Path, list[str]]) -> None:
    deck, lines = findings
    assert "mediterranean" in finding(lines, deck, "sea", "share the word(s)")


def test_near_duplicate_options(findings: tuple[Path, list[str]]) -> None:
    deck, lines = findings
    finding(lines, deck, "painter", "near-duplicate options 'Michelangelo Buonar")


def test_longest_option_being_the_answer(findings: tuple[Path, list[str]]) -> None:
    deck, lines = findings
    finding(lines, deck, "treaty", "length giveaway")


def test_too_few_distractors(findings: tuple[Path, list[str]]) -> None:
    deck, lines = findings
    # Grantham and Lincoln, and no other answer of the deck fits: two distractors, three options.
    assert "3 options" in finding(lines, deck, "newton", "too few distractors: only 2")
    finding(lines, deck, "iphone", "gets no MCQ")


def test_kahoot_limits(findings: tuple[Path, list[str]]) -> None:
    deck, lines = findings
    finding(lines, deck, "painter", f"Kahoot limit: the question has {len(LONG_ASK)} characters")
    finding(lines, deck, "curie", f"has {len(LONG_OPTION)} characters (Kahoot takes 75)")


def test_one_line_per_finding_with_a_fix(findings: tuple[Path, list[str]]) -> None:
    deck, lines = findings
    assert lines and all(l.startswith(f"{deck}:") and " Fix: " in l for l in lines)


def test_a_clean_deck_has_no_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the author's own wrong answers: sure to be of the key's kind (`generator.offered`), four options each
    cities = [city for _, city in CAPITALS]
    facts = [{"id": c.lower(), "text": f"The capital of {c} is {{{city}}}.", "type": "place",
              "distractors": [cities[(i + k) % len(cities)] for k in (1, 2, 3)]} for i, (c, city) in enumerate(CAPITALS)]
    deck = write_deck(tmp_path, "clean", {"title": "Capitals", "facts": facts})
    assert run_cli("lint", deck) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "0 finding(s) in 1 deck" in captured.err


def test_invalid_deck_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tmp_path / "broken.yaml"
    deck.write_text(yaml.safe_dump({"title": "x", "facts": [{"text": "unbalanced {brace"}]}), encoding="utf-8")
    assert run_cli("lint", deck) == 2
    assert str(deck) in capsys.readouterr().err


def test_the_challenge_deck_lints(challenge_deck: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("lint", challenge_deck) == 0
    out = capsys.readouterr().out
    assert all(line.startswith(f"{challenge_deck}:") for line in out.splitlines())
