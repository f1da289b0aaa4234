"""Turn one kept sentence into a candidate fact: which spans become blanks, and an `ask` if reliable."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.core.model import AnswerType
from quizgen.draft.entities import Lexicon, Span, find_spans
from quizgen.draft.sentences import Sentence
from quizgen.core.text import contains_phrase, normalize

#: Blanks of any kind per fact; strong ones (rank >= STRONG_RANK) may go up to MAX_STRONG_BLANKS.
MAX_BLANKS = 3
MAX_STRONG_BLANKS = 6
STRONG_RANK = 4
#: Spans ranked below this ("Earth") become blanks only when the sentence offers nothing better.
MIN_RANK = 2
#: Verbs a sentence-opening person may be the subject of, for a "Who ...?" question.
_SUBJECT_VERB = re.compile(
    r"^\s+(?:is|was|has|had|have|will|would|can|could|plays|played|directed|wrote|won|led|became|"
    r"founded|discovered|invented|starred|appeared|acted|[a-z]+ed\b)"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence with the spans chosen as its blanks (in text order) and every span found in it."""

    sentence: Sentence
    blanks: tuple[Span, ...]
    spans: tuple[Span, ...]

    @property
    def text(self) -> str:
        return self.sentence.text

    def answers(self) -> set[str]:
        """Every value the sentence states, as `value_of` gives it: what merging compares."""
        return {value_of(s) for s in self.spans}


_WORD_VALUES = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}


def value_of(span: Span) -> str:
    """What a span says, ignoring wording: "October 5th" = "October 5", "more than 30" = "over 30" = "30"."""
    norm = normalize(span.text)
    if span.type is AnswerType.DATE:
        return re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", norm)
    if span.type is AnswerType.NUMBER:
        words = [_WORD_VALUES.get(w, w) for w in norm.split()]
        numbers = [w for w in words if re.fullmatch(r"[\d ]+", w)] or words[-1:]
        return " ".join(numbers).replace(" ", "")
    return norm


def make_candidate(sentence: Sentence, lexicon: Lexicon) -> Candidate | None:
    """The sentence as a fact candidate, or None when it has nothing a quiz could ask."""
    spans = find_spans(sentence.text, lexicon)
    usable = [s for s in spans if not _repeated(sentence.text, s)]
    blanks = choose_blanks(usable)
    if not blanks:
        return None
    return Candidate(sentence, tuple(blanks), tuple(spans))


def _repeated(text: str, span: Span) -> bool:
    """The answer also appears elsewhere in the sentence, so hiding it would give it away."""
    rest = text[: span.start] + " … " + text[span.end :]
    return contains_phrase(rest, span.text)


#: Compound terms (rank 2) are blanks only where nothing strong is, and two per fact at most
#: (hyphenated ones first: "g-forces", "zero-gravity" say more than "giant machine").
COMPOUND_RANK = 2
MAX_COMPOUNDS = 2


def choose_blanks(spans: list[Span]) -> list[Span]:
    """Up to MAX_BLANKS spans: the best of each answer type first, so one fact tests several things;
    a plain compound noun ("safety test") only where the sentence has little else to ask."""
    good = [s for s in spans if s.rank >= MIN_RANK] or [s for s in spans if s.rank < MIN_RANK][:1]
    strong = sum(1 for s in good if s.rank >= STRONG_RANK)
    compounds = sorted((s for s in good if s.rank == COMPOUND_RANK), key=lambda s: ("-" not in s.text, s.start))
    good = [s for s in good if s.rank != COMPOUND_RANK] + (compounds[:MAX_COMPOUNDS] if not strong else [])
    by_quality = sorted(good, key=lambda s: (-s.rank, s.start))
    chosen: list[Span] = []
    seen_types: set[AnswerType] = set()
    for span in by_quality:
        if span.type not in seen_types and len(chosen) < MAX_BLANKS:
            chosen.append(span)
            seen_types.add(span.type)
    for span in by_quality:
        if span not in chosen and (len(chosen) < MAX_BLANKS or span.rank >= STRONG_RANK and len(chosen) < MAX_STRONG_BLANKS):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


#: "The mission is scheduled for launch on": a plain subject, an auxiliary, the rest, "on"/"in".
_WHEN_CLAUSE = re.compile(
    r"^(?P<subject>The(?: [a-z][\w-]*){1,3}) (?P<aux>is|was|will|are|were) (?P<rest>[a-z][\w -]*?) (?:on|in)$"
)


def ask_for(candidate: Candidate) -> str | None:
    """A question for a one-blank fact, only in shapes that always read right: "Who ...?" for the
    person the sentence is about, "When ...?" for a plain clause ending in its date."""
    if len(candidate.blanks) != 1:
        return None
    blank = candidate.blanks[0]
    text = candidate.text
    if blank.type is AnswerType.DATE:
        return _when_question(text, blank)
    if blank.type is not AnswerType.PERSON or blank.start != 0 or not _SUBJECT_VERB.match(text[blank.end :]):
        return None
    rest = text[blank.end :].strip().rstrip(".!")
    if re.search(r"\b(he|she|his|her|him|they)\b", rest, re.IGNORECASE):
        return None  # "Who ... after she ...?" reads badly and half answers itself
    return f"Who {rest}?"


def _when_question(text: str, blank: Span) -> str | None:
    tail = text[blank.end :].strip()
    clause = _WHEN_CLAUSE.match(text[: blank.start].strip())
    if clause is None or tail not in {".", "this year.", "last year.", "next year."}:
        return None
    subject = clause["subject"][0].lower() + clause["subject"][1:]
    rest = clause["rest"] + ("" if tail == "." else " " + tail.rstrip("."))
    return f"When {clause['aux']} {subject} {rest}?"


def fact_text(candidate: Candidate) -> str:
    """The sentence in deck syntax: blanks as {answer|alternative}, literal braces escaped."""
    text = candidate.text
    parts: list[str] = []
    cursor = 0
    for blank in candidate.blanks:
        parts.append(_escape(text[cursor : blank.start]))
        accepted = [blank.text, *(a for a in blank.alternatives if normalize(a) != normalize(blank.text))]
        parts.append("{" + "|".join(_escape(a).replace("|", "/") for a in accepted) + "}")
        cursor = blank.end
    parts.append(_escape(text[cursor:]))
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("{", r"\{").replace("}", r"\}")
