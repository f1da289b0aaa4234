"""Fit the learner's own FSRS-6 parameters from review history with fsrs-rs-python.

History is grouped by card and by study day (4 a.m. rollover): each answer given on a later
study day than the card's previous one makes one training item (the card's reviews up to it),
as in fsrs-rs's own examples. A card's history starts at its last reset, as in Anki's optimizer:
a reset (the browser's "reset", Anki's "forget") is not a row of the log, but the answer after it
is logged with no memory before it, as a new card's first answer is; reviews before it are left
out, and a card reset since its last answer gives nothing. Log loss and RMSE(bins) are measured on the same items for the
default and the fitted parameters, so they can be compared.
"""

from __future__ import annotations

import csv
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Iterable, Sequence

from quizgen.core.inputfiles import refuse_irregular
from quizgen.core.problems import InputError, Problem
from quizgen.study.records import from_micros
from quizgen.study.scheduler import DEFAULT_PARAMETERS, study_day
from quizgen.study.store import Collection

#: Training items needed before fitting: fewer give parameters that swing wildly from one fit to
#: the next (measured on the josh log: 50 items fit an initial stability of 0.001 days).
MIN_ITEMS = 400
CSV_COLUMNS = ("card_id", "review_rating", "review_time")


@dataclass(frozen=True)
class Answer:
    """One answer of a history, as the optimizer needs it."""

    card_id: str
    reviewed_at: datetime
    rating: int  # 1 Again .. 4 Easy
    #: The card had no memory before this answer: its first answer, or the first after a reset,
    #: where its history starts again. (A CSV log does not say: its first answer.)
    fresh: bool = False


@dataclass(frozen=True)
class FitResult:
    reviews: int  # answers in the history
    items: int  # training items built from them
    needed: int  # how many more items a fit needs (0 when it was done)
    default_log_loss: float | None
    default_rmse_bins: float | None
    parameters: tuple[float, ...] | None = None  # None when there was too little history
    log_loss: float | None = None
    rmse_bins: float | None = None
    seconds: float = 0.0

    @property
    def improved(self) -> bool:
        return self.log_loss is not None and self.default_log_loss is not None \
            and self.log_loss < self.default_log_loss


def training_histories(
    answers: Iterable[Answer], tz: tzinfo | None = None, rollover_hour: int = 4
) -> list[tuple[tuple[int, int], ...]]:
    """Training items as (rating, days since the card's previous answer) sequences, oldest first.

    Each answer given on a later study day than the card's previous one ends one item holding the
    card's answers up to it; same-day answers (learning steps) only appear inside later items. A
    card's history starts at its last `fresh` answer (after a reset).
    """
    by_card: dict[str, list[Answer]] = defaultdict(list)
    for answer in answers:
        by_card[answer.card_id].append(answer)
    dated: list[tuple[datetime, str, tuple[tuple[int, int], ...]]] = []
    for card_id, history in by_card.items():
        history.sort(key=lambda a: a.reviewed_at)
        restarts = [i for i, answer in enumerate(history) if answer.fresh]
        if restarts:
            history = history[restarts[-1]:]
        days = [study_day(a.reviewed_at, tz, rollover_hour) for a in history]
        reviews: list[tuple[int, int]] = []
        for i, answer in enumerate(history):
            delta_days = (days[i] - days[i - 1]).days if i else 0
            reviews.append((answer.rating, delta_days))
            if i and delta_days > 0:
                dated.append((answer.reviewed_at, card_id, tuple(reviews)))
    dated.sort(key=lambda entry: (entry[0], entry[1]))
    return [reviews for _, _, reviews in dated]


def training_items(answers: Iterable[Answer], tz: tzinfo | None = None, rollover_hour: int = 4) -> list:
    """fsrs-rs FSRSItems from a history, in the order their last answer was given."""
    from fsrs_rs_python import FSRSItem, FSRSReview

    return [FSRSItem([FSRSReview(rating, delta) for rating, delta in history])
            for history in training_histories(answers, tz, rollover_hour)]


def fit(answers: Sequence[Answer], tz: tzinfo | None = None, rollover_hour: int = 4,
        current: Sequence[float] | None = None) -> FitResult:
    """Fit parameters to `answers`; compare with `current` (default: FSRS-6's defaults)."""
    from fsrs_rs_python import FSRS

    baseline = list(current or DEFAULT_PARAMETERS)
    items = training_items(answers, tz, rollover_hour)
    if not items:
        return FitResult(len(answers), 0, MIN_ITEMS, None, None)
    before = FSRS(baseline).evaluate(items)
    if len(items) < MIN_ITEMS:
        return FitResult(len(answers), len(items), MIN_ITEMS - len(items), before.log_loss, before.rmse_bins)
    started = time.perf_counter()
    parameters = tuple(float(p) for p in FSRS(list(DEFAULT_PARAMETERS)).compute_parameters(items))
    seconds = time.perf_counter() - started
    after = FSRS(list(parameters)).evaluate(items)
    return FitResult(len(answers), len(items), 0, before.log_loss, before.rmse_bins, parameters,
                     after.log_loss, after.rmse_bins, seconds)


def collection_answers(collection: Collection) -> list[Answer]:
    """Every answer in a collection's review log that counts for a fit: not those of a card reset
    since (its history starts again at its next answer)."""
    reset = collection.reset_cards()
    return [Answer(row.card_id, from_micros(row.reviewed_at), row.rating, row.memory_before is None)
            for row in collection.answers() if row.card_id not in reset]


def read_revlog_csv(path: Path) -> list[Answer]:
    """A CSV review log: card_id, review_rating (1-4), review_time (ISO 8601 or epoch ms), ...

    Extra columns (review_duration, review_state) are ignored. Bad rows raise InputError.
    """
    refuse_irregular(path, "name the review log's CSV file (save what a program writes to a file first).")
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise InputError([Problem(path, 1, None, f"missing column(s) {', '.join(missing)}",
                                          f"the header must name {', '.join(CSV_COLUMNS)}")])
            answers, problems = [], []
            for row in reader:
                line = reader.line_num
                try:
                    answers.append(Answer(row["card_id"], _parse_time(row["review_time"]),
                                          _parse_rating(row["review_rating"])))
                except ValueError as error:
                    problems.append(Problem(path, line, None, str(error)))
                if len(problems) >= 20:
                    break
    except FileNotFoundError:
        raise InputError([Problem(path, None, None, "no such file")]) from None
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError([Problem(path, None, None, f"cannot read the review log: {error}")]) from None
    if problems:
        raise InputError(problems)
    return answers


def _parse_time(text: str) -> datetime:
    text = (text or "").strip()
    if text.isdigit():
        return datetime.fromtimestamp(int(text) / 1000, UTC)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"review_time {text!r} is not an ISO 8601 time or epoch milliseconds") from None
    if moment.tzinfo is None:
        raise ValueError(f"review_time {text!r} has no time zone (add +00:00 for UTC)")
    return moment


def _parse_rating(text: str) -> int:
    if (text or "").strip() not in ("1", "2", "3", "4"):
        raise ValueError(f"review_rating {text!r} is not 1, 2, 3 or 4")
    return int(text)
