"""Helpers for the Anki export tests: import a package like Anki's dialog does, look inside one."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest, ImportResponse


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
