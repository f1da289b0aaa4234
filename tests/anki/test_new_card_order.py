"""The order Anki introduces a package's new cards in, through Anki's own scheduler: every MCQ of a
deck before any cloze, so a fact's cloze never comes before (or right after) its MCQ."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection
from anki.scheduler.v3 import CardAnswer
from anki_helpers import import_package

PLANETS = """\
title: Planets
id: planets
pools:
  term: [Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus, Neptune]
facts:
  - {id: mercury, text: "{Mercury} is the closest planet to the Sun.", type: term}
  - {id: venus, text: "{Venus} is the hottest planet.", type: term}
  - {id: jupiter, text: "{Jupiter} is the largest planet.", type: term}
  - {id: mars, text: "{Mars} is known as the Red Planet.", type: term}
  - {id: saturn, text: "{Saturn} has the most prominent rings.", type: term}
  - {id: uranus, text: "{Uranus} rotates on its side.", type: term}
"""


def _study_today(col: Collection, deck: str) -> list[tuple[str, str]]:
    """(note type, first field) of each new card Anki shows today, answering Good to everything."""
    col.decks.select(col.decks.id_for_name(deck))
    shown = []
    for _ in range(200):
        queued = col.sched.get_queued_cards()
        if not queued.cards:
            break
        top = queued.cards[0]
        card = col.get_card(top.card.id)
        card.start_timer()
        if top.queue == queued.NEW:
            note = card.note()
            shown.append((note.note_type()["name"], note.fields[0]))
        col.sched.answer_card(col.sched.build_answer(card=card, states=top.states, rating=CardAnswer.GOOD))
    return shown


def test_every_mcq_of_a_deck_comes_before_any_cloze(write_deck, tmp_path: Path, export, anki_col: Collection) -> None:
    package = tmp_path / "planets.apkg"
    assert export(write_deck(PLANETS, "planets.yaml"), "-o", package)[0] == 0
    import_package(anki_col, package)
    shown = _study_today(anki_col, "Planets")
    kinds = [kind for kind, _ in shown]
    assert kinds == ["quizgen MCQ"] * 6 + ["quizgen Cloze"] * 6, shown
    mcq_facts = [field for kind, field in shown if kind == "quizgen MCQ"]
    cloze_facts = [field for kind, field in shown if kind == "quizgen Cloze"]
    # Each kind in fact order: a fact's cloze comes a whole deck of MCQs after its MCQ.
    assert [f.split("____")[1][:12] for f in mcq_facts] == [
        f.split("}}")[1][:12] for f in cloze_facts]
    assert cloze_facts[0].startswith("{{c1::Mercury}}")


def test_a_day_limit_below_the_deck_shows_only_mcqs(write_deck, tmp_path: Path, export, anki_col: Collection) -> None:
    package = tmp_path / "planets.apkg"
    assert export(write_deck(PLANETS, "planets.yaml"), "-o", package)[0] == 0
    import_package(anki_col, package, with_scheduling=True)
    deck_id = anki_col.decks.id_for_name("Planets")
    config = anki_col.decks.config_dict_for_deck_id(deck_id)
    config["new"]["perDay"] = 4
    anki_col.decks.update_config(config)
    shown = _study_today(anki_col, "Planets")
    assert [kind for kind, _ in shown] == ["quizgen MCQ"] * 4  # their clozes wait for later days


def test_reimport_keeps_the_positions_of_cards_already_there(write_deck, tmp_path: Path, export,
                                                             anki_col: Collection) -> None:
    """Anki never changes a card it already has on import: positions included (docs/anki.md)."""
    deck = write_deck(PLANETS, "planets.yaml")
    first, second = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    assert export(deck, "-o", first, epoch=1_700_000_000)[0] == 0
    import_package(anki_col, first)
    anki_col.db.execute("UPDATE cards SET due = 1000 + due")  # as a user's Reposition would
    before = anki_col.db.all("SELECT id, due FROM cards ORDER BY id")
    write_deck(PLANETS.replace("is the hottest planet", "is the hottest planet of all"), "planets.yaml")
    assert export(deck, "-o", second, epoch=1_700_000_600)[0] == 0
    log = import_package(anki_col, second)
    assert len(log.updated) == 12
    assert anki_col.db.all("SELECT id, due FROM cards ORDER BY id") == before
