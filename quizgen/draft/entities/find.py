"""Every candidate blank of a sentence, overlaps resolved."""

from __future__ import annotations

import re

from quizgen.core.model import AnswerType
from quizgen.draft import gazetteer as gz
from quizgen.draft import terms, words
from quizgen.draft.entities.adjust import (
    coordinated, named_kind, qualifiers, with_role, with_weekday, without_honorific
)
from quizgen.draft.entities.keyterms import bracketed_acronym_terms, called_names, term_spans, title_spans
from quizgen.draft.entities.lexicon import is_species
from quizgen.draft.entities.measures import compound_measures, is_counted, number_spans
from quizgen.draft.entities.model import Lexicon, Span
from quizgen.draft.entities.names import name_spans
from quizgen.draft.entities.patterns import (
    AWARD, AWARD_FIELD, BARE_MONTH, BINOMIAL, BY_A_PEOPLE, CALLED_END, CENTURY, CLASSED_AS, CLASSED_BY_BE,
    COMPARATIVE, COORDINATE, DATE_FORM, DECADE, DESIGNATION, EPITHET, ERA, ERA_MARKS, GLOSSARY, GLOSSED,
    GLUED_UNIT, MONTH, NAMED_KIND, NAMED_THING, NONE_THERE, NO_TOLL, NUMBERED, ORDINAL_DAY, ORG_ALTERNATION,
    ORG_BEFORE_NOUN, POINTING_BACK, PROCESS_SUBJECT, QUOTED_NAME, RANKED, SHIP, STYLED, THAN_WHAT, TIME,
    TOLL_COUNT, VAGUE_COUNT, WORDED_YEAR_RANGE, YEAR_FORM, YEAR_NAME, YEAR_RANGE
)

_DAY_AND_MONTH = rf"(?:(?:{MONTH}) \d{{1,2}}(?:, \d{{3,4}})?|\d{{1,2}} (?:{MONTH})(?: \d{{3,4}})?)"

#: A date with the same day in the other calendar in brackets: "July 10, 1856 (June 28 Old Style)", "6 January 1412 (O.S.)".
_DUAL_DATE = re.compile(
    rf"(?P<first>{_DAY_AND_MONTH}) \((?P<other>{_DAY_AND_MONTH})? ?(?:Old Style|New Style|O\.S\.|N\.S\.)\)"
)

#: A rate as "one in N" is one answer: "{One in 500} males", "about {one in every 2,000} babies" (accepting "1 in 500").
_ONE_IN = re.compile(r"\b(?:[Oo]ne|1) in (?:every )?(?P<whole>\d[\d,]*)(?![\d,]*\s*(?:%|percent|per cent))\b")


