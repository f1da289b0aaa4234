"""The deck list's counts, read through the collection's indexes only as far as today's limits need,
equal the straightforward computation: every card's state read, the queue rules applied one by one."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC

import fsrs
import pytest

from quizgen.core.model import Card
from quizgen.study import queues
from quizgen.study.catalog import Catalog
from quizgen.study.records import CardState, split_card_id
from quizgen.study.session import DeckCounts, StudySession
from quizgen.study.settings import Settings
from quizgen.study.store import Collection

from .conftest import catalog_of
from .test_session import _answer_right, _answer_wrong


def straightforward_counts(session: StudySession, collection: Collection, catalog: Catalog,
                           settings: Settings) -> list[DeckCounts]:
    """Today's counts of each deck, from every card state at once: learning cards (due before the
    day's end), then review cards soonest due first and new cards in new-card order, each up to
    the deck's daily limit less what today's answers took, one card per fact a day."""
    now = session.now()
    today = session.days.of(now)
    end = session.days.end(today)
    states = collection.card_states()
    answers = collection.answers_since(session.days.start(today))
    cards_answered = {card_id for _, card_id, _ in answers}
    facts_answered = {split_card_id(card_id) for card_id in cards_answered}

    def shows(state: CardState) -> bool:
        return not state.suspended and not (state.buried_until is not None and state.buried_until > today)

    counts = []
    for deck in catalog.decks_by_id.values():
        new_limit = deck.study.new_per_day if deck.study.new_per_day is not None else settings.new_per_day
        review_limit = (deck.study.reviews_per_day if deck.study.reviews_per_day is not None
                        else settings.reviews_per_day)
        mine = [(card_id, answered) for _, card_id, answered in answers if split_card_id(card_id)[0] == deck.id]
        new_room = new_limit - sum(1 for _, before in mine if before is None)
        review_room = review_limit - sum(1 for _, before in mine if before == int(fsrs.State.Review))
        deck_states = {card_id: state for card_id, state in states.items()
                       if card_id in catalog and split_card_id(card_id)[0] == deck.id}
        learning = [card_id for card_id, state in deck_states.items()
                    if state.memory is not None and state.memory.state in (fsrs.State.Learning, fsrs.State.Relearning)
                    and state.memory.due < end and shows(state)]
        taken = {split_card_id(card_id) for card_id in learning}

        def waits(card_id: str) -> bool:
            fact = split_card_id(card_id)
            return fact in taken or (fact in facts_answered and card_id not in cards_answered)

        due = 0
        for _, card_id in sorted((state.memory.due, card_id) for card_id, state in deck_states.items()
                                 if state.memory is not None and state.memory.state == fsrs.State.Review
                                 and state.memory.due < end and shows(state)):
            if due >= review_room:
                break
            if not waits(card_id):
                taken.add(split_card_id(card_id))
                due += 1
        new = 0
        for card_id in catalog.new_ids(deck.id, 0, len(catalog)):
            if new >= new_room:
                break
            state = states.get(card_id)
            if state is not None and (state.memory is not None or not shows(state)):
                continue
            if not waits(card_id):
                taken.add(split_card_id(card_id))
                new += 1
        counts.append(DeckCounts(deck.id, deck.title, new, len(learning), due))
    return counts


def _copies(cards: list[Card], copies: int) -> list[Card]:
    """The deck's cards for `copies` times as many facts (each copy a fact of its own)."""
    made = []
    for copy in range(copies):
        for card in cards:
            deck, fact, rest = card.id.split(":", 2)
            made.append(replace(card, id=f"{deck}:{fact}-{copy}:{rest}", fact=f"{fact}-{copy}"))
    return made


@pytest.mark.parametrize("seed, batch", [(1, None), (2, 2), (3, 1)])
def test_counts_equal_the_straightforward_computation_on_random_collections(
        collection, decks_and_cards, clock, monkeypatch, seed, batch) -> None:
    rng = random.Random(seed)
    decks, cards = decks_and_cards
    cards = _copies(cards, 8)
    catalog = catalog_of(decks, cards)
    # Without some facts (deleted from the deck since): their cards' states stay out of every count.
    fewer = catalog_of(decks, [card for card in cards if not card.fact.endswith(("-1", "-4"))])
    settings = Settings(enable_fuzzing=False, new_per_day=rng.choice([3, 6]), reviews_per_day=rng.choice([2, 5]))
    if batch:
        monkeypatch.setattr(queues, "BATCH", batch)
    session = StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC)
    session.start()
    capped = 0
    for _ in range(160):
        action = rng.random()
        clock.advance(minutes=rng.choice([0, 1, 5, 11, 30]))
        if session.current() is None or action < 0.08:
            clock.advance(hours=rng.choice([1, 6, 20, 24, 72]))
        elif action < 0.14:
            session.bury()
        elif action < 0.17:
            session.suspend()
        elif action < 0.22:
            session.undo()
        elif action < 0.7:
            _answer_right(session)
        elif session.current() is not None:
            _answer_wrong(session)
        # The session's own (its plan and queues kept answer by answer), and a start's now (the
        # deck list's counts, the queues read as far as the limits need).
        expected = straightforward_counts(session, collection, catalog, settings)
        assert session.counts() == expected
        assert StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC).counts() == expected
        fresh = StudySession(collection, fewer, clock=clock, settings=settings, tz=UTC)
        assert fresh.counts() == straightforward_counts(fresh, collection, fewer, settings)
        capped += any(c.due == settings.reviews_per_day or c.new == settings.new_per_day for c in expected)
    assert capped > 20  # the limits did cap the counts
    assert len(collection.review_log()) > 60
