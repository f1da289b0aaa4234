"""Titles, acronyms, called names and the lower-case key terms a sentence defines."""

from __future__ import annotations

import re
from typing import Iterable

from quizgen.core.model import AnswerType
from quizgen.draft import gazetteer as gz
from quizgen.draft import words
from quizgen.draft.entities.measures import number_spans
from quizgen.draft.entities.model import Span
from quizgen.draft.entities.patterns import CONNECTED_NAME, SCALE

#: A word or few in double quotation marks: the term an explainer defines ('A "new moon" is ...', 'Two
#: "quarters," also called "half moons," ...'), unless someone is said to say it (see term_spans).
_QUOTED_TERM = re.compile(r"[\"“](?P<term>[A-Za-z][\w'’ -]*?)[.,]?[\"”]")

#: Where a quoted term is the one a sentence defines: opening it, or after an article, a count or a naming word
#: ('"Waxing" refers to ...', 'In the "waning gibbous" phase', 'Two "quarters,"', 'called "half moons,"').
_DEFINING_PLACE = re.compile(r"(?:^|\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|called|named|termed|known as|word|term))\s*$")

#: A verb of saying beside quotation marks: a quotation, not a term ("... ," he said; told "...").
_SAID_BESIDE = re.compile(r"\b(?:said|says|say|told|tells|asked|wrote|writes|added|adds|replied|shouted|tweeted)\b", re.IGNORECASE)

_DEFINED_TERM = re.compile(r"\b(?:a|an|the)\s+(?P<term>[a-z][a-z-]+(?: [a-z][a-z-]+)?)\s*(?:—|–|--| - |,)\s*(?:a|an)\s+(?!few\b|lot\b|number\b)")

#: A compass direction something faces or lies in: "placed facing east", "to the north of".
_DIRECTION = re.compile(r"\b(?:facing|faces|face|towards?|to the)\s+(?P<term>(?:north|south)(?:-?(?:east|west))?|east|west)\b", re.IGNORECASE)

#: A role word after an article names a key term of the story ("a female surgeon").
_ROLE_TERM = re.compile(
    rf"\b(?:a|an)\s+(?:[a-z]+\s+|(?P<demonym>{'|'.join(sorted(gz.DEMONYMS))})\s+)?(?P<term>{'|'.join(sorted(gz.PERSON_ROLES))})\b(?! [A-Z])"
    r"(?P<other> and (?:[a-z]+ |[A-Z]-[a-z]+ )?[a-z]{3,}(?:er|or|ist|ian)\b(?! [a-z]+\b(?<!\bwho)(?<!\bwhich)(?<!\bthat)(?<!\bof)(?<!\bin)))?"
)  # "an English {chemist and X-ray crystallographer}": a second role of the same person is one answer

