"""The verdict combinator: `compare` reads a typed answer against each accepted answer by the fair readings
(the other modules of this package), then by the spelling rules."""

from __future__ import annotations

from typing import Sequence

from quizgen.core.answers import infer_type_from_form, is_year_span
from quizgen.core import people
from quizgen.core.model import AnswerType
from quizgen.core.text import normalize
from quizgen.study.variants import ROMAN_TAIL, VERSUS, numbers_spelled_alike, regnal, spelling_variant
from quizgen.study.grading.text import ARTICLE, FOREIGN_ARTICLE, INFINITIVE, abbreviated, transliterated
from quizgen.study.grading.units import same_unit
from quizgen.study.grading.numbers import number_writing, numbers, ordinal_digits, same_numbers
from quizgen.study.grading.quantities import CLOCK, TYPED_CLOCK, same_number
from quizgen.study.grading.dates import same_date, same_year
from quizgen.study.grading.persons import (
    epithet_at, epithet_dropped, epithet_is_name, initials_written_out, known_as, middle_names_verdict,
    names_before, person_shaped, surname_misspelled, untitled_name)
from quizgen.study.grading.places import head_word_optional, institution_named, stem_words_added
from quizgen.study.grading.spelling import by_spelling


def compare(typed: str, accept: Sequence[str], answer_type: AnswerType | None = None,
            prompt: str = "") -> tuple[str, str]:
    """("right" | "almost" | "wrong", the accepted answer the typed text is closest to).

    Beyond the spelling rules below, a fair teacher's readings count as right: a number in digits
    or words ("4" for "four", "a third" or "1/3" for "one third"), without its unit or with
    the unit spelled out ("37" or "37 degrees" for "37 °C"), a range with a dash ("60-100" for
    "60 to 100"); a date in either order or ISO ("July 14, 1789", "1789-07-14" for "14 July
    1789"); a title or name without its leading article ("Starry Night"); a unit by its symbol or
    name ("230 volts" for "230 V"); a regnal number in words or digits ("Richard the Third");
    US or UK spelling ("epicenter"); a ratio in words ("3 to 1" for "3:1"); a name's word abbreviated
    or written out ("Warner Brothers", "Saint Helena", "Down's syndrome"); a decimal comma ("4,6" for "4.6",
    never "4,600"); a name quizgen's list of people knows the person by ("Galileo" for "Galileo Galilei");
    a person's name with or without its honorific or rank ("Douglas Haig" for "Sir Douglas Haig"), with or
    without middle names ("John Watson" for "John B. Watson"); a ratio in digits ("1 in 4" for "one in four");
    a place without its generic head word ("Vostok" for "Vostok Station"), a ship without its prefix ("Erebus"
    for "HMS Erebus"); a person's initials written out ("John Fitzgerald Kennedy" for "John F. Kennedy") or given
    names typed as initials ("W. E. Gladstone"); a surname key with given names added ("Rodion Raskolnikov" for
    "Raskolnikov"); scientific notation in any writing ("6.022e23"); a numeric date in the key's own order
    ("10/02/1837" for "10 February 1837"). A person's surname alone is "almost" ("Fleming" for "Alexander
    Fleming"; of any answer written as a person's name: "Onegin" for the novel "Eugene Onegin"), as are a date's
    year or month and year alone ("1983" for "1983-07-21") and a building's name without its kind ("Westminster"
    for "Westminster Abbey"). A different number, roman numerals included, is always wrong."""
    typed = number_writing(typed)
    person = answer_type is AnswerType.PERSON
    # As typed, and without a title ("General Dyer" is the surname alone when the key is a person's).
    typed_forms = dict.fromkeys((typed, untitled_name(typed, person) or typed))
    # Each reading of an accepted answer (with decimal points; a person's name without its title)
    # -> the answer as the deck writes it, and the type it is read as.
    readings: dict[str, tuple[str, AnswerType | None]] = {}
    for answer in accept:
        readings.setdefault(number_writing(answer), (answer, answer_type))
        untitled = untitled_name(answer, person)
        if untitled is not None:
            readings.setdefault(number_writing(untitled), (answer, AnswerType.PERSON))
    unmatched, almost = [], None
    for reading, (written, kind) in readings.items():
        verdicts = {_fair_reading(form, reading, kind, prompt) for form in typed_forms}
        if "right" in verdicts:
            return "right", written
        if "almost" in verdicts and almost is None:
            almost = written
        if None in verdicts:
            unmatched.append(reading)
    if almost is not None:
        return "almost", almost
    if not unmatched:
        return "wrong", accept[0]
    verdict, closest = by_spelling(typed, unmatched)
    return verdict, readings[closest][0]


