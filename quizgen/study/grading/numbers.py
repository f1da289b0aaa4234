"""The numbers a text states (digits, number words, roman numerals) and their one writing before any reading."""

from __future__ import annotations

import re
from decimal import Decimal

from rapidfuzz.distance import Levenshtein

from quizgen.core.text import normalize
from quizgen.study.variants import roman_value
from quizgen.study.grading.text import SUBSCRIPT_DIGITS, typo_budget

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def numbers(text: str) -> list[str]:
    """The numbers in `text`, thousands separators dropped: "1,000 km in 1921" -> ["1000", "1921"]."""
    return [match.replace(",", "") for match in _NUMBER.findall(text)]

_SIGNED = re.compile(r"(?:(?<![\w.])[-−–]|\bminus\s+)?\d[\d,]*(?:\.\d+)?", re.IGNORECASE)

_CARDINALS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
              "sixteen seventeen eighteen nineteen").split()

_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

_ORDINALS = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()


#: Number words (cardinal and ordinal) -> their values, for "a different number is never a typo".
_NUMBER_WORDS: dict[str, str] = {
    **{w: str(i) for i, w in enumerate(_CARDINALS)}, **{w: f"{i}th" for i, w in enumerate(_ORDINALS)},
    **{w: str(20 + 10 * i) for i, w in enumerate(_TENS)},
    **{w[:-1] + "ieth": f"{20 + 10 * i}th" for i, w in enumerate(_TENS)},
    "hundred": "100", "thousand": "1000", "million": "10^6", "billion": "10^9", "trillion": "10^12",
    "hundredth": "100th",
    # A month is a number of a date: "June 1885" is never a typo of "July 1885".
    **{m: f"month {i}" for i, m in enumerate("january february march april may june july august september october "
                                              "november december".split(), 1)},
}


def _number_tokens(text: str, misspelled: bool = True) -> list[str]:
    """Every number a text states, with its sign, digits, number words and roman numerals alike
    ("-273.15", "15", "15th"); with `misspelled`, a misspelled number word counts as the number
    word it is nearest to. A roman numeral is one of two letters or more ("II"), or a single
    "I", "V" or "X" ending a name ("Henry V"); it reads as an ordinal, like "the Third"."""
    text = text.translate(SUBSCRIPT_DIGITS)  # "H₂O" states the 2 of "H2O"
    found = [m.group().replace(",", "").replace("−", "-").replace("–", "-").lower().replace("minus ", "-")
             .replace(" ", "") for m in _SIGNED.finditer(text)]
    words = re.split(r"[\s\-]+", normalize(re.sub(r"\d[\d,.]*", " ", text)))
    for at, word in enumerate(words):
        if not word:
            continue
        value = _NUMBER_WORDS.get(word)
        roman = roman_value(word)
        if value is None and roman and (len(word) >= 2 or at == len(words) - 1 and at > 0 and words[at - 1].isalpha()):
            value = f"{roman}th"
        if value is None and misspelled and len(word) >= 4:
            near = sorted((Levenshtein.distance(word, w), w) for w in _NUMBER_WORDS)
            if near[0][0] <= typo_budget(len(word)) and near[0][0] < near[1][0]:
                value = _NUMBER_WORDS[near[0][1]]
        if value is not None:
            found.append(value)
    return sorted(found)


def same_numbers(typed: str, answer: str) -> bool:
    """The typed text states the answer's numbers, no more, no fewer. A typed word reads as a
    misspelled number word ("fiften") only when the answer states a number: "Fort" is no "forty"."""
    misspelled = bool(_number_tokens(answer, misspelled=False))
    return _number_tokens(typed, misspelled) == _number_tokens(answer, misspelled)


#: A decimal comma, as most of Europe writes one ("4,6", "12,75"): one or two digits after the comma,
#: which a thousands separator never has (three: "4,600" stays four thousand six hundred).
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d+),(\d{1,2})(?![\d,.])")


