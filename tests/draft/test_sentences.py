"""Sentence splitting, and which sentences are left out (and why)."""

from __future__ import annotations

import pytest

from quizgen.draft.readers import Document
from quizgen.draft.sentences import caption_paragraphs, skip_reason, split_sentences
from pathlib import Path


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        ("Dr. Smith met Mr. J. R. R. Tolkien in 1954. It rained.", ["Dr. Smith met Mr. J. R. R. Tolkien in 1954.", "It rained."]),
        ("The rocket cost $3.50 billion. It flew 2.5 km on Jan. 5.", ["The rocket cost $3.50 billion.", "It flew 2.5 km on Jan. 5."]),
        ('He said "We are ready." Then the crew left.', ['He said "We are ready."', "Then the crew left."]),
        ("The U.S. team won. The U.K. team lost.", ["The U.S. team won.", "The U.K. team lost."]),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
    ],
)
def test_split_sentences(paragraph: str, sentences: list[str]):
    assert split_sentences(paragraph) == sentences


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("This is a condensed version of the information.", "boilerplate"),
        ("All rights reserved by the publisher of this page.", "boilerplate"),
        ("By Jane Smith, Staff Writer", "byline"),
        ("By Jane Smith and Tom Jones, for the Daily Planet.", "byline"),
        ("Russian actress Yulia Peresild, seen here in an interview with AFP in Moscow on June 4, 2021.", "photo caption or credit"),
        ("Dimitar Dilkoff/AFP / Getty", "photo caption or credit"),
        ("Will the film be released in cinemas next year?", "question"),
        ("The cosmonauts were able to obtain the by performing a dangerous manual docking operation.", "broken or truncated"),
        ("The crew will fly to the ISS on October 5 and", "not a full sentence"),
        ("Russian Film Crew Set to Make First Ever Movie in Space", "not a full sentence"),
        ("I think this is the most exciting film of the year.", "opinion or address to the reader"),
        ("You should definitely watch this film when it comes out.", "opinion or address to the reader"),
        ("Unfortunately the launch was delayed by a week.", "opinion or address to the reader"),
        ("It was cold.", "too short"),
        ("the crew landed safely in the steppe of Kazakhstan on October 17.", "broken or truncated"),
        ("The crew (three people landed safely in Kazakhstan.", "broken or truncated"),
    ],
)
def test_skip_reasons(sentence: str, reason: str):
    assert skip_reason(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Peresild was chosen for the role after she and 19 other finalists were selected.",
        'The movie, titled Challenge, has been dubbed a "space drama" by Roscosmos.',
        "They would be subjected to, among other things, tests on a centrifuge and parachute training.",
        "The U.S. team, led by Dr. Smith, won 3.5 points more than the U.K. team.",
        "Shipenko is best known for directing the film Salyut-7.",
    ],
)
def test_fact_sentences_are_kept(sentence: str):
    assert skip_reason(sentence) is None


def test_caption_block_takes_its_label_line_too():
    doc = Document(
        Path("a.txt"),
        None,
        (
            "The crew trained for months.",
            "Yulia Peresild",
            "Russian actress Yulia Peresild, seen here in an interview in Moscow. Dimitar Dilkoff/AFP / Getty",
            "The launch is on October 5.",
        ),
    )
    assert caption_paragraphs(doc) == {1, 2}


def test_a_sentence_opening_with_by_is_not_a_byline():
    assert skip_reason("By land, the trip from Moscow to Baikonur takes three days.") is None
