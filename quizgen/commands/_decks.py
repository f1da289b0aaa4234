"""Arguments shared by commands that read decks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizgen.core.deckfile import DeckSet, default_decks_dir, load_decks


def add_deck_arguments(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("decks", metavar="DECK", nargs="+" if required else "*", type=Path,
                        help="deck files (.yaml) or folders of them" + ("" if required else
                        "; default: the bundled decks/ folder"))


def read_decks(args: argparse.Namespace, *, print_warnings: bool = True) -> DeckSet:
    """Load the decks named on the command line; warnings go to stderr, errors raise InputError."""
    paths = list(args.decks) or [getattr(args, "decks_dir", None) or default_decks_dir()]
    deck_set = load_decks(paths, with_warnings=print_warnings)
    if print_warnings:
        for warning in deck_set.warnings:
            print(warning, file=sys.stderr)
    return deck_set
