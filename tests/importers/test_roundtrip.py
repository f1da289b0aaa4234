"""A package quizgen exported comes back as the deck it was made from; so do quizgen's own GIFT,
Moodle XML and Quizlet files, as far as each format can carry a deck."""

from __future__ import annotations

import json
import textwrap
import zipfile
from pathlib import Path

from quizgen.core.deckfile import load_decks

DECK = """\
title: "Challenge: film in space"
id: space
description: Facts about the first feature film shot in orbit.
sources:
  original:
    title: Russian Film Crew Set to Make First Ever Movie in Space
    url: https://example.org/story?a=1&b=2
pools:
  person: [Anton Shkaplerov, Valentina Tereshkova, Yuri Gagarin, Oleg Novitsky, Alena Mordovina, Irina Alfyorova,
           Yulia Snigir]
facts:
  - id: lead-actress
    text: "Russian actress {Yulia Peresild} plays the lead role in Challenge."
    ask: Who plays the lead role in Challenge?
    type: person
    distractors: [Alena Mordovina]
    source: original
    tags: [cast, lead role]
    note: "Peresild was picked from <20> finalists & trained for months."
  - id: launch
    text: "The crew launched in {2021} on Soyuz {MS-19|MS19}."
    type: [year, term]
  - text: "{Klim Shipenko} directed Challenge."
    type: person
  - id: tricky
    text: 'A <script>x</script> & ''quotes'' \\{\\{c1::gotcha\\}\\} :: stays text, said {Anton Shkaplerov}.'
"""


def _write(tmp_path: Path) -> Path:
    deck = tmp_path / "src" / "space.yaml"
    deck.parent.mkdir()
    deck.write_text(textwrap.dedent(DECK), encoding="utf-8")
    return deck


def _fact_view(deck_path: Path) -> list[tuple]:
    (deck,) = load_decks([deck_path]).decks
    return [(f.id, f.text, f.ask, f.distractors, f.sources, f.tags, f.note, tuple(b.type for b in f.blanks))
            for f in deck.facts]


def test_an_exported_package_imports_back_as_its_deck(tmp_path, run, cards_of):
    deck = _write(tmp_path)
    package = tmp_path / "space.apkg"
    assert run("export", "anki", deck, "-o", package)[0] == 0
    out = tmp_path / "back" / "space.yaml"
    out.parent.mkdir()
    status, _, err = run("import", package, "-o", out)
    assert status == 0, err
    assert _fact_view(out) == _fact_view(deck)
    (original,), (back,) = load_decks([deck]).decks, load_decks([out]).decks
    assert (back.id, back.title, back.description) == (original.id, original.title, original.description)
    assert back.pools == original.pools
    assert {k: (s.title, s.url) for k, s in back.sources.items()} == {k: (s.title, s.url) for k, s in original.sources.items()}
    assert cards_of(out) == cards_of(deck)


def test_without_quizgen_json_the_notes_fields_still_give_the_facts(tmp_path, run):
    """A package Anki itself re-exported has no quizgen.json: ids come from the deck-id tag and
    the GUIDs, texts and distractors from the notes."""
    deck = _write(tmp_path)
    package = tmp_path / "space.apkg"
    assert run("export", "anki", deck, "-o", package)[0] == 0
    stripped = tmp_path / "stripped.apkg"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(stripped, "w") as target:
        for item in source.infolist():
            if item.filename != "quizgen.json":
                target.writestr(item, source.read(item.filename))
    out = tmp_path / "back" / "space.yaml"
    out.parent.mkdir()
    assert run("import", stripped, "-o", out)[0] == 0
    (back,) = load_decks([out]).decks
    assert back.id == "space"
    facts = {f.id: f for f in back.facts}
    # an explicit id cannot be recovered without quizgen.json; a derived one can
    assert "klim-shipenko" in facts
    lead = next(f for f in back.facts if "Peresild" in f.text)
    assert lead.text == "Russian actress {Yulia Peresild} plays the lead role in Challenge."
    assert lead.ask == "Who plays the lead role in Challenge?"
    assert "Alena Mordovina" in lead.distractors
    assert lead.note == "Peresild was picked from <20> finalists & trained for months."
    assert set(lead.tags) == {"cast", "lead_role"}
    assert run("check", out)[0] == 0


def test_quizgens_gift_moodle_and_quizlet_files_come_back_as_facts(tmp_path, run, cards_of):
    deck = _write(tmp_path)
    original = cards_of(deck)
    for kinds in ("cloze", "mcq"):
        quiz = tmp_path / f"quiz-{kinds}"
        quiz.mkdir()
        assert run("quiz", deck, "-o", quiz, "--format", "gift,moodle,quizlet", "--kinds", kinds)[0] == 0
        for name in ("quiz.gift.txt", "quiz.moodle.xml", "quiz.quizlet.txt"):
            out = tmp_path / f"{kinds}-{name.split('.')[1]}.yaml"
            status, _, err = run("import", quiz / name, "-o", out)
            assert status == 0, (name, err)
            assert run("check", out)[0] == 0
            back = cards_of(out)
            if kinds == "cloze":
                # a cloze question gives its blank back in the sentence, with every accepted answer
                wanted = {(c["text"], tuple(c["accept"])) for c in original if c["kind"] == "cloze"}
                got = {(c["text"], tuple(c["accept"])) for c in back if c["kind"] == "cloze"}
                assert got and got <= wanted, name
                assert ("The crew launched in 2021 on Soyuz MS-19.", ("MS-19", "MS19")) in got, name
            elif name != "quiz.quizlet.txt":
                # an MCQ comes back asked as it was, its wrong options as the fact's distractors
                lead = next(c for c in original if c["id"] == "space:lead-actress:1:mcq")
                fact = next(f for f in load_decks([out]).decks[0].facts if f.ask == lead["prompt"])
                assert set(fact.distractors) == set(lead["options"]) - {lead["answer"]}, name
