"""A deck written without `id:`s: after `quizgen ids` (or `--restore`), correcting an answer updates the
Anki note in place (its GUID follows the pinned fact id), through the CLI and the real Anki importer."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from anki.collection import Collection
from anki_helpers import SPACE_DECK, import_package

from quizgen.cli import main
from quizgen.export.anki.notes import cloze_guid
from quizgen.study.cardcache import load_catalog
from quizgen.study.session import StudySession
from quizgen.study.settings import Settings
from quizgen.study.store import Collection as StudyCollection

#: The export tests' deck as a teacher may write it: no fact has an `id:`.
UNPINNED = re.sub(r"  - id: [\w-]+\n    ", "  - ", SPACE_DECK)
CORRECTED = UNPINNED.replace("{Yulia Peresild}", "{Yuliya Peresild}")


def _note_text(col: Collection, guid: str) -> str:
    (note_id,) = col.db.list("SELECT id FROM notes WHERE guid = ?", guid)
    return col.get_note(note_id)["Text"]


def test_unpinned_ids_make_a_new_note_when_an_answer_is_corrected(write_deck, tmp_path: Path, export,
                                                                  anki_col: Collection) -> None:
    """What `quizgen check` notes and `quizgen ids` prevents."""
    deck = write_deck(UNPINNED)
    assert export(deck, "-o", tmp_path / "v1.apkg")[0] == 0
    assert len(import_package(anki_col, tmp_path / "v1.apkg").new) == 8
    write_deck(CORRECTED)
    assert export(deck, "-o", tmp_path / "v2.apkg", epoch=1_700_000_600)[0] == 0
    log = import_package(anki_col, tmp_path / "v2.apkg")
    assert len(log.new) == 2 and anki_col.note_count() == 10  # its cloze note and its MCQ note, again


def test_pinned_ids_update_the_note_in_place(write_deck, tmp_path: Path, export, anki_col: Collection, capsys) -> None:
    deck = write_deck(UNPINNED)
    assert export(deck, "-o", tmp_path / "v1.apkg")[0] == 0
    assert len(import_package(anki_col, tmp_path / "v1.apkg").new) == 8
    card_ids = sorted(anki_col.find_cards(""))

    assert main(["ids", str(deck), "--db", str(tmp_path / "no-history.db")]) == 0
    assert "wrote 4 fact id(s)" in capsys.readouterr().out
    deck.write_text(deck.read_text(encoding="utf-8").replace("{Yulia Peresild}", "{Yuliya Peresild}"),
                    encoding="utf-8")
    assert export(deck, "-o", tmp_path / "v2.apkg", epoch=1_700_000_600)[0] == 0
    log = import_package(anki_col, tmp_path / "v2.apkg")
    assert len(log.new) == 0 and len(log.updated) == 8 and not log.duplicate
    assert anki_col.note_count() == 8
    assert sorted(anki_col.find_cards("")) == card_ids  # the same cards: their Anki scheduling stays
    assert _note_text(anki_col, cloze_guid("space", "yulia-peresild")).startswith(
        "Russian actress {{c1::Yuliya Peresild}} plays")


class _Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC) - timedelta(days=2)  # Anki counts days from the real today

    def __call__(self) -> datetime:
        return self.now


def _study(db: Path, deck: Path) -> set[str]:
    """Answer every card the deck offers today, right, through the session `quizgen study` runs."""
    answered = set()
    with StudyCollection.open(db) as collection:
        session = StudySession(collection, load_catalog([deck], cache_dir=None), clock=_Clock(),
                               settings=Settings(enable_fuzzing=False), tz=UTC)
        session.start()
        while (presented := session.current()) is not None:
            if presented.options is not None:
                session.answer_choice(presented.answer_index)
            else:
                session.answer_text(presented.card.answer)
            session.rate()
            answered.add(presented.card.id)
    return answered


def test_restored_id_updates_the_note_and_keeps_the_history(write_deck, tmp_path: Path, export,
                                                            anki_col: Collection, capsys) -> None:
    deck = write_deck(UNPINNED)
    db = tmp_path / "study.sqlite3"
    studied = _study(db, deck)
    lead = next(card_id for card_id in studied if card_id.startswith("space:yulia-peresild:1:"))
    with StudyCollection.open(db) as collection:
        state = collection.card_state(lead)
    assert export(deck, "-o", tmp_path / "v1.apkg", "--with-history", "--db", db)[0] == 0
    assert len(import_package(anki_col, tmp_path / "v1.apkg", with_scheduling=True).new) == 8

    write_deck(CORRECTED)  # corrected before the ids were pinned: the history is orphaned
    capsys.readouterr()
    assert main(["orphans", "--db", str(db), str(deck)]) == 0
    assert "--restore yuliya-peresild=yulia-peresild`" in capsys.readouterr().out
    assert main(["ids", str(deck), "--db", str(db), "--restore", "yuliya-peresild=yulia-peresild"]) == 0
    assert main(["orphans", "--db", str(db), str(deck)]) == 0
    assert capsys.readouterr().out.endswith("No orphaned cards.\n")
    with StudyCollection.open(db) as collection:
        assert collection.card_state(lead) == state and state.reps >= 1

    assert export(deck, "-o", tmp_path / "v2.apkg", "--with-history", "--db", db, epoch=1_700_000_600)[0] == 0
    log = import_package(anki_col, tmp_path / "v2.apkg", with_scheduling=True)
    assert len(log.new) == 0 and len(log.updated) == 8
    assert anki_col.note_count() == 8
    assert "Yuliya Peresild" in _note_text(anki_col, cloze_guid("space", "yulia-peresild"))
