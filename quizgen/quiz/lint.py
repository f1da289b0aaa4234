"""`quizgen lint`: review generated items as a careful teacher would, before they reach a class.

Pure: takes decks and their cards, returns warnings (Problems with the fact's file and line). Checks:
answer leakage (another fact's question names this answer; a word shared only by question and
answer; "a"/"an" before the blank that fits only the answer), near-duplicate options, the answer as
the conspicuously longest option, too few distractors, and texts over Kahoot's limits.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator, Sequence

from rapidfuzz import fuzz

from quizgen.core.checks import what_it_needs
from quizgen.core.generator import DEFAULT_OPTIONS, MASK
from quizgen.core.model import Card, CardKind, Deck, Fact
from quizgen.core.plan import BlankPlan, plan_deck
from quizgen.core.problems import Problem, Severity
from quizgen.core.text import normalize
from quizgen.quiz.kahoot import ANSWER_LIMIT, QUESTION_LIMIT

#: Two options at least this similar (rapidfuzz ratio, 0-100, on normalized text) look like one.
NEAR_DUPLICATE_OPTIONS = 85.0
#: The answer is a length outlier when it is the longest option by this factor and margin.
LENGTH_FACTOR = 1.5
LENGTH_MARGIN = 6
#: Words too common to count as a shared clue between question and answer.
_COMMON = frozenset(
    "about after again their there these those which while where other first second under would could "
    "should being between during before through against".split()
)
_ARTICLE_BEFORE_BLANK = re.compile(r"\b(a|an)\s+" + re.escape(MASK), re.IGNORECASE)


def lint(decks: Sequence[Deck], cards: Sequence[Card]) -> list[Problem]:
    """Every finding, in deck and line order."""
    by_deck: dict[str, list[Card]] = defaultdict(list)
    for card in cards:
        by_deck[card.deck].append(card)
    findings: list[Problem] = []
    for deck in decks:
        deck_cards = by_deck.get(deck.id, [])
        findings.extend(_cross_fact_leaks(deck, deck_cards))
        plans: dict[tuple[str, int], BlankPlan] = {}  # made when a blank lacks wrong answers (rare)
        for card in deck_cards:
            if card.kind is CardKind.MCQ:
                findings.extend(_mcq_findings(deck, card, plans))
        findings.extend(_missing_mcq(deck, deck_cards, plans))
        findings.extend(_key_position_bias(deck, deck_cards))
    return sorted(findings, key=lambda p: (str(p.file), p.line or 0))


#: A letter holding the key this much more (or less) often than its fair share is a pattern to bet on.
POSITION_BIAS = 0.15
#: Below this many MCQs a deck's key letters are not tested for bias.
POSITION_MIN_CARDS = 12


def _key_position_bias(deck: Deck, cards: Sequence[Card]) -> Iterator[Problem]:
    """The key's letter across the deck's 4-option MCQs: each letter should hold about a quarter."""
    positions = [c.answer_index for c in cards if c.kind is CardKind.MCQ and len(c.options or ()) == DEFAULT_OPTIONS]
    if len(positions) < POSITION_MIN_CARDS:
        return
    for letter in range(DEFAULT_OPTIONS):
        share = positions.count(letter) / len(positions)
        if abs(share - 1 / DEFAULT_OPTIONS) > POSITION_BIAS:
            first = deck.facts[0]
            yield Problem(deck.path, first.line or None, "facts", f"key position bias: the answer is option "
                          f"{chr(65 + letter)} in {share:.0%} of the deck's {len(positions)} MCQs.",
                          "regenerate (quizgen balances key letters) or shuffle the options by hand.",
                          Severity.WARNING)


def _warn(deck: Deck, fact: Fact | str, message: str, fix: str | None = None) -> Problem:
    fact = deck.fact(fact) if isinstance(fact, str) else fact
    return Problem(deck.path, fact.line or None, f"facts[{fact.id}]", message, fix, Severity.WARNING)


def _cross_fact_leaks(deck: Deck, cards: Sequence[Card]) -> Iterator[Problem]:
    """An answer that another fact's question shows: on a quiz with both, one gives the other away.

    A phrase shows in a prompt when its normalized words appear there in a row (`contains_phrase`):
    each prompt's word runs of the answers' lengths are looked up in an index of the answers, so the
    cost grows with the text, not with facts x answers."""
    phrases = {normalize(a) for card in cards for a in card.accept} - {""}
    lengths = sorted({phrase.count(" ") + 1 for phrase in phrases})
    showing: dict[str, dict[str, None]] = defaultdict(dict)  # phrase -> facts whose prompts show it, in order
    for card in cards:
        words = normalize(card.prompt).split()
        for length in lengths:
            for start in range(len(words) - length + 1):
                run = " ".join(words[start:start + length])
                if run in phrases:
                    showing[run][card.fact] = None
    rank = {fact_id: index for index, fact_id in enumerate(dict.fromkeys(card.fact for card in cards))}
    seen: set[tuple[str, str]] = set()
    for card in cards:
        key = (card.fact, normalize(card.answer))
        if key in seen:
            continue
        seen.add(key)
        leaking = [fact_id for fact_id in _in_order(showing, card.accept, rank) if fact_id != card.fact]
        if leaking:
            shown = ", ".join(leaking[:3]) + (f" and {len(leaking) - 3} more" if len(leaking) > 3 else "")
            yield _warn(deck, card.fact, f"answer leak: the answer '{card.answer}' appears in the question "
                        f"of {len(leaking)} other fact(s) ({shown}); a quiz holding both gives it away.",
                        "keep them on different quizzes (--tag), or reword one of them.")


def _in_order(showing: dict[str, dict[str, None]], accept: Sequence[str], rank: dict[str, int]) -> list[str]:
    """The facts whose prompts show any of the accepted answers, in the cards' order."""
    lists = [showing.get(normalize(a), {}) for a in accept]
    if len(lists) == 1:
        return list(lists[0])
    return sorted({fact_id: None for facts in lists for fact_id in facts}, key=rank.__getitem__)