def find_spans(text: str, lexicon: Lexicon) -> list[Span]:
    """Every candidate blank of a sentence, overlaps resolved (best rank, then longest)."""
    candidates: list[Span] = [with_weekday(text, m) for m in DATE_FORM.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.DATE, 6, (m.group("day"),)) for m in _WEEKDAY_PART.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.DATE, 7, tuple(d for d in (m.group("first"), m.group("other")) if d))
                   for m in _DUAL_DATE.finditer(text)]  # "{July 10, 1856 (June 28 Old Style)}": one date, said in two calendars
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 6, (f"1 in {m.group('whole')}",)) for m in _ONE_IN.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 4) for m in _WORDED_COUNT.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.ORGANIZATION, 5) for m in _AND_ORGANIZATION.finditer(text)]
    candidates += [Span(m.start("people"), m.end("people"), m.group("people"), AnswerType.TERM, 5) for m in _NATIONALITY.finditer(text)]
    candidates += list(called_names(text))
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 5, (m.group("measure"),) if m.group("qualifier") else ())
                   for m in _FRACTION_MEASURE.finditer(text)]
    for m in _COUNTED_NAMES.finditer(text):  # "three volcanic cones, “Kibo”, “Mawenzi”, and “Shira”": each named one
        candidates += [Span(m.start("items") + i.start("name"), m.start("items") + i.end("name"), i.group("name"), AnswerType.TERM, 5)
                       for i in _LISTED_NAME.finditer(m.group("items"))]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.YEAR, 6, tuple(y for y in (m.group("first"), m.group("last")) if y) if not m.group("last") else ())
                   for m in _PART_OF_YEAR.finditer(text)]
    candidates += [Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 5) for m in _STAGE.finditer(text)
                   if not words.known(m.group("term"))]
    candidates += [
        Span(m.start("month"), m.end("month"), m.group("month"), AnswerType.DATE, 3) for m in BARE_MONTH.finditer(text)
    ]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.YEAR, 5) for m in YEAR_FORM.finditer(text) if not is_counted(text, m)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.TERM, 5) for m in COORDINATE.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.YEAR, 5) for m in ERA.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 5) for m in YEAR_RANGE.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 6, (f"{m.group('first')}–{m.group('last')}",))
                   for m in WORDED_YEAR_RANGE.finditer(text)]  # "constructed from {1887 to 1889}": one span of time
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 5, (text[m.start() : m.start("zone")],) if m.group("zone") else ())
                   for m in TIME.finditer(text)]
    candidates += [
        Span(m.start(), m.end(), m.group(), AnswerType.YEAR, 4, ("the " + m.group(),) if text[: m.start()].endswith("the ") else ())
        for m in DECADE.finditer(text)
    ]  # "in the {1930s}": "the 1930s" is the answer too
    candidates += [
        Span(m.start("people"), m.end("people"), m.group("people"), AnswerType.PERSON, 3, ("the " + m.group("people"),))
        for m in BY_A_PEOPLE.finditer(text) if m.group("people")[:-1] in gz.DEMONYMS or m.group("people")[:-2] in gz.DEMONYMS
    ]  # "first developed by the {Germans}": a people as the agent of what was done
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.YEAR, 5) for m in CENTURY.finditer(text)]
    for m in YEAR_NAME.finditer(text):  # "the {1889 World’s Fair}": the year opens the name of the event
        follows = re.match(r" ([a-z]+)\b", text[m.end():])
        field = AWARD_FIELD.match(text, m.end()) if m.group("name").split()[-1] in gz.AWARD_WORDS else None
        end = field.end() if field else m.end()  # "the {1962 Nobel Prize in Physiology or Medicine}"
        if field or follows is None or follows.group(1) in gz.FUNCTION_WORDS or words.NOUN not in words.classes(follows.group(1)):
            candidates.append(Span(m.start("year"), end, text[m.start("year") : end], AnswerType.TERM, 6, (text[m.start("name") : end],)))
    candidates += list(number_spans(text))
    candidates += [Span(m.start("n"), m.end("n"), m.group("n"), AnswerType.NUMBER, 4) for m in TOLL_COUNT.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.TERM, 4, ("none",)) for m in NO_TOLL.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 4, (m.group("n"),)) for m in ORDINAL_DAY.finditer(text)]
    for m in DESIGNATION.finditer(text):
        named = re.match(r" ([A-Z][a-z]{2,})\b(?! [A-Z])", text[m.end():])
        if named and not words.known(named.group(1)) and named.group(1) not in gz.SENTENCE_STARTERS and named.group(1) not in gz.MONTHS:
            # "the airship LZ 129 Hindenburg": the designation and the craft's name are one unit
            end = m.end() + named.end()
            candidates.append(Span(m.start(), end, text[m.start():end], AnswerType.TERM, 4, (m.group(),)))
        else:
            candidates.append(Span(m.start(), m.end(), m.group(), AnswerType.TERM, 4))
    candidates += title_spans(text)
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.TITLE, 5) for m in SHIP.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.TERM, 5, (m.group("number"),)) for m in NUMBERED.finditer(text)]
    candidates += list(name_spans(text, lexicon))
    candidates += list(term_spans(text))
    candidates += [
        Span(m.start(), m.end(), m.group(), AnswerType.TERM, 5) for m in BINOMIAL.finditer(text)
        if is_species(m)
    ]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.TERM, 5) for m in AWARD.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.PERSON, 5) for m in EPITHET.finditer(text)]
    for phrase in terms.phrases(text):
        phrase_rank = terms.rank(phrase)
        if phrase_rank:
            # "called space dust or micrometeoroids": two names of one thing, either is the answer
            either = tuple(phrase.text.split(" or ")) if phrase.defined and " or " in phrase.text else ()
            start, end, answer = phrase.start, phrase.end, phrase.text
            measure = re.match(r" of (?:a |an )?([a-z]{3,})\b", text[end:]) if phrase.placed and " " not in answer else None
            if measure and not measure.group(1) in gz.FUNCTION_WORDS:  # "the size of a grain of sand": the grain of sand
                end += measure.end()
                answer, either = text[start:end], (measure.group(1),)
            elif len(answer.split()) == 3 and not either:
                either = (answer.split(" ", 1)[1],)  # "seasonal trading post": "trading post" is the answer too
                if RANKED.match(answer):  # "the {sixth closest moon|sixth closest}": the rank is what is asked
                    either += (answer.rsplit(" ", 1)[0],)
            candidates.append(Span(start, end, answer, AnswerType.TERM, phrase_rank, either))
    candidates += [Span(start, end, item, AnswerType.TERM, 5) for start, end, item in terms.list_items(text)]
    candidates += [
        Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 4) for m in _BRACKETED_NAME.finditer(text)
        if words.NOUN in words.classes(m.group("head")) and all(
            w not in gz.FUNCTION_WORDS and (words.classes(w) <= {words.NOUN} or not words.known(w)) for w in m.group("term").split()
        )
    ]  # "light particles ({photons})": the bracket names the thing the words before describe
    candidates += [Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 5) for m in QUOTED_NAME.finditer(text)]
    candidates += [Span(m.start(), m.end(), m.group(), AnswerType.PERSON, 5) for m in STYLED.finditer(text)]
    for match in ORG_BEFORE_NOUN.finditer(text):
        name = re.sub(r"^.*['’]s ", "", match.group("name"))  # "Glasgow's Brown and Clyde": the owner is not the name
        while name.split(" ", 1)[0] in gz.SENTENCE_STARTERS and " " in name:
            name = name.split(" ", 1)[1]
        if " " in name and name not in lexicon.types:
            start = match.end("name") - len(name)
            candidates.append(Span(start, match.end("name"), name, AnswerType.ORGANIZATION, 5))
    for match in NAMED_KIND.finditer(text):
        first = match.group("term").split()[0]
        middle = match.group("term").split()[1:-1]
        if middle and words.classes(middle[0]) == {words.VERB} and words.past_form(middle[0]):
            continue  # "the young Anning sold shells": a name, its verb and its object
        if first not in gz.SENTENCE_STARTERS | gz.DEMONYMS | gz.CELESTIAL | gz.PLACES and first not in gz.MONTHS and not words.known(first):
            candidates.append(Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 3))
    for match in NAMED_THING.finditer(text):
        first = match.group("term").split()[0]
        if all(not words.known(part) for part in first.split("-")) and first not in gz.SENTENCE_STARTERS | gz.DEMONYMS | gz.CELESTIAL | gz.PLACES and first not in lexicon.types:
            candidates.append(Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 3))
    for match in COMPARATIVE.finditer(text):
        term = match.group("term")
        if words.ADJ in words.classes(term.split()[-1]) and term.split()[-1] not in {"other", "rather", "number", "later", "earlier"}:
            candidates.append(Span(match.start("term"), match.end("term"), term, AnswerType.TERM, 3))
            standard = THAN_WHAT.match(text, match.end())  # "smaller than {Earth's Moon}": what it is compared with
            if standard and standard.group("what").split()[0].lower() not in gz.FUNCTION_WORDS and not words.ADV in words.classes(
                standard.group("what").split()[0].lower()
            ):
                candidates.append(Span(standard.start("what"), standard.end("what"), standard.group("what"), AnswerType.TERM, 3))
    candidates += [Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 3) for m in VAGUE_COUNT.finditer(text)]
    candidates += [Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 5) for m in CLASSED_BY_BE.finditer(text)
                   if not POINTING_BACK.match(text)
                   and (not m.group("next") or m.group("next")[1:] in gz.FUNCTION_WORDS or words.NOUN not in words.classes(m.group("next")[1:]))]
    # (not "was white brick": a colour before a noun describes the noun)
    candidates += [Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 5)
                   for m in NONE_THERE.finditer(text)]  # "There was {no live video} of the landing": what was missing
    candidates += [Span(m.start("term"), m.end("term"), m.group("term"), AnswerType.TERM, 5) for m in GLOSSED.finditer(text)
                   if m.group("term") not in gz.FUNCTION_WORDS]
    candidates += list(bracketed_acronym_terms(text))
    for match in re.finditer(r"\b(?P<acronym>[A-Z]{2,6}) (?P<noun>[a-z]{3,})\b", text):
        if match.group("acronym") in lexicon.modifiers and words.NOUN in words.classes(match.group("noun")) and match.group("noun") not in gz.FUNCTION_WORDS:
            candidates.append(Span(match.start(), match.end(), match.group(), AnswerType.TERM, 6))  # "the AV valves"
    for match in _REGIONAL_KIND.finditer(text):  # "plates of {Istrian limestone}": a regional name and its noun name a kind
        if not words.known(match.group("word")) and match.group("word") not in gz.DEMONYMS and words.NOUN in words.classes(match.group("noun")) and match.group("noun") not in gz.PERSON_ROLES | gz.TITLE_ROLES:
            candidates.append(Span(match.start(), match.end(), match.group(), AnswerType.TERM, 5))  # above the unknown name alone
    for match in CLASSED_AS.finditer(text):  # "lists the heron as {near threatened}": the class given is the answer
        if words.NOUN not in words.classes(match.group("term").split()[-1]) or words.ADJ in words.classes(match.group("term").split()[-1]):
            candidates.append(Span(match.start("term"), match.end("term"), match.group("term"), AnswerType.TERM, 5))
    glossary = GLOSSARY.match(text)
    if glossary is not None and glossary.group("term") not in lexicon.types:
        candidates.append(Span(glossary.start("term"), glossary.end("term"), glossary.group("term"), AnswerType.TERM, 5))
    candidates += [
        Span(m.start(), m.end(), m.group(), AnswerType.NUMBER, 4, (m.group("value") + m.group("unit"), f"{m.group('value')} {m.group('unit')}", m.group("value")))
        for m in GLUED_UNIT.finditer(text)
    ]  # "about {180L} per day"
    called = CALLED_END.search(text)
    if called is not None:  # "... is called {Nitrogen fixation}.": the term a definition ends on, capitalised or not
        candidates.append(Span(called.start("term"), called.end("term"), called.group("term"), AnswerType.TERM, 5))
    process = PROCESS_SUBJECT.match(text)
    if process is not None and words.can_be_verb(process.group("verb")) and process.group("verb") not in gz.FUNCTION_WORDS:
        candidates.append(Span(0, process.end("term"), process.group("term"), AnswerType.TERM, 5))
    subject = terms.defined_subject(text)
    if subject is not None and subject.text not in lexicon.types:
        candidates.append(Span(subject.start, subject.end, subject.text, AnswerType.TERM, 5 if subject.copular else 3))
    spans = [with_role(text, without_honorific(named_kind(text, s))) for s in qualifiers(text, compound_measures(text, _resolve_overlaps(candidates)))]
    return coordinated(text, spans)

