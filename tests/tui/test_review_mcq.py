"""Multiple-choice cards through the real app: right, wrong, rating override, all saved in the db."""

from __future__ import annotations

from fsrs import Rating

from quizgen.core.model import CardKind
from quizgen.tui.screens.review import Phase, ReviewScreen
from quizgen.tui.widgets.options import McqOptions, OptionRow
from quizgen.tui.widgets.rating_bar import RatingBar

from tui_helpers import SIZE, open_deck, pilot_test, reviews, settle

KEYS = "abcd"


@pilot_test
async def test_mcq_right_answer_is_marked_and_saved_as_good(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        presented = screen.presented
        assert presented.card.kind is CardKind.MCQ
        assert presented.card.id == "space:gagarin:1:mcq"
        await pilot.press(KEYS[presented.answer_index])
        assert screen.phase is Phase.GRADED
        assert screen.grade.verdict == "right"
        right_row = screen.query_one(f"#option-{presented.answer_index}", OptionRow)
        assert right_row.has_class("-right")
        assert screen.query_one(RatingBar).selected == Rating.Good
        assert "Vostok 1" in str(screen.query_one("#note").render())
        assert "first human in space" in str(screen.query_one("#source").render())
        assert reviews(db_path) == []  # nothing saved before the learner moves on
        await pilot.press("enter")
        await settle(pilot)
        assert screen.presented.card.id == "space:tereshkova:1:mcq"
    [row] = reviews(db_path)
    assert (row.card_id, row.verdict, row.rating, row.given) == (
        "space:gagarin:1:mcq", "right", Rating.Good, "Yuri Gagarin")
    assert row.options == presented.options


@pilot_test
async def test_mcq_wrong_answer_highlights_the_right_one_and_saves_again(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        presented = screen.presented
        wrong = (presented.answer_index + 1) % len(presented.options)
        await pilot.press(KEYS[wrong])
        assert screen.grade.verdict == "wrong"
        options = screen.query_one(McqOptions)
        assert options.query_one(f"#option-{wrong}").has_class("-wrong")
        assert options.query_one(f"#option-{presented.answer_index}").has_class("-right")
        assert screen.query_one(RatingBar).selected == Rating.Again
        await pilot.press("space")
        await settle(pilot)
    [row] = reviews(db_path)
    assert (row.verdict, row.rating, row.given) == ("wrong", Rating.Again, presented.options[wrong])


@pilot_test
async def test_rating_override_with_number_keys(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        await pilot.press(KEYS[screen.presented.answer_index])
        first = screen.presented.card.id
        await pilot.press("2")  # one rule: 1-4 saves that rating and moves on, as after a reveal
        await settle(pilot)
        assert screen.phase is Phase.ANSWERING and screen.presented.card.id != first
    [row] = reviews(db_path)
    assert (row.card_id, row.verdict, row.rating) == (first, "right", Rating.Hard)


@pilot_test
async def test_clicking_an_option_answers(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        index = screen.presented.answer_index
        assert await pilot.click(f"#option-{index}")
        assert screen.grade.verdict == "right"


@pilot_test
async def test_clicking_a_rating_changes_it(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        await pilot.press(KEYS[screen.presented.answer_index])
        assert await pilot.click("#rating-easy")
        assert screen.query_one(RatingBar).selected == Rating.Easy
        await pilot.press("enter")
        await settle(pilot)
    [row] = reviews(db_path)
    assert row.rating == Rating.Easy


@pilot_test
async def test_a_slow_right_answer_implies_hard(make_app, db_path, clock):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        clock.advance(seconds=40)  # longer than the 15 s hesitation setting
        await pilot.press(KEYS[screen.presented.answer_index])
        assert screen.grade.verdict == "right"
        assert screen.query_one(RatingBar).selected == Rating.Hard
        assert "hesitation" in str(screen.query_one("#verdict").render())
        await pilot.press("enter")
        await settle(pilot)
    [row] = reviews(db_path)
    assert (row.rating, row.duration_ms) == (Rating.Hard, 40_000)


@pilot_test
async def test_the_rating_bar_shows_when_each_rating_brings_the_card_back(make_app, db_path, clock):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        await pilot.press(KEYS[screen.presented.answer_index])
        chips = [str(chip.render()) for chip in screen.query_one(RatingBar).children]
        # A new card, learning steps 1m 10m: what the scheduler decides, as written on Anki's buttons.
        assert chips[:3] == ["1 Again 1m", "2 Hard 6m", "3 Good 10m"]
        assert chips[3].startswith("4 Easy ") and chips[3].endswith("d")
        card_id = screen.presented.card.id
        await pilot.press("4")
        await settle(pilot)
    [row] = reviews(db_path)
    easy_days = (row.state_after.memory.due - row.reviewed_at).days
    assert row.card_id == card_id and chips[3] == f"4 Easy {easy_days}d"
