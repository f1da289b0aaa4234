"""Warnings for decks that load but would make weak cards (`quizgen check` prints them, exit 0)."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from rapidfuzz import fuzz, process

from quizgen.core.categories import agrees, categories_of
from quizgen.core.distractors import vocab_of
from quizgen.core.generator import DEFAULT_OPTIONS
from quizgen.core.limits import NEAR_DUPLICATE_WINDOW
from quizgen.core.answers import TENS_WORDS, UNITS_WORDS
from quizgen.core.model import AnswerType, Deck, Fact
from quizgen.core.plan import BlankPlan, plan_deck
from quizgen.core.problems import Problem, Severity
from quizgen.core.text import normalize

#: Two facts whose texts are at least this similar (0-100) are reported as near duplicates.
NEAR_DUPLICATE = 90.0


def deck_warnings(deck: Deck) -> list[Problem]:
    return [w for plans in plan_deck(deck) for plan in plans for w in blank_warnings(deck, plan)] + list(
        _near_duplicates(deck))


def _warn(deck: Deck, fact: Fact, field: str, message: str, fix: str,
          severity: Severity = Severity.WARNING) -> Problem:
    return Problem(deck.path, fact.line, f"facts[{fact.id}].{field}", message, fix, severity)


def blank_warnings(deck: Deck, plan: BlankPlan) -> Iterator[Problem]:
    """What `check` says about one blank: leaks, and too few plausible wrong answers."""
    fact, blank = plan.fact, plan.blank
    which = f"blank {blank.index} ('{blank.answer}')" if len(fact.blanks) > 1 else f"'{blank.answer}'"
    if plan.ask_leaks:
        yield _warn(deck, fact, "ask", f"the question contains its own answer '{blank.answer}'.",
                    "reword `ask` so it does not name the answer (the MCQ uses the text instead).")
    if plan.text_leaks:
        yield _warn(deck, fact, "text", f"'{blank.answer}' also appears outside its blank, so its "
                    "cards would give the answer away and are left out.",
                    "make that occurrence a blank too, or reword it.")
    if plan.derived:
        yield _warn(deck, fact, "text", f"{which}: {plan.derived}, so its cloze card is left out.",
                    "make the numbers it comes from blanks too, or reword the fact so it does not give them.")
    if plan.mcq is None:
        return
    count = len(plan.distractors)
    if count < DEFAULT_OPTIONS - 1:
        outcome = "no MCQ card is made" if count < 2 else f"its MCQ has only {count + 1} options"
        kind = f", kind {plan.kind}" if plan.kind else ""
        refused = (f"; {plan.refused} other candidate(s) were refused: of another kind, form or value, not alive at "
                   "the fact's date, or not known to be of its kind" if plan.refused else "")
        vocab = vocab_of(plan.cues, blank.answer)
        form = [w for w in (vocab[0].capitalize() if vocab[0] else "", *sorted(vocab[1] - {"article"})) if w] \
            if vocab else []
        must = f"; wrong answers must be {' and '.join(form)} like the key" if form else ""
        yield _warn(deck, fact, "distractors",
                    f"{which} ({blank.type}{kind}): only {count} plausible wrong answer(s){refused}{must}: {outcome}.",
                    what_it_needs(plan), Severity.WARNING if count < 2 else Severity.NOTE)
    elif sum(plan.sure) < DEFAULT_OPTIONS - 1:
        kind = f", kind {plan.kind}" if plan.kind else ""
        yield _warn(deck, fact, "distractors",
                    f"{which} ({blank.type}{kind}): only {sum(plan.sure)} of its {count} wrong answers are sure to be "
                    "of its kind (yours, values computed near it); the others, from the deck, a pool or quizgen's "
                    "lists, are only likely to be, so its MCQ has 3 options.", what_it_needs(plan, sure=True),
                    Severity.NOTE)  # three options are fine (issue 11): worth knowing, not a fault


def what_it_needs(plan: BlankPlan, sure: bool = False) -> str:
    """How to give a blank more wrong answers, exactly: its own `distractors:`, a pool of its kind
    (the stem's, or the list's that holds the key), or its kind for this stem; with `sure`, how to make
    them sure (only the author's own are). `check` and `lint` say it."""
    fact, blank = plan.fact, plan.blank
    per_blank = ("`distractors:` with one list per blank (`distractors: [[...], [...]]`)"
                 if len(fact.blanks) > 1 else "`distractors: [...]` to the fact")
    if sure:
        return f"add {per_blank}: your own wrong answers for it are sure, and its MCQ then has 4 options."
    if blank.type is AnswerType.TERM and _number_words(blank.answer):
        # "a third", "twelve": a number written as a term; as a number its wrong answers are computed
        return f"set `type: number` (its wrong answers are then computed near it), or add {per_blank}."
    listed = [c.kind for c in categories_of(blank.answer) if c.type is blank.type and not agrees(c, plan.kind)]
    if plan.kind:
        pool = f"a pool of its kind, `pools: {{{plan.kind}: [...]}}` (other {_plural(plan.kind)})"
        kind_fix = (f"`kind: {listed[0]}` if that is what it is (quizgen's list of {_plural(listed[0])} holds "
                    f"'{blank.answer}')") if listed else ""
    elif listed:
        pool = f"set `kind: {listed[0]}` (quizgen's list of {_plural(listed[0])} holds '{blank.answer}')"
        kind_fix = f"a pool `pools: {{{listed[0]}: [...]}}`"
    else:
        example = _EXAMPLE_KIND.get(blank.type.value, "thing")
        pool = (f"name its kind for this stem with `kind:` (a word or two, e.g. `kind: {example}`) and add a pool "
                f"of that kind (`pools: {{{example}: [...]}}`)")
        kind_fix = ""
    return f"add {per_blank}, or {pool}" + (f", or {kind_fix}." if kind_fix else ".")


#: The words a number written in words is made of ("twenty-one", "a third", "one hundred and four").
_NUMBER_WORDS = frozenset((*UNITS_WORDS, *TENS_WORDS, "hundred", "thousand", "million", "billion", "a", "an", "and",
                           "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths"))


def _number_words(answer: str) -> bool:
    """Whether an answer is a number in words only ("twelve", "a third"; not "Three Kingdoms")."""
    words = answer.lower().replace("-", " ").split()
    return bool(words) and all(w in _NUMBER_WORDS for w in words) and any(w not in ("a", "an", "and") for w in words)


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


#: A kind to suggest, by answer type, when neither the stem nor quizgen's lists say one.
_EXAMPLE_KIND = {"person": "general", "place": "city", "organization": "party", "title": "novel", "term": "process"}


def _near_duplicates(deck: Deck) -> Iterator[Problem]:
    """Facts with the same answers and nearly the same text: likely the same fact written twice.

    Each fact is reported once: against an earlier fact with the
    same words (sorted), else the most alike of the `limits.NEAR_DUPLICATE_WINDOW` facts before it that share its
    answers, so the cost stays linear however many facts share one answer."""
    groups: dict[tuple[str, ...], list[tuple[Fact, str]]] = defaultdict(list)
    same_words: dict[tuple[tuple[str, ...], str], Fact] = {}
    for fact in deck.facts:
        answers = tuple(sorted(normalize(b.answer) for b in fact.blanks))
        group = groups[answers]
        words = " ".join(sorted(normalize(fact.full_text).split()))  # what token_sort_ratio compares
        earlier = same_words.setdefault((answers, words), fact)
        if earlier is not fact:
            yield _near_duplicate(deck, earlier, fact, 100.0)
        else:
            window = group[-NEAR_DUPLICATE_WINDOW:]
            match = process.extractOne(words, [w for _, w in window], scorer=fuzz.ratio, processor=None,
                                       score_cutoff=NEAR_DUPLICATE) if window else None
            if match is not None:
                yield _near_duplicate(deck, window[match[2]][0], fact, match[1])
        group.append((fact, words))


def _near_duplicate(deck: Deck, first: Fact, second: Fact, score: float) -> Problem:
    return _warn(deck, second, "text", f"nearly the same as fact '{first.id}' (line {first.line}, {score:.0f}% alike).",
                 "merge the two facts (cite both sources with `source: [a, b]`) or make them differ.")
