"""Merge the same fact stated by several documents into one, and spot where they disagree.

Each candidate becomes a set of features: its content words (crudely stemmed, a few synonyms
folded: "found" = "discovered") and its values compared by what they say, not how they are
written (values.py: "26 November 1922" = "November 26, 1922", "Howard Carter" = "Carter"). A
feature counts by how rare it is among all the drafted sentences (the event's year, or the name
every sentence mentions, says little about which fact a sentence states). Two sentences of
different documents then:

- **merge** into one fact when they share a value that is not the documents' topic and a verb
  ("discovered radium in 1898" / "discovered radium on 21 December 1898"), or two values and
  much of their wording, and no value conflicts; each document gives at most one sentence to a
  fact, the clearest wording wins;
- **disagree** when they share enough to be about one thing (a value, a verb or, for two numbers
  of one unit, two words) but give conflicting values (23 vs 24 September; "about nine days" vs
  "10 days" of one fire; "at twenty-five" vs "at twenty-six"): both stay, side by side, each with
  a `note` naming the disagreement. Two different years alone rarely mean a disagreement (they
  are more often two events), so they count only for sentences that would otherwise merge.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from quizgen.core.model import AnswerType
from quizgen.core.text import normalize
from quizgen.draft import gazetteer as gz
from quizgen.draft.candidates import MIN_RANK, STRONG_RANK, Candidate
from quizgen.draft.entities import Span
from quizgen.draft.values import Value, toll_words, value_of

MERGE_SIMILARITY = 0.18
#: Without a shared verb, two sentences sharing values must share this much to be one fact.
SURE_SIMILARITY = 0.45
#: ... or this much when one of the values is a full date.
DATED_SIMILARITY = 0.25
#: A conflicting value ties two sentences to one slot already, so less shared wording is needed.
DISAGREE_SIMILARITY = 0.12

STOPWORDS = frozenset(
    """a an the of to in on at by for from with and or but as is was were are be been being has have had
    will would shall should can could may might that which who whom whose this these those it its they
    them their there than then also not no so such into onto over under about after before when while
    since during including according said says near around""".split()
)
#: The first document listed is taken as the reference: its wording wins close calls.
FIRST_SOURCE_BONUS = 0.6


def _stem(word: str) -> str:
    return re.sub(r"(ing|ed|es|s)$", "", word) if len(word) > 4 else word


#: Words that say one thing in different ways, folded onto one stem ("found" = "discovered").
_SYNONYMS = {
    _stem(word): head
    for head, words in {
        "discover": "discovered found uncovered spotted detected identified observed noticed",
        "award": "awarded won earned received granted",
        "name": "named called dubbed termed",
        "predict": "predicted calculated forecast",
        "build": "built constructed erected",
        "begin": "began begun started commenced",
        "occur": "occurs occurred happens happened",
        "announce": "announced published reported declared",
        "hole": "holes pits",
        "mould": "mould mold fungus",
    }.items()
    for word in words.split()
}


def stems(text: str) -> set[str]:
    """Content words, crudely stemmed and with synonyms folded, so "selected"/"selects",
    "films"/"film" and "found"/"discovered" meet."""
    words = re.findall(r"[a-z0-9]+", normalize(text))
    return {_SYNONYMS.get(_stem(w), _stem(w)) for w in words if w not in STOPWORDS}


@dataclass(frozen=True, slots=True)
class Group:
    """Candidates that state one fact: `members` in document order, `chosen` the wording to keep."""

    members: tuple[Candidate, ...]
    chosen: Candidate
    conflict: str | None = None


@dataclass(frozen=True, slots=True)
class Features:
    """What a candidate states, for comparing: words, verbs (a subset of words) and values."""

    words: frozenset[str]
    verbs: frozenset[str]
    values: tuple[tuple[Value, bool], ...]  # each value, and whether it is its document's topic
    modifiers: frozenset[str] = frozenset()  # participles inside a term ("the first cloned mammal"): no verb of it
    names: frozenset[str] = frozenset()  # the words of the names it states ("karin", "holm"): no wording of it

    @property
    def keys(self) -> frozenset[str]:
        return self.words | frozenset(key for value, _ in self.values for key in _value_keys(value))


def features(candidate: Candidate) -> Features:
    text = candidate.text
    for span in sorted(candidate.spans, key=lambda s: -s.start):
        if span.type is not AnswerType.TERM:  # a term's words are words; a name or a number is a value
            text = text[: span.start] + " " + text[span.end :]
    words = stems(text)
    verbal = text
    for span in sorted(candidate.spans, key=lambda s: -s.start):
        if span.type is AnswerType.TERM:  # a participle inside a term is no verb of the sentence ("the first cloned mammal")
            verbal = verbal[: span.start] + " " + verbal[span.end :]
    modifiers = frozenset(
        _SYNONYMS.get(_stem(w), _stem(w)) for span in candidate.spans if span.type is AnswerType.TERM
        for w in re.findall(r"[a-z]+", span.text.lower()) if re.fullmatch(r"[a-z]{3,}ed", w)
    )
    tokens = re.findall(r"[a-z]+", verbal.lower())
    verbs = {
        _SYNONYMS.get(_stem(w), _stem(w))
        for before, w in zip(["", *tokens], tokens)
        if w not in _LIGHT_VERBS and w not in STOPWORDS
        and (w in gz.VERB_FORMS or w in gz.COMMON_VERBS or re.fullmatch(r"[a-z]{3,}ed", w) or before in _VERB_BEFORE)
    }
    found: list[tuple[Value, bool]] = []
    for span in candidate.spans:
        value = value_of(span, candidate.text)
        if value.key:
            topic = span.rank <= 1 and span.type in _NAMED
            found.append((value, topic))
            if value.kind == "name":
                words |= stems(value.key)
    names = frozenset(w for span in candidate.spans if span.type in _NAMED for w in stems(span.text))
    return Features(frozenset(words), frozenset(verbs), tuple(found), modifiers, names)


#: Words after which the next word is a verb ("to launch", "was chosen", "will fly").
_VERB_BEFORE = frozenset("to is are was were be been being has have had will would can could may might must did does do".split())
#: Auxiliaries and verbs that say little of which fact a sentence states ("the formed NADPH").
_LIGHT_VERBS = frozenset(
    """is are was were be been being am has have had having do does did done can could will would
    shall should may might must form forms formed make makes made take takes took taken use uses used
    give gives gave given get gets got become becomes became include includes included provide
    provides provided produce produces produced lead leads led cause causes caused result results
    resulted allow allows allowed help helps helped keep keeps kept put puts set sets come comes came
    go goes went gone seem seems seemed remain remains remained""".split()
)
_NAMED = (AnswerType.PERSON, AnswerType.PLACE, AnswerType.ORGANIZATION, AnswerType.TITLE)


def _value_keys(value: Value) -> tuple[str, ...]:
    """Keys under which two values that are `same` meet: a date also under its year and month."""
    if value.kind in ("date", "year") and value.date != (0, 0, 0):
        day, month, year = value.date
        keys = [f"y:{year}"] if year else []
        if month and year:
            keys.append(f"my:{month}-{year}")
        if day and month:
            keys.append(f"dm:{day}-{month}")
        return tuple(keys)
    return (f"{value.kind}:{value.key}",)


@dataclass(frozen=True, slots=True)
class Comparison:
    similarity: float  # weighted cosine of the two feature sets, 0..1
    values: int  # values both state, not counting a topic
    dates: int  # of those, full dates (a day and a month)
    verbs: int  # verbs both use
    words: int  # other content words both use
    conflict: tuple[str, str, str] | None  # the kind ("number", "date", "year") and the two values as written
    clash: bool = False  # each names a term the other does not ("named polonium" / "name radium")
    numbers: int = 0  # of the shared values, numbers with their unit ("twelve radio dishes")
    near_date: bool = False  # each gives a full date, the same month and year, a day or three apart
    negated: bool = False  # one says "not" where the other does not ("not all minor planets are asteroids")
    plain: int = 0  # content words both use that are no word of a name they state ("steamer", not "Karin")


class Evidence:
    """The features of every candidate of a draft, and how telling each feature is: a rare one
    (stated by one sentence) weighs much, one most sentences share weighs little."""

    def __init__(self, per_document: list[list[Candidate]]) -> None:
        self.features = [[features(c) for c in candidates] for candidates in per_document]
        counts: dict[str, int] = {}
        for found in self.features:
            for feature in found:
                for key in feature.keys:
                    counts[key] = counts.get(key, 0) + 1
        total = sum(len(found) for found in self.features)
        self._weight = {key: math.log(1 + total / n) for key, n in counts.items()}

    def compare(self, a: Candidate, fa: Features, b: Candidate, fb: Features) -> Comparison:
        keys_a, keys_b = fa.keys, fb.keys
        weight_a = sum(self._weight[k] for k in keys_a)
        weight_b = sum(self._weight[k] for k in keys_b)
        shared = sum(self._weight[k] for k in keys_a & keys_b)
        similarity = shared / math.sqrt(weight_a * weight_b) if weight_a and weight_b else 0.0
        shared = [value for value, topic in fa.values if not topic and any(value.same(other) for other, _ in fb.values)]
        dates = sum(1 for value in shared if value.date[0] and value.date[1])
        common = fa.words & fb.words
        verbs = common & (fa.verbs | fb.verbs) - fa.modifiers - fb.modifiers
        # a word both use, as a verb in one at least ("to launch", "for launch"); not a participle in a term ("cloned mammal")
        clash = _own_term(a, b) and _own_term(b, a)
        numbers = sum(1 for value in shared if value.kind == "number")
        negated = bool(_NEGATION.search(a.text)) != bool(_NEGATION.search(b.text))
        plain = len(common - fa.names - fb.names)
        return Comparison(
            similarity, len(shared), dates, len(verbs), len(common), conflicting(a, b), clash, numbers, _near_dates(a, b), negated, plain
        )



_NEGATION = re.compile(r"\b(?:not|no|never|none|neither|nor)\b|n['’]t\b", re.IGNORECASE)
#: Days apart that make two full dates of one month one event told twice ("22 December 1938" /
#: "23 December 1938"), not two events.
NEAR_DAYS = 3


def _near_dates(a: Candidate, b: Candidate) -> bool:
    """`a` and `b` each give a full date of the same month and year, at most NEAR_DAYS apart, and
    no date both give."""
    full = lambda c: [v.date for v in (value_of(s, c.text) for s in c.spans) if v.kind == "date" and all(v.date)]  # noqa: E731
    dates_a, dates_b = full(a), full(b)
    if not dates_a or not dates_b or set(dates_a) & set(dates_b):
        return False
    return any(x[1:] == y[1:] and 0 < abs(x[0] - y[0]) <= NEAR_DAYS for x in dates_a for y in dates_b)


def _own_term(a: Candidate, b: Candidate) -> bool:
    """`a` names, quotes or defines a term (a term span above a plain compound) that `b` does not state."""
    values_b = [value_of(span, b.text) for span in b.spans]
    return any(
        span.type is AnswerType.TERM and span.rank >= 3 and not _event_name(span.text) and not any(value_of(span, a.text).same(v) for v in values_b)
        for span in a.spans
    )


def _event_name(text: str) -> bool:
    """A name in title case of two words or more ("Great Boston Molasses Flood"): two pages call one event
    by two names, which is no term each names in one frame ("named polonium" / "name radium")."""
    return len(text.split()) >= 2 and all(w[:1].isupper() for w in text.split() if w.lower() not in {"of", "the", "and"})


def conflicting(a: Candidate, b: Candidate) -> tuple[str, str, str] | None:
    """Where `a` and `b` disagree (see Value.conflicts): the kind of value and the two values as
    written, for a value of `a` that conflicts with one of `b` while `b` states nothing the same."""
    values_b = [(span, value_of(span, b.text)) for span in b.spans]
    for span_a in a.spans:
        value_a = value_of(span_a, a.text)
        if any(value_a.same(value_b) for _, value_b in values_b):
            continue
        for span_b, value_b in values_b:
            if value_a.conflicts(value_b):
                kind = value_a.kind if value_a.kind == value_b.kind == "number" else "date" if value_a.date[1] and value_b.date[1] else "year"
                return kind, _written(span_a, a.text), _written(span_b, b.text)
    return None


def _written(span, text: str) -> str:  # type: ignore[no-untyped-def]
    """A number with its unit as the text has it ("about nine days"), anything else as it is."""
    if span.type is AnswerType.NUMBER:
        toll = toll_words(span, text)
        if toll:  # "about 2,000 known dead", "500 people were killed"
            return span.text + toll
        unit = re.match(rf"[\s-]*(?:{gz.UNIT_SYSTEM}\s+)?[a-z]+(?:-[a-z]+)*", text[span.end :])  # "about 2.5 million light-years"
        if unit and value_of(span, text).key.partition(" ")[2]:
            return span.text + unit.group()
    return span.text


def relation(comparison: Comparison) -> str | None:
    """"same", "disagree" or None (see the module docstring)."""
    c = comparison
    if c.clash or c.negated:
        return None  # "which they named polonium" / "which they name radium": two facts of one frame;
        # "Asteroids are minor planets" / "not all minor planets are asteroids": one denies what the other says
    if c.conflict is not None:
        kind = c.conflict[0]
        if kind == "number":  # "the fire ... about nine days" / "the fire lasted 10 days"
            sure = c.similarity >= DISAGREE_SIMILARITY and (c.values >= 1 or c.verbs >= 1 or c.words >= 2)
        elif kind == "date":  # "found ... 23 September 1846" / "found by Galle on 24 September"
            sure = c.similarity >= DISAGREE_SIMILARITY and (c.verbs >= 1 or c.values >= 2)
            # "On 23 December 1938, ... brought the trawler Selma into port" / "On 22nd December 1938
            # ... the Selma had docked": one name, one month, a day apart: the same arrival, told twice
            sure = sure or c.near_date and c.values >= 1 and c.similarity >= DISAGREE_SIMILARITY
        else:  # two years are often two events: only a sure match disagrees
            sure = c.similarity >= MERGE_SIMILARITY and c.values >= 1 and c.verbs >= 1
        return "disagree" if sure else None
    if c.values >= 1 and c.verbs >= 1 and c.similarity >= MERGE_SIMILARITY:
        return "same"  # "discovered radium ... 1898" / "discovered radium on 21 December 1898"
    if c.values >= 2 and (c.similarity >= SURE_SIMILARITY or c.dates and c.similarity >= DATED_SIMILARITY) and (
        c.verbs or c.dates or c.numbers or c.plain >= 2
    ):
        return "same"  # one full date and more values: one event; two names alone say who and where, not what happened
    # the words of a shared name are no shared wording: "the steamer SS Karin Holm sailed into Bergen" /
    # "the SS Karin Holm was a steamer on her way to Bergen" share one name and one word, not six
    if c.dates >= 1 and c.plain >= 3 and c.similarity >= DATED_SIMILARITY:
        return "same"  # one full date and three more words both use: one event told twice ("the day of the flood")
    if c.values >= 1 and c.plain >= 5 and c.similarity >= SURE_SIMILARITY - 0.05:
        return "same"  # a rewording: most of the words are the same
    if c.numbers >= 1 and c.plain >= 2 and c.similarity >= SURE_SIMILARITY - 0.1:
        return "same"  # "a network of twelve radio dishes" / "twelve radio dishes ... observed": a value and its nouns
    return None


def group_candidates(per_document: list[list[Candidate]]) -> list[Group]:
    """Groups in document order: the first document's order, later documents' own facts slotted in
    after the fact that precedes them in their document; sentences that disagree sit side by side."""
    evidence = Evidence(per_document)
    pairs: list[tuple[int, float, int, int, int, int, str]] = []
    for i, first in enumerate(per_document):
        for j in range(i + 1, len(per_document)):
            for x, a in enumerate(first):
                for y, b in enumerate(per_document[j]):
                    comparison = evidence.compare(a, evidence.features[i][x], b, evidence.features[j][y])
                    kind = relation(comparison)
                    if kind is not None:
                        tier = 0 if kind == "same" else 1
                        pairs.append((tier, -comparison.similarity, i, x, j, y, kind))
    group_of: dict[tuple[int, int], int] = {}
    groups: list[dict[int, int]] = []  # each group maps document -> candidate index
    kinds: list[str] = []
    for _, _, i, x, j, y, kind in sorted(pairs):
        gi, gj = group_of.get((i, x)), group_of.get((j, y))
        if gi is None and gj is None:
            group_of[(i, x)] = group_of[(j, y)] = len(groups)
            groups.append({i: x, j: y})
            kinds.append(kind)
        elif kind == "same" and gi is not None and gj is None and j not in groups[gi] and kinds[gi] == "same":
            groups[gi][j] = y
            group_of[(j, y)] = gi
        elif kind == "same" and gj is not None and gi is None and i not in groups[gj] and kinds[gj] == "same":
            groups[gj][i] = x
            group_of[(i, x)] = gj
    result: list[Group] = []
    for members, kind in _document_order(per_document, group_of, groups, kinds):
        result.extend(_resolve(members, kind))
    # a disagreement between two sentences one of which already states another fact with the other page
    # (the long sentence giving the volume, the weight and the toll) is still flagged, on both sides
    unflagged = [
        (per_document[i][x], per_document[j][y]) for _, _, i, x, j, y, kind in sorted(pairs)
        if kind == "disagree" and not (group_of.get((i, x)) == group_of.get((j, y)) is not None)
    ]
    return _restatements(_flag(result, unflagged), evidence, per_document)


def _note(first: Candidate, second: Candidate) -> str | None:
    pair = conflicting(first, second) or conflicting(second, first)
    return f'Sources disagree: "{pair[1]}" vs "{pair[2]}".' if pair else None


def _flag(groups: list[Group], disagreeing: list[tuple[Candidate, Candidate]]) -> list[Group]:
    """Each group stating a sentence of a disagreeing pair carries the pair's note (when it has none)."""
    notes: dict[tuple[int, int], str] = {}
    flagged = {(m.sentence.doc, m.sentence.position) for group in groups if group.conflict for m in group.members}
    for first, second in disagreeing:  # best pair first: one disagreement per sentence
        keys = [(m.sentence.doc, m.sentence.position) for m in (first, second)]
        note = _note(first, second)
        if note and not any(k in flagged or k in notes for k in keys):
            notes.update(dict.fromkeys(keys, note))
    return [
        group if group.conflict or not (note := next((notes[k] for m in group.members if (k := (m.sentence.doc, m.sentence.position)) in notes), None))
        else replace(group, conflict=note)
        for group in groups
    ]


