"""Read the learner's study history for `--with-history` through the study store's read API."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from quizgen.core.problems import InputError, Problem
from quizgen.export.anki.history import BadAnswer, StudyHistory
from quizgen.study.store import Collection, default_db_path


@contextmanager
def open_history(db_path: Path | None, card_ids: Iterable[str]) -> Iterator[StudyHistory]:
    """The states of `card_ids` and the answers of the collection at `db_path` (default: the
    user's), which stays open until the block ends: its answers are read by the package's own
    connection, the collection attached read-only.

    A collection that does not exist is an error here: exporting "with history" from nothing is
    almost certainly a wrong path, and opening would create an empty collection.
    """
    path = Path(db_path).expanduser() if db_path is not None else default_db_path()
    if not path.is_file():
        raise InputError([Problem(path, None, "--db", "no study collection here.",
                                  "pass the collection you study with (--db PATH or $QUIZGEN_DB), "
                                  "or drop --with-history.")])
    with Collection.open(path, read_only=True) as collection:
        wanted = set(card_ids)
        states = collection.card_states(wanted)
        flags = collection.flags(wanted)
        reschedules = [row for row in collection.reschedule_log() if row.card_id in wanted]
        try:
            yield StudyHistory(states=states, attach_answers=collection.attach_answers, flags=flags,
                               reschedules=reschedules)
        except BadAnswer as error:  # raised as the answers go into the package
            raise collection.damaged(str(error)) from None
