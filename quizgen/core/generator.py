"""Turn decks into cards: for every blank of every fact, one cloze card and (when it has at least two
plausible wrong answers) one MCQ card, both made from the blank's plan (`quizgen.core.plan`).

Deterministic: the same decks and seed give the same cards. Which wrong answers an MCQ shows depends
only on the seed and the card's own id; where its key stands is balanced across the deck (each
run of as many MCQs as there are options puts the key once at each letter, in a seeded order),
so `cards --json` has no letter a student could bet on.
"""

from __future__ import annotations

import random
import zlib
from typing import Iterable, Iterator

from quizgen.core.model import Card, CardKind, Deck
from quizgen.core.plan import MASK, BlankPlan, plan_deck, plan_facts

DEFAULT_SEED = 7
DEFAULT_OPTIONS = 4
__all__ = ["DEFAULT_OPTIONS", "DEFAULT_SEED", "MASK", "card_rng", "deck_cards", "draw_options", "generate_cards", "offered"]


def generate_cards(decks: Iterable[Deck], seed: int = DEFAULT_SEED, n_options: int = DEFAULT_OPTIONS) -> list[Card]:
    return [card for deck in decks for card in deck_cards(deck, seed, n_options)]


def deck_cards(deck: Deck, seed: int = DEFAULT_SEED, n_options: int = DEFAULT_OPTIONS, *,
               keep_plan: bool = True) -> Iterator[Card]:
    """One deck's cards in deck order, made as they are read. `keep_plan=False`, for a caller that
    reads them once: the plans are made fact by fact and let go (`plan_facts`), unless the deck's
    are kept already; either way the cards are the same."""
    positions = _KeyPositions(seed, deck.id)
    cards: list[Card] = []
    for plans in plan_deck(deck) if keep_plan else plan_facts(deck):
        full_text = plans[0].fact.full_text if plans else ""  # one string per fact: its cards share it
        for plan in plans:
            _blank_cards(cards, deck, plan, seed, n_options, positions, full_text)
        yield from cards
        cards.clear()


def _blank_cards(cards: list[Card], deck: Deck, plan: BlankPlan, seed: int, n_options: int,
                 positions: _KeyPositions, full_text: str) -> None:
    fact, blank = plan.fact, plan.blank
    id_prefix = f"{deck.id}:{fact.id}:{blank.index}:"  # card_id without the kind
    if plan.cloze is not None:
        cards.append(Card(id=id_prefix + "cloze", deck=deck.id, fact=fact.id, blank=blank.index,
                          kind=CardKind.CLOZE, type=blank.type, prompt=plan.cloze, answer=blank.answer,
                          accept=blank.accept, full_text=full_text, sources=fact.sources, tags=fact.tags,
                          note=fact.note))
    if plan.mcq is not None and len(plan.distractors) >= 2:
        mcq_id = id_prefix + "mcq"
        picked, pool, preferred = offered(plan, _card_seed(seed, mcq_id), n_options - 1)
        at = positions.next(len(picked) + 1)
        options = (*picked[:at], blank.answer, *picked[at:])
        cards.append(Card(id=mcq_id, deck=deck.id, fact=fact.id, blank=blank.index, kind=CardKind.MCQ,
                          type=blank.type, prompt=plan.mcq, answer=blank.answer, accept=blank.accept,
                          full_text=full_text, sources=fact.sources, tags=fact.tags, note=fact.note,
                          options=options, answer_index=at, distractor_pool=pool, pool_preferred=preferred))


#: Wrong answers an MCQ shows when any of them is not sure (`distractors.SURE`): three options.
UNSURE_SHOWN = 2


