"""Lint checks from past results: the `quizgen lint` findings that need a class to have answered.

Read from the figures kept beside each deck (`results.figures`), pooled over sittings:
- a distractor picked by fewer than 5% of students (it distracts nobody);
- a key that discriminates negatively (point-biserial below -0.05: the stronger students got it wrong
  more often than the weaker ones, so the key is wrong, ambiguous or the question misleads);
- a question too easy (facility above 90%) or too hard (below 30%).
Only with at least MIN_STUDENTS answers, so one small class does not condemn a question.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from quizgen.core.model import Deck
from quizgen.core.problems import Problem, Severity
from quizgen.results.figures import figures_path, pooled
from quizgen.results.model import NO_ANSWER

RARE_DISTRACTOR = 0.05
TOO_EASY = 0.90
TOO_HARD = 0.30
#: A key discriminates negatively below this point-biserial (a little under 0: noise is not a finding).
NEGATIVE = -0.05
MIN_STUDENTS = 10


def result_findings(decks: Sequence[Deck]) -> list[Problem]:
    """Every finding for these decks from their figures files (none when a deck has no figures yet)."""
    findings: list[Problem] = []
    for deck in decks:
        if figures_path(deck.path).exists():
            findings.extend(_deck_findings(deck))
    return findings


def _deck_findings(deck: Deck) -> Iterator[Problem]:
    facts = {fact.id: fact for fact in deck.facts}
    for card_id, figures in sorted(pooled(deck).items()):
        fact_id, blank, kind = card_id.split(":")[1:4]
        fact = facts.get(fact_id)
        if fact is None or figures.n < MIN_STUDENTS:
            continue

        def warn(message: str, fix: str) -> Problem:
            return Problem(deck.path, fact.line or None, f"facts[{fact_id}]", f"results ({figures.n} students, "  # noqa: B023
                           f"blank {blank} {kind}): {message}", fix, Severity.WARNING)

        for text, count in sorted(figures.options.items()):
            if count / figures.n < RARE_DISTRACTOR and text != NO_ANSWER:
                yield warn(f"the distractor '{text}' was picked by {count / figures.n:.0%} of students: it "
                           "distracts nobody.", "replace it with a mistake students really make "
                           "(in the fact's `distractors:` or the deck's pools).")
        if figures.point_biserial is not None and figures.point_biserial < NEGATIVE:
            yield warn(f"the key discriminates negatively (point-biserial {figures.point_biserial:+.2f}): "
                       "students who did well on the rest of the test got this one wrong more often.",
                       "check the answer is right and the question unambiguous.")
        if figures.facility > TOO_EASY:
            yield warn(f"too easy: {figures.facility:.0%} got it right.",
                       "use harder distractors, or leave it out with `quizgen quiz --skip-known`.")
        elif figures.facility < TOO_HARD:
            yield warn(f"too hard: only {figures.facility:.0%} got it right.",
                       "teach it again, check the key, or reword the question.")

