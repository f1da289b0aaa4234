"""An exported package, imported into a fresh collection by the real Anki backend."""

from __future__ import annotations

import html
import json
import re
import zipfile
from pathlib import Path

from anki.collection import Collection
from anki_helpers import generated_options, import_package, package_db

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import CardKind
from quizgen.export.anki.notes import anki_deck_id, cloze_guid, mcq_guid
from quizgen.export.anki.notetypes import (
    CLOZE_FIELDS,
    CLOZE_NOTETYPE_ID,
    CLOZE_NOTETYPE_NAME,
    MCQ_FIELDS,
    MCQ_NOTETYPE_ID,
    MCQ_NOTETYPE_NAME,
)


def _body(rendered: str) -> str:
    """Rendered card HTML without the note type's <style> block."""
    return re.sub(r"<style>.*?</style>", "", rendered, flags=re.S).strip()


def _note_by_guid(col: Collection, guid: str):
    (note_id,) = col.db.list("SELECT id FROM notes WHERE guid = ?", guid)
    return col.get_note(note_id)


def test_counts_note_types_and_decks(space_deck: Path, tmp_path: Path, export, anki_col: Collection) -> None:
    out = tmp_path / "space.apkg"
    status, err = export(space_deck, "-o", out, "--parent", "Space films")
    assert status == 0, err
    cards = generate_cards(load_decks([space_deck]).decks)
    mcq_cards = [c for c in cards if c.kind is CardKind.MCQ]
    cloze_cards = [c for c in cards if c.kind is CardKind.CLOZE]
    # 4 facts -> 4 cloze notes (5 blanks -> 5 cloze cards); MS-19 has no distractors -> 4 MCQ notes.
    assert (len(cloze_cards), len(mcq_cards)) == (5, 4)

    log = import_package(anki_col, out)
    assert len(log.new) == 8 and not log.updated and not log.duplicate
    assert anki_col.note_count() == 8
    assert anki_col.card_count() == 9

    cloze_type = anki_col.models.get(CLOZE_NOTETYPE_ID)
    mcq_type = anki_col.models.get(MCQ_NOTETYPE_ID)
    assert cloze_type["name"] == CLOZE_NOTETYPE_NAME == "quizgen Cloze"
    assert mcq_type["name"] == MCQ_NOTETYPE_NAME == "quizgen MCQ"
    assert [f["name"] for f in cloze_type["flds"]] == list(CLOZE_FIELDS) == ["Text", "Extra", "Source", "Image"]
    assert [f["name"] for f in mcq_type["flds"]][:5] == ["Question", "Choices", "Answer", "Text", "Extra"]
    assert [f["name"] for f in mcq_type["flds"]] == list(MCQ_FIELDS)
    assert cloze_type["type"] == 1  # Anki's cloze kind: one card per cN
    for css in (cloze_type["css"], mcq_type["css"]):  # dark mode on desktop/AnkiMobile and on AnkiDroid
        assert ".nightMode .cloze" in css and ".night_mode .cloze" in css
        assert ".nightMode .qg-option" in css and ".night_mode .qg-option" in css

    names = {d.name for d in anki_col.decks.all_names_and_ids()}
    assert {"Space films", "Space films::Challenge: film in space"} <= names
    deck = anki_col.decks.by_name("Space films::Challenge: film in space")
    assert deck is not None
    assert anki_col.db.scalar("SELECT count() FROM cards WHERE did = ?", deck["id"]) == 9


def test_one_cloze_card_per_blank_and_tags(space_deck: Path, tmp_path: Path, export, anki_col: Collection) -> None:
    out = tmp_path / "space.apkg"
    assert export(space_deck, "-o", out)[0] == 0
    import_package(anki_col, out)
    launch = _note_by_guid(anki_col, cloze_guid("space", "launch"))
    assert sorted(card.ord for card in launch.cards()) == [0, 1]  # c1 and c2
    assert launch.tags == ["space"]
    lead = _note_by_guid(anki_col, cloze_guid("space", "lead-actress"))
    assert sorted(lead.tags) == ["cast", "lead_role", "space"]
    lead_mcq = _note_by_guid(anki_col, mcq_guid("space", "lead-actress", 1))
    assert sorted(lead_mcq.tags) == ["cast", "lead_role", "space"]


