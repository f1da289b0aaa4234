"""Answer forms: infer a type from an answer's form, read its value, and synthesize wrong answers
in the same form.

Years stay years near the key (1945 -> 1943, 1948, ...; "753 BC" -> "751 BC"; "the 1980s" ->
"the 1970s"; "the 19th century" -> "the 18th century"); dates keep their format ("October 1962" ->
"October 1960", "14 July 1789" -> "7 July 1789"); numbers keep every word around the value, their
form (digits with digits, words with words, fraction words as correct fraction words) and a
plausible magnitude (small relative steps for decimals, percentages up to 100).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from quizgen.core.model import AnswerType

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
_MONTH_RE = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
             r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY_RE = r"(?P<day>[0-3]?\d)(?P<suffix>st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>\d{3,4})"
# Month-first ("October 5", "Oct. 5th, 2021"), day-first ("5 October 2021"), month and year
# ("October 1962"), a month alone ("May") and ISO dates.
_DATE_MD = re.compile(rf"^{_MONTH_RE}\s+{_DAY_RE}(?:(?P<sep>,?\s+){_YEAR_RE})?$", re.IGNORECASE)
_DATE_DM = re.compile(rf"^{_DAY_RE}(?:\s+of)?\s+{_MONTH_RE}(?:(?P<sep>,?\s+){_YEAR_RE})?$", re.IGNORECASE)
_DATE_MY = re.compile(rf"^{_MONTH_RE}(?P<sep>,?\s+){_YEAR_RE}$", re.IGNORECASE)
_DATE_M = re.compile(r"^(?P<month>january|february|march|april|may|june|july|august|september|october|november"
                     r"|december)$", re.IGNORECASE)
_DATE_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")
_YEAR = re.compile(r"^(?:1\d{3}|20\d{2})$")
_ERA_YEAR = re.compile(r"^(?:(?P<pre>AD|A\.D\.)\s*(?P<v1>\d{1,4})|(?P<v2>\d{1,4})\s*(?P<era>BC|BCE|AD|CE|B\.C\.|A\.D\.))$",
                       re.IGNORECASE)
#: A rough year with its era ("c. 2560 BC", "circa AD 79"), and the step it moves by: two steps either way, within the
#: rubric's 50 years (E), never by factors of the number (c. 3840 BC for c. 2560 BC).
_CIRCA_YEAR = re.compile(r"^(?P<c>c\.|ca\.|circa)\s*"
                         r"(?P<year>(?:AD|A\.D\.)\s*\d{1,4}|\d{1,4}\s*(?:BC|BCE|AD|CE|B\.C\.|A\.D\.))$", re.IGNORECASE)
_CIRCA_STEP = 25
_DECADE = re.compile(r"^(?P<prefix>the\s+)?(?P<decade>1\d{2}0|20\d0|[1-9]00)s$", re.IGNORECASE)  # "the 800s": a century's hundreds
_CENTURY = re.compile(r"^(?P<prefix>the\s+)?(?P<n>\d{1,2})(?P<suffix>st|nd|rd|th)(?P<rest>\s+century(?:\s+(?:BC|BCE|AD|CE))?)$",
                      re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.\-/])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.]*\d)")
_RANGE = re.compile(r"^(?P<pre>.*?)(?P<a>\d+(?:\.\d+)?)(?P<sep>\s*(?:-|–|—|to|and)\s*)(?P<b>\d+(?:\.\d+)?)(?P<post>.*)$")
UNITS_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)
TENS_WORDS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_WORD_NUMBER = re.compile(
    r"\b(?P<word>(?:" + "|".join(TENS_WORDS[2:]) + r")(?:[- ](?:" + "|".join(UNITS_WORDS[1:10]) + r"))?|"
    + "|".join(UNITS_WORDS) + r")\b", re.IGNORECASE)
#: Fractions a teacher writes in words, with their values (singular and plural denominators).
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
                 "tenth": 10, "tenths": 10}
_FRACTION_WORDS = re.compile(r"^(?P<num>a|an|one|two|three|four|five|seven|nine)[\s-]+(?P<den>" + "|".join(_DENOMINATORS)
                             + r")$", re.IGNORECASE)
_DIGIT_FRACTION = re.compile(r"^(?P<pre>.*?)(?P<n>\d+)/(?P<d>\d+)(?P<post>.*)$")
#: Both sides of a slash at least this large: a pair of readings ("120/80"), not a fraction.
_PAIR_FROM = 10
#: Common fractions offered as wrong answers for a fraction, in words.
_COMMON_FRACTIONS = (Fraction(1, 2), Fraction(1, 3), Fraction(2, 3), Fraction(1, 4), Fraction(3, 4), Fraction(1, 5),
                     Fraction(2, 5), Fraction(3, 5), Fraction(1, 10), Fraction(1, 8))
_DENOMINATOR_NAMES = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"),
                      5: ("fifth", "fifths"), 8: ("eighth", "eighths"), 10: ("tenth", "tenths")}
# Multiplicative steps away from a number, alternating below and above it.
_FACTORS = (Decimal("0.8"), Decimal("1.25"), Decimal("1.5"), Decimal("0.6"), Decimal("2"), Decimal("0.5"), Decimal("3"))
# A bound ("more than 30") is also true of every smaller bound: its wrong answers must go the other way.
_LOWER_BOUND = re.compile(r"\b(more than|over|at least|upwards of|in excess of|above|no fewer than|no less than)\s*$",
                          re.IGNORECASE)
_UPPER_BOUND = re.compile(r"\b(fewer than|less than|under|at most|up to|below|no more than)\s*$", re.IGNORECASE)
_UPWARD = (Decimal("2"), Decimal("3"), Decimal("5"), Decimal("4"), Decimal("10"))
_DOWNWARD = (Decimal("0.5"), Decimal("0.3"), Decimal("0.2"), Decimal("0.25"), Decimal("0.1"))
#: Year offsets for synthesized years: near the key, never the same, a few on each side.
_YEAR_OFFSETS = (-2, 3, -5, 1, 6, -4, 10, -10, 2, -1)
_TEMPERATURE = re.compile(r"^\s*(?:°|º|degrees?\b|deg\b)", re.IGNORECASE)
#: A noun right after a number (its count must agree: "one day", "two days").
_COUNTED = re.compile(r"^\s+[A-Za-z]")
#: A sign that opens a number ("-273.15 °C", "minus 40"): the value is negative.
_SIGN = re.compile(r"^\s*(?:[-−–](?=\d|\.\d)|minus\s+(?=\d|\.\d|[a-z]))", re.IGNORECASE)
#: The lowest value a temperature can take on each scale (absolute zero): nothing colder is offered.
_ABSOLUTE_ZERO = (("°c", Decimal("-273.15")), ("°f", Decimal("-459.67")), ("k", Decimal(0)))
#: A latitude moves by degrees too ("the 38th parallel": 35th, 40th, not 76th).
_LATITUDE = re.compile(r"^(?:st|nd|rd|th)?\s+parallel\b|^\s*°\s*[NS]\b", re.IGNORECASE)
_PERCENT = re.compile(r"%|\bper ?cent\b", re.IGNORECASE)


class Bounds(NamedTuple):
    """Values a wrong answer must lie strictly between (None: no bound), from what the fact states."""

    low: float | None = None
    high: float | None = None
    step: int = 0  # a rounded key the stem calls rough ("roughly from 1600"): wrong answers are multiples of it
    year: bool = False  # a number the stem places in time ("In ____ the emperor ..."): it moves as a year
    clear_of: float | None = None  # a number the stem calls rough ("about 5 litres"): wrong answers keep clear of it
    phase: float = 0  # with `step`: wrong answers lie a multiple of it from this ("the census of 1851": 1841, 1861)
    rough_year: float | None = None  # a year the stem says "around" of: a year ROUGH_YEARS from it fits as well
    rough_degrees: float | None = None  # a temperature the stem calls rough ("about 770 °C"): within ROUGH_DEGREES


    def admits(self, value: float | None) -> bool:
        if value is None:
            return True
        return (self.low is None or value > self.low) and (self.high is None or value < self.high) and \
            (not self.step or (value - self.phase) % self.step == 0) and \
            (not self.clear_of or abs(value / self.clear_of - 1) >= ROUGH_APART) and \
            (self.rough_year is None or abs(value - self.rough_year) > ROUGH_YEARS) and \
            (self.rough_degrees is None or abs(value - self.rough_degrees) > ROUGH_DEGREES * abs(self.rough_degrees))


#: A wrong year this close to a key the stem calls rough ("printed around ____": 1455) is true as well (1456).
ROUGH_YEARS = 3
#: A wrong temperature this close to a key the stem calls rough (as a share of it) is "about" it too: "a Curie
#: temperature of about ____" (770 °C) takes no 760 or 780 °C (judged P on heldout15), keeps 750 °C; "about 37 °C"
#: keeps 34 and 39 °C (judged good on heldout3).
ROUGH_DEGREES = 0.02
#: How far apart (as a share of the key) a wrong answer to "about ____" must lie not to be true as well.
ROUGH_APART = 0.22
#: ... and no further than this (as a log ratio: 1.8 times or 0.55 of it): twice Everest is absurd.
_ROUGH_FARTHEST = 0.6


NO_BOUNDS = Bounds()


@lru_cache(maxsize=65536)  # decks repeat answers, and a fact's own distractors are tested per blank
def infer_type_from_form(answer: str) -> AnswerType | None:
    """Dates, years and numbers are recognised by their form; anything else returns None."""
    text = _SIGN.sub("", answer.strip())
    if _YEAR.match(text) and text != answer.strip():
        return AnswerType.NUMBER  # "-1500" is a number, not a year
    if _YEAR.match(text) or _DECADE.match(text) or _ERA_YEAR.match(text) or _CENTURY.match(text):
        return AnswerType.YEAR
    if _parse_date(text) is not None:
        return AnswerType.DATE
    if _FRACTION_WORDS.match(text) or text.lower() == "half":
        return AnswerType.NUMBER
    if _NUMBER.search(text) and len(text.split()) <= 4:
        return AnswerType.NUMBER
    first = text.split()[0].lower() if text.split() else ""
    if len(text.split()) >= 2 and all(w[:1].isupper() for w in text.split()):
        return None  # "Nineteen Eighty-Four", "Twenty Thousand Leagues": a title in words, not a number
    if _WORD_NUMBER.fullmatch(text) or (
        _WORD_NUMBER.search(text) and len(text.split()) <= 3 and _WORD_NUMBER.fullmatch(first.split("-")[0])
    ):
        return AnswerType.NUMBER
    return None


@lru_cache(maxsize=65536)
def date_shape(answer: str) -> str | None:
    """A date's format without its values: "October 5" and "August 31" share "md"; None if not a date."""
    parsed = _parse_date(answer.strip())
    if parsed is None:
        return None
    _, match, kind = parsed
    if kind in ("iso", "m"):
        return kind
    month = match["month"]
    dotted = match.string[match.end("month"): match.end("month") + 1] == "."
    suffix = match.groupdict().get("suffix")
    year = match.groupdict().get("year")
    return "|".join([kind, "short" if len(month) <= 4 and month.lower() not in MONTHS else "long",
                     "dot" if dotted else "", suffix and "ordinal" or "", year and "year" or ""])


