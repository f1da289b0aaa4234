"""`quizgen draft SOURCE... -o decks/NEW.yaml`: draft a deck of candidate facts from documents."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "draft",
        help="draft a deck of candidate facts from articles (text, Markdown, HTML, PDF)",
        description="Read source documents and write a deck of candidate facts to curate: sentences that "
        "state checkable facts, with blanks on names, dates, numbers, titles and key terms. The same fact "
        "in several documents becomes one fact citing each of them. List the most reliable document "
        "first: its wording wins close calls. Works offline.",
    )
    parser.add_argument("sources", metavar="SOURCE", nargs="+", type=Path,
                        help="documents: .txt, .md, .html/.htm or .pdf")
    parser.add_argument("-o", "--output", metavar="DECK", type=Path, required=True,
                        help="the deck file to write (.yaml); never overwritten without --force")
    parser.add_argument("--force", action="store_true", help="replace DECK if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.core.deckfile import load_decks
    from quizgen.core.problems import InputError, Problem
    from quizgen.draft.drafter import draft
    from quizgen.draft.writer import render_deck, write_atomically

    output: Path = args.output
    if output.exists() and not args.force:
        raise InputError([Problem(output, None, None, "already exists; drafting never overwrites a deck.",
                                  "pass --force to replace it, or choose another -o file.")])
    result = draft(args.sources)
    if not result.facts:
        raise InputError([Problem(args.sources[0], None, None, "found no sentence stating a checkable fact.",
                                  "draft from the article's text; menus, captions and questions are skipped.")])

    def validate(path: Path) -> None:
        # The draft must load as a deck; a failure here is a drafting bug, and nothing is written.
        # The problems name the deck being written (line and field as found), not the temporary file.
        try:
            load_decks([path], with_warnings=False)
        except InputError as error:
            raise InputError([Problem(output, p.line, p.field, f"the drafted deck would not load, so nothing was "
                                      f"written (a drafting bug): {p.message}", "please report it with the sources.")
                              for p in error.problems]) from None

    write_atomically(output, render_deck(result, output), force=args.force, validate=validate)
    merged = f", {result.merged} merged across sources" if len(result.sources) > 1 else ""
    print(f"wrote {output}: {len(result.facts)} candidate facts from {result.sentences} sentences"
          f"{merged}, {len(result.skipped)} sentences left out", file=sys.stderr)
    print(f"next: curate it, then run `quizgen check {output}`", file=sys.stderr)
    return 0
