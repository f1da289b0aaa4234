"""`quizgen lint DECK...`: review the generated items as a careful teacher would (warnings, exit 0)."""

from __future__ import annotations

import argparse
import sys

from quizgen.commands._decks import add_deck_arguments, read_decks
from quizgen.core.generator import DEFAULT_SEED


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "lint",
        help="review generated questions for giveaways and weak options",
        description="Review the questions generated from decks as a careful teacher would: answer leakage, "
        "near-duplicate options, the answer as the longest option, too few distractors, texts over "
        "Kahoot's limits. One line per finding with the fact's file:line; exit 0 (2 only for unreadable "
        "or invalid decks).",
    )
    add_deck_arguments(parser, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help=f"random seed of the generated options (default {DEFAULT_SEED})")
    parser.set_defaults(func=run, pause_gc=True)  # many acyclic objects: see quizgen.commands.gcpolicy


def run(args: argparse.Namespace) -> int:
    from quizgen.quiz.lint import lint
    from quizgen.study.catalog import Catalog

    deck_set = read_decks(args, print_warnings=False)
    findings = lint(deck_set.decks, Catalog.generate(deck_set.decks, seed=args.seed).cards())
    from quizgen.results.checks import result_findings  # past classes' answers, where a deck has them

    findings = sorted(findings + result_findings(deck_set.decks), key=lambda p: (str(p.file), p.line or 0))
    for finding in findings:
        print(finding)
    decks = len(deck_set.decks)
    print(f"{len(findings)} finding(s) in {decks} deck{'s' if decks != 1 else ''}", file=sys.stderr)
    return 0
