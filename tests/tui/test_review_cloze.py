"""Fill-in-the-blank cards through the real app: typed right, almost, wrong, and reveal."""

from __future__ import annotations

from fsrs import Rating
from textual.widgets import Input
from tui_helpers import SIZE, open_deck, pilot_test, reviews, settle

from quizgen.core.model import CardKind
from quizgen.tui.screens.review import Phase
from quizgen.tui.widgets.diff_view import DiffView
from quizgen.tui.widgets.rating_bar import RatingBar


async def type_answer(pilot, text: str) -> None:
    for char in text:
        await pilot.press(char if char != " " else "space")
    await pilot.press("enter")


@pilot_test
async def test_typed_right_ignores_case_and_saves_good(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "words")
        screen = app.screen
        assert screen.presented.card.kind is CardKind.CLOZE
        assert screen.presented.card.id == "words:canberra:1:cloze"
        assert screen.query_one("#typed", Input).has_focus
        await type_answer(pilot, "canberra")
        assert screen.phase is Phase.GRADED
        assert screen.grade.verdict == "right"
        assert not screen.query_one(DiffView).display  # nothing to mark on a right answer
        assert screen.query_one(RatingBar).selected == Rating.Good
        await pilot.press("enter")
        await settle(pilot)
        assert screen.presented.card.id == "words:iron:1:cloze"
    [row] = reviews(db_path)
    assert (row.card_id, row.verdict, row.rating, row.given) == ("words:canberra:1:cloze", "right", Rating.Good, "canberra")


@pilot_test
async def test_typed_almost_shows_the_diff_and_implies_hard(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "words")
        screen = app.screen
        await type_answer(pilot, "Canbera")
        assert screen.grade.verdict == "almost"
        diff = screen.query_one(DiffView)
        assert diff.display
        assert ("missing", "r") in diff.diff
        rendered = diff.render()
        assert "You typed  Canbera" in rendered.plain and "Answer     Canberra" in rendered.plain
        missing = [span for span in rendered.spans if "green" in str(span.style)]
        assert [rendered.plain[s.start:s.end] for s in missing] == ["r"]
        assert screen.query_one(RatingBar).selected == Rating.Hard
        await pilot.press("enter")
        await settle(pilot)
    [row] = reviews(db_path)
    assert (row.verdict, row.rating, row.given) == ("almost", Rating.Hard, "Canbera")


@pilot_test
async def test_you_typed_shows_exactly_the_keystrokes_with_the_diff_beside(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "words")
        screen = app.screen
        await type_answer(pilot, "  CANBEERRA ")  # forgiven case and spaces, one extra letter
        assert screen.grade.verdict == "almost"
        rendered = screen.query_one(DiffView).render()
        typed_line = rendered.plain.splitlines()[0]
        assert typed_line == "You typed    CANBEERRA "  # as keyed: not "CanbErra"
        marked = [rendered.plain[s.start:s.end] for s in rendered.spans if "red" in str(s.style)]
        assert marked == ["E"]
        assert rendered.plain.splitlines()[1] == "Answer     Canberra"


@pilot_test
async def test_typed_wrong_marks_what_was_typed_and_saves_again(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "words")
        screen = app.screen
        await type_answer(pilot, "Sydney")
        assert screen.grade.verdict == "wrong"
        rendered = screen.query_one(DiffView).render()
        wrong = [rendered.plain[s.start:s.end] for s in rendered.spans if "red" in str(s.style)]
        assert "".join(wrong) and set("".join(wrong)) <= set("Sydney")
        assert screen.query_one(RatingBar).selected == Rating.Again
        await pilot.press("3")  # the learner overrides (it was a slip): saved at once
        await settle(pilot)
    [row] = reviews(db_path)
    assert (row.verdict, row.rating, row.given) == ("wrong", Rating.Good, "Sydney")


@pilot_test
async def test_enter_on_empty_reveals_then_a_number_rates_and_moves_on(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "words")
        screen = app.screen
        await pilot.press("enter")
        assert screen.phase is Phase.REVEALED
        assert screen.grade.verdict == "revealed"
        assert "Canberra" in str(screen.query_one("#fact").render())
        assert screen.query_one(RatingBar).selected is None  # the learner rates a reveal
        await pilot.press("enter")  # Enter alone does not rate a reveal
        assert screen.phase is Phase.REVEALED and reviews(db_path) == []
        await pilot.press("2")
        await settle(pilot)
        assert screen.phase is Phase.ANSWERING
        assert screen.presented.card.id == "words:iron:1:cloze"
    [row] = reviews(db_path)
    assert (row.verdict, row.rating, row.given) == ("revealed", Rating.Hard, "")
