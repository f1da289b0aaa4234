"""Spans refined after they are found: those that only qualify a neighbour dropped, two terms of one
predicate joined, a title's name alone accepted, a role or weekday taken in, a kind of name ("Yoruba language")."""

from __future__ import annotations

import re

from quizgen.core.model import AnswerType
from quizgen.draft import gazetteer as gz
from quizgen.draft import terms, words
from quizgen.draft.entities.model import Span
from quizgen.draft.entities.name_types import after_stop
from quizgen.draft.entities.patterns import TOKEN

#: One article shared by two nouns joined by "and": "an English {mathematician and writer}".
_SHARED_ARTICLE = re.compile(r"\b(?:a|an) (?:[A-Za-z-]+ ){0,2}$")


def coordinated(text: str, spans: list[Span]) -> list[Span]:
    """Two lower-case terms joined by "and" after one "a"/"an" are one answer: "an English
    {mathematician and writer}" says what one thing is, in two nouns of one predicate, and one alone
    leaves the other as a clue. (Lists of examples keep a blank per item: "such as {tin} and {copper}".)"""
    result: list[Span] = []
    for span in spans:
        previous = result[-1] if result else None
        if (
            previous is not None and span.type is AnswerType.TERM and previous.type is AnswerType.TERM
            and span.text[:1].islower() and previous.text[:1].islower() and " " not in previous.text and len(span.text.split()) <= 2
            and text[previous.end : span.start] == " and " and _SHARED_ARTICLE.search(text, 0, previous.start)
            and not re.match(r" (?!(?:of|in|at|on|for|from|with|who|whose|and|or|but|by)\b)[a-z]", text[span.end :])
        ):
            result[-1] = Span(previous.start, span.end, text[previous.start : span.end], AnswerType.TERM, max(previous.rank, span.rank))
            continue
        result.append(span)
    return result


def without_honorific(span: Span) -> Span:
    """A person's name after a short title accepts the name alone too: "{Prof Ian Wilmut|Ian Wilmut}",
    "{King Tupou VI|Tupou VI}" (a ruler's title and a numeral or one name after it)."""
    first, _, rest = span.text.partition(" ")
    if first.lower() in _ROYAL and rest and span.type in (AnswerType.PERSON, AnswerType.TERM) and (
        " " in rest or rest[:1].isupper() and not words.known(rest)
    ):
        return Span(span.start, span.end, span.text, span.type, span.rank, (*span.alternatives, rest))
    if span.type not in (AnswerType.PERSON, AnswerType.TERM) or first.lower().rstrip(".") not in _HONORIFICS | {"dr", "professor"} or " " not in rest:
        return span
    return Span(span.start, span.end, span.text, span.type, span.rank, (*span.alternatives, rest))

#: A kind named after a name: "the {Nahuatl language|Nahuatl}", the name alone is the answer too.
_KIND_OF_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]+) (?:language|languages|people|peoples|tribe|tribes|dialect|script|alphabet|culture)")

#: A nationality or a regional adjective right before a term: "an {American football field}", "{Istrian limestone}".
_REGIONAL_BEFORE = re.compile(r"(?<![.!?:] )(?<=[a-z,] )(?P<word>[A-Z][a-z]{3,}(?:an|ian|ese|ish|ic)) $")


def named_kind(text: str, span: Span) -> Span:
    kind = _KIND_OF_NAME.fullmatch(span.text)
    if kind is not None:
        return Span(span.start, span.end, span.text, span.type, span.rank, (*span.alternatives, kind.group("name")))
    if span.type is not AnswerType.TERM or not span.text[:1].islower() or span.rank < 2:
        return span
    regional = _REGIONAL_BEFORE.search(text, 0, span.start)
    if regional is None or regional.group("word") not in gz.DEMONYMS and words.known(regional.group("word")):
        return span
    head = span.text.split()[-1].lower()
    if head in gz.PERSON_ROLES or head in gz.TITLE_ROLES or head.rstrip("s") in gz.PERSON_ROLES or re.match(r" [A-Z]", text[span.end :]):
        return span  # "an English physician", "Tibetan mountaineer Tenzing Norgay": a person keeps no nationality
    start = regional.start("word")
    rank = max(span.rank, 3) if terms.placed_after(text[:start]) else span.rank  # "the size of an {American football field}"
    return Span(start, span.end, text[start : span.end], span.type, rank, (span.text, *span.alternatives))

_ROLE_BEFORE = re.compile(r"(?<![\w-])(?P<role>[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.?) $")


