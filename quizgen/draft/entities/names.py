"""Names found by their capitals, typed by their cues or by the lexicon."""

from __future__ import annotations

import re
from typing import Iterable

from quizgen.core.model import AnswerType
from quizgen.draft import gazetteer as gz
from quizgen.draft import words
from quizgen.draft.entities.model import Lexicon, Span
from quizgen.draft.entities.name_types import (
    after_stop, cued_type, guessed_type, kind_before, names_someone, person_shaped, title_cased, type_by_word,
    unknown_name
)
from quizgen.draft.entities.patterns import ORG_ALTERNATION, TOKEN

#: A lower-case particle between the words of a name ("Silvestre de Sacy", "Deir el-Bahari").
#: Particles run together ("Ville de la Paris", "Physique et de Chimie"): "et" joins two parts of one name.
_PARTICLES = "|".join(sorted(gz.NAME_PARTICLES | {"et"}))

_PARTICLE = rf"(?: (?:{_PARTICLES})(?: (?:{_PARTICLES}))*(?= [A-Z])| (?:el|al)-(?=[A-Z]))"

_INNER = rf"(?: [“\"][A-Z][a-z]+[”\"]| (?!(?:{ORG_ALTERNATION})['’]s\b){TOKEN}['’]s(?= [A-Z]))"

_NAME = re.compile(rf"{TOKEN}(?:{_INNER}|(?:{_PARTICLE}(?: )?|(?<!-) ){TOKEN})*(?:,? (?:Jr|Sr)\.?(?![\w]))?")


def capitalised_names(text: str) -> Iterable[tuple[int, int, str]]:
    """Capitalised runs, without a sentence-opening word, a nationality or a role word in front of them
    ("Russian actress", "Commander Neil Armstrong"); a nationality that is part of a place's or an
    organisation's name stays ("Soviet Union", "Ukrainian Soviet Socialist Republic")."""
    for match in _NAME.finditer(text):
        start, name = match.start(), match.group()
        parts = name.split(" ")
        if parts[-1] in gz.PLACE_WORDS | gz.ORG_WORDS | gz.STATE_WORDS | gz.INSTITUTION_WORDS and " ".join(parts) not in gz.SENTENCE_STARTERS:
            while parts and (start == 0 or after_stop(text, start)) and parts[0] in gz.SENTENCE_STARTERS:
                start += len(parts[0]) + 1
                parts = parts[1:]
            if parts and not (len(parts) == 1 and parts[0] in gz.DEMONYMS):
                yield start, start + len(" ".join(parts)), " ".join(parts)
            continue
        body = next((i for i, part in enumerate(parts[:-2]) if i > 0 and part in gz.INSTITUTION_WORDS | gz.ORG_WORDS
                     and person_shaped(" ".join(parts[i + 1 :]))), None)
        if body is not None:  # "the Chilean Navy Roberto Rios": the body the person serves in, then the person
            head = " ".join(parts[: body + 1])
            yield start, start + len(head), head
            start += len(head) + 1
            parts = parts[body + 1 :]
            yield start, start + len(" ".join(parts)), " ".join(parts)
            continue
        roles = [i for i, part in enumerate(parts[:-1]) if gz.title_role(part) and names_someone(parts[i + 1])]
        if roles:  # "Lunar Module Pilot Edwin Aldrin": the person comes after the role
            cut = roles[-1] + 1
            start += len(" ".join(parts[:cut])) + 1
            parts = parts[cut:]
        kind = len(parts) == 2 and parts[0] in gz.DEMONYMS and re.match(r" [a-z]{3,}\b", text[match.end():]) is not None
        # "a female Finnish Dorset sheep": a nationality and one name before a noun name a kind together
        # "the Austrian Military Frontier", "the French Foreign Legion": after "the", a nationality opening a
        # name of two more words is part of it (not "the American Neil Armstrong": a person after it)
        kind = kind or len(parts) >= 3 and parts[0] in gz.DEMONYMS and re.search(r"\b[Tt]he\s+$", text[:start]) is not None \
            and not person_shaped(" ".join(parts[1:]))
        # "a former {Thai Navy SEAL}", "the {Chilean Navy}": a nation's armed or state body is named with its nation
        kind = kind or len(parts) >= 2 and parts[0] in gz.DEMONYMS and parts[1] in _NATIONAL_BODIES
        while parts and (
            parts[0] in gz.DEMONYMS and not kind
            or (start == 0 or after_stop(text, start)) and parts[0] in gz.SENTENCE_STARTERS
            or len(parts) > 1 and gz.title_role(parts[0]) and names_someone(parts[1])
        ):
            start += len(parts[0]) + 1
            parts = parts[1:]
        if parts:
            yield start, start + len(" ".join(parts)), " ".join(parts)

