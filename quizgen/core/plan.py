"""One plan per blank: what its cards show, whether they would give the answer away, and its
ranked wrong answers. The generator makes cards from plans, `check` warns from them and `lint`
reviews with them: every rule has this one implementation.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import dataclass
from itertools import combinations
from typing import Iterator

from quizgen.core import categories, gazetteer, instances
from quizgen.core.answers import Bounds, NO_BOUNDS, is_circa_year, is_year_span, number_value, value_of, words_value
from quizgen.core.distractors import NUMERIC, DistractorIndex, rank
from quizgen.core.kana import spelled_in_kana
from quizgen.core.kinds import Cues, cues, text_around
from quizgen.core.lexicon import GROUP_OF, STOP
from quizgen.core.model import AnswerType, Blank, Deck, Fact
from quizgen.core.text import normalize, normalize_once
from quizgen.core.timeline import Timeline, anchors, moments

MASK = "____"
#: The numbers a fact's text writes, in digits or words. The leading lookahead names the characters a match can
#: begin with (a digit, or the first letter of a number word: keep it in step with the words, which
#: tests/core/test_fast_paths.py checks), so the engine passes over every other position at once (~2x faster).
_NUMBER_TOKEN = re.compile(r"(?=[\dotfsenh])(?:"
                           r"(?<![\w.\-/])\d{1,3}(?:,\d{3})+(?![\w.]*\d)|(?<![\w.\-/])\d+(?:\.\d+)?(?![\w.]*\d)"
                           r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                           r"forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)", re.IGNORECASE)
_ARITHMETIC = re.compile(r"\b(in all|total|altogether|combined|pairs?|twice|double|triple|half|for ____ years|"
                         r"difference|span|lasted|in total|each|per)\b", re.IGNORECASE)
_AFTER = re.compile(r"(?<![\d/.])(?P<x>\d+(?:\.\d+)?(?:/\d+)?)\s*(?:to|and|-|–|until|till)\s*$", re.IGNORECASE)
_BEFORE = re.compile(r"^\s*(?:to|and|-|–|until|till)\s*(?P<x>\d+(?:\.\d+)?(?:/\d+)?)(?![\d/])", re.IGNORECASE)
#: "won ____ of Ireland's 105 seats", "____ out of 12 jurors": a part of a stated whole, so no wrong answer above it.
_PART_OF = re.compile(r"^\s*(?:out )?of (?:the |its |their |his |her |[A-Z][\w'’-]*['’]s )?(?P<n>\d[\d,]*)(?![\d.,/]*\d)\s+[a-z]",
                      re.IGNORECASE)
_YEARISH = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")
_STEM_UPPER = re.compile(r"\b(below|under|less than|fewer than|at most|up to|no more than)\s*$", re.IGNORECASE)
_STEM_LOWER = re.compile(r"\b(above|over|more than|at least|greater than|no fewer than|upwards of)\s*$", re.IGNORECASE)
#: A state reached by a time ("extinct by ____", "by the end of the ____"): any later time would be true as well.
_BY_TIME = re.compile(r"\bby(?: the (?:end|close) of)?(?: the)?\s*$", re.IGNORECASE)
_PH = re.compile(r"\bph\b", re.IGNORECASE)
_BIRTH = re.compile(r"\b(born|birth|birthplace)\b", re.IGNORECASE)
_DEATH = re.compile(r"\b(died|dies|death|killed|executed|murdered|assassinated)\b", re.IGNORECASE)
_POSTHUMOUS = re.compile(r"\b(posthumous\w*|after (?:his|her|their) death)\b", re.IGNORECASE)
_ROUGH = re.compile(r"\b(roughly|about|around|approximately|circa|c\.)(?:\s+from)?\s*$", re.IGNORECASE)
_ROUGH_CLAUSE = re.compile(r"\b(roughly|about|around|approximately|circa|c\.)[^.;]*$", re.IGNORECASE)
_IN_YEAR = re.compile(r"(?:^|\b(?:in|since|until|by|year|from|of))\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(between|from)\b", re.IGNORECASE)
_PH_SPREAD = 0.5
_LATITUDE = re.compile(r"\bparallel\b|°\s*[NS]\b|\blatitude\b", re.IGNORECASE)
#: Events held at fixed intervals since a first year: a year asked of one moves by its period from the key (when
#: the fact's other years keep that phase: "the 2020 Games were postponed to ____" does not) and never before the
#: first (censuses every ten years, the modern Olympic Games and the football World Cup every four, from 1896 and
#: 1930; the Nobel Prizes every year, from 1901; a US president elected in a leap year, every four from 1788).
#: The last field, when set, is the phase a key must have for the rule to read it.
_RECURRING = ((re.compile(r"\bcensus(?:es)?\b", re.IGNORECASE), 10, 0, None),
              (re.compile(r"\b(?:Olympics?|Olympic Games|Games)\b"), 4, 1896, None),
              (re.compile(r"\bWorld Cup\b"), 4, 1930, None),
              (re.compile(r"\bNobel\b"), 1, 1901, None),
              (re.compile(r"\belected (?:as )?president\b", re.IGNORECASE), 4, 1788, 0))
_TEMPERATURE = re.compile(r"[°º]\s*[CF]\b|\bdegrees?\s+(?:C|F|Celsius|Fahrenheit)\b|\d\s*K\b")
_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%")
_COUNT = re.compile(r"(?<![\d.,])(?P<n>\d[\d,]*)(?![\d.])(?P<rest>[^\d]*)")
_AGE = re.compile(r"\b(aged|age of|years old|____ years of age|voting age|minimum age)\b", re.IGNORECASE)
_OLDEST_AGE = 66
#: The age of a person's deed, written as a bare number: "was ____ when he took the title", "became a grandmaster
#: at ____" (a title, an office, a win: not "at ____ km").
_WAS_AGED = re.compile(r"\b(?:was|were) ____ (?:years old )?when\b", re.IGNORECASE)
_ACHIEVED_AT = re.compile(r"\b(?:became|become|becomes|won|wins|took|crowned|elected|appointed|named)\b[^.;]{0,40}"
                          r"\bat (?:the age of )?____(?:\s*(?:$|[,.;)]|years\b))", re.IGNORECASE)
#: A reign in years ("her reign lasted ____ years"): none is longer than Louis XIV's 72 years (1643-1715), the
#: longest of a European sovereign; a reign of 94 years is longer than a life (judged I).
_REIGN_YEARS = re.compile(r"\b(?:reign|reigned|ruled)\b[^.;]{0,30}____ years\b", re.IGNORECASE)
_LONGEST_REIGN = 72
#: A share of a whole ("____ of the world's fresh water"): a wrong share below all of it when the key is.
_SHARE_OF = re.compile(r"^\s*of\b", re.IGNORECASE)
#: A degree the stem says is north or south ("lies at about ____ south"): a latitude.
_NORTH_SOUTH = re.compile(r"^\s*(?:north|south)\b", re.IGNORECASE)
#: A person's own work comes no earlier than this many years after their birth.
_YOUTH = 14


@dataclass(frozen=True, slots=True)
class BlankPlan:
    """Everything decided about one blank."""

    fact: Fact
    blank: Blank
    cloze: str | None  # the cloze prompt; None when the rest of the fact gives the answer away
    mcq: str | None  # the MCQ prompt (`ask` when given and safe); None likewise
    ask_leaks: bool  # `ask` names the answer
    text_leaks: bool  # the answer shows outside its blank
    derived: str | None  # how the rest of the fact lets the answer be computed or read off
    kind: str | None  # what the answer is for this stem ("king", "novel"), if known
    cues: Cues
    distractors: tuple[str, ...]  # valid wrong answers, best first
    preferred: int  # how many leading ones the author picked
    refused: int  # candidates refused as another kind, form or value
    sure: tuple[bool, ...]  # per distractor: sure to be of the key's kind (`distractors.SURE`)
    trust: tuple[int, ...]  # per distractor: 0 when sure, else how far its origin is trusted (`distractors.TRUST`)


@dataclass(frozen=True, slots=True)
class DeckPlan:
    """The plans of every blank of one deck: a tuple per fact, in deck order (iterating gives them)."""

    facts: tuple[tuple[BlankPlan, ...], ...]

    def __iter__(self) -> Iterator[tuple[BlankPlan, ...]]:
        return iter(self.facts)

    def blanks(self) -> Iterator[BlankPlan]:
        """Every blank's plan, fact by fact, blank by blank."""
        for plans in self.facts:
            yield from plans


