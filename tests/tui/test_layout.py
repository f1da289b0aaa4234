"""What must stay in view on small terminals (80×24 and 60×20), where the totals sit, and what the
review screen says about the session: cards done and left, time, a card straight back, the summary."""

from __future__ import annotations

import pytest
from tui_helpers import open_deck, pilot_test, settle, static_text

from quizgen.tui.screens.review import Phase, ReviewScreen
from quizgen.tui.screens.summary import SummaryScreen
from quizgen.tui.widgets.deck_table import DeckTable
from quizgen.tui.widgets.rating_bar import RatingBar, RatingChip

SMALL = [(80, 24), (60, 20)]
KEYS = "abcd"


def whole_on_screen(widget, text: str) -> None:
    """`widget` shows all of `text` (one line) inside the screen."""
    screen = widget.screen.size
    region = widget.region
    assert region.x >= 0 and region.right <= screen.width and 0 <= region.y < screen.height, (widget, region)
    assert widget.content_region.width >= len(text), (widget, text, widget.content_region)


@pytest.mark.parametrize("size", SMALL)
@pilot_test
async def test_the_deck_table_shows_every_column(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DeckTable)
        columns = list(table.columns.values())
        assert [str(c.label) for c in columns] == ["Deck", "New", "Learning", "Due"]
        needed = sum(column.get_render_width(table) for column in columns)
        assert needed <= table.scrollable_content_region.width  # no horizontal scrollbar: Due in view
        assert table.max_scroll_x == 0
        assert table.region.right <= size[0]


@pytest.mark.parametrize("size", SMALL)
@pilot_test
async def test_the_review_screen_shows_every_count_and_the_whole_rating_bar(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        counts = screen.query_one("#counts")
        whole_on_screen(counts, static_text(counts).strip())
        progress = screen.query_one("#progress")
        whole_on_screen(progress, static_text(progress).strip())
        await pilot.press(KEYS[screen.presented.answer_index])
        assert screen.phase is Phase.GRADED
        bar = screen.query_one(RatingBar)
        chips = list(bar.query(RatingChip))
        assert len(chips) == 4
        for chip in chips:
            whole_on_screen(chip, chip.render().plain)
        assert bar.region.right <= screen.query_one("#rate-row").content_region.right


@pilot_test
async def test_the_totals_head_the_table_apart_from_the_highlighted_decks_description(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        totals, table = screen.query_one("#totals"), screen.query_one(DeckTable)
        description = screen.query_one("#deck-description")
        assert "all decks: 8 new · 0 learning · 0 due" in static_text(totals)
        assert totals.region.bottom <= table.region.y < description.region.y  # above the table, not under the deck
        assert static_text(description).startswith("Space firsts · 4 facts")
        await pilot.press("down")
        assert static_text(description).startswith("Odd facts · 4 facts")


@pilot_test
async def test_progress_shows_cards_done_and_left_and_the_time(make_app, clock):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_deck(pilot, "space")
        screen = app.screen
        assert static_text(screen.query_one("#progress")).strip() == "0 done · 4 left · 0:00"
        clock.advance(seconds=75)
        await pilot.press(KEYS[screen.presented.answer_index], "enter")
        await settle(pilot)
        screen.show_progress()  # the one-second timer's step, now
        assert static_text(screen.query_one("#progress")).strip() == "1 done · 4 left · 1:15"


@pilot_test
async def test_a_card_straight_back_is_announced_and_the_summary_counts_cards_and_answers(make_app, tmp_path):
    deck = tmp_path / "one.yaml"
    deck.write_text(
        "title: One\nid: one\nfacts:\n  - id: canberra\n    text: \"Australia's parliament sits in {Canberra}.\"\n"
        "    type: place\n    ask: cloze\n", encoding="utf-8")
    app = make_app([deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await open_deck(pilot, "one")
        screen = app.screen
        await pilot.press("enter", "1")  # reveal, then Again: due again in 1 min, nothing else is due
        await settle(pilot)
        assert isinstance(screen, ReviewScreen) and screen.presented.again
        note = screen.query_one("#again-note")
        assert note.display
        assert static_text(note).strip() == "Nothing else is due: this card again now, 1m before its next step."
        assert screen.query_one("#card").border_subtitle == "learning · again"
        await pilot.press(*"Canberra", "enter", "3")
        await settle(pilot)
        assert screen.presented.again and note.display  # again, its 10m step ahead
        await pilot.press("escape", "q")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        text = " ".join(static_text(app.screen.query_one("#summary-table")).split())
        assert "Cards studied 1 2 answers" in text and "Right 50% 1 of 2 answers" in text


@pilot_test
async def test_the_help_scrolls_on_a_short_terminal(make_app):
    from quizgen.tui.screens.help import HelpScreen

    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await open_deck(pilot, "space")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        panel = app.screen.query_one("#help-panel")
        assert panel.max_scroll_y > 0 and panel.has_focus
        await pilot.press("end")
        await pilot.pause()
        assert panel.scroll_y == panel.max_scroll_y  # the last keys can be read
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


def footer_keys(screen) -> list[tuple[str, str, int, int]]:
    """(key, description, left, right) of every key the screen's footer shows, left to right."""
    from textual.widgets import Footer

    from quizgen.tui.widgets.keys_footer import KeysFooter

    footers = [*screen.query(Footer), *screen.query(KeysFooter)]
    assert len(footers) == 1, footers
    keys = [child for child in footers[0].children if child.display]
    return sorted(((str(getattr(k, "key_display", "")), str(getattr(k, "description", "")), k.region.x, k.region.right)
                   for k in keys), key=lambda item: item[2])


def assert_every_key_in_view(screen, wanted: set[str]) -> None:
    """Each key of the footer is whole on screen and clear of the command palette's key (docked at
    the right, drawn over whatever reaches it); `wanted` are among them."""
    keys = footer_keys(screen)
    palette = [key for key in keys if key[0] == "^p"]
    limit = palette[0][2] if palette else screen.size.width
    for key, description, left, right in keys:
        if key != "^p":
            assert right <= limit, (screen, key, description, left, right, limit)
    shown = {f"{key} {description}" for key, description, _, _ in keys}
    assert wanted <= shown, (screen, wanted - shown)


@pilot_test
async def test_at_80_columns_every_screen_shows_its_whole_footer(make_app):
    """The learner's keys fit at 80x24 on every screen: none is cut or hidden under Ctrl+P's key."""
    from quizgen.tui.screens.browser import BrowserScreen
    from quizgen.tui.screens.card_info import CardInfoScreen
    from quizgen.tui.screens.custom_study import CustomStudyScreen
    from quizgen.tui.screens.deck_list import DeckListScreen
    from quizgen.tui.screens.options import OptionsScreen
    from quizgen.tui.screens.stats import StatsScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, DeckListScreen)
        assert_every_key_in_view(app.screen, {"⏎ Study", "a Study all", "t Stats", "b Browse", "c Custom",
                                              "o Options", "? Keys", "q Quit"})
        for key, screen_type, wanted in (("t", StatsScreen, {"esc Back", "? Keys", "q Quit"}),
                                         ("o", OptionsScreen, {"esc Back", "^s Save"}),
                                         ("c", CustomStudyScreen, {"esc Back", "^s Start"})):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, screen_type)
            assert_every_key_in_view(app.screen, wanted)
            await pilot.press("escape")
            await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, BrowserScreen)
        assert_every_key_in_view(app.screen, {"esc Back", "/ Search"})
        await pilot.press("tab")
        await settle(pilot)
        assert_every_key_in_view(app.screen, {"esc Back", "/ Search", "i Info", "␣ Mark", "s Suspend", "b Bury",
                                              "f Flag", "r Reset", "e Edit"})
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, CardInfoScreen)
        assert_every_key_in_view(app.screen, {"esc Back"})
        await pilot.press("escape", "escape")
        await settle(pilot)
        await open_deck(pilot, "space")
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert_every_key_in_view(screen, {"a–d Pick", "u Undo", "B Bury", "s Suspend", "? Keys", "q Quit"})
        await pilot.press(KEYS[screen.presented.answer_index])
        await settle(pilot)
        assert_every_key_in_view(screen, {"1–4 Rate", "⏎ Next", "u Undo", "b Bury", "s Suspend", "? Keys", "q Quit"})
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert_every_key_in_view(app.screen, {"⏎ Decks", "t Stats", "? Keys", "q Quit"})


