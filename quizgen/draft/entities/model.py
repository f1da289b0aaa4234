"""A candidate blank (`Span`) and the names typed across all input documents (`Lexicon`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from quizgen.core.model import AnswerType


@dataclass(frozen=True, slots=True)
class Span:
    """A candidate blank: `text[start:end]` of the sentence, its answer type and how good it is."""

    start: int
    end: int
    text: str
    type: AnswerType
    rank: int
    alternatives: tuple[str, ...] = ()


@dataclass
class Lexicon:
    """Names typed by a cue somewhere in the input, so that bare later mentions are typed too."""

    types: dict[str, AnswerType] = field(default_factory=dict)
    alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Acronyms of words that describe ("sinoatrial (SA) node": SA): before a noun, one term with it.
    modifiers: set[str] = field(default_factory=set)

    def add(self, name: str, answer_type: AnswerType, alternatives: Iterable[str] = ()) -> None:
        self.types.setdefault(name, answer_type)
        extra = tuple(a for a in alternatives if a != name and a not in self.alternatives.get(name, ()))
        if extra:
            self.alternatives[name] = self.alternatives.get(name, ()) + extra