@lru_cache(maxsize=65536)
def number_form(answer: str) -> str:
    """How a number is written: "digits", "words", "fraction" (words), "range", "pair" (two numbers
    across a slash, as a blood pressure), or "" (not a number)."""
    text = answer.strip()
    pair = _DIGIT_FRACTION.match(text)
    if pair and int(pair["n"]) >= _PAIR_FROM and int(pair["d"]) >= _PAIR_FROM:
        return "pair"  # "120/80 mmHg": two readings, not a fraction
    if _FRACTION_WORDS.match(text) or text.lower() == "half" or pair:
        return "fraction"
    if _RANGE.match(text) and len(_NUMBER.findall(text)) >= 2:
        return "range"
    if _NUMBER.search(text):
        return "digits"
    if _WORD_NUMBER.search(text):
        return "words"
    return ""


@lru_cache(maxsize=65536)
def value_of(answer: str, answer_type: AnswerType) -> float | None:
    """The answer's value on a line, to rank wrong answers by nearness and test bounds: a year
    (BC negative, a decade or century by its start), a date (days, year 2001 when none is given),
    or a number (the first one; words and fractions too). None when it has no value."""
    text = answer.strip()
    if answer_type is AnswerType.YEAR:
        return _year_value(text)
    if answer_type is AnswerType.DATE:
        parsed = _parse_date(text)
        return None if parsed is None else float(parsed[0].toordinal())
    if answer_type is AnswerType.NUMBER:
        if number_form(text) == "pair":  # "120/80": by its first reading, the second breaking ties
            pair = _DIGIT_FRACTION.match(text)
            assert pair is not None
            return int(pair["n"]) + int(pair["d"]) / 10_000
        return number_value(text)
    return None