_REGIONAL_KIND = re.compile(r"(?<=[a-z,] )(?P<word>[A-Z][a-z]{3,}(?:an|ian|ese|ish|ic)) (?P<noun>[a-z]{3,})\b(?![-'’]| [A-Z])")

#: A count in words without a number: "{Dozens} of ships were waiting", "{hundreds} of visitors".
_WORDED_COUNT = re.compile(r"(?<![\w-])(?:[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions)(?= of (?:[a-z]+ )?(?:[a-z]+s|people|men|women|children)\b)")

#: The nation of a nationality or citizenship: "obtained the {French} nationality", "became a {Swiss} citizen".
_NATIONALITY = re.compile(rf"\b(?P<people>{'|'.join(sorted(gz.DEMONYMS))}) (?:nationality|citizenship|citizen|passport)\b")

#: A fraction of a unit said in words: "almost {a quarter of a mile}", "{half a mile|half a mile}" (the qualifier
#: may be left out).
_FRACTION_MEASURE = re.compile(
    r"\b(?P<qualifier>(?:almost|nearly|about|around|over|under|more than|less than|roughly) )?"
    r"(?P<measure>(?:(?:a|one) (?:quarter|third|half|fifth|tenth) of an?|half an?|(?:three|two) quarters of an?) "
    r"(?:mile|kilometre|kilometer|metre|meter|foot|inch|hour|minute|second|day|week|month|year|century|ton|tonne|pound|litre|liter|gallon|acre)s?)\b"
)

