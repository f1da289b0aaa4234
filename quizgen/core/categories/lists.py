"""The written lists: a member, a list (`Category`), and the table of every list's kind, type and members."""

from __future__ import annotations

from typing import NamedTuple

from quizgen.core.categories.persons import PERSONS
from quizgen.core.categories.things import THINGS
from quizgen.core.model import AnswerType


class Member(NamedTuple):
    name: str
    era: float | None = None  # a person: the middle of their life
    sex: str | None = None  # "f" or "m"
    country: str = ""  # ISO code
    born: int | None = None
    died: int | None = None
    city: str = ""  # a thing of one city ("Louvre @FR Paris"), normalized

    def alive_in(self, years: tuple[float, float], age: int = 0) -> bool:
        """Whether a listed person lived during the years (first, last), aged at least `age` by the
        last of them (True when the list has no dates)."""
        return self.born is None or self.died is None or self.born + age <= years[1] and years[0] <= self.died


class Category(NamedTuple):
    name: str
    kind: str  # the kind noun a stem uses for it
    type: AnswerType
    members: tuple[Member, ...]


# Every list, the things' first, in the order they were written (`things`, `persons`).
LISTS: dict[str, tuple[str, AnswerType, str]] = {**THINGS, **PERSONS}
