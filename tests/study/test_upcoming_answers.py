"""The index of the answers still to come (session._UpcomingAnswers): a quote shown with a card is
blanked exactly as by its definition (every queued card of the card's deck but its own fact's),
while the index is asked by the quote's words, and follows the queues as they shrink."""

from __future__ import annotations

import random

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import Card
from quizgen.study.catalog import Catalog
from quizgen.study.queues import Queues
from quizgen.study.records import split_card_id
from quizgen.study.session import _UpcomingAnswers, masked_quote

from .conftest import catalog_of

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
        index = _UpcomingAnswers()
        queued = [card_id for card_id in made.ids() if rng.random() < 0.7]
        rng.shuffle(queued)
        while queued:
            queues = split(rng, queued)
            card = made.card(rng.choice(queued))
            for _ in range(3):
                quote = sentence(rng)
                found = index.to_come(made, queues, card, quote)
                expected = by_definition(made, queues, card)
                assert masked_quote(quote, found, card.answer) == masked_quote(quote, expected, card.answer)
                assert set(found) <= set(expected)  # only answers the definition names
            del queued[:rng.randint(1, 6)]  # cards answered: they leave the queues


def test_a_card_that_comes_into_the_queues_later_is_blanked_too(tmp_path) -> None:
    made = catalog(tmp_path)
    index = _UpcomingAnswers()
    shown = made.card("film:f2:1:mcq")  # Roscosmos
    quote = "Challenge, dubbed a space drama by Roscosmos, was filmed on the ISS in 2021."
    assert index.to_come(made, Queues(new=("film:f2:1:mcq",)), shown, quote) == []
    later = Queues(learning=("film:f3:1:mcq",), new=("film:f2:1:mcq", "space:f7:1:mcq"))  # space drama; 2021 (other deck)
    assert index.to_come(made, later, shown, quote) == ["space drama"]
    assert masked_quote(quote, index.to_come(made, later, shown, quote), shown.answer) == \
        "Challenge, dubbed a _____ by Roscosmos, was filmed on the ISS in 2021."
