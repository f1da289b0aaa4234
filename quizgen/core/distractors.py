"""Wrong answers for a blank, ranked by how plausible they are to a student, best first.

Candidates come from the blank's own hand-picked `distractors`, the deck's pools of the blank's
kind, other answers of the deck, the deck's pools of its type, places from the gazetteer, and
values synthesized from the answer (numbers, years, dates). Every candidate must pass the rules a
teacher applies (`_judge`): the same type; for numbers, years and dates the same written shape and
quantity, near the key and within what the fact states; otherwise the same kind for this stem (no
river for a mountain, no queen for "King ____", no enzyme for "____ is a hormone"), the same
form (a letter code for a letter code, a personal name for a name, the case and number the stem
needs, the article before the blank), no answer of a fact that says the same thing (it would be
true too), and, for terms, something that ties it to the key (its kind, a tag, shared words).
What fails is never offered: the blank gets fewer options, or no MCQ, and `check` says why.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from quizgen.core import gazetteer
from quizgen.core.answers import NO_BOUNDS, Bounds, date_shape, number_form, synthesize, value_of
from quizgen.core.kinds import Cues, form_of, name_kind
from quizgen.core.lexicon import STOP, group_of
from quizgen.core.model import AnswerType, Blank, Deck, Fact
from quizgen.core.text import normalize

#: How many valid distractors a blank keeps, so study sessions can redraw options at each review.
POOL_SIZE = 8
#: How many deck answers nearest in length are scored per kind and per type (keeps big decks linear).
_WINDOW = 16
NUMERIC = frozenset((AnswerType.NUMBER, AnswerType.YEAR, AnswerType.DATE))
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = re.compile(r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                           r"seventy|eighty|ninety)(?:-\w+)?\b")
_CONTENT = re.compile(r"[a-z][a-z\-]{3,}")
#: Years and dates of the deck further than this from the key are never offered (rubric E).
MAX_YEARS_OFF = 50


@lru_cache(maxsize=65536)
def shape_key(answer: str) -> str:
    """The form of an answer with its values abstracted: "more than 30" -> "more than #",
    "four astronauts" -> "#w astronauts", "October 5" and "August 31" -> the same date format."""
    date = date_shape(answer)
    if date is not None:
        return f"date:{date}"
    key = normalize(answer)
    return _NUMBER_WORDS.sub("#w", _DIGITS.sub("#", key))


def context_words(text: str) -> frozenset[str]:
    """The content words of a text (4 letters or more, no stop words): what a fact is about."""
    return frozenset(w for w in _CONTENT.findall(text.lower()) if w not in STOP)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible wrong answer with what ranking needs to know about it."""

    text: str
    key: str  # normalized
    kind: str | None = None
    strict: bool = False
    gender: str | None = None
    plural: bool | None = None
    initial: bool = False
    context: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    stem: str = ""  # its fact with its blank masked, normalized: the same stem means also true
    quantity: str | None = None  # what a number counts
    gloss: str | None = None  # in a vocabulary fact, "verb" when the quoted gloss is one ("'to run'"), else "other"
    origin: str = "deck"  # "own", "kind-pool", "pool", "deck", "data", "synth"


@dataclass(frozen=True, slots=True)
class Target:
    """The blank being asked, with what ranking compares candidates against."""

    blank: Blank
    cues: Cues
    kind: str | None
    context: frozenset[str]
    tags: frozenset[str]
    stem: str
    bounds: Bounds = NO_BOUNDS


