"""Themes: Textual's themes (light ones too) through the command palette, remembered in the settings
file; an unknown theme falls back; NO_COLOR keeps the screen monochrome whatever the theme."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from textual.filter import Monochrome
from tui_helpers import SIZE, open_deck, pilot_test, settle

from quizgen.study.settings import Settings, remember_setting
from quizgen.tui.app import DEFAULT_THEME
from quizgen.tui.widgets.deck_table import LIGHT_COUNT_STYLES, DeckTable


async def pick_theme(pilot, name: str) -> None:
    """Ctrl+P, the "Theme" command, then the theme by name, as the learner types them."""
    await pilot.press("ctrl+p")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*"theme")
    await settle(pilot)  # the palette searches in a worker of its own
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press(*name)
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


@pilot_test
async def test_a_light_theme_from_the_command_palette_is_remembered(make_app, tmp_path):
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text("# my settings\nnew_per_day = 5\n", encoding="utf-8")
    app = make_app(settings=Settings.load(settings_file), settings_path=settings_file)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == DEFAULT_THEME and app.current_theme.dark
        await pick_theme(pilot, "textual-light")
        assert app.theme == "textual-light" and not app.current_theme.dark
        await settle(pilot)
        # The deck list's counts take the light theme's colours.
        cell = app.screen.query_one(DeckTable).get_cell_at((0, 1))
        assert str(cell.style) == LIGHT_COUNT_STYLES["new"]
    assert settings_file.read_text(encoding="utf-8") == '# my settings\nnew_per_day = 5\ntheme = "textual-light"\n'
    loaded = Settings.load(settings_file)
    assert (loaded.theme, loaded.new_per_day) == ("textual-light", 5)
    again = make_app(settings=loaded, settings_path=settings_file)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "textual-light"


@pilot_test
async def test_an_unknown_theme_falls_back_with_a_word(make_app):
    app = make_app(settings=Settings(enable_fuzzing=False, theme="no-such-theme"))
    notices: list[str] = []
    app.notify = lambda message, **_: notices.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == DEFAULT_THEME
        assert any("no-such-theme" in notice for notice in notices)


@pilot_test
async def test_no_color_keeps_every_theme_monochrome(make_app, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        assert app.no_color
        assert any(isinstance(f, Monochrome) for f in app.get_line_filters())
        app.theme = "textual-light"
        await settle(pilot)
        assert any(isinstance(f, Monochrome) for f in app.get_line_filters())


def test_remember_setting_keeps_the_file_and_replaces_only_its_line(tmp_path: Path):
    path = tmp_path / "settings.toml"
    remember_setting(path, "theme", "nord")
    assert path.read_text(encoding="utf-8") == 'theme = "nord"\n'
    path.write_text('new_per_day = 5  # fewer\n  theme = "nord"\nleech_threshold = 4\n', encoding="utf-8")
    remember_setting(path, "theme", "catppuccin-latte")
    assert path.read_text(encoding="utf-8") == (
        'new_per_day = 5  # fewer\ntheme = "catppuccin-latte"\nleech_threshold = 4\n')
    assert Settings.load(path).theme == "catppuccin-latte"
