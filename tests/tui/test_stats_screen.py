"""The stats screen: a loading state until its worker delivers, the year heatmap and true retention per
deck from a real history, and `t` from the review screen (the same card on return, its clock paused)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import fsrs
from tui_helpers import DECKS, SIZE, FrozenClock, open_deck, pilot_test, settle, static_text

from quizgen.study.cardcache import load_catalog
from quizgen.study.session import StudySession
from quizgen.study.settings import Settings
from quizgen.study.store import Collection
from quizgen.tui.screens import stats as stats_screen
from quizgen.tui.screens.review import ReviewScreen
from quizgen.tui.screens.stats import LOADING, StatsScreen, answers_text
from quizgen.tui.widgets.heatmap import Heatmap


def _answer(session: StudySession, right: bool) -> None:
    presented = session.current()
    assert presented is not None
    if presented.options is not None:
        session.answer_choice(presented.answer_index if right else (presented.answer_index + 1) % len(presented.options))
    else:
        session.answer_text(presented.card.answer if right else "zzzz qqqq")
    session.rate()


def _history(db_path, start: datetime) -> None:
    """Day 1: the space deck's four MCQs, twice (they graduate); three days later: three of them pass
    their first review and one fails."""
    clock = FrozenClock(start)
    with Collection.open(db_path) as collection:
        session = StudySession(collection, load_catalog([DECKS]), clock=clock,
                               settings=Settings(enable_fuzzing=False), tz=UTC)
        session.start("space")
        for _ in range(4):
            _answer(session, right=True)
        clock.advance(minutes=10)
        for _ in range(4):
            _answer(session, right=True)
        clock.advance(days=3)
        session.start("space")
        for right in (True, True, False, True):
            assert session.current().state == "review"
            _answer(session, right)


@pilot_test
async def test_the_stats_screen_says_it_is_loading_until_the_figures_come(make_app, monkeypatch):
    gate = threading.Event()
    real = stats_screen.compute_stats

    def slow_compute(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(stats_screen, "compute_stats", slow_compute)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        for _ in range(3):
            await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        assert screen.query_one("#stats-loading").display
        assert static_text(screen.query_one("#stats-loading")).strip() == LOADING
        assert not screen.query_one("#stats-content").display  # no zeros, no empty boxes
        gate.set()
        await settle(pilot)
        assert not screen.query_one("#stats-loading").display
        assert screen.query_one("#stats-content").display
        assert "0 days" in static_text(screen.query_one("#streak"))


@pilot_test
async def test_heatmap_and_true_retention_by_deck(make_app, db_path, clock):
    _history(db_path, clock.now - timedelta(days=5))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        grid = screen.query_one(Heatmap).grid
        assert grid is not None and len(grid.rows) == 7 and len(grid.rows[0]) in (53, 54)
        studied = [(column, weekday, level) for weekday, row in enumerate(grid.rows)
                   for column, level in enumerate(row) if level]
        first_day = (clock.now - timedelta(days=5)).date()
        review_day = first_day + timedelta(days=3)
        # Eight answers on the first day (the busiest: level 4), four on the review day (level 2).
        assert [(weekday, level) for _, weekday, level in studied] == [(first_day.weekday(), 4),
                                                                       (review_day.weekday(), 2)]
        assert grid.today == (len(grid.rows[0]) - 1, clock.now.date().weekday())
        lines = screen.query_one(Heatmap).render().plain.splitlines()
        assert [line[:4] for line in lines[1:8]] == ["Mon ", "    ", "Wed ", "    ", "Fri ", "    ", "Sun "]
        assert all(len(line) <= 4 + len(grid.rows[0]) for line in lines)  # fits its box, nothing wrapped
        assert "12 answers on 2 days" in screen.query_one("#year-box").border_subtitle
        table = static_text(screen.query_one("#deck-retention"))
        row = next(line for line in table.splitlines() if "Space firsts" in line)
        assert row.count("75.0% of 4") == 2  # last 30 days and all time: 3 of 4 reviews passed
        assert "75.0%" in static_text(screen.query_one("#retention"))


@pilot_test
async def test_t_on_the_review_screen_opens_stats_and_returns_to_the_same_card(make_app, clock):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        review = app.screen
        assert isinstance(review, ReviewScreen)
        card_id = review.presented.card.id
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, StatsScreen)
        clock.advance(minutes=5)  # reading the stats: longer than the 15 s that makes an answer Hard
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is review and review.presented.card.id == card_id
        await pilot.press("abcd"[review.presented.answer_index])
        await settle(pilot)
        assert review.grade is not None and review.grade.verdict == "right"
        assert review.grade.rating == fsrs.Rating.Good  # the time away did not count
        assert review.grade.seconds < 1


def test_counts_of_answers_read_as_english() -> None:
    assert [answers_text(n) for n in (0, 1, 2, 12580)] == ["0 answers", "1 answer", "2 answers", "12,580 answers"]
