"""The card browser, card info, edit in $EDITOR and custom study, driven by Pilot on the real app
(a real collection under tmp_path, the catalog through the card cache)."""

from __future__ import annotations

import shutil
import stat
import sys
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, OptionList, Select
from tui_helpers import DECKS, SIZE, open_deck, pilot_test, reviews, settle, static_text

from quizgen.study.settings import Settings
from quizgen.study.store import Collection
from quizgen.tui.screens.browser import PAGE, BrowserScreen, column_layout
from quizgen.tui.screens.card_info import CardInfoScreen, ForgettingCurve
from quizgen.tui.screens.confirm import ConfirmScreen
from quizgen.tui.screens.custom_study import CustomStudyScreen
from quizgen.tui.screens.deck_list import DeckListScreen
from quizgen.tui.screens.review import ReviewScreen
from quizgen.tui.screens.summary import SummaryScreen


def rows(screen: BrowserScreen) -> list[str]:
    table = screen.query_one(DataTable)
    return [str(key.value) for key in table.rows]


async def search(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    screen = pilot.app.screen
    await pilot.press("slash")
    screen.query_one("#query", Input).value = text
    await pilot.press("enter")
    await settle(pilot)


async def open_browser(pilot) -> BrowserScreen:  # type: ignore[no-untyped-def]
    """Open the browser from the deck list; the search box has the focus, as in Anki."""
    await settle(pilot)
    await pilot.press("b")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, BrowserScreen)
    assert screen.query_one("#query", Input).has_focus
    return screen


async def to_the_cards(pilot) -> None:  # type: ignore[no-untyped-def]
    """Leave the search box for the table, as a user does before pressing the browser's keys."""
    await pilot.press("tab")
    assert pilot.app.screen.query_one(DataTable).has_focus


async def answer_first_card(pilot) -> str:  # type: ignore[no-untyped-def]
    """Study the space deck's first card (right), back to the deck list; its id."""
    await open_deck(pilot, "space")
    review = pilot.app.screen
    card_id = review.presented.card.id
    await pilot.press("abcd"[review.presented.answer_index], "enter")
    await settle(pilot)
    await pilot.press("q")
    await settle(pilot)
    await pilot.press("enter")  # the summary, back to the decks
    await settle(pilot)
    return card_id


def state_of(db_path: Path, card_id: str):  # type: ignore[no-untyped-def]
    with Collection.open(db_path) as collection:
        return collection.card_state(card_id)


