"""What a span says, ignoring its wording: the value merging compares across documents.

"26 November 1922" and "November 26, 1922" are one date; "3,100 BC" and "3100 BC" one year;
"twenty-five" is 25; "Howard Carter" and "Carter" one person; "more than 30 films" and "over 30
films" one number of films, which is not "30 days". Two values of one kind can also *conflict*:
the same month and year with another day, the same unit with another number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.core.model import AnswerType
from quizgen.core.text import normalize
from quizgen.draft import gazetteer as gz
from quizgen.draft.entities import Span

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12}
_MONTHS = {m.lower(): i + 1 for i, m in enumerate(gz.MONTHS)}
#: Words of a name that say nothing about which one it is ("the", "of", "for").
_NAME_FILLER = frozenset("the a an of for in on at and".split())


@dataclass(frozen=True, slots=True)
class Value:
    """A span's kind and what it says; `date` holds (day, month, year) with 0 for a missing part."""

    kind: str  # "person", "date", "year", "number", "time", "name"
    key: str
    date: tuple[int, int, int] = (0, 0, 0)

    def same(self, other: Value) -> bool:
        if self.kind == "date" and other.kind in ("date", "year") or self.kind == "year" and other.kind == "date":
            return _dates_agree(self.date, other.date)
        return self.kind == other.kind and self.key == other.key

    def conflicts(self, other: Value) -> bool:
        """Two values where one fact can hold only one: two dates or years that differ in a part
        both give ("23 September 1846" vs "24 September 1846", "1928" vs "1929"), two numbers of
        one unit ("nine days" vs "10 days"; ages: "at twenty-five" vs "at twenty-six")."""
        if {self.kind, other.kind} <= {"date", "year"}:
            return self.date != (0, 0, 0) and other.date != (0, 0, 0) and not _dates_agree(self.date, other.date)
        if self.kind == other.kind == "number":
            unit_a, unit_b = self.key.partition(" ")[2], other.key.partition(" ")[2]
            return bool(unit_a) and unit_a == unit_b and self.key != other.key
        return False


