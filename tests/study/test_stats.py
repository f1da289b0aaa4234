"""Study statistics from a collection with a known history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import fsrs
import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from quizgen.study.session import StudySession
from quizgen.study.stats import compute_stats

from .conftest import catalog_of

from .test_session import _answer_right, _answer_wrong


def test_stats_of_a_fresh_collection(collection, decks_and_cards, clock) -> None:
    _, cards = decks_and_cards
    stats = compute_stats(collection, clock(), card_ids=[card.id for card in cards], tz=UTC)
    assert stats.card_states == {"new": 12, "learning": 0, "review": 0, "relearning": 0, "suspended": 0}
    assert (stats.retention, stats.retention_reviews, stats.streak, stats.total_reviews) == (None, 0, 0, 0)
    assert len(stats.reviews_per_day) == 30 and stats.reviews_per_day[-1] == (date(2026, 3, 10), 0)
    assert [d for d, _ in stats.forecast] == [date(2026, 3, 10) + timedelta(days=i) for i in range(14)]
    assert sum(n for _, n in stats.forecast) == 0


def test_stats_after_three_days_of_study(collection, decks_and_cards, clock, settings) -> None:
    decks, cards = decks_and_cards
    session = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=settings, tz=UTC)
    session.start()
    for _ in range(5):
        _answer_right(session)  # day 1: five new MCQs
    clock.advance(minutes=10)
    for _ in range(5):
        _answer_right(session)  # ... graduated, due in 2 days
    clock.advance(days=2)
    _answer_wrong(session)  # day 3: one review lapses
    for _ in range(4):
        _answer_right(session)  # four reviews pass
    collection.update_flags(["space:actress:1:cloze"], clock(), suspended=True)
    stats = compute_stats(collection, clock(), card_ids=[card.id for card in cards], tz=UTC)
    per_day = dict(stats.reviews_per_day)
    assert (per_day[date(2026, 3, 10)], per_day[date(2026, 3, 11)], per_day[date(2026, 3, 12)]) == (10, 0, 5)
    assert stats.total_reviews == 15
    assert (stats.retention, stats.retention_reviews) == (0.8, 5)
    assert stats.card_states == {"new": 6, "learning": 0, "review": 4, "relearning": 1, "suspended": 1}
    assert stats.streak == 1  # nothing was studied on March 11
    forecast = dict(stats.forecast)
    assert forecast[date(2026, 3, 12)] == 1  # the relearning card, due in 10 minutes
    assert sum(forecast.values()) == 5
    # The next day, before studying, the streak still counts the day before.
    clock.advance(days=1)
    later = compute_stats(collection, clock(), card_ids=[card.id for card in cards], tz=UTC)
    assert later.streak == 1
    assert later.reviews_per_day[-1] == (date(2026, 3, 13), 0)
    # Scoped to another deck, nothing counts.
    assert compute_stats(collection, clock(), card_ids=[card.id for card in cards], deck_ids=["other"], tz=UTC).total_reviews == 0
    # Without deck files, the stored cards are the scope.
    assert compute_stats(collection, clock(), tz=UTC).card_states == {
        "new": 0, "learning": 0, "review": 4, "relearning": 1, "suspended": 1}
    json_form = stats.to_json()
    assert json_form["cards"]["review"] == 4 and json_form["forecast"][0]["day"] == "2026-03-12"
    assert set(json_form) == {"today", "reviews_per_day", "retention", "retention_reviews", "cards", "forecast",
                              "streak", "total_reviews", "retention_all_time", "retention_by_deck", "year",
                              "studied_today"}
    # Today's line: day 3's five answers, one Again; the next day none yet, as the deck list sums them.
    from quizgen.study.stats import StudiedToday
    assert later.studied_today == StudiedToday.of(session.studied_today().values()) == StudiedToday()
    assert (stats.studied_today.answers, stats.studied_today.again) == (5, 1)
    assert json_form["studied_today"] | {"minutes": None, "seconds_per_card": None} == {
        "cards": 5, "again": 1, "correct": 0.8, "minutes": None, "seconds_per_card": None}
    seconds = stats.studied_today.milliseconds / 1000
    assert json_form["studied_today"]["seconds_per_card"] == round(seconds / 5, 1)
    assert json_form["studied_today"]["minutes"] == round(seconds / 60, 1)
    assert compute_stats(collection, clock(), card_ids=[card.id for card in cards], deck_ids=["other"],
                         tz=UTC).studied_today == StudiedToday()
    # True retention per deck, as Anki's table: review-state answers only (the 10 learning answers left out).
    young = {"retention": 0.8, "passed": 4, "failed": 1}  # first reviews: every card is young
    no_mature = {"retention": None, "passed": 0, "failed": 0}
    assert json_form["retention_by_deck"] == [{
        "deck": "space", "last_30_days": {**young, "young": young, "mature": no_mature},
        "all_time": {**young, "young": young, "mature": no_mature}}]
    assert len(json_form["year"]) == 365 and json_form["year"][-1] == {"day": "2026-03-12", "reviews": 5}
    assert sum(day["reviews"] for day in json_form["year"]) == 15
    assert fsrs.Rating.Again in {row.rating for row in collection.review_log()}


def test_streak_counts_consecutive_days(collection, decks_and_cards, clock, settings) -> None:
    decks, cards = decks_and_cards
    session = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=settings, tz=UTC)
    session.start()
    for _ in range(3):
        _answer_right(session)
        clock.now = clock.now.replace(hour=12) + timedelta(days=1)
    stats = compute_stats(collection, datetime(2026, 3, 12, 23, 0, tzinfo=UTC), card_ids=[card.id for card in cards], tz=UTC)
    assert stats.streak == 3


def test_recent_and_all_time_retention_part_after_thirty_days(collection, decks_and_cards, clock, settings) -> None:
    decks, cards = decks_and_cards
    session = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=settings, tz=UTC)
    session.start()
    for _ in range(5):
        _answer_right(session)  # five new MCQs
    clock.advance(minutes=10)
    for _ in range(5):
        _answer_right(session)  # ... graduated, due in 2 days
    clock.advance(days=2)
    for _ in range(2):
        _answer_wrong(session)  # two of the graduated cards lapse on their first review
    clock.advance(days=40)
    early = compute_stats(collection, clock(), card_ids=[card.id for card in cards], tz=UTC)
    (row,) = early.deck_retention
    assert (row.recent.answers, row.all_time.passed, row.all_time.failed) == (0, 0, 2)
    assert early.retention is None and early.retention_all_time.share == 0.0
    # The year keeps what the 30 days have dropped.
    assert sum(n for _, n in early.year) == early.total_reviews


def test_heatmap_grid_weeks_and_levels() -> None:
    from quizgen.study.stats import HEAT_GLYPHS, heat_legend, heat_level, heatmap_grid, heatmap_lines

    days = [(date(2026, 3, 2) + timedelta(days=i), n) for i, n in enumerate([0, 1, 2, 3, 4, 8, 0, 0, 5])]
    grid = heatmap_grid(days)  # Monday 2 March to Tuesday 10 March: two weeks
    assert [len(row) for row in grid.rows] == [2] * 7
    assert [row[0] for row in grid.rows] == [0, 1, 1, 2, 2, 4, 0]  # the busiest day (8) is level 4
    assert [row[1] for row in grid.rows] == [0, 3, None, None, None, None, None]
    assert grid.today == (1, 1) and grid.thresholds == ((1, 1), (2, 3), (3, 5), (4, 7))
    assert heatmap_grid([(date(2026, 3, 2), 3), (date(2026, 3, 3), 1)]).thresholds == ((2, 1), (3, 2), (4, 3))
    assert heat_legend(heatmap_grid([(date(2026, 3, 2), 3)])).endswith("▒ 1+, ▓ 2+, █ 3+ reviews a day")
    assert [heat_level(n, 8) for n in (0, 1, 2, 3, 4, 5, 6, 7, 8)] == [0, 1, 1, 2, 2, 3, 3, 4, 4]
    lines = heatmap_lines(grid)
    assert lines[1] == f"Mon {HEAT_GLYPHS[0]}{HEAT_GLYPHS[0]}" and lines[3] == f"Wed {HEAT_GLYPHS[1]}"


def test_young_and_mature_retention_follow_the_interval_each_answer_was_on(collection, decks_and_cards, clock,
                                                                            settings) -> None:
    """90 days of daily study, one card in five forgotten: the split into young and mature answers
    matches the one read from the full review log (the interval the previous answer scheduled)."""
    decks, cards = decks_and_cards
    session = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=settings, tz=UTC)
    answered = 0
    for day in range(90):
        session.start()
        while session.current() is not None:
            (_answer_wrong if answered % 5 == 4 else _answer_right)(session)
            answered += 1
            clock.advance(minutes=11)
        clock.now = clock.now.replace(hour=12) + timedelta(days=1)
    expected = {(False, False): 0, (False, True): 0, (True, False): 0, (True, True): 0}  # (mature, failed)
    for row in collection.review_log():
        before = row.state_before.memory if row.state_before is not None else None
        if before is None or before.state != fsrs.State.Review:
            continue
        mature = before.due - before.last_review >= timedelta(days=21)
        expected[mature, row.rating == fsrs.Rating.Again] += 1
    stats = compute_stats(collection, clock(), card_ids=[card.id for card in cards], tz=UTC)
    overall = stats.retention_all_time
    assert (overall.young.passed, overall.young.failed, overall.mature.passed, overall.mature.failed) == (
        expected[False, False], expected[False, True], expected[True, False], expected[True, True])
    assert overall.mature.answers > 0 and overall.young.answers > 0



@pytest.mark.parametrize("zone", ["Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns"])
@given(moments=st.lists(st.integers(min_value=1_700_000_000_000_000, max_value=1_800_000_000_000_000),
                        min_size=1, max_size=200),
       rollover=st.integers(min_value=0, max_value=23))
@hypothesis_settings(max_examples=60, deadline=None)
def test_the_day_of_an_answer_is_study_days_own(zone, moments, rollover) -> None:
    """The hour-by-hour shortcut gives `study_day`'s answer for any time, across clock changes and
    in zones whose offsets are in half or quarter hours."""
    from zoneinfo import ZoneInfo

    from quizgen.study.records import from_micros
    from quizgen.study.scheduler import study_day
    from quizgen.study.stats import _DayOf

    tz = ZoneInfo(zone)
    day_of = _DayOf(tz, rollover)
    for at in sorted(moments) + moments:  # in order and out of it, the hours cached by then
        assert day_of(at) == study_day(from_micros(at), tz, rollover)


@pytest.mark.parametrize("zone, transition", [("Europe/Berlin", "2026-03-29"), ("Europe/Berlin", "2026-10-25"),
                                              ("Australia/Lord_Howe", "2026-04-05"),
                                              ("America/St_Johns", "2026-03-08")])
def test_the_day_of_an_answer_across_a_clock_change(zone, transition) -> None:
    """Every 7.5 minutes over the two days around a clock change, for every rollover hour."""
    from zoneinfo import ZoneInfo

    from quizgen.study.records import from_micros, micros
    from quizgen.study.scheduler import study_day
    from quizgen.study.stats import _DayOf

    tz = ZoneInfo(zone)
    start = micros(datetime.fromisoformat(transition).replace(tzinfo=tz)) - 86_400_000_000
    for rollover in range(24):
        day_of = _DayOf(tz, rollover)
        for step in range(2 * 192):
            at = start + step * 450_000_000 + 1
            assert day_of(at) == study_day(from_micros(at), tz, rollover)


def test_studied_today_reads_as_anki_s_line() -> None:
    from quizgen.study.stats import StudiedToday

    assert StudiedToday().text() == "No cards have been studied today."
    assert StudiedToday.of([(1, 12_000, 1)]).text() == (
        "Studied 1 card in 0.2 minutes today (12 s/card) · Again 1 (0% correct)")
    today = StudiedToday.of([(10, 150_000, 2), (2, 60_000, 0)])  # two decks
    assert (today.answers, today.milliseconds, today.again) == (12, 210_000, 2)
    assert today.text() == "Studied 12 cards in 3.5 minutes today (17.5 s/card) · Again 2 (83% correct)"
    assert today.to_json() == {"cards": 12, "minutes": 3.5, "seconds_per_card": 17.5, "again": 2, "correct": 0.8333}
    assert StudiedToday().to_json() == {"cards": 0, "minutes": 0.0, "seconds_per_card": None, "again": 0,
                                        "correct": None}