@pilot_test
async def test_the_deck_list_says_what_was_studied_today_as_anki_does_until_the_study_day_ends(make_app, clock):
    from datetime import timedelta

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        line = app.screen.query_one("#studied-today")
        assert static_text(line).strip() == "No cards have been studied today."
        await open_deck(pilot, "space")
        review = app.screen
        for seconds, right, rating in ((12, True, "3"), (18, False, "1"), (30, True, "3")):
            clock.advance(seconds=seconds)  # the time the card is on screen
            presented = review.presented
            wrong = (presented.answer_index + 1) % len(presented.options)
            await pilot.press(KEYS[presented.answer_index if right else wrong], rating)
            await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        deck_list = app.screen
        studied = "Studied 3 cards in 1 minute today (20 s/card) · Again 1 (67% correct)"
        assert " ".join(static_text(deck_list.query_one("#studied-today")).split()) == studied
        description = " ".join(static_text(deck_list.query_one("#deck-description"), width=200).split())
        assert f"This deck: {studied}" in description
        await pilot.press("down")  # the words deck: nothing studied there today
        await settle(pilot)
        assert "This deck" not in static_text(deck_list.query_one("#deck-description"), width=200)
        # The study day's end (the rollover hour, 4 a.m. by default), not midnight, starts a new count.
        days = app.session.days
        end = days.end(days.of(clock.now))
        clock.now = end - timedelta(minutes=1)
        deck_list.load_counts()
        await settle(pilot)
        assert " ".join(static_text(deck_list.query_one("#studied-today")).split()) == studied
        clock.now = end + timedelta(minutes=1)
        deck_list.load_counts()
        await settle(pilot)
        assert static_text(deck_list.query_one("#studied-today")).strip() == "No cards have been studied today."


def test_the_help_lists_the_flag_and_due_date_keys_on_the_card_and_in_the_browser():
    from quizgen.tui.screens.help import KEY_HELP

    sections = {section: dict(keys) for section, keys in KEY_HELP}
    card, browser = sections["Any card"], sections["Browser"]
    assert "purple" in card["f  F"] and "0 none" in card["f  F"]
    assert "Anki" in card["Ctrl+1..7"] and "F" in card["Ctrl+1..7"]
    assert "3-7" in card["D"] and "5!" in card["D"] and "new cards are left" in browser["D"]
    assert "choose a flag" in browser["s  b  f  F"]