#: A number in scientific notation, as a calculator ("6.022e23", "1.6E-19") or a deck writes it ("6.022 x 10^23",
#: "6.022*10**23", "3 × 10⁸"): the mantissa, then the exponent in one of its writings.
_SCIENTIFIC = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:[eE]([+\-−]?\d+)|[×xX*·]\s*10\s*(?:\^|\*\*)\s*([+\-−]?\d+)"
                         r"|[×xX*·]\s*10([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))(?![\w^]|\.\d)")

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def _scientific(text: str) -> str:
    """Scientific notation written one way, "6.022 × 10^23": "6.022e23", "6.022 x 10^23" and "6.022 × 10²³" alike."""
    def one_way(match: re.Match[str]) -> str:
        exponent = (match[2] or match[3] or match[4].translate(_SUPERSCRIPTS)).replace("−", "-").lstrip("+")
        return f"{match[1]} × 10^{exponent}"
    return _SCIENTIFIC.sub(one_way, text) if any(c.isdigit() for c in text) else text

_ONE_WAY_SCIENTIFIC = re.compile(r"(\d+(?:\.\d+)?) × 10\^(-?\d{1,2})(?!\d)")


def expanded(text: str) -> str:
    """Scientific notation (written one way, `_scientific`) as plain digits: "3 × 10^8" -> "300000000", "1.6 × 10^-19"
    -> "0.00000000000000000016"; the number's value and its unit are then read as any number's."""
    def plain(match: re.Match[str]) -> str:
        digits = format(Decimal(match[1]).scaleb(int(match[2])), "f")
        return digits.rstrip("0").rstrip(".") if "." in digits else digits
    return _ONE_WAY_SCIENTIFIC.sub(plain, text) if "× 10^" in text else text


def number_writing(text: str) -> str:
    """A text's numbers written one way before any reading: decimal commas as points, vulgar fractions as
    decimals, scientific notation as "× 10^"."""
    return _scientific(decimal_points(_fraction_decimals(text)))

_VULGAR_FRACTION = re.compile(r"(?<=\d)\s?([½¼¾])")

_FRACTION_DECIMAL = {"½": ".5", "¼": ".25", "¾": ".75"}


def _fraction_decimals(text: str) -> str:
    """A whole number's vulgar fraction as its decimals: "8½" -> "8.5" ("4 ft 8.5 in" for "4 ft 8½ in")."""
    return _VULGAR_FRACTION.sub(lambda m: _FRACTION_DECIMAL[m[1]], text) if any(c in text for c in "½¼¾") else text


def decimal_points(text: str) -> str:
    """`text` with its unambiguous decimal commas written as points: "4,6 billion" -> "4.6 billion";
    "4,600", "1,5,7" and "14, 1789" stay as they are."""
    return _DECIMAL_COMMA.sub(r"\1.\2", text) if "," in text else text

_FRACTION_HEADS = frozenset(["a", "an", *_CARDINALS])

_ORDINAL_WORD = re.compile(r"\b(" + "|".join(_ORDINALS[1:] + [t[:-1] + "ieth" for t in _TENS]) + r")\b",
                           re.IGNORECASE)


def ordinal_digits(text: str) -> str:
    """"the fifteenth century" -> "the 15th century" (both forms of an ordinal read alike)."""
    def digits(match: re.Match[str]) -> str:
        before = text[: match.start()].split()[-1:]
        if before and before[0].lower() == "per":
            return match.group()  # "metres per second": a unit, not an ordinal
        if before and (before[0].lower() in _FRACTION_HEADS or before[0].isdigit()):
            return match.group()  # "one third", "two fifths": a fraction, not an ordinal
        value = _NUMBER_WORDS[match.group().lower()][:-2]
        return value + {"1": "st", "2": "nd", "3": "rd"}.get(value[-1:], "th") if value[-2:-1] != "1" else value + "th"
    return _ORDINAL_WORD.sub(digits, text)