#: Each deck object is planned once: `check`'s warnings, the generator and lint share its plan.
#: Keyed by the deck's identity (a deck is frozen) and dropped when the deck is (a plan holds the
#: deck's facts, never the deck, so the entry does not keep it alive).
_PLANS: dict[int, DeckPlan] = {}


def plan_deck(deck: Deck) -> DeckPlan:
    """The plans of every blank of every fact of a deck, made the first time the deck is asked for."""
    plan = _PLANS.get(id(deck))
    if plan is None:
        index = DistractorIndex(deck)
        plan = _PLANS[id(deck)] = DeckPlan(tuple([tuple(_fact_plans(fact, index)) for fact in deck.facts]))
        weakref.finalize(deck, _PLANS.pop, id(deck), None).atexit = False
    return plan


def plan_facts(deck: Deck) -> Iterator[tuple[BlankPlan, ...]]:
    """The deck's plans fact by fact, for a caller that reads them once: its kept DeckPlan if it has
    one (`plan_deck`), else made as they are read and not kept, so that only the deck's index and
    one fact's plans are in memory at a time."""
    plan = _PLANS.get(id(deck))
    if plan is not None:
        yield from plan
        return
    index = DistractorIndex(deck)
    for fact in deck.facts:
        yield tuple(_fact_plans(fact, index))