def _fair_reading(typed: str, answer: str, answer_type: AnswerType | None, prompt: str) -> str | None:
    """"right" or "almost" by a rule a teacher applies, "wrong" where no typo can be meant (the
    answer's number in another unit), else None (left to the spelling rules)."""
    typed = VERSUS.sub(" v ", ordinal_digits(typed.strip()).replace(" & ", " and "))
    answer = VERSUS.sub(" v ", ordinal_digits(answer))
    if not typed:
        return None
    if ROMAN_TAIL.search(answer) or ROMAN_TAIL.search(typed):  # "Richard the Third" for "Richard III"
        typed, answer = regnal(typed), regnal(answer)
    kind = answer_type or infer_type_from_form(answer)
    if kind in (None, AnswerType.TERM, AnswerType.TITLE) and (person_shaped(answer) or names_before(typed, answer)):
        kind = AnswerType.PERSON  # "Georges d'Anthès" of a card typed "officer", the novel "Eugene Onegin"
    if kind is AnswerType.DATE:
        return same_date(typed, answer)
    if kind is AnswerType.YEAR and same_year(typed, answer):
        return "right"
    if kind is AnswerType.YEAR and is_year_span(typed) != is_year_span(answer):
        return None  # "1820" for "the 1820s": a year for a decade, never its number with a unit "s"
    if CLOCK.search(answer):  # "2.30" for "2:30": the same time of day
        typed = TYPED_CLOCK.sub(r"\1:\2", typed)
    if kind in (AnswerType.NUMBER, AnswerType.YEAR) or (kind is None and numbers(answer)):
        return same_number(typed, answer, prompt)
    typed_key, answer_key = normalize(ARTICLE.sub("", typed)), normalize(ARTICLE.sub("", answer))
    if typed_key and same_numbers(typed, answer) and (
            typed_key == answer_key or typed_key == normalize(ARTICLE.sub("", transliterated(answer)))
            or stem_words_added(typed_key, answer_key, prompt)):
        return "right"
    if typed_key and same_numbers(typed, answer) and abbreviated(typed) == abbreviated(answer):
        return "right"  # "Warner Brothers" for "Warner Bros.", "Saint Helena" for "St Helena", "Down's syndrome"
    if typed_key and (same_unit(ARTICLE.sub("", typed), ARTICLE.sub("", answer))
                      or numbers_spelled_alike(typed_key, answer_key)):
        return "right"  # "newton" or "N" for "newtons"; "j'ai 14 ans" for "j'ai quatorze ans"
    if kind is not AnswerType.PERSON and typed_key and same_numbers(typed, answer) and \
            spelling_variant(typed_key, answer_key, answer):
        return "right"  # "epicenter" for "epicentre", "Pangea" for "Pangaea"
    head_word = head_word_optional(typed_key, answer_key) if same_numbers(typed, answer) else None
    if head_word is not None:
        return head_word  # "the Atlantic" for "Atlantic Ocean", "Vostok" for "Vostok Station"; "Westminster" (almost)
    if typed_key and same_numbers(typed, answer) and institution_named(typed, answer):
        return "almost"  # "St Andrews" for "University of St Andrews": the town, or the university named otherwise
    article = FOREIGN_ARTICLE.match(answer)
    if article:
        word = (normalize(answer[article.end():]), normalize(transliterated(answer[article.end():])))
        typed_article = FOREIGN_ARTICLE.match(typed)
        if typed_key in word or typed_article and normalize(typed[typed_article.end():]) in word:
            return "almost"  # the word without its article, or with another ("Buch", "die Buch" for
            # "das Buch"): the gender is part of the answer
    if typed_key and INFINITIVE.sub("", typed_key) == INFINITIVE.sub("", answer_key) and (
            INFINITIVE.match(answer_key) or INFINITIVE.match(typed_key)) and len(answer_key.split()) <= 2:
        return "right"  # "speak" for "to speak": the infinitive's "to" is the gloss's form, not the answer
    if kind is AnswerType.PERSON and typed_key and same_numbers(typed, answer) and known_as(typed, answer):
        return "right"  # "Galileo" for "Galileo Galilei", "Michelangelo" for "Michelangelo Buonarroti"
    if kind is AnswerType.PERSON and typed_key and same_numbers(typed, answer) and \
            people.middle_names_dropped(typed, answer):
        return middle_names_verdict(typed, answer)  # "John Watson" for "John B. Watson"
    if typed_key and (kind is AnswerType.PERSON or people.lookup(answer) is not None) and \
            epithet_dropped(normalize(typed).split(), normalize(answer).split()):
        return "almost"  # "Alfred" for "Alfred the Great", "Robert Bruce" for "Robert the Bruce"
    if kind is AnswerType.PERSON:
        words = normalize(answer).split()
        typed_words = normalize(typed).split()
        if initials_written_out(typed_words, words) or initials_written_out(words, typed_words):
            return "right"  # "Womesh Chunder Bonnerjee" for "W. C. Bonnerjee", "W. E. Gladstone" for "William Ewart Gladstone"
        if len(typed_words) >= 2 and len(typed_words[0]) == 1 and len(words[0]) > 1 and words[0][0] == typed_words[0]:
            spelled = " ".join([words[0], *typed_words[1:]])  # "W. Gladstone": the key's first name as an initial,
            if people.middle_names_dropped(spelled, answer):  # its middle names dropped
                return middle_names_verdict(spelled, answer)
        if 0 < len(typed_words) - len(words) <= 2 and typed_words[-len(words):] == words:
            # given names added: "Franz Joseph Haydn" for "Joseph Haydn" is right; for a surname alone, right
            # when they are names and nobody the list of people knows bears them or the surname ("Rodion
            # Raskolnikov"), else "almost": the list tells them ("Karl van Beethoven" is not Ludwig)
            return "right" if len(words) >= 2 or names_before(typed, answer) else "almost"
        at = epithet_at(words)
        if at is not None and typed_words == words[at + 1:] and not epithet_is_name(typed_words):
            return None  # "Great" is no name of "Alfred the Great"
        if 1 <= len(typed_words) < len(words) and words[-len(typed_words):] == typed_words and len(typed_key) >= 3:
            return "almost"  # the surname alone
        if len(typed_words) == 1 < len(words) and len(typed_key) >= 3 and surname_misspelled(typed_words[0], words):
            return "almost"  # the surname alone, misspelled: "Lermontv", "Dantes" for "Georges d'Anthès"
    return None