def test_rendered_cloze_card(space_deck: Path, tmp_path: Path, export, anki_col: Collection) -> None:
    out = tmp_path / "space.apkg"
    assert export(space_deck, "-o", out)[0] == 0
    import_package(anki_col, out)
    launch = _note_by_guid(anki_col, cloze_guid("space", "launch"))
    second = next(card for card in launch.cards() if card.ord == 1)
    question = _body(second.question())
    answer = _body(second.answer())
    # Card 2 hides MS-19 and shows 2021.
    assert '<span class="cloze" data-cloze="MS&#x2D;19" data-ordinal="2">[...]</span>' in question
    assert '<span class="cloze-inactive" data-ordinal="1">2021</span>' in question
    assert "MS-19" not in question
    assert '<span class="cloze" data-ordinal="2">MS-19</span>' in answer
    assert '<hr id="answer">' in answer

    lead = _note_by_guid(anki_col, cloze_guid("space", "lead-actress")).cards()[0]
    lead_answer = _body(lead.answer())
    extra = "Peresild was picked from &lt;20&gt; finalists &amp; trained for months."
    assert f'<div class="qg-extra">{extra}</div>' in lead_answer
    assert ('Source: <a href="https://example.org/story?a=1&amp;b=2">Russian Film Crew Set to Make First Ever Movie '
            "in Space</a>") in lead_answer


def test_rendered_mcq_card(space_deck: Path, tmp_path: Path, export, anki_col: Collection) -> None:
    out = tmp_path / "space.apkg"
    assert export(space_deck, "-o", out)[0] == 0
    import_package(anki_col, out)
    mcq = _note_by_guid(anki_col, mcq_guid("space", "director", 1)).cards()[0]
    question = _body(mcq.question())
    answer = _body(mcq.answer())
    # Without JavaScript: the question and every option listed; the answer only in a hidden key.
    assert '<div class="qg-question">____ directed Challenge.</div>' in question
    options = re.findall(r"<li>(.*?)</li>", question)
    assert options == generated_options(space_deck, "space:director:1:mcq")  # the generator's listed order
    assert "Klim Shipenko" in options and len(options) == 4
    assert '<div class="qg-key" hidden style="display:none">Klim Shipenko</div>' in question
    assert "<script>" in question and "Math.random" in question
    # The back names the answer in plain HTML and shows the full sentence.
    assert '<div class="qg-answer">Answer: <span class="qg-key">Klim Shipenko</span></div>' in answer
    assert '<div class="qg-fulltext">Klim Shipenko directed Challenge.</div>' in answer
    assert re.findall(r"<li>(.*?)</li>", answer) == options


def test_escaping_and_cloze_syntax_in_text(space_deck: Path, tmp_path: Path, export, anki_col: Collection) -> None:
    out = tmp_path / "space.apkg"
    assert export(space_deck, "-o", out)[0] == 0
    import_package(anki_col, out)
    note = _note_by_guid(anki_col, cloze_guid("space", "tricky"))
    cards = note.cards()
    assert len(cards) == 1  # the literal {{c1::gotcha}} made no card of its own
    question = _body(cards[0].question())
    answer = _body(cards[0].answer())
    for rendered in (question, answer):
        assert "<script>alert" not in rendered
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quotes&#x27;" in rendered
        # The braces and colons are character references: shown as text, never parsed as a cloze.
        assert html.unescape("&#123;&#123;c1::gotcha&#125;&#125; :: stays text") in html.unescape(rendered)
        assert "gotcha</span>" not in rendered
    assert '<span class="cloze" data-ordinal="1">Anton Shkaplerov</span>' in answer
    mcq = _note_by_guid(anki_col, mcq_guid("space", "tricky", 1)).cards()[0]
    mcq_question = _body(mcq.question())
    assert '<div class="qg-question">A &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;' in mcq_question


def test_fixed_ids_in_package(space_deck: Path, tmp_path: Path, export) -> None:
    out = tmp_path / "space.apkg"
    assert export(space_deck, "-o", out, "--parent", "Top")[0] == 0
    db = package_db(out, tmp_path)
    decks = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
    models = json.loads(db.execute("SELECT models FROM col").fetchone()[0])
    assert decks[str(anki_deck_id("space"))]["name"] == "Top::Challenge: film in space"
    assert set(models) == {str(CLOZE_NOTETYPE_ID), str(MCQ_NOTETYPE_ID)}
    guids = {row[0] for row in db.execute("SELECT guid FROM notes")}
    assert cloze_guid("space", "tricky") in guids and mcq_guid("space", "launch", 1) in guids
    assert anki_deck_id("space") == anki_deck_id("space") != anki_deck_id("other")
    assert 0 < anki_deck_id("space") < 2**53
    db.close()