def _fact_plans(fact: Fact, index: DistractorIndex) -> Iterator[BlankPlan]:
    answer_keys = [normalize(b.answer) for b in fact.blanks]
    ask_key = f" {normalize_once(fact.ask)} " if fact.ask else ""
    for blank, answer_key in zip(fact.blanks, answer_keys):
        cue, kind = index.cues[(fact.id, blank.index)]
        accepted = [f" {normalize(a)} " for a in blank.accept]
        # Blanks with the same answer hide together, or the other one would show it; so do the
        # blanks the answer could be computed from.
        numeric = blank.type in (AnswerType.NUMBER, AnswerType.YEAR)
        derived, computed_from = _derivation(fact, blank) if numeric else (None, frozenset())
        hidden = frozenset(b.index for b, key in zip(fact.blanks, answer_keys) if key == answer_key) | computed_from
        cloze = fact.render(hidden, MASK)
        cloze_key = f" {normalize_once(cloze)} "
        if not numeric:
            derived = _name_leak(blank, answer_key, cloze_key) or _kana_leak(blank, cloze)
        leaking = [a for a in accepted if a != "  "]  # an answer that normalizes to nothing leaks nothing
        text_leaks = any(a in cloze_key for a in leaking)
        ask_leaks = bool(fact.ask) and any(a in ask_key for a in leaking)
        cloze_prompt = None if text_leaks or derived else cloze
        if fact.ask and not ask_leaks:
            mcq, prompt_key = fact.ask, ask_key
        else:
            mcq, prompt_key = cloze_prompt, cloze_key
        distractors: tuple[str, ...] = ()
        sure: tuple[bool, ...] = ()
        trust: tuple[int, ...] = ()
        preferred = refused = 0
        if mcq is not None:
            target = index.target(fact, blank, _bounds(fact, blank, index.timeline))
            distractors, preferred, refused, sure, trust = rank(index, target, blank.distractors, prompt_key,
                                                                accepted)
        yield BlankPlan(fact, blank, cloze_prompt, mcq, ask_leaks, text_leaks, derived, kind, cue, distractors,
                        preferred, refused, sure, trust)


def _plain_number(text: str) -> float | None:
    """A number a stem writes beside the blank: "7.45", "223/71" (a fraction); None for "x/0"."""
    top, _, bottom = text.partition("/")
    if not bottom:
        return float(top)
    return float(top) / float(bottom) if float(bottom) else None


