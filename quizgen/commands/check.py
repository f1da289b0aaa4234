"""`quizgen check DECK...`: validate decks; errors exit 2, warnings (weak cards) exit 0."""

from __future__ import annotations

import argparse
import sys

from quizgen.commands._decks import add_deck_arguments, read_decks
from quizgen.core.model import Deck
from quizgen.core.problems import Problem, Severity


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


def unpinned_ids_note(deck: Deck) -> Problem | None:
    """A note for a deck with facts without `id:`: their ids follow their answers (docs/decks.md, "Ids")."""
    unpinned = [fact for fact in deck.facts if not fact.id_declared]
    if not unpinned:
        return None
    count = f"{len(unpinned)} fact{'s have' if len(unpinned) > 1 else ' has'} no `id:`"
    return Problem(deck.path, unpinned[0].line, "facts",
                   f"{count} (the first: `{unpinned[0].id}`), so {'their ids follow their' if len(unpinned) > 1 else 'its id follows its'} "
                   "answers: correcting an answer would start its cards afresh and make a new Anki note.",
                   f"`quizgen ids {deck.path}` writes the ids they have now into the file, once.", Severity.NOTE)
