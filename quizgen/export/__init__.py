"""Exports of quizgen decks to other tools (Anki packages first).

Shared rules for every exporter: the output file is written to a temporary file in the same
folder and renamed into place, and a build timestamp honours SOURCE_DATE_EPOCH so that the same
input gives byte-identical output.
"""

from __future__ import annotations

import os
from datetime import datetime

from quizgen.core.problems import InputError, Problem


def build_timestamp(now: datetime) -> int:
    """Seconds since the epoch that stamp the output: $SOURCE_DATE_EPOCH when set, else `now`."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is None or raw.strip() == "":
        return int(now.timestamp())
    try:
        value = int(raw.strip())
    except ValueError:
        value = -1
    if value < 0:
        raise InputError([Problem("SOURCE_DATE_EPOCH", None, None, f"'{raw}' is not a number of seconds since 1970.",
                                  "set it to a non-negative integer, e.g. $(git log -1 --format=%ct), or unset it.")])
    return value