def with_role(text: str, span: Span) -> Span:
    """A name after its role word accepts the two together: "Captain {Medec|Captain Medec}"."""
    role = _ROLE_BEFORE.search(text, 0, span.start)
    if role is None or not span.text[:1].isupper() or span.type in (AnswerType.NUMBER, AnswerType.DATE, AnswerType.YEAR):
        return span
    if not gz.title_role(role.group("role")):
        return span
    return Span(span.start, span.end, span.text, span.type, span.rank, (*span.alternatives, f"{role.group('role')} {span.text}"))

#: A weekday right before a date is part of it: "on {Sunday 2nd September 1666}", "{Thursday, 6 September}".
_WEEKDAY_BEFORE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:the )?$")


def with_weekday(text: str, match: re.Match[str]) -> Span:
    """A date's span, with the weekday before it if there is one (the date alone is accepted too).
    An ordinal date accepts the plain one: "the {4th of July 1934|4 July 1934}"."""
    plain = _ORDINAL_OF.sub(r"\g<day> ", match.group())
    weekday = _WEEKDAY_BEFORE.search(text, 0, match.start())
    if weekday is None or not re.search(r"\d", match.group()):
        return Span(match.start(), match.end(), match.group(), AnswerType.DATE, 6, (plain,) if plain != match.group() else ())
    alternatives = (match.group(),) + ((plain,) if plain != match.group() else ())
    return Span(weekday.start(), match.end(), text[weekday.start() : match.end()], AnswerType.DATE, 6, alternatives)

#: The ordinal and "of" of a date written "the 4th of July 1934".
_ORDINAL_OF = re.compile(r"^(?P<day>\d{1,2})(?:st|nd|rd|th)? of ")


def qualifiers(text: str, spans: list[Span]) -> list[Span]:
    """Spans that only qualify their neighbour are poor blanks: the country after its city ("from
    Gothenburg, {Sweden}": the city is asked, and is a place), an acronym in brackets beside its
    expansion ("the Event Horizon Telescope ({EHT})")."""
    result: list[Span] = []
    for index, span in enumerate(spans):
        before = text[: span.start]
        city = re.search(rf"({TOKEN}(?: {TOKEN})*), $", before)
        listed = re.match(r",? (?:and |or )?[A-Z]", text[span.end :]) is not None
        if span.text in gz.PLACES and city and (city.group(1) not in gz.PLACES or not listed) and city.group(1) not in gz.SENTENCE_STARTERS and not after_stop(text, city.start(1)):
            # "born in {Bergen, Norway|Bergen}": a place and its country are one answer, the place alone is accepted
            start, parts = city.start(1), [city.group(1)]
            region = re.search(rf"({TOKEN}(?: {TOKEN})*), $", text[:start])
            if region and region.group(1) not in gz.PLACES | gz.SENTENCE_STARTERS and not after_stop(text, region.start(1)):
                start, parts = region.start(1), [region.group(1), f"{region.group(1)}, {city.group(1)}"]  # "Berkeley, Gloucestershire, England"
            if re.search(r"\b(?:in|at|from|near|to|of)\s+$", text[:start]) and not re.match(r"['’]s\b", text[span.end :]):
                # (not "the tomb of Qin Shi Huang, China's first emperor": a person and an apposition)
                while result and result[-1].end > start:
                    result.pop()
                result.append(Span(start, span.end, text[start : span.end], AnswerType.PLACE, 4, tuple(parts)))
                continue
            span = Span(span.start, span.end, span.text, span.type, 1, span.alternatives)
            previous = result[-1] if result else None
            if previous is None or previous.end < city.start(1):
                result.append(Span(city.start(1), city.end(1), city.group(1), AnswerType.PLACE, 4))
            elif previous.end == city.end(1) and previous.rank <= 4:
                result[-1] = Span(previous.start, previous.end, previous.text, AnswerType.PLACE, 4, previous.alternatives)
        if re.fullmatch(r"[A-Z]{2,8}", span.text) and before.endswith("(") and index and re.search(r"[A-Z]\w*\s+\($", before):
            span = Span(span.start, span.end, span.text, span.type, 1, span.alternatives)
        result.append(span)
    return result

#: Short titles before a person's name: "Prof Ian Wilmut" is asked whole, "Ian Wilmut" accepted too.
_HONORIFICS = frozenset("prof mr mrs ms sir dame rev reverend".split())

_ROYAL = frozenset("king queen prince princess emperor empress pharaoh pope sultan tsar czar".split())
