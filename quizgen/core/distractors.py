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
from functools import lru_cache
from typing import Iterable, NamedTuple

from quizgen.core.answers import date_shape, infer_type_from_form, synthesize
from quizgen.core.model import AnswerType, Blank, Deck, Fact
from quizgen.core.text import normalize, normalize_once

#: How many valid distractors a blank keeps, so study sessions can redraw options at each review.
POOL_SIZE = 8
#: How many deck answers nearest in length are scored for each blank (keeps big decks linear).
_WINDOW = 12
_NUMERIC = (AnswerType.NUMBER, AnswerType.YEAR, AnswerType.DATE)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                           r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b")
#: A deck answer this far from the blank in length and form ranks after the pools (see _distance).
_POOR_FIT = 1.0


@lru_cache(maxsize=65536)
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


class _Candidate(NamedTuple):
    """A deck or pool answer with the features ranking needs, computed once per deck."""

    text: str
    key: str  # normalized
    words: int
    caps: bool
    padded: str  # the key between spaces, for whole-word containment tests

    @classmethod
    def of(cls, text: str) -> _Candidate:
        key = normalize(text)
        return cls(text, key, len(text.split()), text[:1].isupper(), f" {key} ")


class DistractorIndex:
    """Every answer of a deck by type (and, for numbers, years and dates, by shape), sorted by length,
    so each blank scores only a small window of candidates: generation stays linear in deck size."""

    def __init__(self, deck: Deck):
        buckets: dict[tuple[AnswerType, str], dict[str, _Candidate]] = {}
        answers = {(blank.type, blank.answer): None for fact in deck.facts for blank in fact.blanks}
        for answer_type, answer in answers:  # each distinct answer once, in deck order
            candidate = _Candidate.of(answer)
            buckets.setdefault(_bucket(answer_type, answer), {}).setdefault(candidate.key, candidate)
        self._sorted: dict[tuple[AnswerType, str], tuple[list[int], list[_Candidate]]] = {}
        for bucket, candidates in buckets.items():
            ordered = sorted(candidates.values(), key=lambda c: (len(c.text), c.text))
            self._sorted[bucket] = ([len(c.text) for c in ordered], ordered)
        self._pools = {t: [_Candidate.of(p) for p in pool] for t, pool in deck.pools.items()}
        # The candidates' order depends only on the bucket and the answer's length, word count and capitals.
        self._ordered: dict[tuple[object, ...], list[_Candidate]] = {}

    def candidates(self, blank: Blank) -> list[_Candidate]:
        """Deck answers that fit the blank's form well, then the pool, then the deck's poor fits:
        the order in which `build_pool` considers them."""
        bucket = _bucket(blank.type, blank.answer)
        answer = blank.answer
        key = (bucket, len(answer), len(answer.split()), answer[:1].isupper())
        ordered = self._ordered.get(key)
        if ordered is None:
            lengths, candidates = self._sorted.get(bucket, ([], []))
            middle = bisect.bisect_left(lengths, len(answer))
            deck_answers = _rank(blank, candidates[max(0, middle - _WINDOW // 2): middle + _WINDOW // 2])
            pool_answers = _rank(blank, self._pools.get(blank.type, []))
            ordered = ([c for d, c in deck_answers if d < _POOR_FIT] + [c for _, c in pool_answers]
                       + [c for d, c in deck_answers if d >= _POOR_FIT])
            self._ordered[key] = ordered
        return ordered


def _bucket(answer_type: AnswerType, answer: str) -> tuple[AnswerType, str]:
    return (answer_type, shape_key(answer) if answer_type in _NUMERIC else "")


def _rank(blank: Blank, candidates: list[_Candidate]) -> list[tuple[float, _Candidate]]:
    """Candidates of the blank's shape with their distance to it, most similar first (stable)."""
    if blank.type in _NUMERIC:
        shape = shape_key(blank.answer)
        return [(0.0, c) for c in candidates if shape_key(c.text) == shape]
    target = _Candidate.of(blank.answer)
    return sorted(((_distance(target, c), c) for c in candidates), key=lambda pair: pair[0])


def _distance(answer: _Candidate, candidate: _Candidate) -> float:
    """0 for an answer's twin in length, word count and capitalisation; 1 and more for a poor fit."""
    longer = max(len(answer.text), len(candidate.text), 1)
    length_gap = abs(len(candidate.text) - len(answer.text)) / longer
    caps_gap = 0 if candidate.caps == answer.caps else 1
    return length_gap + 0.5 * abs(candidate.words - answer.words) + caps_gap


def build_pool(index: DistractorIndex, fact: Fact, blank: Blank, prompt: str) -> Pool:
    """Every valid distractor for `blank` shown with `prompt`, best first, at most POOL_SIZE."""
    accepted = [f" {normalize(a)} " for a in blank.accept]
    return Pool(*pool_for(index, own_candidates(fact), fact, blank, accepted, f" {normalize_once(prompt)} "))


def own_candidates(fact: Fact) -> list[_Candidate]:
    """The fact's hand-picked distractors, ready for `pool_for` (computed once per fact)."""
    return [_Candidate.of(c) for c in fact.distractors]


def pool_for(index: DistractorIndex, own: list[_Candidate], fact: Fact, blank: Blank, accepted: list[str],
             padded_prompt: str) -> tuple[tuple[str, ...], int]:
    """`build_pool` from the fact's own candidates, the blank's accepted answers and the prompt,
    normalized between spaces; returns the distractors and how many of them the author picked."""
    numeric = blank.type in _NUMERIC
    seen: set[str] = {"", *(a[1:-1] for a in accepted)}  # empty, accepted and already chosen keys
    # A candidate is refused when it is part of the question or (but for numbers, years and dates)
    # of an accepted answer, as whole words: one `in` on these texts joined by a line break tests
    # all of them, since keys hold no line breaks.
    within = padded_prompt if numeric else "\n".join([padded_prompt, *accepted])
    # ... or when it contains an accepted answer ("Salyut 7 station" for "Salyut 7").
    first, others = ("", ()) if numeric else (accepted[0], accepted[1:])
    chosen: list[str] = []

    def admit(candidates: Iterable[_Candidate]) -> None:
        """Add each candidate that is new and fits the tests above, until the pool is full."""
        if len(chosen) >= POOL_SIZE:
            return
        for text, key, _, _, padded in candidates:
            if key in seen or padded in within:
                continue
            if first and (first in padded or (others and any(a in padded for a in others))):
                continue
            seen.add(key)
            chosen.append(text)
            if len(chosen) >= POOL_SIZE:
                return

    if own and len(fact.blanks) > 1:  # a fact's list serves all its blanks: keep what fits this one's shape
        own = [c for _, c in _rank(blank, own) if numeric or infer_type_from_form(c.text) is None]
    admit(own)
    preferred = len(chosen)
    # Deck answers come before the pools, except those that fit the answer's form poorly.
    admit(index.candidates(blank))
    if len(chosen) < POOL_SIZE:
        admit(_Candidate.of(text) for text in synthesize(blank.answer, blank.type))
    return tuple(chosen), preferred
