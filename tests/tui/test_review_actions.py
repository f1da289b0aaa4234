"""Undo, bury, suspend, leeches, and quitting then resuming on the same collection."""

from __future__ import annotations

import pytest
from datetime import date

from fsrs import Rating
from tui_helpers import SIZE, open_deck, pilot_test, reviews, settle, static_text

from quizgen.study.settings import Settings
from quizgen.study.store import Collection
from quizgen.tui import messages
from quizgen.tui.screens.deck_list import DeckListScreen
from quizgen.tui.screens.review import Phase, ReviewScreen
from quizgen.tui.screens.summary import SummaryScreen
from quizgen.tui.widgets.deck_table import DeckTable

KEYS = "abcd"


def card_state(db_path, card_id):
    collection = Collection.open(db_path)
    try:
        return collection.card_state(card_id)
    finally:
        collection.close()


async def answer_mcq(pilot, right: bool = True) -> None:
    presented = pilot.app.screen.presented
    index = presented.answer_index if right else (presented.answer_index + 1) % len(presented.options)
    await pilot.press(KEYS[index], "enter")
    await settle(pilot)


@pilot_test
async def test_undo_restores_the_card_and_its_history(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        await answer_mcq(pilot)
        await answer_mcq(pilot, right=False)
        assert [r.card_id for r in reviews(db_path)] == ["space:gagarin:1:mcq", "space:tereshkova:1:mcq"]
        assert screen.presented.card.id == "space:leonov:1:mcq"
        await pilot.press("u")
        await settle(pilot)
        assert screen.phase is Phase.ANSWERING
        assert screen.presented.card.id == "space:tereshkova:1:mcq"  # the undone card shows again
        assert [r.card_id for r in reviews(db_path)] == ["space:gagarin:1:mcq"]
        assert card_state(db_path, "space:tereshkova:1:mcq") is None  # never answered, as before
        await pilot.press("u")
        await settle(pilot)
        assert screen.presented.card.id == "space:gagarin:1:mcq"
        assert reviews(db_path) == []
        await answer_mcq(pilot)  # answered again from scratch
    [row] = reviews(db_path)
    assert row.state_before is None and row.rating == Rating.Good


@pilot_test
async def test_bury_hides_the_card_and_its_siblings_until_tomorrow(make_app, db_path, clock):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        await pilot.press("B")  # on an MCQ waiting for its answer, `b` is option B: `B` buries
        await settle(pilot)
        assert screen.presented.card.id == "space:tereshkova:1:mcq"
        await pilot.press("b")  # here `b` answers option B
        assert screen.phase is Phase.GRADED
        await pilot.press("b")  # once answered, `b` buries (the unsaved answer is dropped)
        await settle(pilot)
        assert screen.presented.card.id == "space:leonov:1:mcq"
    assert reviews(db_path) == []
    tomorrow = date(2026, 3, 11)
    for card_id in ("space:gagarin:1:mcq", "space:gagarin:1:cloze", "space:tereshkova:1:cloze"):
        assert card_state(db_path, card_id).buried_until == tomorrow


@pilot_test
async def test_bury_a_cloze_card_after_leaving_the_answer_box(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "words")
        screen = app.screen
        await pilot.press("b")  # typed into the answer box
        assert screen.query_one("#typed").value == "b"
        await pilot.press("escape", "b")
        await settle(pilot)
        assert screen.presented.card.id == "words:iron:1:cloze"
        assert screen.query_one("#typed").value == ""
    assert card_state(db_path, "words:canberra:1:cloze").buried_until is not None


@pilot_test
async def test_suspend_takes_the_card_out_of_study(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        await pilot.press("s")
        await settle(pilot)
        # Only this card is suspended; its fact's cloze waits for a later day (recall after recognition).
        assert screen.presented.card.id == "space:tereshkova:1:mcq"
    state = card_state(db_path, "space:gagarin:1:mcq")
    assert state.suspended and state.memory is None
    cloze = card_state(db_path, "space:gagarin:1:cloze")
    assert not cloze.suspended and cloze.buried_until is not None
    assert reviews(db_path) == []


@pilot_test
async def test_quit_shows_the_summary_and_a_second_app_resumes_with_the_state_kept(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        await answer_mcq(pilot)
        await answer_mcq(pilot, right=False)
        await pilot.press(KEYS[app.screen.presented.answer_index])  # answered, not yet moved on
        await pilot.press("q")  # an answer already given is saved on quit
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        summary = app.screen.summary
        assert (summary.answers, summary.right) == (3, 2)
        table = static_text(app.screen.query_one("#summary-table"))
        assert "67%" in table
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DeckListScreen)
        [space] = [c for c in app.screen.query_one(DeckTable).counts if c.deck_id == "space"]
        assert space.learning == 3
    assert len(reviews(db_path)) == 3

    second = make_app()
    async with second.run_test(size=SIZE) as pilot:
        await settle(pilot)
        [space] = [c for c in second.screen.query_one(DeckTable).counts if c.deck_id == "space"]
        assert space.learning == 3
        await open_deck(pilot, "space")
        assert second.screen.presented.card.id == "space:armstrong:1:mcq"
        await answer_mcq(pilot)
    assert [r.card_id for r in reviews(db_path)][-1] == "space:armstrong:1:mcq"


LEECH_DECK = """\
title: One fact
id: one
facts:
  - id: canberra
    text: "Australia's parliament sits in {Canberra}."
    type: place
"""


@pytest.mark.slow
@pilot_test
async def test_a_card_that_lapses_too_often_becomes_a_leech_with_a_notice(make_app, db_path, clock, tmp_path):
    deck_file = tmp_path / "one.yaml"
    deck_file.write_text(LEECH_DECK, encoding="utf-8")
    posted: list[object] = []
    app = make_app([deck_file], settings=Settings(enable_fuzzing=False, leech_threshold=2))

    async def answer(pilot, text: str, rating: str) -> None:
        await pilot.press(*text, "enter", rating)
        await settle(pilot)

    async def next_day(pilot) -> None:
        assert isinstance(app.screen, SummaryScreen)  # nothing left today
        clock.advance(days=40)
        await pilot.press("enter")
        await open_deck(pilot, "one")
        assert app.screen.presented.state == "review"

    async with app.run_test(size=SIZE, message_hook=posted.append) as pilot:
        await open_deck(pilot, "one")
        await answer(pilot, "Canberra", "3")  # new -> learning; shown again at once (learn ahead)
        clock.advance(minutes=11)
        await answer(pilot, "Canberra", "3")  # -> review
        await next_day(pilot)
        await answer(pilot, "Sydney", "1")  # lapse 1 -> relearning
        clock.advance(minutes=11)
        await answer(pilot, "Canberra", "3")  # -> review
        await next_day(pilot)
        assert not [m for m in posted if getattr(m, "notice", None) and "Leech" in m.notice]
        await answer(pilot, "Sydney", "1")  # lapse 2 -> leech, suspended
        assert isinstance(app.screen, SummaryScreen)
    notices = [m.notice for m in posted if isinstance(m, (messages.CardReady, messages.SessionEnded)) and m.notice]
    assert any("Leech" in n for n in notices)
    state = card_state(db_path, "one:canberra:1:cloze")
    assert state.leech and state.suspended and state.lapses == 2


@pytest.mark.parametrize("key", ["B", "s"])
@pilot_test
async def test_undo_after_a_bury_or_suspend_takes_back_that_not_the_answer_before(make_app, db_path, key):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        await answer_mcq(pilot)  # Gagarin's MCQ, saved
        assert screen.presented.card.id == "space:tereshkova:1:mcq"
        await pilot.press(key)  # bury (B) or suspend (s) Tereshkova's MCQ
        await settle(pilot)
        assert screen.presented.card.id == "space:leonov:1:mcq"
        await pilot.press("u")
        await settle(pilot)
        assert screen.presented.card.id == "space:tereshkova:1:mcq"  # back, as it was
        state = card_state(db_path, "space:tereshkova:1:mcq")
        assert state is None or not (state.suspended or state.buried_until)
        assert card_state(db_path, "space:tereshkova:1:cloze") is None
        assert [row.card_id for row in reviews(db_path)] == ["space:gagarin:1:mcq"]  # the answer stays
        await pilot.press("u")  # then the answer
        await settle(pilot)
        assert screen.presented.card.id == "space:gagarin:1:mcq" and reviews(db_path) == []
