"""Orphans: study state and history of cards that the deck files no longer produce.

A card is orphaned when its fact (or blank, or MCQ) was deleted. Its history stays in the
collection and is never shown; `quizgen orphans` lists such cards and `--prune` removes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from quizgen.study.records import from_micros
from quizgen.study.store import CardState, Collection, split_card_id


@dataclass(frozen=True)
class Orphan:
    card_id: str
    state: str  # "new" | "learning" | "review" | "relearning"
    reviews: int
    last_review: datetime | None


def find_orphans(
    collection: Collection, current_card_ids: Iterable[str], deck_ids: Iterable[str], *, any_deck: bool = False
) -> list[Orphan]:
    """Stored cards of the decks `deck_ids` that are not among `current_card_ids`.

    Cards of other decks are left alone (their deck may just not have been loaded) unless
    `any_deck` is set, which treats every stored card outside `current_card_ids` as an orphan.
    """
    current = set(current_card_ids)
    decks = set(deck_ids)
    states = collection.card_states()
    counts = collection.review_counts()
    last: dict[str, datetime] = {}
    for answer in collection.answers():
        last[answer.card_id] = from_micros(answer.reviewed_at)
    orphans = []
    for card_id in sorted(collection.stored_card_ids()):
        if card_id in current or not (any_deck or split_card_id(card_id)[0] in decks):
            continue
        state = states.get(card_id) or CardState(card_id)
        orphans.append(Orphan(card_id, state.state, counts.get(card_id, 0), last.get(card_id)))
    return orphans


def prune(collection: Collection, orphans: Iterable[Orphan]) -> int:
    """Remove the orphans' states and reviews; how many reviews were removed."""
    return collection.delete_cards(orphan.card_id for orphan in orphans)
