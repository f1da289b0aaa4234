"""`quizgen quiz DECK... -o OUTDIR`: class quizzes with seeded versions, answer keys and LMS exports."""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from pathlib import Path

from quizgen.commands._decks import add_deck_arguments, read_decks
from quizgen.core.controls import visible
from quizgen.core.generator import DEFAULT_SEED
from quizgen.core.model import CardKind
from quizgen.core.problems import InputError, Problem, Severity

#: --format names and the module under quizgen.quiz that writes each.
FORMATS = {
    "pdf": "pdf",
    "html": "html",
    "md": "markdown",
    "gift": "gift",
    "moodle": "moodle_xml",
    "qti": "qti",
    "kahoot": "kahoot",
    "quizlet": "quizlet",
}


#: The names of every file `quiz` writes: a folder's old set, replaced whole by the new one (other
#: files in the folder are kept). tests/hostile/test_atomic.py checks each written name matches.
SET_FILE = re.compile(r"quiz\.json|(quiz-[A-Z]|answer-key)\.(pdf|html|md)|answer-sheets?(-[A-Z])?\.pdf"
                      r"|quiz\.(gift\.txt|moodle\.xml|qti\.zip|kahoot\.xlsx|quizlet\.txt)")


def _choices(allowed: list[str], what: str):  # type: ignore[no-untyped-def]
    def parse(text: str) -> list[str]:
        values = [v.strip() for v in text.split(",") if v.strip()]
        unknown = [v for v in values if v not in allowed]
        if unknown or not values:
            raise argparse.ArgumentTypeError(
                f"unknown {what} {', '.join(unknown) or repr(text)}; choose from {','.join(allowed)}"
            )
        return values

    return parse


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _versions(text: str) -> int:
    value = _positive(text)
    if value > 26:
        raise argparse.ArgumentTypeError(f"at most 26 versions (A-Z), got {value}")
    return value


