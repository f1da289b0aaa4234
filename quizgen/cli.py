"""The `quizgen` command: one parser, a subcommand per module in `quizgen.commands`.

Each command module defines `register(subparsers)`, which adds its parser(s) and sets `func`.
Command modules import heavy libraries (Textual, genanki, typst) inside their `run` functions,
so that `quizgen check` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import Sequence

from quizgen import __version__
from quizgen.core.problems import InputError

#: Modules under quizgen.commands, in the order their subcommands appear in --help.
COMMAND_MODULES = [
    "check",
    "cards",
    "schema",
    "study",
    "stats",
    "optimize",
    "orphans",
    "suspended",
    "export",
    "quiz",
    "mark",
    "lint",
    "results",
    "draft",
    "importing",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizgen",
        description="Turn curated facts into MCQ and cloze cards: study them, export them to Anki, print class quizzes.",
    )
    parser.add_argument("--version", action="version", version=f"quizgen {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f"quizgen.commands.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except InputError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`quizgen cards ... | head`): not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