def _bounds(fact: Fact, blank: Blank, timeline: Timeline) -> Bounds:
    """What the fact states about the answer's value: a year keeps its order with the other years
    of the fact ("reigned from 1837 to ____"), a date with its other dates; both keep their order with
    what the deck dates of a thing the stem names ("partly in response to Sputnik"); "from 60 to ____"
    wants more than 60; a pH lies between 0 and 14."""
    if blank.type not in NUMERIC:
        return NO_BOUNDS
    key = value_of(blank.answer, blank.type)
    if key is None:
        return NO_BOUNDS
    low: float | None = None
    high: float | None = None
    step, year, clear_of, rough_degrees = 0, False, None, None
    left, right = text_around(fact, blank)
    if blank.type in (AnswerType.YEAR, AnswerType.DATE) and (abs(key) >= 1000 or blank.type is AnswerType.DATE):
        low, high = _ordered(fact, blank, key, left, right, timeline)
    if blank.type is AnswerType.YEAR and abs(key) >= 100:
        others = [float(y) for y in _YEARISH.findall(left + " " + right)]
        others += [v for b in fact.blanks if b is not blank and b.type is AnswerType.YEAR
                   for v in [value_of(b.answer, b.type)] if v is not None]
        for other in others:
            if other < key:
                low = other if low is None else max(low, other)
            elif other > key:
                high = other if high is None else min(high, other)
        # A person the stem names did nothing before they were a youth nor after their death
        # (a birth or death year is bounded by the other end of the life only).
        stem = f"{left} {right}"
        for person in categories.people_named(stem):
            birth, death = bool(_BIRTH.search(stem)), bool(_DEATH.search(stem))
            if person.born is None or person.died is None or \
                    not person.born + (0 if birth or death else _YOUTH) < key <= person.died:
                continue  # a year outside the life: not a fact of it, or another person of that name
            if not birth:
                floor = float(person.born if death else person.born + _YOUTH)
                low = floor if low is None else max(low, floor)
            if not death and not _POSTHUMOUS.search(stem):
                ceiling = float(person.died + 1)
                high = ceiling if high is None else min(high, ceiling)
    if blank.type in (AnswerType.YEAR, AnswerType.DATE) and _BY_TIME.search(left):
        high = key if high is None else min(high, key)  # "extinct by the end of the ____": a later one is true as well
    if blank.type is AnswerType.YEAR and _ROUGH_CLAUSE.search(left) and blank.answer.strip().isdigit():
        step = 50 if key % 50 == 0 else 10 if key % 10 == 0 else 0  # "roughly from 1600": 1550, 1650, not 1601
    rough_year = key if blank.type is AnswerType.YEAR and _ROUGH.search(left) else None  # "around 1455": not 1456
    phase = 0.0
    if blank.type is AnswerType.YEAR and blank.answer.strip().isdigit():
        near = f"{left[-40:]}____{right[:40]}"
        for pattern, period, first, on in _RECURRING:
            if pattern.search(near) and key >= first and (on is None or key % period == on):
                stated = [int(y) for y in _YEARISH.findall(left + " " + right)]
                if all(y % period == key % period for y in stated if y >= first):
                    step, phase = period, key % period  # "the 1851 census": 1841, 1861; "the 1900 Games": 1904
                low = max(low if low is not None else first, float(first))  # no modern Games before 1896
                break
    if blank.type is AnswerType.NUMBER and _IN_YEAR.search(left) and blank.answer.strip().isdigit() and \
            30 <= key <= 2100:
        year = True  # "In ____ the emperor Caracalla ...": a year written bare, near the key
    if blank.type is AnswerType.DATE or (blank.type is AnswerType.YEAR or year) and \
            (key >= 100 or blank.type is AnswerType.YEAR and _ERA.search(blank.answer)):  # ("AD 80": a year too)
        in_office = _in_office(blank, key, left, right)
        if in_office is not None and in_office[0] is not None:
            low = in_office[0] if low is None else max(low, in_office[0])
        if in_office is not None and in_office[1] is not None:
            high = in_office[1] if high is None else min(high, in_office[1])
    if blank.type in (AnswerType.YEAR, AnswerType.DATE):
        period = _within_period(blank, key, f"{left} {right}", timeline)
        if period is not None:
            inside = (period[0] if low is None else max(low, period[0]), period[1] if high is None else min(high, period[1]))
            # a span that leaves no room for wrong answers (the blockade of 1948 lifted in 1949, in a Cold War from
            # 1947) says nothing the fact's own bounds do not: kept only with room for a few
            if inside[1] - inside[0] >= (_MIN_TERM_DAYS if blank.type is AnswerType.DATE else _MIN_TERM_YEARS):
                low, high = inside
    if blank.type is AnswerType.NUMBER:
        # "below ____": a larger wrong answer would be true as well; "more than ____" likewise.
        if _STEM_UPPER.search(left):
            high = key
        elif _STEM_LOWER.search(left):
            low = key
        if key > 0 and _TEMPERATURE.search(blank.answer) and (_STEM_UPPER.search(left) or _STEM_LOWER.search(left)):
            clear_of = key  # "more than 450 °C": 460 °C would be true as well; 585 °C is not
        after, before = _AFTER.search(left), _BEFORE.search(right)
        # (a fraction too: "pi lies between 223/71 and ____")
        first, second = (_plain_number(after["x"]) if after else None), (_plain_number(before["x"]) if before else None)
        if first is not None and first < key:
            low = first
        if second is not None and second > key:
            high = second
        if second is not None and second > key and _BETWEEN.search(left):
            high = key  # "between ____ and 7.45": a wrong low end lies outside the true range
        if after and first is not None and first < key and _BETWEEN.search(left[: after.start()]):
            low = key
        whole = _PART_OF.search(right)
        if whole and float(whole["n"].replace(",", "")) > key:  # "won ____ of Ireland's 105 seats": not 110
            ceiling = float(whole["n"].replace(",", ""))
            high = ceiling if high is None else min(high, ceiling)
        if _PH.search(fact.text) and 0 <= key <= 14:
            # a pH a fact states is of a body or a substance in its usual range, not anywhere in 0-14
            spread = _PH_SPREAD if "." in blank.answer else 3 * _PH_SPREAD * 2
            low = max(low if low is not None else 0.0, 0.0, key - spread)
            high = min(high if high is not None else 14.0, 14.0, key + spread)
        if _ROUGH.search(left) and _TEMPERATURE.search(blank.answer):
            rough_degrees = key  # "a Curie temperature of about ____" (770 °C): not 760 °C, "about" it as well
        if _ROUGH.search(left) and key > 0 and (key >= 3 or "." in blank.answer) and \
                not _TEMPERATURE.search(blank.answer) and not is_circa_year(blank.answer):  # ("c. 3100 BC": a year)
            clear_of = key  # "about 5 litres": 6 litres would be about right too; "about 4.2 light-years": not 4.0
        if blank.answer.rstrip().endswith("%"):
            # shares of one whole a fact states ("78% nitrogen and ____ oxygen"): with the key they make at most
            # 100%, so a wrong share is no larger than what is left (no "32% oxygen" beside 78% nitrogen)
            shares = [float(m) for m in _PERCENT.findall(f"{left} {right}")]  # the other blanks' answers are in it
            if shares and key + sum(shares) <= 100:
                ceiling = 100 - sum(shares)
                high = ceiling if high is None else min(high, ceiling)
        counted = _counted_words(right)
        if counted:  # "32 permanent teeth, while a child has ____ milk teeth": a count of the same thing bounds it
            for text in (left, right):
                for match in _COUNT.finditer(text):
                    other = float(match["n"].replace(",", ""))
                    if other != key and counted & _counted_words(match["rest"]):
                        if other < key:
                            low = other if low is None else max(low, other)
                        else:
                            high = other if high is None else min(high, other)
        measure = _record_of(blank.answer, f"{left} {right}")
        record = _RECORD.get(measure)
        if measure == "mountain":  # a mountain the stem places on a continent stays below that continent's highest
            continents = gazetteer.region_of(normalize(f"{left} {right}"))
            highest = max(_HIGHEST[c] for c in continents) if continents and continents <= _HIGHEST.keys() else None
            if highest is not None and key <= highest:  # the continent's highest itself too: no 8,842 m Kilimanjaro
                high = highest + 1 if high is None else min(high, highest + 1)
        if record is not None and key < record:
            high = record + 1 if high is None else min(high, record + 1)  # no mountain above Everest, nor an
            # 8,000 m peak in the Alps or the Andes
        if (_LATITUDE.search(blank.answer) or blank.answer.rstrip().endswith("°") and _NORTH_SOUTH.match(right)) \
                and 0 < key < 90:
            low, high = 0, 90  # "the 38th parallel": no 114th, no latitude beyond the poles
        if _AGE.search(left + "____" + right) and key < _OLDEST_AGE:
            high = min(high if high is not None else _OLDEST_AGE, _OLDEST_AGE)  # a minimum age of 70 is absurd
        if blank.answer.strip().isdigit() and _YOUTH < key < _OLDEST_AGE and \
                (_WAS_AGED.search(left + "____" + right) or _ACHIEVED_AT.search(left + "____" + right)):
            # the age of a person's own deed ("was ____ when he took the title", "became a grandmaster at ____"):
            # no younger than a person's own work comes (a champion at 13, a grandmaster at 9: judged I)
            low = max(low if low is not None else _YOUTH - 1, _YOUTH - 1)
        if blank.answer.strip().isdigit() and _REIGN_YEARS.search(left + "____" + right) and key <= _LONGEST_REIGN:
            high = min(high if high is not None else _LONGEST_REIGN + 1, _LONGEST_REIGN + 1)  # no reign of 94 years
        if blank.answer.rstrip().endswith("%") and key < 100 and _SHARE_OF.match(right):
            high = min(high if high is not None else 100.0, 100.0)  # "____ of the world's fresh water": not all of it
    bounds = Bounds(low, high, step, year, clear_of, phase, rough_year, rough_degrees)
    return NO_BOUNDS if bounds == NO_BOUNDS else bounds


