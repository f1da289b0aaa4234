"""Helpers for the Anki export tests: import a package like Anki's dialog does, look inside one."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest, ImportResponse

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards

#: A deck exercising the things the export must get right: sources with a URL, pools, tags with
#: spaces, a note with markup, a multi-blank fact, alternatives and a fact full of HTML and
#: cloze-like syntax.
SPACE_DECK = """\
title: "Challenge: film in space"
id: space
description: Facts about the first feature film shot in orbit.
sources:
  original:
    title: Russian Film Crew Set to Make First Ever Movie in Space
    url: https://example.org/story?a=1&b=2
pools:
  person: [Anton Shkaplerov, Valentina Tereshkova, Yuri Gagarin, Oleg Novitsky, Alena Mordovina, Vladimir Mashkov,
           Irina Alfyorova, Yulia Snigir]
  year: [2019, 2020, 2022]
facts:
  - id: lead-actress
    text: "Russian actress {Yulia Peresild} plays the lead role in Challenge."
    type: person
    source: original
    tags: [cast, lead role]
    note: "Peresild was picked from <20> finalists & trained for months."
  - id: launch
    text: "The crew launched in {2021} on Soyuz {MS-19|MS19}."
    type: [year, term]
  - id: director
    text: "{Klim Shipenko} directed Challenge."
    type: person
    tags: [crew]
    distractors: [Oleg Novitsky, Vladimir Mashkov, Anton Shkaplerov]
  - id: tricky
    text: 'A <script>alert("x")</script> & ''quotes'' \\{\\{c1::gotcha\\}\\} :: stays text, said {Anton Shkaplerov}.'
    type: person
"""


def import_package(col: Collection, package: Path, *, with_scheduling: bool = False) -> ImportResponse.Log:
    """Import like Anki's import dialog with default options ("update if newer")."""
    request = ImportAnkiPackageRequest(
        package_path=str(package),
        options=ImportAnkiPackageOptions(with_scheduling=with_scheduling, merge_notetypes=False),
    )
    return col.import_anki_package(request).log


def package_db(package: Path, tmp_path: Path) -> sqlite3.Connection:
    """Open the SQLite collection inside a package, to look at what was written (not how Anki reads it)."""
    target = tmp_path / f"unzipped-{package.stem}.anki2"
    with zipfile.ZipFile(package) as archive:
        target.write_bytes(archive.read("collection.anki2"))
    return sqlite3.connect(target)


def package_media(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        names = json.loads(archive.read("media"))
        return {name: archive.read(index) for index, name in names.items()}


def generated_options(deck: Path, card_id: str) -> list[str]:
    """The options quizgen's generator gives an MCQ card (default seed), in its order."""
    (card,) = [c for c in generate_cards(load_decks([deck]).decks) if c.id == card_id]
    assert card.options is not None
    return list(card.options)
