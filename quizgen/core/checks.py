"""Warnings for decks that load but would make weak cards (`quizgen check` prints them, exit 0)."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from rapidfuzz import fuzz

from quizgen.core.distractors import DistractorIndex, build_pool
from quizgen.core.generator import DEFAULT_OPTIONS, blank_prompts
from quizgen.core.model import Deck, Fact
from quizgen.core.problems import Problem, Severity
from quizgen.core.text import normalize

#: Two facts whose texts are at least this similar (0-100) are reported as near duplicates.
NEAR_DUPLICATE = 90.0


def deck_warnings(deck: Deck) -> list[Problem]:
    return list(_blank_warnings(deck)) + list(_near_duplicates(deck))


def _warn(deck: Deck, fact: Fact, field: str, message: str, fix: str) -> Problem:
    return Problem(deck.path, fact.line, f"facts[{fact.id}].{field}", message, fix, Severity.WARNING)


def _blank_warnings(deck: Deck) -> Iterator[Problem]:
    index = DistractorIndex(deck)
    for fact in deck.facts:
        for blank in fact.blanks:
            prompts = blank_prompts(fact, blank)
            if prompts.ask_leaks:
                yield _warn(deck, fact, "ask", f"the question contains its own answer '{blank.answer}'.",
                            "reword `ask` so it does not name the answer (the MCQ uses the text instead).")
            if prompts.text_leaks:
                yield _warn(deck, fact, "text", f"'{blank.answer}' also appears outside its blank, so its "
                            "cards would give the answer away and are left out.",
                            "make that occurrence a blank too, or reword it.")
            if prompts.mcq is None:
                continue
            pool = build_pool(index, fact, blank, prompts.mcq)
            count = len(pool.distractors)
            if count < DEFAULT_OPTIONS - 1:
                outcome = ("no MCQ card is made" if count < 2 else
                           f"its MCQ has only {count + 1} options")
                yield _warn(deck, fact, "distractors",
                            f"only {count} plausible wrong answer(s) for '{blank.answer}' ({blank.type}): {outcome}.",
                            f"add `distractors:` to the fact or more `{blank.type}` answers under `pools:`.")


def _near_duplicates(deck: Deck) -> Iterator[Problem]:
    """Facts with the same answers and nearly the same text: likely the same fact written twice."""
    groups: dict[tuple[str, ...], list[Fact]] = defaultdict(list)
    for fact in deck.facts:
        groups[tuple(sorted(normalize(b.answer) for b in fact.blanks))].append(fact)
    for facts in groups.values():
        for i, first in enumerate(facts):
            for second in facts[i + 1:]:
                score = fuzz.token_sort_ratio(normalize(first.full_text), normalize(second.full_text))
                if score >= NEAR_DUPLICATE:
                    yield _warn(deck, second, "text",
                                f"nearly the same as fact '{first.id}' (line {first.line}, {score:.0f}% alike).",
                                "merge the two facts (cite both sources with `source: [a, b]`) or make them differ.")
