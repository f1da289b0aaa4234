"""Merge the same fact stated by several documents into one, and spot where they disagree.

Two candidates from different documents state the same fact when they share most of their
values (names, dates, numbers) and enough of their content words; each document contributes at
most one sentence to a group. Within a group the clearest wording wins. When two wordings give
different values of the same kind (October 5 vs October 6), they stay separate facts, each with
a note naming the disagreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.core.model import AnswerType
from quizgen.core.text import normalize
from quizgen.draft.candidates import Candidate, value_of

#: How alike two sentences must be (0..1) to count as the same fact, and how much of their wording
#: they must share on top of any values: one shared number is no shared fact.
SAME_FACT = 0.45
SAME_WORDS = 0.2

STOPWORDS = frozenset(
    """a an the of to in on at by for from with and or but as is was were are be been being has have had
    will would shall should can could may might that which who whom whose this these those it its they
    them their there than then also not no so such into onto over under about after before when while
    since during including according said says""".split()
)
#: The first document listed is taken as the reference: its wording wins close calls.
FIRST_SOURCE_BONUS = 0.6


@dataclass(frozen=True, slots=True)
class Group:
    """Candidates that state one fact: `members` in document order, `chosen` the wording to keep."""

    members: tuple[Candidate, ...]
    chosen: Candidate
    conflict: str | None = None


def stems(text: str) -> set[str]:
    """Content words, crudely stemmed, so "selected"/"selects" and "films"/"film" meet."""
    words = re.findall(r"[a-z0-9]+", normalize(text))
    return {re.sub(r"(ing|ed|es|s)$", "", w) if len(w) > 4 else w for w in words if w not in STOPWORDS}


def similarity(a: Candidate, b: Candidate) -> float:
    """0..1: half the content words they share, half the values; 0 when their words share too little."""
    words_a, words_b = stems(_without_values(a)), stems(_without_values(b))
    words = len(words_a & words_b) / max(1, len(words_a | words_b))
    if words < SAME_WORDS:
        return 0.0
    answers_a, answers_b = a.answers(), b.answers()
    values = len(answers_a & answers_b) / max(1, min(len(answers_a), len(answers_b)))
    return 0.5 * words + 0.5 * values


def _without_values(candidate: Candidate) -> str:
    text = candidate.text
    for span in sorted(candidate.spans, key=lambda s: -s.start):
        if span.type in (AnswerType.DATE, AnswerType.YEAR, AnswerType.NUMBER):
            text = text[: span.start] + " " + text[span.end :]
    return text


def group_candidates(per_document: list[list[Candidate]]) -> list[Group]:
    """Groups in document order: the first document's order, later documents' own facts slotted in
    after the fact that precedes them in their document."""
    pairs: list[tuple[float, int, int, int, int]] = []
    for i, first in enumerate(per_document):
        for j in range(i + 1, len(per_document)):
            for x, a in enumerate(first):
                for y, b in enumerate(per_document[j]):
                    score = similarity(a, b)
                    if score >= SAME_FACT:
                        pairs.append((score, i, x, j, y))
    group_of: dict[tuple[int, int], int] = {}
    groups: list[dict[int, int]] = []  # each group maps document -> candidate index
    for score, i, x, j, y in sorted(pairs, key=lambda p: (-p[0], p[1:])):
        gi, gj = group_of.get((i, x)), group_of.get((j, y))
        if gi is None and gj is None:
            group_of[(i, x)] = group_of[(j, y)] = len(groups)
            groups.append({i: x, j: y})
        elif gi is not None and gj is None and j not in groups[gi]:
            groups[gi][j] = y
            group_of[(j, y)] = gi
        elif gj is not None and gi is None and i not in groups[gj]:
            groups[gj][i] = x
            group_of[(i, x)] = gj
    ordered = _document_order(per_document, group_of, groups)
    notes = disagreements(per_document)
    index_of = {id(c): (d, i) for d, candidates in enumerate(per_document) for i, c in enumerate(candidates)}
    result: list[Group] = []
    for members in ordered:
        for group in _resolve(members):
            note = group.conflict or (notes.get(index_of[id(group.chosen)]) if len(group.members) == 1 else None)
            result.append(Group(group.members, group.chosen, note))
    return result


def _document_order(
    per_document: list[list[Candidate]], group_of: dict[tuple[int, int], int], groups: list[dict[int, int]]
) -> list[list[Candidate]]:
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
    ordered: list[list[Candidate]] = []
    for item in order:
        if isinstance(item, tuple):
            ordered.append([per_document[item[0]][item[1]]])
        else:
            ordered.append([per_document[doc][index] for doc, index in sorted(groups[item].items())])
    return ordered


def _resolve(members: list[Candidate]) -> list[Group]:
    """One group, or one per wording when the wordings disagree on a value."""
    if len(members) > 1:
        conflict = _conflict(members)
        if conflict is not None:
            return [Group((m,), m, conflict) for m in members]
    chosen = max(members, key=lambda m: (clarity(m) + (FIRST_SOURCE_BONUS if m.sentence.doc == 0 else 0), -m.sentence.doc))
    return [Group(tuple(members), chosen)]


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


def _conflict(members: list[Candidate]) -> str | None:
    """A sentence naming the disagreement, when two members give different values of one kind."""
    for answer_type in (AnswerType.DATE, AnswerType.YEAR, AnswerType.NUMBER):
        values = [{value_of(s, m.text) for s in m.spans if s.type is answer_type} for m in members]
        present = [v for v in values if v]
        if len(present) >= 2 and not set.intersection(*present):
            shown = [next(s.text for s in m.spans if s.type is answer_type) for m, v in zip(members, values) if v]
            return "Sources disagree: " + " vs ".join(f'"{s}"' for s in shown) + "."
    return None


def disagreements(per_document: list[list[Candidate]]) -> dict[tuple[int, int], str]:
    """Sentences of different documents giving different numbers for the same thing: the same unit
    ("nine days", "10 days") and the same subject word next to it ("fire"), kept apart but flagged.
    Maps (document, candidate index) to the note for that candidate."""
    notes: dict[tuple[int, int], str] = {}
    measured = [[_measures(c) for c in candidates] for candidates in per_document]
    for i, first in enumerate(measured):
        for j in range(i + 1, len(measured)):
            for x, left in enumerate(first):
                for y, right in enumerate(measured[j]):
                    for unit, (value_a, text_a, words_a) in left.items():
                        if unit in right and right[unit][0] != value_a and words_a & right[unit][2]:
                            note = f'Sources disagree: "{text_a}" vs "{right[unit][1]}".'
                            notes.setdefault((i, x), note)
                            notes.setdefault((j, y), note)
    return notes


def _measures(candidate: Candidate) -> dict[str, tuple[str, str, set[str]]]:
    """Unit -> (value, the number and its unit as written, the sentence's content words) for each
    number with a unit."""
    found: dict[str, tuple[str, str, set[str]]] = {}
    words = stems(_without_values(candidate))
    for span in candidate.spans:
        if span.type is AnswerType.NUMBER:
            value = value_of(span, candidate.text)
            unit = value.partition(" ")[2]
            written = re.match(r"[\s-]*[a-z]+", candidate.text[span.end :])
            if unit and unit not in _COUNTED and written:
                found.setdefault(unit, (value.partition(" ")[0], span.text + written.group(), words - {unit, unit + "s"}))
    return found


#: Units too common to tie two sentences to one thing ("31 people", "two deaths").
_COUNTED = frozenset("people person time year death other".split())