def is_circa_year(text: str) -> bool:
    """A rough year with its era written as a number ("c. 2560 BC"): it moves as a year (`synthesize`)."""
    return bool(_CIRCA_YEAR.match(text.strip()))


def is_year_span(text: str) -> bool:
    """A decade or a century ("the 1960s", "the 13th century"), not one year."""
    text = text.strip()
    return bool(_DECADE.match(text) or _CENTURY.match(text))


def _year_value(text: str) -> float | None:
    if _YEAR.match(text) or (text.isdigit() and len(text) <= 4):
        return float(text)
    era = _ERA_YEAR.match(text)
    if era:
        value = int(era["v1"] or era["v2"])
        return float(-value if (era["era"] or "").upper().startswith("B") else value)
    decade = _DECADE.match(text)
    if decade:
        return float(decade["decade"])
    century = _CENTURY.match(text)
    if century:
        start = (int(century["n"]) - 1) * 100
        return float(-start if "b" in century["rest"].lower() else start)
    return None


def number_value(text: str) -> float | None:
    """The value of the first number in `text`: digits, number words ("twenty-one", "two million")
    or a fraction ("one third", "a quarter", "1/3"); negative after a sign ("-273.15", "minus 40")."""
    text = text.strip()
    sign = _SIGN.match(text)
    if sign:
        value = number_value(text[sign.end():])
        return None if value is None else -value
    fraction = _FRACTION_WORDS.match(text)
    if fraction:
        numerator = 1 if fraction["num"].lower() in ("a", "an") else UNITS_WORDS.index(fraction["num"].lower())
        return numerator / _DENOMINATORS[fraction["den"].lower()]
    if text.lower() == "half":
        return 0.5
    digit_fraction = _DIGIT_FRACTION.match(text)
    if digit_fraction and int(digit_fraction["d"]):
        return int(digit_fraction["n"]) / int(digit_fraction["d"])
    match = _NUMBER.search(text)
    if match:
        value = float(match["num"].replace(",", ""))
        scale = text[match.end():].split()[:1]
        return value * _SCALES.get(scale[0].lower(), 1) if scale else value
    return words_value(text)


