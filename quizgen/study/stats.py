"""Study statistics: reviews per day, true retention (overall and per deck), cards by state, due
forecast, streak, and a year of reviews for a calendar heatmap.

`quizgen stats` prints these and the TUI's stats screen draws them; both call `compute_stats` (one
pass over the log), and both lay the heatmap out with `heatmap_grid`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Iterable, Sequence

import fsrs

from quizgen.study.records import from_micros, micros
from quizgen.study.scheduler import day_start, study_day
from quizgen.study.store import CardState, Collection, split_card_id

STATES = ("new", "learning", "review", "relearning", "suspended")
REVIEW = int(fsrs.State.Review)
#: Days in the calendar heatmap (a year, as Anki's heatmap add-on shows).
YEAR_DAYS = 365
#: A card whose interval was at least this many days when answered is mature (as in Anki).
MATURE_DAYS = 21
_MATURE_MICROS = MATURE_DAYS * 86_400_000_000
#: Heatmap intensity levels: 0 is a day without reviews; 1-4 split the busiest day's count in quarters.
HEAT_LEVELS = 4


@dataclass(frozen=True)
class StudiedToday:
    """Today's answers (the study day's, from its rollover hour), as Anki's "Studied today" line counts
    them: every answer is a card studied (a card in its learning steps counts each time), its time is
    the card's time on screen, and "correct" is the share of answers that were not Again."""

    answers: int = 0
    milliseconds: int = 0
    again: int = 0

    @classmethod
    def of(cls, totals: Iterable[tuple[int, int, int]]) -> StudiedToday:
        """The sum of (answers, milliseconds, again) rows (`Collection.answer_totals_since`)."""
        answers = milliseconds = again = 0
        for count, ms, failed in totals:
            answers, milliseconds, again = answers + count, milliseconds + ms, again + failed
        return cls(answers, milliseconds, again)

    def text(self) -> str:
        """"Studied 12 cards in 3.5 minutes today (17.5 s/card) · Again 2 (83% correct)"."""
        if not self.answers:
            return "No cards have been studied today."
        seconds = self.milliseconds / 1000
        cards = "1 card" if self.answers == 1 else f"{self.answers} cards"
        correct = round(100 * (self.answers - self.again) / self.answers)
        minutes = _decimal(seconds / 60)
        return (f"Studied {cards} in {minutes} {'minute' if minutes == '1' else 'minutes'} today "
                f"({_decimal(seconds / self.answers)} s/card) · Again {self.again} ({correct}% correct)")

    def to_json(self) -> dict[str, Any]:
        """The figures of `text` as numbers (`quizgen stats --json`'s "studied_today"): the shares and
        rates are None without answers."""
        seconds = self.milliseconds / 1000
        return {"cards": self.answers, "minutes": round(seconds / 60, 1),
                "seconds_per_card": round(seconds / self.answers, 1) if self.answers else None,
                "again": self.again,
                "correct": round((self.answers - self.again) / self.answers, 4) if self.answers else None}


def _decimal(value: float) -> str:
    """One decimal place, none when it is 0: 3.5, 4, 0.2."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


@dataclass(frozen=True)
class Retention:
    """Answers to cards in the review state (learning steps excluded): passed (not Again) and failed,
    and how many of each were to mature cards (interval of MATURE_DAYS or more), as Anki's table."""

    passed: int = 0
    failed: int = 0
    mature_passed: int = 0
    mature_failed: int = 0

    @classmethod
    def of(cls, tally: Sequence[int]) -> Retention:
        """From (young passed, young failed, mature passed, mature failed)."""
        young_passed, young_failed, mature_passed, mature_failed = tally
        return cls(young_passed + mature_passed, young_failed + mature_failed, mature_passed, mature_failed)

    def __add__(self, other: Retention) -> Retention:
        return Retention(self.passed + other.passed, self.failed + other.failed,
                         self.mature_passed + other.mature_passed, self.mature_failed + other.mature_failed)

    @property
    def answers(self) -> int:
        return self.passed + self.failed

    @property
    def share(self) -> float | None:
        """The true retention, or None without such answers."""
        return self.passed / self.answers if self.answers else None

    @property
    def young(self) -> Retention:
        return Retention(self.passed - self.mature_passed, self.failed - self.mature_failed)

    @property
    def mature(self) -> Retention:
        return Retention(self.mature_passed, self.mature_failed, self.mature_passed, self.mature_failed)

    def to_json(self, *, split: bool = True) -> dict[str, Any]:
        figures: dict[str, Any] = {"retention": self.share, "passed": self.passed, "failed": self.failed}
        if split:
            figures["young"] = self.young.to_json(split=False)
            figures["mature"] = self.mature.to_json(split=False)
        return figures


