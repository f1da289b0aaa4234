"""The source quote shown after an answer never gives away the answers still to be asked today."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.study.session import QUOTE_MASK, StudySession, masked_quote

from .conftest import catalog_of
from .test_session import _answer_right

DECK = """\
title: Challenge
id: film
sources:
  article: {file: article.txt, title: An article}
facts:
  - id: dubbed
    text: "Challenge has been dubbed a {space drama}."
    type: term
    distractors: [space opera, docudrama, space western]
    source: article
  - id: agency
    text: "Challenge was made with the space agency {Roscosmos}."
    type: organization
    distractors: [NASA, ESA, JAXA]
    source: article
  - id: year
    text: "Challenge was filmed on the ISS in {2021}."
    type: year
    source: article
"""
ARTICLE = "Challenge, dubbed a space drama by Roscosmos, was filmed on the ISS in 2021.\n"


@pytest.mark.parametrize(
    ("sentence", "answers", "keep", "masked"),
    [
        ("Dubbed a space drama by Roscosmos in 2021.", ["Roscosmos", "2021"], "space drama",
         f"Dubbed a space drama by {QUOTE_MASK} in {QUOTE_MASK}."),
        # Any case and run of spaces, whole words only.
        ("made by ROSCOSMOS  and Roscosmosfilm", ["roscosmos"], "x", f"made by {QUOTE_MASK}  and Roscosmosfilm"),
        ("flew  to the ISS", ["the  ISS"], "x", f"flew  to {QUOTE_MASK}"),
        # The answer the quote is shown for stays, even inside another fact's answer.
        ("the Soyuz MS-19 crew", ["Soyuz MS-19"], "Soyuz", "the Soyuz MS-19 crew"),
        # Overlapping answers blank as one.
        ("the Soyuz MS-19 crew", ["Soyuz MS-19", "MS-19 crew"], "the", f"the {QUOTE_MASK}"),
        ("nothing to hide", [], "hide", "nothing to hide"),
    ],
)
def test_masked_quote(sentence, answers, keep, masked) -> None:
    assert masked_quote(sentence, answers, keep) == masked


def test_a_quote_blanks_the_answers_still_to_be_asked_today(tmp_path: Path, collection, clock, settings) -> None:
    (tmp_path / "film.yaml").write_text(DECK, encoding="utf-8")
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    decks = load_decks([tmp_path / "film.yaml"]).decks
    session = StudySession(collection, catalog_of(decks, generate_cards(decks)), clock=clock, settings=settings)
    session.start()
    quotes = {}
    while (presented := session.current()) is not None and presented.card.id not in quotes:
        assert presented.source is not None
        quotes[presented.card.id] = presented.source[1]
        _answer_right(session)
    first, second, third = quotes.values()
    assert first == f"Challenge, dubbed a space drama by {QUOTE_MASK}, was filmed on the ISS in {QUOTE_MASK}."
    # The first fact comes back later today (learning steps): its answer is blanked as well.
    assert second == f"Challenge, dubbed a {QUOTE_MASK} by Roscosmos, was filmed on the ISS in {QUOTE_MASK}."
    assert "2021" in third and "Roscosmos" not in third