def _ordered(fact: Fact, blank: Blank, key: float, left: str, right: str,
             timeline: Timeline) -> tuple[float | None, float | None]:
    """Bounds on a year or a date from the moments it must follow or precede: a date's other dates in its
    fact ("resigned on 25 December 1991 and ... dissolved on ____"), and what the deck's other facts date of
    a thing the stem places it after or before. A bound the key itself breaks is a misreading: skipped."""
    is_date = blank.type is AnswerType.DATE
    spans = moments(blank.answer) if is_date else []
    if is_date and len(spans) != 1:
        return None, None
    first, last = spans[0] if is_date else (key, key)
    low: float | None = None
    high: float | None = None
    if is_date:
        for other_first, other_last in moments(f"{left} ; {right}"):
            if other_last < first:
                low = other_last if low is None else max(low, other_last)
            elif other_first > last:
                high = other_first if high is None else min(high, other_first)
    stem = f"{left}____{right}"
    for before, words in anchors(stem):
        span = timeline.span_of(words, fact.id)
        if span is None:
            continue
        if is_date:
            edge_first, edge_last = float(span[0]), float(span[1])
        else:
            edge_first, edge_last = float(_year(span[0])), float(_year(span[1]))
        if before and last <= edge_last:
            high = edge_last + 0.5 if high is None else min(high, edge_last + 0.5)
        elif not before and first >= edge_first:
            low = edge_first - 0.5 if low is None else max(low, edge_first - 0.5)
    return low, high


