"""`quizgen ids`: a deck's derived fact ids written into the file, and history given back to a fact
whose answer was corrected (`--restore`), through the CLI on a real collection."""

from __future__ import annotations

import os
import re
from datetime import UTC
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.core.deckfile import load_deck
from quizgen.study.cardcache import load_catalog
from quizgen.study.session import StudySession
from quizgen.study.store import Collection

from .test_session import _answer_right

PLANETS = """\
title: Planets
# facts a teacher wrote without ids
facts:
  - text: "{Galileo Galilei} discovered the four largest moons of Jupiter in 1610."
    distractors: [Johannes Kepler, Simon Marius, Thomas Harriot]  # astronomers of 1610 (no Newton, born 1643)
  - text: "{Jupiter} is the largest planet."   # a comment stays
    tags: [giants]
  - id: mars
    text: "{Mars} is called the red planet."
  - text: >
      The planet with the widest rings is
      {Saturn}.
    note: rings
  - {text: "{Venus} is the hottest planet.", tags: [hot]}
  - tags: [small]
    text: "{Mercury} is the smallest planet."
  - text: |-
      {Neptune} is the planet farthest from the Sun."""

ID_LINE = re.compile(r"^ *id: [a-z0-9-]+\r?\n", re.M)


def _without_pinned(text: str) -> str:
    """The text with the lines `quizgen ids` adds (and a flow mapping's `id: x, `) taken out again."""
    return ID_LINE.sub(lambda m: m.group(0) if "mars" in m.group(0) else "", text).replace("{id: venus, ", "{")


def _write(tmp_path: Path, text: str, name: str = "planets.yaml") -> Path:
    folder = tmp_path / "decks"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _study_all(db: Path, deck: Path, clock, settings) -> set[str]:
    """Answer every card of the deck once, the way `quizgen study` does (its catalog, its session)."""
    catalog = load_catalog([deck], cache_dir=None)
    answered: set[str] = set()
    with Collection.open(db) as collection:
        while set(catalog.ids()) - answered:  # a card's siblings are buried until the next day
            session = StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC)
            session.start()
            while session.current() is not None:
                answered.add(_answer_right(session))
            clock.advance(days=1)
    return answered


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
@pytest.mark.parametrize("final_newline", [True, False])
def test_ids_writes_the_derived_ids_and_changes_nothing_else(tmp_path, capsys, newline, bom, final_newline) -> None:
    original = bom + (PLANETS + ("\n" if final_newline else "")).replace("\n", newline)
    deck = _write(tmp_path, original)
    os.chmod(deck, 0o640)
    before = load_deck(deck)
    assert [f.id for f in before.facts if not f.id_declared] == [
        "galileo-galilei", "jupiter", "saturn", "venus", "mercury", "neptune"]

    status, out, err = _run(capsys, "ids", deck)
    assert (status, err) == (0, "")
    assert out == f"{deck}: wrote 6 fact id(s) (the ids the facts already had); correcting an answer now keeps its " \
                  "cards' history and Anki notes.\n"
    written = deck.read_bytes().decode("utf-8")
    assert written.startswith(bom + "title: Planets" + newline)
    assert written.count("\n") == written.count(newline)  # the added lines end as the file's do
    assert written.endswith("    id: neptune" + newline)
    assert _without_pinned(written).rstrip("\r\n") == original.rstrip("\r\n")  # every other character kept
    assert "in 1610.\"" + newline + "    id: galileo-galilei" + newline + "    distractors:" in written
    after = load_deck(deck)
    assert [(f.id, f.id_declared) for f in after.facts] == [(f.id, True) for f in before.facts]
    assert [f.text for f in after.facts] == [f.text for f in before.facts]
    assert [f.tags for f in after.facts] == [f.tags for f in before.facts]
    assert os.stat(deck).st_mode & 0o777 == 0o640
    assert sorted(p.name for p in deck.parent.iterdir()) == ["planets.yaml"]  # no temporary file left

    assert _run(capsys, "ids", deck) == (0, f"{deck}: every fact has its `id:`; nothing to write.\n", "")
    assert deck.read_bytes().decode("utf-8") == written


