"""The answer box of a cloze card: an Input whose Enter shows in the footer as "Check"."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class AnswerInput(Input):
    """Enter posts `Input.Submitted` (checked by the review screen); empty text means "reveal"."""

    BINDINGS = [Binding("enter", "submit", "Check (empty: reveal)")]