def _mcq_findings(deck: Deck, card: Card, plans: dict[tuple[str, int], BlankPlan]) -> Iterator[Problem]:
    options = card.options or ()
    distractors = [o for i, o in enumerate(options) if i != card.answer_index]
    yield from _shared_word(deck, card, distractors)
    yield from _article_cue(deck, card, distractors)
    for i, first in enumerate(options):
        for second in options[i + 1:]:
            a, b = normalize(first), normalize(second)
            if _digits(a) != _digits(b):
                continue  # "October 5" and "October 8" are different dates, as distractors should be
            if fuzz.ratio(a, b) >= NEAR_DUPLICATE_OPTIONS or (a and b and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")):
                yield _warn(deck, card.fact, f"near-duplicate options '{first}' and '{second}' "
                            f"(question: {card.prompt[:60]}).", "replace one with a clearly different distractor.")
    yield from _odd_one_out(deck, card, distractors)
    longest_other = max((len(d) for d in distractors), default=0)
    if longest_other and len(card.answer) >= LENGTH_FACTOR * longest_other and \
            len(card.answer) - longest_other >= LENGTH_MARGIN:
        yield _warn(deck, card.fact, f"length giveaway: the answer '{card.answer}' ({len(card.answer)} "
                    f"characters) is by far the longest option (the others have at most {longest_other}).",
                    "shorten the answer (move detail into the text) or add longer distractors.")
    if len(card.distractor_pool) < DEFAULT_OPTIONS - 1:
        yield _warn(deck, card.fact, f"too few distractors: only {len(card.distractor_pool)} for "
                    f"'{card.answer}', so the MCQ has {len(options)} options instead of {DEFAULT_OPTIONS}.",
                    _needs(deck, plans, card.fact, card.blank))
    if len(card.prompt) > QUESTION_LIMIT:
        yield _warn(deck, card.fact, f"Kahoot limit: the question has {len(card.prompt)} characters "
                    f"(Kahoot takes {QUESTION_LIMIT}).", "give the fact a shorter `ask:`.")
    for text in (card.answer, *card.distractor_pool):
        if len(text) > ANSWER_LIMIT:
            yield _warn(deck, card.fact, f"Kahoot limit: the option '{text[:40]}...' has {len(text)} "
                        f"characters (Kahoot takes {ANSWER_LIMIT}).", "shorten it.")


_QUALIFIER = re.compile(r"\b(about|around|more than|less than|over|under|nearly|almost|at least|at most|only|"
                        r"approximately|roughly)\b|\(", re.IGNORECASE)


def _odd_one_out(deck: Deck, card: Card, distractors: Sequence[str]) -> Iterator[Problem]:
    """An option of another form than the key (digits among words, a code among names, another
    case), and a key that stands out as the only one with a qualifier."""
    if not distractors:
        return
    key_form = _form(card.answer, card.type)
    misfits = [d for d in distractors if _form(d, card.type) != key_form]
    if misfits:
        yield _warn(deck, card.fact, f"form: {', '.join(repr(m) for m in misfits)} {'is' if len(misfits) == 1 else 'are'} "
                    f"written differently from the answer '{card.answer}' ({key_form}).",
                    "replace it with a wrong answer of the same form, or list `distractors:`.")
    if _QUALIFIER.search(card.answer) and not any(_QUALIFIER.search(d) for d in distractors):
        yield _warn(deck, card.fact, f"the answer '{card.answer}' is the only option with a qualifier: it stands out.",
                    "move the qualifier into the text, or give the distractors one too.")


def _form(text: str, answer_type: object) -> str:
    from quizgen.core.answers import number_form
    from quizgen.core.kinds import form_of

    numeric = number_form(text)
    if numeric and str(answer_type) in ("number", "year"):
        return f"number in {numeric}"
    form = form_of(text)
    if form == "code" and str(answer_type) in ("organization", "place", "title"):
        return "capitalized"  # "NASA" beside "Roscosmos": both names
    return {"name": "capitalized", "proper": "capitalized", "phrase": "lower case", "word": "lower case"}.get(form, form)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _words(text: str) -> set[str]:
    return {w for w in normalize(text).split() if len(w) >= 5 and w not in _COMMON}


def _shared_word(deck: Deck, card: Card, distractors: Sequence[str]) -> Iterator[Problem]:
    """A distinctive word the question and the answer share, and no distractor has: a clue."""
    in_distractors = set().union(*(_words(d) for d in distractors)) if distractors else set()
    shared = sorted((_words(card.answer) & _words(card.prompt)) - in_distractors)
    if shared:
        yield _warn(deck, card.fact, f"answer leak: the question and the answer '{card.answer}' share "
                    f"the word(s) {', '.join(shared)}, which no other option has.",
                    "reword the question, or add distractors that use the word too.")


def _starts_with_vowel_sound(text: str) -> bool:
    word = normalize(text)
    return bool(word) and word[0] in "aeiou"


def _article_cue(deck: Deck, card: Card, distractors: Sequence[str]) -> Iterator[Problem]:
    match = _ARTICLE_BEFORE_BLANK.search(card.prompt)
    if not match:
        return
    wants_vowel = match.group(1).lower() == "an"
    misfits = [d for d in distractors if _starts_with_vowel_sound(d) != wants_vowel]
    if _starts_with_vowel_sound(card.answer) == wants_vowel and misfits:
        yield _warn(deck, card.fact, f"answer leak: '{match.group(1)} {MASK}' fits the answer but not "
                    f"{', '.join(repr(m) for m in misfits)}.", "write 'a(n)', or move the article into the blank.")


def _needs(deck: Deck, plans: dict[tuple[str, int], BlankPlan], fact_id: str, blank: int) -> str:
    """`check`'s fix for a blank with too few wrong answers (`checks.what_it_needs`, from its plan)."""
    if not plans:
        plans.update(((p.fact.id, p.blank.index), p) for p in plan_deck(deck).blanks())
    plan = plans.get((fact_id, blank))
    return what_it_needs(plan) if plan is not None else "add `distractors:` to the fact, or a pool of its kind."


def _missing_mcq(deck: Deck, cards: Sequence[Card], plans: dict[tuple[str, int], BlankPlan]) -> Iterator[Problem]:
    """Blanks that got a cloze card but no MCQ: fewer than two usable distractors."""
    kinds: dict[tuple[str, int], set[CardKind]] = defaultdict(set)
    for card in cards:
        kinds[(card.fact, card.blank)].add(card.kind)
    for (fact_id, blank), made in kinds.items():
        if CardKind.MCQ not in made:
            fact = deck.fact(fact_id)
            answer = next((b.answer for b in fact.blanks if b.index == blank), "?")
            yield _warn(deck, fact, f"too few distractors: blank {blank} ('{answer}') has fewer than two "
                        "usable wrong answers, so it gets no MCQ.",
                        _needs(deck, plans, fact_id, blank))
