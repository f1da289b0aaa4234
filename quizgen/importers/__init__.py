"""Importers: foreign flashcard and question files as quizgen decks (`quizgen import`).

Each importer module has `read(path, options) -> Imported`; `read_file` picks one by the file's
contents and name. Importers only read and convert; `writer` writes the decks, and
`importers.anki.history` carries an Anki package's review history into the study collection.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from quizgen.core.inputfiles import refuse_irregular
from quizgen.core.problems import InputError, Problem
from quizgen.importers.model import Imported

#: The kinds `--from` accepts, with the suffixes that select each one.
KINDS = {
    "anki": (".apkg", ".colpkg"),
    "gift": (".gift",),
    "moodle-xml": (".xml",),
    "csv": (".csv",),
    "tsv": (".tsv", ".tab"),
    "quizlet": (".txt",),
    "markdown": (".md", ".markdown"),
}


@dataclass(frozen=True, slots=True)
class ImportOptions:
    flatten: bool = False
    columns: tuple[str, ...] | None = None  # CSV/TSV: column names when the file has no header row
    separator: str | None = None  # Quizlet: between term and definition (default: a tab)
    card_separator: str | None = None  # Quizlet: between cards (default: a line break)
    kind: str | None = None  # force an importer (`--from`)


def detect_kind(path: Path, forced: str | None = None) -> str:
    """Which importer reads `path`: `forced`, else by content (zip, XML, GIFT), else by suffix."""
    if not path.exists():
        raise InputError([Problem(path, None, None, "no such file.", "name an existing file to import.")])
    refuse_irregular(path, "name the file to import (to import what a program writes, save it to a file first: "
                     "`cmd > cards.csv`).")
    if forced:
        return forced
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise InputError([Problem(path, None, None, f"cannot read the file: {error.strerror or error}.")]) from None
    if zipfile.is_zipfile(path) or suffix in KINDS["anki"]:
        return "anki"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<quiz"):
        return "moodle-xml"
    if suffix in (".gift",) or (suffix == ".txt" and _looks_like_gift(head)):
        return "gift"
    for kind, suffixes in KINDS.items():
        if suffix in suffixes:
            return kind
    known = ", ".join(s for suffixes in KINDS.values() for s in suffixes)
    raise InputError([Problem(path, None, None, f"cannot tell what kind of file this is (suffix '{suffix or 'none'}').",
                              f"use one of the known suffixes ({known}) or say which with --from "
                              f"({', '.join(KINDS)}).")])


def _looks_like_gift(head: bytes) -> bool:
    text = head.decode("utf-8", "replace")
    return "$CATEGORY:" in text or ("{" in text and ("::" in text or "~" in text or "=" in text)
                                    and "\t" not in text.split("\n", 1)[0])


def read_file(path: Path, options: ImportOptions) -> Imported:
    kind = detect_kind(path, options.kind)
    if kind == "anki":
        from quizgen.importers.anki import read
    elif kind == "gift":
        from quizgen.importers.gift import read
    elif kind == "moodle-xml":
        from quizgen.importers.moodle_xml import read
    elif kind in ("csv", "tsv", "quizlet"):
        from quizgen.importers.tabular import read
    elif kind == "markdown":
        from quizgen.importers.markdown import read
    else:  # pragma: no cover - argparse restricts --from
        raise ValueError(kind)
    return read(path, options, kind)


def read_text_file(path: Path) -> str:
    """A text file as UTF-8 (a byte order mark is dropped); InputError when it is not UTF-8."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError([Problem(path, None, None, f"cannot read the file: {error.strerror or error}.")]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError([Problem(path, line, None, "the file is not UTF-8 text.",
                                  "save it as UTF-8 (in a spreadsheet: CSV UTF-8) and import it again.")]) from None