def words_value(text: str) -> float | None:
    """The value of the first number written in words in `text` ("twenty-one" -> 21, "one hundred
    and four" -> 104, "two million" -> 2,000,000), else None."""
    span = words_span(text)
    return None if span is None else span[0]


_NUMBER_PIECE = re.compile(r"[\s-]+(?:and[\s-]+)?([a-z]+)", re.IGNORECASE)


def words_span(text: str) -> tuple[float, int, int] | None:
    """(value, start, end) of the first number written in words in `text`, scale words and "and"
    between them included: "six hundred years" -> (600.0, 0, 11)."""
    match = _WORD_NUMBER.search(text)
    if match is None:
        return None
    total, current, end = 0, _word_to_int(match["word"]), match.end()
    while piece := _NUMBER_PIECE.match(text, end):
        word = piece[1].lower()
        if word in _SCALES:
            if _SCALES[word] == 100:
                current *= 100
            else:
                total, current = total + current * _SCALES[word], 0
        elif current % 100 == 0 and (word in UNITS_WORDS or word in TENS_WORDS[2:]) and (current or total):
            following = _WORD_NUMBER.match(text, piece.start(1))
            if following is None:
                break
            current += _word_to_int(following["word"])
            end = following.end()
            continue
        else:
            break
        end = piece.end()
    return float(total + current), match.start(), end


def _word_to_int(word: str) -> int:
    parts = re.split(r"[- ]", word.lower())
    if parts[0] in TENS_WORDS:
        return TENS_WORDS.index(parts[0]) * 10 + (UNITS_WORDS.index(parts[1]) if len(parts) > 1 else 0)
    return UNITS_WORDS.index(parts[0])


def int_to_words(value: int) -> str | None:
    """0..99 in words ("twenty-one"); None beyond."""
    if 0 <= value < 20:
        return UNITS_WORDS[value]
    if 20 <= value < 100:
        tens, units = divmod(value, 10)
        return TENS_WORDS[tens] + (f"-{UNITS_WORDS[units]}" if units else "")
    return None


