"""`quizgen results FILE...`: item analysis of what a class answered, mapped back to decks and facts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizgen.core.controls import visible
from quizgen.core.problems import InputError, Problem


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "results",
        help="item analysis of a class's answers (Moodle, Canvas, Kahoot, quizgen marks)",
        description="Read what a class answered to a quiz quizgen made (Moodle's Responses report as CSV or "
        "xlsx, Canvas's Student Analysis CSV, Kahoot's results spreadsheet, quizgen's marks.csv) and report, "
        "per question, facility, discrimination (point-biserial, upper-lower 27%) and option pick rates, and "
        "for the test the score distribution and KR-20. With --deck, the figures are kept beside each deck "
        "for `quizgen lint` and `quizgen quiz --select weakest`.",
    )
    parser.add_argument("files", metavar="FILE", nargs="+", type=Path, help="results files (several: one class)")
    parser.add_argument("--quiz", type=Path, metavar="QUIZ.JSON",
                        help="the quiz manifest `quizgen quiz` wrote (default: quiz.json beside the first FILE)")
    parser.add_argument("--deck", action="append", default=[], type=Path, metavar="DECK",
                        help="the deck files of the quiz: keep the figures beside them (DECK.results.json)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    parser.add_argument("--html", type=Path, metavar="FILE.html", help="also write an HTML report with charts")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.core.deckfile import load_decks
    from quizgen.quiz import manifest as quiz_manifest
    from quizgen.files import write_atomic
    from quizgen.results import figures, report
    from quizgen.results.analysis import analyse
    from quizgen.results.read import read_all

    quiz_path = args.quiz or args.files[0].parent / quiz_manifest.FILE_NAME
    if args.quiz is None and not quiz_path.exists():
        raise InputError([Problem(args.files[0], None, "--quiz", f"no quiz.json beside it ({quiz_path}).",
                                  "give the quiz manifest with --quiz OUTDIR/quiz.json.")])
    manifest = quiz_manifest.load(quiz_path)
    decks = load_decks(args.deck).decks if args.deck else []
    unknown = [d for d in decks if d.id not in manifest.decks]
    if unknown:
        raise InputError([Problem(d.path, None, "--deck", f"deck '{d.id}' is not in quiz {manifest.quiz_id} "
                                  f"(its decks: {', '.join(manifest.decks)}).", "give the quiz's own decks.")
                          for d in unknown])
    analysis = analyse(manifest, read_all(args.files, manifest))
    # Everything is read and computed before anything is written.
    if args.html:
        args.html.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(args.html, report.html_report(analysis).encode())
    written = figures.record(analysis, decks)
    sys.stdout.write(report.json_report(analysis) if args.json else visible(report.text_report(analysis)))
    for path in written:
        print(f"kept the figures in {path}", file=sys.stderr)
    if not decks:
        print("note: figures not kept (give --deck DECK... to keep them for `quizgen lint` and "
              "`quizgen quiz --select weakest`).", file=sys.stderr)
    return 0
