"""The index of the answers still to come (session._UpcomingAnswers): a quote shown with a card is
blanked exactly as by its definition (every queued card of the card's deck but its own fact's),
while the index is asked by the quote's words, and follows the queues as they shrink (the counted
ids of the review and new queues that `_BuiltQueues` keeps in step with each answer taken in)."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import Card
from quizgen.study.catalog import Catalog
from quizgen.study.queues import REVIEW, Queues
from quizgen.study.records import split_card_id
from quizgen.study.session import StudySession, _BuiltQueues, masked_quote

from .conftest import catalog_of
from .test_session import _answer_right, _answer_wrong

ANSWERS = ["Soyuz MS-19", "MS-19 crew", "Roscosmos", "space drama", "Space", "the ISS", "ISS", "2021",
           "Yuri Gagarin", "Gagarin", "Vostok 1", "Baikonur", "Klim Shipenko", "Yulia Peresild", "Über-Orbit",
           "STRASSE", "café", "1961"]
WORDS = ["the", "a", "crew", "of", "film", "in", "orbit", "drama", "was", "by", "MS-19,", "(2021)", "Gagarin's",
         "space-drama", "Straße", "CAFÉ", "über-orbit", "Soyuz", "Vostok", "1", "Roscosmosfilm", "iss."]


def deck_yaml(deck_id: str) -> str:
    facts = "\n".join(f"  - id: f{number}\n    text: \"Fact {number} is {{{answer}}}.\"\n    type: term\n"
                      f"    distractors: [alpha, beta, gamma]"
                      for number, answer in enumerate(ANSWERS))
    return f"title: Deck {deck_id}\nid: {deck_id}\nfacts:\n{facts}\n"


def catalog(tmp_path) -> Catalog:
    paths = []
    for deck_id in ("film", "space"):  # the same answers in another deck are never blanked
        path = tmp_path / f"{deck_id}.yaml"
        path.write_text(deck_yaml(deck_id), encoding="utf-8")
        paths.append(path)
    decks = load_decks(paths).decks
    return catalog_of(decks, generate_cards(decks))


def by_definition(catalog: Catalog, queues: Queues, card: Card) -> list[str]:
    """The answers of the other facts of `card`'s deck in `queues`, walking every queued card."""
    return [catalog.card(card_id).answer
            for queue in (queues.learning, queues.review, queues.new, queues.ahead, queues.later)
            for card_id in queue
            if split_card_id(card_id)[0] == card.deck and split_card_id(card_id) != (card.deck, card.fact)]


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(ANSWERS) if rng.random() < 0.4 else rng.choice(WORDS) for _ in range(rng.randint(3, 12))]
    parts = [part.upper() if rng.random() < 0.2 else part for part in parts]
    return rng.choice([" ", "  ", ", "]).join(parts) + rng.choice([".", "", "!"])


def split(rng: random.Random, ids: list[str]) -> Queues:
    parts: list[list[str]] = [[], [], [], [], []]
    for card_id in ids:
        parts[rng.randrange(5)].append(card_id)
    return Queues(*(tuple(part) for part in parts))


def test_quotes_are_blanked_as_by_the_definition_while_the_queues_shrink(tmp_path) -> None:
    made = catalog(tmp_path)
    rng = random.Random(7)
    for _ in range(30):  # one index per day's queues, as a session keeps it
        built = _BuiltQueues()
        queued = [card_id for card_id in made.ids() if rng.random() < 0.7]
        rng.shuffle(queued)
        built.put(None, split(rng, queued))
        while (queues := built.get(None)) is not None and queued:
            # The learning part is made afresh for each card shown (`with_learning`): any of the
            # queued ids, a card answered before among them.
            learning_part = [card_id for card_id in made.ids() if rng.random() < 0.1]
            queues = replace(queues, learning=tuple(learning_part[0::3]), ahead=tuple(learning_part[1::3]),
                             later=tuple(learning_part[2::3]))
            card = made.card(rng.choice(queued))
            for _ in range(3):
                quote = sentence(rng)
                found = built.upcoming.to_come(made, queues, built.queued(None, queues), card, quote)
                expected = by_definition(made, queues, card)
                assert masked_quote(quote, found, card.answer) == masked_quote(quote, expected, card.answer)
                assert set(found) <= set(expected)  # only answers the definition names
            for card_id in queued[:rng.randint(1, 6)]:  # cards answered: they leave their queue
                built.answered(card_id, REVIEW if card_id in queues.review else None)
                queued.remove(card_id)


