"""The generator, by tables: blanks, types, prompts, distractors, ids and the JSON contract."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from helpers import load_one

from quizgen.cli import main
from quizgen.core.answers import infer_type_from_form, synthesize
from quizgen.core.blanks import RawBlank, parse_blanks
from quizgen.core.generator import draw_options, generate_cards
from quizgen.core.plan import plan_deck
from quizgen.core.model import AnswerType, CardKind
from quizgen.core.text import contains_phrase, normalize

PEOPLE = ["Anton Shkaplerov", "Valentina Tereshkova", "Yuri Gagarin", "Alena Mordovina", "Oleg Artemyev"]


@pytest.mark.parametrize(("text", "segments"), [
    ("{a} b", [RawBlank(("a",), 1), " b"]),
    ("x {International Space Station|ISS} y", ["x ", RawBlank(("International Space Station", "ISS"), 3), " y"]),
    (r"a \{literal\} {b}", ["a {literal} ", RawBlank(("b",), 15)]),
    ("{ spaced | alt }", [RawBlank(("spaced", "alt"), 1)]),
    (r"{a\|b}", [RawBlank(("a|b",), 1)]),
])
def test_blank_syntax(text, segments):
    assert parse_blanks(text) == segments


@pytest.mark.parametrize(("answer", "expected"), [
    ("2021", AnswerType.YEAR), ("the 1980s", AnswerType.YEAR), ("October 5", AnswerType.DATE),
    ("5 October 2021", AnswerType.DATE), ("2021-10-05", AnswerType.DATE), ("19", AnswerType.NUMBER),
    ("more than 30", AnswerType.NUMBER), ("12.5%", AnswerType.NUMBER), ("four", AnswerType.NUMBER),
    ("Salyut-7", None), ("ISS-66", None), ("Yulia Peresild", None),
])
def test_type_from_form(answer, expected):
    assert infer_type_from_form(answer) == expected


@pytest.mark.parametrize(("answer", "kind", "first"), [
    ("19", AnswerType.NUMBER, ["15", "24", "28"]),
    # Years near the key, a few on each side, never the key itself.
    ("2021", AnswerType.YEAR, ["2019", "2024", "2016"]),
    ("753 BC", AnswerType.YEAR, ["751 BC", "756 BC"]),
    ("the 19th century", AnswerType.YEAR, ["the 18th century", "the 20th century"]),
    ("October 1962", AnswerType.DATE, ["October 1960", "January 1963"]),
    ("May", AnswerType.DATE, ["April", "June"]),
    ("one third", AnswerType.NUMBER, ["two fifths", "one quarter"]),
    ("a third", AnswerType.NUMBER, ["a quarter", "a fifth"]),
    ("60 to 100", AnswerType.NUMBER, ["40 to 60", "90 to 150"]),
    ("37 °C", AnswerType.NUMBER, ["34 °C", "39 °C"]),
    ("October 5", AnswerType.DATE, ["September 28", "October 12"]),
    ("October 5th, 2021", AnswerType.DATE, ["September 28th, 2021", "October 12th, 2021"]),
    ("Oct. 5", AnswerType.DATE, ["Sep. 28", "Oct. 12"]),
    # A bound is also true of every weaker bound: wrong answers go the other way.
    ("more than 30", AnswerType.NUMBER, ["more than 60", "more than 90"]),
    ("well over 100 days", AnswerType.NUMBER, ["well over 200 days", "well over 300 days"]),
    ("fewer than 20", AnswerType.NUMBER, ["fewer than 10", "fewer than 6", "fewer than 4"]),
    ("12,580 reviews", AnswerType.NUMBER, ["10,060 reviews", "15,720 reviews"]),
    ("1.5 km", AnswerType.NUMBER, ["1.4 km", "1.6 km"]),  # a measured decimal moves by small steps
    ("four", AnswerType.NUMBER, ["three", "five"]),
    ("the 1980s", AnswerType.YEAR, ["the 1970s", "the 1990s"]),
])
def test_synthesized_distractors_keep_the_format(answer, kind, first):
    assert synthesize(answer, kind)[: len(first)] == first


def test_cloze_and_mcq_per_blank(tmp_path: Path):
    deck = load_one(tmp_path, {"title": "T", "pools": {"person": PEOPLE}, "facts": [
        {"id": "crew", "text": "{Yulia Peresild} and {Klim Shipenko} flew in {2021}.", "type": ["person", "person", "year"]},
    ]})
    cards = generate_cards([deck])
    assert [(c.blank, c.kind) for c in cards] == [
        (1, CardKind.CLOZE), (1, CardKind.MCQ), (2, CardKind.CLOZE), (2, CardKind.MCQ), (3, CardKind.CLOZE), (3, CardKind.MCQ)]
    cloze2 = cards[2]
    assert cloze2.prompt == "Yulia Peresild and ____ flew in 2021."
    assert cloze2.id == "deck:crew:2:cloze"
    assert cards[5].type is AnswerType.YEAR
    mcq1 = cards[1]
    assert mcq1.options[mcq1.answer_index] == "Yulia Peresild"
    # The other person in the text is never offered as a wrong answer: it is in the question.
    assert "Klim Shipenko" not in mcq1.options
    # A type pool's persons are not sure to be of the key's kind: three options (`generator.offered`).
    assert len(mcq1.options) == 3 and mcq1.distractor_pool == tuple(o for o in mcq1.options if o != "Yulia Peresild")


def test_ask_alternatives_and_handpicked_distractors(tmp_path: Path):
    deck = load_one(tmp_path, {"title": "T", "pools": {"person": PEOPLE}, "facts": [
        {"id": "lead", "text": "{Yulia Peresild|Peresild} plays the lead.", "ask": "Who plays the lead?",
         "type": "person", "distractors": ["Alena Mordovina"]},
    ]})
    cloze, mcq = generate_cards([deck])
    assert cloze.accept == ("Yulia Peresild", "Peresild")
    assert mcq.prompt == "Who plays the lead?"
    assert "Alena Mordovina" in mcq.options  # hand-picked first
    assert mcq.distractor_pool[0] == "Alena Mordovina" and mcq.pool_preferred == 1


def test_no_mcq_without_two_distractors_and_no_padding(tmp_path: Path):
    deck = load_one(tmp_path, {"title": "T", "facts": [{"text": "The film is called {Challenge}.", "type": "title"}]})
    assert [c.kind for c in generate_cards([deck])] == [CardKind.CLOZE]


def test_number_distractors_keep_their_words(tmp_path: Path):
    deck = load_one(tmp_path, {"title": "T", "facts": [
        {"text": "Peresild has appeared in {more than 30} films."},
        {"text": "She was chosen from {19} other finalists."},
    ]})
    mcq = [c for c in generate_cards([deck]) if c.kind is CardKind.MCQ]
    assert all(o.startswith("more than ") for o in mcq[0].options)
    assert all(o.isdigit() for o in mcq[1].options)


def test_ids_are_stable_when_a_fact_is_reworded(tmp_path: Path):
    before = load_one(tmp_path, {"title": "T", "id": "d", "facts": [{"id": "f", "text": "{Peresild} acts."}]}, "a.yaml")
    after = load_one(tmp_path, {"title": "T", "id": "d", "facts": [{"id": "f", "text": "The actress is {Peresild}."}]}, "b.yaml")
    assert [c.id for c in generate_cards([before])] == [c.id for c in generate_cards([after])]


def test_derived_fact_ids_come_from_the_answers(tmp_path: Path):
    deck = load_one(tmp_path, {"title": "T", "facts": [{"text": "{Yulia Peresild} acts."}, {"text": "So does {Yulia Peresild}!"},
                                                        {"text": "Launch on {October 5}."}]})
    assert [f.id for f in deck.facts] == ["yulia-peresild", "yulia-peresild-2", "october-5"]


def test_same_seed_same_cards_other_seed_other_order(tmp_path: Path):
    facts = [{"text": f"Item {{{name}}} number {i}.", "type": "person"} for i, name in enumerate(PEOPLE)]
    deck = load_one(tmp_path, {"title": "T", "facts": facts})
    first, again = generate_cards([deck], seed=1), generate_cards([deck], seed=1)
    assert first == again
    others = [generate_cards([deck], seed=s) for s in range(2, 8)]
    assert any([c.options for c in o] != [c.options for c in first] for o in others)


def test_draw_options_is_seeded_and_varies(tmp_path: Path):
    # the author's own wrong answers are sure, so a study session draws among all of them (a pool of the kind is
    # only likely: its MCQ keeps the surest two, `generator.offered`)
    deck = load_one(tmp_path, {"title": "T", "facts": [{"text": "{Yuri Gagarin} flew first.", "type": "person",
                                                         "distractors": PEOPLE + ["Klim Shipenko", "Pyotr Dubrov"]}]})
    mcq = generate_cards([deck])[1]
    draws = {draw_options(mcq, random.Random(f"{mcq.id}:{n}")) for n in range(20)}
    assert len(draws) > 5
    assert draw_options(mcq, random.Random(3)) == draw_options(mcq, random.Random(3))
    for options, index in draws:
        assert options[index] == "Yuri Gagarin" and len(set(options)) == 4


def test_cards_json_contract(tmp_path: Path, capsys):
    path = tmp_path / "d.yaml"
    path.write_text('title: T\nid: d\nsources:\n  s: {title: Src}\nfacts:\n  - id: f\n    text: "In {2021} it flew."\n'
                    '    source: s\n    tags: [space travel]\n    note: A note.\n')
    assert main(["cards", "--json", str(path)]) == 0
    cards = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in cards] == ["d:f:1:cloze", "d:f:1:mcq"]
    cloze, mcq = cards
    assert cloze == {"id": "d:f:1:cloze", "deck": "d", "fact": "f", "blank": 1, "kind": "cloze", "type": "year",
                     "prompt": "In ____ it flew.", "answer": "2021", "accept": ["2021"], "text": "In 2021 it flew.",
                     "sources": ["s"], "tags": ["space_travel"], "note": "A note."}
    assert mcq["options"][mcq["answer_index"]] == "2021" and len(mcq["options"]) == 4


def test_answer_is_never_in_its_prompt(tmp_path: Path):
    deck = load_one(tmp_path, {"title": "T", "facts": [
        {"text": "{Salyut-7} was a station; Salyut-7 went silent."},
        {"text": "{Mir} and {Mir} again.", "type": "place"},
    ]})
    cards = generate_cards([deck])
    assert all(not contains_phrase(c.prompt, c.answer) for c in cards)
    assert [c.prompt for c in cards if c.kind is CardKind.CLOZE] == ["____ and ____ again.", "____ and ____ again."]


def test_normalize():
    assert normalize("  Yúlia  PERESILD! ") == "yulia peresild"
    assert normalize("Salyut-7") == normalize("salyut 7")


def test_dates_of_other_months_and_word_numbers_are_candidates(tmp_path: Path):
    deck = load_one(tmp_path, {"title": "T", "facts": [
        {"id": "launch", "text": "Launch on {October 5}."}, {"id": "clear", "text": "Cleared on {August 31}."},
        {"id": "insp", "text": "Inspiration4 no earlier than {September 15}."},
        {"id": "crew", "text": "A {two}-person backup crew.", "distractors": []},
        {"id": "astro", "text": "{four} non-professional astronauts."},
    ]})
    pools = {plan.fact.id: plan.distractors for plan in plan_deck(deck).blanks()}
    assert set(pools["launch"][:2]) == {"August 31", "September 15"}  # the nearest deck dates first
    # Numbers of another quantity (astronauts for a crew's people) are not offered as deck answers; words made
    # from the key are (so "four" may come back, synthesized from "two", ranked as such).
    assert set(pools["crew"]) <= set(synthesize("two", AnswerType.NUMBER)) and all(p.isalpha() for p in pools["crew"])


def test_poorly_fitting_deck_answers_rank_after_the_pool(tmp_path: Path):
    deck = load_one(tmp_path, {"title": "T", "pools": {"organization": ["NASA", "ESA", "JAXA"]}, "facts": [
        {"id": "agency", "text": "{Roscosmos} called it a space drama.", "type": "organization"},
        {"id": "imdb", "text": "Per {the Internet Movie Database}, she acted a lot.", "type": "organization"},
    ]})
    pool = next(plan.distractors for plan in plan_deck(deck).blanks() if plan.fact.id == "agency")
    # The pool's agencies; a deck answer of another form and kind is never offered.
    assert set(pool) == {"NASA", "JAXA", "ESA"}
