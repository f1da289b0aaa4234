"""Grading typed answers: right, almost (a small typo), or wrong, and a diff to show the learner.

Two answers are the same when they normalize alike (`quizgen.core.text.normalize`: case, accents,
punctuation and extra spaces ignored). A typed answer is "almost" right when it is within a small
Levenshtein distance of an accepted answer, scaled with the answer's length; numbers never count as
typos: the digits typed must be exactly the answer's ("1921" is not almost "2021").
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Sequence

from rapidfuzz.distance import Levenshtein

from quizgen.core.text import fold, normalize

#: Diff operations: text in both, typed but not in the answer, in the answer but not typed,
#: typed text standing where the answer has the "missing" text that follows it.
DiffOp = tuple[str, str]
EQUAL, EXTRA, MISSING, WRONG = "equal", "extra", "missing", "wrong"

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SURROUNDING = re.compile(r"^[\s\W_]+|[\s\W_]+$", re.UNICODE)


def typo_budget(length: int) -> int:
    """How many edits still count as a typo for an answer of `length` characters (normalized)."""
    if length <= 3:
        return 0
    if length <= 6:
        return 1
    if length <= 12:
        return 2
    return 3


def numbers(text: str) -> list[str]:
    """The numbers in `text`, thousands separators dropped: "1,000 km in 1921" -> ["1000", "1921"]."""
    return [match.replace(",", "") for match in _NUMBER.findall(text)]


def compare(typed: str, accept: Sequence[str]) -> tuple[str, str]:
    """("right" | "almost" | "wrong", the accepted answer the typed text is closest to)."""
    typed_key = normalize(typed)
    best, best_distance = accept[0], None
    for answer in accept:
        answer_key = normalize(answer)
        if typed_key == answer_key or typed_key.replace(" ", "") == answer_key.replace(" ", ""):
            if numbers(typed) == numbers(answer):
                return "right", answer
        distance = Levenshtein.distance(typed_key, answer_key)
        if best_distance is None or distance < best_distance:
            best, best_distance = answer, distance
    if not typed_key:
        return "wrong", accept[0]
    for answer in accept:
        answer_key = normalize(answer)
        if numbers(typed) != numbers(answer):
            continue
        budget = typo_budget(len(answer_key))
        if Levenshtein.distance(typed_key, answer_key, score_cutoff=budget) <= budget:
            return "almost", answer
    return "wrong", best


def diff(typed: str, answer: str) -> tuple[DiffOp, ...]:
    """Typed text against the answer, character by character, ignoring case and accents.

    Reading the ops left to right gives a merged view: "equal" text is the answer's (as written in
    the deck), "extra" was typed and is not in the answer, "missing" is in the answer and was not
    typed, and "wrong" is typed text that replaces the "missing" text right after it.
    """
    typed = _SURROUNDING.sub("", " ".join(typed.split()))
    folded_typed, folded_answer = [_fold(c) for c in typed], [_fold(c) for c in answer]
    ops: list[DiffOp] = []
    matcher = SequenceMatcher(None, folded_typed, folded_answer, autojunk=False)
    for tag, t1, t2, a1, a2 in matcher.get_opcodes():
        if tag == "equal":
            _append(ops, EQUAL, answer[a1:a2])
        elif tag == "delete":
            _append(ops, EXTRA, typed[t1:t2])
        elif tag == "insert":
            _append(ops, MISSING, answer[a1:a2])
        else:
            _append(ops, WRONG, typed[t1:t2])
            _append(ops, MISSING, answer[a1:a2])
    return tuple(ops)


def _fold(char: str) -> str:
    """One character compared without case or accent."""
    return fold(char) or char


def _append(ops: list[DiffOp], op: str, text: str) -> None:
    if not text:
        return
    if ops and ops[-1][0] == op:
        ops[-1] = (op, ops[-1][1] + text)
    else:
        ops.append((op, text))
