"""Numbers with their units: values with their qualifiers ("more than 30"), counted or not, and two numbers
that are one measure ("305 feet, 6 inches")."""

from __future__ import annotations

import re
from typing import Iterable

from quizgen.core.model import AnswerType
from quizgen.draft import gazetteer as gz
from quizgen.draft.entities.model import Span
from quizgen.draft.entities.patterns import DASH, NUMBER_WORD, QUALIFIER, WORDS

_DIGITS = r"[$€£]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s(?:hundred|thousand|million|billion|trillion)\b)?"

#: A number with its qualifier ("more than 30", "some 115,000"), a range ("700-1000", "60 to 100"),
#: digits with separators and scale words ("1.5 million"), or number words ("a hundred thousand");
#: the unit after it stays in the text, so it is only looked at, not taken.
_NUMBER = re.compile(
    rf"(?:\b(?:{QUALIFIER})\s+)?(?P<value>(?<![\w.,:])(?:{_DIGITS})(?:\+(?= [a-z]))?(?:{DASH}{_DIGITS}|\s(?:to|and)\s{_DIGITS}(?=\s[a-z]))?(?![\w:]|[.,]\d)|\b{WORDS}(?:\s(?:to|or)\s{WORDS}(?=\s[a-z]))?\b)"
    rf"(?=(?P<unit>\s*%|\s+(?:per\s?cent|percent)\b|-[a-z]+|\s+(?:[a-z][a-z-]*)|\s*\())",
    re.IGNORECASE,
)

#: How many times: "at least twice", "thrice".
_TIMES = re.compile(rf"(?:\b(?:{QUALIFIER})\s+)?\b(?:twice|thrice)\b", re.IGNORECASE)

#: An age, which needs no unit: "at twenty-five", "at the age of 17", "aged 24".
_AGE = re.compile(rf"\b(?:[Aa]t (?:the age of )?|[Aa]ged |age of )(?:only |just )?(?P<value>\d{{1,3}}|{WORDS})\b(?![-\s]?(?:%|per|years?|[a-z]+s\b))")

#: A measure given in two units, the larger first: "305 feet, 6 inches", "2 hours and 15 minutes".
_SMALLER_UNIT = {
    "feet": "inches", "foot": "inches", "ft": "in", "yards": "feet", "miles": "yards", "pounds": "ounces",
    "lb": "oz", "stone": "pounds", "hours": "minutes", "hour": "minutes", "minutes": "seconds", "minute": "seconds",
    "days": "hours", "day": "hours", "years": "months", "year": "months", "months": "days", "month": "days",
    "metres": "centimetres", "meters": "centimeters", "metre": "centimetres", "meter": "centimeters",
    "degrees": "minutes", "kilograms": "grams", "kg": "g", "m": "cm",
}

_TWO_UNITS = re.compile(r"\s(?P<unit>[a-z]+),?\s(?:and\s)?$")


def compound_measures(text: str, spans: list[Span]) -> list[Span]:
    """Two numbers that are one measure in two units ("{305 feet, 6 inches} tall") are one blank."""
    result: list[Span] = []
    for span in spans:
        previous = result[-1] if result else None
        if previous is not None and previous.type is AnswerType.NUMBER and span.type is AnswerType.NUMBER:
            between = _TWO_UNITS.fullmatch(text, previous.end, span.start)
            smaller = _SMALLER_UNIT.get(between.group("unit")) if between else None
            after = re.match(r"\s([a-z]+)\b", text[span.end :])
            if smaller and after and after.group(1) in {smaller, smaller.rstrip("s"), smaller[:-2] if smaller.endswith("es") else smaller}:
                end = span.end + after.end()
                result[-1] = Span(previous.start, end, text[previous.start : end], AnswerType.NUMBER, previous.rank)
                continue
        result.append(span)
    return result

#: A four-digit number counts things, not years, after a qualifier or before a plural noun with no
#: preposition of time in front: "more than 1200 people", "some 1500 soldiers" (but "in 1969 astronauts").
_COUNT_BEFORE = re.compile(rf"\b(?:{QUALIFIER}|only|just|the|its|their|of the)\s+$", re.IGNORECASE)


def is_counted(text: str, match: re.Match[str]) -> bool:
    if _COUNT_BEFORE.search(text[: match.start()]):
        # "more than 1200 people" counts; "around 1795, after the war", "the 1889 World's Fair": nothing
        # counted follows, the number is a year
        return not re.match(r"\s*(?:[,.;:!?)]|$)|\s+[A-Z]", text[match.end():])
    plural = re.match(r"\s+(?:[a-z]+\s+)?[a-z]{3,}s\b", text[match.end():])
    timed = re.search(r"\b(?:in|by|since|until|from|of|during|circa|c\.|before|after|around|to|and|between)\s+$", text[: match.start()], re.IGNORECASE)
    return bool(plural) and not timed and not text[: match.start()].rstrip().endswith(",")

