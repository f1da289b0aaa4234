"""Orphans: study state and history of cards that the deck files no longer produce.

A card is orphaned when its fact (or blank, or MCQ) was deleted. Its history stays in the
collection and is never shown; `quizgen orphans` lists such cards and `--prune` removes them.
A fact without `id:` whose answer was corrected has a new derived id, and its history sits under the
old one: `quizgen ids DECK --restore FACT=OLD_ID` gives the fact its old id back, after the checks
of `restore_problem` (the deck file changes; the collection does not).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from quizgen.core.model import Deck
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


@dataclass(frozen=True)
class FactHistory:
    """What the collection holds under one fact id of a deck: its cards' ids and their reviews."""

    deck: str
    fact: str
    card_ids: tuple[str, ...]
    reviews: int

    @property
    def blanks(self) -> set[int]:
        return {int(card_id.split(":")[2]) for card_id in self.card_ids}


def fact_histories(collection: Collection, deck_id: str) -> dict[str, FactHistory]:
    """The deck's stored cards grouped by fact id (every card with a state or a review)."""
    counts = collection.review_counts()
    by_fact: dict[str, list[str]] = {}
    for card_id in sorted(collection.stored_card_ids()):
        deck, fact = split_card_id(card_id)
        if deck == deck_id:
            by_fact.setdefault(fact, []).append(card_id)
    return {fact: FactHistory(deck_id, fact, tuple(ids), sum(counts.get(i, 0) for i in ids))
            for fact, ids in by_fact.items()}


def restore_problem(histories: dict[str, FactHistory], current_facts: dict[str, tuple[int, bool]],
                    fact: str, old_id: str) -> str | None:
    """Why the deck's fact `fact` may not take back the id `old_id`, or None when it may.

    `current_facts`: each fact id of the deck now -> (its number of blanks, whether its `id:` is
    written). It may when the fact has no `id:` of its own and no history, `old_id` is no fact of the
    deck now and has history, and every blank of that history is a blank of the fact: so history is
    only ever moved from an id no fact has onto a fact that has none, never merged or taken away."""
    if fact not in current_facts:
        if old_id in current_facts and fact not in current_facts:
            return f"the deck has no fact `{fact}` (did you mean `{old_id}={fact}`? the fact comes first)"
        return f"the deck has no fact `{fact}` (`quizgen cards DECK` shows the facts' ids)"
    blanks, declared = current_facts[fact]
    if declared:
        return f"the fact `{fact}` has its own `id:`; change it in the file if you mean to"
    if old_id in current_facts:
        return f"`{old_id}` is the id of another fact of the deck now, so its history is not orphaned"
    mine = histories.get(fact)
    if mine is not None:
        return (f"the fact `{fact}` has history of its own ({mine.reviews} reviews), which another id "
                "would orphan")
    old = histories.get(old_id)
    if old is None:
        return f"the collection holds no history under the fact id `{old_id}` (`quizgen orphans` lists what it holds)"
    extra = sorted(b for b in old.blanks if b > blanks)
    if extra:
        return (f"the history of `{old_id}` has cards of blank {extra[0]}, and the fact `{fact}` has "
                f"{blanks} blank(s): it is not the same fact")
    return None


def restorable(collection: Collection, deck: Deck) -> list[tuple[FactHistory, list[str]]]:
    """Each fact id of the deck with history and no fact now, with the facts that could take it back
    (those `restore_problem` allows), for the ones that have any."""
    histories = fact_histories(collection, deck.id)
    current = {f.id: (len(f.blanks), f.id_declared) for f in deck.facts}
    found = []
    for old, history in histories.items():
        if old in current:
            continue
        fits = [f.id for f in deck.facts if not f.id_declared and restore_problem(histories, current, f.id, old) is None]
        if fits:
            found.append((history, fits))
    return found


def restore_hint(deck: Deck, history: FactHistory, fits: list[str], db_option: str) -> str:
    """One line saying which fact may take `history`'s id back, and the command that does it."""
    lines = {f.id: f.line for f in deck.facts}
    old = history.fact
    if len(fits) == 1:
        return (f"`{old}`: if the fact `{fits[0]}` (line {lines[fits[0]]}, no `id:`, no history) is it with its "
                f"answer corrected, `quizgen ids {deck.path}{db_option} --restore {fits[0]}={old}` gives it back its "
                "id and history.")
    shown = ", ".join(f"`{f}`" for f in fits[:5]) + (f" and {len(fits) - 5} more" if len(fits) > 5 else "")
    return (f"`{old}`: if one of the facts without `id:` or history ({shown}) is it with its answer corrected, "
            f"`quizgen ids {deck.path}{db_option} --restore FACT={old}` gives it back its id and history.")
