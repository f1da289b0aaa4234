"""Wrong answers for a blank, best first.

Candidates come, in order, from the fact's own `distractors`, other blanks of the same type in the
deck, the deck's `pools`, and values synthesized from the answer (numbers, years, dates). A candidate
is dropped when it equals an accepted answer or another option (by `normalize`), when one contains
the other, or when it already appears in the question. Among deck blanks and pools, candidates of
similar length and shape rank first; for numbers, years and dates only the same shape is allowed
("more than 30" never competes with "19").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from quizgen.core.answers import date_shape, infer_type_from_form, synthesize
from quizgen.core.model import AnswerType, Blank, Deck, Fact
from quizgen.core.text import contains_phrase, normalize

#: How many valid distractors a blank keeps, so study sessions can redraw options at each review.
POOL_SIZE = 12
#: How many deck answers nearest in length are scored for each blank (keeps big decks linear).
_WINDOW = 24
_NUMERIC = (AnswerType.NUMBER, AnswerType.YEAR, AnswerType.DATE)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                           r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b")
#: A deck answer this far from the blank in length and form ranks after the pools (see _distance).
_POOR_FIT = 1.0


def shape_key(answer: str) -> str:
    """The form of an answer with its values abstracted: "more than 30" -> "more than #",
    "four astronauts" -> "# astronauts", "October 5" and "August 31" -> the same date format."""
    date = date_shape(answer)
    if date is not None:
        return f"date:{date}"
    return _NUMBER_WORDS.sub("#", _DIGITS.sub("#", normalize(answer)))


@dataclass(frozen=True, slots=True)
class Pool:
    """A blank's valid distractors, best first; the first `preferred` were hand-picked by the author."""

    distractors: tuple[str, ...]
    preferred: int


class DistractorIndex:
    """Every answer of a deck, by type and sorted by length, to find candidates quickly."""

    def __init__(self, deck: Deck):
        by_type: dict[AnswerType, dict[str, str]] = {}
        for fact in deck.facts:
            for blank in fact.blanks:
                by_type.setdefault(blank.type, {}).setdefault(normalize(blank.answer), blank.answer)
        self._sorted: dict[AnswerType, tuple[list[int], list[str]]] = {}
        for answer_type, answers in by_type.items():
            ordered = sorted(answers.values(), key=lambda a: (len(a), a))
            self._sorted[answer_type] = ([len(a) for a in ordered], ordered)
        self._pools = deck.pools

    def deck_candidates(self, blank: Blank) -> list[str]:
        lengths, answers = self._sorted.get(blank.type, ([], []))
        middle = bisect.bisect_left(lengths, len(blank.answer))
        window = answers[max(0, middle - _WINDOW // 2): middle + _WINDOW // 2]
        return _rank(blank, window)

    def pool_candidates(self, blank: Blank) -> list[str]:
        return _rank(blank, list(self._pools.get(blank.type, ())))


def _rank(blank: Blank, candidates: list[str]) -> list[str]:
    """Candidates of the blank's shape, most similar in length and form first (stable)."""
    if blank.type in _NUMERIC:
        key = shape_key(blank.answer)
        return [c for c in candidates if shape_key(c) == key]
    return sorted(candidates, key=lambda c: _distance(blank.answer, c))


def _distance(answer: str, candidate: str) -> float:
    """0 for an answer's twin in length, word count and capitalisation; 1 and more for a poor fit."""
    length_gap = abs(len(candidate) - len(answer)) / max(len(answer), len(candidate), 1)
    word_gap = abs(len(candidate.split()) - len(answer.split()))
    caps_gap = 0 if candidate[:1].isupper() == answer[:1].isupper() else 1
    return length_gap + 0.5 * word_gap + caps_gap


def build_pool(index: DistractorIndex, fact: Fact, blank: Blank, prompt: str) -> Pool:
    """Every valid distractor for `blank` shown with `prompt`, best first, at most POOL_SIZE."""
    accepted = {normalize(a) for a in blank.accept}
    chosen: list[str] = []
    seen: set[str] = set(accepted)

    def admit(candidate: str) -> bool:
        key = normalize(candidate)
        if not key or key in seen or len(chosen) >= POOL_SIZE:
            return False
        if blank.type not in _NUMERIC and any(_overlaps(key, a) for a in accepted):
            return False
        if contains_phrase(prompt, candidate):
            return False
        seen.add(key)
        chosen.append(candidate)
        return True

    own = list(fact.distractors)
    if len(fact.blanks) > 1:  # a fact's list serves all its blanks: keep what fits this one's shape
        own = [c for c in _rank(blank, own) if blank.type in _NUMERIC or infer_type_from_form(c) is None]
    for candidate in own:
        admit(candidate)
    preferred = len(chosen)
    # Deck answers come before the pools, except those that fit the answer's form poorly.
    deck_answers = index.deck_candidates(blank)
    poor = [c for c in deck_answers if blank.type not in _NUMERIC and _distance(blank.answer, c) >= _POOR_FIT]
    for candidate in [c for c in deck_answers if c not in poor] + index.pool_candidates(blank) + poor:
        admit(candidate)
    for candidate in synthesize(blank.answer, blank.type):
        admit(candidate)
    return Pool(tuple(chosen), preferred)


def _overlaps(a: str, b: str) -> bool:
    """One normalized answer contains the other as whole words ("Salyut 7" / "Salyut 7 station")."""
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "
