"""What an LMS should accept for a cloze question: quizgen's own readings, written out.

An LMS compares a short answer with a list of texts (Moodle, Canvas), where quizgen's grader
(`quizgen.study.grading.compare`) reads a number in words, with its unit, and more. So each cloze
question's list holds, beside the deck's answers, the other writings of them that the grader marks
right: the number in digits and in words (`core.answers` tables), with the unit of the answer or
of the stem's word after the blank in each of its spellings (the grader's unit table), a title
without its leading article, a person's name without its honorific or rank and without middle
names. Each candidate is kept only when `compare` says "right": the one rule stays the grader's,
and what it calls "almost" (a typo, a surname alone) is never listed.

A plain number that has no word form and no unit (a year, 3.14) is a numeric question instead
(`numeric_value`): a numeric field also takes "1969.0" and the like, and loses nothing quizgen
would accept.
"""

from __future__ import annotations

import re
from decimal import Decimal

from quizgen.core.answers import int_to_words, number_value
from quizgen.core.model import AnswerType, Card
from quizgen.study.grading import compare, numbers, unit_spellings, untitled_name, without_article

_PLAIN_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
#: More writings than any teacher types: the list stays readable in the LMS and the answer key.
MAX_READINGS = 12


def _stem_unit(prompt: str) -> str | None:
    """The word right after the blank when the grader's unit table knows it ("____ minutes")."""
    after = prompt.partition("____")[2].split()[:1]
    word = after[0].strip(".,;:!?)") if after else ""
    return word if word and unit_spellings(word) else None


def _number_texts(answer: str) -> tuple[list[str], str]:
    """The answer's number written in digits (with and without its scale word: "4.6 billion",
    "4600000000") and in words, and the text after it (its unit)."""
    match = re.match(r"^\s*(\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion)\b)?)\s*(.*)$", answer, re.IGNORECASE)
    value = number_value(answer)
    if match is None or value is None or len(numbers(answer)) != 1:
        return [], ""
    texts = [match[1]]
    if float(value).is_integer():
        whole = int(value)
        texts.append(str(whole))
        if whole >= 10_000:
            texts.append(f"{whole:,}")
        words = int_to_words(whole)
        if words:
            texts.append(words)
    return texts, match[2].strip()


def readings(card: Card) -> tuple[str, ...]:
    """The card's accepted answers, then the other writings of them quizgen grades right."""
    found: list[str] = list(card.accept)
    seen = {text.casefold() for text in found}
    candidates: list[str] = []
    stem_unit = _stem_unit(card.prompt)
    for answer in card.accept:
        candidates.append(without_article(answer))
        untitled = untitled_name(answer, card.type is AnswerType.PERSON)
        if untitled is not None or card.type is AnswerType.PERSON:  # a person's name, short
            name = (untitled or answer).split()
            candidates.extend((" ".join(name), f"{name[0]} {name[-1]}") if len(name) >= 2 else (" ".join(name),))
        texts, unit = _number_texts(answer)
        units = [u for u in (unit, stem_unit) if u]
        for number in texts:
            candidates.append(number)
            for name in units:
                candidates.extend(f"{number} {spelling}" for spelling in (name, *unit_spellings(name)))
            if unit:  # a number with its unit written out in full ("37 °C"): the number and unit words
                candidates.append(f"{number} {unit}")
    for text in candidates:
        if len(found) >= len(card.accept) + MAX_READINGS:
            break
        text = " ".join(text.split())
        if text and text.casefold() not in seen and \
                compare(text, card.accept, card.type, card.prompt)[0] == "right":
            seen.add(text.casefold())
            found.append(text)
    return tuple(found)


def numeric_value(card: Card) -> str | None:
    """The value of a cloze answer that is best asked as a numeric question (a plain number, no
    word form, no unit in the answer or after the blank, that quizgen grades right as typed),
    as a decimal text; else None."""
    if card.type not in (AnswerType.NUMBER, AnswerType.YEAR) or len(card.accept) != 1:
        return None
    answer = card.answer.strip()
    if not _PLAIN_NUMBER.match(answer) or _stem_unit(card.prompt):
        return None
    digits = answer.replace(",", "")
    if digits[:1] == "0" and len(digits) > 1 and "." not in digits:
        return None  # a code ("007"): its digits are the answer
    value = Decimal(digits)
    if value == value.to_integral_value() and int_to_words(int(value)) is not None:
        return None  # "eight" is right in quizgen: a short answer lists it
    text = format(value.normalize(), "f") if value != value.to_integral_value() else str(int(value))
    return text if compare(text, card.accept, card.type, card.prompt)[0] == "right" else None
