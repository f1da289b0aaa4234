"""The cards a study session draws from: per deck, card ids in new-card order, and each card on demand.

A session needs every card's id (to know which are new, and their order) but only the few cards it
shows in full. A Catalog holds the ids and builds a `Card` only when asked: from generated cards in
memory (`Catalog.of`), or from the card cache (`quizgen.study.cardcache`), so that opening a big
collection does not parse and generate every deck first.

`DeckInfo` is what the session and the app need of a deck without its facts: title, limits, and
what finding a card's source sentence takes (the deck's sources and the facts' quotes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from quizgen.core.model import Card, CardKind, Deck, Fact, Source, StudyLimits


@dataclass(frozen=True, slots=True)
class DeckInfo:
    id: str
    title: str
    path: Path
    fact_count: int
    description: str | None = None
    study: StudyLimits = StudyLimits()
    sources: Mapping[str, Source] = field(default_factory=dict)
    quotes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # fact id -> its `quote:` sentences

    @classmethod
    def of(cls, deck: Deck) -> DeckInfo:
        return cls(deck.id, deck.title, deck.path, len(deck.facts), deck.description, deck.study,
                   dict(deck.sources), {fact.id: fact.quote for fact in deck.facts if fact.quote})


def new_card_order(cards: Iterable[Card]) -> dict[str, list[str]]:
    """Card ids per deck in the order new cards are introduced: facts in file order, a fact's
    blanks in order, the MCQ of a blank before its cloze (recognition before recall)."""
    fact_rank: dict[tuple[str, str], int] = {}
    per_deck: dict[str, list[Card]] = {}
    for i, card in enumerate(cards):
        fact_rank.setdefault((card.deck, card.fact), i)
        per_deck.setdefault(card.deck, []).append(card)
    return {
        deck: [c.id for c in sorted(deck_cards, key=lambda c: (fact_rank[(c.deck, c.fact)], c.blank,
                                                               c.kind is not CardKind.MCQ))]
        for deck, deck_cards in per_deck.items()
    }


class Catalog:
    """The decks of a session and their cards; `load(card_id)` builds a card the first time it is needed."""

    def __init__(self, decks: Sequence[DeckInfo], ids: Mapping[str, Sequence[str]],
                 load: Callable[[str], Card]) -> None:
        self.decks: tuple[DeckInfo, ...] = tuple(decks)
        self.decks_by_id = {deck.id: deck for deck in self.decks}
        self._ids = {deck.id: tuple(ids.get(deck.id, ())) for deck in self.decks}
        self._load = load
        self._cards: dict[str, Card] = {}
        self._known: set[str] | None = None

    @classmethod
    def of(cls, decks: Sequence[Deck], cards: Sequence[Card]) -> Catalog:
        """A catalog of cards already generated (tests, and decks read without the cache)."""
        by_id = {card.id: card for card in cards}
        return cls([DeckInfo.of(deck) for deck in decks], new_card_order(cards), by_id.__getitem__)

    def ids(self, deck_id: str | None = None) -> tuple[str, ...]:
        """Card ids of one deck (or all, deck by deck) in new-card order."""
        if deck_id is not None:
            return self._ids.get(deck_id, ())
        return tuple(cid for ids in self._ids.values() for cid in ids)

    def __contains__(self, card_id: object) -> bool:
        if self._known is None:
            self._known = {cid for ids in self._ids.values() for cid in ids}
        return card_id in self._known

    def __len__(self) -> int:
        return sum(len(ids) for ids in self._ids.values())

    def card(self, card_id: str) -> Card:
        """The card with this id (KeyError if no deck of the catalog has it)."""
        card = self._cards.get(card_id)
        if card is None:
            if card_id not in self:
                raise KeyError(card_id)
            card = self._cards[card_id] = self._load(card_id)
        return card

    def siblings(self, card_id: str) -> list[str]:
        """The ids of every card of the same fact as `card_id`, itself included."""
        deck, fact = card_id.split(":", 2)[:2]
        prefix = f"{deck}:{fact}:"
        return [cid for cid in self._ids.get(deck, ()) if cid.startswith(prefix)]

    def source(self, card: Card) -> tuple[str | None, str] | None:
        """(source title, sentence) stating the card's answer, or None (see core.sources)."""
        info = self.decks_by_id.get(card.deck)
        if info is None or not (card.sources or info.quotes.get(card.fact)):
            return None
        from quizgen.core.sources import source_sentence  # reads source files: only when an answer is shown

        deck = Deck(info.id, info.title, info.path, (), sources=info.sources)
        # The sentence search needs only the fact's sources, quotes and full text: the card has them.
        fact = Fact(card.fact, card.full_text, (card.full_text,), sources=card.sources,
                    quote=info.quotes.get(card.fact, ()))
        return source_sentence(deck, fact, card.answer)
