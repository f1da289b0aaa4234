"""Fixtures for the import tests: packages made by the real Anki backend, and the CLI in-process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest
from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions

from quizgen.cli import main

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run `quizgen ARGS...` in-process; returns (exit status, stdout, stderr)."""

    def call(*args: str | Path) -> tuple[int, str, str]:
        capsys.readouterr()
        status = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return status, out, err

    return call


@pytest.fixture
def cards_of(run: Callable[..., tuple[int, str, str]]) -> Callable[..., list[dict]]:
    """`quizgen cards DECK... --json`, parsed."""

    def cards(*decks: Path) -> list[dict]:
        status, out, err = run("cards", *decks, "--json")
        assert status == 0, err
        return json.loads(out)

    return cards


def build_collection(folder: Path) -> Collection:
    """A real Anki collection: Basic, Basic (and reversed), Basic (type in the answer), Cloze and a
    three-field note type; a deck hierarchy; an image and a sound; answered cards."""
    folder.mkdir(parents=True, exist_ok=True)
    col = Collection(str(folder / "collection.anki2"))
    verbs = col.decks.id("Spanish::Verbs")
    root = col.decks.id("Spanish")
    media = Path(col.media.dir())
    (media / "dog.png").write_bytes(PNG)
    (media / "hola.mp3").write_bytes(b"ID3fake")

    basic = col.new_note(col.models.by_name("Basic"))
    basic["Front"] = "<b>hablar</b> <img src=\"dog.png\">"
    basic["Back"] = "to speak [sound:hola.mp3]"
    basic.tags = ["verbs", "chapter::one"]
    col.add_note(basic, verbs)

    reversed_note = col.new_note(col.models.by_name("Basic (and reversed card)"))
    reversed_note["Front"] = "comer"
    reversed_note["Back"] = "to eat"
    col.add_note(reversed_note, verbs)

    typed = col.new_note(col.models.by_name("Basic (type in the answer)"))
    typed["Front"] = "vivir"
    typed["Back"] = "to live"
    col.add_note(typed, verbs)

    cloze = col.new_note(col.models.by_name("Cloze"))
    cloze["Text"] = ("{{c1::Madrid::city}} is the capital of {{c2::Spain}}; "
                     "{{c1::Madrid}} lies on the <i>Manzanares</i> &amp; has &lt;3.4M&gt; people.")
    cloze["Back Extra"] = "Capital since 1561."
    cloze.tags = ["geo"]
    col.add_note(cloze, root)

    shared = col.new_note(col.models.by_name("Cloze"))
    shared["Text"] = "The flag is {{c1::red}} and {{c1::yellow}}."
    col.add_note(shared, root)

    manager = col.models
    vocab = manager.new("Vocab")
    for name in ("Word", "Meaning", "Example"):
        manager.add_field(vocab, manager.new_field(name))
    template = manager.new_template("Recognise")
    template["qfmt"] = "{{Word}}"
    template["afmt"] = "{{FrontSide}}<hr id=answer>{{Meaning}}"
    manager.add_template(vocab, template)
    manager.add(vocab)
    word = col.new_note(manager.by_name("Vocab"))
    word["Word"] = "gato"
    word["Meaning"] = "cat"
    word["Example"] = "El gato duerme."
    col.add_note(word, verbs)

    # Answer the cloze note's first card and the basic card a few times (real scheduler, real clock).
    for note_id, answers in ((cloze.id, (1, 3, 3)), (basic.id, (3, 3))):
        card = col.get_card(col.card_ids_of_note(note_id)[0])
        for ease in answers:
            card = col.get_card(card.id)
            card.start_timer()
            col.sched.answerCard(card, ease)
    # Flags: green on the answered Madrid card (c1), turquoise on the unanswered shared cloze.
    col.set_user_flag_for_cards(3, [col.card_ids_of_note(cloze.id)[0]])
    col.set_user_flag_for_cards(6, col.card_ids_of_note(shared.id))
    return col


@pytest.fixture(scope="session")
def anki_packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same collection as a modern .apkg (anki21b), a legacy .apkg (anki21) and a .colpkg."""
    folder = tmp_path_factory.mktemp("anki-packages")
    col = build_collection(folder / "collection")
    try:
        limit = DeckIdLimit(col.decks.id("Spanish"))
        packages = {"modern": folder / "spanish.apkg", "legacy": folder / "spanish-legacy.apkg",
                    "colpkg": folder / "spanish.colpkg"}
        for name, legacy in (("modern", False), ("legacy", True)):
            options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False, with_media=True,
                                               legacy=legacy)
            col.export_anki_package(out_path=str(packages[name]), options=options, limit=limit)
        col.export_collection_package(str(packages["colpkg"]), include_media=True, legacy=False)
    finally:
        col.close()
    return packages
