"""The members of a key's list that make believable wrong answers (`related`), by era, field, country, sex."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from quizgen.core import gazetteer
from quizgen.core.model import AnswerType
from quizgen.core.text import normalize
from quizgen.core.categories.lists import Category, Member
from quizgen.core.categories.eras import TITLE_LATER, era_gap, title_gap
from quizgen.core.categories.catalogue import FEATURE_LISTS, all_lists, listed_people, name_key, person_fields
from quizgen.core.categories.kinds import OFFICES
from quizgen.core.categories.roles import CONTEMPORARY_FROM, GENERATION, KIND_FIELDS, NEAR_FIELDS, holds_role


def _apart(member: Member, own: Member) -> bool:
    """Whether two listed people lived more than a generation apart, for a key of CONTEMPORARY_FROM or later."""
    if own.era is None or own.era < CONTEMPORARY_FROM or None in (member.born, member.died, own.born, own.died):
        return False
    return member.died + GENERATION < own.born or member.born > own.died + GENERATION  # type: ignore[operator]


def lived_apart(name: str, key: str) -> bool:
    """Whether `name` and the key are listed people whose lives did not overlap (see `_apart`)."""
    member, own = listed_people().get(name_key(name)), listed_people().get(name_key(key))
    return member is not None and own is not None and _apart(member, own)


def undated(name: str) -> bool:
    """Whether `name` is a listed person of no known years (Homer, Laozi, Romulus): of no known age, so
    never offered beside a dated key (their years are never guessed). False for a name the lists do not know."""
    return name_key(name) in _undated()


@lru_cache(maxsize=1)
def _undated() -> frozenset[str]:
    return frozenset(normalize(m.name) for c in all_lists()[0].values() if c.type is AnswerType.PERSON
                     for m in c.members if m.era is None)


class _ListIndex(NamedTuple):
    """A list's lookups, built once: each member's normalized name, a name's (first) position, and the
    positions of the dated members in order of era (a key's age is a slice, not a scan of the list)."""
    keys: tuple[str, ...]
    position: dict[str, int]
    eras: tuple[float, ...]  # ascending
    by_era: tuple[int, ...]  # the member positions of `eras`, in that order
    half_life: float  # half the longest life the list holds: how far a member's era lies from its birth or death


def _list_index(members: tuple[Member, ...]) -> _ListIndex:
    keys = tuple(normalize(m.name) for m in members)
    position: dict[str, int] = {}
    for i, key in enumerate(keys):
        position.setdefault(key, i)
    dated = sorted((m.era, i) for i, m in enumerate(members) if m.era is not None)
    half_life = max((m.died - m.born for m in members if m.born is not None and m.died is not None), default=0) / 2
    return _ListIndex(keys, position, tuple(e for e, _ in dated), tuple(i for _, i in dated), half_life)


@lru_cache(maxsize=1)
def _indexes() -> dict[str, _ListIndex]:
    return {name: _list_index(category.members) for name, category in all_lists()[0].items()}


def _index(category: Category) -> _ListIndex:
    index = _indexes().get(category.name)
    return index if index is not None and len(index.keys) == len(category.members) else _list_index(category.members)


def related(answer: str, category: Category, era: float | None = None, sex: str | None = None,
            countries: frozenset[str] = frozenset(), limit: int = 12,
            alive: tuple[float, float] | None = None, age: int = 0, kind: str | None = None,
            roles: frozenset[str] = frozenset()) -> list[Member]:
    """Other members of the list, nearest first: neighbours in the list, or for people the nearest
    in era (never another age), of the stem's sex when it says one, of the country the stem names
    ("president of South Africa"), and of the key's own country when the list has enough of them."""
    key = name_key(answer)
    members = category.members
    index = _index(category)
    position = index.position.get(key)
    if position is None:  # the author's `kind:` says the key is one of these: of the fact's age, the stem's sex
        own = Member(answer, era, sex)
        if era is None:
            return [m for m in members if (sex is None or m.sex == sex) and (alive is None or m.alive_in(alive, age))
                    and (not countries or m.country in countries)][:limit]
    else:
        own = members[position]
    if own.era is None or category.type is not AnswerType.PERSON:  # periods keep the list's order too
        at = [i for i in range(len(members)) if i != position]
        if category.type is AnswerType.TITLE and own.era is not None:  # a work of another age: no Divine Comedy
            at = [i for i in at if members[i].era is not None and abs(members[i].era - own.era) <= title_gap(own.era)
                  and members[i].era - own.era <= TITLE_LATER]
        if countries and own.country:  # "the Greek city of ____": Greek cities only
            at = [i for i in at if members[i].country in countries]
        if roles and category.type is AnswerType.PERSON:  # an undated key too: Laozi, a philosopher, takes no Jerome
            at = [i for i in at if holds_role(index.keys[i], roles) is not False]
        if category.name in FEATURE_LISTS and own.country:  # a feature of one country: its own country's first,
            home = (gazetteer.subregion(own.country) or "").strip()[:2]  # then its continent's (the Severn: the Thames)
            at.sort(key=lambda i: (members[i].country != own.country,
                                   (gazetteer.subregion(members[i].country) or "").strip()[:2] != home,
                                   abs(i - (position or 0))))
        else:
            at.sort(key=lambda i: abs(i - (position or 0)))
        return [members[i] for i in at[:limit]]
    when = own.era  # the person's own dates place them better than the fact's years
    gap = era_gap(when)
    # the members of the key's age, in the list's order: a slice of the list by era (a year's margin, the exact
    # tests are below), narrowed to the eras of people who can have lived within a generation of the key (`_apart`)
    low, high = when - gap, when + gap
    if when >= CONTEMPORARY_FROM and own.born is not None and own.died is not None:
        low = max(low, own.born - GENERATION - index.half_life)
        high = min(high, own.died + GENERATION + index.half_life)
    at = sorted(index.by_era[bisect_left(index.eras, low - 1):bisect_right(index.eras, high + 1)])
    # a person of no known years is of no known age: never beside a dated key (`undated`)
    others = [(index.keys[i], members[i]) for i in at if i != position]
    others = [(k, m) for k, m in others if (sex is None or m.sex == sex) and m.era is not None
              and abs(m.era - when) <= gap and not _apart(m, own) and (alive is None or m.alive_in(alive, age))]
    if countries:
        others = [(k, m) for k, m in others if m.country in countries]
    field_of = person_fields()
    fields = field_of.get(key, frozenset())
    named_field = KIND_FIELDS.get(kind or "")
    if named_field:  # "the astronomer ____": astronomers, not any scientist of the age
        others = [(k, m) for k, m in others if named_field in field_of.get(k, frozenset())]
    elif fields and sum(bool(field_of.get(k, frozenset()) & fields) for k, _ in others) >= 2:
        others = [(k, m) for k, m in others if field_of.get(k, frozenset()) & fields]
    elif fields:  # too few of its field: people of a near field (no physician for a chemist, no astronomer)
        near = frozenset().union(*(NEAR_FIELDS.get(f, frozenset((f,))) for f in fields))
        others = [(k, m) for k, m in others if field_of.get(k, frozenset()) & near]
    if roles:  # "Admiral ____": admirals, not the generals and rulers of the age; "The poet ____": poets
        others = [(k, m) for k, m in others if holds_role(k, roles) is not False]
    found = [m for _, m in others]
    if countries:
        pass
    elif category.name in OFFICES and own.country:
        found = [m for m in found if m.country == own.country]  # "President ____" of the key's own country
    elif sum(m.country == own.country for m in found) >= 2:
        found = [m for m in found if m.country == own.country]
    continent = _continent(own.country)  # then of its continent: Bentham before Jeong Yak-yong for Hegel
    found.sort(key=lambda m: (m.country != own.country, continent is None or _continent(m.country) != continent,
                              abs((m.era or when) - when)))
    return found[:limit]


def _continent(code: str) -> str | None:
    region = gazetteer.subregion(code) if code else None
    return region.split("-")[0] if region else None
