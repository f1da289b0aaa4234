"""The spelling rules: the same text, or a typo within the answer's budget ("almost"); never a different number."""

from __future__ import annotations

import re
from typing import Sequence

from rapidfuzz.distance import OSA, Levenshtein

from quizgen.core.text import normalize
from quizgen.study.grading.text import ARTICLE, SUBSCRIPT_DIGITS, typo_budget
from quizgen.study.grading.numbers import numbers, same_numbers

_CODE = re.compile(r"^(?=.*[a-z])(?=.*\d)[a-z\d]+$")

_ORDINAL_OR_DECADE = re.compile(r"^\d+(?:st|nd|rd|th|s)$")


def _codes(text: str) -> frozenset[str]:
    """The words of a text that mix letters and digits ("h2o", "b12", "mp3"), normalized; an ordinal or a
    decade ("19th", "1920s") is a number, not a code."""
    return frozenset(word for word in normalize(text.translate(SUBSCRIPT_DIGITS)).split()
                     if _CODE.match(word) and not _ORDINAL_OR_DECADE.match(word))


def by_spelling(typed: str, accept: Sequence[str]) -> tuple[str, str]:
    typed_key = normalize(typed)
    best, best_distance = accept[0], None
    for answer in accept:
        answer_key = normalize(answer)
        if typed_key == answer_key or typed_key.replace(" ", "") == answer_key.replace(" ", ""):
            if same_numbers(typed, answer):
                return "right", answer
        distance = Levenshtein.distance(typed_key, answer_key)
        if best_distance is None or distance < best_distance:
            best, best_distance = answer, distance
    if not typed_key:
        return "wrong", accept[0]
    bare_typed = "" if numbers(typed) else normalize(ARTICLE.sub("", typed.strip()))
    for answer in accept:
        if not same_numbers(typed, answer):
            continue  # a different number (or sign) is never a typo: "sixteen" for "fifteen"
        if _codes(answer) and _codes(typed) != _codes(answer):
            continue  # a formula or code is letters and digits in order: "HO2" is no typo of "H2O"
        # A typo with the English article added or dropped is still a typo ("the great shism"),
        # digits aside ("the 1400s" is no "1400").
        for typed_key, answer_key in ((typed_key, normalize(answer)), (bare_typed, normalize(ARTICLE.sub("", answer)))):
            if not typed_key:
                continue
            budget = typo_budget(len(answer_key))
            # An adjacent transposition is one slip ("seite" for "siete"), even in a short word ("dgo").
            slips = OSA.distance(typed_key, answer_key)
            if slips <= budget or slips == 1 and len(answer_key) >= 3 and Levenshtein.distance(typed_key, answer_key) == 2:
                return "almost", answer
    return "wrong", best
