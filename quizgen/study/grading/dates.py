"""A date or year typed in another writing: either order, ISO, a numeric date, the year alone (almost)."""

from __future__ import annotations

import datetime as dt
import re

from quizgen.core.answers import MONTHS, is_year_span, parse_date, value_of
from quizgen.core.model import AnswerType
from quizgen.core.text import normalize

_SLASH_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{3,4})$")


def same_year(typed: str, answer: str) -> bool:
    """The same year, decade or century in another writing: "399 BCE" for "399 BC", "the 1200s" for
    "the 13th century"; a span never stands for one year."""
    if is_year_span(typed) != is_year_span(answer):
        return False
    typed_value, answer_value = value_of(typed, AnswerType.YEAR), value_of(answer, AnswerType.YEAR)
    return typed_value is not None and typed_value == answer_value


def same_date(typed: str, answer: str) -> str | None:
    """A date typed in another writing: either order, ISO, a month abbreviated, a numeric slash date read in
    the key's own order ("10/02/1837" for "10 February 1837", "02/10/1837" for "February 10, 1837") or
    unambiguous. Right only when it states what the key states; the key's year alone ("1983" for
    "1983-07-21", "2017" for "July 2017") or its month and year alone ("December 1861" for "14 December
    1861") is "almost": what is typed is true, the day or month is missing."""
    expected = parse_date(answer)
    if expected is None:
        return None
    (day, kind) = expected
    has_year = kind in ("iso", "my") or str(day.year) in answer
    got = parse_date(typed)
    if got is None and kind == "m":  # "Nov" or "Sept." for "November": the month abbreviated
        month = day.month
        return "right" if normalize(typed) in (MONTHS[month - 1][:3], "sept" if month == 9 else "") else None
    if got is None and has_year and _year_alone(typed) == day.year:
        return "almost"  # the year alone of a date: true, but the month (and day) not known
    if got is None:
        got = _slash_date(typed, kind)
        if got is None:
            return None
    typed_day, typed_kind = got
    typed_year = typed_kind in ("iso", "my") or str(typed_day.year) in typed
    if kind == "m":
        return "right" if typed_kind == "m" and typed_day.month == day.month else None
    if kind == "my":
        return "right" if (typed_day.year, typed_day.month) == (day.year, day.month) else None
    if typed_kind == "my" and has_year and (typed_day.year, typed_day.month) == (day.year, day.month):
        return "almost"  # "December 1861" for "14 December 1861": the day missing
    if typed_kind in ("m", "my"):
        return None  # "January" states no day, nor year: it is not "January 1"
    if (typed_day.month, typed_day.day) != (day.month, day.day):
        return None
    if has_year and (not typed_year or typed_day.year != day.year):
        return None
    return "right"


def _year_alone(typed: str) -> int | None:
    """The year a text is alone ("1983", "AD 1983"), None for anything else (a span, a date, other words)."""
    if not re.fullmatch(r"\s*(?:(?:ad|a\.d\.|ce)\s*)?\d{3,4}(?:\s*(?:ad|a\.d\.|ce))?\s*", typed, re.IGNORECASE):
        return None
    value = value_of(typed, AnswerType.YEAR)
    return None if value is None else int(value)


def _slash_date(typed: str, key_kind: str) -> tuple[dt.date, str] | None:
    """A numeric date ("14/07/1789", "10.02.1837") as a full date: read in the key's own order, day first
    for "10 February 1837" ("dm"), month first for "February 10, 1837" ("md"), else only when one reading
    alone is a date (an ISO key states no order: "10/02/1837" stays ambiguous)."""
    slash = _SLASH_DATE.match(typed.strip())
    if slash is None:
        return None
    first, second, year = (int(g) for g in slash.groups())
    day_first, month_first = (year, second, first), (year, first, second)
    readings = [r for r in dict.fromkeys((day_first, month_first)) if 1 <= r[1] <= 12 and 1 <= r[2] <= 31]
    if len(readings) > 1:
        readings = [day_first] if key_kind == "dm" else [month_first] if key_kind == "md" else []
    if len(readings) != 1:
        return None
    try:
        return dt.date(*readings[0]), "iso"
    except ValueError:
        return None
