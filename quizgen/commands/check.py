"""`quizgen check DECK...`: validate decks; errors exit 2, warnings (weak cards) exit 0."""

from __future__ import annotations

import argparse
import sys

from quizgen.commands._decks import add_deck_arguments, read_decks
from quizgen.core.pinids import unpinned_ids_note
from quizgen.core.problems import Severity


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="validate deck files",
                                   description="Validate deck files. Every problem names the file, line and "
                                   "field and says how to fix it. Exit status: 0 valid (warnings are printed), "
                                   "2 invalid.")
    add_deck_arguments(parser, required=True)
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1; notes, such as a blank given three options, are not counted)")
    parser.set_defaults(func=run, pause_gc=True)  # many acyclic objects: see quizgen.commands.gcpolicy


def run(args: argparse.Namespace) -> int:
    deck_set = read_decks(args)
    facts = sum(len(d.facts) for d in deck_set.decks)
    blanks = sum(len(f.blanks) for d in deck_set.decks for f in d.facts)
    noun = "deck" if len(deck_set.decks) == 1 else "decks"
    warnings = [w for w in deck_set.warnings if w.severity is not Severity.NOTE]
    unpinned = [note for note in map(unpinned_ids_note, deck_set.decks) if note is not None]
    for note in unpinned:
        print(note, file=sys.stderr)
    notes = len(deck_set.warnings) - len(warnings) + len(unpinned)
    print(f"ok: {len(deck_set.decks)} {noun}, {facts} facts, {blanks} blanks, "
          f"{len(warnings)} warning(s)" + (f", {notes} note(s)" if notes else ""))
    return 1 if args.strict and warnings else 0