#: The trade of a person named in full, set beside the name: "Vincenzo Galilei, a famous {lute player} and {music
#: theorist}", "Ada Byron, a {mathematician}": each trade is a blank (a comment on the person is not: "a gifted boy").
_APPOSED_TRADE = re.compile(
    r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+, (?:a|an) (?:(?:famous|well-known|noted|renowned|leading|celebrated|prominent|former|"
    r"professional|talented|gifted|skilled|successful|wealthy|local) )?(?P<first>(?:[a-z]+ )?[a-z]{3,}(?:er|or|ist|ian))"
    r"(?: and (?P<second>(?:[a-z]+ )?[a-z]{3,}(?:er|or|ist|ian)))?\b"
)

#: A magnet's or a planet's pole, named by its compass point: "a hypothetical {North pole}", "the {South Pole}".
_COMPASS_POLE = re.compile(r"\b(?P<term>(?:North|South) (?:magnetic |geographic )?[Pp]oles?)\b")

#: The trade a person worked in: "working as a {draftsman} in ...", "employed as an {interpreter}." ("serve as" is
#: no trade: "could serve as an abode for ...").
_WORKED_AS = re.compile(
    r"\b(?:work(?:ed|s|ing)?|employed|trained|hired|apprenticed|earned a living|made a living) as (?:a|an) "
    r"(?P<term>[a-z][\w-]{3,}(?: [a-z][\w-]{3,})?)(?=[.,;:!?]|$| (?:in|at|for|with|on|from|of|and|until|before|after|during|when|while|to|under|by)\b)"
)

#: What people call a thing: "The people of the island call them {ora}, {buaja durat} (land crocodile) or ...".
_CALL_THEM = re.compile(r"\b(?:call|calls|called) (?:it|them|him|her|the [a-z]+) (?=[a-zA-Z“\"])")

_CALLED_ITEM = re.compile(r"[“\"]?(?P<item>[A-Za-z][a-z-]+(?: [a-z-]+)?)[”\"]?(?: \([^()]{1,40}\))?(?P<sep>,? or |, |[.;]|$)")


def called_names(text: str) -> Iterable[Span]:
    """The names a sentence says a thing is called by, each a blank of its own (a bracketed gloss after a name
    is no part of it)."""
    for match in _CALL_THEM.finditer(text):
        at = match.end()
        found: list[Span] = []
        while True:
            item = _CALLED_ITEM.match(text, at)
            if item is None or item.group("item").split()[0].lower() in gz.FUNCTION_WORDS:
                break
            found.append(Span(item.start("item"), item.end("item"), item.group("item"), AnswerType.TERM, 5))
            if item.group("sep") in {"", ".", ";"} or len(found) >= 4:
                break
            at = item.end()
        if len(found) >= 2 or found and not words.known(found[0].text.split()[0].lower()):
            yield from found  # one everyday word ("call them often") is no name


def title_spans(text: str) -> list[Span]:
    """Titles of works after the noun naming the work: "the war film Battle for Sevastopol"."""
    pattern = re.compile(rf"\b(?:{'|'.join(sorted(gz.WORK_NOUNS))}),? (?P<title>{CONNECTED_NAME})")
    spans = []
    for match in pattern.finditer(text):
        title = match.group("title")
        title = re.sub(r"['’]s$", "", title)
        spans.append(Span(match.start("title"), match.start("title") + len(title), title, AnswerType.TITLE, 6))
    return spans

_ACRONYM_TERM = re.compile(r"(?<![\w-])(?P<long>[a-z][a-z-]+(?: [a-z][a-z-]+){0,2}) \((?P<acronym>[A-Z]{2,6})\) (?P<head>[a-z]+)\b")


def bracketed_acronym_terms(text: str) -> Iterable[Span]:
    """"the sinoatrial (SA) node", "the mean arterial (MA) pressure": one term, the words its acronym
    stands for, the acronym and the noun they name; either short form is accepted ("SA node",
    "sinoatrial node"). Never the half before the bracket ({sinoatrial}) or the acronym alone."""
    for match in _ACRONYM_TERM.finditer(text):
        words_before, acronym, head = match.group("long").split(), match.group("acronym"), match.group("head")
        if head in gz.FUNCTION_WORDS or words.NOUN not in words.classes(head):
            continue
        taken = next((k for k in (3, 2) if len(words_before) >= k and "".join(w[0] for w in words_before[-k:]) == acronym.lower()), 0)
        if not taken and words_before[-1][0] == acronym[0].lower():
            taken = 1  # "sinoatrial (SA)": one word's parts
        if not taken:
            continue
        long_name = " ".join(words_before[-taken:])
        start = match.end("long") - len(long_name)
        yield Span(start, match.end("head"), text[start : match.end("head")], AnswerType.TERM, 6, (f"{acronym} {head}", f"{long_name} {head}"))


def acronyms(text: str) -> Iterable[tuple[tuple[int, int, str], str]]:
    """"International Space Station (ISS)": the long name, and the acronym that stands for it."""
    for match in re.finditer(rf"(?P<name>{CONNECTED_NAME})\s+\((?P<acronym>[A-Z]{{2,8}})\)", text):
        name = match.group("name")
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        if initials.endswith(match.group("acronym")):
            tail = name.split()[-len(match.group("acronym")):]
            long_name = " ".join(tail)
            start = match.start("name") + len(name) - len(long_name)
            yield (start, start + len(long_name), long_name), match.group("acronym")


def term_spans(text: str) -> Iterable[Span]:
    for match in _QUOTED_TERM.finditer(text):
        term = match.group("term")
        size = len(term.split())
        around = text[max(0, match.start() - 12) : match.start()] + " " + text[match.end() : match.end() + 12]
        defined = _DEFINING_PLACE.search(text, 0, match.start()) is not None and len(term) >= 3
        if not 1 <= size <= 4 or not defined and not term[0].islower():
            continue
        if defined and (size * 2 > len(text.split()) or _SAID_BESIDE.search(around)):
            continue
        counted = any(number_spans(term))  # "the “seven minutes of terror” landing": one unit, not {seven}
        # the term a sentence defines is a strong blank; a word set apart inside it ("cells are "pinched" in two") a weaker one
        yield Span(match.start("term"), match.end("term"), term, AnswerType.TERM, 5 if counted else 4 if defined else 3)
    for match in _DEFINED_TERM.finditer(text):
        yield Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 3)
    for match in _ROLE_TERM.finditer(text):
        if match.group("demonym") and not match.group("other"):
            continue  # "Oleg Artemyev, a Russian cosmonaut": an apposition's role, no answer
        yield Span(match.start("term"), match.end(), text[match.start("term") : match.end()], AnswerType.TERM, 3)
    for match in _DIRECTION.finditer(text):
        yield Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 4)
    for match in _WORKED_AS.finditer(text):
        yield Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 4)
    for match in _COMPASS_POLE.finditer(text):
        yield Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 4)
    for match in _APPOSED_TRADE.finditer(text):
        for part in ("first", "second"):
            if match.group(part):
                yield Span(match.start(part), match.end(part), match.group(part), AnswerType.TERM, 4)
    for match in SCALE.finditer(text):
        yield Span(match.start("unit"), match.end("unit"), match.group("unit"), AnswerType.TERM, 4)