#: How alike two sentences of one document must be to say one fact twice (pages restate their
#: point: "... is called a meteorite." twice, in two wordings).
RESTATED_SIMILARITY = 0.25
#: A lone sentence is compared for restatement with at most this many facts before it, so a long
#: document costs linear time (docs/safety.md).
RESTATED_WINDOW = 300


def _restatements(groups: list[Group], evidence: Evidence, per_document: list[list[Candidate]]) -> list[Group]:
    """A fact a document states twice becomes one: a later lone sentence that shares a blank's
    answer with an earlier one of the same document, and much of its wording, with no value in
    conflict, joins it (its quote is kept, the clearer wording chosen)."""
    found = {id(c): evidence.features[d][i] for d, candidates in enumerate(per_document) for i, c in enumerate(candidates)}
    merged: list[Group] = []
    for group in groups:
        later = group.chosen
        target = None
        if len(group.members) == 1 and group.conflict is None and id(later) in found:
            answers = [value_of(b, later.text) for b in later.blanks if b.rank > 3 or b.type is not AnswerType.TERM]
            # (a described phrase, "The {secondary rainbow} is seen above ...", is what the sentence is about,
            # not a term it restates)
            first = max(0, len(merged) - RESTATED_WINDOW)
            for index, earlier_group in enumerate(merged[first:], first):
                earlier = earlier_group.chosen
                if earlier.sentence.doc != later.sentence.doc or earlier_group.conflict or id(earlier) not in found:
                    continue
                if not any(b.type not in _NAMED and (b.rank >= 5 or b.type is not AnswerType.TERM) and value_of(b, earlier.text).same(a)
                           for b in earlier.blanks for a in answers):
                    continue  # a person or a place recurs through a story; a restated term or value says one thing
                if _news(earlier, later) and _news(later, earlier):
                    continue  # each gives a strong value the other lacks ("started on Sunday 2nd September 1666 in
                    # Pudding Lane" / "stands 202 feet from the bakery where the fire started in 1666"): two facts
                comparison = evidence.compare(earlier, found[id(earlier)], later, found[id(later)])
                alike = comparison.similarity >= RESTATED_SIMILARITY and (comparison.verbs >= 1 or comparison.similarity >= 0.5)
                if alike and comparison.conflict is None and not comparison.clash and not comparison.negated:
                    target = index
                    break
        if target is None:
            merged.append(group)
            continue
        members = tuple(sorted(merged[target].members + group.members, key=lambda m: (m.sentence.doc, m.sentence.position)))
        chosen = max(members, key=lambda m: (clarity(m), -m.sentence.position))
        merged[target] = Group(members, chosen)
    return merged