class DistractorIndex:
    """Every answer of a deck with the facts it comes from, by type (and, for numbers, years and
    dates, by written shape), sorted by length, so each blank scores only a few windows of
    candidates: generation stays linear in deck size."""

    def __init__(self, deck: Deck, features: dict[tuple[str, int], tuple[Cues, str | None, frozenset[str], str]]):
        self._by_type: dict[object, tuple[list[int], list[Candidate]]] = {}
        grouped: dict[object, dict[str, Candidate]] = {}
        for fact in deck.facts:
            tags = frozenset(fact.tags)
            for blank in fact.blanks:
                cue, kind, context, stem = features[(fact.id, blank.index)]
                candidate = Candidate(blank.answer, normalize(blank.answer), kind, cue.strict, cue.gender, cue.plural,
                                      cue.initial, context, tags, stem, cue.quantity, gloss_of(cue))
                for bucket in _buckets(blank.type, blank.answer, kind):
                    grouped.setdefault(bucket, {}).setdefault(candidate.key, candidate)
        for bucket, candidates in grouped.items():
            ordered = sorted(candidates.values(), key=lambda c: (len(c.text), c.text))
            self._by_type[bucket] = ([len(c.text) for c in ordered], ordered)
        self._pools = {t: [Candidate(p, normalize(p), origin="pool") for p in pool] for t, pool in deck.pools.items()}
        self._kind_pools = {k: [Candidate(p, normalize(p), kind=k, origin="kind-pool") for p in pool]
                            for k, pool in deck.kind_pools.items()}

    def deck_candidates(self, blank: Blank, kind: str | None) -> list[Candidate]:
        """Deck answers of the blank's type (and shape) nearest it in length: of its kind first."""
        out: list[Candidate] = []
        buckets = _buckets(blank.type, blank.answer, kind)
        for bucket in buckets:
            lengths, candidates = self._by_type.get(bucket, ([], []))
            if len(candidates) <= _WINDOW:
                out.extend(candidates)
            else:
                middle = bisect.bisect_left(lengths, len(blank.answer))
                out.extend(candidates[max(0, middle - _WINDOW // 2): middle + _WINDOW // 2])
        return out

    def pool(self, answer_type: AnswerType) -> list[Candidate]:
        return self._pools.get(answer_type, [])

    def kind_pool(self, kind: str | None) -> list[Candidate]:
        return self._kind_pools.get(kind, []) if kind else []


def _buckets(answer_type: AnswerType, answer: str, kind: str | None) -> tuple[object, ...]:
    if answer_type in NUMERIC:
        return ((answer_type, shape_key(answer)),)
    return ((answer_type, "kind", kind), (answer_type,)) if kind else ((answer_type,),)


def rank(index: DistractorIndex, target: Target, own: tuple[str, ...], excluded: str,
         accepted: list[str]) -> tuple[tuple[str, ...], int, int]:
    """The blank's wrong answers, best first (at most POOL_SIZE); how many of them the author
    picked; how many candidates were refused as implausible (for `check`'s message).

    `excluded` is the prompt normalized between spaces (a candidate it shows is never offered);
    `accepted` the blank's accepted answers normalized between spaces."""
    blank = target.blank
    numeric = blank.type in NUMERIC
    seen: set[str] = {"", *(a[1:-1] for a in accepted)}
    within = excluded if numeric else "\n".join([excluded, *accepted])
    first, others = ("", ()) if numeric else (accepted[0], accepted[1:])
    chosen: list[str] = []
    refused = 0

    def valid(candidate: Candidate) -> bool:
        key = candidate.key
        padded = f" {key} "
        if key in seen or padded in within:
            return False
        if first and (first in padded or any(a in padded for a in others)):
            return False
        return True

    for text in own:  # the author's own picks come first, as written
        candidate = Candidate(text, normalize(text), origin="own")
        if valid(candidate) and len(chosen) < POOL_SIZE:
            seen.add(candidate.key)
            chosen.append(text)
    preferred = len(chosen)
    scored: list[tuple[float, int, str]] = []
    pools = (index.kind_pool(target.kind), index.deck_candidates(blank, target.kind), index.pool(blank.type),
             _data_candidates(target), _synthesized(target))
    order = 0
    for pool in pools:
        for candidate in pool:
            if not valid(candidate):
                continue
            score = _judge(target, candidate)
            seen.add(candidate.key)
            if score is None:
                refused += 1
                continue
            order += 1
            scored.append((score, -order, _display(target, candidate)))
    scored.sort(reverse=True)
    for _, _, text in scored:
        if len(chosen) >= POOL_SIZE:
            break
        chosen.append(text)
    return tuple(chosen), preferred, refused


def _data_candidates(target: Target) -> list[Candidate]:
    blank = target.blank
    if blank.type is not AnswerType.PLACE:
        return []
    kind = name_kind(blank.answer)
    if kind is None and group_of(target.kind) == "city":
        kind = "city" if gazetteer.city(blank.answer) else None
    if kind not in ("country", "continent", "state", "city"):
        return []
    return [Candidate(name, normalize(name), kind=kind, origin="data") for name in gazetteer.related(blank.answer, kind)]


def _synthesized(target: Target) -> list[Candidate]:
    blank = target.blank
    if blank.type not in NUMERIC:
        return []
    return [Candidate(text, normalize(text), origin="synth") for text in synthesize(blank.answer, blank.type, target.bounds)]


def _judge(target: Target, candidate: Candidate) -> float | None:
    """How plausible a candidate is as a wrong answer for the target (higher is better), or None
    when a teacher would strike it out."""
    blank = target.blank
    if blank.type in NUMERIC:
        return _judge_value(target, candidate)
    return _judge_name(target, candidate)


def _judge_value(target: Target, candidate: Candidate) -> float | None:
    blank = target.blank
    answer_type = blank.type
    if shape_key(candidate.text) != shape_key(blank.answer) or number_form(candidate.text) != number_form(blank.answer):
        return None
    key_value = value_of(blank.answer, answer_type)
    value = value_of(candidate.text, answer_type)
    if value is None or key_value is None or value == key_value or not target.bounds.admits(value):
        return None
    synthesized = candidate.origin == "synth"
    if answer_type is AnswerType.NUMBER:
        if not synthesized:
            # A deck number counts the same thing, at a believable magnitude.
            if not target.cues.quantity or target.cues.quantity != candidate.quantity:
                return None
            if key_value > 0 and not 0.3 <= value / key_value <= 3.3:
                return None
        gap = abs(math.log((abs(value) + 1) / (abs(key_value) + 1)))
        return (2.0 if not synthesized else 1.0) - gap
    years = abs(value - key_value) / (365.25 if answer_type is AnswerType.DATE else 1)
    if years > MAX_YEARS_OFF and shape_key(blank.answer).endswith("year") or (
            answer_type is AnswerType.YEAR and years > MAX_YEARS_OFF):
        return None
    if not synthesized and years < 1 and answer_type is AnswerType.YEAR:
        return None
    return (2.0 if not synthesized else 1.0) - years / MAX_YEARS_OFF


def _judge_name(target: Target, candidate: Candidate) -> float | None:
    blank, cue = target.blank, target.cues
    score = 0.0
    # Kind: the same kind for this stem; a title that is part of the name must match exactly.
    key_kind, kind = target.kind, candidate.kind
    key_group, group = group_of(key_kind), group_of(kind)
    if key_kind and kind:
        if key_kind == kind:
            score += 3
        elif key_group and key_group == group and not (cue.strict or candidate.strict):
            score += 2
        elif (key_group and group) or cue.strict:
            return None
    elif key_kind and cue.strict and candidate.origin not in ("pool",):
        return None
    named_key, named = name_kind(blank.answer), name_kind(candidate.text)
    if named_key and named:
        if named_key != named:
            return None
        score += 2
    elif (named_key or named) and blank.type is AnswerType.PLACE and candidate.origin != "pool":
        # a country for a river, a river for a lake: one known, the other not of that kind
        known = named_key or named
        other_kind = kind if named_key else key_kind
        if other_kind and group_of(other_kind) and group_of(other_kind) != group_of(known):
            return None
    if cue.gender and candidate.gender and cue.gender != candidate.gender:
        return None
    if cue.plural is not None and candidate.plural is not None and cue.plural != candidate.plural:
        return None
    key_gloss = gloss_of(cue)
    if key_gloss and candidate.gloss and key_gloss != candidate.gloss:
        return None
    if cue.article and _article_for(candidate.text) != cue.article:
        return None
    # Form: a letter code for a code, a name for a name, the same case (a capital that only opens
    # a sentence says nothing).
    key_form, form = form_of(blank.answer), form_of(candidate.text)
    if (key_form == "code") != (form == "code"):
        return None
    if blank.type is AnswerType.PERSON and key_form == "name" and form not in ("name", "proper"):
        return None
    if not _same_case(blank.answer, cue.initial, candidate.text, candidate.initial):
        return None
    words_key, words = len(blank.answer.split()), len(candidate.text.split())
    if abs(words_key - words) >= 3:
        return None
    score -= 0.4 * abs(words_key - words)
    longer = max(len(blank.answer), len(candidate.text), 1)
    score -= abs(len(blank.answer) - len(candidate.text)) / longer
    # Also true: a fact that says the same thing of another answer.
    if candidate.stem and candidate.stem == target.stem:
        return None
    shared = len(target.context & candidate.context) if candidate.context else 0
    if candidate.context and target.context:
        union = len(target.context | candidate.context)
        if union >= 4 and shared / union >= 0.75:
            return None
    tags = len(target.tags & candidate.tags)
    score += 0.6 * min(shared, 4) + 1.0 * min(tags, 2)
    if candidate.origin == "kind-pool":
        score += 3
    elif candidate.origin == "data":
        score += 1.5
    elif candidate.origin == "pool":
        score += 0.5
    # Something must tie a term to the key: its kind, a tag, words its fact shares, a pool.
    tied = (key_kind and kind and score >= 2) or tags or shared or candidate.origin in ("pool", "kind-pool", "data") \
        or (named_key and named)
    if blank.type is AnswerType.TERM and not tied:
        return None
    if key_kind and not kind and not (tags or shared) and candidate.origin == "deck":
        return None  # the stem names a kind; nothing says this answer is one
    return score


def gloss_of(cue: Cues) -> str | None:
    return ("verb" if cue.gloss_verb else "other") if cue.quoted else None


def _article_for(text: str) -> str:
    word = normalize(text)
    return "an" if word[:1] in tuple("aeiou") and not word.startswith(("uni", "use", "one", "eu")) else "a"


def _same_case(key: str, key_initial: bool, other: str, other_initial: bool) -> bool:
    key_upper, other_upper = key[:1].isupper(), other[:1].isupper()
    if key_upper == other_upper:
        return True
    # A capital that only opens a sentence does not make a proper noun.
    if key_upper and key_initial and not other_upper:
        return True
    if other_upper and other_initial and not key_upper and not any(w[:1].isupper() for w in other.split()[1:]):
        return True
    return False


def _display(target: Target, candidate: Candidate) -> str:
    """The candidate as an option beside this key: a sentence-opening capital matches the key's."""
    text = candidate.text
    key = target.blank.answer
    if key[:1].isupper() and target.cues.initial and text[:1].islower():
        return text[:1].upper() + text[1:]
    if key[:1].islower() and candidate.initial and text[:1].isupper() and text[1:2].islower():
        return text[:1].lower() + text[1:]
    return text


def features(fact: Fact, blank: Blank, cue: Cues, kind: str | None) -> tuple[Cues, str | None, frozenset[str], str]:
    """What the index keeps of one blank: its cues, kind, the fact's content words (without the
    answers) and its stem (the fact with this blank masked, normalized)."""
    rest = fact.render(frozenset(b.index for b in fact.blanks))
    context = context_words(rest) - {w for b in fact.blanks for w in normalize(b.answer).split()}
    stem = normalize(fact.render(frozenset((blank.index,)), " qqq "))
    return cue, kind, context, stem
