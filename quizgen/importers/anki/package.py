"""Read an Anki package (.apkg, .colpkg) straight from its zip and SQLite collection.

Formats, as Anki writes them (checked against packages made by the `anki` backend 26.x):
- `meta` (protobuf `PackageMetadata`, field 1 = version): 1 `collection.anki2`, 2
  `collection.anki21`, 3 `collection.anki21b`; absent in packages older than Anki 2.1.50.
- Version 3: the collection is zstd-compressed (schema 18: `notetypes`, `fields`, `templates`,
  `decks` tables, protobuf configs, deck names separated by \\x1f), the `media` map is a
  zstd-compressed protobuf `MediaEntries` (entry i is zip member "i"), and each media member is
  zstd-compressed too. Such packages also hold a dummy `collection.anki2` for old clients.
- Versions 1-2: the collection is plain SQLite (schema 11: note types and decks as JSON in `col`),
  and `media` is JSON {"0": "name.jpg", ...}.
The reader picks the newest collection present, so the dummy is never read.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import zstandard

from quizgen.core.problems import InputError, Problem

COLLECTION_NAMES = ("collection.anki21b", "collection.anki21", "collection.anki2")
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


@dataclass(frozen=True, slots=True)
class NoteType:
    id: int
    name: str
    is_cloze: bool
    fields: tuple[str, ...]
    templates: tuple[tuple[str, str], ...]  # (question format, answer format) per card ordinal


@dataclass(frozen=True, slots=True)
class AnkiNote:
    id: int
    guid: str
    notetype_id: int
    tags: tuple[str, ...]
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AnkiCard:
    id: int
    note_id: int
    deck_id: int
    ordinal: int
    type: int
    queue: int
    due: int
    interval: int
    reps: int
    lapses: int
    flag: int = 0  # Anki's flag, 1-7 (the low bits of cards.flags), 0 none


def cloze_card_map(numbers: tuple[int, ...], cards: list[AnkiCard]) -> dict[int, str]:
    """A cloze note's Anki cards as the quizgen cards they become: card N (ordinal N-1) asks the blanks numbered
    cN, the quizgen card of the first of them (for "{{c1::a}} {{c2::b}} {{c1::c}}" card 1 is "1:cloze", card 2
    "2:cloze"); `numbers`: each blank's cloze number, in order. A card of a number no blank has is left out."""
    first_blank: dict[int, int] = {}
    for index, number in enumerate(numbers, start=1):
        first_blank.setdefault(number, index)
    return {card.id: f"{first_blank[card.ordinal + 1]}:cloze" for card in cards if card.ordinal + 1 in first_blank}


@dataclass(frozen=True, slots=True)
class AnkiReview:
    """One revlog row: `id` is the answer's time in ms; `ease` 1-4 (0: not an answer)."""

    id: int
    card_id: int
    ease: int
    interval: int
    time_ms: int
    type: int


@dataclass
class AnkiCollection:
    path: Path
    notetypes: dict[int, NoteType]
    decks: dict[int, tuple[str, ...]]  # deck id -> name split into levels
    notes: list[AnkiNote]
    cards: list[AnkiCard]
    reviews: list[AnkiReview]
    media: dict[str, str]  # file name -> zip member
    compressed_media: bool
    archive: zipfile.ZipFile
    extra: dict  # `quizgen.json` of a package quizgen exported, else {}

    def media_bytes(self, name: str) -> bytes | None:
        member = self.media.get(name)
        if member is None:
            return None
        try:
            data = self.archive.read(member)
        except (KeyError, zipfile.BadZipFile, OSError):
            return None
        if self.compressed_media or data.startswith(_ZSTD_MAGIC):
            try:
                return _unzstd(data)
            except zstandard.ZstdError:
                return None
        return data


def _broken(path: Path, message: str, fix: str = "export the deck again from Anki (File > Export, "
            "Anki Deck Package) and import the new file.") -> InputError:
    return InputError([Problem(path, None, None, message, fix)])


def _unzstd(data: bytes) -> bytes:
    # Anki's frames do not record their size, so decompress as a stream.
    return zstandard.ZstdDecompressor().decompressobj().decompress(data)


