"""FSRS-6 scheduling: exact interval sequences with fuzz off, seeded fuzz, study days at 4 a.m."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import fsrs
import pytest

from quizgen.study.scheduler import DEFAULT_PARAMETERS, Scheduler, day_start, fuzzed_interval, study_day
from quizgen.study.settings import Settings

START = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")


def _intervals(scheduler: Scheduler, ratings: list[int], card_id: str = "d:f:1:cloze") -> list[timedelta]:
    now = START
    card = scheduler.new_card(card_id, now)
    intervals = []
    for number, rating in enumerate(ratings):
        card = scheduler.review(card, fsrs.Rating(rating), now, fuzz_seed=f"{card_id}:{number}")
        intervals.append(card.due - now)
        now = card.due
    return intervals


def test_good_every_time_gives_the_fsrs6_sequence() -> None:
    days = [ivl / timedelta(days=1) for ivl in _intervals(Scheduler(Settings(enable_fuzzing=False)), [3] * 10)]
    # First answer: Good moves the new card to the second learning step (10 minutes).
    assert days[0] == pytest.approx(10 / 1440)
    assert days[1:] == [2, 11, 46, 163, 498, 1348, 3299, 7415, 15504]


def test_again_on_a_new_card_uses_the_first_learning_step() -> None:
    # Two Agains lower the initial stability: the card graduates to 1 day, not 2.
    intervals = _intervals(Scheduler(Settings(enable_fuzzing=False)), [1, 1, 3, 3])
    assert intervals == [timedelta(minutes=1), timedelta(minutes=1), timedelta(minutes=10), timedelta(days=1)]


def test_a_lapse_goes_through_the_relearning_step() -> None:
    scheduler = Scheduler(Settings(enable_fuzzing=False))
    now = START
    card = scheduler.new_card("x", now)
    seen = []
    for number, rating in enumerate([3, 3, 3, 3, 1, 3, 3]):
        card = scheduler.review(card, fsrs.Rating(rating), now, fuzz_seed=f"x:{number}")
        seen.append((card.state.name, card.due - now))
        now = card.due
    assert seen == [
        ("Learning", timedelta(minutes=10)),
        ("Review", timedelta(days=2)),
        ("Review", timedelta(days=11)),
        ("Review", timedelta(days=46)),
        ("Relearning", timedelta(minutes=10)),
        ("Review", timedelta(days=3)),
        ("Review", timedelta(days=8)),
    ]


def test_desired_retention_and_steps_come_from_settings() -> None:
    strict = Scheduler(Settings(enable_fuzzing=False, desired_retention=0.97, learning_steps=(timedelta(minutes=5),)))
    loose = Scheduler(Settings(enable_fuzzing=False, desired_retention=0.8))
    assert _intervals(strict, [1])[0] == timedelta(minutes=5)
    assert _intervals(strict, [3, 3, 3, 3])[-1] < _intervals(loose, [3, 3, 3, 3])[-1]


def test_fitted_parameters_change_the_schedule() -> None:
    fitted = list(DEFAULT_PARAMETERS)
    fitted[2] = 5.0  # a larger initial stability for Good
    default = _intervals(Scheduler(Settings(enable_fuzzing=False)), [3, 3])
    custom = _intervals(Scheduler(Settings(enable_fuzzing=False), fitted), [3, 3])
    assert custom[1] > default[1]


def test_fuzz_is_seeded_and_stays_in_range() -> None:
    fuzzy = Scheduler(Settings(enable_fuzzing=True))
    first = _intervals(fuzzy, [3] * 7)
    assert first == _intervals(fuzzy, [3] * 7)  # same card, same review numbers: same due dates
    plain = _intervals(Scheduler(Settings(enable_fuzzing=False)), [3] * 7)
    assert first[:2] == plain[:2]  # no fuzz under 2.5 days
    for fuzzed, exact in zip(first[2:], plain[2:]):
        # each fuzzed interval is computed from a fuzzed previous one, so compare loosely
        assert abs(fuzzed.days - exact.days) <= 0.15 * exact.days + 2
    spread = {fuzzed_interval(timedelta(days=100), seed).days for seed in range(200)}
    assert len(spread) > 5 and min(spread) >= 90 and max(spread) <= 110


def test_review_times_must_be_aware() -> None:
    scheduler = Scheduler(Settings())
    with pytest.raises(ValueError):
        study_day(datetime(2026, 3, 10, 12), UTC)
    card = scheduler.new_card("x", START)
    # a local time is fine: it is converted to UTC for fsrs
    reviewed = scheduler.review(card, fsrs.Rating.Good, START.astimezone(PARIS), fuzz_seed="x:0")
    assert reviewed.last_review == START


@pytest.mark.parametrize(
    ("local_time", "day"),
    [
        (datetime(2026, 3, 10, 3, 59, tzinfo=PARIS), date(2026, 3, 9)),
        (datetime(2026, 3, 10, 4, 0, tzinfo=PARIS), date(2026, 3, 10)),
        (datetime(2026, 3, 10, 23, 59, tzinfo=PARIS), date(2026, 3, 10)),
        (datetime(2026, 3, 11, 0, 30, tzinfo=PARIS), date(2026, 3, 10)),
        # across the spring DST change in Paris (29 March 2026, 02:00 -> 03:00)
        (datetime(2026, 3, 29, 3, 30, tzinfo=PARIS), date(2026, 3, 28)),
        (datetime(2026, 3, 29, 4, 0, tzinfo=PARIS), date(2026, 3, 29)),
    ],
)
def test_study_day_rolls_over_at_4_am_local_time(local_time: datetime, day: date) -> None:
    # The same moment seen from UTC gives the same local study day.
    assert study_day(local_time.astimezone(UTC), PARIS) == day


def test_rollover_hour_and_time_zone_are_settings() -> None:
    moment = datetime(2026, 3, 10, 2, 30, tzinfo=UTC)
    assert study_day(moment, UTC, 4) == date(2026, 3, 9)
    assert study_day(moment, UTC, 2) == date(2026, 3, 10)
    assert study_day(moment, timezone(timedelta(hours=5)), 4) == date(2026, 3, 10)  # 07:30 there


def test_day_start() -> None:
    assert day_start(date(2026, 3, 10), PARIS) == datetime(2026, 3, 10, 3, 0, tzinfo=UTC)  # 4 a.m. CET
    assert day_start(date(2026, 7, 10), PARIS) == datetime(2026, 7, 10, 2, 0, tzinfo=UTC)  # 4 a.m. CEST
    for moment in (day_start(date(2026, 3, 10), PARIS), day_start(date(2026, 3, 10), PARIS) - timedelta(seconds=1)):
        assert study_day(moment, PARIS) == (date(2026, 3, 10) if moment.minute == 0 else date(2026, 3, 9))
