"""Other writings of the same words, for grading typed answers: a regnal number as a roman
numeral, in words or in digits ("Richard III", "Richard the Third", "Richard 3rd"); "v.", "vs"
and "versus"; US and UK spellings ("epicentre", "epicenter"); a number in digits inside a phrase
where the answer spells it ("j'ai 14 ans" for "j'ai quatorze ans", in the languages decks teach,
with num2words, LGPL). Each reading keeps a number's value: it never turns one number into another.
"""

from __future__ import annotations

import re

from quizgen.core.text import normalize
from quizgen.core.wordclass import classes

#: A roman numeral up to 39 ("II", "xiv"): an ordinal of a name ("Richard III", "Pius XII").
_ROMAN = re.compile(r"^(x{0,3})(ix|iv|v?i{0,3})$")


def roman_value(word: str) -> int | None:
    """A roman numeral's value, either case ("xiv" -> 14), else None."""
    match = _ROMAN.match(word.lower())
    if not word or not match:
        return None
    tens, units = match.groups()
    return 10 * len(tens) + {"ix": 9, "iv": 4}.get(units, (5 if units.startswith("v") else 0) + units.count("i"))


def roman(value: int) -> str:
    """1 to 39 in roman numerals: 14 -> "XIV"."""
    tens, units = divmod(value, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]


#: "v.", "vs", "versus" between two names: one word for a case or a match ("Brown v. Board").
VERSUS = re.compile(r"(?<=\w)\s+(?:vs?\.?|versus)\s+(?=\w)", re.IGNORECASE)
#: A name ending in a roman numeral ("Richard III", "richard iii"), and its ordinal in digits,
#: ordinals in words already read as digits ("Richard the 3rd", "Richard 3").
ROMAN_TAIL = re.compile(r"[^\W\d_]\s+(?=[ivx]+$)(x{0,3})(ix|iv|v?i{0,3})$", re.IGNORECASE)
_ORDINAL_TAIL = re.compile(r"(?<=[^\W\d_])\s+(?:the\s+)?([1-9]|[1-3]\d)(?:st|nd|rd|th)?$", re.IGNORECASE)


def regnal(text: str) -> str:
    """A name's ordinal written as its roman numeral: "Richard the 3rd" -> "Richard III"."""
    return _ORDINAL_TAIL.sub(lambda match: " " + roman(int(match[1])), text)


#: US and UK spellings of one word, each rule a (UK, US) pair of patterns read on a normalized word:
#: centre/center, colour/color, organise/organize, analyse/analyze, Pangaea/Pangea, defence/defense.
_SPELLING_RULES = ((re.compile(r"([^aeiou])re\b"), r"\1er"), (re.compile(r"our\b"), "or"),
                   (re.compile(r"our(?=(?:ed|ing|s|ite|able|ful)\b)"), "or"), (re.compile(r"is(?=(?:e|ed|es|ing|ation)\b)"), "iz"),
                   (re.compile(r"ys(?=(?:e|ed|es|ing)\b)"), "yz"), (re.compile(r"(?<=\w)ae"), "e"),
                   (re.compile(r"ogue\b"), "og"), (re.compile(r"(?<=[fc])ence\b"), "ense"))


def _us_spelling(text: str) -> str:
    for pattern, replacement in _SPELLING_RULES:
        text = pattern.sub(replacement, text)
    return text


def spelling_variant(typed_key: str, answer_key: str, answer: str) -> bool:
    """The same words in their other US or UK spelling ("epicenter" for "epicentre"). Each word
    that differs has five letters or more, and both spellings are English words (in the
    dictionary), or the answer's word is a name it capitalizes that the dictionary does not know,
    with "ae" for "e" ("Pangaea"): a French "lettre" never takes an English "letter", nor
    "precize" "precise", nor "Le Haver" "Le Havre"."""
    typed_words, answer_words = typed_key.split(), answer_key.split()
    if typed_key == answer_key or len(typed_words) != len(answer_words):
        return False
    names = {normalize(word) for word in answer.split() if word[:1].isupper()}
    for typed_word, answer_word in zip(typed_words, answer_words):
        if typed_word == answer_word:
            continue
        if len(answer_word) < 5 or _us_spelling(typed_word) != _us_spelling(answer_word):
            return False
        english = bool(classes(answer_word)) and bool(classes(typed_word))
        latinized = answer_word.replace("ae", "e") == typed_word.replace("ae", "e")
        if not english and not (answer_word in names and not classes(answer_word) and latinized):
            return False
    return True


def numbers_spelled_alike(typed_key: str, answer_key: str) -> bool:
    """A phrase with a number in digits where the answer spells it, or the other way round, in
    the languages decks teach ("j'ai 14 ans" for "j'ai quatorze ans"; num2words, LGPL). Only
    inside a phrase: a number word asked alone is the word itself ("7" is not "siete")."""
    if typed_key == answer_key or not (_WHOLE.search(typed_key) or _WHOLE.search(answer_key)):
        return False
    if not all(re.search(r"[^\W\d_]", text) for text in (typed_key, answer_key)) or " " not in answer_key:
        return False
    return any(_spelled(typed_key, language) == _spelled(answer_key, language) for language in _LANGUAGES)


def _spelled(text: str, language: str) -> str:
    """`text` with its whole numbers in words of `language`: "j ai 14 ans" -> "j ai quatorze ans"."""
    from num2words import num2words

    return normalize(_WHOLE.sub(lambda match: num2words(int(match[0]), lang=language), text))


#: A whole number in digits; not 1, whose word is an article too ("1 livre" is no "un livre").
_WHOLE = re.compile(r"(?<![\d.,])(?!1(?![\d.,]))\d{1,4}(?![\d.,])")
_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl")
