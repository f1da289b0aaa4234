"""How good a draft is, measured against a curated deck of the same documents (the seed articles).

- A curated fact has a drafted counterpart when some drafted fact (1) has a blank that accepts one
  of the curated fact's answers (compared by `normalize`, ordinals dropped: "October 5th" = "October 5"),
  and (2) comes from the same source sentence (their `quote`s share a sentence) or, when either
  has no quote, shares at least CONTEXT_OVERLAP of the curated fact's content words.
  Recall = curated facts with a counterpart / curated facts.
- A drafted fact is unmatched when it is the counterpart of no curated fact. Unmatched facts are
  what a curator would most likely throw away, so `unmatched_rate` is the automatic junk rate (an
  upper bound: a good fact the curator happened not to write counts too); hand labels of the
  seed output give the other figure (tests/draft/data/seed_labels.yaml).
- Blank precision = drafted blanks whose answer is a curated answer of a counterpart fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.core.model import Deck, Fact
from quizgen.core.text import normalize
from quizgen.draft.merge import stems

#: Share of a curated fact's content words a drafted fact must have when quotes can't be compared.
CONTEXT_OVERLAP = 0.3


@dataclass(frozen=True, slots=True)
class Quality:
    curated: int
    drafted: int
    matched_curated: tuple[str, ...]  # ids of curated facts that have a drafted counterpart
    missed_curated: tuple[str, ...]
    unmatched_drafted: tuple[str, ...]  # ids of drafted facts that are nobody's counterpart
    blanks: int
    useful_blanks: int

    @property
    def recall(self) -> float:
        return len(self.matched_curated) / max(1, self.curated)

    @property
    def unmatched_rate(self) -> float:
        return len(self.unmatched_drafted) / max(1, self.drafted)

    @property
    def blank_precision(self) -> float:
        return self.useful_blanks / max(1, self.blanks)


def answer_key(text: str) -> str:
    return re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", normalize(text))


def _answers(fact: Fact) -> set[str]:
    return {answer_key(a) for blank in fact.blanks for a in blank.accept}


def _quotes(fact: Fact) -> set[str]:
    return {normalize(q) for q in fact.quote}


def counterparts(curated: Fact, drafted: Fact) -> set[str]:
    """The answers the two facts share, if they also share their context; else the empty set."""
    shared = _answers(curated) & _answers(drafted)
    if not shared:
        return set()
    if curated.quote and drafted.quote:
        same_sentence = bool(_quotes(curated) & _quotes(drafted))
    else:
        words = stems(curated.full_text)
        same_sentence = len(words & stems(drafted.full_text)) >= CONTEXT_OVERLAP * max(1, len(words))
    return shared if same_sentence else set()


def measure(curated_deck: Deck, drafted_deck: Deck) -> Quality:
    matched: list[str] = []
    missed: list[str] = []
    used_drafted: set[str] = set()
    useful: dict[str, set[str]] = {}
    for curated in curated_deck.facts:
        found = False
        for drafted in drafted_deck.facts:
            shared = counterparts(curated, drafted)
            if shared:
                found = True
                used_drafted.add(drafted.id)
                useful.setdefault(drafted.id, set()).update(shared)
        (matched if found else missed).append(curated.id)
    blanks = sum(len(f.blanks) for f in drafted_deck.facts)
    useful_blanks = sum(
        1
        for fact in drafted_deck.facts
        for blank in fact.blanks
        if {answer_key(a) for a in blank.accept} & useful.get(fact.id, set())
    )
    return Quality(
        curated=len(curated_deck.facts),
        drafted=len(drafted_deck.facts),
        matched_curated=tuple(matched),
        missed_curated=tuple(missed),
        unmatched_drafted=tuple(f.id for f in drafted_deck.facts if f.id not in used_drafted),
        blanks=blanks,
        useful_blanks=useful_blanks,
    )
