"""The one route from decks to cards: a Catalog holds each deck's card ids and builds a card when asked.

Every command and the study app get their cards from a Catalog:
- `quizgen.study.cardcache.load_catalog(paths)` reads deck files through the card cache (study,
  stats, orphans, suspended: they need every card's id but only a few cards in full);
- `Catalog.generate(decks)` generates the cards of decks already read (cards, export, quiz, lint:
  they need the decks' facts as well, and every card).
Both build the same Catalog from `DeckCards`, one per deck; a card's id, content and order are the
same either way (the cache's tests check it).

`DeckInfo` is what the session and the app need of a deck without its facts: title, limits, and
what finding a card's source sentence takes (the deck's sources and the facts' quotes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from quizgen.core.generator import DEFAULT_SEED, deck_cards, generate_cards
from quizgen.core.model import Card, CardKind, Deck, Source, StudyLimits
from quizgen.core.problems import InputError, Problem


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
    #: The facts left out for their errors, read for study (`Deck.skipped`): their problems and count.
    skipped: tuple[Problem, ...] = ()
    skipped_facts: int = 0

    @classmethod
    def of(cls, deck: Deck) -> DeckInfo:
        return cls(deck.id, deck.title, deck.path, len(deck.facts), deck.description, deck.study,
                   dict(deck.sources), {fact.id: fact.quote for fact in deck.facts if fact.quote},
                   deck.skipped, deck.skipped_facts)


def new_card_order(cards: Iterable[Card]) -> list[str]:
    """Card ids (of one deck) in the order new cards are introduced: facts in file order, a fact's
    blanks in order, the MCQ of a blank before its cloze (recognition before recall)."""
    fact_rank: dict[str, int] = {}
    listed = list(cards)
    for i, card in enumerate(listed):
        fact_rank.setdefault(card.fact, i)
    return [c.id for c in sorted(listed, key=lambda c: (fact_rank[c.fact], c.blank, c.kind is not CardKind.MCQ))]


class DeckCards:
    """One deck's part of a catalog: its info, its card ids in deck order (as generated: for each
    fact, for each blank, cloze then MCQ) and in new-card order, and how to build a card by id
    (`load`: a KeyError for an id that is not one of the deck's).

    This one holds its cards' ids in memory (cards generated now, or any loader); the card cache's
    entries are a part that reads them from its file as asked (quizgen.study.cardcache), so a
    session's start costs what it reads, not the deck's size. The methods below are what the
    catalog asks of a part.
    """

    def __init__(self, info: DeckInfo, ids: tuple[str, ...], load: Callable[[str], Card],
                 new_ids: tuple[str, ...] | None = None, cards: list[Card] | None = None,
                 version: str | None = None) -> None:
        self.info = info
        self.version = version  # names this deck file's cards and their order (the card cache's key), if known
        self._ids = ids
        self._load = load
        self._new_ids = new_ids  # worked out from the cards when first asked, if not given
        self._cards = cards  # every card in deck order, when they are in memory
        self._known: frozenset[str] | None = None

    @classmethod
    def generate(cls, deck: Deck, seed: int = DEFAULT_SEED) -> DeckCards:
        """The part of a deck whose cards are generated now (kept in memory)."""
        cards = generate_cards([deck], seed=seed)
        by_id: dict[str, Card] = {}

        def load(card_id: str) -> Card:
            if not by_id:
                by_id.update((card.id, card) for card in cards)
            return by_id[card_id]

        return cls(DeckInfo.of(deck), tuple(card.id for card in cards), load, cards=cards)

    @property
    def ids(self) -> tuple[str, ...]:
        """Card ids in deck order."""
        return self._ids

    @property
    def new_ids(self) -> tuple[str, ...]:
        """Card ids in new-card order (see `new_card_order`)."""
        if self._new_ids is None:
            self._new_ids = tuple(new_card_order(self.cards()))
        return self._new_ids

    @property
    def count(self) -> int:
        return len(self._ids)

    def has(self, card_id: str) -> bool:
        if self._known is None:
            self._known = frozenset(self._ids)
        return card_id in self._known

    def known(self, card_ids: Sequence[str]) -> set[str]:
        """Those of `card_ids` that are cards of this deck."""
        return {card_id for card_id in card_ids if self.has(card_id)}

    def new_slice(self, start: int, count: int) -> tuple[str, ...]:
        """`count` card ids in new-card order from position `start`."""
        return self.new_ids[start:start + count]

    def siblings(self, card_id: str) -> list[str]:
        """The ids of the cards of `card_id`'s fact, in new-card order."""
        prefix = _fact_prefix(card_id)
        return [cid for cid in self.new_ids if cid.startswith(prefix)]

    def card(self, card_id: str) -> Card:
        """The card with this id (KeyError if it is not one of the deck's)."""
        return self._load(card_id)

    def cards(self) -> list[Card]:
        """Every card in deck order."""
        return self._cards if self._cards is not None else [self._load(cid) for cid in self.ids]


def _fact_prefix(card_id: str) -> str:
    """"deck:fact:" of a card id: what the ids of its fact's cards begin with."""
    deck, fact = card_id.split(":", 2)[:2]
    return f"{deck}:{fact}:"


class Catalog:
    """The decks of a session or a command and their cards, each built the first time it is needed."""

    def __init__(self, parts: Sequence[DeckCards], *, allow_outside: Sequence[Path] = ()) -> None:
        #: The folders outside their own that the decks' files may come from (`--allow-outside`),
        #: for reading a deck again as it was read.
        self.allow_outside = tuple(allow_outside)
        self.decks: tuple[DeckInfo, ...] = tuple(part.info for part in parts)
        self.decks_by_id = {part.info.id: part.info for part in parts}
        self._parts = {part.info.id: part for part in parts}
        self._cards: dict[str, Card] = {}

    @classmethod
    def generate(cls, decks: Sequence[Deck], seed: int = DEFAULT_SEED) -> Catalog:
        """The catalog of decks already read, their cards generated now (no cache)."""
        return cls([DeckCards.generate(deck, seed) for deck in decks])

    @staticmethod
    def stream(decks: Iterable[Deck], seed: int = DEFAULT_SEED) -> Iterator[Card]:
        """The cards of `Catalog.generate(decks).cards()`, made as they are read and kept by no one:
        for a caller that writes each card once (`quizgen cards`), so that memory holds a deck's
        facts and index, not its plans and cards (its plans are reused if they are kept already)."""
        for deck in decks:
            yield from deck_cards(deck, seed, keep_plan=False)

    def part(self, deck_id: str) -> DeckCards | None:
        """The deck's part (its ids and cards), or None."""
        return self._parts.get(deck_id)

    def with_decks(self, other: Catalog, *, replacing: str) -> Catalog:
        """A new catalog: this one with deck `replacing` taken out and `other`'s decks put in its
        place (a deck read again after an edit). InputError if a deck id would then be taken twice."""
        parts: list[DeckCards] = []
        for deck_id, part in self._parts.items():
            if deck_id == replacing:
                parts.extend(other._parts.values())
            elif deck_id in other._parts:
                from quizgen.core.deckfile import duplicate_deck_id

                raise InputError([duplicate_deck_id(other._parts[deck_id].info.path, deck_id, part.info.path)])
            else:
                parts.append(part)
        return Catalog(parts, allow_outside=self.allow_outside)

    def ids(self, deck_id: str | None = None) -> tuple[str, ...]:
        """Card ids of one deck (or all, deck by deck) in new-card order."""
        if deck_id is not None:
            part = self._parts.get(deck_id)
            return part.new_ids if part else ()
        return tuple(cid for part in self._parts.values() for cid in part.new_ids)

    def new_ids(self, deck_id: str, start: int, count: int) -> tuple[str, ...]:
        """`count` of the deck's card ids in new-card order from position `start` (read as asked)."""
        part = self._parts.get(deck_id)
        return part.new_slice(start, count) if part else ()

    def version(self, deck_id: str) -> str | None:
        """What names the deck's cards and their order (None when unknown: cards generated now)."""
        part = self._parts.get(deck_id)
        return part.version if part else None

    def cards(self) -> list[Card]:
        """Every card, deck by deck, in deck order (what `quizgen cards` prints)."""
        return [card for part in self._parts.values() for card in part.cards()]

    def __contains__(self, card_id: object) -> bool:
        if not isinstance(card_id, str):
            return False
        if card_id in self._cards:  # built already: a card of the catalog, no part need be asked
            return True
        part = self._parts.get(card_id.partition(":")[0])
        return part is not None and part.has(card_id)

    def known(self, card_ids: Sequence[str]) -> set[str]:
        """Those of `card_ids` that are cards of the catalog (one lookup per deck)."""
        by_deck: dict[str, list[str]] = {}
        for card_id in card_ids:
            by_deck.setdefault(card_id.partition(":")[0], []).append(card_id)
        found: set[str] = set()
        for deck_id, ids in by_deck.items():
            part = self._parts.get(deck_id)
            if part is not None:
                found |= part.known(ids)
        return found

    def __len__(self) -> int:
        return sum(part.count for part in self._parts.values())

    def card(self, card_id: str) -> Card:
        """The card with this id (KeyError if no deck of the catalog has it)."""
        card = self._cards.get(card_id)
        if card is None:
            part = self._parts.get(card_id.partition(":")[0])
            if part is None:
                raise KeyError(card_id)
            card = self._cards[card_id] = part.card(card_id)  # KeyError if the deck has no such card
        return card

    def siblings(self, card_id: str) -> list[str]:
        """The ids of every card of the same fact as `card_id`, itself included."""
        part = self._parts.get(card_id.partition(":")[0])
        return part.siblings(card_id) if part else []

    def source(self, card: Card) -> tuple[str | None, str] | None:
        """(source title, sentence) stating the card's answer, or None (see core.sources).

        Reads the source document the first time (it is kept): call it off the UI thread.
        """
        info = self.decks_by_id.get(card.deck)
        quotes = info.quotes.get(card.fact, ()) if info else ()
        if info is None or not (card.sources or quotes):
            return None
        from quizgen.core.sources import source_sentence  # reads source files: only when a card is shown

        return source_sentence(info.sources, card.sources, quotes, card.full_text, card.answer)
