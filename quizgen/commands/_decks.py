"""Arguments shared by commands: the decks to read (and the two ways to read them), the study collection."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.core.deckfile import DeckSet, default_decks_dir, load_decks

if TYPE_CHECKING:
    from quizgen.study.catalog import Catalog


def add_deck_arguments(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("decks", metavar="DECK", nargs="+" if required else "*", type=Path,
                        help="deck files (.yaml) or folders of them" + ("" if required else
                        "; default: the bundled decks/ folder"))
    parser.add_argument("--allow-outside", action="append", default=[], type=Path, metavar="DIR",
                        help="let the decks' `image:` and `file:` name files in DIR too (default: only files "
                        "in each deck's own folder and below; repeat for several; see docs/safety.md)")


def add_decks_dir_argument(parser: argparse.ArgumentParser) -> None:
    """`--decks DIR`: the folder of decks used when no DECK is named (default: the bundled decks/)."""
    parser.add_argument("--decks", dest="decks_dir", type=Path, metavar="DIR",
                        help="folder of deck files to use when no DECK is given (default: the bundled decks/)")


def deck_paths(args: argparse.Namespace) -> list[Path]:
    """The deck files and folders named on the command line (else --decks DIR, else the bundled decks)."""
    return list(args.decks) or [getattr(args, "decks_dir", None) or default_decks_dir()]


def read_catalog(args: argparse.Namespace) -> Catalog:
    """The cards of the named decks through the card cache, for commands that need their ids and a few
    cards (study, stats, orphans, suspended); errors raise InputError."""
    from quizgen.study.cardcache import load_catalog

    return load_catalog(deck_paths(args), allow_outside=getattr(args, "allow_outside", ()))


def read_decks(args: argparse.Namespace, *, print_warnings: bool = True) -> DeckSet:
    """Load the decks named on the command line, for commands that need their facts too (their
    cards: `Catalog.generate(deck_set.decks)`); warnings go to stderr, errors raise InputError."""
    deck_set = load_decks(deck_paths(args), with_warnings=print_warnings,
                          allow_outside=getattr(args, "allow_outside", ()))
    if print_warnings:
        for warning in deck_set.warnings:
            print(warning, file=sys.stderr)
    return deck_set


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
