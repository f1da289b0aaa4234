"""The review screen's widgets that keep their children from card to card, in a bare Textual app."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding

from quizgen.tui.widgets.keys_footer import FooterKey, KeysFooter
from quizgen.tui.widgets.options import McqOptions, OptionRow
from quizgen.tui.widgets.rating_bar import interval_text

from tui_helpers import pilot_test


class OptionsApp(App[None]):
    def compose(self) -> ComposeResult:
        yield McqOptions()


def rows(app: App[None]) -> list[OptionRow]:
    return list(app.query(OptionRow))


def marks(app: App[None]) -> list[str]:
    return ["".join(name for name in ("-right", "-wrong", "-dim") if row.has_class(name)) for row in rows(app)]


@pilot_test
async def test_option_rows_are_reused_with_new_text_and_no_marks():
    app = OptionsApp()
    async with app.run_test() as pilot:
        options = app.query_one(McqOptions)
        options.show(("Mars", "Venus", "Earth", "Moon"))
        await pilot.pause()
        first_rows = rows(app)
        assert [row.text for row in first_rows] == ["Mars", "Venus", "Earth", "Moon"]
        options.reveal(picked=1, answer_index=2)
        assert marks(app) == ["-dim", "-wrong", "-right", "-dim"]
        assert "✓" in str(first_rows[2].render()) and "✗" in str(first_rows[1].render())

        options.show(("1961", "1962", "1963", "1964"))
        await pilot.pause()
        assert rows(app) == first_rows  # the same widgets, not remounted
        assert [row.text for row in rows(app)] == ["1961", "1962", "1963", "1964"]
        assert marks(app) == ["", "", "", ""]
        assert "✓" not in str(first_rows[2].render())


@pilot_test
async def test_another_number_of_options_builds_new_rows():
    app = OptionsApp()
    async with app.run_test() as pilot:
        options = app.query_one(McqOptions)
        options.show(("a", "b", "c", "d"))
        await pilot.pause()
        options.reveal(picked=0, answer_index=0)
        options.show(("x", "y", "z"))
        await pilot.pause()
        assert [(row.index, row.text) for row in rows(app)] == [(0, "x"), (1, "y"), (2, "z")]
        assert marks(app) == ["", "", ""]
        options.reveal(picked=2, answer_index=1)
        assert marks(app) == ["-dim", "-right", "-wrong"]


class FooterApp(App[None]):
    """Two modes with different keys (as the review screen's phases have)."""

    ENABLE_COMMAND_PALETTE = False  # as the study app
    BINDINGS = [
        Binding("a", "pick", "Pick"),
        Binding("1", "rate", "Rate"),
        Binding("enter", "next", "Next"),
        Binding("u", "undo", "Undo"),
        Binding("q", "quit", "Quit"),
    ]
    KEYS_OF_MODE = {"answering": ["Pick", "Undo", "Quit"], "graded": ["Rate", "Next", "Undo", "Quit"]}

    def __init__(self) -> None:
        super().__init__()
        self.mode = "answering"
        self.picked = 0

    def compose(self) -> ComposeResult:
        yield KeysFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("pick", "rate", "next"):
            return {"pick": "answering", "rate": "graded", "next": "graded"}[action] == self.mode
        return True

    def action_pick(self) -> None:
        self.picked += 1

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.refresh_bindings()


def shown_keys(app: App[None]) -> list[str]:
    return [key.description for key in app.query(FooterKey) if key.display]


@pilot_test
async def test_the_footer_shows_the_keys_of_each_mode_and_builds_each_key_once():
    app = FooterApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert shown_keys(app) == FooterApp.KEYS_OF_MODE["answering"]
        app.set_mode("graded")
        await pilot.pause()
        assert shown_keys(app) == FooterApp.KEYS_OF_MODE["graded"]
        built = set(app.query(FooterKey))
        for mode in ("answering", "graded", "answering"):
            app.set_mode(mode)
            # Keys already built show at once, before the next frame is drawn.
            assert shown_keys(app) == FooterApp.KEYS_OF_MODE[mode]
        assert set(app.query(FooterKey)) == built  # shown and hidden, never rebuilt
        await pilot.pause()  # laid out
        [pick] = [key for key in app.query(FooterKey) if key.display and key.description == "Pick"]
        await pilot.click(pick)  # a key that was hidden and shown again still works
        await pilot.pause()
        assert app.picked == 1


class PaletteApp(FooterApp):
    ENABLE_COMMAND_PALETTE = True


@pilot_test
async def test_with_the_command_palette_the_footer_shows_its_key_last():
    app = PaletteApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert shown_keys(app) == [*FooterApp.KEYS_OF_MODE["answering"], "palette"]
        app.set_mode("graded")
        await pilot.pause()
        assert shown_keys(app) == [*FooterApp.KEYS_OF_MODE["graded"], "palette"]


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (timedelta(seconds=20), "<1m"),
        (timedelta(minutes=1), "1m"),
        (timedelta(minutes=5, seconds=30), "6m"),
        (timedelta(hours=3), "3h"),
        (timedelta(days=4), "4d"),
        (timedelta(days=45), "1.5mo"),
        (timedelta(days=60), "2mo"),
        (timedelta(days=800), "2.2y"),
    ],
)
def test_interval_text_as_on_ankis_buttons(interval, text):
    assert interval_text(interval) == text