def _news(a: Candidate, b: Candidate) -> bool:
    """`a` has a blank that is a name, a date or a number (not a plain term) whose value `b` does not state."""
    values_b = [value_of(span, b.text) for span in b.spans]
    return any(
        span.rank > MIN_RANK and span.type is not AnswerType.TERM and not any(value_of(span, a.text).same(v) for v in values_b)
        for span in a.blanks
    )


def _document_order(
    per_document: list[list[Candidate]], group_of: dict[tuple[int, int], int], groups: list[dict[int, int]], kinds: list[str]
) -> list[tuple[list[Candidate], str]]:
    order: list[int | tuple[int, int]] = []  # a group number, or a lone (document, index)
    placed: set[int] = set()
    for doc, candidates in enumerate(per_document):
        cursor = -1  # where this document's previous fact sits in `order`
        for index in range(len(candidates)):
            group = group_of.get((doc, index))
            if group is not None and group in placed:
                cursor = order.index(group)
                continue
            item: int | tuple[int, int] = group if group is not None else (doc, index)
            if group is not None:
                placed.add(group)
            order.insert(cursor + 1, item)
            cursor += 1
    ordered: list[tuple[list[Candidate], str]] = []
    for item in order:
        if isinstance(item, tuple):
            ordered.append(([per_document[item[0]][item[1]]], "alone"))
        else:
            members = [per_document[doc][index] for doc, index in sorted(groups[item].items())]
            ordered.append((members, kinds[item]))
    return ordered


