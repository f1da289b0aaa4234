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
#: A name from a fact set this many years apart from the key's belongs to another age.
MAX_ERA_GAP = 150
_YEARISH = re.compile(r"(?<![\d,.])(1\d{3}|20\d{2})(?![\d,])")


@lru_cache(maxsize=65536)
def shape_key(answer: str) -> str:
    """The form of an answer with its values abstracted: "more than 30" -> "more than #",
    "four astronauts" -> "#w astronauts", "October 5" and "August 31" -> the same date format."""
    date = date_shape(answer)
    if date is not None:
        return f"date:{date}"
    key = normalize(answer)
    if number_form(answer) == "fraction":  # "one third" and "two thirds", "a third" and "a quarter"
        return "fraction:a" if key.startswith(("a ", "an ")) else "fraction:" + ("/" if "/" in answer else "w")
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
    era: float | None = None  # the mean of the years its fact states
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
    era: float | None = None
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
                cue, kind, context, stem, era = features[(fact.id, blank.index)]
                candidate = Candidate(blank.answer, normalize(blank.answer), kind, cue.strict, cue.gender, cue.plural,
                                      cue.initial, context, tags, stem, cue.quantity, era, gloss_of(cue))
                for bucket in _buckets(blank.type, blank.answer, kind):
                    grouped.setdefault(bucket, {}).setdefault(candidate.key, candidate)
                if blank.type not in NUMERIC:
                    for tag in fact.tags:
                        grouped.setdefault((blank.type, "tag", tag), {}).setdefault(candidate.key, candidate)
        for bucket, candidates in grouped.items():
            self._by_type[bucket] = _by_length(list(candidates.values()))
        self._pools = {t: _by_length([Candidate(p, normalize(p), origin="pool") for p in pool])
                       for t, pool in deck.pools.items()}
        self._kind_pools = {k: [Candidate(p, normalize(p), kind=k, origin="kind-pool") for p in pool]
                            for k, pool in deck.kind_pools.items()}

    def deck_candidates(self, blank: Blank, kind: str | None, tags: tuple[str, ...] = ()) -> list[Candidate]:
        """Deck answers of the blank's type (and shape) nearest it in length: of its tags and its
        kind first."""
        out: list[Candidate] = []
        if blank.type not in NUMERIC:
            for tag in tags[:2]:
                out.extend(_nearest(self._by_type.get((blank.type, "tag", tag)), len(blank.answer), _WINDOW // 2))
        for bucket, width in zip(_buckets(blank.type, blank.answer, kind), (_WINDOW, _WINDOW // 2)):
            out.extend(_nearest(self._by_type.get(bucket), len(blank.answer), width))
        return out

    def pool(self, answer_type: AnswerType, length: int) -> list[Candidate]:
        return _nearest(self._pools.get(answer_type), length, _WINDOW // 2)

    def kind_pool(self, kind: str | None) -> list[Candidate]:
        return self._kind_pools.get(kind, []) if kind else []


def _by_length(candidates: list[Candidate]) -> tuple[list[int], list[Candidate]]:
    ordered = sorted(candidates, key=lambda c: (len(c.text), c.text))
    return [len(c.text) for c in ordered], ordered


def _nearest(sorted_candidates: tuple[list[int], list[Candidate]] | None, length: int, width: int) -> list[Candidate]:
    """The `width` candidates nearest `length` (all of them when there are no more)."""
    if not sorted_candidates:
        return []
    lengths, candidates = sorted_candidates
    if len(candidates) <= width:
        return candidates
    start = min(max(0, bisect.bisect_left(lengths, length) - width // 2), len(candidates) - width)
    return candidates[start: start + width]


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
    pools = (index.kind_pool(target.kind), index.deck_candidates(blank, target.kind, tuple(sorted(target.tags))), index.pool(blank.type, len(blank.answer)),
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
            scored.append((score, -order, candidate))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    for _, _, candidate in scored[: POOL_SIZE - len(chosen)]:
        chosen.append(_display(target, candidate))
    return tuple(chosen), preferred, refused


def _data_candidates(target: Target) -> list[Candidate]:
    blank = target.blank
    if blank.type is not AnswerType.PLACE:
        return []
    kind = name_kind(blank.answer)
    if kind is None and group_of(target.kind) == "city":
        kind = "city" if gazetteer.city(blank.answer) else None
    if kind not in ("country", "continent", "state", "city", "ocean"):
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
        if synthesized:
            return 1.0
        return 2.0 - abs(math.log((abs(value) + 1) / (abs(key_value) + 1)))
    years = abs(value - key_value) / (365.25 if answer_type is AnswerType.DATE else 1)
    if years > MAX_YEARS_OFF and shape_key(blank.answer).endswith("year") or (
            answer_type is AnswerType.YEAR and years > MAX_YEARS_OFF):
        return None
    if synthesized:
        return 1.0  # synthesized values keep the order they were made in (spread around the key)
    return 2.0 - years / MAX_YEARS_OFF


def _judge_name(target: Target, candidate: Candidate) -> float | None:
    blank, cue = target.blank, target.cues
    score = 0.0
    # Kind: the same kind for this stem; a title that is part of the name must match exactly.
    key_kind, kind = target.kind, candidate.kind
    key_group, group = group_of(key_kind), group_of(kind)
    weak_tie = False
    if key_kind and kind:
        if key_kind == kind:
            score += 3
        elif key_group and key_group == group and not (cue.strict or candidate.strict):
            score += 2
        elif (key_group and group) or cue.strict:
            return None
    elif key_kind and cue.strict and candidate.origin not in ("pool",):
        return None
    elif key_kind and group_of(key_kind) and candidate.origin == "deck":
        weak_tie = True  # the stem names a kind, and nothing says this answer is one
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
    if cue.gender and cue.gender != candidate.gender and candidate.origin == "deck":
        return None  # the stem says "she" (or "King"): only answers known to be the same fit
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
    if (key_form == "code") != (form == "code") and blank.type not in (AnswerType.ORGANIZATION, AnswerType.PLACE):
        return None  # a letter code for a code ("D", "Fe"); "NASA" beside "Roscosmos" is fine
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
    if target.era is not None and candidate.era is not None:
        apart = abs(target.era - candidate.era)
        if apart > MAX_ERA_GAP:
            return None  # another age: Gorbachev did not reach the Caribbean in 1492
        score -= apart / MAX_ERA_GAP
    tags = len(target.tags & candidate.tags)
    score += 0.6 * min(shared, 4) + 2.0 * min(tags, 2)
    if candidate.origin == "kind-pool":
        score += 3
    elif candidate.origin == "data":
        score += 1.5
    elif candidate.origin == "pool":
        score += 0.5
    # Something must tie a term to the key: its kind, a tag, words its fact shares, a pool.
    if not _same_number(blank.answer, candidate.text):
        return None
    same_era = target.era is not None and candidate.era is not None
    tied = (key_kind and kind and key_group == group) or tags or shared or same_era \
        or candidate.origin in ("pool", "kind-pool", "data") or (named_key and named)
    if weak_tie and not (tags or shared >= 2 or (named_key and named)):
        return None
    same_kind = bool(key_kind and kind and key_group == group)
    if target.tags and candidate.tags and not tags and candidate.origin == "deck" and (
            blank.type is AnswerType.TERM or not same_kind):
        return None  # tagged as another topic (a colour for a food word)
    if not tied:
        return None  # nothing says it is the same kind of thing as the key, for this stem
    if blank.type is AnswerType.PERSON and candidate.origin == "deck" and not (shared or tags):
        return None  # a person from an unrelated fact: another country, another field
    return score


def _same_number(key: str, other: str) -> bool:
    """A plural common noun for a plural one ("platelets", not "haemoglobin")."""
    if not (key[1:].islower() and other[1:].islower()) or key[:1].isupper() and other[:1].isupper():
        return True  # proper names ("Athens", "Paris") have no grammatical number to match
    return _plural(key) == _plural(other)


def _plural(text: str) -> bool:
    word = text.split()[-1].lower()
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "os")) or word in ("alveoli", "villi",
                                                                                         "mitochondria", "bacteria")


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


def features(fact: Fact, blank: Blank, cue: Cues, kind: str | None
             ) -> tuple[Cues, str | None, frozenset[str], str, float | None]:
    """What the index keeps of one blank: its cues, kind, the fact's content words (without the
    answers), its stem (the fact with this blank masked, normalized) and its era (the mean of the
    years the fact states)."""
    rest = fact.render(frozenset(b.index for b in fact.blanks))
    context = context_words(rest) - {w for b in fact.blanks for w in normalize(b.answer).split()}
    stem = normalize(fact.render(frozenset((blank.index,)), " qqq "))
    years = [int(y) for y in _YEARISH.findall(fact.full_text)]
    return cue, kind, context, stem, (sum(years) / len(years) if years else None)
