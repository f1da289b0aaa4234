"""Read the learner's study history for `--with-history` through the study store's read API."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from quizgen.core.problems import InputError, Problem
from quizgen.export.anki.history import StudyHistory, group_reviews
from quizgen.study.store import Collection, default_db_path


def read_history(db_path: Path | None, card_ids: Iterable[str]) -> StudyHistory:
    """Card states and reviews of `card_ids` from the collection at `db_path` (default: the user's).

    A collection that does not exist is an error here: exporting "with history" from nothing is
    almost certainly a wrong path, and opening would create an empty collection.
    """
    path = Path(db_path).expanduser() if db_path is not None else default_db_path()
    if not path.is_file():
        raise InputError([Problem(path, None, "--db", "no study collection here.",
                                  "pass the collection you study with (--db PATH or $QUIZGEN_DB), "
                                  "or drop --with-history.")])
    wanted = set(card_ids)
    with Collection.open(path) as collection:
        states = collection.card_states(wanted)
        reviews = collection.review_log(card_ids=wanted)
    return StudyHistory(states=states, reviews=group_reviews(reviews))
