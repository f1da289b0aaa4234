"""Turn decks into cards: for every blank of every fact, one cloze card and (when it has at least two
good distractors) one MCQ card. Deterministic: the same decks and seed give the same cards, and each
card's draw depends only on the seed and its own id, so editing one fact changes no other card.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from typing import Iterable

from quizgen.core.distractors import DistractorIndex, own_candidates, pool_for
from quizgen.core.model import Blank, Card, CardKind, Deck, Fact
from quizgen.core.text import normalize, normalize_once

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
    answer_keys = [normalize(b.answer) for b in fact.blanks]
    accepted = [f" {normalize(a)} " for a in blank.accept]
    cloze, mcq, ask_leaks, text_leaks, _ = _prompts(fact, normalize(blank.answer), answer_keys, accepted,
                                                    _padded_key(fact.ask))
    return BlankPrompts(cloze, mcq, ask_leaks, text_leaks)


def _prompts(fact: Fact, answer_key: str, answer_keys: list[str], accepted: list[str],
             ask_key: str) -> tuple[str | None, str | None, bool, bool, str]:
    """`blank_prompts` from the normalized answer of the blank and of every blank of the fact, its
    accepted answers and the fact's `ask` normalized between spaces; also returns the MCQ prompt
    normalized between spaces."""
    # Blanks with the same answer hide together, or the other one would show it.
    hidden = frozenset(b.index for b, key in zip(fact.blanks, answer_keys) if key == answer_key)
    cloze = fact.render(hidden, MASK)
    cloze_key = f" {normalize_once(cloze)} "
    leaking = [a for a in accepted if a != "  "]  # an answer that normalizes to nothing leaks nothing
    text_leaks = any(a in cloze_key for a in leaking)
    ask_leaks = bool(fact.ask) and any(a in ask_key for a in leaking)
    cloze_prompt = None if text_leaks else cloze
    if fact.ask and not ask_leaks:
        return cloze_prompt, fact.ask, ask_leaks, text_leaks, ask_key
    return cloze_prompt, cloze_prompt, ask_leaks, text_leaks, cloze_key


def _padded_key(text: str | None) -> str:
    """A text normalized, between spaces: whole-word phrases are found in it with `in`."""
    return f" {normalize_once(text)} " if text else ""


def generate_cards(decks: Iterable[Deck], seed: int = DEFAULT_SEED, n_options: int = DEFAULT_OPTIONS) -> list[Card]:
    cards: list[Card] = []
    rng = random.Random()  # reseeded for each MCQ card (see card_rng)
    for deck in decks:
        index = DistractorIndex(deck)
        for fact in deck.facts:
            _fact_cards(cards, deck, fact, index, seed, n_options, rng)
    return cards


def _fact_cards(cards: list[Card], deck: Deck, fact: Fact, index: DistractorIndex, seed: int, n_options: int,
                rng: random.Random) -> None:
    """Append the cards of every blank of one fact; what the blanks share is computed once."""
    answer_keys = [normalize(b.answer) for b in fact.blanks]
    ask_key = _padded_key(fact.ask)
    full_text = fact.render()
    own = own_candidates(fact)
    for blank, answer_key in zip(fact.blanks, answer_keys):
        accepted = [f" {normalize(a)} " for a in blank.accept]
        cloze, mcq, _, _, prompt_key = _prompts(fact, answer_key, answer_keys, accepted, ask_key)
        id_prefix = f"{deck.id}:{fact.id}:{blank.index}:"  # card_id without the kind
        if cloze is not None:
            cards.append(Card(id=id_prefix + "cloze", deck=deck.id, fact=fact.id, blank=blank.index,
                              kind=CardKind.CLOZE, type=blank.type, prompt=cloze, answer=blank.answer,
                              accept=blank.accept, full_text=full_text, sources=fact.sources, tags=fact.tags,
                              note=fact.note))
        if mcq is not None:
            distractors, preferred = pool_for(index, own, fact, blank, accepted, prompt_key)
            if len(distractors) >= 2:
                mcq_id = id_prefix + "mcq"
                rng.seed(_card_seed(seed, mcq_id))
                options, answer_index = _draw(blank.answer, distractors, preferred, rng, n_options)
                cards.append(Card(id=mcq_id, deck=deck.id, fact=fact.id, blank=blank.index, kind=CardKind.MCQ,
                                  type=blank.type, prompt=mcq, answer=blank.answer, accept=blank.accept,
                                  full_text=full_text, sources=fact.sources, tags=fact.tags, note=fact.note,
                                  options=options, answer_index=answer_index, distractor_pool=distractors,
                                  pool_preferred=preferred))


def card_rng(seed: int | str, key: str) -> random.Random:
    """A random generator that depends only on the seed and a card's own key (cheap to create)."""
    return random.Random(_card_seed(seed, key))


def _card_seed(seed: int | str, key: str) -> int:
    return zlib.crc32(f"{seed}:{key}".encode())


def _draw(answer: str, pool: tuple[str, ...], preferred_count: int, rng: random.Random,
          n_options: int) -> tuple[tuple[str, ...], int]:
    """Pick n_options - 1 distractors (hand-picked ones first) and shuffle them with the answer."""
    wanted = min(n_options - 1, len(pool))
    preferred = list(pool[:preferred_count])
    if len(preferred) >= wanted:
        picked = rng.sample(preferred, wanted)
    else:
        rest = list(pool[preferred_count:])
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
    return _draw(card.answer, card.distractor_pool, card.pool_preferred, rng, n_options)