def test_same_input_same_bytes(space_deck: Path, tmp_path: Path, export) -> None:
    first, second, later = tmp_path / "a.apkg", tmp_path / "b.apkg", tmp_path / "c.apkg"
    assert export(space_deck, "-o", first, epoch=1_700_000_000)[0] == 0
    assert export(space_deck, "-o", second, epoch=1_700_000_000)[0] == 0
    assert export(space_deck, "-o", later, epoch=1_700_086_400)[0] == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() != later.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert [i.filename for i in archive.infolist()] == ["collection.anki2", "media", "quizgen.json"]
        assert {i.date_time for i in archive.infolist()} == {(2023, 11, 14, 22, 13, 20)}
        collection = archive.getinfo("collection.anki2")
        # Compressed (a 100,000-note deck: 14 MB instead of 68 MB).
        assert collection.compress_type == zipfile.ZIP_DEFLATED
        assert collection.compress_size < collection.file_size / 3
    db = package_db(first, tmp_path)
    assert {row[0] for row in db.execute("SELECT DISTINCT mod FROM notes")} == {1_700_000_000}
    db.close()


def test_one_anki_deck_per_quizgen_deck(write_deck, tmp_path: Path, export, anki_col: Collection) -> None:
    write_deck(
        """\
        title: Rockets
        facts:
          - text: "{Soyuz} rockets launch from Baikonur."
            distractors: [Falcon, Ariane, Atlas]
        """,
        "rockets.yaml",
    )
    write_deck("title: Films\nfacts:\n  - text: '{Salyut-7} is a film about a space station rescue.'\n", "films.yaml")
    out = tmp_path / "two.apkg"
    status, err = export(tmp_path / "decks", "-o", out, "--parent", "School::Space")
    assert status == 0, err
    import_package(anki_col, out)
    rockets = anki_col.decks.by_name("School::Space::Rockets")
    films = anki_col.decks.by_name("School::Space::Films")
    assert rockets is not None and films is not None
    assert anki_col.decks.by_name("School::Space") is not None
    assert anki_col.db.scalar("SELECT count() FROM cards WHERE did = ?", rockets["id"]) == 2  # cloze + MCQ
    assert anki_col.db.scalar("SELECT count() FROM cards WHERE did = ?", films["id"]) == 1  # cloze only
    rocket_note = anki_col.get_note(anki_col.find_notes('"note:quizgen Cloze" Soyuz')[0])
    assert rocket_note.tags == ["rockets"]


def test_two_decks_with_one_title_warn(write_deck, tmp_path: Path, export) -> None:
    write_deck("title: Space\nfacts:\n  - text: '{Soyuz} rockets launch from Baikonur.'\n", "a.yaml")
    write_deck("title: Space\nfacts:\n  - text: '{Salyut-7} is a film.'\n", "b.yaml")
    status, err = export(tmp_path / "decks", "-o", tmp_path / "two.apkg")
    assert status == 0
    assert "a.yaml, " in err and "b.yaml share the title 'Space': Anki will put their cards in one deck." in err


def test_an_export_after_studying_takes_cards_and_warnings_from_the_card_cache(
        write_deck, export, tmp_path: Path, monkeypatch) -> None:
    """The entry the study leaves current holds the deck's cards and its warnings: an export then
    neither plans nor generates the deck, and writes the same package and the same warnings as an
    export with no cache at all."""
    import pytest

    from anki_helpers import SPACE_DECK
    from quizgen.study import cardcache

    deck = write_deck(SPACE_DECK)
    cache = tmp_path / "cache"
    monkeypatch.setenv("QUIZGEN_CACHE", "")  # off
    status, uncached = export(deck, "-o", tmp_path / "uncached.apkg")
    assert status == 0 and "note: 1 warning and 2 notes about the decks" in uncached  # `check` lists them
    monkeypatch.setenv("QUIZGEN_CACHE", str(cache))
    cardcache.load_catalog([deck])  # what `quizgen study` does on its first start

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the deck was planned or generated although its cache entry is current")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cardcache, "deck_warnings", refuse)
        patch.setattr(cardcache.DeckCards, "generate", refuse)
        status, cached = export(deck, "-o", tmp_path / "cached.apkg")
    assert status == 0
    assert cached.replace("cached.apkg", "uncached.apkg") == uncached
    assert (tmp_path / "cached.apkg").read_bytes() == (tmp_path / "uncached.apkg").read_bytes()