def synthesize(answer: str, answer_type: AnswerType, bounds: Bounds = NO_BOUNDS) -> list[str]:
    """Wrong answers made from the answer itself, in its own format, best first; each lies
    within `bounds` (what the fact states: "from 1837 to ____" wants a year after 1837)."""
    text = answer.strip()
    if answer_type is AnswerType.YEAR or bounds.year and text.isdigit():
        out = _synth_year(text, bounds.step)
    elif answer_type is AnswerType.DATE:
        out = _synth_date(text)
    elif answer_type is AnswerType.NUMBER and is_circa_year(text):
        # "c. 2560 BC" written as a number: a rough year, moved by 25 and 50 years (never by factors: c. 3840 BC)
        circa = _CIRCA_YEAR.match(text)
        assert circa is not None
        out = [f"{circa['c']} {other}" for other in _synth_year(circa["year"], _CIRCA_STEP)[:4]]
    elif answer_type is AnswerType.NUMBER:
        # a rough decimal ("about 4.2 light-years") moves by factors, not by the small steps of a measure
        # (an angle too: "about 98°" is no temperature to move by degrees)
        out = _synth_number(text, rough=bool(bounds.clear_of) and ("." in text or "°" in text or "º" in text))
    else:
        return []
    if bounds == NO_BOUNDS:
        return out
    kept = [o for o in out if bounds.admits(value_of(o, answer_type))]
    if bounds.clear_of:  # clear of the key, but no further than needed: 11,061 m before 17,698 m for 8,849 m
        key = abs(bounds.clear_of)
        apart = {o: abs(math.log((abs(value_of(o, answer_type) or 0) + 1) / (key + 1))) for o in kept}
        spread: list[str] = []
        for option in sorted((o for o in kept if apart[o] < _ROUGH_FARTHEST), key=apart.__getitem__):
            value = abs(value_of(option, answer_type) or 0) + 1
            if all(abs(math.log(value / (abs(value_of(other, answer_type) or 0) + 1))) >= ROUGH_APART / 2
                   for other in spread):
                spread.append(option)  # 3,560 km and 3,562 km are one answer twice
        kept = spread
    if len(kept) < 3 and answer_type is AnswerType.NUMBER and bounds.clear_of and bounds.high is not None and \
            bounds.high < bounds.clear_of * 1.3:
        # "about 6,400 km" of a river, which no river passes by much: wrong answers below it, clear of it
        kept += [o for o in _synth_number(text, factors=_BELOW_FACTORS)
                 if o not in kept and bounds.admits(value_of(o, answer_type))]
    key_value = value_of(text, answer_type) if answer_type is AnswerType.NUMBER else None
    if key_value and key_value > 0 and bounds.high is not None and bounds.high <= key_value * 1.05 and \
            not bounds.clear_of and number_form(text) == "digits":
        # only smaller values fit ("Africa's highest mountain", "below ____"): near ones, never half the key or less
        kept = [o for o in kept if (value_of(o, answer_type) or 0) >= _LOWEST_BELOW * key_value]
        if len(kept) < 3:
            for other in _synth_number(text, factors=_BELOW_FACTORS):
                value = value_of(other, answer_type) or 0
                if other not in kept and bounds.admits(value) and \
                        all(abs(value - (value_of(o, answer_type) or 0)) > 0.05 * key_value for o in kept):
                    kept.append(other)  # (3,714 m is 3,710 m again)
    if key_value and key_value > 0 and bounds.low is not None and bounds.low >= key_value * 0.95 and \
            bounds.high is None and not bounds.clear_of and number_form(text) == "digits":
        # only larger values fit ("more than ____"): the mirror of the rule above, never more than twice the key
        # ("fly more than 12,000 km" for 4,000 km, three times the route: judged I)
        kept = [o for o in kept if (value_of(o, answer_type) or 0) <= _HIGHEST_ABOVE * key_value]
        for other in _synth_number(text, factors=_ABOVE_FACTORS):
            value = value_of(other, answer_type) or 0
            if len(kept) < 3 and other not in kept and bounds.admits(value) and value <= _HIGHEST_ABOVE * key_value:
                kept.append(other)
    if len(kept) < 3 and (answer_type is AnswerType.YEAR and not bounds.step and not is_year_span(text) or
                          answer_type is AnswerType.DATE):
        # a span the stem places the answer in (a war, a reign) that leaves few of the usual steps: nearer ones in it
        near = _synth_year(text, offsets=_NEAR_OFFSETS) if answer_type is AnswerType.YEAR else _synth_date(text, near=True)
        kept += [o for o in near if o not in kept and bounds.admits(value_of(o, answer_type))][: 3 - len(kept)]
    if len(kept) < 3 and answer_type is AnswerType.NUMBER and "." in text and number_form(text) == "digits":
        # a measure the fact holds in a narrow range (a pH): finer steps keep values near it available
        kept += [o for o in _synth_number(text, _FINE_STEP) if o not in kept and bounds.admits(value_of(o, answer_type))]
    return kept


#: Nearer steps, nearest first, for a key whose bounds leave few of the usual ones (years, months, days).
_NEAR_OFFSETS = (1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8, -8, 9, -9)


def _synth_year(text: str, step: int = 0, offsets: tuple[int, ...] = _YEAR_OFFSETS) -> list[str]:
    decade = _DECADE.match(text)
    if decade:
        value = int(decade["decade"])
        prefix = decade["prefix"] or ""
        return [f"{prefix}{value + d}s" for d in (-10, 10, -20, 20, -30, 30)]
    century = _CENTURY.match(text)
    if century:
        n = int(century["n"])
        out = []
        for d in (-1, 1, -2, 2):
            if n + d >= 1:
                out.append(f"{century['prefix'] or ''}{n + d}{_ordinal(n + d)}{century['rest']}")
        return out
    era = _ERA_YEAR.match(text)
    if era:
        value = int(era["v1"] or era["v2"])
        out = []
        for d in ([d * step for d in (-1, 1, -2, 2, 3, -3)] if step else offsets):
            other = value + d
            if other >= 1:
                out.append(f"{era['pre']} {other}" if era["pre"] else f"{other} {era['era']}")
        return out
    if not text.isdigit():
        return _synth_number(text)
    value = int(text)
    width = len(text)
    steps = [d * step for d in (-1, 1, -2, 2, 3, -3)] if step else offsets
    return [str(value + d).zfill(width) for d in steps if value + d > 0]


