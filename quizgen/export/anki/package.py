"""Write an .apkg: genanki fills a SQLite collection, quizgen adds study history, then zips it.

The zip is written by hand rather than by genanki so that the output is reproducible: fixed entry
dates, fixed entry order and permissions, and ids derived from the build timestamp only; and
compressed, which genanki's own writer does not do. The package is built in a temporary file
next to the target, synced and renamed into place, so a failure never leaves a partial .apkg.
"""

from __future__ import annotations

import errno
import itertools
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import BinaryIO

import genanki

from quizgen.export.anki.history import (AnkiDays, BadAnswer, StudyHistory, bad_answer_sql, card_columns,
                                         manual_revlog, write_manual_revlog, write_revlog)
from quizgen.export.anki.notes import ExportPlan, NoteSpec
from quizgen.export.anki.notetypes import NoteTypeSpec, cloze_notetype, mcq_notetype
from quizgen.files import WriteError, write_atomic
from quizgen.study.records import Answered

# The zip format stores dates from 1980 to 2107 only.
_ZIP_FIRST = (1980, 1, 1, 0, 0, 0)
_ZIP_LAST = (2107, 12, 31, 23, 59, 58)


@dataclass(frozen=True, slots=True)
class PackageSummary:
    decks: int
    notes: int
    cards: int
    media: int
    cards_with_history: int
    revlog_rows: int


def _genanki_model(spec: NoteTypeSpec) -> genanki.Model:
    return genanki.Model(
        spec.id,
        spec.name,
        fields=[{"name": name} for name in spec.fields],
        templates=[{"name": spec.template_name, "qfmt": spec.front, "afmt": spec.back}],
        css=spec.css,
        model_type=genanki.Model.CLOZE if spec.is_cloze else genanki.Model.FRONT_BACK,
        sort_field_index=0,
    )


def _build_collection(plan: ExportPlan, connection: sqlite3.Connection, timestamp: int) -> int:
    """Fill the package's collection through genanki; returns the number of Anki cards."""
    models = {"cloze": _genanki_model(cloze_notetype()), "mcq": _genanki_model(mcq_notetype())}
    decks = {spec.anki_id: genanki.Deck(spec.anki_id, spec.name, spec.description) for spec in plan.decks}
    for note in plan.notes:
        decks[note.deck_id].add_note(
            genanki.Note(model=models[note.notetype], fields=list(note.fields), tags=list(note.tags),
                         guid=note.guid, due=note.position)
        )
    cursor = connection.cursor()
    ids = itertools.count(timestamp * 1000)
    genanki.Package(list(decks.values())).write_to_db(cursor, timestamp, ids)
    # Declare the v2 scheduler and Anki's default day rollover, so that Anki reads the
    # scheduling columns below as written, with no v1 upgrade pass.
    (conf_text,) = cursor.execute("SELECT conf FROM col").fetchone()
    conf = json.loads(conf_text)
    conf.update({"schedVer": 2, "rollover": 4})
    cursor.execute("UPDATE col SET conf = ?, mod = ?", (json.dumps(conf, sort_keys=True), timestamp * 1000))
    (card_count,) = cursor.execute("SELECT count(*) FROM cards").fetchone()
    connection.commit()
    return card_count


def _add_history(connection: sqlite3.Connection, notes: tuple[NoteSpec, ...], history: StudyHistory,
                 now: datetime, tz: tzinfo) -> tuple[int, int]:
    """Write study state into the cards table and reviews into revlog; returns (cards, revlog rows).

    One pass over the cards in Python, then the answers in one statement inside SQLite, the study
    collection attached read-only (history.write_revlog): memory holds a few numbers per card, never
    the history.
    """
    rows = connection.execute("SELECT n.guid, c.ord, c.id FROM cards c JOIN notes n ON n.id = c.nid").fetchall()
    anki_cards = {(guid, ordinal): card_id for guid, ordinal, card_id in rows}
    (crt,) = connection.execute("SELECT crt FROM col").fetchone()
    days = AnkiDays(int(crt), tz)
    anki_ids: list[tuple[str, int]] = []
    updates = []
    for note in notes:
        for ordinal, quizgen_id in sorted(note.card_ids.items()):
            anki_id = anki_cards.get((note.guid, ordinal))
            if anki_id is None:
                continue
            anki_ids.append((quizgen_id, anki_id))
            state = history.states.get(quizgen_id)
            columns = None if state is None else card_columns(state, days, now)
            if columns is not None:
                updates.append((columns.type, columns.queue, columns.due, columns.ivl, columns.factor, columns.reps,
                                columns.lapses, columns.left, columns.data, anki_id))
    connection.executemany(
        "UPDATE cards SET type=?, queue=?, due=coalesce(?, due), ivl=?, factor=?, reps=?, lapses=?, left=?, data=? "
        "WHERE id=?", updates)
    by_quizgen_id = dict(anki_ids)
    # Flags are Anki's own numbers (1 red ... 7 purple), in the low bits of cards.flags.
    connection.executemany("UPDATE cards SET flags = ? WHERE id = ?",
                           [(flag, by_quizgen_id[card_id]) for card_id, flag in history.flags.items()
                            if card_id in by_quizgen_id])
    connection.commit()
    # Joined by the collection's integer card key; outside a transaction, as ATTACH must be.
    answers = history.attach_answers(connection, "study", anki_ids)
    bad = connection.execute(bad_answer_sql(answers)).fetchone()
    if bad is not None:
        quizgen_ids = {anki_id: quizgen_id for quizgen_id, anki_id in anki_ids}
        raise BadAnswer(Answered(bad[0], quizgen_ids[bad[1]], *bad[2:]))
    # Anki's two revlog indexes (as genanki's schema makes them) are made again after the rows go
    # in: one sort each, instead of an index update per row in no particular order.
    connection.execute("DROP INDEX ix_revlog_usn")
    connection.execute("DROP INDEX ix_revlog_cid")
    revlog_done = write_revlog(connection, answers)
    write_manual_revlog(connection, manual_revlog(history.reschedules, by_quizgen_id, days))
    connection.execute("CREATE INDEX ix_revlog_usn on revlog (usn)")
    connection.execute("CREATE INDEX ix_revlog_cid on revlog (cid)")
    connection.commit()
    return len(updates), revlog_done