def _resolve(members: list[Candidate], kind: str) -> list[Group]:
    """One fact for a group that states one fact; side by side for sentences that disagree, each
    with the note."""
    if kind == "disagree":
        first, second = members
        note = _note(first, second)
        return [Group((m,), m, note) for m in members]
    chosen = max(members, key=lambda m: (clarity(m) + (FIRST_SOURCE_BONUS if m.sentence.doc == 0 else 0), -m.sentence.doc))
    # A merge keeps only the chosen wording's blanks: a sentence that also states something the
    # chosen one does not ("... experiments on the bacterium Staphylococcus aureus") is also a fact
    # of its own, next to it, with just those blanks, rather than lose them.
    extras = [replace(m, blanks=extra) for m in members if m is not chosen and (extra := _extra_blanks(m, chosen))]
    return [Group(tuple(members), chosen), *(Group((m,), m) for m in extras)]


def _extra_blanks(member: Candidate, chosen: Candidate) -> tuple[Span, ...]:
    """The blanks of `member` worth a card of their own (a name, a date, a number; a name the
    other wording lacks, "the East London Natural History Museum"; a quantity, "2.3 million U.S. gallons") whose
    value `chosen` does not state."""
    values = [value_of(span, chosen.text) for span in chosen.spans]
    new = [span for span in member.blanks if not any(value_of(span, member.text).same(v) for v in values)]
    quantities = [span for span in new if span.rank == STRONG_RANK and span.type is AnswerType.NUMBER]
    # one more number is a detail of the same fact ("Seventy-six years earlier"); two or more are facts of their own
    return tuple(
        span for span in new
        if span.rank > STRONG_RANK or span.rank == STRONG_RANK and span.type in _NAMED or len(quantities) >= MIN_EXTRA_QUANTITIES and span in quantities
    )


#: Numbers a merged sentence must state beyond the chosen wording for them to be a fact of their own.
MIN_EXTRA_QUANTITIES = 2


def clarity(candidate: Candidate) -> float:
    """How well a wording reads as a stand-alone fact: short, direct, names its subject."""
    text = candidate.text
    words = len(text.split())
    score = float(len(candidate.blanks))
    score -= max(0, words - 25) * 0.1
    if re.match(r"(They|They’ll|They'll|They’d|They'd|She|He|It|This|These|Those)\b", text):
        score -= 2
    if re.match(r"(According to|After|As part of|When|While|Although)\b", text):
        score -= 1
    score -= 0.5 * len(re.findall(r"\w[’']\w", text))  # contractions read as informal
    return score
