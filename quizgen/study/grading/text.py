"""Text normalisation the readings share: the typo budget, articles, abbreviations, transliterations."""

from __future__ import annotations

import re

from quizgen.core.articles import FOREIGN_ARTICLES
from quizgen.core.text import normalize


def typo_budget(length: int) -> int:
    """How many edits still count as a typo for an answer of `length` characters (normalized)."""
    if length <= 3:
        return 0
    if length <= 6:
        return 1
    if length <= 12:
        return 2
    return 3

SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")

ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def without_article(text: str) -> str:
    """`text` without a leading English article ("The Starry Night" -> "Starry Night"), as grading reads titles."""
    return ARTICLE.sub("", text)

INFINITIVE = re.compile(r"^to\s+")

_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
                                   "ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae", "å": "aa", "Å": "Aa"})


#: Articles that carry a word's gender in the languages decks teach: a missing one is "almost".
FOREIGN_ARTICLE = re.compile(r"^(?:" + "|".join(sorted(map(re.escape, FOREIGN_ARTICLES | {"l'"}), key=len, reverse=True))
                              + r")\s+", re.IGNORECASE)

GLUE_WORDS = frozenset("a an the and or of in on at to by for with from is was not".split())


#: Words of names that are written out or abbreviated alike, each read as its abbreviation ("street" and
#: "saint" are both "St"; the stem tells which, and either way the student wrote the same name).
_ABBREVIATIONS = {"brothers": "bros", "brother": "bros", "saint": "st", "street": "st", "mount": "mt",
                  "company": "co", "corporation": "corp", "limited": "ltd", "incorporated": "inc", "doctor": "dr",
                  "junior": "jr", "senior": "sr", "university": "univ", "laboratories": "labs", "laboratory": "lab",
                  "department": "dept", "fort": "ft"}

_POSSESSIVE = re.compile(r"['’]s\b(?=\s+\w)")  # an eponym's: "Down's syndrome"; never the name's end ("St. John's")


def abbreviated(text: str) -> str:
    """A name with its possessive 's dropped and each word read as its abbreviation: the key under which
    "Warner Brothers" and "Warner Bros.", "Down's syndrome" and "Down syndrome" are one name."""
    return " ".join(_ABBREVIATIONS.get(word, word) for word in normalize(_POSSESSIVE.sub("", ARTICLE.sub("", text))).split())


def transliterated(text: str) -> str:
    """German letters as they are typed without them: "zwölf" -> "zwoelf", "Straße" -> "Strasse"."""
    return text.translate(_TRANSLITERATION)
