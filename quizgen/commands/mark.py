"""`quizgen mark SCANS... -o RESULTS`: read scanned answer sheets and grade them; `--review` settles what was flagged."""

from __future__ import annotations

import argparse
from pathlib import Path

from quizgen.core.problems import InputError, Problem


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "mark",
        help="mark scanned answer sheets (from `quizgen quiz --answer-sheet`): grades, annotated PDFs, marks.csv",
        description="Read scanned answer sheets (PDFs or images; any order, any way up, skewed, phone photos of "
        "a flat page) and write RESULTS/grades.csv and grades.xlsx, one annotated PDF per student, and "
        "marks.csv for `quizgen results`. What cannot be read with confidence is flagged, never guessed: "
        "settle it with `quizgen mark --review -o RESULTS`. Exit status 2 while anything needs the teacher.",
    )
    parser.add_argument("scans", nargs="*", type=Path, metavar="SCANS",
                        help="scanned PDFs, images, or folders of them")
    parser.add_argument("-o", "--output", metavar="RESULTS", type=Path, required=True,
                        help="folder for the results (created if missing; its files are replaced)")
    parser.add_argument("--quiz", type=Path, metavar="QUIZ.JSON",
                        help="the quiz.json `quizgen quiz` wrote beside the sheets (or its folder)")
    parser.add_argument("--review", action="store_true",
                        help="settle the flagged items of RESULTS in the terminal, then write the final grades")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.review:
        from quizgen.sheet.review import run_review

        if args.scans:
            raise InputError([Problem(args.scans[0], None, None, "--review works on RESULTS alone.",
                                      "run `quizgen mark --review -o RESULTS` without scans.")])
        return run_review(args.output)
    if not args.scans or args.quiz is None:
        missing = "scans to mark" if not args.scans else "--quiz QUIZ.JSON"
        raise InputError([Problem("quizgen mark", None, None, f"needs {missing}.",
                                  "run `quizgen mark SCANS... --quiz OUTDIR/quiz.json -o RESULTS`.")])
    if args.output.exists() and not args.output.is_dir():
        raise InputError([Problem(args.output, None, None, "is a file, not a folder.", "name a folder for -o.")])
    from quizgen.quiz import manifest
    from quizgen.sheet.marking import mark
    from quizgen.sheet.report import set_problem, summary, write_results

    unswappable = set_problem(args.output)  # the results are swapped in whole (see quizgen.files.write_set)
    if unswappable:
        raise InputError([unswappable])
    quiz = manifest.load(args.quiz)
    marked, images = mark(args.scans, quiz, str(args.quiz.resolve()))  # --review may run from elsewhere
    write_results(args.output, marked, quiz, images)
    return summary(marked, args.output)

