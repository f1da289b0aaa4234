"""A large study collection: decks of ~104,000 cards, 100,000 of them with ~1,000,000 reviews over two years.

The collection is created by `Collection.open` (the study store's own schema and migrations) and
filled inside its `transaction()`, with every answer and state written by `ReviewColumns` and
`StateColumns` exactly as `Collection.apply_review` would write them; only the per-answer commit is skipped (one commit for the
whole history instead of a million fsyncs). Histories are simulated with FSRS-6 (default
parameters, no fuzz): each studied card gets a quota of answers (1-19, 10 on average) given at its
due times with ratings drawn 15% Again, 15% Hard, 60% Good, 10% Easy; a card whose quota does not fit
into two years passes the rest to the next card, and 99 cards in 100 get a few Good answers more if
needed to leave the learning steps. The history is then moved in time so that it lies within the
two years before `NOW` and NOW falls somewhere in its last interval, with 300 cards answered earlier
today (see `_shift`), as in a collection in daily use. The real counts are returned.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

#: The frozen "now" of the study benchmarks.
NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
TODAY_START = datetime(2026, 3, 10, 4, 0, tzinfo=UTC)  # the study day rolls over at 4 a.m.
#: Cards answered earlier on NOW's study day, per 100,000 studied cards.
ANSWERED_TODAY = 300
SPAN = timedelta(days=730)
RATINGS = (1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4)  # 15% / 15% / 60% / 10%
DECKS = ("alpha", "beta", "gamma", "delta")


@dataclass(frozen=True)
class StudyInputs:
    decks_dir: Path
    db_path: Path
    cards: int  # cards the decks generate
    studied: int  # cards with a history in the collection
    reviews: int


def study_inputs(folder: Path, *, studied: int, reviews: int, facts_per_deck: int, seed: int = 3) -> StudyInputs:
    """Write the decks and the collection under `folder` unless they are already there."""
    from quizgen_benchmarks.inputs.deck import write_deck

    decks_dir = folder / "decks"
    for number, deck_id in enumerate(DECKS):
        write_deck(decks_dir / f"{deck_id}.yaml", facts_per_deck, seed=seed + number, deck_id=deck_id)
    db_path = folder / "collection.sqlite3"
    summary = folder / "collection.json"
    if not summary.exists():
        built = _build_collection(decks_dir, db_path, studied, reviews, seed)
        summary.write_text(json.dumps(built))
    data = json.loads(summary.read_text())
    return StudyInputs(decks_dir, db_path, data["cards"], data["studied"], data["reviews"])


def _build_collection(decks_dir: Path, db_path: Path, studied: int, reviews: int, seed: int) -> dict[str, int]:
    import fsrs

    from quizgen.core.deckfile import load_decks
    from quizgen.core.generator import generate_cards
    from quizgen.study.records import ReviewColumns, StateColumns
    from quizgen.study.scheduler import fsrs_card_id
    from quizgen.study.store import CardState, Collection

    cards = generate_cards(load_decks([decks_dir], with_warnings=False).decks)
    rng = random.Random(seed)
    chosen = sorted(rng.sample(range(len(cards)), min(studied, len(cards))))
    quotas = _quotas(len(chosen), reviews, rng)
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    for stale in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        stale.unlink(missing_ok=True)
    collection = Collection.open(db_path)
    written = 0
    today_left = [max(1, ANSWERED_TODAY * len(chosen) // 100_000)]
    carry = 0  # answers a card could not fit into two years, given to the next card
    review_sql = (f"INSERT INTO review_log (card, {', '.join(ReviewColumns.NAMES)}) "
                  f"VALUES (?, {', '.join('?' * len(ReviewColumns.NAMES))})")
    state_sql = (f"INSERT INTO card_state (card_id, deck, {', '.join(StateColumns._fields)}) "
                 f"VALUES (?, ?, {', '.join('?' * len(StateColumns._fields))})")
    try:
        with collection.transaction() as db:
            for position, index in enumerate(chosen):
                card = cards[index]
                quota = max(1, quotas[position] + carry)
                if position == len(chosen) - 1:
                    quota = max(1, reviews - written)
                history = _simulate(scheduler, fsrs, card.id, fsrs_card_id(card.id), quota, rng)
                carry = quota - len(history)
                shift = _shift(history, rng, today_left)
                key = db.execute("INSERT INTO card_key (card_id) VALUES (?)", (card.id,)).lastrowid
                rows = []
                before = None
                reps = lapses = 0
                options = tuple(card.options) if card.options else None
                for moment, rating, memory, was_review in history:
                    reps += 1
                    lapses += was_review and rating == 1
                    memory.due = memory.due + shift
                    memory.last_review = moment + shift
                    after = CardState(card.id, memory, reps, lapses)
                    verdict = "wrong" if rating == 1 else "right"
                    given = card.answer if rating > 1 else "?"
                    columns = ReviewColumns.of(card.id, moment + shift, rating, card.kind.value, verdict, given,
                                               options, rng.randint(2000, 20000), before, after)
                    rows.append((key, *columns.values()))
                    before = after
                db.executemany(review_sql, rows)
                assert before is not None
                db.execute(state_sql, (card.id, card.deck, *StateColumns.of(before)))
                written += len(history)
    finally:
        collection.close()
    return {"cards": len(cards), "studied": len(chosen), "reviews": written}


def _quotas(count: int, total: int, rng: random.Random) -> list[int]:
    """`count` answer quotas of 1..19 (10 on average) summing to `total`."""
    mean = total / max(count, 1)
    spread = max(0, min(int(mean) - 1, 9))
    quotas = [max(1, round(mean) + rng.randint(-spread, spread)) for _ in range(count)]
    while sum(quotas) != total:  # nudge random quotas until they add up
        index = rng.randrange(count)
        step = 1 if sum(quotas) < total else -1
        if 1 <= quotas[index] + step <= 2 * round(mean):
            quotas[index] += step
    return quotas


def _simulate(scheduler: Any, fsrs: Any, card_id: str, number: int, quota: int, rng: random.Random) -> list[tuple]:
    """(time, rating, memory after, was a review-state answer) for up to `quota` answers within SPAN."""
    start = datetime(2020, 1, 1, tzinfo=UTC)
    memory = fsrs.Card(card_id=number, due=start)
    moment = start
    history = []
    # About 1 card in 100 ends in a learning step (due within minutes); the others end in review.
    settle = rng.random() < 0.99
    while len(history) < quota or (settle and memory.state != fsrs.State.Review and len(history) < quota + 4):
        rating = rng.choice(RATINGS) if len(history) < quota else 3
        was_review = memory.state == fsrs.State.Review
        memory, _ = scheduler.review_card(memory, fsrs.Rating(rating), moment)
        history.append((moment, rating, memory, was_review))
        # The next answer comes at the due time, up to a day late (a few minutes for learning steps).
        late = timedelta(minutes=rng.randint(0, 30)) if memory.state != fsrs.State.Review else \
            timedelta(hours=rng.randint(0, 24))
        moment = memory.due + late
        if moment - start > SPAN - timedelta(days=60):
            break
    return history


def _shift(history: list[tuple], rng: random.Random, today_left: list[int]) -> timedelta:
    """How far to move a history so that NOW falls at a uniform point of its last interval (or up to
    half a day past its due date: a learner who studies daily), starting within SPAN of NOW.

    Only `today_left[0]` cards may have been answered earlier today (as a learner who already did
    a few hundred reviews this morning); the others' last answer is moved to before today.
    """
    first, last_answer, last_due = history[0][0], history[-1][0], history[-1][2].due
    interval = last_due - last_answer
    answered = NOW - rng.random() * (interval + timedelta(hours=12))
    if answered >= TODAY_START:
        if today_left[0] > 0:
            today_left[0] -= 1
        else:
            answered = TODAY_START - rng.random() * max(interval, timedelta(hours=1))
    shift = answered - last_answer
    if first + shift < NOW - SPAN:
        shift = NOW - SPAN - first
    return shift
