"""Turn decks into cards: for every blank of every fact, one cloze card and (when it has at least two
good distractors) one MCQ card. Deterministic: the same decks and seed give the same cards, and each
card's draw depends only on the seed and its own id, so editing one fact changes no other card.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from typing import Iterable

from quizgen.core.distractors import DistractorIndex, Pool, build_pool
from quizgen.core.gcpause import paused_gc
from quizgen.core.model import Blank, Card, CardKind, Deck, Fact, card_id
from quizgen.core.text import contains_phrase, normalize

DEFAULT_SEED = 7
DEFAULT_OPTIONS = 4
MASK = "____"


@dataclass(frozen=True, slots=True)
class BlankPrompts:
    """What a learner sees for one blank; None where the prompt would give the answer away."""

    cloze: str | None
    mcq: str | None
    ask_leaks: bool
    text_leaks: bool


def blank_prompts(fact: Fact, blank: Blank) -> BlankPrompts:
    # Blanks with the same answer hide together, or the other one would show it.
    same = normalize(blank.answer)
    hidden = frozenset(b.index for b in fact.blanks if normalize(b.answer) == same)
    cloze = fact.render(hidden, MASK)
    text_leaks = _leaks(cloze, blank)
    ask_leaks = bool(fact.ask) and _leaks(fact.ask or "", blank)
    cloze_prompt = None if text_leaks else cloze
    mcq_prompt = fact.ask if fact.ask and not ask_leaks else cloze_prompt
    return BlankPrompts(cloze_prompt, mcq_prompt, ask_leaks, text_leaks)


def _leaks(prompt: str, blank: Blank) -> bool:
    return any(contains_phrase(prompt, accepted) for accepted in blank.accept)


def generate_cards(decks: Iterable[Deck], seed: int = DEFAULT_SEED, n_options: int = DEFAULT_OPTIONS) -> list[Card]:
    cards: list[Card] = []
    with paused_gc():  # cards are many acyclic objects (see gcpause)
        for deck in decks:
            index = DistractorIndex(deck)
            for fact in deck.facts:
                for blank in fact.blanks:
                    cards.extend(_blank_cards(deck, fact, blank, index, seed, n_options))
    return cards


def _blank_cards(deck: Deck, fact: Fact, blank: Blank, index: DistractorIndex, seed: int,
                 n_options: int) -> list[Card]:
    prompts = blank_prompts(fact, blank)
    common = dict(deck=deck.id, fact=fact.id, blank=blank.index, type=blank.type, answer=blank.answer,
                  accept=blank.accept, full_text=fact.full_text, sources=fact.sources,
                  tags=fact.tags, note=fact.note)
    cards = []
    if prompts.cloze is not None:
        cards.append(Card(id=card_id(deck.id, fact.id, blank.index, CardKind.CLOZE), kind=CardKind.CLOZE,
                          prompt=prompts.cloze, **common))  # type: ignore[arg-type]
    if prompts.mcq is not None:
        pool = build_pool(index, fact, blank, prompts.mcq)
        if len(pool.distractors) >= 2:
            mcq_id = card_id(deck.id, fact.id, blank.index, CardKind.MCQ)
            options, answer_index = _draw(blank.answer, pool, card_rng(seed, mcq_id), n_options)
            cards.append(Card(id=mcq_id, kind=CardKind.MCQ, prompt=prompts.mcq, options=options,
                              answer_index=answer_index, distractor_pool=pool.distractors,
                              pool_preferred=pool.preferred, **common))  # type: ignore[arg-type]
    return cards


def card_rng(seed: int | str, key: str) -> random.Random:
    """A random generator that depends only on the seed and a card's own key (cheap to create)."""
    return random.Random(zlib.crc32(f"{seed}:{key}".encode()))


def _draw(answer: str, pool: Pool, rng: random.Random, n_options: int) -> tuple[tuple[str, ...], int]:
    """Pick n_options - 1 distractors (hand-picked ones first) and shuffle them with the answer."""
    wanted = min(n_options - 1, len(pool.distractors))
    preferred = list(pool.distractors[: pool.preferred])
    if len(preferred) >= wanted:
        picked = rng.sample(preferred, wanted)
    else:
        rest = list(pool.distractors[pool.preferred:])
        needed = wanted - len(preferred)
        # Vary among the best candidates, never reaching into the weakest ones.
        picked = preferred + rng.sample(rest[: max(needed * 2, needed)], needed)
    options = [answer, *picked]
    rng.shuffle(options)
    return tuple(options), options.index(answer)


def draw_options(card: Card, rng: random.Random, n_options: int = DEFAULT_OPTIONS) -> tuple[tuple[str, ...], int]:
    """A fresh set and order of options for an MCQ card, e.g. at each study review."""
    if card.kind is not CardKind.MCQ:
        raise ValueError(f"{card.id} is not an MCQ card")
    return _draw(card.answer, Pool(card.distractor_pool, card.pool_preferred), rng, n_options)
