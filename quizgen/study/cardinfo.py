"""What the card info screen shows of one card: its fact and source, every review, FSRS memory, and
its forgetting curve.

Retrievability, today's and the curve's, comes from the `fsrs` library's own function (through
`Scheduler.retrievability`, the learner's fitted parameters): the formula is not copied here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

import fsrs

from quizgen.core.model import Card
from quizgen.study.catalog import Catalog
from quizgen.study.records import CardState, RescheduleRow, ReviewRow
from quizgen.study.scheduler import DeckSchedulers, Scheduler, StudyDays
from quizgen.study.settings import Settings
from quizgen.study.store import Collection

#: How many points the forgetting curve is drawn with.
CURVE_POINTS = 60


@dataclass(frozen=True)
class CardInfo:
    card_id: str
    card: Card | None  # None: no deck of the catalog has this card any more (its history stays)
    deck_title: str
    source: tuple[str | None, str] | None  # (source title, the sentence stating the answer)
    state: CardState | None
    reviews: tuple[ReviewRow, ...]
    retrievability: float | None  # today's chance of recall (None: never reviewed)
    curve: tuple[tuple[float, float], ...]  # (days since the last review, retrievability)
    today_days: float | None  # where now falls on the curve's x axis
    due_days: float | None  # where the due date falls on it
    flag: int = 0  # records.FLAGS; 0: none
    reschedules: tuple[RescheduleRow, ...] = ()  # due dates set by hand ("Set due date"), oldest first


def forgetting_curve(scheduler: Scheduler, memory: fsrs.Card, now: datetime,
                     points: int = CURVE_POINTS) -> tuple[tuple[tuple[float, float], ...], float, float]:
    """(curve, now, due): the card's retrievability from its last review on, and where now and the
    due date fall, in days since that review. The span shows the fall: twice the interval, four
    times the stability, a little past now, a week at least. FSRS counts whole days since the last
    review, so the curve is sampled at whole days (at most `points` of them)."""
    assert memory.last_review is not None and memory.stability is not None
    start = memory.last_review
    day = timedelta(days=1)
    due_days = (memory.due - start) / day
    now_days = (now - start) / day
    span = math.ceil(max(2 * due_days, 4 * memory.stability, 1.2 * now_days, 7.0))
    step = max(1, math.ceil(span / (points - 1)))
    curve = tuple((float(x), scheduler.retrievability(memory, start + x * day)) for x in range(0, span + 1, step))
    return curve, now_days, due_days


def read_card_info(collection: Collection, catalog: Catalog, settings: Settings, card_id: str,
                   now: datetime, days: StudyDays) -> CardInfo:
    """Everything the card info screen shows (reads the collection and maybe a source file: call it
    off the UI thread). The card's deck's scheduler (its parameters, the deck's own where fitted)
    gives the retrievability."""
    card = catalog.card(card_id) if card_id in catalog else None
    deck_id = card_id.partition(":")[0]
    info = catalog.decks_by_id.get(deck_id)
    state = collection.card_state(card_id)
    reviews = tuple(collection.review_log(card_id))
    studies = {deck.id: deck.study for deck in catalog.decks}
    scheduler = DeckSchedulers.of_collection(collection, settings, days, studies).of(deck_id)
    memory = state.memory if state is not None else None
    retrievability, curve, today_days, due_days = None, (), None, None
    if memory is not None and memory.last_review is not None and memory.stability is not None:
        retrievability = scheduler.retrievability(memory, now)
        curve, today_days, due_days = forgetting_curve(scheduler, memory, now)
    return CardInfo(card_id, card, info.title if info else deck_id, catalog.source(card) if card else None,
                    state, reviews, retrievability, curve, today_days, due_days,
                    collection.flags([card_id]).get(card_id, 0), tuple(collection.reschedule_log(card_id)))