#: A quantity with its unit, then a bracket: what the bracket holds restates it ("104 km (65 mi)",
#: "4.5 billion kilometres (2.8 billion miles, or 30 times ...)").
_CONVERTED = re.compile(
    rf"(?:\d|\b(?:{NUMBER_WORD}))(?:\s(?:hundred|thousand|million|billion|trillion))?\s*[a-z]+\.?\s*\(([^()]*)\)", re.IGNORECASE
)

#: A currency right before an amount, perhaps with a qualifier before it: "over AUD$", "US$", "€", "£".
_CURRENCY_BEFORE = re.compile(rf"(?:(?P<qualifier>\b(?:{QUALIFIER})\s+))?(?P<amount>(?<![\w$€£¥])(?:[A-Z]{{1,3}})?[$€£¥])$")

#: A number in words restated in digits in brackets: "four (4) feet" is one number.
_AND_A_HALF = re.compile(r"(?P<half>[- ]and[- ]a[- ](?:half|quarter))(?:-(?:year|month|week|day|hour|minute|mile|metre|meter|foot|inch)s?\b(?:-old\b)?)?")

_DIGITS_RESTATED = re.compile(r" \((?P<digits>\d[\d,.]*)\)(?= [a-z])")


def number_spans(text: str) -> Iterable[Span]:
    for span in _bare_number_spans(text):
        restated = _DIGITS_RESTATED.match(text, span.end)
        half = _AND_A_HALF.match(text, span.end)
        if restated and span.text[-1:].isalpha():  # "{four (4) feet|four feet|4 feet}" (the unit is taken after it)
            bare = [a for a in span.alternatives if span.text.endswith(" " + a)]
            yield Span(span.start, restated.end(), text[span.start : restated.end()], span.type, span.rank,
                       (*span.alternatives, span.text, restated.group("digits"), *(f"{a} ({restated.group('digits')})" for a in bare)))
        elif half:  # "a {two-and-a-half-year} closure": one number, and its unit in one word
            yield Span(span.start, half.end(), text[span.start : half.end()], span.type, span.rank, (span.text + half.group("half"),))
        else:
            yield span


def _bare_number_spans(text: str) -> Iterable[Span]:
    restated = [(m.start(1), m.end(1)) for m in _CONVERTED.finditer(text)]
    for match in _NUMBER.finditer(text):
        value = match.group("value")
        unit = match.group("unit").strip()
        counted_of = unit.lower() == "of" and re.match(r"\d", value) and re.match(r"\s+of\s+(?:the|them|its|their|these|those)\b", text[match.end():])
        priced = value[:1] in "$€£¥" or match.start("value") == match.start() and _CURRENCY_BEFORE.search(text, 0, match.start()) is not None
        # an amount of money needs no unit after it: "sold for {£12,000} to a miller"
        if unit.lower() in {"and", "or", "to", "of", "the", "a", "an", "in", "on", "at", "is", "was"} and not counted_of and not priced:
            continue  # "one of the", "two and": a number without a unit is not worth a blank
        if value.lower() == "one" and unit.lower() not in gz.MEASURE_UNITS:
            continue  # "one of", "one orbit"; but "one metre" is a quantity
        if value.lower() in {"some", "a"} or re.fullmatch(r"\d", value) and unit.startswith("-"):
            continue
        if re.search(r"\bno\s+$", text[: match.start()], re.IGNORECASE):
            continue  # "no two soldiers are alike": not a count
        if re.match(r"-(?:quarters?|halves|half|thirds?|fifths?)\b", unit):  # "three-quarter Moon": a fraction
            continue
        if any(start <= match.start() < end for start, end in restated) or re.match(r"\s*(?:and|or)\s+a\s+half\b", text[match.end():]):
            continue  # a conversion repeats the value; "one and a half" is not one number
        # The blank keeps its qualifier ("more than 30") but not the unit, which stays in the text; the
        # value without its qualifier is accepted too ("{over 25,000|25,000}").
        bare = (value,) if match.start("value") > match.start() else ()
        currency = _CURRENCY_BEFORE.search(text, 0, match.start("value")) if match.start("value") == match.start() else None
        if currency is not None:  # "over {AUD$3 billion}", "{€5 million}": the currency is part of the amount
            start = currency.start("amount")
            bare = (text[start : match.end()],) if currency.group("qualifier") else ()
            yield Span(currency.start(), match.end(), text[currency.start() : match.end()], AnswerType.NUMBER, 4, bare)
            continue
        yield Span(match.start(), match.end(), match.group(), AnswerType.NUMBER, 4, bare)
    for match in _AGE.finditer(text):
        yield Span(match.start("value"), match.end("value"), match.group("value"), AnswerType.NUMBER, 4)
    for match in _TIMES.finditer(text):
        yield Span(match.start(), match.end(), match.group(), AnswerType.NUMBER, 4)