def test_a_card_that_comes_into_the_queues_later_is_blanked_too(tmp_path) -> None:
    made = catalog(tmp_path)
    built = _BuiltQueues()
    shown = made.card("film:f2:1:mcq")  # Roscosmos
    quote = "Challenge, dubbed a space drama by Roscosmos, was filmed on the ISS in 2021."
    built.put(None, Queues(new=("film:f2:1:mcq", "space:f7:1:mcq")))  # 2021 (another deck)
    queues = built.get(None)
    assert built.upcoming.to_come(made, queues, built.queued(None, queues), shown, quote) == []
    later = replace(queues, learning=("film:f3:1:mcq",))  # space drama: into learning
    assert built.upcoming.to_come(made, later, built.queued(None, later), shown, quote) == ["space drama"]
    assert masked_quote(quote, built.upcoming.to_come(made, later, built.queued(None, later), shown, quote),
                        shown.answer) == "Challenge, dubbed a _____ by Roscosmos, was filmed on the ISS in 2021."
    built.answered("space:f7:1:mcq", None)  # answered as new: it left the queues
    built.answered("film:f3:1:mcq", 1)  # answered in learning: the new and review queues keep theirs
    queues = built.get(None)
    assert queues.new == ("film:f2:1:mcq",)
    assert built.upcoming.to_come(made, queues, built.queued(None, queues), shown, quote) == []


GALAXY_DECK_HEAD = """\
title: Galaxy
id: galaxy
sources:
  article: {file: article.txt, title: An article}
facts:
"""
GALAXY_ANSWERS = ["Andromeda", "Milky Way", "Triangulum", "Sagittarius", "Orion Arm", "Large Magellanic Cloud",
                  "Small Magellanic Cloud", "Local Group", "Virgo Cluster", "Laniakea", "Hubble", "Messier 31"]


def test_a_session_blanks_each_quote_by_the_definition_through_a_day_of_answers(tmp_path: Path, collection, clock,
                                                                                 settings) -> None:
    """Through the real session (its queues built, answers taken in, learning cards coming back, an undo):
    every quote shown is masked as the walk of the scope's queues at that moment would mask it."""
    rng = random.Random(3)
    facts = "".join(f"  - id: g{number}\n    text: \"Fact {number} names {{{answer}}}.\"\n    type: term\n"
                    f"    distractors: [alpha, beta, gamma]\n    source: article\n"
                    for number, answer in enumerate(GALAXY_ANSWERS))
    (tmp_path / "galaxy.yaml").write_text(GALAXY_DECK_HEAD + facts, encoding="utf-8")
    article = " ".join(f"{', '.join(rng.sample(GALAXY_ANSWERS, 4))} and {answer} are named here."
                       for answer in GALAXY_ANSWERS)
    (tmp_path / "article.txt").write_text(article + "\n", encoding="utf-8")
    decks = load_decks([tmp_path / "galaxy.yaml"]).decks
    made = catalog_of(decks, generate_cards(decks))
    session = StudySession(collection, made, clock=clock, settings=settings)
    session.start("galaxy")
    shown = blanked = 0
    while (presented := session.current()) is not None and shown < 60:
        card = presented.card
        assert presented.source is not None
        sentence = made.source(card)[1]
        queues = session._queues(session.now(), "galaxy")  # the scope's queues as the card was picked
        assert presented.source[1] == masked_quote(sentence, by_definition(made, queues, card), card.answer)
        blanked += presented.source[1] != sentence
        shown += 1
        (_answer_right if rng.random() < 0.7 else _answer_wrong)(session)
        if shown % 9 == 0:
            session.undo()
        clock.advance(minutes=rng.randint(1, 12))
    assert shown >= 20 and blanked >= 10  # the walk was long, and quotes were blanked on the way
