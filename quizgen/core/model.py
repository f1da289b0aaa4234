"""The domain model: decks of facts, their blanks, and the cards generated from them.

Everything here is a frozen dataclass or an enum; nothing imports a UI or export library.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Mapping, TypeVar

if TYPE_CHECKING:
    from quizgen.core.problems import Problem

_T = TypeVar("_T")


def _fast_init(cls: type[_T]) -> type[_T]:
    """Give a frozen, slotted dataclass an `__init__` that stores each field through its slot
    descriptor instead of `object.__setattr__`: the same parameters, defaults and `__post_init__`,
    built twice as fast. Big decks make millions of facts, blanks and cards.

    Kept because the generation benchmark needs it (measured for issue 13): loading and generating a
    20,000-fact deck took 2.90-3.20 s of CPU with it and 3.10-3.30 s without (best of 3, runs
    interleaved), and `quizgen cards` on 100,000 facts runs at 1.91x its target's baseline with a
    2x target (quizgen_benchmarks/RESULTS.md). The function is built with `exec` because only a
    generated function takes the fields as plain positional parameters; drop the decorator when
    `python -m quizgen_benchmarks.run --only generation` holds without it."""
    params, body, namespace = [], [], {}
    for f in fields(cls):  # type: ignore[arg-type]
        if not f.init:
            continue
        assert f.default_factory is MISSING, f"{cls.__name__}.{f.name}: default factories are not supported"
        namespace[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


class AnswerType(StrEnum):
    """What kind of thing a blank's answer is; distractors always share it."""

    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"
    DATE = "date"
    YEAR = "year"
    NUMBER = "number"
    TITLE = "title"
    TERM = "term"


class CardKind(StrEnum):
    MCQ = "mcq"
    CLOZE = "cloze"


@_fast_init
@dataclass(frozen=True, slots=True)
class Blank:
    """One `{answer|alternative|...}` in a fact's text; `index` counts from 1 like Anki's c1, c2."""

    index: int
    answer: str
    alternatives: tuple[str, ...]
    type: AnswerType
    type_declared: bool = False
    kind: str | None = None  # the author's `kind:` ("novel", "king"); None: read from the stem
    distractors: tuple[str, ...] = ()  # the author's hand-picked wrong answers for this blank

    @property
    def accept(self) -> tuple[str, ...]:
        """Every text that counts as right when typed: the canonical answer first."""
        return (self.answer, *self.alternatives)


#: A fact's text is a sequence of literal text and blanks.
Segment = str | Blank


@dataclass(frozen=True, slots=True)
class Source:
    """A document facts cite. `file` is resolved against the deck file's folder."""

    key: str
    file: Path | None
    title: str | None
    url: str | None = None


@_fast_init
@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    text: str
    segments: tuple[Segment, ...]
    ask: str | None = None
    distractors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    note: str | None = None
    image: Path | None = None
    quote: tuple[str, ...] = ()
    line: int = 0
    id_declared: bool = True
    blanks: tuple[Blank, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "blanks", tuple([s for s in self.segments if isinstance(s, Blank)]))

    def render(self, hidden: frozenset[int] = frozenset(), mask: str = "____") -> str:
        """The text with the blanks whose index is in `hidden` shown as `mask`, the others filled in."""
        return "".join([
            s if isinstance(s, str) else (mask if s.index in hidden else s.answer) for s in self.segments
        ])

    @property
    def full_text(self) -> str:
        """The fact as a plain sentence, every blank filled with its canonical answer."""
        return self.render()


@dataclass(frozen=True, slots=True)
class StudyLimits:
    """A deck's `study:` block: daily limits, desired retention and exam day; None means "use the
    global setting" (no exam for `exam`)."""

    new_per_day: int | None = None
    reviews_per_day: int | None = None
    retention: float | None = None  # desired retention, within RETENTION_RANGE
    exam: date | None = None  # until this day, schedule for recall on it (quizgen.study.exam)


#: The desired retentions quizgen accepts (in a deck's `study:` block and in the settings file):
#: the range Anki's FSRS allows; below 0.7 intervals grow so long that most cards are forgotten.
RETENTION_RANGE = (0.7, 0.99)


@dataclass(frozen=True, slots=True, weakref_slot=True)  # weak: core.plan keeps each deck's plan while it lives
class Deck:
    id: str
    title: str
    path: Path
    facts: tuple[Fact, ...]
    description: str | None = None
    sources: Mapping[str, Source] = field(default_factory=dict)
    pools: Mapping[AnswerType, tuple[str, ...]] = field(default_factory=dict)
    study: StudyLimits = StudyLimits()
    kind_pools: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # `pools:` keyed by a kind
    #: Read with `skip_broken_facts` (the study app): the errors of the facts left out, and how many
    #: facts they are. A deck read strictly (every other command) never has any.
    skipped: tuple[Problem, ...] = ()
    skipped_facts: int = 0

    def fact(self, fact_id: str) -> Fact:
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)


def card_id(deck_id: str, fact_id: str, blank_index: int, kind: CardKind) -> str:
    """The stable identity of a card: it keys study history and Anki GUIDs, never the wording."""
    return f"{deck_id}:{fact_id}:{blank_index}:{kind.value}"


@_fast_init
@dataclass(frozen=True, slots=True)
class Card:
    """One generated card. `options`/`answer_index` are set for MCQ cards only.

    `distractor_pool` holds every valid distractor for the blank, best first (the author's own
    first), so that a study session can draw a fresh set of options at each review. Its JSON form
    (the README's contract) is written by `quizgen.commands.cards.json_line`, the one encoder.
    """

    id: str
    deck: str
    fact: str
    blank: int
    kind: CardKind
    type: AnswerType
    prompt: str
    answer: str
    accept: tuple[str, ...]
    full_text: str
    sources: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    note: str | None = None
    options: tuple[str, ...] | None = None
    answer_index: int | None = None
    distractor_pool: tuple[str, ...] = ()
    pool_preferred: int = 0  # how many leading entries of distractor_pool the author hand-picked
