"""Zip files that are byte-reproducible (the quiz files are written with `quizgen.files.write_atomic`)."""

from __future__ import annotations

import io
import zipfile
from typing import Iterable

#: Every zip member gets this date: zip files (QTI, xlsx) must not depend on when they were made.
FIXED_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def deterministic_zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip of (name, data) members in the given order, with fixed dates and permissions."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever machine made it
            archive.writestr(info, data)
    return buffer.getvalue()


def rezip(data: bytes) -> bytes:
    """The same zip, its members rewritten with fixed dates (for files a library zipped itself)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    return deterministic_zip(members)