def test_ids_refuses_a_bad_deck_and_writes_nothing(tmp_path, capsys) -> None:
    deck = _write(tmp_path, PLANETS.replace("{Jupiter}", "{Jupiter"))
    before = deck.read_bytes()
    status, out, err = _run(capsys, "ids", deck)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and f"{deck}:6: error: facts[2].text:" in err and "Fix:" in err
    assert deck.read_bytes() == before
    status, out, err = _run(capsys, "ids", tmp_path / "nope.yaml")
    assert status == 2 and "no such file" in err


def test_ids_leaves_an_alias_fact_to_the_author(tmp_path, capsys) -> None:
    """A fact written as an alias of another cannot take an id of its own: nothing is written."""
    text = "title: T\nfacts:\n  - &one\n    text: \"{Mars} is red.\"\n  - *one\n"
    deck = _write(tmp_path, text)
    status, _, err = _run(capsys, "ids", deck)
    assert status == 2 and err.endswith("facts[2]: this fact is an alias (`*name`) of another, so it cannot take an "
                                        "id of its own. Fix: write the fact out in full with `id: mars-2`.\n")
    assert deck.read_text(encoding="utf-8") == text


def test_check_notes_facts_without_ids_and_names_the_command(tmp_path, capsys) -> None:
    deck = _write(tmp_path, PLANETS)
    status, out, err = _run(capsys, "check", "--strict", deck)
    note = [line for line in err.splitlines() if "`id:`" in line]
    assert note == [f"{deck}:4: note: facts: 6 facts have no `id:` (the first: `galileo-galilei`), so their ids "
                    "follow their answers: correcting an answer would start its cards afresh and make a new Anki "
                    f"note. Fix: `quizgen ids {deck}` writes the ids they have now into the file, once."]
    assert status == 0 and ", 0 warning(s)" in out  # a note: --strict does not count it
    assert _run(capsys, "ids", deck)[0] == 0
    status, out, err = _run(capsys, "check", deck)
    assert status == 0 and "`id:`" not in err


def test_after_ids_a_corrected_answer_keeps_its_history(tmp_path, capsys, clock, settings) -> None:
    deck = _write(tmp_path, PLANETS)
    db = tmp_path / "my.db"
    studied = _study_all(db, deck, clock, settings)
    assert "planets:galileo-galilei:1:cloze" in studied
    assert _run(capsys, "ids", deck)[0] == 0
    deck.write_text(deck.read_text(encoding="utf-8").replace("{Galileo Galilei}", "{Galileo}"), encoding="utf-8")
    catalog = load_catalog([deck], cache_dir=None)
    assert set(catalog.ids()) == studied  # the same card ids: every card keeps its state
    assert catalog.card("planets:galileo-galilei:1:cloze").answer == "Galileo"
    assert _run(capsys, "orphans", "--db", db, deck)[1] == "No orphaned cards.\n"


def _orphaned_galileo(tmp_path, clock, settings, text: str = PLANETS) -> tuple[Path, Path, set[str]]:
    """A deck studied without ids, then its first answer corrected: its history orphaned."""
    deck = _write(tmp_path, text)
    db = tmp_path / "my.db"
    studied = _study_all(db, deck, clock, settings)
    deck.write_text(text.replace("{Galileo Galilei}", "{Galileo}"), encoding="utf-8")
    return deck, db, studied


def test_restore_gives_a_corrected_fact_its_history_back(tmp_path, capsys, clock, settings) -> None:
    deck, db, studied = _orphaned_galileo(tmp_path, clock, settings)
    with Collection.open(db) as collection:
        before = {card_id: collection.review_log(card_id) for card_id in studied}
    status, out, _ = _run(capsys, "orphans", "--db", db, deck)
    assert status == 0
    assert re.search(r"^planets:galileo-galilei:1:cloze  \w+, \d+ reviews", out, re.M)
    command = f"quizgen ids {deck} --db {db} --restore galileo=galileo-galilei"
    assert (f"`galileo-galilei`: if the fact `galileo` (line 4, no `id:`, no history) is it with its answer "
            f"corrected, `{command}` gives it back its id and history.") in out

    edited = deck.read_text(encoding="utf-8")
    status, out, err = _run(capsys, *command.split()[1:])
    assert (status, err) == (0, "")
    assert "(`galileo` is `galileo-galilei` again: its history is back)" in out
    written = deck.read_text(encoding="utf-8")
    assert "  - text: \"{Galileo} discovered the four largest moons of Jupiter in 1610.\"\n    id: galileo-galilei\n" \
           in written
    assert _without_pinned(written.replace("id: galileo-galilei", "id: galileo")).rstrip("\n") == edited

    assert _run(capsys, "orphans", "--db", db, deck)[1] == "No orphaned cards.\n"
    catalog = load_catalog([deck], cache_dir=None)
    assert set(catalog.ids()) == studied
    with Collection.open(db) as collection:
        assert {card_id: collection.review_log(card_id) for card_id in studied} == before  # untouched, all found
        assert collection.card_state("planets:galileo-galilei:1:cloze").state != "new"


