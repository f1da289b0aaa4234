"""`quizgen add PATH...`, `quizgen remove PATH...`, `quizgen library [--json]`: the decks you study.

The library (quizgen.study.library) is what `study`, `stats` and `export anki` use when no DECK is
named. Adding checks each path first (a deck file or a folder of them; anything else: one line and
exit 2, nothing changed); removing never touches the study history.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.study.catalog import DeckInfo


def register(subparsers: argparse._SubParsersAction) -> None:
    add = subparsers.add_parser(
        "add", help="add decks to your library",
        description="Add deck files (.yaml) or folders of them to your library: what `quizgen study`, "
        "`stats` and `export anki` use when no DECK is named. Paths are kept absolute; a folder stands "
        "for the deck files in it at each start.")
    add.add_argument("paths", metavar="PATH", nargs="+", type=Path, help="deck files or folders of them")
    add.set_defaults(func=run_add)
    remove = subparsers.add_parser(
        "remove", help="remove decks from your library (their history stays)",
        description="Remove deck files or folders from your library. Their study history stays in the "
        "collection: add them again and it is there.")
    remove.add_argument("paths", metavar="PATH", nargs="+", type=Path, help="entries of the library")
    remove.set_defaults(func=run_remove)
    listing = subparsers.add_parser(
        "library", help="list the decks of your library and whether each can be studied",
        description="List the library's decks: ok (title, id, facts; and the broken facts `study` leaves "
        "out, if any, with the first one's problem), missing (moved or deleted) or error (the deck cannot be "
        "read: its first problem). Exit status 0 either way.")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    listing.set_defaults(func=run_library)


def run_add(args: argparse.Namespace) -> int:
    from quizgen.core.deckfile import load_deck
    from quizgen.core.pinids import unpinned_ids_note
    from quizgen.study.library import Library

    library = Library.load()
    updated, notes = library.added(args.paths)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    if updated.entries == library.entries:
        return 0
    updated.save()
    new = [entry for entry in updated.entries if entry not in library.entries]
    read = Library(updated.path, tuple(new)).read(skip_broken_facts=True)  # as `study` will read it
    for row in read.rows:
        if row.status == "ok":
            assert row.deck is not None
            print(f"added {row.path}: {row.deck.title} ({row.deck.fact_count} facts){_left_out(row.deck)}")
            note = unpinned_ids_note(load_deck(row.path))
            if note is not None:
                print(note, file=sys.stderr)
        else:
            print(f"added {row.path}, but it cannot be studied until fixed: {row.problem}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from quizgen.study.library import Library

    library = Library.load()
    updated = library.removed(args.paths)
    updated.save()
    for entry in library.entries:
        if entry not in updated.entries:
            print(f"removed {entry} (its study history stays in the collection)")
    return 0


def run_library(args: argparse.Namespace) -> int:
    from quizgen.core.deckfile import default_decks_dir
    from quizgen.commands.processes import deck_processes
    from quizgen.study.library import Library

    library = Library.load()
    read = library.read(processes=deck_processes(), skip_broken_facts=True)  # as `study` reads it
    if args.json:
        json.dump({
            "file": str(library.path),
            "entries": [str(entry) for entry in library.entries],
            "decks": [{"path": str(row.path), "status": row.status,
                       "id": row.deck.id if row.deck else None, "title": row.deck.title if row.deck else None,
                       "facts": row.deck.fact_count if row.deck else None, "problems": list(row.problems),
                       "skipped_facts": row.deck.skipped_facts if row.deck else 0,
                       "skipped": [str(p) for p in row.deck.skipped] if row.deck else []}
                      for row in read.rows],
        }, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    if not library.entries:
        print(f"The library ({library.path}) is empty: `quizgen study` uses the bundled deck "
              f"({default_decks_dir()}). Add yours with `quizgen add PATH...`.")
        return 0
    broken = len(read.broken)
    print(f"Library ({library.path}): {len(read.rows)} deck{'s' if len(read.rows) != 1 else ''}"
          + (f", {broken} that cannot be studied" if broken else ""))
    for row in read.rows:
        if row.deck is not None:
            print(f"  ok       {row.path}  {row.deck.title} (id {row.deck.id}, {row.deck.fact_count} facts)"
                  f"{_left_out(row.deck)}")
        else:
            print(f"  {row.status:<8} {row.problem}")  # the problem starts with the path
    return 0


def _left_out(deck: DeckInfo) -> str:
    """What `study` leaves out of a deck with broken facts, and the first one's problem ("" if none)."""
    if not deck.skipped:
        return ""
    from quizgen.study.library import skipped_text

    return f"; studied without {skipped_text(deck)} until fixed: {deck.skipped[0]}"