#: Names listed right after a count of things and a comma or colon: "its three volcanic cones, "Kibo", "Mawenzi",
#: and "Shira"", "two moons: Phobos and Deimos".
_ONE_NAME = r"[“\"]?[A-Z][a-z]+(?: [A-Z][a-z]+)?[”\"]?"

_COUNTED_NAMES = re.compile(
    rf"\b(?:two|three|four|five|six|seven|eight|nine|ten) (?:[a-z-]+ ){{0,2}}[a-z]+s[,:] (?P<items>{_ONE_NAME}(?:, {_ONE_NAME})*,? and {_ONE_NAME})"
)

_LISTED_NAME = re.compile(r"[“\"]?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)[”\"]?")

#: An organisation whose name joins two fields with "and": "the {National Aeronautics and Space Administration}".
_AND_ORGANIZATION = re.compile(
    rf"(?<![\w-])(?:(?!(?:The|A|An|In|On|At|By|For|From|With)\b)[A-Z][a-z]+ )+and (?:[A-Z][a-z]+ )*(?:{ORG_ALTERNATION})(?![\w-])"
)

#: A year with the part of it ("in {late 2014|2014}"), and two of them joined ("in {late 2014 and early 2015}").
_PART_OF_YEAR = re.compile(
    r"\b(?:early |late |mid-|mid )(?P<first>1[0-9]{3}|20[0-9]{2})(?: (?:and|to|until|through) (?:early |late |mid-|mid )?(?P<last>1[0-9]{3}|20[0-9]{2}))?\b(?![.,]\d)"
)

#: A technical word (none of the dictionary's) naming the stage or setting a sentence opens with: "In the
#: {interphase}, the cell ...", "During {prophase}, ..." (an everyday word there, "In the morning", is no answer).
_STAGE = re.compile(r"^(?:In|During|At) (?:the )?(?P<term>[a-z]{5,})(?=,)")

#: A weekday and the part of it: "ran aground {Tuesday morning}" (the weekday alone is accepted too).
_WEEKDAY_PART = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:morning|afternoon|evening|night)\b")


def _resolve_overlaps(candidates: list[Span]) -> list[Span]:
    chosen: list[Span] = []
    candidates = [c for c in candidates if c.text not in ERA_MARKS]  # "the second century BC": no name "BC"
    for span in sorted(candidates, key=lambda s: (-s.rank, -(s.end - s.start), s.start)):
        if all(span.end <= other.start or span.start >= other.end for other in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)

#: A noun phrase and, in brackets, the one- or two-word name of what it describes: "light particles (photons)".
_BRACKETED_NAME = re.compile(r"(?<![\w-])[a-z][a-z-]+ (?P<head>[a-z][a-z-]{2,}) \((?P<term>[a-z][a-z-]{3,}(?: [a-z][a-z-]{2,})?)\)")