def open_package(path: Path) -> AnkiCollection:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise _broken(path, f"is not an Anki package (not a zip file: {error}).",
                      "export it from Anki as an .apkg or .colpkg, or say what it is with --from.") from None
    names = set(archive.namelist())
    name = next((n for n in COLLECTION_NAMES if n in names), None)
    if name is None:
        raise _broken(path, "is a zip file but holds no Anki collection (no collection.anki2/anki21/anki21b).")
    try:
        raw = archive.read(name)
        data = _unzstd(raw) if name.endswith("b") else raw
    except (zipfile.BadZipFile, zstandard.ZstdError, OSError, EOFError) as error:
        raise _broken(path, f"the package's {name} cannot be read ({error}): the file is damaged.") from None
    connection = sqlite3.connect(":memory:")
    try:
        if len(data) > 20 and data[18:20] == b"\x02\x02":
            # A WAL-mode file (as Anki writes them) cannot be opened from memory: mark it as a
            # rollback-journal file, which is the same database.
            data = data[:18] + b"\x01\x01" + data[20:]
        connection.deserialize(data)
        modern = bool(connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'notetypes'").fetchone())
        notetypes = _modern_notetypes(connection) if modern else _legacy_notetypes(connection)
        decks = _modern_decks(connection) if modern else _legacy_decks(connection)
        notes = [AnkiNote(int(i), str(g), int(m), tuple(str(t).split()), tuple(str(f).split("\x1f")))
                 for i, g, m, t, f in connection.execute("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id")]
        cards = [AnkiCard(*map(int, row)) for row in connection.execute(
            "SELECT id, nid, CASE WHEN odid THEN odid ELSE did END, ord, type, queue, due, ivl, reps, lapses, "
            "flags & 7 FROM cards ORDER BY nid, ord")]
        reviews = [AnkiReview(*map(int, row)) for row in connection.execute(
            "SELECT id, cid, ease, ivl, time, type FROM revlog ORDER BY cid, id")]
    except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as error:
        raise _broken(path, f"the package's collection is damaged or not an Anki collection ({error}).") from None
    finally:
        connection.close()
    media, compressed = _media_map(path, archive, name)
    extra = {}
    if "quizgen.json" in names:
        try:
            extra = json.loads(archive.read("quizgen.json"))
        except (ValueError, zipfile.BadZipFile):
            extra = {}
    return AnkiCollection(path, notetypes, decks, notes, cards, reviews, media, compressed, archive, extra)


# --- schema 11: JSON in `col` --------------------------------------------------------------------

def _legacy_notetypes(connection: sqlite3.Connection) -> dict[int, NoteType]:
    (models_text,) = connection.execute("SELECT models FROM col").fetchone()
    result = {}
    for key, model in json.loads(models_text or "{}").items():
        fields = tuple(f["name"] for f in sorted(model.get("flds", []), key=lambda f: f.get("ord", 0)))
        templates = tuple((t.get("qfmt", ""), t.get("afmt", ""))
                          for t in sorted(model.get("tmpls", []), key=lambda t: t.get("ord", 0)))
        result[int(key)] = NoteType(int(key), str(model.get("name", key)), model.get("type") == 1, fields, templates)
    return result


def _legacy_decks(connection: sqlite3.Connection) -> dict[int, tuple[str, ...]]:
    (decks_text,) = connection.execute("SELECT decks FROM col").fetchone()
    return {int(key): tuple(str(deck.get("name", key)).split("::"))
            for key, deck in json.loads(decks_text or "{}").items()}


# --- schema 18: tables with protobuf configs -----------------------------------------------------

def _modern_notetypes(connection: sqlite3.Connection) -> dict[int, NoteType]:
    fields: dict[int, list[str]] = {}
    for ntid, name in connection.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord"):
        fields.setdefault(int(ntid), []).append(str(name))
    templates: dict[int, list[tuple[str, str]]] = {}
    for ntid, config in connection.execute("SELECT ntid, config FROM templates ORDER BY ntid, ord"):
        values = protobuf_fields(bytes(config or b""))
        templates.setdefault(int(ntid), []).append((_text(values.get(1)), _text(values.get(2))))
    result = {}
    for ntid, name, config in connection.execute("SELECT id, name, config FROM notetypes"):
        kind = protobuf_fields(bytes(config or b"")).get(1, 0)  # Notetype.Config.kind: 1 = cloze
        result[int(ntid)] = NoteType(int(ntid), str(name), kind == 1, tuple(fields.get(int(ntid), ())),
                                     tuple(templates.get(int(ntid), ())))
    return result


def _modern_decks(connection: sqlite3.Connection) -> dict[int, tuple[str, ...]]:
    return {int(i): tuple(str(n).split("\x1f")) for i, n in connection.execute("SELECT id, name FROM decks")}


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else ""


def protobuf_items(data: bytes) -> Iterator[tuple[int, int | bytes]]:
    """(field number, value) of each top-level field of a protobuf message, in order: varints as
    ints, other wire types as bytes. Enough for the few config values read here; the generated
    classes live in the `anki` wheel, which is a test dependency only."""
    position = 0
    while position < len(data):
        key, position = _varint(data, position)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, position = _varint(data, position)
            yield number, value
            continue
        if wire == 2:
            length, position = _varint(data, position)
        elif wire in (1, 5):
            length = 8 if wire == 1 else 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        if position + length > len(data):
            raise ValueError("truncated protobuf")
        yield number, data[position:position + length]
        position += length


def protobuf_fields(data: bytes) -> dict[int, int | bytes]:
    """The first value of each field number of a protobuf message."""
    fields: dict[int, int | bytes] = {}
    for number, value in protobuf_items(data):
        fields.setdefault(number, value)
    return fields


def _varint(data: bytes, position: int) -> tuple[int, int]:
    """The varint at `position` and the position after it."""
    shift = result = 0
    while position < len(data):
        byte = data[position]
        position += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, position
        shift += 7
    raise ValueError("truncated protobuf")


def _media_map(path: Path, archive: zipfile.ZipFile, collection_name: str) -> tuple[dict[str, str], bool]:
    """File name -> zip member, and whether members are zstd-compressed (version 3 packages)."""
    if "media" not in archive.namelist():
        return {}, False
    raw = archive.read("media")
    if raw.startswith(_ZSTD_MAGIC):
        try:
            entries = [v for n, v in protobuf_items(_unzstd(raw)) if n == 1 and isinstance(v, bytes)]
            result = {}
            for index, entry in enumerate(entries):
                values = protobuf_fields(entry)
                legacy = values.get(255)
                member = str(legacy) if isinstance(legacy, int) else str(index)
                result[_text(values.get(1))] = member
            return result, True
        except (zstandard.ZstdError, ValueError):
            raise _broken(path, "the package's media list is damaged.") from None
    try:
        names = json.loads(raw or b"{}")
    except ValueError:
        raise _broken(path, "the package's media list is damaged (not JSON).") from None
    return {str(name): str(member) for member, name in names.items()}, collection_name.endswith("b")
