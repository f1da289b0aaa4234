"""`quizgen optimize [--revlog FILE.csv]`: fit FSRS parameters to the learner's review history."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizgen.commands._decks import add_db_argument, resolve_db


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "optimize", help="fit FSRS parameters to your review history",
        description="Fit FSRS-6 parameters to the review history in the collection (or to a CSV review "
        "log), print log loss and RMSE(bins) before and after, and store the fitted parameters in the "
        "collection so that scheduling uses them. With too little history, say how much more is needed "
        "(exit status 0, nothing stored).")
    add_db_argument(parser)
    parser.add_argument("--revlog", type=Path, metavar="FILE.csv",
                        help="fit to a CSV review log (columns card_id, review_rating, review_time) "
                        "instead of the collection's history")
    parser.add_argument("--dry-run", action="store_true", help="print the figures but store nothing")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from quizgen.study.optimize import MIN_ITEMS, collection_answers, fit, read_revlog_csv
    from quizgen.study.settings import Settings
    from quizgen.study.store import Collection, StoredParameters

    settings = Settings.load()
    with Collection.open(resolve_db(args)) as collection:
        if args.revlog:
            answers, source = read_revlog_csv(args.revlog), str(args.revlog)
        else:
            answers, source = collection_answers(collection), "collection"
        stored = collection.parameters()
        current_name = "current (fitted)" if stored else "current (default)"
        result = fit(answers, rollover_hour=settings.day_rollover_hour,
                     current=stored.parameters if stored else None)
        print(f"History: {result.reviews} answers, {result.items} training items "
              f"(answers given on a later day than the card's previous answer).")
        if result.parameters is None:
            print(f"Not enough history to fit parameters yet: fitting needs {MIN_ITEMS} training items, "
                  f"so about {result.needed} more. Keep studying and run `quizgen optimize` again.")
            if result.default_log_loss is not None:
                print(f"{current_name} parameters on this history: log loss {result.default_log_loss:.4f}, "
                      f"RMSE(bins) {result.default_rmse_bins:.4f}")
            return 0
        print(f"{'':18}{'log loss':>10}{'RMSE(bins)':>12}")
        print(f"{current_name:18}{result.default_log_loss:>10.4f}{result.default_rmse_bins:>12.4f}")
        print(f"{'fitted':18}{result.log_loss:>10.4f}{result.rmse_bins:>12.4f}")
        print(f"(fit took {result.seconds:.2f} s)")
        if not result.improved:
            print("The fitted parameters do not predict this history better: kept the current ones.")
            return 0
        if args.dry_run:
            print("--dry-run: nothing stored.")
            return 0
        collection.save_parameters(StoredParameters(
            result.parameters, datetime.now(UTC), source, result.reviews, result.log_loss, result.rmse_bins,
            result.default_log_loss, result.default_rmse_bins))
        print(f"Stored in {collection.path}: scheduling uses the fitted parameters from now on.")
    return 0
