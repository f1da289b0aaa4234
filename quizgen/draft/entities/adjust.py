"""Spans refined after they are found: joined terms, honorifics dropped, a role or weekday taken in,
a kind of name ("the Yoruba language")."""

from __future__ import annotations

import re

from quizgen.core.model import AnswerType
from quizgen.draft import gazetteer as gz
from quizgen.draft import terms, words
from quizgen.draft.entities.model import Span

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

#: Short titles before a person's name: "Prof Ian Wilmut" is asked whole, "Ian Wilmut" accepted too.
_HONORIFICS = frozenset("prof mr mrs ms sir dame rev reverend".split())

_ROYAL = frozenset("king queen prince princess emperor empress pharaoh pope sultan tsar czar".split())