def offered(plan: BlankPlan, seed: int, wanted: int) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """The wrong answers an MCQ shows, the pool a study session draws them from, and how many of the
    pool's leading ones the author picked. More than `UNSURE_SHOWN` wrong answers are shown only when
    every one is sure to be of the key's kind: when the pool holds as many sure ones as are wanted, those
    are shown (and are the pool), whatever likely ones rank above them; otherwise the surest
    `UNSURE_SHOWN` of those drawn, the sure first, then by how far their origin is trusted
    (`distractors.TRUST`: another deck answer before quizgen's lists, before a pool), three options: a
    weaker option is worse than none; they are the whole pool."""
    if all(plan.sure):  # every one sure (a number's computed values, the author's own): nothing to decide
        return _pick(plan.distractors, plan.preferred, seed, wanted), plan.distractors, plan.preferred
    sure_pool = tuple(text for text, is_sure in zip(plan.distractors, plan.sure) if is_sure)
    if wanted > UNSURE_SHOWN and len(sure_pool) >= wanted:
        # enough sure ones for every wrong answer (a deck date ranked first among computed ones): they alone, all
        # shown, not two of them beside a likely one (the author's picks are sure and lead both pools)
        return _pick(sure_pool, plan.preferred, seed, wanted), sure_pool, plan.preferred
    picked = _pick(plan.distractors, plan.preferred, seed, wanted)
    sure = dict(zip(plan.distractors, plan.sure))
    if len(picked) <= UNSURE_SHOWN or all(sure[text] for text in picked):
        pool = tuple(text for text, is_sure in zip(plan.distractors, plan.sure) if is_sure)
        return picked, (pool if len(pool) >= len(picked) else plan.distractors), plan.preferred
    order = {text: i for i, text in enumerate(plan.distractors)}
    trust = dict(zip(plan.distractors, plan.trust))  # the sure first, then the likely by their origin's record
    kept = sorted(picked, key=lambda text: (trust[text], order[text]))[:UNSURE_SHOWN]
    return tuple(t for t in picked if t in kept), tuple(sorted(kept, key=order.__getitem__)), \
        sum(order[t] < plan.preferred for t in kept)


class _KeyPositions:
    """Where the key of each next MCQ goes: for each option count n, every block of 2n cards puts
    the key twice at each position, in an order drawn from the seed and the deck."""

    def __init__(self, seed: int, deck_id: str):
        self._rng = random.Random(f"{seed}:{deck_id}:positions")
        self._blocks: dict[int, list[int]] = {}

    def next(self, size: int) -> int:
        block = self._blocks.get(size)
        if not block:
            block = list(range(size)) * 2
            self._rng.shuffle(block)
            self._blocks[size] = block
        return block.pop()


def _pick(pool: tuple[str, ...], preferred: int, seed: int, wanted: int) -> tuple[str, ...]:
    """`wanted` distractors: the author's first (varied among them by the seed), then the best
    ranked, varied only among the next best; in an order drawn from the seed."""
    wanted = min(wanted, len(pool))
    own = list(pool[:preferred])
    if len(own) >= wanted:
        start = seed % len(own)
        picked = (own[start:] + own[:start])[:wanted]
    else:
        rest = list(pool[preferred:])
        needed = wanted - len(own)
        window = rest[: needed + 1]  # never reach into the weakest candidates
        skip = seed % len(window) if len(window) > needed else -1
        picked = own + [c for i, c in enumerate(window) if i != skip][:needed]
    turn = (seed >> 8) % len(picked) if picked else 0
    return tuple(picked[turn:] + picked[:turn])


def card_rng(seed: int | str, key: str) -> random.Random:
    """A random generator that depends only on the seed and a card's own key (cheap to create)."""
    return random.Random(_card_seed(seed, key))


def _card_seed(seed: int | str, key: str) -> int:
    return zlib.crc32(f"{seed}:{key}".encode())


def draw_options(card: Card, rng: random.Random, n_options: int = DEFAULT_OPTIONS) -> tuple[tuple[str, ...], int]:
    """A fresh set and order of options for an MCQ card, e.g. at each study review: hand-picked
    distractors first, then among the best ranked ones."""
    if card.kind is not CardKind.MCQ:
        raise ValueError(f"{card.id} is not an MCQ card")
    pool, preferred = card.distractor_pool, card.pool_preferred
    wanted = min(n_options - 1, len(pool))
    own = list(pool[:preferred])
    if len(own) >= wanted:
        picked = rng.sample(own, wanted)
    else:
        needed = wanted - len(own)
        picked = own + rng.sample(list(pool[preferred:])[: needed + 2], needed)
    options = [card.answer, *picked]
    rng.shuffle(options)
    return tuple(options), options.index(card.answer)
