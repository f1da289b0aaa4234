"""A number typed for a numeric key: its value, unit, range, ratio, era, age and qualifier
("37 degrees" for "37 °C")."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from quizgen.core.answers import infer_type_from_form, number_value, words_span
from quizgen.core.model import AnswerType
from quizgen.core.text import normalize
from quizgen.study.grading.text import ARTICLE
from quizgen.study.grading.units import UNIT_WORDS, as_symbol, in_units_of, unit_keys
from quizgen.study.grading.numbers import expanded, numbers, same_numbers


#: What may follow an age when the stem asks for one ("aged ____", "at the age of ____").
_AGE_STEM = re.compile(r"\b(?:aged?|age of)\b", re.IGNORECASE)

_AGE_WORDS = frozenset(["years", "year", "yrs", "years old", "year old", "yrs old"])

_ERA_AD = frozenset(["ad", "a d", "ce", "c e"])

_RANGE_SEP = re.compile(r"(?<=\d)\s*(?:-|–|—|to)\s*(?=\d)")


#: A power written as a plain digit after a unit ("m/s2", "km2"): the deck's superscript.
_PLAIN_POWER = re.compile(r"(?<=[a-z])([23])(?![\w.])", re.IGNORECASE)

CLOCK = re.compile(r"\b[012]?\d:[0-5]\d\b")


#: A ratio ("3:1", "9:3:3:1"); a time of day ("10:30") is not one.
_RATIO = re.compile(r"^\s*\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?)+\s*$")

_RATIO_SEP = re.compile(r"(?<=\d)\s*:\s*(?=\d)")

TYPED_CLOCK = re.compile(r"\b([012]?\d)[.:h]([0-5]\d)\b")


#: A ratio in words: "one in four", "1 out of 5", "one in every ten".
_RATIO_PHRASE = re.compile(r"^\s*(?P<part>[\w-]+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>[\w,-]+)\s*$",
                           re.IGNORECASE)


def _ratio_phrase(text: str) -> tuple[float, float] | None:
    """The two numbers of a ratio in words, digits or number words alike: "one in four" and "1 out
    of 4" -> (1, 4); None for any other text."""
    match = _RATIO_PHRASE.match(text)
    if match is None:
        return None
    values = tuple(number_value(match[group]) for group in ("part", "whole"))
    return None if None in values else values  # type: ignore[return-value]


def same_number(typed: str, answer: str, prompt: str) -> str | None:
    typed, answer = expanded(typed), expanded(answer)  # "3 × 10^8 m/s" is "300000000 m/s"
    ratio = _ratio_phrase(answer)
    if ratio is not None:  # "1 in 4" for "one in four"; another number is another ratio
        return "right" if _ratio_phrase(typed) == ratio else None
    if _RATIO.match(answer) and not CLOCK.search(answer):  # "3 to 1" for "3:1"
        typed, answer = _RATIO_SEP.sub(" to ", typed), _RATIO_SEP.sub(" to ", answer)
    typed, answer = _PLAIN_POWER.sub(lambda m: "²³"[int(m[1]) - 2], typed), _PLAIN_POWER.sub(
        lambda m: "²³"[int(m[1]) - 2], answer)
    typed_range, answer_range = _RANGE_SEP.sub(" to ", typed), _RANGE_SEP.sub(" to ", answer)
    if normalize(typed_range) == normalize(answer_range) and same_numbers(typed, answer):
        return "right"
    if len(numbers(answer_range)) > 1:
        return None
    if any(n[:1] == "0" and len(n) > 1 and "." not in n for n in numbers(answer) + numbers(typed)):
        return None  # a leading zero makes a code ("007"): its digits must be typed as they are
    typed_value, answer_value = number_value(typed), number_value(answer)
    if typed_value is None or answer_value is None or (
            abs(typed_value - answer_value) > 1e-9 and not _refines(typed, answer, prompt)):
        return None
    if len(numbers(typed)) > 1 and "/" not in typed:
        return None
    rest = ARTICLE.sub("", _unit_part(re.sub(r"\d+/\d+", " ", typed)))
    allowed = as_symbol(ARTICLE.sub("", _unit_part(answer)))
    context = set(normalize(prompt).split()) | set(allowed.split())
    rest = in_units_of(rest.replace(".", " ").strip() if "." in rest and not allowed.count(".") else rest, allowed)
    fair_rest = (not rest or rest == allowed or rest in UNIT_WORDS.get(allowed, ()) or set(rest.split()) <= context
                 or not allowed and rest in _AGE_WORDS and _AGE_STEM.search(prompt)
                 or not allowed and rest in _ERA_AD and _may_be_year(answer))
    if fair_rest and not rest and "bc" in unit_keys(" ".join(allowed.replace(".", " ").split())):
        return "almost"  # "490" for "490 BC": the number known, its era not (490 alone is a year AD)
    if fair_rest:
        qualifier = _qualifier(answer)
        return "almost" if qualifier and not _qualifier(typed) else "right"
    if rest and unit_keys(rest) and unit_keys(allowed) and not unit_keys(rest) & unit_keys(allowed):
        return "wrong"  # another unit of the table ("230 W" for "230 V"): a different quantity, no typo
    return None

