"""`quizgen optimize [--revlog FILE.csv] [--deck ID]`: fit FSRS parameters to the learner's review history.

As Anki's optimizer does per preset, each deck with enough history of its own gets parameters fitted
to it; the whole history's fit serves the decks with too little (and is the one `--revlog` makes).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from quizgen.commands._decks import add_db_argument, resolve_db

if TYPE_CHECKING:
    from quizgen.study.optimize import Answer
    from quizgen.study.store import Collection, StoredParameters


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "optimize", help="fit FSRS parameters to your review history",
        description="Fit FSRS-6 parameters to the review history in the collection (or to a CSV review "
        "log), print log loss and RMSE(bins) before and after, and store the fitted parameters in the "
        "collection so that scheduling uses them: once for the whole history, then once for each deck "
        "with enough history of its own (its cards then use its own parameters; a deck with too little "
        "keeps the whole history's). With too little history, say how much more is needed (exit status "
        "0, nothing stored).")
    add_db_argument(parser)
    parser.add_argument("--revlog", type=Path, metavar="FILE.csv",
                        help="fit to a CSV review log (columns card_id, review_rating, review_time) "
                        "instead of the collection's history (the whole-history parameters only)")
    parser.add_argument("--deck", action="append", metavar="ID", default=[],
                        help="fit only this deck's parameters (repeatable); the whole-history fit is skipped")
    parser.add_argument("--dry-run", action="store_true", help="print the figures but store nothing")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.core.problems import InputError, Problem
    from quizgen.study.optimize import collection_answers, read_revlog_csv
    from quizgen.study.settings import Settings
    from quizgen.study.store import Collection, split_card_id

    if args.revlog and args.deck:
        raise InputError([Problem(args.revlog, None, "--deck", "--deck fits a deck of the collection's history",
                                  "leave out --revlog, or --deck")])
    settings_hour = Settings.load().day_rollover_hour
    with Collection.open(resolve_db(args)) as collection:
        if args.revlog:
            answers, source = read_revlog_csv(args.revlog), str(args.revlog)
        else:
            answers, source = collection_answers(collection), "collection"
        whole = collection.parameters()
        if not args.deck:
            print("Whole history:")
            fitted = _fit_one(collection, answers, source, None, whole, "", settings_hour, args.dry_run)
            whole = fitted or whole
        if args.revlog:
            return 0
        by_deck: dict[str, list[Answer]] = {}
        for answer in answers:
            by_deck.setdefault(split_card_id(answer.card_id)[0], []).append(answer)
        unknown = [deck for deck in args.deck if deck not in by_deck]
        if unknown:
            raise InputError([Problem(collection.path, None, "--deck", f"no answers to cards of deck {deck!r} in "
                                      "the collection", "pass a deck id you have studied") for deck in unknown])
        own = collection.deck_parameters()
        for deck in args.deck or sorted(by_deck):
            print(f"\nDeck {deck}:")
            _fit_one(collection, by_deck[deck], source, deck, own.get(deck) or whole,
                     "whole history's" if whole else "default", settings_hour, args.dry_run)
    return 0


def _fit_one(collection: Collection, answers: Sequence[Answer], source: str, deck: str | None,
             current: StoredParameters | None, fallback: str, rollover_hour: int, dry_run: bool
             ) -> StoredParameters | None:
    """Fit one history (a deck's, or the whole one with `deck` None), print the figures, store
    the parameters if they predict it better than `current`; returns what was stored."""
    from datetime import UTC, datetime

    from quizgen.study.optimize import MIN_ITEMS, fit
    from quizgen.study.store import StoredParameters

    own = current is not None and current.deck == deck
    current_name = "current (fitted)" if current else "current (default)"
    result = fit(answers, rollover_hour=rollover_hour, current=current.parameters if current else None)
    print(f"  {result.reviews} answers, {result.items} training items "
          f"(answers given on a later day than the card's previous answer).")
    if result.parameters is None:
        keeps = "keeps its own fitted parameters" if own else f"uses the {fallback} parameters" if deck else ""
        print(f"  Not enough history to fit parameters yet: fitting needs {MIN_ITEMS} training items, "
              f"so about {result.needed} more." + (f" This deck {keeps}." if deck else "")
              + " Keep studying and run `quizgen optimize` again.")
        if result.default_log_loss is not None:
            print(f"  {current_name} parameters on this history: log loss {result.default_log_loss:.4f}, "
                  f"RMSE(bins) {result.default_rmse_bins:.4f}")
        return None
    print(f"  {'':18}{'log loss':>10}{'RMSE(bins)':>12}")
    print(f"  {current_name:18}{result.default_log_loss:>10.4f}{result.default_rmse_bins:>12.4f}")
    print(f"  {'fitted':18}{result.log_loss:>10.4f}{result.rmse_bins:>12.4f}")
    print(f"  (fit took {result.seconds:.2f} s)")
    if not result.improved:
        print("  The fitted parameters do not predict this history better: kept the current ones.")
        return None
    if dry_run:
        print("  --dry-run: nothing stored.")
        return None
    stored = StoredParameters(result.parameters, datetime.now(UTC), source, result.reviews, result.log_loss,
                              result.rmse_bins, result.default_log_loss, result.default_rmse_bins, deck)
    collection.save_parameters(stored)
    whose = f"deck {deck}'s cards use" if deck else "scheduling uses"
    print(f"  Stored in {collection.path}: {whose} the fitted parameters from now on.")
    return stored