@pilot_test
async def test_browse_searches_and_sorts(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browser(pilot)
        assert len(rows(screen)) == 12  # space: 4 facts x (MCQ + cloze); words: 4 cloze cards
        assert "12 cards · page 1 of 1 · sorted by deck" in static_text(screen.query_one("#browse-status"))
        await search(pilot, "deck:space kind:mcq")
        assert rows(screen) == ["space:gagarin:1:mcq", "space:tereshkova:1:mcq", "space:leonov:1:mcq",
                                "space:armstrong:1:mcq"]
        await search(pilot, '"first woman" or canberra')
        assert rows(screen) == ["space:tereshkova:1:cloze", "space:tereshkova:1:mcq", "words:canberra:1:cloze"]
        await search(pilot, "is:sleepy")
        error = static_text(screen.query_one("#query-error"))
        assert "`is:sleepy`: use one of is:new" in error
        assert rows(screen) == ["space:tereshkova:1:cloze", "space:tereshkova:1:mcq", "words:canberra:1:cloze"]
        await search(pilot, "")
        await pilot.press("o")  # sort: deck -> due
        await settle(pilot)
        assert "sorted by due" in static_text(screen.query_one("#browse-status"))
        table = screen.query_one(DataTable)
        laps = table.get_column_index("lapses")
        table.post_message(DataTable.HeaderSelected(table, table.ordered_columns[laps].key, laps,
                                                    table.ordered_columns[laps].label))  # a click on "Laps"
        await settle(pilot)
        assert "sorted by lapses" in static_text(screen.query_one("#browse-status"))
        await pilot.press("escape")
        assert isinstance(app.screen, DeckListScreen)


def test_the_columns_fit_the_screen_and_the_question_gets_the_room() -> None:
    for width in (60, 80, 100, 110, 130, 160):
        columns = column_layout(width)
        used = sum(size for _, _, size, _ in columns) + 2 * len(columns) + 4
        assert used == width
        sizes = {key: size for key, _, size, _ in columns}
        assert sizes["question"] >= 20 and sizes["question"] == max(sizes.values())
    assert "deck" not in dict((key, 0) for key, *_ in column_layout(100))
    assert {"deck", "ivl", "diff"} <= {key for key, *_ in column_layout(130)}


@pilot_test
async def test_text_with_brackets_shows_as_written(make_app, tmp_path):
    deck = tmp_path / "markup.yaml"
    deck.write_text('title: "Rich [red]markup[/]"\nid: markup\nfacts:\n'
                    '  - text: "In Rich, [/b] closes {bold} text and [red] starts red."\n    type: term\n'
                    '    tags: ["[x]"]\n', encoding="utf-8")
    app = make_app([deck])
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browser(pilot)
        await to_the_cards(pilot)
        table = screen.query_one(DataTable)
        assert len(rows(screen)) == 1
        card_id = rows(screen)[0]
        assert table.get_cell(card_id, "question").plain == "In Rich, [/b] closes ____ text and [red] starts red."
        await pilot.press("i")
        await settle(pilot)
        text = static_text(app.screen.query_one("#info-facts"))
        assert "In Rich, [/b] closes bold text and [red] starts red." in text and "[x]" in text
        assert "Rich [red]markup[/]" in text


@pilot_test
async def test_a_big_deck_is_paged(make_app, tmp_path):
    deck = tmp_path / "numbers.yaml"
    facts = "\n".join(f'  - id: f{i}\n    text: "Locker {i} holds {{item {i}}}."\n    type: term' for i in range(150))
    deck.write_text(f"title: Lockers\nid: lockers\nfacts:\n{facts}\n", encoding="utf-8")
    app = make_app([deck])
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browser(pilot)
        await to_the_cards(pilot)
        ordered = app.catalog.part("lockers").ids  # deck order: each fact's cloze, then its MCQ
        assert len(ordered) == 300
        assert rows(screen) == list(ordered[:PAGE])
        assert "300 cards · page 1 of 3" in static_text(screen.query_one("#browse-status"))
        await pilot.press("right_square_bracket")
        assert rows(screen) == list(ordered[PAGE:2 * PAGE])
        await pilot.press("right_square_bracket", "right_square_bracket")  # no page past the last
        assert rows(screen) == list(ordered[2 * PAGE:])
        assert "page 3 of 3" in static_text(screen.query_one("#browse-status"))
        await pilot.press("left_square_bracket")
        assert rows(screen)[0] == ordered[PAGE]


@pilot_test
async def test_suspend_bury_and_reset_through_the_store(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        card_id = await answer_first_card(pilot)
        screen = await open_browser(pilot)
        await search(pilot, "-is:new")
        assert rows(screen) == [card_id]
        await pilot.press("s")
        await settle(pilot)
        assert state_of(db_path, card_id).suspended
        assert "susp" in str(screen.query_one(DataTable).get_cell(card_id, "state"))
        await pilot.press("s")
        await settle(pilot)
        assert not state_of(db_path, card_id).suspended
        await pilot.press("b")
        await settle(pilot)
        assert state_of(db_path, card_id).buried_until is not None
        await search(pilot, "is:buried")
        assert rows(screen) == ["space:gagarin:1:cloze", card_id]  # its new cloze waits until tomorrow too
        await search(pilot, "is:buried kind:mcq")
        assert rows(screen) == [card_id]
        await pilot.press("r")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        state = state_of(db_path, card_id)
        assert state is None or (state.memory is None and state.buried_until is None)
        assert [row.card_id for row in reviews(db_path)] == [card_id]  # the history stays
        assert "Reset to new (history kept)" in static_text(screen.query_one("#browse-message"))
        await search(pilot, "is:new deck:space kind:mcq")
        assert card_id in rows(screen)
        # The deck list counts it as new again.
        await pilot.press("escape")
        await settle(pilot)
        assert "8 new" in static_text(app.screen.query_one("#totals"))


@pilot_test
async def test_card_info_from_the_browser_and_the_review_screen(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        card_id = await answer_first_card(pilot)
        await open_browser(pilot)
        await search(pilot, "-is:new")
        await pilot.press("i")
        await settle(pilot)
        info = app.screen
        assert isinstance(info, CardInfoScreen)
        text = static_text(info.query_one("#info-facts"))
        assert "Yuri Gagarin was the first human in space." in text
        assert "A short history of space firsts" in text  # its source
        assert "Stability" in text and "Difficulty" in text and "Retrievability" in text
        assert info.info is not None and 0.99 < info.info.retrievability <= 1.0  # just answered
        plot = info.query_one(ForgettingCurve)
        assert plot.display
        drawn = plot.plt.build()
        assert sum("\u2800" < char <= "\u28ff" for char in drawn) > 20  # the curve, in braille dots
        curve = info.info.curve
        assert curve[0][1] > curve[-1][1]  # recall falls with time
        table = info.query_one("#reviews", DataTable)
        assert table.row_count == 1 and "Good" in str(table.get_row_at(0)[1])
        await pilot.press("escape")
        assert isinstance(app.screen, BrowserScreen)
        await pilot.press("escape")
        await open_deck(pilot, "space")
        review = app.screen
        shown = review.presented.card.id
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, CardInfoScreen)
        assert app.screen.card_id == shown != card_id
        assert "new (never answered)" in static_text(app.screen.query_one("#info-facts"))
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is review and review.presented.card.id == shown


@pilot_test
async def test_suspending_the_card_on_screen_from_the_browser_moves_the_review_on(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        review = app.screen
        shown = review.presented.card.id
        await pilot.press("slash")
        await settle(pilot)
        browser = app.screen
        assert isinstance(browser, BrowserScreen)
        await search(pilot, f"fact:{shown.split(':')[1]} kind:mcq")
        assert rows(browser) == [shown]
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is review
        assert review.presented.card.id != shown
        assert state_of(db_path, shown).suspended


def fake_editor(tmp_path: Path, body: str) -> str:
    """A script standing in for $EDITOR: it logs its arguments, then runs `body` on the file."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import pathlib, sys\n"
        f"pathlib.Path({str(tmp_path / 'editor.args')!r}).write_text(' '.join(sys.argv[1:]))\n"
        "path = pathlib.Path(sys.argv[2])\n"
        "text = path.read_text()\n"
        f"{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return f"{sys.executable} {script}"


def copy_decks(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    shutil.copytree(DECKS, folder)
    return folder


@pilot_test
async def test_edit_opens_the_fact_in_the_editor_and_reloads_the_deck(make_app, tmp_path, db_path, monkeypatch):
    decks = copy_decks(tmp_path)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", fake_editor(
        tmp_path, "path.write_text(text.replace('first woman in space', 'first woman to fly in space'))"))
    app = make_app([decks])
    async with app.run_test(size=SIZE) as pilot:
        card_id = await answer_first_card(pilot)
        screen = await open_browser(pilot)
        await search(pilot, "tereshkova kind:cloze")
        await pilot.press("e")
        await settle(pilot)
        deck_file = decks / "space.yaml"
        line = next(n for n, text in enumerate(deck_file.read_text().splitlines(), 1) if "id: tereshkova" in text)
        assert (tmp_path / "editor.args").read_text() == f"+{line} {deck_file}"
        assert app.catalog.card("space:tereshkova:1:cloze").full_text == (
            "Valentina Tereshkova was the first woman to fly in space.")
        assert app.session.catalog is app.catalog
        assert "Reloaded Space firsts." in static_text(screen.query_one("#browse-message"))
        await search(pilot, '"to fly"')
        assert rows(screen) == ["space:tereshkova:1:cloze", "space:tereshkova:1:mcq"]
        assert [row.card_id for row in reviews(db_path)] == [card_id]


@pilot_test
async def test_an_editor_that_cannot_start_is_a_message(make_app, tmp_path, monkeypatch):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(tmp_path / "no-such-editor"))
    app = make_app([copy_decks(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browser(pilot)
        await to_the_cards(pilot)
        await pilot.press("e")
        await settle(pilot)
        message = static_text(screen.query_one("#browse-message"), width=1000)  # one line: the path is long
        assert "Could not start the editor" in message and "Set $EDITOR" in message
        assert isinstance(app.screen, BrowserScreen) and len(rows(screen)) == 12


@pilot_test
async def test_a_broken_edit_shows_the_error_and_keeps_cards_and_history(make_app, tmp_path, db_path, monkeypatch):
    decks = copy_decks(tmp_path)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "path.write_text(text.replace('title: Space firsts', ''))"))
    app = make_app([decks])
    async with app.run_test(size=SIZE) as pilot:
        card_id = await answer_first_card(pilot)
        catalog = app.catalog
        screen = await open_browser(pilot)
        await to_the_cards(pilot)
        await pilot.press("e")
        await settle(pilot)
        message = static_text(screen.query_one("#browse-message"), width=1000)
        assert "no longer checks" in message and "history is kept" in message
        assert "space.yaml" in message and "title" in message  # the loader's own problem line
        assert app.catalog is catalog and len(rows(screen)) == 12  # the cards as they were
        assert [row.card_id for row in reviews(db_path)] == [card_id]
        assert state_of(db_path, card_id).memory is not None


@pilot_test
async def test_cram_does_not_touch_scheduling_and_says_so(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        card_id = await answer_first_card(pilot)
        before = state_of(db_path, card_id)
        await pilot.press("c")
        await settle(pilot)
        custom = app.screen
        assert isinstance(custom, CustomStudyScreen)
        custom.query_one("#mode", OptionList).highlighted = 4  # cram
        custom.query_one("#deck", Select).value = "space"
        await pilot.pause()
        custom.query_one("#amount", Input).value = "4"
        assert "NOT saved" in static_text(custom.query_one("#mode-help"))
        await pilot.press("ctrl+s")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert "Cram: answers are not saved" in static_text(review.query_one("#deck-title"))
        assert review.presented.card.id == card_id  # studied cards first (soonest due), then the others
        for _ in range(4):
            presented = review.presented
            if presented.options is not None:
                await pilot.press("abcd"[presented.answer_index], "enter")
            else:
                review.query_one("#typed", Input).value = presented.card.answer
                await pilot.press("enter")
                await settle(pilot)
                await pilot.press("enter")
            await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert [row.card_id for row in reviews(db_path)] == [card_id]  # nothing saved
        assert state_of(db_path, card_id) == before
        assert app.session is app.main_session
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DeckListScreen)


@pilot_test
async def test_extra_new_cards_today(make_app):
    app = make_app(settings=Settings(enable_fuzzing=False, new_per_day=1))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "2 new" in static_text(app.screen.query_one("#totals"))
        await pilot.press("c")
        await settle(pilot)
        custom = app.screen
        custom.query_one("#deck", Select).value = "space"
        custom.query_one("#amount", Input).value = "2"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, DeckListScreen)
        assert "4 new" in static_text(app.screen.query_one("#totals"))  # space 1 + 2, words 1


@pytest.mark.parametrize("leave", ["escape", "tab", "down"])
@pilot_test
async def test_the_search_box_has_the_focus_and_the_keys_act_only_on_the_table(make_app, db_path, leave):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browser(pilot)
        box = screen.query_one("#query", Input)
        # Typing goes into the box: no key acts on the cards (`e` would open the editor, `s` suspend).
        await pilot.press(*"queso bier")
        await settle(pilot)
        assert box.value == "queso bier" and box.has_focus
        assert isinstance(app.screen, BrowserScreen) and not screen.marked
        assert reviews(db_path) == [] and state_of(db_path, rows(screen)[0]) is None
        assert "sorted by deck" in static_text(screen.query_one("#browse-status"))
        await pilot.press(leave)
        assert screen.query_one(DataTable).has_focus and isinstance(app.screen, BrowserScreen)
        first = rows(screen)[0]
        await pilot.press("s")
        await settle(pilot)
        assert state_of(db_path, first).suspended  # on the table, `s` suspends
        await pilot.press("slash")
        assert box.has_focus


@pilot_test
async def test_sorting_while_a_search_cannot_be_read_sorts_the_results_on_screen_at_once(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        card_id = await answer_first_card(pilot)  # the one card with a due date
        screen = await open_browser(pilot)
        await search(pilot, "deck:space kind:mcq")
        in_deck_order = rows(screen)
        assert in_deck_order[0] == card_id
        await search(pilot, "deck:space (kind:mcq")  # cannot be read
        error = screen.query_one("#query-error")
        assert error.display and "last search that could be read (`deck:space kind:mcq`)" in static_text(error)
        assert screen.query_one("#query", Input).has_focus  # the box keeps the focus, to mend the search
        await to_the_cards(pilot)
        await pilot.press("O")  # reversed: applies now, to the results on screen
        await settle(pilot)
        assert rows(screen) == in_deck_order[::-1]
        assert "4 cards · page 1 of 1 · sorted by deck (reversed)" in static_text(screen.query_one("#browse-status"))
        assert error.display  # the box still holds the search that cannot be read, and says so
        await pilot.press("o")  # deck -> due, still reversed: the answered card (due soonest) last
        await settle(pilot)
        by_due = rows(screen)
        assert sorted(by_due) == sorted(in_deck_order) and by_due[-1] == card_id
        assert "sorted by due (reversed)" in static_text(screen.query_one("#browse-status"))
        # Once the search is mended, the order asked for is the one it gets, and nothing more changes.
        await search(pilot, "deck:space kind:mcq")
        assert not error.display and rows(screen) == by_due


@pytest.mark.parametrize("route", ["browser", "review"])
@pilot_test
async def test_a_suspended_mcq_never_brings_its_cloze_the_same_day(make_app, db_path, clock, route):
    """Recognition first, recall on a later day, whichever route suspended the MCQ."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        if route == "browser":
            screen = await open_browser(pilot)
            await search(pilot, "fact:gagarin kind:mcq")
            assert rows(screen) == ["space:gagarin:1:mcq"]
            await pilot.press("s")
            await settle(pilot)
            assert "Suspended. Its fact's other cards wait until tomorrow." in static_text(
                screen.query_one("#browse-message"))
            await search(pilot, "fact:gagarin")
            assert "buried" in str(screen.query_one(DataTable).get_cell("space:gagarin:1:cloze", "state"))
            await pilot.press("escape")
        await open_deck(pilot, "space")
        review = app.screen
        if route == "review":
            assert review.presented.card.id == "space:gagarin:1:mcq"
            await pilot.press("s")
            await settle(pilot)
        shown = []
        while isinstance(app.screen, ReviewScreen):
            presented = review.presented
            shown.append(presented.card.id)
            if presented.options is not None:
                await pilot.press("abcd"[presented.answer_index], "4")  # Easy: out of today's steps
            else:
                review.query_one("#typed", Input).value = presented.card.answer
                await pilot.press("enter")
                await settle(pilot)
                await pilot.press("4")
            await settle(pilot)
        assert shown and "space:gagarin:1:cloze" not in shown and "space:gagarin:1:mcq" not in shown
    assert state_of(db_path, "space:gagarin:1:mcq").suspended
    clock.advance(days=1)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        assert app.screen.presented.card.id == "space:gagarin:1:cloze"  # the next day, first in deck order


@pilot_test
async def test_keys_typed_right_after_slash_go_into_the_search_box(make_app, db_path):
    """Keys that arrive together (fast typing, a paste, a slow machine) as a terminal sends them:
    `/` then `canberra` must search, not bury (`b`), edit (`e`) or reset (`r`)."""
    from textual import events

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browser(pilot)
        await to_the_cards(pilot)
        for key, character in [("slash", "/"), *((c, c) for c in "canberra"), ("enter", "\r")]:
            event = events.Key(key, character)
            event.set_sender(app)
            app._driver.send_message(event)  # as the terminal's driver does: all queued before any is handled
        await settle(pilot)
        assert isinstance(app.screen, BrowserScreen)
        assert screen.query_one("#query", Input).value == "canberra"
        assert rows(screen) == ["words:canberra:1:cloze"]
        assert not [state_of(db_path, card_id) for card_id in app.catalog.part("words").ids
                    if state_of(db_path, card_id) is not None]


@pilot_test
async def test_slash_in_the_box_is_the_search_key_and_a_bad_search_keeps_the_focus(make_app, db_path):
    """The footer's `/ Search` pressed while the box has the focus types nothing; after a search
    that cannot be read the box keeps the focus, so the keys typed to mend it (`i`, `s`, `b`, `e`,
    `r`: info, suspend, bury, edit, reset on the table) all go into the box."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browser(pilot)
        box = screen.query_one("#query", Input)
        await pilot.press("slash", *"tga:x is:new")
        assert box.value == "tga:x is:new"  # no "/" typed
        await pilot.press("enter")
        await settle(pilot)
        error = screen.query_one("#query-error")
        assert error.display and "tga" in static_text(error)
        assert box.has_focus and box.cursor_position == 0  # where the problem is
        await pilot.press("delete", "delete", "delete", *"deck", "space", *"isebr", *["backspace"] * 6)
        await settle(pilot)
        assert isinstance(app.screen, BrowserScreen) and box.has_focus
        assert box.value == "deck:x is:new"
        assert reviews(db_path) == [] and all(state_of(db_path, card_id) is None for card_id in rows(screen))
        box.value = ""
        await pilot.press(*"km", "slash", "h", "space", "slash")  # within a word `/` is typed; after a space, not
        assert box.value == "km/h "
        box.value = ""
        await pilot.press(*"deck:space", "enter")
        await settle(pilot)
        assert not error.display and screen.query_one(DataTable).has_focus
        assert rows(screen) and all(card_id.startswith("space:") for card_id in rows(screen))


@pilot_test
async def test_suspend_and_bury_in_the_browser_say_how_to_take_them_back(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_browser(pilot)
        await to_the_cards(pilot)
        first = rows(screen)[0]
        message = screen.query_one("#browse-message")
        await pilot.press("s")
        await settle(pilot)
        assert state_of(db_path, first).suspended and "s again to unsuspend" in static_text(message)
        await pilot.press("s")
        await settle(pilot)
        assert not state_of(db_path, first).suspended and "Unsuspended" in static_text(message)
        await pilot.press("b")
        await settle(pilot)
        assert "b again to unbury" in static_text(message)
