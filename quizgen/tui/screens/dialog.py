"""The small modal boxes' one look (`DialogScreen`): confirm, flag_picker and set_due build on it."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class DialogScreen(ModalScreen[ResultType]):
    """A box centred over the screen it opens on: its panel (class `dialog-panel`) and the line of its keys
    (`dialog-keys`) look alike in every dialog; a dialog sets its panel's width, and its border's colour when it is
    not the accent (a question that destroys something is in the warning colour)."""

    DEFAULT_CSS = """
    DialogScreen { align: center middle; }
    DialogScreen .dialog-panel { height: auto; padding: 1 2; border: round $accent; background: $surface; }
    DialogScreen .dialog-keys { color: $text-muted; margin-top: 1; }
    """
