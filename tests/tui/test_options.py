"""The Options screen (`o` on the deck list, Ctrl+P -> Options) and cram by card kind, driven by Pilot
on the real app: a value changed and saved reaches the settings file and the deck list's counts; a bad
value is refused under its field with the file untouched; a deck's `study:` values are shown read-only."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import Input, OptionList, Select
from tui_helpers import DECKS, SIZE, pilot_test, reviews, settle, static_text

from quizgen.study.settings import Settings
from quizgen.tui.screens.custom_study import CustomStudyScreen
from quizgen.tui.screens.deck_list import DeckListScreen
from quizgen.tui.screens.options import OptionsScreen
from quizgen.tui.screens.review import ReviewScreen
from quizgen.tui.widgets.deck_table import DeckTable

SETTINGS_TEXT = "# my study settings\nnew_per_day = 1   # one a day for now\ntheme = \"nord\"\n"


def app_with_settings(make_app, tmp_path: Path, text: str = SETTINGS_TEXT, decks=(DECKS,)):
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    settings = Settings.load(path)
    return make_app(list(decks), settings=replace(settings, enable_fuzzing=False), settings_path=path), path


def new_counts(app) -> dict[str, int]:
    return {count.deck_id: count.new for count in app.screen.query_one(DeckTable).counts}


@pilot_test
async def test_options_change_a_limit_save_it_and_the_counts_follow(make_app, tmp_path):
    app, path = app_with_settings(make_app, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert new_counts(app) == {"space": 1, "words": 1}
        await pilot.press("o")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, OptionsScreen)
        assert screen.query_one("#option-new_per_day", Input).value == "1"
        assert static_text(screen.query_one("#source-new_per_day")).strip() == "settings file"
        assert static_text(screen.query_one("#source-reviews_per_day")).strip() == "default"
        assert screen.query_one("#option-learning_steps", Input).value == "1m 10m"
        screen.query_one("#option-new_per_day", Input).value = "3"
        screen.query_one("#option-learning_steps", Input).value = "30s 5m"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, DeckListScreen)
        assert new_counts(app) == {"space": 3, "words": 3}
        assert app.settings.new_per_day == 3 and app.session.settings.new_per_day == 3
    assert path.read_text(encoding="utf-8") == (
        '# my study settings\nnew_per_day = 3  # one a day for now\ntheme = "nord"\nlearning_steps = ["30s", "5m"]\n')
    assert Settings.load(path).new_per_day == 3


@pilot_test
async def test_an_invalid_value_is_shown_under_its_field_and_nothing_is_saved(make_app, tmp_path):
    app, path = app_with_settings(make_app, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#option-desired_retention", Input).value = "1.5"
        screen.query_one("#option-learning_steps", Input).value = "1 minute"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen  # still open, the values as typed
        assert "between 0.7 and 0.99" in static_text(screen.query_one("#error-desired_retention"))
        assert "Not saved" in static_text(screen.query_one("#error-learning_steps"))
        assert static_text(screen.query_one("#error-new_per_day")).strip() == ""
        assert app.settings.desired_retention == 0.9
    assert path.read_text(encoding="utf-8") == SETTINGS_TEXT


@pilot_test
async def test_a_decks_study_block_is_shown_read_only_with_its_file(make_app, tmp_path):
    decks = tmp_path / "decks"
    shutil.copytree(DECKS, decks)
    space = decks / "space.yaml"
    space.write_text(space.read_text(encoding="utf-8").replace(
        "description:", "study:\n  new_per_day: 2\n  retention: 0.85\n  exam: 2027-01-15\ndescription:", 1),
        encoding="utf-8")
    app, _path = app_with_settings(make_app, tmp_path, decks=(decks,))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert new_counts(app) == {"space": 2, "words": 1}
        await pilot.press("o")
        await settle(pilot)
        screen = app.screen
        hint = static_text(screen.query(".option-hint").first(), width=400)  # new cards/day's row
        assert "Space firsts: 2" in hint and str(space) in hint and "edit the deck file" in hint
        retention_hints = [static_text(widget, width=400) for widget in screen.query(".option-hint")]
        assert any("Space firsts: 0.85" in text for text in retention_hints)
        blocks = static_text(screen.query_one("#options-decks"), width=400)
        assert "Space firsts: new_per_day: 2, retention: 0.85, exam: 2027-01-15" in blocks and str(space) in blocks
        assert "Odd facts" not in blocks  # a deck without a study: block


@pilot_test
async def test_options_from_the_command_palette(make_app, tmp_path):
    app, _path = app_with_settings(make_app, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"options")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, OptionsScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, DeckListScreen)


@pilot_test
async def test_cram_typed_cloze_shows_only_cloze_cards_and_saves_nothing(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        custom = app.screen
        assert isinstance(custom, CustomStudyScreen)
        custom.query_one("#mode", OptionList).highlighted = 4  # cram
        await pilot.pause()
        assert custom.query_one("#kind-field").display
        custom.query_one("#deck", Select).value = "space"
        custom.query_one("#kind", Select).value = "cloze"
        await pilot.press("ctrl+s")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        cloze_ids = [card_id for card_id in app.catalog.ids("space") if card_id.endswith(":cloze")]
        shown = []
        while isinstance(app.screen, ReviewScreen) and review.presented is not None:
            presented = review.presented
            assert presented.options is None and presented.card.kind.value == "cloze"
            shown.append(presented.card.id)
            review.query_one("#typed", Input).value = presented.card.answer
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
        assert sorted(shown) == sorted(cloze_ids) and len(shown) == len(set(shown)) > 1
        assert reviews(db_path) == []  # cram writes nothing


def test_the_options_command_is_offered_on_the_deck_list_only(make_app, tmp_path):
    app, _path = app_with_settings(make_app, tmp_path)
    commands = lambda screen: [command.title for command in app.get_system_commands(screen)]  # noqa: E731
    assert "Options" in commands(DeckListScreen())
    assert "Options" not in commands(ReviewScreen(None))
