"""Arguments shared by commands: the decks to read (and the two ways to read them), the study collection."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from quizgen.commands.processes import deck_processes
from quizgen.core.deckfile import DeckSet, default_decks_dir, load_decks

if TYPE_CHECKING:
    from quizgen.core.problems import Problem
    from quizgen.study.catalog import Catalog
    from quizgen.study.library import Library, LibraryRow

#: What the deck arguments say when none is named.
DEFAULT_DECKS_HELP = "; default: your library (`quizgen add`), else the bundled deck"


def add_deck_arguments(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("decks", metavar="DECK", nargs="+" if required else "*", type=Path,
                        help="deck files (.yaml) or folders of them" + ("" if required else DEFAULT_DECKS_HELP))
    parser.add_argument("--allow-outside", action="append", default=[], type=Path, metavar="DIR",
                        help="let the decks' `image:` and `file:` name files in DIR too (default: only files "
                        "in each deck's own folder and below; repeat for several; see docs/safety.md)")


def add_decks_dir_argument(parser: argparse.ArgumentParser) -> None:
    """`--decks DIR`: the folder of decks used when no DECK is named (default: the bundled decks/)."""
    parser.add_argument("--decks", dest="decks_dir", type=Path, metavar="DIR",
                        help="folder of deck files to use when no DECK is given (default: your library, else the bundled deck)")


def library_in_use(args: argparse.Namespace) -> Library | None:
    """The learner's library when no DECK (nor --decks DIR) is named and it is not empty, else None."""
    if list(getattr(args, "decks", None) or ()) or getattr(args, "decks_dir", None):
        return None
    from quizgen.study.library import Library

    library = Library.load()
    return library if library.entries else None


def deck_paths(args: argparse.Namespace) -> list[Path]:
    """The deck files and folders named on the command line, else --decks DIR, else the library's
    entries, else the bundled decks."""
    named = list(getattr(args, "decks", None) or ())
    if named:
        return named
    if getattr(args, "decks_dir", None):
        return [args.decks_dir]
    library = library_in_use(args)
    return list(library.entries) if library is not None else [default_decks_dir()]


def read_catalog(args: argparse.Namespace, *, skip_broken_facts: bool = False) -> Catalog:
    """The cards of the named decks (else the library's, else the bundled) through the card cache,
    for commands that need every deck to check (orphans, suspended); errors raise InputError.
    `skip_broken_facts`: as `load_catalog`'s (only `study` asks for it)."""
    from quizgen.study.cardcache import load_catalog

    return load_catalog(deck_paths(args), allow_outside=getattr(args, "allow_outside", ()),
                        processes=deck_processes(), skip_broken_facts=skip_broken_facts)


def read_study_catalog(args: argparse.Namespace, *, skip_broken_facts: bool = False
                       ) -> tuple[Catalog, tuple[LibraryRow, ...]]:
    """The catalog for study and stats: the named decks (errors raise InputError), else the library's
    decks that check and a row for each that does not (moved, deleted, in error), else the bundled.
    `skip_broken_facts` (study): a deck whose errors are all in some facts is read without them
    (`DeckInfo.skipped` says which), not left out."""
    library = library_in_use(args)
    if library is None:
        return read_catalog(args, skip_broken_facts=skip_broken_facts), ()
    read = library.read(allow_outside=getattr(args, "allow_outside", ()), processes=deck_processes(),
                        skip_broken_facts=skip_broken_facts)
    return read.catalog, read.broken


def read_decks(args: argparse.Namespace, *, print_warnings: bool = True, summarize: bool = False,
               cached_seed: int | None = None) -> DeckSet:
    """Load the decks named on the command line (else the library's, else the bundled), for commands
    that need their facts too (their cards: `Catalog.generate(deck_set.decks)`); warnings go to
    stderr (with `summarize`, their count in one line: `print_warning_summary`), errors raise
    InputError. From the library, a deck that cannot be read is left out with a warning that says why.
    `cached_seed`: each deck comes from its card-cache entry for that seed where it is current
    (`cardcache.deck_reader`: the same deck, no YAML read), else from its file."""
    allow_outside = getattr(args, "allow_outside", ())
    read = None
    if cached_seed is not None:
        from quizgen.study.cardcache import deck_reader

        read = deck_reader(cached_seed)
    library = library_in_use(args)
    if library is None:
        deck_set = load_decks(deck_paths(args), with_warnings=print_warnings, allow_outside=allow_outside, read=read)
    else:
        deck_set, broken = library.read_decks(allow_outside=allow_outside, with_warnings=print_warnings, read=read)
        for row in broken:
            print(f"warning: left out ({row.status}): {row.problem}", file=sys.stderr)
        if not deck_set.decks:
            from quizgen.core.problems import InputError, Problem

            raise InputError([Problem(library.path, None, None, "no deck of the library can be read.",
                                      "`quizgen library` shows why; fix the decks or name some.")])
    if print_warnings and summarize:
        print_warning_summary(deck_set.warnings)
    elif print_warnings:
        for warning in deck_set.warnings:
            print(warning, file=sys.stderr)
    return deck_set


def print_warning_summary(warnings: Sequence[Problem]) -> None:
    """One line on stderr counting the decks' warnings and notes, for the commands that make
    something of the decks (`cards`, `export anki`): `check` and `lint` are where they are read."""
    if not warnings:
        return
    from quizgen.core.problems import Severity

    notes = sum(1 for warning in warnings if warning.severity is Severity.NOTE)
    counts = [f"{count} {word}{'s' if count != 1 else ''}"
              for count, word in ((len(warnings) - notes, "warning"), (notes, "note")) if count]
    files = list(dict.fromkeys(str(warning.file) for warning in warnings))
    named = " ".join(shlex.quote(name) for name in files) if len(files) <= 3 else "DECK..."
    print(f"note: {' and '.join(counts)} about the decks (weak or missing cards): run `quizgen check {named}` "
          "to read them", file=sys.stderr)


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the study collection (default: $QUIZGEN_DB, else collection.sqlite3 in the user data dir)",
    )


def resolve_db(args: argparse.Namespace) -> Path:
    """The collection named by --db, else the default one (`quizgen.study.store.default_db_path`)."""
    from quizgen.study.store import default_db_path

    db = getattr(args, "db", None)
    return Path(db).expanduser() if db else default_db_path()