@dataclass(frozen=True)
class DeckRetention:
    """One deck's true retention over the last `days` days and over all its history."""

    deck_id: str
    recent: Retention
    all_time: Retention


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
    #: (study day, answers given) for the last YEAR_DAYS study days, oldest first, today last.
    year: tuple[tuple[date, int], ...] = ()
    #: True retention of each deck in scope with any answers (the scope's decks first, in order).
    deck_retention: tuple[DeckRetention, ...] = ()
    #: True retention over the whole history of the scope.
    retention_all_time: Retention = Retention()
    #: Today's answers in the scope's decks, as the deck list's "Studied today" line counts them.
    studied_today: StudiedToday = StudiedToday()

    @property
    def retention_recent(self) -> Retention:
        """True retention over the last `days` days (what `retention` and `retention_reviews` say)."""
        return sum((r.recent for r in self.deck_retention), Retention())

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
            "retention_all_time": self.retention_all_time.to_json(),
            "retention_by_deck": [
                {"deck": row.deck_id, f"last_{len(self.reviews_per_day)}_days": row.recent.to_json(),
                 "all_time": row.all_time.to_json()}
                for row in self.deck_retention
            ],
            "year": [{"day": d.isoformat(), "reviews": n} for d, n in self.year],
            "studied_today": self.studied_today.to_json(),
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
    deck_order = None if deck_ids is None else list(deck_ids)
    decks = None if deck_order is None else set(deck_order)
    today = study_day(now, tz, rollover_hour)
    states = collection.card_states()
    if card_ids is not None:
        scope = {cid for cid in card_ids if decks is None or split_card_id(cid)[0] in decks}
    else:
        scope = {cid for cid in states if decks is None or split_card_id(cid)[0] in decks}

    per_day: dict[date, int] = {}
    total = 0
    first_day = today - timedelta(days=days - 1)
    # deck id -> the last `days`' (young passed, young failed, mature passed, mature failed), then all time's
    by_deck: dict[str, list[int]] = {}
    interval: dict[str, int] = {}  # card id -> the interval (micros) its last answer scheduled
    day_of = _DayOf(tz, rollover_hour)
    for answer in collection.answers():  # streamed: the log's typed columns, no states built
        deck_id = answer.card_id.partition(":")[0]
        if decks is not None and deck_id not in decks:
            continue
        total += 1
        day = day_of(answer.reviewed_at)
        per_day[day] = per_day.get(day, 0) + 1
        if answer.memory_before == REVIEW:
            tally = by_deck.get(deck_id)
            if tally is None:
                tally = by_deck[deck_id] = [0] * 8
            at = 2 * (interval.get(answer.card_id, 0) >= _MATURE_MICROS) + (answer.rating == fsrs.Rating.Again)
            tally[4 + at] += 1
            if day >= first_day:
                tally[at] += 1
        interval[answer.card_id] = answer.due_after or 0  # counted from the answer (see Answered)

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

    order = {deck_id: i for i, deck_id in enumerate(deck_order or ())}
    deck_rows = tuple(
        DeckRetention(deck_id, Retention.of(t[:4]), Retention.of(t[4:]))
        for deck_id, t in sorted(by_deck.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))
    )
    recent = sum((r.recent for r in deck_rows), Retention())
    year_start = today - timedelta(days=YEAR_DAYS - 1)
    return StudyStats(
        today=today,
        reviews_per_day=tuple((first_day + timedelta(days=i), per_day.get(first_day + timedelta(days=i), 0))
                              for i in range(days)),
        retention=recent.share,
        retention_reviews=recent.answers,
        card_states=counts,
        forecast=tuple((today + timedelta(days=i), n) for i, n in enumerate(forecast)),
        streak=streak,
        total_reviews=total,
        year=tuple((year_start + timedelta(days=i), per_day.get(year_start + timedelta(days=i), 0))
                   for i in range(YEAR_DAYS)),
        deck_retention=deck_rows,
        retention_all_time=sum((r.all_time for r in deck_rows), Retention()),
        studied_today=StudiedToday.of(
            totals for deck_id, totals in collection.answer_totals_since(day_start(today, tz, rollover_hour)).items()
            if decks is None or deck_id in decks),
    )


_HOUR_MICROS = 3_600_000_000


