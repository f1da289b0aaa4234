"""Anki-style cloze text (`{{c1::answer::hint}}`) as deck text with blanks.

Used for Anki cloze notes and for cloze lines in CSV and Markdown files. Each cloze becomes a
blank; clozes sharing a number stay separate blanks (quizgen hides blanks together only when
their answers are equal); hints are returned for the curator; a cloze nested in another is
flattened to its answer (quizgen blanks do not nest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from quizgen.importers.html_text import html_fragment, html_to_text, tidy
from quizgen.importers.model import blank, literal

_OPEN = re.compile(r"\{\{c(\d+)::")


@dataclass(frozen=True, slots=True)
class ClozeText:
    text: str  # deck syntax
    numbers: tuple[int, ...]  # the cloze number of each blank, in order
    answers: tuple[str, ...]
    hints: tuple[str, ...]  # "c1: city"
    nested: bool = False
    plain: str = ""  # the text with every cloze shown as its answer


def has_cloze(text: str) -> bool:
    return _OPEN.search(text) is not None


def _closing(text: str, start: int) -> int:
    """Index of the `}}` closing a cloze whose content starts at `start` (-1 if none)."""
    depth, i = 0, start
    while i < len(text) - 1:
        pair = text[i:i + 2]
        if pair == "{{":
            depth, i = depth + 1, i + 2
        elif pair == "}}":
            if depth == 0:
                return i
            depth, i = depth - 1, i + 2
        else:
            i += 1
    return -1


def _flatten(content: str) -> tuple[str, bool]:
    """A cloze's content with clozes nested in it replaced by their answers."""
    nested = False
    while (match := _OPEN.search(content)) is not None:
        end = _closing(content, match.end())
        if end < 0:
            break
        inner = content[match.end():end].split("::", 1)[0]
        content = content[:match.start()] + inner + content[end + 2:]
        nested = True
    return content, nested


def parse_cloze(text: str, html: bool = False) -> ClozeText:
    """The clozes of `text`. With `html`, `text` is an HTML field: clozes are found in the raw
    field, as Anki finds them (so `&#123;&#123;c1::` stays text), then each piece becomes text."""
    piece: Callable[[str], str] = html_fragment if html else (lambda s: s)
    whole: Callable[[str], str] = (lambda s: html_to_text(s).text) if html else (lambda s: s)
    parts: list[str] = []
    plain: list[str] = []
    numbers: list[int] = []
    answers: list[str] = []
    hints: list[str] = []
    nested = False
    position = 0
    while (match := _OPEN.search(text, position)) is not None:
        end = _closing(text, match.end())
        if end < 0:
            break
        content, inner = _flatten(text[match.end():end])
        nested = nested or inner
        answer, _, hint = content.partition("::")
        answer, hint = whole(answer), whole(hint)
        before = piece(text[position:match.start()])
        parts.append(literal(before))
        plain += [before, answer]
        if answer.strip():
            parts.append(blank(answer))
            numbers.append(int(match.group(1)))
            answers.append(" ".join(answer.split()))
            if hint.strip():
                hints.append(f"Anki hint for c{match.group(1)}: {hint.strip()}")
        position = end + 2
    rest = piece(text[position:])
    parts.append(literal(rest))
    plain.append(rest)
    return ClozeText(tidy("".join(parts)), tuple(numbers), tuple(answers), tuple(hints), nested, tidy("".join(plain)))


def shared_number_hint(cloze: ClozeText) -> str | None:
    """A note for the curator when one cloze number hid different answers together."""
    by_number: dict[int, list[str]] = {}
    for number, answer in zip(cloze.numbers, cloze.answers):
        by_number.setdefault(number, []).append(answer)
    shared = [f"c{n} ({', '.join(a)})" for n, a in by_number.items() if len({x.casefold() for x in a}) > 1]
    if not shared:
        return None
    return ("in Anki " + "; ".join(shared) + " were hidden together; here each is its own blank "
            "(quizgen hides blanks together only when their answers are the same)")
