"""`quizgen cards DECK... [--seed N] [--json]`: show the generated cards."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence, TextIO

from quizgen.commands._decks import add_deck_arguments, read_decks
from quizgen.core.generator import DEFAULT_SEED, generate_cards
from quizgen.core.gcpause import paused_gc
from quizgen.core.model import Card, CardKind


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("cards", help="show the cards generated from decks",
                                   description="Show the MCQ and cloze cards generated from decks. "
                                   "--json prints one JSON array (a stable contract, see README).")
    add_deck_arguments(parser, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--json", action="store_true", help="print a JSON array of card objects")
    parser.add_argument("--kind", choices=[k.value for k in CardKind], help="only cards of this kind")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # A one-shot command over many acyclic objects: the cyclic collector would only rescan them.
    with paused_gc():
        deck_set = read_decks(args, print_warnings=not args.json)
        cards = generate_cards(deck_set.decks, seed=args.seed)
        if args.kind:
            cards = [c for c in cards if c.kind.value == args.kind]
        if args.json:
            write_json(cards, sys.stdout)
        else:
            write_text(cards, sys.stdout)
    return 0


def write_json(cards: Sequence[Card], out: TextIO) -> None:
    """One JSON array, one card object per line: readable, greppable, and json's C encoder
    (indent= would switch to the pure-Python one, ten times slower on big decks). Written line by
    line, so the whole text is never in memory at once."""
    encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every card
    out.write("[\n")
    separator = ""
    for card in cards:
        out.write(separator)
        out.write(encode(card.to_json()))
        separator = ",\n"
    out.write("\n]\n" if cards else "]\n")


def write_text(cards: Sequence[Card], out: TextIO) -> None:
    for number, card in enumerate(cards, 1):
        out.write(f"{number}. [{card.kind.value} · {card.type.value}] {card.id}\n   {card.prompt}\n")
        if card.options is not None:
            for i, option in enumerate(card.options):
                mark = "*" if i == card.answer_index else " "
                out.write(f"   {mark} {chr(65 + i)}) {option}\n")
        else:
            alternatives = f"  (also: {', '.join(card.accept[1:])})" if len(card.accept) > 1 else ""
            out.write(f"   answer: {card.answer}{alternatives}\n")
        out.write("\n")
    print(f"{len(cards)} cards", file=sys.stderr)
