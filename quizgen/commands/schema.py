"""`quizgen schema`: print the JSON Schema of the deck format, for editors."""

from __future__ import annotations

import argparse
import json
import sys

from quizgen.core.schema import deck_schema


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("schema", help="print the JSON Schema of deck files",
                                   description="Print the JSON Schema of the deck format. Point your editor's "
                                   "YAML language server at it to validate and complete deck files.")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    json.dump(deck_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0