class _DayOf:
    """The study day of an answer time (micros), as `study_day` gives it, without a datetime per
    answer: an hour (UTC) whose first and last microsecond fall on one study day lies wholly in it
    (days change at an hour of local time), so each hour is worked out once; an hour that holds a
    rollover (a time zone offset in half hours) is worked out answer by answer."""

    def __init__(self, tz: tzinfo | None, rollover_hour: int) -> None:
        self.tz, self.rollover_hour = tz, rollover_hour
        self.hours: dict[int, date | None] = {}

    def _day(self, at: int) -> date:
        return study_day(from_micros(at), self.tz, self.rollover_hour)

    def __call__(self, at: int) -> date:
        hour = at // _HOUR_MICROS
        day = self.hours.get(hour, False)
        if day is False:
            first, last = self._day(hour * _HOUR_MICROS), self._day((hour + 1) * _HOUR_MICROS - 1)
            day = self.hours[hour] = first if first == last else None
        return day if day is not None else self._day(at)


@dataclass(frozen=True)
class HeatmapGrid:
    """A calendar heatmap laid out as GitHub's and Anki's heatmap add-on: a column per week (Monday
    first, oldest week left), a row per weekday; a cell is a level 0-HEAT_LEVELS, None outside the days."""

    rows: tuple[tuple[int | None, ...], ...]  # 7 rows, Monday first
    #: (column, "Jan"): where each month's first week starts, for labels above the grid.
    months: tuple[tuple[int, str], ...]
    #: (level, the fewest reviews a day that show it) for each level some count reaches, rising.
    thresholds: tuple[tuple[int, int], ...]
    #: The column and row of today's cell.
    today: tuple[int, int]


def heat_level(count: int, peak: int) -> int:
    """0 for no reviews; else 1-HEAT_LEVELS by the share of the busiest day's count."""
    if count <= 0 or peak <= 0:
        return 0
    return max(1, min(HEAT_LEVELS, -(-count * HEAT_LEVELS // peak)))


def heatmap_grid(days: Sequence[tuple[date, int]]) -> HeatmapGrid:
    """The week-by-weekday grid of `days` ((day, reviews), consecutive, oldest first)."""
    if not days:
        return HeatmapGrid(tuple(() for _ in range(7)), (), (), (0, 0))
    first = days[0][0]
    start = first - timedelta(days=first.weekday())  # the Monday of the first week
    weeks = (days[-1][0] - start).days // 7 + 1
    peak = max(n for _, n in days)
    grid: list[list[int | None]] = [[None] * weeks for _ in range(7)]
    months: list[tuple[int, str]] = []
    for day, count in days:
        column = (day - start).days // 7
        grid[day.weekday()][column] = heat_level(count, peak)
        if day.day == 1 or day == first:
            label = f"{day:%b}"
            label_column = column if day.weekday() == 0 or day == first else column + 1
            if label_column + len(label) <= weeks and (not months or label_column - months[-1][0] >= 4):
                months.append((label_column, label))
    lowest = ((level, peak * (level - 1) // HEAT_LEVELS + 1) for level in range(1, HEAT_LEVELS + 1))
    thresholds = tuple((level, count) for level, count in lowest if heat_level(count, peak) == level)
    last = days[-1][0]
    return HeatmapGrid(tuple(tuple(row) for row in grid), tuple(months), thresholds,
                       ((last - start).days // 7, last.weekday()))


def day_bounds(day: date, tz: tzinfo | None = None, rollover_hour: int = 4) -> tuple[datetime, datetime]:
    """The (UTC) start and end of a study day, for callers that label charts with times."""
    return day_start(day, tz, rollover_hour), day_start(day + timedelta(days=1), tz, rollover_hour)


#: One glyph per heat level (0: no reviews), so the heatmap reads without colour too.
HEAT_GLYPHS = "·░▒▓█"
WEEKDAY_LABELS = ("Mon", "", "Wed", "", "Fri", "", "Sun")


def heatmap_lines(grid: HeatmapGrid) -> list[str]:
    """The heatmap as plain text: a month line, then a line per weekday (what `quizgen stats` prints;
    the stats screen colours the same cells)."""
    width = len(grid.rows[0]) if grid.rows else 0
    header = [" "] * width
    for column, label in grid.months:
        header[column:column + len(label)] = label
    lines = ["    " + "".join(header[:width]).rstrip()]
    for label, row in zip(WEEKDAY_LABELS, grid.rows):
        lines.append(f"{label:<4}" + "".join(" " if level is None else HEAT_GLYPHS[level] for level in row).rstrip())
    return lines


def heat_legend(grid: HeatmapGrid) -> str:
    """'less · ░ ▒ ▓ █ more' with the reviews a day each level starts at."""
    if not grid.thresholds:
        return f"{HEAT_GLYPHS[0]} no reviews this year"
    levels = ", ".join(f"{HEAT_GLYPHS[level]} {count}+" for level, count in grid.thresholds)
    return f"{HEAT_GLYPHS[0]} none, {levels} reviews a day"
