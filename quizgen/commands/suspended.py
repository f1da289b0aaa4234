"""`quizgen suspended [DECK...] [--unsuspend CARD_ID]... [--all]`: list or unsuspend suspended cards."""

from __future__ import annotations

import argparse

from quizgen.commands._decks import add_db_argument, add_deck_arguments, add_decks_dir_argument, read_catalog, resolve_db


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "suspended", help="list suspended cards and leeches, or unsuspend them",
        description="List the suspended cards of the decks (s in the study app, and leeches: cards "
        "forgotten 8 times), or bring them back into study with --unsuspend or --all.")
    add_deck_arguments(parser)
    add_decks_dir_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--unsuspend", action="append", metavar="CARD_ID", default=[],
                        help="unsuspend this card (an id as listed); repeat for several")
    parser.add_argument("--all", action="store_true", help="unsuspend every suspended card of the decks")
    parser.set_defaults(func=run, pause_gc=True)  # many acyclic objects: see quizgen.commands.gcpolicy


def run(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from quizgen.core.problems import InputError, Problem, did_you_mean
    from quizgen.study.store import Collection

    catalog = read_catalog(args)
    with Collection.open(resolve_db(args)) as collection:
        suspended = {cid: s for cid, s in collection.card_states(catalog.ids()).items() if s.suspended}
        unknown = [cid for cid in args.unsuspend if cid not in suspended]
        if unknown:
            raise InputError([
                Problem("--unsuspend", None, None, f"{cid} is not a suspended card of these decks",
                        (f"did you mean {hint}?" if (hint := did_you_mean(cid, suspended)) else
                         "run `quizgen suspended` to list them"))
                for cid in unknown
            ])
        chosen = list(suspended) if args.all else list(args.unsuspend)
        if chosen:
            collection.update_flags(chosen, datetime.now(UTC), suspended=False)
            print(f"Unsuspended {len(chosen)} card{'s' if len(chosen) != 1 else ''}.")
            return 0
        if not suspended:
            print("No suspended cards.")
            return 0
        for cid, state in suspended.items():
            leech = f", leech ({state.lapses} lapses)" if state.leech else ""
            print(f"{cid}  {state.state}{leech}\n    {catalog.card(cid).prompt}")
        print(f"{len(suspended)} suspended; `quizgen suspended --unsuspend CARD_ID` or `--all` brings them back.")
    return 0
