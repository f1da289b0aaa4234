"""`quizgen import FILE... -o decks/NEW.yaml`: turn Anki packages, Moodle banks, Quizlet sets, CSV
and Markdown flashcards into quizgen decks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizgen.commands._decks import add_db_argument
from quizgen.core.controls import visible


def register(subparsers: argparse._SubParsersAction) -> None:
    from quizgen.importers import KINDS

    parser = subparsers.add_parser(
        "import",
        help="import Anki packages, Moodle GIFT/XML banks, Quizlet sets, CSV/TSV and Markdown flashcards",
        description="Read flashcards or questions made elsewhere and write quizgen decks (commented YAML that "
        "passes `quizgen check`). Anki: .apkg/.colpkg (one deck per Anki deck, or --flatten; images copied "
        "beside the deck; --with-history brings your reviews). Moodle: GIFT (.gift/.txt) and XML. Quizlet "
        "exports (.txt), CSV/TSV with a header row or --columns, Markdown Q:/A: and cloze cards. What cannot "
        "be represented is listed in the deck file. Never overwrites without --force.",
    )
    parser.add_argument("files", metavar="FILE", nargs="+", type=Path, help="files to import")
    parser.add_argument("-o", "--output", metavar="DECK", type=Path, required=True,
                        help="the deck file to write (.yaml); sub-decks go to DECK-<name>.yaml beside it")
    parser.add_argument("--force", action="store_true", help="replace existing deck files")
    parser.add_argument("--flatten", action="store_true",
                        help="one deck for everything (Anki sub-decks become tags)")
    parser.add_argument("--from", dest="kind", choices=sorted(KINDS), help="the kind of file (default: guessed)")
    parser.add_argument("--columns", metavar="NAMES",
                        help="CSV/TSV without a header row: the columns in order, e.g. question,answer,tags "
                        "(names: question, answer, text, alternatives, distractors, tags, note, id, image, skip)")
    parser.add_argument("--separator", metavar="TEXT",
                        help="Quizlet: the text between term and definition (default: a tab)")
    parser.add_argument("--card-separator", metavar="TEXT",
                        help="Quizlet: the text between cards (default: a line break)")
    parser.add_argument("--with-history", action="store_true",
                        help="Anki: also bring each card's review log into the study collection (--db)")
    add_db_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.importers import ImportOptions
    from quizgen.importers.run import import_files

    options = ImportOptions(
        flatten=args.flatten,
        columns=_columns(args.columns),
        separator=_unescape(args.separator),
        card_separator=_unescape(args.card_separator),
        kind=args.kind,
    )
    report = import_files(args.files, args.output, options, force=args.force,
                          with_history=args.with_history, db=args.db)
    for line in report.lines:
        print(visible(line), file=sys.stderr)  # names and texts from the imported files
    return 0


def _columns(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    return tuple(name.strip().lower() for name in text.split(","))


def _unescape(text: str | None) -> str | None:
    """`\\t` and `\\n` as typed on a command line mean a tab and a line break."""
    if text is None:
        return None
    return text.replace("\\t", "\t").replace("\\n", "\n")
