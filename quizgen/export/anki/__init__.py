"""Anki export: quizgen decks as an .apkg that re-imports in place and can carry study history.

`export_anki` is the entry point; `notetypes` holds the two fixed note types, `notes` turns decks
and cards into notes (fields, GUIDs, tags, media), `history` maps quizgen study state to Anki's
scheduling columns, and `package` writes the file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Sequence

from quizgen.core.model import Card, Deck
from quizgen.export.anki.history import StudyHistory
from quizgen.export.anki.notes import plan_export
from quizgen.export.anki.package import PackageSummary, write_package

__all__ = ["PackageSummary", "StudyHistory", "export_anki"]


def export_anki(decks: Sequence[Deck], cards: Sequence[Card], out_path: Path, *, timestamp: int,
                parent: str | None = None, history: StudyHistory | None = None,
                now: datetime | None = None) -> PackageSummary:
    """Write `decks` (with their generated `cards`) as an Anki package at `out_path`.

    Images are read and checked before anything is written (InputError on a missing one).
    """
    plan = plan_export(decks, cards, parent)
    return write_package(plan, out_path, timestamp=timestamp, history=history, now=now)
