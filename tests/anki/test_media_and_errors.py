"""Images travel with the package; bad input fails clearly and never leaves a partial .apkg."""

from __future__ import annotations

import base64
import zipfile
from pathlib import Path

import pytest
from anki.collection import Collection
from anki_helpers import import_package, package_media

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.problems import InputError
from quizgen.export.anki import export_anki
from quizgen.export.anki.notes import cloze_guid, mcq_guid

# A 1x1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)

IMAGE_DECK = """\
title: Orbit pictures
id: pictures
pools:
  person: [Anton Shkaplerov, Valentina Tereshkova, Yuri Gagarin, Alena Mordovina, Vladimir Mashkov]
facts:
  - id: crew
    text: "{Yulia Peresild} is in this picture."
    type: person
    image: img/crew photo.png
  - id: same-image
    text: "The picture was taken by {Oleg Novitsky}."
    type: person
    image: img/crew photo.png
"""


def test_image_is_packaged_and_shown(write_deck, tmp_path: Path, export, anki_col: Collection) -> None:
    deck = write_deck(IMAGE_DECK, "pictures.yaml")
    (deck.parent / "img").mkdir()
    (deck.parent / "img" / "crew photo.png").write_bytes(PNG)
    out = tmp_path / "pictures.apkg"
    status, err = export(deck, "-o", out)
    assert status == 0, err
    media = package_media(out)
    assert list(media.values()) == [PNG]  # one file, shared by both facts
    (name,) = media

    import_package(anki_col, out)
    assert (Path(anki_col.media.dir()) / name).read_bytes() == PNG
    check = anki_col.media.check()
    assert list(check.missing) == [] and list(check.unused) == []
    (note_id,) = anki_col.db.list("SELECT id FROM notes WHERE guid = ?", cloze_guid("pictures", "crew"))
    card = anki_col.get_note(note_id).cards()[0]
    assert f'<div class="qg-image"><img src="{name}" alt=""></div>' in card.question()
    (mcq_id,) = anki_col.db.list("SELECT id FROM notes WHERE guid = ?", mcq_guid("pictures", "crew", 1))
    assert f'<img src="{name}"' in anki_col.get_note(mcq_id).cards()[0].answer()


def test_missing_image_is_a_clear_error_and_writes_nothing(write_deck, tmp_path: Path, export) -> None:
    deck = write_deck(IMAGE_DECK, "pictures.yaml")
    out = tmp_path / "pictures.apkg"
    status, err = export(deck, "-o", out)
    assert status == 2
    assert "pictures.yaml:9: error: facts[1].image: image 'img/crew photo.png' does not exist" in err
    assert not out.exists()


def test_image_gone_at_export_time_writes_nothing(write_deck, tmp_path: Path) -> None:
    """The deck loaded fine, then the image vanished: the export reports it before writing anything."""
    deck = write_deck(IMAGE_DECK, "pictures.yaml")
    (deck.parent / "img").mkdir()
    image = deck.parent / "img" / "crew photo.png"
    image.write_bytes(PNG)
    decks = load_decks([deck]).decks
    image.unlink()
    out = tmp_path / "pictures.apkg"
    out.write_bytes(b"an older export")
    with pytest.raises(InputError) as raised:
        export_anki(decks, generate_cards(decks), out, timestamp=1_700_000_000)
    # Both facts that show the image are named, at the lines where they start.
    problems = raised.value.problems
    assert [(p.field, p.line) for p in problems] == [("facts[crew].image", 6), ("facts[same-image].image", 10)]
    assert f"cannot read image '{image}': No such file or directory." in problems[0].message
    assert out.read_bytes() == b"an older export"


def test_failure_while_writing_leaves_no_partial_file(space_deck: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    decks = load_decks([space_deck]).decks
    out = tmp_path / "out" / "space.apkg"
    out.parent.mkdir()
    out.write_bytes(b"previous package")
    real_writestr = zipfile.ZipFile.writestr

    def failing_writestr(self, info, data, *args, **kwargs):
        if getattr(info, "filename", info) == "media":
            raise OSError(28, "No space left on device")
        return real_writestr(self, info, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", failing_writestr)
    with pytest.raises(OSError):
        export_anki(decks, generate_cards(decks), out, timestamp=1_700_000_000)
    assert [p.name for p in out.parent.iterdir()] == ["space.apkg"]
    assert out.read_bytes() == b"previous package"


@pytest.mark.parametrize(
    ("args", "epoch", "expected"),
    [
        (["-o", "{tmp}"], None, "--output: is a folder."),
        (["-o", "{tmp}/x.apkg", "--parent", "A::::B"], None, "--parent: error: 'A::::B' is not a deck name."),
        (["-o", "{tmp}/x.apkg"], "yesterday", "'yesterday' is not a number of seconds since 1970."),
        (["-o", "{tmp}/x.apkg", "--with-history", "--db", "{tmp}/nope.sqlite3"], None,
         "{tmp}/nope.sqlite3: error: --db: no study collection here."),
    ],
)
def test_bad_arguments_exit_2(space_deck: Path, tmp_path: Path, export, args: list[str], epoch: str | None,
                              expected: str) -> None:
    status, err = export(space_deck, *(a.replace("{tmp}", str(tmp_path)) for a in args), epoch=epoch)
    assert status == 2
    assert expected.replace("{tmp}", str(tmp_path)) in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.apkg").exists()
    assert not (tmp_path / "nope.sqlite3").exists()
