"""`quizgen orphans [DECK...] [--prune]`: study history of cards whose fact was deleted."""

from __future__ import annotations

import argparse

from quizgen.commands._decks import add_db_argument, add_deck_arguments, add_decks_dir_argument, read_catalog, resolve_db


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
    from quizgen.study.store import Collection

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
            for hint in restore_hints(args, collection, catalog, orphans):
                print(hint)
    return 0


def restore_hints(args: argparse.Namespace, collection, catalog, orphans) -> list[str]:  # noqa: ANN001
    """For each orphaned fact, the facts without `id:` that could take its id back (`quizgen ids
    --restore`, which checks the same): the command when there is one, the choice when several."""
    from quizgen.core.deckfile import load_deck
    from quizgen.study.orphans import fact_histories, restore_problem
    from quizgen.study.store import split_card_id

    orphaned: dict[str, list[str]] = {}
    for orphan in orphans:
        deck_id, fact = split_card_id(orphan.card_id)
        if fact not in orphaned.setdefault(deck_id, []):
            orphaned[deck_id].append(fact)
    db = f" --db {args.db}" if getattr(args, "db", None) else ""
    hints = []
    for info in catalog.decks:
        if info.id not in orphaned:
            continue
        deck = load_deck(info.path, getattr(args, "allow_outside", ()))
        histories = fact_histories(collection, info.id)
        current = {f.id: (len(f.blanks), f.id_declared) for f in deck.facts}
        lines = {f.id: f.line for f in deck.facts}
        for old in orphaned[info.id]:
            fits = [f.id for f in deck.facts if restore_problem(histories, current, f.id, old) is None]
            if len(fits) == 1:
                hints.append(f"`{old}`: if the fact `{fits[0]}` (line {lines[fits[0]]}, no `id:`, no history) is it "
                             f"with its answer corrected, `quizgen ids {info.path}{db} --restore {fits[0]}={old}` "
                             "gives it back its id and history.")
            elif fits:
                shown = ", ".join(f"`{f}`" for f in fits[:5]) + (f" and {len(fits) - 5} more" if len(fits) > 5 else "")
                hints.append(f"`{old}`: if one of the facts without `id:` or history ({shown}) is it with its answer "
                             f"corrected, `quizgen ids {info.path}{db} --restore FACT={old}` gives it back its id and "
                             "history.")
    return hints
