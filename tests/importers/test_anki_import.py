"""Anki packages made by the real Anki backend, imported and read back through `check` and `cards`."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
import yaml

from quizgen.study.store import Collection as StudyCollection



def _facts(path: Path) -> dict[str, dict]:
    return {fact["id"]: fact for fact in yaml.safe_load(path.read_text())["facts"]}


@pytest.fixture(params=["modern", "legacy", "colpkg"])
def imported(request, anki_packages, tmp_path, run) -> Path:
    out = tmp_path / "decks" / "spanish.yaml"
    out.parent.mkdir()
    status, _, err = run("import", anki_packages[request.param], "-o", out)
    assert status == 0, err
    return out


def test_each_anki_deck_becomes_a_deck_that_passes_check(imported, run):
    verbs = imported.with_name("spanish-verbs.yaml")
    assert sorted(p.name for p in imported.parent.glob("*.yaml")) == ["spanish-verbs.yaml", "spanish.yaml"]
    status, _, err = run("check", imported, verbs)
    assert status == 0, err
    assert yaml.safe_load(imported.read_text())["title"] == "Spanish"
    assert yaml.safe_load(verbs.read_text())["title"] == "Verbs"


def test_cloze_notes_become_blanks_with_the_extra_as_note(imported, cards_of):
    (madrid,) = [f for f in _facts(imported).values() if "Madrid" in f["text"] and "capital" in f["text"]]
    assert madrid["text"] == ("{Madrid} is the capital of {Spain}; {Madrid} lies on the Manzanares & has <3.4M> people.")
    assert madrid["note"] == "Capital since 1561."
    assert madrid["tags"] == ["geo"]
    assert "Anki hint for c1: city" in imported.read_text()
    cards = [c for c in cards_of(imported) if c["fact"] == madrid["id"] and c["kind"] == "cloze"]
    # the two Madrid blanks hide together (same answer), Spain on its own, as in Anki's c1 / c2
    both_madrid = "____ is the capital of Spain; ____ lies on the Manzanares & has <3.4M> people."
    assert [(c["blank"], c["prompt"]) for c in cards] == [
        (1, both_madrid), (2, "Madrid is the capital of ____; Madrid lies on the Manzanares & has <3.4M> people."),
        (3, both_madrid),
    ]
    assert "red, yellow" in imported.read_text()  # c1 hid two different answers: the curator is told


def test_front_back_notes_ask_their_question_and_reversed_cards_add_the_other_direction(imported, cards_of):
    facts = _facts(imported.with_name("spanish-verbs.yaml"))
    by_ask = {f.get("ask"): f for f in facts.values()}
    assert by_ask["hablar"]["text"] == "hablar: {to speak}"
    assert by_ask["hablar"]["tags"] == ["chapter::one", "verbs"]
    assert by_ask["comer"]["text"] == "comer: {to eat}"
    reverse = by_ask["to eat"]
    assert reverse["text"] == "to eat: {comer}" and reverse["id"] == by_ask["comer"]["id"] + "-reverse"
    assert by_ask["vivir"]["text"] == "vivir: {to live}"  # {{type:Back}} is the answer side
    assert by_ask["gato"]["text"] == "gato: {cat}"
    text = imported.read_text()
    assert "field 'Example' is on no card's question or answer and was not imported (1 notes)" in text
    assert "1 [sound:...] reference(s) dropped" in text
    prompts = {c["prompt"] for c in cards_of(imported.with_name("spanish-verbs.yaml")) if c["kind"] == "mcq"}
    assert "hablar" in prompts


def test_images_are_copied_beside_the_deck(imported):
    facts = _facts(imported.with_name("spanish-verbs.yaml"))
    (hablar,) = [f for f in facts.values() if f.get("ask") == "hablar"]
    image = imported.parent / hablar["image"]
    assert hablar["image"] == "spanish-media/dog.png"
    assert image.read_bytes().startswith(b"\x89PNG")


def test_the_three_package_formats_give_the_same_decks(anki_packages, tmp_path, run):
    texts = []
    for name in ("modern", "legacy", "colpkg"):
        out = tmp_path / name / "spanish.yaml"
        out.parent.mkdir()
        assert run("import", anki_packages[name], "-o", out)[0] == 0
        texts.append([(p.name, p.read_text().split("\n", 1)[1]) for p in sorted(out.parent.glob("*.yaml"))])
    assert texts[0] == texts[1] == texts[2]


def test_reimport_gives_the_same_ids_and_needs_force(anki_packages, imported, run):
    first = imported.read_text()
    status, _, err = run("import", anki_packages["modern"], "-o", imported)
    assert status == 2 and "already exists" in err and "--force" in err
    assert imported.read_text() == first
    assert run("import", anki_packages["modern"], "-o", imported, "--force")[0] == 0
    assert _facts(imported).keys() == {k for k in _facts(imported)}
    assert [f["id"] for f in _facts(imported).values()] == [f["id"] for f in yaml.safe_load(first)["facts"]]


def test_flatten_makes_one_deck_with_sub_decks_as_tags(anki_packages, tmp_path, run, cards_of):
    out = tmp_path / "all.yaml"
    assert run("import", anki_packages["modern"], "-o", out, "--flatten")[0] == 0
    assert [p.name for p in tmp_path.glob("*.yaml")] == ["all.yaml"]
    facts = _facts(out)
    assert len(facts) == 7
    assert all("Verbs" in f.get("tags", []) for f in facts.values() if f.get("ask"))
    assert run("check", out)[0] == 0


def test_with_history_brings_reviews_and_fsrs_state(anki_packages, tmp_path, run):
    db = tmp_path / "study.sqlite3"
    out = tmp_path / "spanish.yaml"
    status, _, err = run("import", anki_packages["modern"], "-o", out, "--with-history", "--db", db)
    assert status == 0, err
    with zipfile.ZipFile(anki_packages["legacy"]) as archive:
        anki_db = tmp_path / "anki21.db"
        anki_db.write_bytes(archive.read("collection.anki21"))
    answers = sqlite3.connect(anki_db).execute("SELECT count(*) FROM revlog WHERE ease BETWEEN 1 AND 4").fetchone()[0]
    assert answers == 5
    assert "history: 5 reviews of 2 cards, 2 flags written to" in err
    with StudyCollection.open(db) as collection:
        log = collection.review_log()
        states = collection.card_states()
    assert len(log) == 5
    madrid = [r for r in log if r.card_id.startswith("spanish:") and r.card_id.endswith(":1:cloze")]
    assert [int(r.rating) for r in madrid] == [1, 3, 3]
    assert madrid[0].state_before is None and madrid[1].state_before == madrid[0].state_after
    (state,) = [s for cid, s in states.items() if cid == madrid[0].card_id]
    assert state.reps == 3 and state.memory is not None and state.memory.stability is not None
    # The card ids are the cards quizgen makes from the imported decks.
    status, out_json, _ = run("cards", out, out.with_name("spanish-verbs.yaml"), "--json")
    ids = {c["id"] for c in json.loads(out_json)}
    assert set(states) <= ids
    # Anki's flags are quizgen's: green (3) on the answered Madrid card, turquoise (6) on the shared
    # cloze, a card never answered.
    with StudyCollection.open(db) as collection:
        flags = collection.flags(ids)
    (shared,) = [f["id"] for f in _facts(out).values() if "yellow" in f["text"]]
    assert flags == {madrid[0].card_id: 3, f"spanish:{shared}:1:cloze": 6}

    # A second import into the same collection refuses, and writes nothing.
    before = out.read_text()
    status, _, err = run("import", anki_packages["modern"], "-o", out, "--with-history", "--db", db, "--force")
    assert status == 2 and "already holds study history" in err and len(err.strip().splitlines()) == 1
    with StudyCollection.open(db) as collection:
        assert len(collection.review_log()) == 5
    assert out.read_text() == before


def test_a_broken_package_is_one_line_and_exit_2(tmp_path, run, anki_packages):
    fake = tmp_path / "broken.apkg"
    fake.write_bytes(b"not a zip at all")
    status, _, err = run("import", fake, "-o", tmp_path / "x.yaml")
    assert status == 2 and "not an Anki package" in err and len(err.strip().splitlines()) == 1
    truncated = tmp_path / "truncated.apkg"
    truncated.write_bytes(anki_packages["modern"].read_bytes()[:2000])
    status, _, err = run("import", truncated, "-o", tmp_path / "x.yaml")
    assert status == 2 and str(truncated) in err and "Traceback" not in err
    empty = tmp_path / "empty.apkg"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "hi")
    status, _, err = run("import", empty, "-o", tmp_path / "x.yaml")
    assert status == 2 and "holds no Anki collection" in err
    assert not list(tmp_path.glob("*.yaml"))