def test_restore_refuses_what_could_attach_history_to_the_wrong_fact(tmp_path, capsys, clock, settings) -> None:
    deck, db, _ = _orphaned_galileo(tmp_path, clock, settings)
    edited = deck.read_bytes()

    def refused(*restore: str) -> str:
        status, out, err = _run(capsys, "ids", deck, "--db", db, *(f"--restore={r}" for r in restore))
        assert status == 2 and out == "", err
        assert deck.read_bytes() == edited  # nothing written, not even the other ids
        return err

    assert "did you mean `galileo=galileo-galilei`? the fact comes first" in refused("galileo-galilei=galileo")
    assert re.search(r"the fact `jupiter` has history of its own \(\d+ reviews\)", refused("jupiter=galileo-galilei"))
    assert "the fact `mars` has its own `id:`" in refused("mars=galileo-galilei")
    assert "`saturn` is the id of another fact of the deck now" in refused("galileo=saturn")
    assert "the collection holds no history under the fact id `pluto`" in refused("galileo=pluto")
    assert "the deck has no fact `ceres`" in refused("ceres=galileo-galilei")
    assert "is not FACT=OLD_ID" in refused("galileo")
    err = refused("galileo=galileo-galilei", "neptune=galileo-galilei")
    assert "named for several facts" in err
    status, _, err = _run(capsys, "ids", deck, "--db", tmp_path / "none.db", "--restore", "galileo=galileo-galilei")
    assert status == 2 and "no study collection here" in err and not (tmp_path / "none.db").exists()


def test_restore_refuses_history_with_more_blanks_than_the_fact(tmp_path, capsys, clock, settings) -> None:
    text = PLANETS.replace('"{Galileo Galilei} discovered the four largest moons of Jupiter in 1610."',
                           '"{Galileo Galilei} discovered the four largest moons of Jupiter in {1610}."')
    deck = _write(tmp_path, text)
    db = tmp_path / "my.db"
    _study_all(db, deck, clock, settings)
    deck.write_text(text.replace("{Galileo Galilei}", "Galileo").replace("{1610}", "{1609}"), encoding="utf-8")
    status, out, _ = _run(capsys, "orphans", "--db", db, deck)
    assert "planets:galileo-galilei-1610:2:cloze" in out and "--restore" not in out  # no fact could take it
    status, _, err = _run(capsys, "ids", deck, "--db", db, "--restore", "1609=galileo-galilei-1610")
    assert status == 2 and "has cards of blank 2, and the fact `1609` has 1 blank(s)" in err


def test_restore_pins_every_other_fact_on_its_id(tmp_path, capsys, clock, settings) -> None:
    """Two facts whose answers derive the same id: the second is `galileo-2`. After the second's answer
    is corrected and restored, every fact is pinned, so correcting the first later moves nothing."""
    text = PLANETS.replace("{Galileo Galilei} discovered", "{Galileo} discovered").replace(
        "  - id: mars\n", "  - text: \"{Galileo} was tried by the Inquisition in 1633.\"\n  - id: mars\n")
    deck = _write(tmp_path, text)
    db = tmp_path / "my.db"
    studied = _study_all(db, deck, clock, settings)
    assert {"planets:galileo:1:cloze", "planets:galileo-2:1:cloze"} <= studied
    deck.write_text(text.replace("{Galileo} was tried", "{Galileo Galilei} was tried"), encoding="utf-8")
    out = _run(capsys, "orphans", "--db", db, deck)[1]
    assert "planets:galileo-2:1:cloze" in out and "--restore galileo-galilei=galileo-2`" in out
    status, _, err = _run(capsys, "ids", deck, "--db", db, "--restore", "galileo-galilei=galileo-2")
    assert (status, err) == (0, "")
    assert _run(capsys, "orphans", "--db", db, deck)[1] == "No orphaned cards.\n"
    deck.write_text(deck.read_text(encoding="utf-8").replace("{Galileo} discovered", "{Galilei} discovered"),
                    encoding="utf-8")
    facts = {f.text: (f.id, f.id_declared) for f in load_deck(deck).facts}
    assert facts["{Galilei} discovered the four largest moons of Jupiter in 1610."] == ("galileo", True)
    assert facts["{Galileo Galilei} was tried by the Inquisition in 1633."] == ("galileo-2", True)
    assert set(load_catalog([deck], cache_dir=None).ids()) == studied
    assert _run(capsys, "orphans", "--db", db, deck)[1] == "No orphaned cards.\n"