def _points(text: str) -> list[tuple[str, int]]:
    """`mcq=1,cloze=2` (or one number for both kinds)."""
    kinds = [k.value for k in CardKind]
    if text.strip().isdigit():
        return [(kind, int(text)) for kind in kinds]
    pairs = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        kind, _, value = part.partition("=")
        if kind.strip() not in kinds or not value.strip().isdigit() or int(value) < 1:
            raise argparse.ArgumentTypeError(f"expected KIND=POINTS for kinds {','.join(kinds)} "
                                             f"(e.g. mcq=1,cloze=2), got {part!r}")
        pairs.append((kind.strip(), int(value)))
    return pairs


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "quiz",
        help="make a class quiz: versions, printable sheets, answer key, LMS exports",
        description="Make a class quiz from decks: n questions (at most one per fact), versions A, B, C... "
        "with shuffled question and option order, a PDF/HTML/Markdown sheet per version, one answer key, "
        "and Moodle (GIFT, XML), Canvas (QTI), Kahoot and Quizlet files. The same decks and --seed give "
        "byte-identical files.",
    )
    add_deck_arguments(parser, required=True)
    parser.add_argument("-o", "--output", metavar="OUTDIR", type=Path, required=True,
                        help="folder to write the files to (created if missing)")
    parser.add_argument("-n", type=_positive, default=20, help="number of questions (default 20)")
    parser.add_argument("--versions", type=_versions, default=3, help="number of versions, A, B, C... (default 3)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    kinds = [k.value for k in CardKind]
    parser.add_argument("--kinds", type=_choices(kinds, "kind"), default=None, metavar="KINDS",
                        help="question kinds, comma-separated: mcq,cloze (default both; mcq when the only "
                        "format is kahoot, which takes multiple choice only)")
    parser.add_argument("--tag", action="append", default=[], metavar="TAG",
                        help="only facts with this tag (repeat for any of several tags)")
    parser.add_argument("--title", help="title printed on the sheets (default: the deck titles)")
    parser.add_argument("--format", type=_choices(list(FORMATS), "format"), default=list(FORMATS),
                        metavar="FORMATS", help=f"output formats, comma-separated: {','.join(FORMATS)} (default all)")
    parser.add_argument("--points", type=_points, default=[], metavar="SPEC",
                        help="points per question: one number, or per kind as mcq=1,cloze=2 (default 1 each)")
    parser.add_argument("--instructions", metavar="TEXT", help="instructions printed on the sheets "
                        "(default: how to answer; the number of questions and points is always added)")
    parser.add_argument("--answer-grid", action="store_true",
                        help="students answer on a separate answer grid (the last page of each sheet)")
    parser.add_argument("--font-dir", action="append", default=[], type=Path, metavar="FOLDER",
                        help="a folder of extra fonts for the PDF, for characters Noto Serif lacks "
                        "(e.g. Noto Sans CJK for Japanese); repeat for several")
    parser.add_argument("--select", choices=["random", "weakest"], default="random",
                        help="which facts to ask: random (default), or weakest first: those the class did "
                        "worst on in `quizgen results` (a fact never answered counts as 50%%)")
    parser.add_argument("--skip-known", action="store_true",
                        help="leave out facts (nearly) everyone knew in past results "
                        "(facility of 95%% or more)")
    parser.add_argument("--answer-sheet", action="store_true",
                        help="also write machine-readable answer sheets (answer-sheet-X.pdf) for `quizgen mark`")
    parser.add_argument("--copies", type=_positive, metavar="N",
                        help="with --answer-sheet: N numbered copies in answer-sheets.pdf, versions A, B, C... in turn")
    parser.set_defaults(func=run, pause_gc=True)  # many acyclic objects: see quizgen.commands.gcpolicy


def run(args: argparse.Namespace) -> int:
    from quizgen.files import make_folder, set_swap_problem, write_set
    from quizgen.quiz.build import QuizSettings, build_quiz
    from quizgen.study.catalog import Catalog

    if args.output.exists() and not args.output.is_dir():
        raise InputError([Problem(args.output, None, None, "is a file, not a folder.", "name a folder for -o.")])
    unswappable = set_swap_problem(args.output, SET_FILE.fullmatch)
    if unswappable:  # the set is swapped in whole (see quizgen.files.write_set)
        raise InputError([Problem(args.output, None, "--output", f"{unswappable}.",
                                  "name a folder of the quiz's own, e.g. -o quiz/.")])
    if args.kinds is None:
        args.kinds = ["mcq"] if args.format == ["kahoot"] else [k.value for k in CardKind]
    deck_set = read_decks(args, print_warnings=False)
    cards = Catalog.generate(deck_set.decks, seed=args.seed).cards()
    from quizgen.quiz.build import SheetOptions

    for folder in args.font_dir:
        if not folder.is_dir():
            raise InputError([Problem(folder, None, "--font-dir", "is not a folder.", "name a folder of font files.")])
    points = {CardKind.MCQ: 1, CardKind.CLOZE: 1} | {CardKind(k): p for k, p in args.points}
    settings = QuizSettings(n=args.n, versions=args.versions, seed=args.seed,
                            kinds=frozenset(CardKind(k) for k in args.kinds), tags=frozenset(args.tag),
                            title=args.title and visible(args.title), points=tuple(sorted(points.items())),
                            sheet=SheetOptions(args.instructions and visible(args.instructions), args.answer_grid,
                                               tuple(args.font_dir)))
    facility = None
    if args.select == "weakest" or args.skip_known:
        from quizgen.results.figures import facility_by_fact

        facility = facility_by_fact(deck_set.decks)
    quiz = build_quiz(deck_set.decks, cards, settings, facility=facility, select=args.select,
                      skip_known=args.skip_known)
    if not quiz.questions:
        filters = f" with tag {' or '.join(args.tag)}" if args.tag else ""
        raise InputError([Problem(deck.path, None, None, f"no {'/'.join(args.kinds)} question{filters} "
                                  "can be made from this deck.", "check --tag and --kinds against the deck.")
                          for deck in deck_set.decks])
    if quiz.shortfall:
        print(f"note: {quiz.shortfall}", file=sys.stderr)

    if "pdf" in args.format or args.answer_sheet or args.copies:
        from quizgen.quiz import fonts

        missing = fonts.check(quiz, fonts.font_set(settings.sheet.font_dirs))
        if missing:
            raise InputError(missing)
    # Render everything in memory first: an error leaves no partial set of files behind.
    from quizgen.quiz import manifest

    files: list[tuple[str, bytes]] = list(manifest.render(quiz))
    for name in args.format + (["answer-sheet"] if args.answer_sheet or args.copies else []):
        module = importlib.import_module(f"quizgen.quiz.{FORMATS[name]}" if name in FORMATS else "quizgen.sheet.render")
        try:
            files.extend(module.render(quiz, copies=args.copies or 0) if name == "answer-sheet" else module.render(quiz))
        except Exception as error:  # a bug or a Typst failure: say which format, no traceback
            print(f"error: could not write the {name} files: {error}", file=sys.stderr)
            return 1
    if "qti" in args.format:
        from quizgen.quiz.qti_check import check_package

        problems = check_package(dict(files)["quiz.qti.zip"])
        if problems:
            print("error: the QTI package failed validation: " + "; ".join(problems), file=sys.stderr)
            return 1
    if "kahoot" in args.format:
        from quizgen.quiz import kahoot

        for problem in kahoot.problems(quiz):
            print(problem, file=sys.stderr)
        left_out = kahoot.left_out(quiz)
        if len(left_out) == 1:
            src = left_out[0].question.source
            print(Problem(src.deck_file, src.line or None, "kahoot", f"fact '{src.fact_id}': question "
                          f"{left_out[0].number} is not in {kahoot.FILE_NAME}: Kahoot takes multiple choice only "
                          "and this blank has no multiple choice form (fewer than two good distractors).",
                          "add `distractors:` to the fact.", Severity.WARNING), file=sys.stderr)
        elif left_out:  # one line for them all: `check` lists each blank without an MCQ
            listed = ", ".join(f"{item.number} ({item.question.source.fact_id})" for item in left_out)
            print(f"warning: kahoot: {len(left_out)} questions are not in {kahoot.FILE_NAME}: Kahoot takes "
                  f"multiple choice only and their blanks have no multiple choice form (fewer than two good "
                  f"distractors): questions {listed}. Fix: add `distractors:` to those facts.", file=sys.stderr)
    if "gift" in args.format:
        from quizgen.quiz import gift

        for item in gift.left_out(quiz):
            src = item.question.source
            print(Problem(src.deck_file, src.line or None, "gift", f"fact '{src.fact_id}': question {item.number} "
                          f"is not in {gift.FILE_NAME}: an accepted answer holds '->', which Moodle's GIFT "
                          "importer reads as a matching question.", "import quiz.moodle.xml instead, which "
                          "holds it.", Severity.WARNING), file=sys.stderr)
    # One set: sheets, key and manifest appear together or not at all (never new sheets beside an old key).
    make_folder(args.output.parent)
    old_set = [p.name for p in args.output.iterdir() if SET_FILE.fullmatch(p.name)] if args.output.is_dir() else []
    write_set(args.output, files, replaces=old_set)

    mcq = sum(1 for q in quiz.questions if q.is_mcq)
    names = ", ".join(v.name for v in quiz.versions)
    print(f"{quiz.title}: {len(quiz.questions)} questions ({mcq} multiple choice, {len(quiz.questions) - mcq} "
          f"cloze), version(s) {names}, seed {quiz.seed}")
    plural = "s" if len(files) != 1 else ""
    print(f"wrote {len(files)} file{plural} to {args.output}: {', '.join(name for name, _ in files)}")
    return 0
