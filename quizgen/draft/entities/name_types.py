"""What a name is (person, place, organization, title, term), from its shape and the words around it."""

from __future__ import annotations

import re

from quizgen.core.model import AnswerType
from quizgen.draft import gazetteer as gz
from quizgen.draft import words


def names_someone(word: str) -> bool:
    """A word after a role word that can be (part of) a person's name: "General {Patton}", not
    "General Electric" or "General Motors" (an adjective or a plural noun: a company's name)."""
    lower = word.lower()
    return not (words.only_adjective(lower) or lower.endswith("s") and not lower.endswith("ss") and words.NOUN in words.classes(lower))


def after_stop(text: str, start: int) -> bool:
    """A name right after a quote or a dash starts a clause, as at the start of the sentence."""
    return bool(re.search(r"[\"“(—:]\s*$", text[:start]))

#: A kind right before a name it introduces: "the programming language ", "the asteroid ".
_KIND_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?) (?:[a-z]+ )?(?P<kind>[a-z]{3,}) $")


def kind_before(before: str) -> bool:
    """The words before a name are "the" and the kind of thing it is (a noun, perhaps with a modifier):
    "The programming language Ada", "the asteroid Ceres" (not a role: "the cosmonaut X" is a person's)."""
    kind = _KIND_BEFORE.search(before)
    if kind is None or kind.group("kind") in gz.FUNCTION_WORDS or kind.group("kind") in gz.PERSON_ROLES | gz.TITLE_ROLES:
        return False
    return words.NOUN in words.classes(kind.group("kind"))


def title_cased(text: str, start: int, name: str) -> bool:
    """Two capitalised words or more after the sentence's first word, of no known type, which
    English words make ("the English Channel", "the Mid-Atlantic Ridge", "Blue Lias"): a proper
    name all the same; in prose only a name is written so."""
    if start == 0 or re.search(r"[.!?:;]\s*[\"“(]?$", text[:start]):
        return False
    parts = name.split()
    return len(parts) >= 2 and all(p[0].isupper() and not p.isupper() for p in parts) and parts[0] not in gz.SENTENCE_STARTERS


def unknown_name(text: str, start: int, name: str) -> bool:
    """A capitalised name of no known type that is no English word ("Ceres", "Gades", "Hannibal"),
    after the sentence's first word: still what a teacher asks, typed a term."""
    if start == 0 or re.search(r"[.!?:;]\s*[\"“(]?$", text[:start]):
        return False  # the first word of a sentence is capitalised anyway
    parts = name.split()
    if name[:-1] in gz.DEMONYMS or name[:-2] in gz.DEMONYMS or name.endswith("ans") and name[:-1] in gz.PLACES:
        return False  # "the Greeks", "the Romans": a people, said by name
    return all(len(p) >= 4 and p[0].isupper() and not p.isupper() and not words.known(p) for p in parts)

_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|(?:[A-Z]\.)+|[IVX]{1,4}|" + "|".join(sorted(gz.NAME_PARTICLES)))


def person_shaped(name: str) -> bool:
    """Two to four words that could be a person's name: "John Adams", "Silvestre de Sacy",
    "Theodore M. Davis", "Ptolemy V Epiphanes" (a first word, then names, initials, particles, numerals)."""
    parts = name.split()
    if 2 <= len(parts) <= 4 and all(re.fullmatch(r"(?:[A-Z]\.)+", p) for p in parts[:-1]) and re.fullmatch(r"[A-Z][a-z]{2,}", parts[-1]):
        return True  # "S. O. Morgan", "J. R. Tolkien": initials and a surname
    if not 2 <= len(parts) <= 4 or not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?", parts[0]):
        return False
    if parts[-1] in gz.INSTITUTION_WORDS or parts[-1].lower() in gz.PERSON_ROLES | gz.TITLE_ROLES:
        return False
    if all(words.known(part) for part in parts) and parts[0] not in gz.GIVEN_NAMES_THAT_ARE_WORDS:
        return False  # "Blue Anchor Line", "Milky Way", "Difference Engine": ordinary words, a thing's name
    return all(_NAME_WORD.fullmatch(part) for part in parts[1:])