def _parse_date(text: str) -> tuple[dt.date, re.Match[str], str] | None:
    for pattern, kind in ((_DATE_ISO, "iso"), (_DATE_MD, "md"), (_DATE_DM, "dm"), (_DATE_MY, "my"), (_DATE_M, "m")):
        match = pattern.match(text)
        if not match:
            continue
        month_text = match["month"]
        month = int(month_text) if kind == "iso" else _MONTH_ABBR[month_text.lower()[:3]]
        groups = match.groupdict()
        year = int(groups["year"]) if groups.get("year") else 2001
        day = int(groups["day"]) if groups.get("day") else 1
        try:
            return dt.date(year, month, day), match, kind
        except ValueError:
            return None
    return None


def parse_date(text: str) -> tuple[dt.date, str] | None:
    """A date and its kind ("iso", "md", "dm", "my", "m"), or None; the year is 2001 when absent,
    the day 1 for a month."""
    parsed = _parse_date(text.strip())
    return None if parsed is None else (parsed[0], parsed[2])


def _synth_date(text: str, near: bool = False) -> list[str]:
    parsed = _parse_date(text)
    if parsed is None:
        return []
    date, match, kind = parsed
    if near:  # nearer months or days, nearest first (a date with its year only: a month alone has no span)
        if kind == "m" or not match.groupdict().get("year") and kind != "iso":
            return []
        if kind == "my":
            out = []
            for months in _NEAR_OFFSETS:
                index = date.month - 1 + months
                out.append(_format_date(dt.date(date.year + index // 12, index % 12 + 1, 1), match, kind))
            return out
        return [_format_date(date + dt.timedelta(days=days * 2), match, kind) for days in _NEAR_OFFSETS]
    if kind == "m":
        out = []
        for d in (-1, 1, -2, 2, 3, -3):
            name = MONTHS[(date.month - 1 + d) % 12]
            out.append(name.capitalize() if text[0].isupper() else name)
        return out
    if kind == "my":
        out = []
        for months, years in ((0, -2), (3, 0), (0, 1), (-2, 0), (0, 3), (-4, 1), (5, -1)):
            index = date.month - 1 + months
            year = date.year + years + index // 12
            out.append(_format_date(dt.date(year, index % 12 + 1, 1), match, kind))
        return out
    offsets = (-7, 7, -14, 14, -3, 3, 21, -21)
    return [_format_date(date + dt.timedelta(days=days), match, kind) for days in offsets]


def _format_date(date: dt.date, match: re.Match[str], kind: str) -> str:
    if kind == "iso":
        return date.isoformat()
    month_text = match["month"]
    full = MONTHS[date.month - 1]
    dotted = match.string[match.end("month"): match.end("month") + 1] == "."
    if len(month_text) <= 4 and month_text.lower() not in MONTHS:  # "Sept" is short, "May" or "June" is not
        name = full[:3] + ("." if dotted else "")
    else:
        name = full
    if month_text[0].isupper():
        name = name.capitalize()
    groups = match.groupdict()
    year = f"{groups['sep']}{date.year}" if groups.get("year") else ""
    if kind == "my":
        return f"{name}{year}"
    day = str(date.day) + (_ordinal(date.day) if groups.get("suffix") else "")
    return f"{name} {day}{year}" if kind == "md" else f"{day} {name}{year}"


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


_MEASURE_STEP, _FINE_STEP = Decimal("0.04"), Decimal("0.015")


#: Factors for a rough decimal: far enough from it not to be "about" it too.
_BELOW_FACTORS = (Decimal("0.75"), Decimal("0.65"), Decimal("0.55"))
#: Below a key that nothing may pass, wrong answers stay above this share of it (half of Kilimanjaro is no summit
#: of Africa's highest; judged on the quality sets: 0.5 of the key struck in 4 of 5 such options, 0.6 in 2 of 5).
_LOWEST_BELOW = 0.55
#: Above a key that wrong answers must pass ("more than ____"), they stay at most this many times it.
_HIGHEST_ABOVE = 2
_ABOVE_FACTORS = (Decimal("1.5"), Decimal("1.75"), Decimal("1.25"))
_ROUGH_FACTORS = (Decimal("0.7"), Decimal("1.3"), Decimal("1.5"), Decimal("0.6"), Decimal("1.7"), Decimal("0.5"))
_ORDINAL_AFTER = re.compile(r"^(st|nd|rd|th)\b")


def _synth_number(text: str, step: Decimal = _MEASURE_STEP, rough: bool = False,
                  factors: tuple[Decimal, ...] | None = None) -> list[str]:
    sign = _SIGN.match(text)
    if sign:  # a negative number moves by its size and keeps its sign; never below absolute zero
        head, rest = text[: sign.end()], text[sign.end():]
        floor = next((low for unit, low in _ABSOLUTE_ZERO if _unit_of(rest) == unit), None)
        out = []
        for other in _synth_number(rest):
            value = number_value(other)
            if value is not None and value > 0 and (floor is None or -Decimal(str(value)) >= floor):
                out.append(head + other)
        return out
    form = number_form(text)
    if form == "fraction":
        return _synth_fraction(text)
    if form == "range":
        return _synth_range(text)
    if form == "pair":
        return _synth_range(text, pair=True)
    match = _NUMBER.search(text)
    if match is None:
        return _synth_words(text)
    raw = match["num"]
    grouped = "," in raw
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return []
    places = -value.as_tuple().exponent if "." in raw else 0  # type: ignore[operator]
    before = text[: match.start()]
    factors = factors or (_UPWARD if _LOWER_BOUND.search(before) else _DOWNWARD if _UPPER_BOUND.search(before) else
                          _ROUGH_FACTORS if rough else _FACTORS)
    if factors is _FACTORS and (_TEMPERATURE.match(text[match.end():]) or _LATITUDE.search(text[match.end():])):
        values = _nearby_additive(value, places)
    else:
        values = _nearby_values(value, places, factors, step)
    if _PERCENT.search(text[match.end():]):
        values = [v for v in values if v <= 100]
    out = []
    counted = _COUNTED.match(text[match.end():])
    for other in values:
        if counted and (other == 1) != (value == 1):
            continue  # "1 days", "2 day": the noun would no longer agree
        # "400 m" -> "1,200 m": thousands grouped as a teacher writes them, whatever the key needed
        formatted = f"{other:,.{places}f}" if grouped or value < 1000 <= other else f"{other:.{places}f}"
        after = text[match.end():]
        if _ORDINAL_AFTER.match(after) and places == 0:
            after = _ordinal(int(other)) + after[2:]  # "38th" -> "23rd", never "23th"
        out.append(text[: match.start()] + formatted + after)
    return out


def _unit_of(text: str) -> str:
    """The temperature scale after a number ("273.15 °C" -> "°c"), else ""."""
    match = _NUMBER.search(text)
    rest = text[match.end():] if match else text
    rest = rest.strip().lower().replace("º", "°").replace("° ", "°")
    if rest.startswith(("°c", "degrees c", "degrees celsius")):
        return "°c"
    if rest.startswith(("°f", "degrees f", "degrees fahrenheit")):
        return "°f"
    return "k" if rest in ("k", "kelvin", "kelvins") else ""


def _synth_words(text: str) -> list[str]:
    """A number in words keeps words: "two" -> "one", "three", "four"; "twenty-one" -> "twenty"."""
    word = _WORD_NUMBER.search(text)
    if word is None:
        return []
    value = _word_to_int(word["word"])
    out = []
    deltas = (-1, 1, 2, -2, 3) if value < 20 else (-10, 10, -5, 5, 20)
    counted = _COUNTED.match(text[word.end():])
    spaced = " " in word["word"]  # "twenty one" keeps its space, "twenty-one" its hyphen
    for delta in deltas:
        other = value + delta
        replacement = int_to_words(other) if other > 0 else None
        if replacement is None or counted and (other == 1) != (value == 1):
            continue
        if spaced:
            replacement = replacement.replace("-", " ")
        if word["word"][0].isupper():
            replacement = replacement.capitalize()
        out.append(text[: word.start()] + replacement + text[word.end():])
    return out


def _synth_fraction(text: str) -> list[str]:
    """Fractions as correct fraction words ("one third" -> "one quarter", "two thirds"), nearest first."""
    value = Fraction(number_value(text) or 0).limit_denominator(12)
    digits = _DIGIT_FRACTION.match(text)
    if digits:
        return [f"{digits['pre']}{f.numerator}/{f.denominator}{digits['post']}"
                for f in sorted(_COMMON_FRACTIONS, key=lambda f: abs(f - value)) if f != value][:6]
    words = _FRACTION_WORDS.match(text)
    article = words is not None and words["num"].lower() in ("a", "an")
    capital = text[:1].isupper()
    out = []
    # "a third": "a quarter", "a fifth" first (its own form), then "two thirds" where the bounds want them
    for other in sorted(_COMMON_FRACTIONS, key=lambda f: (article and f.numerator != 1, abs(f - value), f)):
        if other == value:
            continue
        # "a third" is answered by "a quarter" or "two thirds" (never "a two thirds"): "at least a third" needs
        # the larger ones
        singular, plural = _DENOMINATOR_NAMES[other.denominator]
        if other.numerator == 1:
            head = ("an" if singular[0] in "aeiou" else "a") if article else "one"
            phrase = f"{head} {singular}" if not (other.denominator == 2 and not article) else "one half"
        else:
            phrase = f"{UNITS_WORDS[other.numerator]} {plural}"
        out.append(phrase.capitalize() if capital else phrase)
    return out[:6]


def _synth_range(text: str, pair: bool = False) -> list[str]:
    """A range moves as a whole: "60 to 100" -> "36 to 60", "90 to 150", never overlapping the key's
    by half its width or more (that would be partly true); its separator is kept. A pair of
    readings ("120/80 mmHg") moves both readings alike."""
    match = _DIGIT_FRACTION.match(text) if pair else _RANGE.match(text)
    assert match is not None
    low, high = (Decimal(match["n"]), Decimal(match["d"])) if pair else (Decimal(match["a"]), Decimal(match["b"]))
    sep = "/" if pair else match["sep"]
    places = max(-low.as_tuple().exponent, -high.as_tuple().exponent, 0)  # type: ignore[operator]
    out = []
    # a pair of readings (a blood pressure) a fifth off is still normal, and twice it absurd
    factors = (Decimal("1.25"), Decimal("0.6"), Decimal("1.5")) if pair else \
        (Decimal("0.8"), Decimal("1.25"), Decimal("0.6"), Decimal("1.5"), Decimal("2"))
    for factor in factors:
        a = _round_like(low * factor, low, places)
        b = _round_like(high * factor, high, places)
        if a <= 0 or b <= 0 or (a, b) == (low, high) or not pair and a >= b:
            continue
        if not pair and min(b, high) - max(a, low) >= (high - low) / 2:
            continue  # "15 to 20" for "12 to 20" is mostly true
        out.append(f"{match['pre']}{a:.{places}f}{sep}{b:.{places}f}{match['post']}")
    return list(dict.fromkeys(out))


def _round_like(value: Decimal, like: Decimal, places: int) -> Decimal:
    roundness = Decimal(1).scaleb(-places)
    while places == 0 and like % (roundness * 10) == 0 and roundness * 10 < like:
        roundness *= 10
    return (value / roundness).quantize(Decimal(1)) * roundness


def _nearby_additive(value: Decimal, places: int) -> list[Decimal]:
    """A temperature moves by degrees, not by factors: 37 °C -> 34, 39, 32, 41 °C; 100 °C -> 90, 110."""
    digits = len(str(int(value)))
    step = Decimal(1).scaleb(-places) if value < 50 else Decimal(10) if digits <= 3 else Decimal(5).scaleb(digits - 2)
    deltas = (-3, 2, -5, 4, -1, 6) if step < 10 else (-1, 1, -2, 2, 3)
    return [value + d * step for d in deltas if value + d * step != value]


def _nearby_values(value: Decimal, places: int, factors: tuple[Decimal, ...] = _FACTORS,
                   share: Decimal = _MEASURE_STEP) -> list[Decimal]:
    unit = Decimal(1).scaleb(-places)
    if places > 0 and factors is _FACTORS:
        # A measured decimal (pH 7.35, 1.5 km) moves by small relative steps, never by a factor of 2.
        step = max(unit, (value * share).quantize(unit))
        candidates = [value + k * step for k in (-1, 1, -2, 2, 3, -3)]
    elif value < 10 and places == 0 and factors is _FACTORS:
        candidates = [value + d for d in (-1, 1, 2, -2, 3, 4, -3, -4)]
    else:
        # Keep the answer's roundness: 30 -> 20, 40 ...; 19 -> 15, 24 ...
        roundness = unit
        while places == 0 and value % (roundness * 10) == 0 and roundness * 10 < value:
            roundness *= 10
        candidates = [(value * f / roundness).quantize(Decimal(1)) * roundness for f in factors]
        if roundness > unit:  # coarse rounding can collapse small values: add finer ones after
            candidates += [(value * f / unit).quantize(Decimal(1)) * unit for f in factors]
    seen: set[Decimal] = set()
    out = []
    for candidate in candidates:
        if candidate <= 0 or candidate == value or candidate in seen:
            continue
        seen.add(candidate)
        out.append(candidate)
    return out
