"""Answer shapes: infer a type from an answer's form, and synthesize wrong answers in the same format.

19 -> 15, 24, 28; 2021 -> 2020, 2022, 2019; "October 5" -> "September 28", "October 12";
"more than 30" -> "more than 20", ...: a synthesized distractor keeps every word around the number.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache

from quizgen.core.model import AnswerType

_MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)}
_MONTH_RE = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_RE = r"(?P<day>[0-3]?\d)(?P<suffix>st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>\d{4})"
# Month-first ("October 5", "Oct. 5th, 2021") and day-first ("5 October 2021") dates.
_DATE_MD = re.compile(rf"^{_MONTH_RE}\s+{_DAY_RE}(?:(?P<sep>,?\s+){_YEAR_RE})?$", re.IGNORECASE)
_DATE_DM = re.compile(rf"^{_DAY_RE}(?:\s+of)?\s+{_MONTH_RE}(?:(?P<sep>,?\s+){_YEAR_RE})?$", re.IGNORECASE)
_DATE_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")
_YEAR = re.compile(r"^(?:1\d{3}|20\d{2})$")
_DECADE = re.compile(r"^(?P<prefix>the\s+)?(?P<decade>1\d{2}0|20\d0)s$", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.\-/])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.]*\d)")
_NUMBER_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
]
_NUMBER_WORD_RE = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
# Multiplicative steps away from a number, alternating below and above it.
_FACTORS = (Decimal("0.8"), Decimal("1.25"), Decimal("1.5"), Decimal("0.6"), Decimal("2"), Decimal("0.5"), Decimal("3"))
# A bound ("more than 30") is also true of every smaller bound: its wrong answers must go the other way.
_LOWER_BOUND = re.compile(r"\b(more than|over|at least|upwards of|in excess of|above|no fewer than|no less than)\s*$",
                          re.IGNORECASE)
_UPPER_BOUND = re.compile(r"\b(fewer than|less than|under|at most|up to|below|no more than)\s*$", re.IGNORECASE)
_UPWARD = (Decimal("2"), Decimal("3"), Decimal("5"), Decimal("4"), Decimal("10"))
_DOWNWARD = (Decimal("0.5"), Decimal("0.3"), Decimal("0.2"), Decimal("0.25"), Decimal("0.1"))


@lru_cache(maxsize=65536)  # decks repeat answers, and a fact's own distractors are tested per blank
def infer_type_from_form(answer: str) -> AnswerType | None:
    """Dates, years and numbers are recognised by their form; anything else returns None."""
    text = answer.strip()
    if _YEAR.match(text) or _DECADE.match(text):
        return AnswerType.YEAR
    if _parse_date(text) is not None:
        return AnswerType.DATE
    if _NUMBER.search(text) and len(text.split()) <= 4:
        return AnswerType.NUMBER
    if _NUMBER_WORD_RE.fullmatch(text) or (
        _NUMBER_WORD_RE.search(text) and len(text.split()) <= 3 and text.split()[0].lower() in _NUMBER_WORDS
    ):
        return AnswerType.NUMBER
    return None


def date_shape(answer: str) -> str | None:
    """A date's format without its values: "October 5" and "August 31" share "md"; None if not a date."""
    parsed = _parse_date(answer.strip())
    if parsed is None:
        return None
    _, match, kind = parsed
    if kind == "iso":
        return kind
    month = match["month"]
    dotted = match.string[match.end("month") : match.end("month") + 1] == "."
    return "|".join([kind, "short" if len(month) <= 4 and month.lower() not in _MONTHS else "long",
                     "dot" if dotted else "", match["suffix"] and "ordinal" or "", match["year"] and "year" or ""])


def synthesize(answer: str, answer_type: AnswerType) -> list[str]:
    """Wrong answers made from the answer itself, in its own format, best first."""
    text = answer.strip()
    if answer_type is AnswerType.YEAR:
        return _synth_year(text)
    if answer_type is AnswerType.DATE:
        return _synth_date(text)
    if answer_type is AnswerType.NUMBER:
        return _synth_number(text)
    return []


def _synth_year(text: str) -> list[str]:
    decade = _DECADE.match(text)
    if decade:
        value = int(decade["decade"])
        prefix = decade["prefix"] or ""
        return [f"{prefix}{value + d}s" for d in (-10, 10, -20, 20, -30, 30)]
    if not _YEAR.match(text):
        return _synth_number(text)
    value = int(text)
    return [str(value + d) for d in (-1, 1, -2, 2, 3, -3, 4, -4)]


def _parse_date(text: str) -> tuple[dt.date, re.Match[str], str] | None:
    for pattern, kind in ((_DATE_ISO, "iso"), (_DATE_MD, "md"), (_DATE_DM, "dm")):
        match = pattern.match(text)
        if not match:
            continue
        month_text = match["month"]
        month = int(month_text) if kind == "iso" else _MONTH_ABBR[month_text.lower()[:3]]
        year = int(match["year"]) if match["year"] else 2001
        try:
            return dt.date(year, month, int(match["day"])), match, kind
        except ValueError:
            return None
    return None


def _synth_date(text: str) -> list[str]:
    parsed = _parse_date(text)
    if parsed is None:
        return []
    date, match, kind = parsed
    out = []
    for days in (-7, 7, -14, 14, -3, 3, 21, -21):
        out.append(_format_date(date + dt.timedelta(days=days), match, kind, keep_year=date.year))
    return out


def _format_date(date: dt.date, match: re.Match[str], kind: str, keep_year: int) -> str:
    if kind == "iso":
        return date.isoformat()
    month_text = match["month"]
    full = _MONTHS[date.month - 1]
    dotted = match.string[match.end("month") : match.end("month") + 1] == "."
    if len(month_text) <= 4 and month_text.lower() != full:
        name = full[:3] + ("." if dotted else "")
    else:
        name = full
    if month_text[0].isupper():
        name = name.capitalize()
    day = str(date.day) + (_ordinal(date.day) if match["suffix"] else "")
    year = f"{match['sep']}{date.year}" if match["year"] else ""
    return f"{name} {day}{year}" if kind == "md" else f"{day} {name}{year}"


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _synth_number(text: str) -> list[str]:
    match = _NUMBER.search(text)
    if match is None:
        word = _NUMBER_WORD_RE.search(text)
        if word is None:
            return []
        value = _NUMBER_WORDS.index(word.group(1).lower())
        out = []
        for delta in (-1, 1, 2, -2, 3):
            other = value + delta
            if 0 < other < len(_NUMBER_WORDS):
                replacement = _NUMBER_WORDS[other]
                if word.group(1)[0].isupper():
                    replacement = replacement.capitalize()
                out.append(text[: word.start()] + replacement + text[word.end():])
        return out
    raw = match["num"]
    grouped = "," in raw
    value = Decimal(raw.replace(",", ""))
    places = -value.as_tuple().exponent if "." in raw else 0
    before = text[: match.start()]
    factors = _UPWARD if _LOWER_BOUND.search(before) else _DOWNWARD if _UPPER_BOUND.search(before) else _FACTORS
    values = _nearby_values(value, places, factors)
    out = []
    for other in values:
        formatted = f"{other:,.{places}f}" if grouped else f"{other:.{places}f}"
        out.append(text[: match.start()] + formatted + text[match.end():])
    return out


def _nearby_values(value: Decimal, places: int, factors: tuple[Decimal, ...] = _FACTORS) -> list[Decimal]:
    unit = Decimal(1).scaleb(-places)
    if value < 10 and places == 0 and factors is _FACTORS:
        candidates = [value + d for d in (-1, 1, 2, -2, 3, 4)]
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
