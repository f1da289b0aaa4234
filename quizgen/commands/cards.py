"""`quizgen cards DECK... [--seed N] [--json]`: show the generated cards."""

from __future__ import annotations

import argparse
import sys
from itertools import islice
from json.encoder import encode_basestring
from typing import Iterable, Sequence, TextIO

from quizgen.commands._decks import add_deck_arguments, read_decks
from quizgen.core.generator import DEFAULT_SEED
from quizgen.core.model import Card, CardKind
from quizgen.study.catalog import Catalog


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("cards", help="show the cards generated from decks",
                                   description="Show the MCQ and cloze cards generated from decks. "
                                   "--json prints one JSON array (a stable contract, see README).")
    add_deck_arguments(parser, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--json", action="store_true", help="print a JSON array of card objects")
    parser.add_argument("--kind", choices=[k.value for k in CardKind], help="only cards of this kind")
    parser.set_defaults(func=run, pause_gc=True)  # many acyclic objects: see quizgen.commands.gcpolicy


def run(args: argparse.Namespace) -> int:
    deck_set = read_decks(args, print_warnings=not args.json, summarize=True)  # `check` shows them
    out = JsonArray(sys.stdout) if args.json else TextList(sys.stdout)
    decks = list(deck_set.decks)
    del deck_set
    while decks:
        # One deck at a time, its cards written as they are made (Catalog.stream): a deck, its index
        # and its cards are let go once written, and its plans are never all kept (unless its
        # warnings were shown), so memory holds every deck's facts but one deck's index only.
        cards = Catalog.stream([decks.pop(0)], seed=args.seed)
        out.write((c for c in cards if c.kind.value == args.kind) if args.kind else cards)
    out.close()
    return 0


class JsonArray:
    """One JSON array, one card object per line: readable and greppable. Written a thousand lines
    at a time as cards come (`write`, then `close`), so the whole text is never in memory at once."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._line = _JsonLines().line
        self._written = 0
        out.write("[\n")

    def write(self, cards: Iterable[Card]) -> None:
        each = iter(cards)
        while chunk := list(islice(each, _LINES_PER_WRITE)):
            lines = ",\n".join(map(self._line, chunk))
            self._out.write(f",\n{lines}" if self._written else lines)
            self._written += len(chunk)

    def close(self) -> None:
        self._out.write("\n]\n" if self._written else "]\n")


def write_json(cards: Sequence[Card], out: TextIO) -> None:
    """Every card as one JSON array (see JsonArray)."""
    array = JsonArray(out)
    array.write(cards)
    array.close()


def json_line(card: Card) -> str:
    """One card as its JSON object (the README's contract), as `json.dumps(..., ensure_ascii=False)`
    writes it: see `_JsonLines`."""
    return _JsonLines().line(card)


class _JsonLines:
    """Each card as `json.dumps` (ensure_ascii=False) writes its JSON object, spelled out field by
    field with json's own C string encoder: no dict and no encoder call per card, twice as fast on
    big decks. The tests check that the two agree character for character."""

    def __init__(self) -> None:
        self._fact: tuple[str, tuple[str, ...], tuple[str, ...], str | None] | None = None
        self._fact_json = ""

    def line(self, card: Card) -> str:
        # The cards of one fact come one after another and share its text, sources, tags and note
        # (the very same objects): those are encoded once per fact.
        fact = self._fact
        if not (fact and card.full_text is fact[0] and card.sources is fact[1] and card.tags is fact[2]
                and card.note is fact[3]):
            self._fact = (card.full_text, card.sources, card.tags, card.note)
            self._fact_json = (f'"text": {_str(card.full_text)}, "sources": {_list(card.sources)}, '
                               f'"tags": {_list(card.tags)}, "note": {_optional_str(card.note)}')
        # CardKind and AnswerType are StrEnums: their members encode as their values.
        text = (f'{{"id": {_str(card.id)}, "deck": {_str(card.deck)}, "fact": {_str(card.fact)}, '
                f'"blank": {card.blank!r}, "kind": {_str(card.kind)}, "type": {_str(card.type)}, '
                f'"prompt": {_str(card.prompt)}, "answer": {_str(card.answer)}, "accept": {_list(card.accept)}, '
                f'{self._fact_json}')
        if card.kind is CardKind.MCQ:
            index = "null" if card.answer_index is None else repr(card.answer_index)
            return f'{text}, "options": {_list(card.options or ())}, "answer_index": {index}}}'
        return text + "}"


_LINES_PER_WRITE = 1000
_str = encode_basestring  # a JSON string literal, non-ASCII characters kept (ensure_ascii=False)


def _list(items: Sequence[str]) -> str:
    return f"[{', '.join(map(_str, items))}]"


def _optional_str(value: str | None) -> str:
    return "null" if value is None else _str(value)


class TextList:
    """The cards numbered for reading, as cards come (`write`, then `close`: the count, on stderr)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._number = 0

    def write(self, cards: Iterable[Card]) -> None:
        out, number = self._out, self._number
        for number, card in enumerate(cards, number + 1):
            out.write(f"{number}. [{card.kind.value} · {card.type.value}] {card.id}\n   {card.prompt}\n")
            if card.options is not None:
                for i, option in enumerate(card.options):
                    mark = "*" if i == card.answer_index else " "
                    out.write(f"   {mark} {chr(65 + i)}) {option}\n")
            else:
                alternatives = f"  (also: {', '.join(card.accept[1:])})" if len(card.accept) > 1 else ""
                out.write(f"   answer: {card.answer}{alternatives}\n")
            out.write("\n")
        self._number = number

    def close(self) -> None:
        print(f"{self._number} cards", file=sys.stderr)
