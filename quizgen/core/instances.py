"""Places and events WordNet 3.0 names, from the tables tools/wordnet/build_instances.py derives
(`data/wordnet_places.tsv`, `data/wordnet_events.tsv`; WordNet's licence in `data/LICENSE.wordnet`).

Read lazily, once per process. WordNet's people join the people list instead (`people.wordnet_people`).

- `event_spans_named(text)`: the years (first, last) of the battles, sieges, campaigns, wars and treaties
  a text names by a name of theirs that says what they are ("the Battle of the Somme", "the Seven Years'
  War"), or by a bare name after "during" or "battle of" ("during the Somme"): a bare name alone is a place.
- `place_kind(name)`: the kind WordNet gives a place (city, river, mountain peak, ...), when one only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from quizgen.core.tables import data_file
from quizgen.core.text import normalize


class Event(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    kind: str  # battle, siege, campaign, operation, war, revolution, rebellion, treaty, crusade, ...
    first: int | None
    last: int | None
    war: str  # the war a battle is part of ("" when WordNet says none)


class Place(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    kind: str
    within: tuple[str, ...]


def _rows(file: str) -> list[list[str]]:
    return [line.split("\t") for line in data_file(file).splitlines()[1:] if line.strip()]


def _names(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(";") if part)


@lru_cache(maxsize=1)
def events() -> tuple[Event, ...]:
    return tuple(Event(name, _names(aliases), kind, int(first) if first else None, int(last) if last else None, war)
                 for name, aliases, kind, first, last, war in _rows("wordnet_events.tsv"))


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    return tuple(Place(name, _names(aliases), kind, _names(within))
                 for name, aliases, kind, within in _rows("wordnet_places.tsv"))


#: Words that make a name an event's by themselves ("Battle of Verdun", "Seven Years' War").
_EVENT_WORDS = re.compile(r"\b(?:battle|siege|war|wars|revolution|rebellion|uprising|treaty|peace|crusade|campaign|"
                          r"offensive|operation|invasion|massacre|raid|blitz)\b")
#: What stands before a bare name of an event's place in a stem naming the event ("during the Somme").
_BARE_BEFORE = ("during the", "during", "battle of the", "battle of", "battles of the", "battles of")


@lru_cache(maxsize=1)
def _event_keys() -> dict[str, frozenset[tuple[int, int]]]:
    """Phrase (normalized, padded by the words a bare name needs) -> the spans of the dated events it names."""
    found: dict[str, set[tuple[int, int]]] = {}
    for event in events():
        if event.first is None or event.last is None:
            continue
        span = (event.first, event.last)
        for name in {normalize(n) for n in (event.name, *event.aliases)}:
            if not name:
                continue
            if _EVENT_WORDS.search(name):
                found.setdefault(name, set()).add(span)
            elif event.kind in ("battle", "siege", "campaign", "operation", "invasion"):
                for before in _BARE_BEFORE:
                    found.setdefault(f"{before} {name}", set()).add(span)
    return {key: frozenset(spans) for key, spans in found.items()}


@lru_cache(maxsize=1)
def _keys_by_first() -> dict[str, tuple[str, ...]]:
    by_first: dict[str, list[str]] = {}
    for key in _event_keys():
        by_first.setdefault(key.split()[0], []).append(key)
    return {word: tuple(keys) for word, keys in by_first.items()}


@lru_cache(maxsize=16384)
def event_spans_named(text: str) -> tuple[tuple[int, int], ...]:
    """The years (first, last) of the dated WordNet events the text names (one name may name several: the
    three battles of Ypres, 1914, 1915, 1917)."""
    padded = f" {normalize(text)} "
    keys = _event_keys()
    spans: set[tuple[int, int]] = set()
    for word in set(padded.split()):
        for key in _keys_by_first().get(word, ()):
            if f" {key} " in padded:
                spans |= keys[key]
    return tuple(sorted(spans))


@lru_cache(maxsize=1)
def _place_kinds() -> dict[str, str | None]:
    kinds: dict[str, str | None] = {}
    for place in places():
        for name in {normalize(n) for n in (place.name, *place.aliases)}:
            kinds[name] = place.kind if kinds.get(name, place.kind) == place.kind else None
    return kinds


def place_kind(name: str) -> str | None:
    """The kind WordNet gives the place (normalized lemma of its hypernym: "river", "mountain peak", "city"),
    None when it knows no place of that name or places of two kinds."""
    return _place_kinds().get(normalize(name))