def _build_collection_file(plan: ExportPlan, db_path: Path, timestamp: int, history: StudyHistory | None,
                           now: datetime, tz: tzinfo) -> tuple[int, int, int]:
    """Write the package's SQLite collection at `db_path`; returns (Anki cards, cards with history, revlog rows)."""
    connection = sqlite3.connect(db_path.resolve().as_uri(), uri=True)  # URIs: the study collection attaches read-only
    try:
        # A scratch file, zipped and deleted: no rollback journal, no waiting on the disk.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        card_count = _build_collection(plan, connection, timestamp)
        with_history, revlog = (0, 0)
        if history is not None:
            with_history, revlog = _add_history(connection, plan.notes, history, now, tz)
    finally:
        connection.close()
    return card_count, with_history, revlog


def _zip_entry(name: str, timestamp: int) -> zipfile.ZipInfo:
    moment = tuple(datetime.fromtimestamp(min(timestamp, 253_402_300_799), UTC).timetuple()[:6])
    info = zipfile.ZipInfo(name, date_time=min(max(moment, _ZIP_FIRST), _ZIP_LAST))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # unix, whatever the platform
    info.external_attr = 0o644 << 16
    return info


def write_package(plan: ExportPlan, out_path: Path, *, timestamp: int, history: StudyHistory | None = None,
                  now: datetime | None = None, tz: tzinfo | None = None) -> PackageSummary:
    """Write `plan` as an .apkg at `out_path` (atomically). `timestamp` (seconds) stamps every note,
    card and note type: Anki updates a note on import only if this is newer than its copy's."""
    now = now or datetime.fromtimestamp(timestamp, UTC)
    tz = tz or now.astimezone().tzinfo or UTC
    out_path = Path(out_path)
    media_names = {str(index): media.name for index, media in enumerate(plan.media)}
    with tempfile.TemporaryDirectory(prefix="quizgen-apkg-") as work:
        db_path = Path(work) / "collection.anki2"
        try:
            card_count, with_history, revlog = _build_collection_file(plan, db_path, timestamp, history, now, tz)
        except sqlite3.OperationalError as error:  # the scratch file's disk is full or unwritable
            code = errno.ENOSPC if "full" in str(error) else errno.EIO
            raise WriteError(out_path, OSError(code, os.strerror(code), tempfile.gettempdir())) from None

        def write_zip(raw: BinaryIO) -> None:
            with zipfile.ZipFile(raw, "w") as archive:
                # Level 1 DEFLATE: a third of the default level's time for a package ~12% larger
                # (still about a fifth of the stored collection). Copied in chunks: never whole in memory.
                entry = _zip_entry("collection.anki2", timestamp)
                entry.file_size = db_path.stat().st_size
                # The level of an entry opened for writing is its ZipInfo's: public as `compress_level`
                # from Python 3.13; on 3.11-3.12 it is the attribute `writestr(compresslevel=)` sets.
                setattr(entry, "compress_level" if sys.version_info >= (3, 13) else "_compresslevel", 1)
                with db_path.open("rb") as source, archive.open(entry, "w") as target:
                    shutil.copyfileobj(source, target, 1 << 20)
                for index, media in enumerate(plan.media):
                    archive.writestr(_zip_entry(str(index), timestamp), media.data)
                archive.writestr(_zip_entry("media", timestamp), json.dumps(media_names, sort_keys=True))
                if plan.roundtrip:  # read by `quizgen import`; Anki ignores members it does not know
                    archive.writestr(_zip_entry("quizgen.json", timestamp),
                                     json.dumps(plan.roundtrip, sort_keys=True, ensure_ascii=False))

        write_atomic(out_path, write_zip)
    return PackageSummary(len(plan.decks), len(plan.notes), card_count, len(plan.media), with_history, revlog)
