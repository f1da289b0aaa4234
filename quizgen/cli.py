"""The `quizgen` command: one parser, a subcommand per module in `quizgen.commands`.

Each command module defines `register(subparsers)`, which adds its parser(s) and sets `func`.
Command modules import heavy libraries (Textual, genanki, typst) inside their `run` functions,
so that `quizgen check` stays fast. A command that sets `pause_gc=True` runs with the cyclic garbage
collector paused (see quizgen.commands.gcpolicy: the one place that policy is decided).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from contextlib import nullcontext
from typing import Sequence

from quizgen import __version__
from quizgen.commands.gcpolicy import paused_gc
from quizgen.core.problems import InputError
from quizgen.files import WriteError

#: Modules under quizgen.commands, in the order their subcommands appear in --help.
COMMAND_MODULES = [
    "check",
    "ids",
    "cards",
    "schema",
    "study",
    "library",
    "stats",
    "optimize",
    "orphans",
    "suspended",
    "set_due",
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
        with paused_gc() if getattr(args, "pause_gc", False) else nullcontext():
            return int(args.func(args) or 0)
    except InputError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    except WriteError as error:  # a full disk, no permission: the input was fine, nothing was changed
        print(error, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`quizgen cards ... | head`): not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
