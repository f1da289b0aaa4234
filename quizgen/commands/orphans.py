"""`quizgen orphans [DECK...] [--prune]`: study history of cards whose fact was deleted."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from quizgen.commands._decks import add_db_argument, add_deck_arguments, add_decks_dir_argument, read_catalog, resolve_db

if TYPE_CHECKING:
    from quizgen.study.catalog import Catalog
    from quizgen.study.store import Collection


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "orphans", help="list (or remove) study history of deleted cards",
        description="List the cards in the study collection that the decks no longer produce (their fact, "
        "blank or MCQ was deleted). Their history is kept and never shown; --prune removes it. Only "
        "cards of the decks given are considered, unless --any-deck.")
    add_deck_arguments(parser)
    add_decks_dir_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--prune", action="store_true", help="remove the orphans' states and review history")
    parser.add_argument("--any-deck", action="store_true",
                        help="also count cards of decks that were not loaded (a deck deleted or renamed)")
    parser.set_defaults(func=run, pause_gc=True)  # many acyclic objects: see quizgen.commands.gcpolicy


def run(args: argparse.Namespace) -> int:
    from quizgen.study.orphans import find_orphans, prune
    from quizgen.study.store import Collection, split_card_id

    catalog = read_catalog(args)
    with Collection.open(resolve_db(args)) as collection:
        orphans = find_orphans(collection, catalog.ids(), [d.id for d in catalog.decks], any_deck=args.any_deck)
        if not orphans:
            print("No orphaned cards.")
            return 0
        for orphan in orphans:
            last = orphan.last_review.date().isoformat() if orphan.last_review else "never"
            print(f"{orphan.card_id}  {orphan.state}, {orphan.reviews} reviews, last {last}")
        if args.prune:
            removed = prune(collection, orphans)
            print(f"Removed {len(orphans)} orphaned cards and their {removed} reviews.")
        else:
            print(f"{len(orphans)} orphaned cards; `quizgen orphans --prune` removes them and their history.")
            for hint in restore_hints(args, collection, catalog, {split_card_id(o.card_id)[0] for o in orphans}):
                print(hint)
    return 0


def restore_hints(args: argparse.Namespace, collection: Collection, catalog: Catalog, deck_ids: set[str]) -> list[str]:
    """For each orphaned fact id of the decks `deck_ids`, the facts without `id:` that could take it
    back (`quizgen ids --restore`)."""
    from quizgen.core.deckfile import load_deck
    from quizgen.study.orphans import restorable, restore_hint

    db = f" --db {args.db}" if getattr(args, "db", None) else ""
    hints = []
    for info in catalog.decks:
        if info.id not in deck_ids:
            continue
        deck = load_deck(info.path, getattr(args, "allow_outside", ()))
        hints.extend(restore_hint(deck, history, fits, db) for history, fits in restorable(collection, deck))
    return hints