def test_add_notes_facts_without_ids(tmp_path, config_dir, capsys) -> None:
    deck = _write(tmp_path, PLANETS)
    status, out, err = _run(capsys, "add", deck)
    assert status == 0 and out.startswith("added ")
    assert ": note: facts: 6 facts have no `id:`" in err and "Fix: `quizgen ids " in err
    assert _run(capsys, "ids", deck)[0] == 0
    assert _run(capsys, "remove", deck)[0] == 0
    status, out, err = _run(capsys, "add", deck)
    assert status == 0 and err == ""


def test_ids_will_not_strand_history_a_fact_could_take_back(tmp_path, capsys, clock, settings) -> None:
    """Plain `ids` after an answer was corrected: once the new id is written, `--restore` could no
    longer move the history back, so it asks first; `--no-restore` writes anyway."""
    deck, db, _ = _orphaned_galileo(tmp_path, clock, settings)
    edited = deck.read_bytes()
    status, out, err = _run(capsys, "ids", deck, "--db", db)
    assert status == 2 and out == "" and deck.read_bytes() == edited
    assert f"`galileo-galilei`: if the fact `galileo` (line 4, no `id:`, no history) is it with its answer " \
           f"corrected, `quizgen ids {deck} --db {db} --restore galileo=galileo-galilei`" in err
    assert "Fix: say which fact it is with --restore, or that none is with --no-restore." in err
    status, out, err = _run(capsys, "ids", deck, "--db", db, "--no-restore")
    assert (status, err) == (0, "") and "wrote 6 fact id(s)" in out
    out = _run(capsys, "orphans", "--db", db, deck)[1]
    assert "planets:galileo-galilei:1:cloze" in out and "--restore" not in out


def test_ids_through_a_symlink_changes_the_file_and_keeps_the_link(tmp_path, capsys) -> None:
    deck = _write(tmp_path, PLANETS)
    link = tmp_path / "link.yaml"
    link.symlink_to(deck)
    assert _run(capsys, "ids", link)[0] == 0
    assert link.is_symlink() and "    id: jupiter\n" in deck.read_text(encoding="utf-8")


@pytest.mark.parametrize("fact", [
    '- text: "{Mars} is red."\n',  # the list at column 0
    '- tags:\n  - red\n  - small\n  text: "{Mars} is red."\n',  # a block list first
    '- tags: [red,\n    small]\n  text: "{Mars} is red."\n',  # a flow list over two lines
    '- text: "{Mars} is\n    red."\n  note: n\n',  # a quoted text over two lines
    '- text: |\n    {Mars} is red.\n\n  note: n\n',  # a block text, a blank line after it
    "- text: '{Mars} is red.'  # a comment\n\n# between facts\n",
    '- {text: "{Mars} is red.",\n   tags: [red]}\n',  # a flow mapping over two lines
    '- text: >-\n    {Mars} is red.\n',  # a folded text at the end of the file
])
def test_ids_handles_each_layout(tmp_path, capsys, fact) -> None:
    text = "title: T\nfacts:\n" + fact + "- id: venus\n  text: \"{Venus} is hot.\"\n"
    for body in (text, text.rsplit("- id: venus", 1)[0]):  # the fact in the middle, then at the end
        deck = _write(tmp_path, body)
        assert _run(capsys, "ids", deck, "--db", tmp_path / "none.db")[0] == 0
        after = deck.read_text(encoding="utf-8")
        assert after.replace("id: mars, ", "").replace("  id: mars\n", "").rstrip("\n") == body.rstrip("\n")
        assert load_deck(deck).facts[0].id == "mars" and load_deck(deck).facts[0].id_declared