#: The fewest years (first to last) of an event that bounds a year blank: the key and three wrong years inside it.
_MIN_EVENT_YEARS = 4


_ERA = re.compile(r"\b(?:AD|A\.D\.|BC|BCE|CE|B\.C\.)(?!\w)")


def _within_period(blank: Blank, key: float, stem: str, timeline: Timeline) -> tuple[float, float] | None:
    """The span of the war or revolution the answer lies in (`categories.spans_named`): one the stem names
    ("Russia left the First World War ... in ____"), else a battle, war or treaty of WordNet's the stem names
    (`instances.event_spans_named`: "during the Somme in ____", a date of 1916; for a year, only an event of
    `_MIN_EVENT_YEARS` or more: a one-year battle's year is left to its war's span), else one the deck's title names ("The First World War":
    "The Battle of Verdun ... in ____"), the narrowest holding the key; None when the key lies in none (the
    fact is of the causes or the aftermath: "the Treaty of Versailles, 1919") or is a decade, a century or a
    date without its year."""
    if blank.type is AnswerType.DATE:
        spans = moments(blank.answer)
        if len(spans) != 1:
            return None
        years = (_year(spans[0][0]), _year(spans[0][1]))
    elif is_year_span(blank.answer):
        return None
    else:
        years = (int(key), int(key))
    events = [span for span in instances.event_spans_named(stem)  # "during the Somme": WordNet's battles and wars
              if blank.type is AnswerType.DATE or span[1] - span[0] + 1 >= _MIN_EVENT_YEARS]
    for periods in (categories.spans_named(stem), events, timeline.periods()):
        holding = [p for p in periods if p[0] <= years[0] and years[1] <= p[1]]
        if holding:
            start, end = min(holding, key=lambda p: p[1] - p[0])
            if blank.type is AnswerType.DATE:
                return dt.date(start, 1, 1).toordinal() - 0.5, dt.date(end, 12, 31).toordinal() + 0.5
            return start - 0.5, end + 0.5
    return None


#: Words of leaving an office (the answer is the term's last year: not before its first) and of coming to one
#: (its first year: not after its last).
_LEAVING = re.compile(r"\b(?:deposed|ousted|overthrown|overthrew|resigned|left office|abdicated|dethroned)\b",
                      re.IGNORECASE)
_COMING = re.compile(r"\b(?:became|become|becomes|elected|re-elected|took office|inaugurated|sworn|appointed|"
                     r"crowned|came to power|took power|rose to power|seized power)\b", re.IGNORECASE)


#: The narrowest window the terms of office an answer lies in may leave (years, days): two rulers' terms that meet
#: at the answer would leave no wrong answer, and a year or date blank always gets an MCQ (issue 11).
_MIN_TERM_YEARS, _MIN_TERM_DAYS = 4, 60


