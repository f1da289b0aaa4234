"""What a deck dates: the moments a text states (a day, a month or a year, as spans of days) and, for a stem
that places its answer after or before a named thing ("partly in response to Sputnik", "six years after NATO"),
the moments the deck's other facts give that thing. `plan._bounds` turns them into bounds on a year or a date.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange

from quizgen.core import categories, gazetteer
from quizgen.core.lexicon import STOP
from quizgen.core.model import Deck
from quizgen.core.text import normalize
from quizgen.core.wordclass import classes

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
#: "12 March 1947", "October 4, 1957", "June 1963", "1957" (years 1000-2099 only: "12 countries" is no year)
_MOMENT = re.compile(rf"(?:\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\.?,?\s+|"
                     rf"\b(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+|\b(?P<m3>{_MONTH})\.?,?\s+)?"
                     r"(?<![\d,.])\b(?P<y>1\d{3}|20\d{2})\b(?![,.]?\d)", re.IGNORECASE)
#: "after X", "in response to X", "before X": the answer's moment lies after (or before) X's.
_ANCHOR = re.compile(r"\b(?P<rel>after|following|in (?:response|reaction|reply|answer) to|as a result of|"
                     r"before|prior to|ahead of)\s+(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?"
                     r"[A-Z][\w'’.-]*){0,3})")
_BEFORE = frozenset(("before", "prior to", "ahead of"))
_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*")
#: A name more facts than this name is a subject, not a thing with a date; one dated over more years than this
#: dates no fact.
_FEW_FACTS = 12
_DATED_WITHIN = 10


def moments(text: str) -> list[tuple[int, int]]:
    """The moments a text states, each as (first day, last day) ordinals."""
    out = []
    for match in _MOMENT.finditer(text):
        year = int(match["y"])
        month_text = match["m1"] or match["m2"] or match["m3"]
        day = match["d1"] or match["d2"]
        if month_text is None:
            out.append((dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()))
            continue
        month = _MONTHS[month_text.lower()[:3]]
        if day is None:
            out.append((dt.date(year, month, 1).toordinal(), dt.date(year, month, monthrange(year, month)[1]).toordinal()))
            continue
        try:
            ordinal = dt.date(year, month, int(day)).toordinal()
        except ValueError:
            continue
        out.append((ordinal, ordinal))
    return out


def anchors(stem: str) -> list[tuple[bool, frozenset[str]]]:
    """The named things a stem places its answer after (False) or before (True), each by its name's words."""
    out = []
    for match in _ANCHOR.finditer(stem):
        words = frozenset(w.lower() for w in _NAME_WORD.findall(match["name"]) if w.lower() not in STOP)
        if words:
            out.append((match["rel"].lower() in _BEFORE, words))
    return out


class Timeline:
    """The deck's facts by the names they mention, read once, on the first stem with an anchor."""

    def __init__(self, deck: Deck):
        self._deck = deck
        self._by_word: dict[str, list[int]] | None = None
        self._moments: dict[int, list[tuple[int, int]]] = {}

    def _texts(self) -> dict[str, list[int]]:
        if self._by_word is None:
            by_word: dict[str, list[int]] = {}
            for i, fact in enumerate(self._deck.facts):
                for word in {w.lower() for w in _NAME_WORD.findall(fact.render(frozenset(), ""))}:
                    by_word.setdefault(word, []).append(i)
            self._by_word = by_word
        return self._by_word

    def periods(self) -> tuple[tuple[int, int], ...]:
        """The years of the wars and revolutions the deck's title names ("The First World War"): a fact of the
        deck dated inside one is of it (`plan._within_period`)."""
        return categories.spans_named(self._deck.title or "")

    def years_of(self, stem: str, fact_id: str) -> tuple[float, float] | None:
        """The years of a stem that states none, from the other facts naming a thing it names ("the day of the
        Pearl Harbor attack"): a name of two words or more, or one no English word is, that the deck dates
        within ten years. None when no name is so dated."""
        best: tuple[float, float] | None = None
        for run in _NAME_RUN.findall(stem):
            words = [w.lower() for w in _NAME_WORD.findall(run)]
            words = [w for w in words if w not in STOP]
            if not words or len(words) == 1 and classes(words[0]) - {"PROPN", "X"}:
                continue  # "President", "Congress": words of many things
            span = self.span_of(frozenset(words), fact_id)
            if span is None:
                continue
            years = (float(dt.date.fromordinal(span[0]).year), float(dt.date.fromordinal(span[1]).year))
            if years[1] - years[0] > _DATED_WITHIN or best is not None and years[1] - years[0] >= best[1] - best[0]:
                continue
            if gazetteer.place_kind(run) or gazetteer.countries_in(normalize(run)) or categories.people_named(run):
                continue  # a place or a person lasts: it dates no deed (read last: the dearest test)
            best = years
        return best

    def span_of(self, words: frozenset[str], fact_id: str) -> tuple[int, int] | None:
        """The first and last moments the other facts naming all `words` state (None when none do, or when
        more than a few facts name it: a name of a whole subject dates nothing)."""
        by_word = self._texts()
        postings = sorted((by_word.get(w, []) for w in words), key=len)
        if not postings or not postings[0] or len(postings[0]) > _FEW_FACTS:
            return None
        found = set(postings[0]).intersection(*postings[1:])
        spans = []
        for i in found:
            fact = self._deck.facts[i]
            if fact.id == fact_id:
                continue
            if i not in self._moments:
                self._moments[i] = moments(fact.render(frozenset(), ""))
            spans += self._moments[i]
        if not spans:
            return None
        return min(s[0] for s in spans), max(s[1] for s in spans)