#: A nation's armed or state bodies, named with the nation before them ("Thai Navy", "Russian Army").
_NATIONAL_BODIES = frozenset("Navy Army Air Marines Marine Police Coast Guard Government Parliament Embassy Ministry".split())

_LINKED_NAME = re.compile(rf"{TOKEN}(?: {TOKEN})*(?: (?:of|for|de|la|del|da|von|van)(?: the)? {TOKEN}(?: {TOKEN})*)+")


def name_spans(text: str, lexicon: Lexicon) -> Iterable[Span]:
    for match in _LINKED_NAME.finditer(text):
        # "Sea of Tranquility", "Royal Academy of Sciences": a name with "of" is one name when its
        # words say it is a place or an organisation.
        start, name = match.start(), match.group()
        if any(w in gz.EVENT_WORDS for w in re.split(r" (?:of|for)\b", name)[0].split()):
            while name.split(" ", 1)[0] in gz.SENTENCE_STARTERS - gz.DEMONYMS and " " in name:
                start, name = start + len(name.split(" ", 1)[0]) + 1, name.split(" ", 1)[1]
            yield Span(start, match.end(), name, AnswerType.TERM, 5)  # "the {Battle of the Nile}", "the {American War of Independence}"
            continue
        while name.split(" ", 1)[0] in gz.SENTENCE_STARTERS and " " in name:
            start += len(name.split(" ", 1)[0]) + 1
            name = name.split(" ", 1)[1]
        if name in lexicon.types:
            continue  # typed below, with its lexicon type
        linked_type = type_by_word(name)
        left, _, right = name.partition(" of the ")
        if linked_type is AnswerType.PLACE and len(left.split()) >= 2 and left.split()[-1] in gz.PLACE_WORDS and right:
            # "the Ituri Forest of the Democratic Republic of the Congo": a place named whole, in the place
            # that holds it: two places (not "Sea of Tranquility", "Valley of the Kings": one name)
            yield Span(start, start + len(left), left, AnswerType.PLACE, 4)
            right_start = start + len(left) + len(" of the ")
            yield Span(right_start, match.end(), right, type_by_word(right) or AnswerType.PLACE, 4)
            continue
        if linked_type in (AnswerType.PLACE, AnswerType.ORGANIZATION):
            yield Span(start, match.end(), name, linked_type, 4)
    for start, end, name in capitalised_names(text):
        if name in gz.DEMONYMS or name in gz.SENTENCE_STARTERS:
            continue
        designation = re.match(r" \d{1,3}\b(?![.,:]\d|\s*%|\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(gz.MEASURE_UNITS)) + r")\b)", text[end:])
        if designation and name not in gz.MONTHS:
            end += designation.end()  # "Voyager 2", "Apollo 11": the number is part of the name
            name = text[start:end]
        cued = cued_type(text, start, end, name)
        known = lexicon.types.get(name)
        alternatives = lexicon.alternatives.get(name, ())
        defined = re.match(r"\s*\(([A-Z]{2,8})\)", text[end:])
        if defined and defined.group(1) in alternatives:
            # "International Space Station (ISS)": the blank swallows "(ISS)", and accepts the name said with it
            alternatives = (*alternatives, f"{name} ({defined.group(1)})")
            end += defined.end()
        # A name given in the sentence ("It was named Neptune") is what the sentence says; a letter
        # given as a name keeps the noun it labels ("called Z holes").
        given = bool(_NAMING.search(text[:start]))
        kind = re.match(r" [a-z]{3,}s\b| [a-z]{3,}(?=\s*(?:[.,;:!?)]|$))", text[end:])
        # "called Fibonacci numbers", "called Rayleigh scattering.": the name and the kind it names
        labelled = re.match(r" [a-z]+\b", text[end:]) if given and (len(name) <= 2 or kind) else None
        if labelled:
            end += labelled.end()
            name = text[start:end]
        placed = _PLACE_NOUN_AFTER.match(text, end) if not labelled and len(name) > 2 else None
        if placed is not None:  # "in the {Voyagers gallery|Voyagers}": the name and the kind of place it names
            alternatives = (*alternatives, name)
            end, name = placed.end(), text[start : placed.end()]
        if cued is not None:
            yield Span(start, end, name, cued, 5, alternatives)
        elif known is not None:
            yield Span(start, end, name, known, 5 if known is not AnswerType.PLACE or given else 4, alternatives)
        elif name in gz.CELESTIAL:
            yield Span(start, end, name, AnswerType.PLACE, 5 if given else 1)
        elif (word_type := type_by_word(name)) is not None:
            # "Russia's RIA news agency": a place that only qualifies the next name is a poor blank.
            modifier = word_type is AnswerType.PLACE and re.match(r"['’]s [A-Z]", text[end:])
            yield Span(start, end, name, word_type, 1 if modifier else 4)
        elif given:
            yield Span(start, end, name, AnswerType.TERM, 5)
        elif " " not in name and not words.known(name) and kind_before(text[:start]):
            yield Span(start, end, name, AnswerType.TERM, 4)  # "the programming language {Ada}": a name its kind announces
        elif re.search(r"\baccording to\s+$", text[:start], re.IGNORECASE):
            yield Span(start, end, name, AnswerType.ORGANIZATION, 3)
        elif (guessed := guessed_type(text, start, end, name)) is not None:
            yield Span(start, end, name, guessed, 3)
        elif unknown_name(text, start, name) and not any(name in other.split() for other in lexicon.types):
            yield Span(start, end, name, AnswerType.TERM, 3)  # "include Ceres, Vesta and Pallas": a name the page gives
            # (a part of a name the page gives in full, "Morrow" of "Ada Morrow", is that name's)
        elif title_cased(text, start, name):
            yield Span(start, end, name, AnswerType.TERM, 3)  # "along the Mid-Atlantic Ridge", "the English Channel"
    for match in _QUOTED_TITLE.finditer(text):
        yield Span(match.start("name"), match.end("name"), match.group("name"), AnswerType.TERM, 4)  # the "Ring of Fire"

#: A kind of place written after its name, in lower case: "the Voyagers gallery", "the Gale crater".
_PLACE_NOUN_AFTER = re.compile(r" (?:gallery|crater|forest|valley|desert|canyon|basin|region)\b(?![-’'])")

#: A name of two words or more in quotation marks, each capitalised but its small joining words: the "Ring of Fire".
_QUOTED_TITLE = re.compile(r"[\"“](?P<name>[A-Z][a-z]+(?: (?:of|the|and|de|du|la|[A-Z][a-z]+))*? [A-Z][a-z]+)[\"”]")

#: Words right before a name the sentence gives to something: "It was named Neptune".
_NAMING = re.compile(r"\b(?:named|called|renamed|dubbed|christened|nicknamed|known as)\s+(?:the\s+)?$")