def _in_office(blank: Blank, key: float, left: str, right: str) -> tuple[float | None, float | None] | None:
    """The term of office (or reign, or pontificate) the answer's year or date lies in, of a ruler the fact
    names anywhere, in its text or another blank's answer ("President {Lyndon B. Johnson} signed ... in ____",
    "where Henry Tudor defeated {Richard III}"); None when the stem is of a birth, a death or a change of office
    ("became", "deposed": a year outside the term is then a fair wrong answer), or the answer lies in no term
    of theirs (another person of that name)."""
    terms = categories.terms_named(f"{left} {right}")
    if not terms:
        return None  # no ruler named (most stems): read first, as the stem's searches below cost more
    stem = f"{left}____{right}"
    if _BIRTH.search(stem) or _DEATH.search(stem):
        return None
    leaving, coming = bool(_LEAVING.search(stem)), bool(_COMING.search(stem))
    changes = [m[0] for m in categories.OFFICE_CHANGE.finditer(stem) if m.start() == 0 or m[0][0].islower()]
    if leaving and coming or changes and not (leaving or coming):  # ("the First Crusade" is a name: no change)
        return None  # "became", "proclaimed", "first": a year outside the term is a fair wrong answer
    is_date = blank.type is AnswerType.DATE
    if is_date:
        spans = moments(blank.answer)
        if len(spans) != 1:
            return None
        years = (_year(spans[0][0]), _year(spans[0][1]))
    else:
        years = (int(key), int(key))
    low: float | None = None
    high: float | None = None
    loosest: tuple[float, float] | None = None  # the union of the terms, for terms that meet at the answer
    for start_year, end_year in terms:
        # "the reforms of Alexander Dubček were ended in ____": a year of his time in office, not of his life
        if not start_year <= years[0] <= years[1] <= end_year:
            continue
        start = float(start_year) if not is_date else float(dt.date(start_year, 1, 1).toordinal())
        end = float(end_year) if not is_date else float(dt.date(end_year, 12, 31).toordinal())
        if leaving or coming:  # "deposed ... Romulus Augustulus" (475-476) in ____: not before 475; of the
            # terms the answer lies in, the loosest edge ("the Shah was overthrown" as Khomeini came, in 1979)
            low = start - 0.5 if low is None else min(low, start - 0.5)
            high = end + 0.5 if high is None else max(high, end + 0.5)
            continue
        low = start - 0.5 if low is None else max(low, start - 0.5)
        high = end + 0.5 if high is None else min(high, end + 0.5)
        loosest = (start - 0.5, end + 0.5) if loosest is None else (min(loosest[0], start - 0.5), max(loosest[1], end + 0.5))
    if low is None or high is None:
        return None
    if loosest is not None and high - low < (_MIN_TERM_DAYS if is_date else _MIN_TERM_YEARS):
        low, high = loosest  # "Henry Tudor defeated Richard III" in 1485, as one reign ended and the other began:
        # their terms meet at the answer and would leave no wrong year; either term is a time it could have been
    if leaving and high - low < (_MIN_TERM_DAYS if is_date else _MIN_TERM_YEARS):
        return low, None  # a term too short to leave room for wrong answers (Romulus Augustulus, 475-476): after it
    # one leaves an office within its term (no Nicholas II abdicating in 1920): both bounds; one comes to it no later
    return (None, high) if coming and not leaving else (low, high)


def _year(ordinal: int) -> int:
    return dt.date.fromordinal(ordinal).year


#: The world's records a measure cannot pass: the highest mountain (8,849 m), the longest river (6,650 km), the
#: highest waterfall (979 m), the deepest point of the ocean (10,994 m).
_RECORD = {"mountain": 8849.0, "river": 6650.0, "waterfall": 979.0, "depth": 10994.0}
#: Each continent's highest summit (m): Everest, Aconcagua, Denali, Kilimanjaro, Elbrus, Vinson, Puncak Jaya.
_HIGHEST = {"AS": 8849.0, "SA": 6961.0, "NA": 6190.0, "AF": 5895.0, "EU": 5642.0, "AN": 4892.0, "OC": 4884.0}
_METRES = re.compile(r"^\s*[\d,.]+\s*(?:m|metres|meters)\s*$", re.IGNORECASE)
_KILOMETRES = re.compile(r"^\s*[\d,.]+\s*(?:km|kilometres|kilometers)\s*$", re.IGNORECASE)


def _record_of(answer: str, stem: str) -> str | None:
    """Which record bounds a height in metres or a length in kilometres, by what the stem says it measures."""
    if _METRES.match(answer):
        if re.search(r"\b(?:waterfalls?|falls)\b", stem, re.IGNORECASE):
            return "waterfall"
        if re.search(r"\b(?:deep|deepest|depth|trench)\b", stem, re.IGNORECASE):
            return "depth"
        if re.search(r"\b(?:mountain|mount|peak|summit|volcano|highest point|above sea level)\b", stem, re.IGNORECASE):
            return "mountain"
    elif _KILOMETRES.match(answer) and re.search(r"\b(?:river|flows?)\b", stem, re.IGNORECASE):
        return "river"
    return None


def _counted_words(text: str) -> frozenset[str]:
    """The words naming what a number counts, just after it ("permanent teeth, while ..." -> permanent, teeth)."""
    words = re.match(r"\s*((?:[a-z]+\s+){0,1}[a-z]+)", text.lower())
    return frozenset(w for w in words.group(1).split() if len(w) >= 4 and w not in STOP) if words else frozenset()


_ITEM = r"[A-Z][\w'’.-]*(?:\s+(?:of|de|the|[A-Z][\w'’.-]*))*"
#: A list of names after the blank, "A, B, C and D" (its items counted): what a number of them may count.
_LISTED = re.compile(rf"{re.escape(MASK)}[^.;]*?\b((?:{_ITEM}\s*,\s*)+{_ITEM},?\s+and\s+{_ITEM})")
#: Lists longer than this are not counted (a student does not count them at a glance).
_LISTED_MOST = 12


def _listed_count(rendered: str) -> int | None:
    """How many names the list after the blank holds, if the fact has one."""
    found = _LISTED.search(rendered)
    if found is None:
        return None
    return len(re.split(r"\s*,\s*(?:and\s+)?|,?\s+and\s+", found.group(1)))