def _dates_agree(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """No part both give differs, and they share at least one part."""
    return all(x == y or not x or not y for x, y in zip(a, b)) and any(x and y for x, y in zip(a, b))


def number_value(text: str) -> str:
    """"twenty-five" -> "25", "1.5 million" -> "1500000", "some 115,000" -> "115000", "1867-1934"
    -> "1867-1934"; qualifiers ("about", "more than") are dropped."""
    norm = normalize(text.replace(",", ""))
    digits = re.findall(r"\d+(?:\.\d+)?", text.replace(",", ""))
    words = norm.split()
    scale = next((_SCALES[w] for w in words if w in _SCALES and w != "dozen"), 1)
    if digits:
        if len(digits) >= 2 and re.search(r"\d\s*(?:[–—-]|to|and)\s*\d", text):
            return "-".join(digits[:2])
        value = float(digits[0]) * scale
        return str(int(value)) if value == int(value) else str(value)
    total = current = 0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "half" and current:
            current += 0.5  # "two and a half million"
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
    value = total + current
    return (str(int(value)) if value == int(value) else str(value)) if value else norm


#: What a count of people in a disaster says, however it is worded: "1,630 dead", "about 2,000 known
#: dead", "500 people were killed", "killed 412 people", "a death toll of 1,630" all count the dead.
_TOLLS = {
    **dict.fromkeys("dead death deaths fatalities killed died perished drowned lives".split(), "dead"),
    **dict.fromkeys("injured wounded hurt".split(), "injured"),
    **dict.fromkeys("homeless".split(), "homeless"),
}
_TOLL_AFTER = re.compile(
    r"\s+(?:(?:known|confirmed|reported|recorded|estimated)\s+)?"
    r"(?:(?:people|persons|men|women|children|others|residents|sailors|soldiers|passengers|crew)\s+"
    r"(?:(?:were|was|had been|have been|are)\s+)?(?:(?:also|later)\s+)?)?([a-z]+)"
)
_TOLL_BEFORE = re.compile(r"\b(killed|killing|kills|injured|injuring|injures|wounded|wounding|death toll (?:of|was|reached|rose to|stood at|is))\s+$")
_PEOPLE = frozenset("people persons men women children others residents sailors soldiers passengers".split())


def _toll(span: Span, text: str) -> str:
    """"dead", "injured" or "homeless" for a count of people a disaster killed, injured or left
    homeless, "" for any other number."""
    after = _TOLL_AFTER.match(text, span.end)
    if after and after.group(1) in _TOLLS:
        return _TOLLS[after.group(1)]
    before = _TOLL_BEFORE.search(text[: span.start])
    word = re.match(r"\s+([a-z]+)", text[span.end :])
    if before and (word is None or word.group(1) in _PEOPLE or word.group(1) in gz.FUNCTION_WORDS):
        return "dead" if before.group(1).startswith(("kill", "death")) else "injured"
    return ""


def toll_words(span: Span, text: str) -> str:
    """The words after a toll's number that say what it counts (" known dead", " people were killed"),
    "" when there are none."""
    after = _TOLL_AFTER.match(text, span.end)
    return after.group() if after and after.group(1) in _TOLLS else ""


def unit_of(span: Span, text: str) -> str:
    """The word after a number, singular ("10 days" -> "day"), "age" for an age ("at twenty-five"),
    "dead" or "injured" for a disaster's toll however it is worded (`_toll`), or "" without one."""
    if re.search(r"\b(?:[Aa]t|[Aa]ged|age of)\s+(?:only\s+|just\s+)?$", text[: span.start]):
        return "age"
    if toll := _toll(span, text):
        return toll
    unit = re.match(rf"[\s-]*(?:{gz.UNIT_SYSTEM}\s+)?([a-z]+)", text[span.end :]) if text else None  # "U.S. gallons" count gallons
    if unit is None or unit.group(1) in gz.FUNCTION_WORDS:
        return ""
    word = unit.group(1)
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def date_parts(text: str) -> tuple[int, int, int]:
    """(day, month, year) of a written date, 0 where a part is not given."""
    norm = normalize(text)
    month = next((_MONTHS[w] for w in norm.split() if w in _MONTHS), 0)
    year = next((int(n) for n in re.findall(r"\b\d{3,4}\b", norm)), 0)
    day = next((int(n) for n in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", norm) if int(n) <= 31), 0)
    return day, month, year


def value_of(span: Span, text: str = "") -> Value:
    """What a span says, ignoring wording (see the module docstring)."""
    if span.type is AnswerType.DATE:
        parts = date_parts(span.text)
        return Value("date", "-".join(map(str, parts)), parts)
    if span.type is AnswerType.YEAR:
        era = re.search(r"\b(BC|BCE|AD|CE)\b", span.text)
        digits = re.sub(r"[^\d–-]", "", span.text)
        if era is None and re.fullmatch(r"\d{4}", digits):
            return Value("year", digits, (0, 0, int(digits)))
        return Value("year", digits + (" " + era.group(1).replace("BCE", "BC").replace("CE", "AD") if era else ""))
    if span.type is AnswerType.NUMBER and re.search(r"\d:\d", span.text):
        return Value("time", normalize(span.text))
    if span.type is AnswerType.NUMBER:
        unit = unit_of(span, text)
        return Value("number", number_value(span.text) + (" " + unit if unit else ""))
    written = span.text.partition(",")[0] if span.type is AnswerType.PLACE else span.text  # "Bergen, Norway" is Bergen
    words = [w for w in normalize(written).split() if w not in _NAME_FILLER]
    if span.type is AnswerType.PERSON:
        names = [w for w in words if w not in {"jr", "sr", "ii", "iii"}] or words
        return Value("person", names[-1] if names else "")
    return Value("name", " ".join(words))
