"""The deck list, the help, the stats screen and studying every deck at once."""

from __future__ import annotations

from tui_helpers import SIZE, open_deck, pilot_test, settle, static_text

from quizgen.tui.screens.deck_list import DeckListScreen
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.review import ReviewScreen
from quizgen.tui.screens.stats import StatsScreen
from quizgen.tui.widgets.charts import BarRows, ColumnChart
from quizgen.tui.widgets.deck_table import DeckTable


@pilot_test
async def test_deck_list_shows_todays_counts_per_deck(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, DeckListScreen)
        counts = {c.deck_id: (c.new, c.learning, c.due) for c in app.screen.query_one(DeckTable).counts}
        # One card per fact a day: four facts each, nothing learnt yet.
        assert counts == {"space": (4, 0, 0), "words": (4, 0, 0)}
        assert "all decks: 8 new · 0 learning · 0 due" in static_text(app.screen.query_one("#totals"))


@pilot_test
async def test_question_mark_shows_the_keys_and_escape_closes_them(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = static_text(app.screen.query_one("#help-table"))
        for key in ("undo the last action", "bury", "suspend", "end the session"):
            assert key in text
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


@pilot_test
async def test_study_all_starts_with_the_first_deck_and_stats_count_the_answers(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert screen.presented.card.id == "space:gagarin:1:mcq"
        assert screen.presented.remaining.new == 8  # every deck
        await pilot.press("abcd"[screen.presented.answer_index], "enter")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, StatsScreen)
        assert app.screen.query_one("#reviews-chart", ColumnChart).values[-1] == 1  # today
        states = dict(app.screen.query_one("#states-chart", BarRows).rows)
        assert states["learning"] == 1 and states["new"] == 11
        assert "1 day" in static_text(app.screen.query_one("#streak"))