def guessed_type(text: str, start: int, end: int, name: str) -> AnswerType | None:
    """A type from weaker signs, for a rank-3 blank: a head word of a period or an institution
    ("Ramesside Period": a term), a place preposition ("at Amarna"), a person's shape or verb."""
    parts = name.split()
    before = text[:start]
    if parts[-1] in gz.INSTITUTION_WORDS and len(parts) >= 2 or re.search(r"(?:ology|ism|ics|graphy|nomy)$", parts[-1]):
        return AnswerType.TERM  # "Ramesside Period"; a field of study: "Egyptology"
    if re.search(r"\b(?:published|appeared|reported|described)\s+(?:online\s+)?in\s+(?:the\s+)?(?:journal\s+)?$", before):
        return AnswerType.TITLE  # "published in Nature": a journal, not a place
    if re.search(r"-(?:class|type|style|era|based|born|made|like)$", name):
        return AnswerType.TERM  # "a Nimitz-class carrier": a kind, not a place
    if re.search(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Ii]nto|[Aa]cross|[Oo]utside|[Ii]nside)\s+(?:the\s+)?(?:modern-day\s+|present-day\s+)?$", before):
        return AnswerType.PLACE
    if re.search(r"\b(?:located|situated|lies|lying|stands|standing|sits|based|built)\s+on\s+(?:the\s+)?$", before):
        return AnswerType.PLACE  # "located on the Champ de Mars"
    if len(parts) >= 2 and all(words.known(p) for p in parts) and not after_stop(text, start) and start > 0:
        return AnswerType.TERM  # "the Milky Way", "the Difference Engine": a thing's name made of words
    if re.search(r"\b(?:the|a|an)\s+(?:[a-z]+\s+)?$", before):
        return None  # "the Champ de Mars", "the first Inspector General": a person's name takes no article
    if person_shaped(name) or re.match(rf"\s+(?:{'|'.join(sorted(gz.PERSON_VERBS))})\b", text[end:]) and not all(words.known(p) for p in parts):
        return AnswerType.PERSON
    return None


def cued_type(text: str, start: int, end: int, name: str) -> AnswerType | None:
    """The type the words right around a name give it, if they do."""
    before = re.findall(r"[A-Za-z-]+", text[max(0, start - 30):start])
    after = text[end:end + 60]
    word_before = before[-1].lower() if before and text[:start].endswith(" ") else ""
    if word_before in gz.PERSON_ROLES:
        return AnswerType.PERSON
    if re.search(r"\b(?:War|Battle|Revolution|Rebellion|Uprising|Crusade|Siege|Treaty)(?: [IVX]+)?$", name):
        return AnswerType.TERM  # "Before World War II, the director ...": an event, whatever role follows
    demonym = re.search(rf"(?:^|\b(?:[Tt]he|and|by|of|with|to)\s+|,\s+)(?:{'|'.join(sorted(gz.DEMONYMS))})\s+$", text[:start])
    if demonym and name.split()[-1] not in gz.INSTITUTION_WORDS and type_by_word(name) is None:
        return AnswerType.PERSON  # "the Swedish Akerblad", "French Silvestre de Sacy"
    if re.match(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{'|'.join(sorted(gz.PERSON_ROLES))})\b", after, re.IGNORECASE):
        return AnswerType.PERSON
    if re.match(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{'|'.join(sorted(gz.ORG_AFTER))})\b", after) and name not in gz.MONTHS and (
        word_before not in gz.FUNCTION_WORDS or not word_before
    ):
        return AnswerType.ORGANIZATION  # "Evergreen Marine, the Taiwanese transportation company that ..." (not "In May, the agency")
    if word_before in gz.ORG_BEFORE:
        return AnswerType.ORGANIZATION
    if word_before in gz.VEHICLE_NOUNS or re.search(rf"\b(?:{'|'.join(sorted(gz.VEHICLE_NOUNS))}),\s*$", text[:start]):
        return AnswerType.TITLE  # "the lunar module Eagle", "the command module, Columbia"
    if re.search(rf"\b(?:{'|'.join(sorted(gz.PLACE_BEFORE))})\s+of\s+$", text[:start]):
        return AnswerType.PLACE  # "the town of Pripyat"
    next_words = re.findall(r"[a-z]+", after.split(",")[0].split(".")[0])[:2]
    if next_words and (next_words[0] in gz.ORG_AFTER or next_words[1:] == ["agency"] and next_words[0] == "news"):
        return AnswerType.ORGANIZATION
    if next_words and next_words[0] in gz.VEHICLE_NOUNS and after.startswith(" "):
        return AnswerType.TITLE  # "a Saturn V rocket"
    if next_words and (next_words[0] in gz.PLACE_AFTER or next_words == ["space", "station"]):
        if after.startswith(" "):
            return AnswerType.PLACE
    return None


def type_by_word(name: str) -> AnswerType | None:
    """The type a name's own words or shape give it."""
    words = name.split()
    if name in gz.PLACES or len(words) >= 2 and any(w in gz.PLACE_WORDS for w in words):
        return AnswerType.PLACE
    if any(w in gz.ORG_WORDS for w in words):
        return AnswerType.ORGANIZATION
    if len(words) == 1 and (re.fullmatch(r"[A-Z]{2,6}", name) or re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*", name)):
        return AnswerType.ORGANIZATION  # RIA, AFP, NASA; SpaceX, IMDb
    return None
