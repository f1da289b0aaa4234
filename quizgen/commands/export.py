"""`quizgen export FORMAT ...`: write decks to other tools. `export anki` is the first format.

    quizgen export anki [DECK...] -o FILE.apkg [--parent NAME] [--with-history [--db PATH]] [--seed N]

Without DECK: the library's decks (`quizgen add`; a deck that cannot be read is left out with a
warning), else the bundled deck.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Sequence

from quizgen.commands._decks import add_deck_arguments, print_warning_summary, read_decks, resolve_db
from quizgen.core.generator import DEFAULT_SEED
from quizgen.core.model import Deck
from quizgen.core.problems import InputError, Problem
from quizgen.files import make_folder


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export decks to other tools (Anki)",
                                   description="Export decks to other tools.")
    formats = parser.add_subparsers(title="formats", metavar="FORMAT", required=True)
    anki = formats.add_parser(
        "anki", help="write an Anki package (.apkg)",
        description="Write decks as an Anki package: one Anki deck per quizgen deck, a cloze note per fact "
        "(one card per blank) and an MCQ note per blank. Re-importing an edited deck updates the notes in "
        "place. Set SOURCE_DATE_EPOCH for a reproducible file.",
    )
    add_deck_arguments(anki)
    anki.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.apkg", help="the package to write")
    anki.add_argument("--parent", metavar="NAME", help="nest the decks under this Anki deck (NAME::Title)")
    anki.add_argument("--with-history", action="store_true",
                      help="carry your quizgen study progress (FSRS state, due dates, review log) into the package")
    anki.add_argument("--db", type=Path, metavar="PATH",
                      help="the study collection to read with --with-history "
                      "(default: $QUIZGEN_DB, else collection.sqlite3 in the user data dir)")
    anki.add_argument("--seed", type=int, default=DEFAULT_SEED,
                      help=f"seed for the MCQ options' listed order (default {DEFAULT_SEED})")
    anki.set_defaults(func=run_anki, pause_gc=True)  # many acyclic objects: see quizgen.commands.gcpolicy


def _check_output(path: Path) -> None:
    if path.is_dir():
        raise InputError([Problem(path, None, "--output", "is a folder.", "give a file name such as decks.apkg.")])


def _check_parent(parent: str | None) -> str | None:
    if parent is None:
        return None
    cleaned = "::".join(part.strip() for part in parent.split("::"))
    if not cleaned or any(not part for part in cleaned.split("::")):
        raise InputError([Problem("--parent", None, None, f"'{parent}' is not a deck name.",
                                  "use a name like 'Space' or 'School::Space'.")])
    return cleaned


def _warn_shared_titles(decks: Sequence[Deck]) -> None:
    """Anki matches decks by name on import: two quizgen decks with one title would merge."""
    by_title: dict[str, list[Deck]] = {}
    for deck in decks:
        by_title.setdefault(deck.title, []).append(deck)
    for title, same in by_title.items():
        if len(same) > 1:
            files = ", ".join(str(deck.path) for deck in same)
            print(f"warning: {files} share the title '{title}': Anki will put their cards in one deck. "
                  "Fix: give each deck its own title.", file=sys.stderr)


def run_anki(args: argparse.Namespace) -> int:
    from quizgen.export import build_timestamp
    from quizgen.export.anki import export_anki
    from quizgen.export.anki.reading import open_history
    from quizgen.study.cardcache import checked_parts
    from quizgen.study.catalog import Catalog

    now = datetime.now(UTC)
    output: Path = args.output
    _check_output(output)
    parent = _check_parent(args.parent)
    timestamp = build_timestamp(now)
    # The decks, their cards and their warnings come from the card cache where the study (or an
    # earlier export) left them current: an export after studying neither reads the YAML, nor
    # generates, nor plans the decks again.
    deck_set = read_decks(args, print_warnings=False, cached_seed=args.seed)
    parts, warnings = checked_parts(deck_set.decks, seed=args.seed, allow_outside=getattr(args, "allow_outside", ()))
    print_warning_summary(warnings)  # `check` shows them
    _warn_shared_titles(deck_set.decks)
    cards = Catalog(parts).cards()
    with contextlib.ExitStack() as stack:
        history = None
        if args.with_history:  # the collection stays open while the answers stream into the package
            history = stack.enter_context(open_history(args.db, [card.id for card in cards]))
        elif args.db is not None:
            print("note: --db is only read with --with-history", file=sys.stderr)
        make_folder(output.parent)  # a missing folder is made, as for every output
        summary = export_anki(deck_set.decks, cards, output, timestamp=timestamp, parent=parent,
                              history=history, now=now)
    line = (f"wrote {output}: {summary.decks} deck(s), {summary.notes} notes, {summary.cards} cards, "
            f"{summary.media} media file(s)")
    if history is not None:
        line += f", progress for {summary.cards_with_history} cards, {summary.revlog_rows} reviews"
    print(line, file=sys.stderr)
    if history is not None and not summary.cards_with_history:
        print(f"warning: the collection {resolve_db(args)} holds no study progress for these cards, so the "
              "package carries none. Fix: name the collection you study with (--db PATH or $QUIZGEN_DB), "
              "or study the decks first.", file=sys.stderr)
    return 0