def _derivation(fact: Fact, blank: Blank) -> tuple[str | None, frozenset[int]]:
    """Whether the other numbers of the fact give this one away ("23 pairs ... ____ in all",
    "from 1837 to 1901 ... for ____ years"): the reason when literal text does, and the other
    blanks it would be computed from (hidden with it instead)."""
    answer = number_value(blank.answer) if blank.type is AnswerType.NUMBER else value_of(blank.answer, blank.type)
    if answer is None or answer < 2:
        return None, frozenset()
    if blank.type is AnswerType.NUMBER and answer <= _LISTED_MOST:
        counted = _listed_count(fact.render(frozenset((blank.index,)), MASK))
        if counted == answer:  # "The ____ founding provinces were Ontario, Quebec, Nova Scotia and New Brunswick"
            return f"the fact lists the {int(answer)} it counts", frozenset()
    values: list[tuple[float, int | None, str]] = []
    for segment in fact.segments:
        if isinstance(segment, str):
            for match in _NUMBER_TOKEN.finditer(segment):
                token = match.group()
                value = words_value(token) if token[0].isalpha() else float(token.replace(",", ""))
                if value is not None and not (token.lower() == "hundred"):
                    values.append((value, None, token))
        elif segment is not blank:
            value = number_value(segment.answer) if segment.type is not AnswerType.DATE else None
            if value is not None:
                values.append((value, segment.index, segment.answer))
    if not values or len(values) > 6:
        return None, frozenset()
    rendered = fact.render(frozenset((blank.index,)), MASK)
    cued = bool(_ARITHMETIC.search(rendered))
    if not cued and answer < 10:
        return None, frozenset()
    words = rendered.lower()
    found: list[tuple[str, tuple[tuple[float, int | None, str], ...]]] = []
    for item in values:
        value = item[0]
        if value == answer and item[1] is None:  # the same number in another form ("4" for "four")
            found.append((f"'{item[2]}' states it", (item,)))
        if value * 2 == answer and re.search(r"\b(pairs?|twice|double|both)\b", words):
            found.append((f"it is twice {item[2]}", (item,)))
        if value * 3 == answer and re.search(r"\b(triple|three times)\b", words):
            found.append((f"it is three times {item[2]}", (item,)))
        if value / 2 == answer and re.search(r"\bhalf\b", words):
            found.append((f"it is half of {item[2]}", (item,)))
    for a, b in combinations(values, 2):
        x, y = a[0], b[0]
        if cued or answer >= 10:
            if x + y == answer:
                found.append((f"{a[2]} + {b[2]}", (a, b)))
            if abs(x - y) == answer and (cued or max(x, y) >= 1000):
                found.append((f"{max(a, b)[2]} - {min(a, b)[2]}", (a, b)))
            if cued and min(x, y) <= 12 and x * y == answer:
                found.append((f"{a[2]} x {b[2]}", (a, b)))
    for reason, items in found:
        from_blanks = frozenset(i[1] for i in items if i[1] is not None)
        if all(i[1] is not None for i in items):
            return None, from_blanks
        return f"the answer can be computed from the rest of the fact ({reason})", frozenset()
    return None, frozenset()


def _kana_leak(blank: Blank, cloze: str) -> str | None:
    """A romaji answer the fact prints in kana ("you greet people with ____ (こんにちは)"): a student who reads the
    kana the deck teaches reads the answer off."""
    if any(spelled_in_kana(answer, cloze) for answer in blank.accept):
        return "the text prints the answer in kana"
    return None


def _name_leak(blank: Blank, answer_key: str, masked_key: str) -> str | None:
    """A name the rest of the fact shows inside a longer word ("Victoria" in "Victorian").

    `answer_key` is the answer normalized; `masked_key` the fact normalized with the blanks of
    that answer masked (a mask normalizes to spaces: only its words are read)."""
    words = [w for w in answer_key.split() if len(w) >= 5 and w not in STOP and w not in GROUP_OF]
    if not words or not blank.answer[:1].isupper():
        return None
    surname = answer_key.split()[-1]
    if blank.type is AnswerType.PERSON and " " in answer_key.strip() and len(surname) >= 4 and \
            f" {surname} " in masked_key:
        return f"'{surname}' in the text names the answer"  # "President ____ announced the Truman Doctrine"
    for token in masked_key.split():
        for word in words:
            if token != word and token.startswith(word) and len(token) - len(word) <= 4:
                return f"'{token}' in the text contains '{word}'"
    if blank.type is AnswerType.TITLE and len(answer_key.split()) > 1:
        shown = [w for w in words if f" {w} " in masked_key]
        if shown:  # "Arthur Miller's ____ follows the failing salesman Willy Loman": Death of a Salesman
            return f"'{shown[0]}' in the text names the title"
    return None