_QUALIFIERS = re.compile(r"\b(more than|over|at least|fewer than|less than|under|at most|up to|well over|"
                         r"well under|nearly|almost)\b", re.IGNORECASE)

_APPROXIMATELY = re.compile(r"^\s*(?:about|around|roughly|approximately|some|c\.|circa|~)\s*", re.IGNORECASE)


#: A stem that gives its value as a rounded one: "accelerates at about ____".
_ROUNDED_STEM = re.compile(r"\b(?:about|around|roughly|approximately|circa|some)\s+____", re.IGNORECASE)

_BARE_WHOLE = re.compile(r"^\s*[1-9]\d{0,3}\s*$")


def _may_be_year(answer: str) -> bool:
    """A key a year's era may be typed with ("AD 793", "793 CE" for "793"): a year by its form, or a
    bare whole number of at most four digits (a year before 1000 reads as a number). The era must be
    AD/CE: "793 BC" for "793" is another year."""
    return infer_type_from_form(answer) is AnswerType.YEAR or bool(_BARE_WHOLE.match(answer))


def _refines(typed: str, answer: str, prompt: str) -> bool:
    """A more precise value of a key given as rounded: one more decimal that rounds to the key
    ("9.81" for "about 9.8"). Only a key with decimals, asked for as approximate by its stem or
    its own "about"; a whole number ("about 300") is never refined, a count is not a measure."""
    if not (_ROUNDED_STEM.search(prompt) or _APPROXIMATELY.match(answer)):
        return False
    typed_numbers, answer_numbers = numbers(typed), numbers(answer)
    if len(typed_numbers) != 1 or len(answer_numbers) != 1 or "." not in answer_numbers[0]:
        return False
    places = len(answer_numbers[0].partition(".")[2])
    if len(typed_numbers[0].partition(".")[2]) != places + 1:
        return False
    rounded = Decimal(typed_numbers[0]).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return rounded == Decimal(answer_numbers[0])


def _qualifier(text: str) -> bool:
    return bool(_QUALIFIERS.search(text))


def _unit_part(text: str) -> str:
    """What is left of a number's text without its value and an "about": "37 °C" -> "°c"; "a" and "an" are
    the value only before a word ("a third"): "2 A" keeps its ampere."""
    text = _APPROXIMATELY.sub("", text.lower())
    text = re.sub(r"(?:(?<![\w.])[-−–](?=\d)|\bminus\s+(?=\d|[a-z]))", " ", text)  # the sign is compared with the value
    spelled = words_span(text)
    if spelled is not None:  # "six hundred and four": its scale words and "and" are the value too
        text = text[:spelled[1]] + " " + text[spelled[2]:]
    # digits with their scale word ("2 million" is 2,000,000), number words
    text = re.sub(r"\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion)\b)?|"
                  r"\b(?:(?:a|an)(?=\s+[a-z])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                  r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                  r"seventy|eighty|ninety)(?:-\w+)?\b", " ", text)
    return " ".join(text.replace("°", " °").split()).replace("° c", "°c").replace("° f", "°f").strip()
