"""Study statistics: reviews per day, true retention, cards by state, due forecast, streak.

`quizgen stats` prints these and the TUI's stats screen draws them; both call `compute_stats`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Iterable

import fsrs

from quizgen.study.records import from_micros
from quizgen.study.scheduler import day_start, study_day
from quizgen.study.store import CardState, Collection, split_card_id

STATES = ("new", "learning", "review", "relearning", "suspended")
REVIEW = int(fsrs.State.Review)


@dataclass(frozen=True)
class StudyStats:
    today: date
    #: (study day, answers given) for the last `days` study days, oldest first, today last.
    reviews_per_day: tuple[tuple[date, int], ...]
    #: True retention over the same days: the share of answers to cards in the review state that
    #: were not Again (learning steps excluded, as Anki's "true retention"); None without such answers.
    retention: float | None
    retention_reviews: int
    #: Cards by state; suspended cards count only as "suspended".
    card_states: dict[str, int]
    #: (study day, cards due) for the next `forecast_days` days from today; overdue cards count today.
    forecast: tuple[tuple[date, int], ...]
    #: Consecutive study days with at least one answer, ending today (or yesterday if none yet today).
    streak: int
    total_reviews: int

    def to_json(self) -> dict[str, Any]:
        """The documented `quizgen stats --json` object (see docs/study.md)."""
        return {
            "today": self.today.isoformat(),
            "reviews_per_day": [{"day": d.isoformat(), "reviews": n} for d, n in self.reviews_per_day],
            "retention": self.retention,
            "retention_reviews": self.retention_reviews,
            "cards": dict(self.card_states),
            "forecast": [{"day": d.isoformat(), "due": n} for d, n in self.forecast],
            "streak": self.streak,
            "total_reviews": self.total_reviews,
        }


def compute_stats(
    collection: Collection,
    now: datetime,
    *,
    card_ids: Iterable[str] | None = None,
    deck_ids: Iterable[str] | None = None,
    tz: tzinfo | None = None,
    rollover_hour: int = 4,
    days: int = 30,
    forecast_days: int = 14,
) -> StudyStats:
    """Figures for the cards `card_ids` (of the current deck files), else for every stored card.

    `deck_ids` narrows both to those decks. Reviews of cards whose fact was deleted still count in
    the history figures (reviews per day, retention, streak) but not in states or the forecast.
    """
    decks = None if deck_ids is None else set(deck_ids)
    today = study_day(now, tz, rollover_hour)
    states = collection.card_states()
    if card_ids is not None:
        scope = {cid for cid in card_ids if decks is None or split_card_id(cid)[0] in decks}
    else:
        scope = {cid for cid in states if decks is None or split_card_id(cid)[0] in decks}

    per_day: dict[date, int] = {}
    passed = failed = total = 0
    first_day = today - timedelta(days=days - 1)
    for answer in collection.answers():  # streamed: the log's typed columns, no states built
        if decks is not None and answer.card_id.partition(":")[0] not in decks:
            continue
        total += 1
        day = study_day(from_micros(answer.reviewed_at), tz, rollover_hour)
        per_day[day] = per_day.get(day, 0) + 1
        if day >= first_day and answer.memory_before == REVIEW:
            if answer.rating == fsrs.Rating.Again:
                failed += 1
            else:
                passed += 1

    counts = dict.fromkeys(STATES, 0)
    forecast = [0] * forecast_days
    for card_id in scope:
        state = states.get(card_id) or CardState(card_id)
        if state.suspended:
            counts["suspended"] += 1
            continue
        counts[state.state] += 1
        if state.due is None:
            continue
        due_day = max(study_day(state.due, tz, rollover_hour), today)
        if state.buried_until is not None:
            due_day = max(due_day, state.buried_until)
        offset = (due_day - today).days
        if offset < forecast_days:
            forecast[offset] += 1

    streak = 0
    day = today if per_day.get(today) else today - timedelta(days=1)
    while per_day.get(day):
        streak += 1
        day -= timedelta(days=1)

    return StudyStats(
        today=today,
        reviews_per_day=tuple((first_day + timedelta(days=i), per_day.get(first_day + timedelta(days=i), 0))
                              for i in range(days)),
        retention=passed / (passed + failed) if passed + failed else None,
        retention_reviews=passed + failed,
        card_states=counts,
        forecast=tuple((today + timedelta(days=i), n) for i, n in enumerate(forecast)),
        streak=streak,
        total_reviews=total,
    )


def day_bounds(day: date, tz: tzinfo | None = None, rollover_hour: int = 4) -> tuple[datetime, datetime]:
    """The (UTC) start and end of a study day, for callers that label charts with times."""
    return day_start(day, tz, rollover_hour), day_start(day + timedelta(days=1), tz, rollover_hour)
