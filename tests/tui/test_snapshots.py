"""SVG snapshots of the main screens (pytest-textual-snapshot), on a frozen clock so they are stable.

Update after a deliberate change with `pytest tests/tui/test_snapshots.py --snapshot-update`, and look
at the report pytest prints before committing.
"""

from __future__ import annotations

import pytest
from tui_helpers import SIZE, open_deck, settle

from quizgen.tui.screens.review import ReviewScreen

KEYS = "abcd"


def test_deck_list(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=settle)


def test_mcq_card_answered_wrong(snap_compare, make_app):
    async def run_before(pilot) -> None:
        await open_deck(pilot, "space")
        presented = pilot.app.screen.presented
        await pilot.press(KEYS[(presented.answer_index + 1) % len(presented.options)])
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_mcq_card_waiting_for_an_answer(snap_compare, make_app):
    async def run_before(pilot) -> None:
        await open_deck(pilot, "space")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_cloze_card_with_its_diff(snap_compare, make_app):
    async def run_before(pilot) -> None:
        await open_deck(pilot, "words")
        await pilot.press(*"Canbera", "enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_summary(snap_compare, make_app, clock):
    async def run_before(pilot) -> None:
        await open_deck(pilot, "words")
        await pilot.press(*"canberra", "enter")
        clock.advance(seconds=20)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*"steel", "enter", "enter")
        await settle(pilot)
        clock.advance(seconds=70)
        await pilot.press("escape", "q")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


@pytest.mark.slow
def test_stats(snap_compare, make_app, clock):
    async def run_before(pilot) -> None:
        # Three study days: a few answers each, so the charts have something to draw.
        for day in range(3):
            await open_deck(pilot, "words")
            for _ in range(day + 2):
                if not isinstance(pilot.app.screen, ReviewScreen):
                    break  # nothing left today: the summary shows
                await pilot.press(*pilot.app.screen.presented.card.answer, "enter", "enter")
                await settle(pilot)
            if isinstance(pilot.app.screen, ReviewScreen):
                await pilot.press("escape", "q")  # leave the answer box, then quit the session
                await settle(pilot)
            await pilot.press("enter")
            clock.advance(days=1)
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(100, 44), run_before=run_before)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
def test_deck_list_small(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
def test_mcq_card_answered_small(snap_compare, make_app, size):
    async def run_before(pilot) -> None:
        await open_deck(pilot, "space")
        await pilot.press(KEYS[pilot.app.screen.presented.answer_index])
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
def test_cloze_card_with_its_diff_small(snap_compare, make_app, size):
    async def run_before(pilot) -> None:
        await open_deck(pilot, "words")
        await pilot.press(*"Canbera", "enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


def _dialog(name: str):
    from quizgen.tui.screens.confirm import ConfirmScreen
    from quizgen.tui.screens.flag_picker import FlagPickerScreen
    from quizgen.tui.screens.set_due import SetDueScreen

    return {"confirm": lambda: ConfirmScreen("Reset 2 cards to new? Their memory goes.", "reset"),
            "flag_picker": lambda: FlagPickerScreen(2, "2 cards"), "set_due": lambda: SetDueScreen("this card")}[name]()


@pytest.mark.parametrize("name", ["confirm", "flag_picker", "set_due"])
def test_dialog_over_the_deck_list(snap_compare, make_app, name):
    """The small modals share one look (screens/dialog.py): a centred panel, its border, its muted key line."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        pilot.app.push_screen(_dialog(name))
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)
