"""What the LMS files accept for a cloze question: quizgen's own readings, and numeric questions."""

from __future__ import annotations

from pathlib import Path

import pytest
from quiz_gift_reader import moodle_matches, parse_gift
from quiz_helpers import nasty_deck, numbers_deck, run_cli, school_deck, write_deck

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import Card, CardKind
from quizgen.quiz.accepted import numeric_value, readings
from quizgen.study.grading import compare


def cloze_cards(tmp_path: Path, name: str, deck: dict) -> dict[str, Card]:  # type: ignore[type-arg]
    decks = load_decks([write_deck(tmp_path, name, deck)]).decks
    return {c.fact: c for c in generate_cards(decks) if c.kind is CardKind.CLOZE}


@pytest.fixture
def numbers(tmp_path: Path) -> dict[str, Card]:
    return cloze_cards(tmp_path, "numbers", numbers_deck())


def test_a_number_is_accepted_in_words_and_with_its_unit(numbers: dict[str, Card]) -> None:
    light = readings(numbers["light"])  # "Sunlight takes about {8} minutes to reach Earth."
    assert light[0] == "8" and {"eight", "8 minutes", "eight minutes"} <= set(light)
    assert {"4.6 billion years", "4600000000", "4,600,000,000"} <= set(readings(numbers["age"]))
    assert {"100", "100 degrees", "100 degrees celsius"} <= set(readings(numbers["boiling"]))
    assert "365 days" in readings(numbers["orbit"])
    assert "Starry Night" in readings(numbers["starry"])  # a title without its article


def test_a_name_is_accepted_without_its_title_and_middle_initials(tmp_path: Path) -> None:
    cards = cloze_cards(tmp_path, "names", {"title": "Names", "facts": [
        {"id": "haig", "text": "Field Marshal {Sir Douglas Haig} commanded the British army in France."},
        {"id": "watson", "text": "{John B. Watson} founded behaviourism.", "type": "person"},
        {"id": "bush", "text": "{George W. Bush} was president in 2001.", "type": "person"},
        {"id": "van-gogh", "text": "{Vincent van Gogh} painted The Starry Night.", "type": "person"}]})
    assert readings(cards["haig"]) == ("Sir Douglas Haig", "Douglas Haig")
    assert readings(cards["watson"]) == ("John B. Watson", "John Watson")
    assert readings(cards["bush"]) == ("George W. Bush",)  # "George Bush" is his father too: only "almost"
    assert readings(cards["van-gogh"]) == ("Vincent van Gogh",)  # "van" is the surname's


def test_what_quizgen_calls_almost_is_never_accepted(numbers: dict[str, Card]) -> None:
    assert readings(numbers["armstrong"]) == ("Neil Armstrong",)  # "Armstrong" alone is only "almost"
    assert not {"8 hours", "9", "nine"} & set(readings(numbers["light"]))


@pytest.mark.parametrize("deck", [numbers_deck, school_deck, nasty_deck])
def test_every_reading_is_one_quizgen_grades_right(tmp_path: Path, deck) -> None:  # type: ignore[no-untyped-def]
    for card in cloze_cards(tmp_path, deck.__name__, deck()).values():
        found = readings(card)
        assert found[:len(card.accept)] == card.accept
        assert len({text.casefold() for text in found}) == len(found)
        for text in found:
            assert compare(text, card.accept, card.type, card.prompt)[0] == "right", (card.id, text)


def test_numeric_questions_only_where_nothing_quizgen_accepts_is_lost(numbers: dict[str, Card]) -> None:
    assert numeric_value(numbers["apollo"]) == "1969" and numeric_value(numbers["pi"]) == "3.14"
    assert numeric_value(numbers["light"]) is None  # "eight": a number word
    assert numeric_value(numbers["orbit"]) is None  # "365 days": a unit after the blank
    assert numeric_value(numbers["boiling"]) is None  # "100 °C"
    assert numeric_value(numbers["age"]) is None  # "4.6 billion": a scale word a numeric field cannot take


def test_moodle_grades_the_readings_right_and_the_key_lists_them(tmp_path: Path) -> None:
    deck = write_deck(tmp_path, "numbers", numbers_deck())
    out = tmp_path / "out"
    assert run_cli("quiz", deck, "-o", out, "-n", "12", "--versions", "1", "--kinds", "cloze",
                   "--format", "gift,md") == 0
    questions = {q.name.split()[1]: q for q in parse_gift((out / "quiz.gift.txt").read_text(encoding="utf-8"))}
    light = [a.text for a in questions["numbers:light:1:cloze"].answers]
    for typed in ("8", "eight", "8 minutes", "Eight minutes"):
        assert any(moodle_matches(typed, pattern) for pattern in light), typed
    assert not any(moodle_matches("9", pattern) for pattern in light)
    apollo = questions["numbers:apollo:1:cloze"]
    assert apollo.qtype == "numerical" and [a.text for a in apollo.answers] == ["1969.0:0.0"]
    key = (out / "answer-key.md").read_text(encoding="utf-8")
    assert "eight minutes" in key and "4,600,000,000" in key  # the "Also accepted" column
