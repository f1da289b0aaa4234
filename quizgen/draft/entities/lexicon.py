"""The lexicon: names typed by a cue anywhere in the input, so that bare later mentions are typed too."""

from __future__ import annotations

import re
from typing import Iterable

from quizgen.core.model import AnswerType
from quizgen.draft import words
from quizgen.draft.entities.keyterms import acronyms, bracketed_acronym_terms, title_spans
from quizgen.draft.entities.model import Lexicon
from quizgen.draft.entities.name_types import cued_type, person_shaped, type_by_word
from quizgen.draft.entities.names import capitalised_names
from quizgen.draft.entities.patterns import BINOMIAL


def is_species(match: re.Match[str]) -> bool:
    """"Staphylococcus aureus" is a scientific name; "Hercules after" is not: an English word is no
    species name unless it has a Latin ending."""
    species = match.group("species")
    return not words.known(species) or bool(re.search(r"(?:us|um|ae|ii|ensis|oides|atum|icus)$", species))


def build_lexicon(sentences: Iterable[str]) -> Lexicon:
    lexicon = Lexicon()
    full_names: dict[str, set[str]] = {}  # surname -> the full names it stands for
    for text in sentences:
        for match in BINOMIAL.finditer(text):
            if not is_species(match):
                continue
            lexicon.add(match.group(), AnswerType.TERM)
            lexicon.add(match.group("genus"), AnswerType.TERM)
        for long_name, acronym in acronyms(text):
            answer_type = cued_type(text, *long_name) or type_by_word(long_name[2]) or AnswerType.ORGANIZATION
            lexicon.add(long_name[2], answer_type, [acronym])
            lexicon.add(acronym, answer_type, [long_name[2]])
        for span in bracketed_acronym_terms(text):
            lexicon.modifiers.add(span.alternatives[0].split()[0])
        for span in title_spans(text):
            lexicon.add(span.text, AnswerType.TITLE)
        for start, end, name in capitalised_names(text):
            answer_type = cued_type(text, start, end, name)
            if answer_type is None:
                if person_shaped(name):  # not typed, but a surname it shares makes that surname ambiguous
                    full_names.setdefault(name.split()[-1], set()).add(name)
                continue
            lexicon.add(name, answer_type)
            parts = name.split()
            if answer_type is AnswerType.PERSON and len(parts) >= 2:
                lexicon.add(name, answer_type, [parts[-1]])
                lexicon.add(parts[-1], answer_type, [name])
                full_names.setdefault(parts[-1], set()).add(name)
    for surname, names in full_names.items():
        if len(names) > 1:  # "Curie": Marie or Pierre; the surname alone accepts neither's full name
            lexicon.alternatives.pop(surname, None)
            for name in names:
                lexicon.alternatives[name] = tuple(a for a in lexicon.alternatives.get(name, ()) if a != surname)
    return lexicon
