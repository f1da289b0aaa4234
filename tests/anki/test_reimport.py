"""Edit a deck upstream, re-export, re-import: Anki updates the notes in place."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection
from anki_helpers import SPACE_DECK, import_package

from quizgen.export.anki.notes import cloze_guid, mcq_guid


def _fields(col: Collection, guid: str) -> dict[str, str]:
    (note_id,) = col.db.list("SELECT id FROM notes WHERE guid = ?", guid)
    note = col.get_note(note_id)
    return dict(note.items()) | {"_tags": " ".join(sorted(note.tags))}


EDITED_DECK = (
    SPACE_DECK.replace("plays the lead role in Challenge.", "stars as a surgeon in Challenge.")
    .replace("tags: [cast, lead role]", "tags: [cast, star]")
    .replace("{Klim Shipenko} directed Challenge.", "Challenge was directed by {Klim Shipenko}.")
)


def test_edited_deck_updates_in_place(write_deck, tmp_path: Path, export, anki_col: Collection) -> None:
    first, second = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    deck = write_deck(SPACE_DECK)
    assert export(deck, "-o", first, epoch=1_700_000_000)[0] == 0
    log = import_package(anki_col, first)
    assert len(log.new) == 8
    card_ids = sorted(anki_col.find_cards(""))

    write_deck(EDITED_DECK)
    assert export(deck, "-o", second, epoch=1_700_000_600)[0] == 0
    log = import_package(anki_col, second)
    assert len(log.new) == 0
    assert len(log.updated) == 8  # every note is newer; the unchanged ones simply keep their text
    assert not log.conflicting and not log.duplicate
    assert anki_col.note_count() == 8
    assert sorted(anki_col.find_cards("")) == card_ids  # same cards: their scheduling stays

    lead = _fields(anki_col, cloze_guid("space", "lead-actress"))
    assert lead["Text"] == "Russian actress {{c1::Yulia Peresild}} stars as a surgeon in Challenge."
    assert lead["_tags"] == "cast space star"
    director = _fields(anki_col, mcq_guid("space", "director", 1))
    assert director["Question"] == "Challenge was directed by ____."
    assert director["Text"] == "Challenge was directed by Klim Shipenko."
    assert anki_col.find_notes('"Text:*lead role*"') == []


def test_older_or_same_package_does_not_overwrite(write_deck, tmp_path: Path, export, anki_col: Collection) -> None:
    """Anki's default rule is "update if newer": the package's note times decide."""
    deck = write_deck(SPACE_DECK)
    old, new = tmp_path / "old.apkg", tmp_path / "new.apkg"
    assert export(deck, "-o", old, epoch=1_700_000_000)[0] == 0
    write_deck(EDITED_DECK)
    assert export(deck, "-o", new, epoch=1_700_000_600)[0] == 0

    import_package(anki_col, new)
    log = import_package(anki_col, old)
    assert len(log.duplicate) == 8 and not log.updated and not log.new
    log = import_package(anki_col, new)
    assert len(log.duplicate) == 8 and not log.updated and not log.new
    assert "stars as a surgeon" in _fields(anki_col, cloze_guid("space", "lead-actress"))["Text"]


def test_export_without_source_date_epoch_is_stamped_now(write_deck, tmp_path: Path, export,
                                                         anki_col: Collection) -> None:
    """Without SOURCE_DATE_EPOCH the package carries the export time, so a re-export always updates."""
    deck = write_deck(SPACE_DECK)
    first, second = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    assert export(deck, "-o", first, epoch=1_700_000_000)[0] == 0
    import_package(anki_col, first)
    write_deck(EDITED_DECK)
    assert export(deck, "-o", second, epoch=None)[0] == 0
    log = import_package(anki_col, second)
    assert len(log.updated) == 8 and not log.new


def test_new_blank_adds_a_card_and_keeps_the_others(write_deck, tmp_path: Path, export, anki_col: Collection) -> None:
    deck = write_deck(SPACE_DECK)
    first, second = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    assert export(deck, "-o", first, epoch=1_700_000_000)[0] == 0
    import_package(anki_col, first)
    (note_id,) = anki_col.db.list("SELECT id FROM notes WHERE guid = ?", cloze_guid("space", "director"))
    old_card_ids = [card.id for card in anki_col.get_note(note_id).cards()]

    write_deck(SPACE_DECK.replace("{Klim Shipenko} directed Challenge.", "{Klim Shipenko} directed {Challenge}."))
    assert export(deck, "-o", second, epoch=1_700_000_600)[0] == 0
    log = import_package(anki_col, second)
    # The new blank brings one new note (its MCQ); the fact's cloze note gains a card.
    assert [note.fields[0] for note in log.new] == ["Klim Shipenko directed ____."]
    assert anki_col.db.scalar("SELECT count() FROM notes WHERE guid = ?", mcq_guid("space", "director", 2)) == 1
    cards = anki_col.get_note(note_id).cards()
    assert sorted(card.ord for card in cards) == [0, 1]  # c2 added to the same note
    assert [card.id for card in cards if card.ord == 0] == old_card_ids
    assert "[...]" in next(card for card in cards if card.ord == 1).question()
