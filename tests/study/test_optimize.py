"""Fitting FSRS parameters: on the public josh review log the fit beats the defaults."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import fsrs
import pytest

from quizgen.cli import main
from quizgen.core.problems import InputError
from quizgen.study.optimize import MIN_ITEMS, Answer, fit, read_revlog_csv, training_histories, training_items
from quizgen.study.scheduler import DEFAULT_PARAMETERS
from quizgen.study.catalog import Catalog, DeckCards, DeckInfo
from quizgen.study.session import StudySession
from quizgen.study.settings import Settings
from quizgen.study.store import Collection

from .conftest import catalog_of

JOSH = Path(__file__).resolve().parents[1] / "data" / "review_logs_josh.csv"


@pytest.fixture(scope="module")
def josh() -> list[Answer]:
    return read_revlog_csv(JOSH)


def test_fit_on_the_josh_log_beats_the_defaults(josh: list[Answer]) -> None:
    assert len(josh) == 12580
    result = fit(josh, tz=UTC)
    assert result.parameters is not None and len(result.parameters) == len(DEFAULT_PARAMETERS)
    assert result.log_loss < result.default_log_loss
    assert result.rmse_bins < result.default_rmse_bins
    assert result.improved
    # The reference figures measured with fsrs-rs-python 0.9.3 (tests/data/README).
    assert result.default_log_loss == pytest.approx(0.4535, abs=5e-4)
    assert result.log_loss == pytest.approx(0.4444, abs=2e-3)


def test_training_items_group_by_card_and_study_day() -> None:
    start = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    answers = [
        Answer("a", start, 3),
        Answer("a", start + timedelta(minutes=10), 3),  # same day: no item of its own
        Answer("a", start + timedelta(days=2), 3),
        Answer("a", start + timedelta(days=9), 1),
        Answer("b", start + timedelta(hours=15, minutes=30), 3),  # 03:30 the next morning: still March 10
        Answer("b", start + timedelta(hours=16, minutes=30), 3),  # 04:30: a new study day
    ]
    histories = training_histories(answers, tz=UTC, rollover_hour=4)
    assert histories == [
        ((3, 0), (3, 1)),
        ((3, 0), (3, 0), (3, 2)),
        ((3, 0), (3, 0), (3, 2), (1, 7)),
    ]
    assert len(training_items(answers, tz=UTC)) == 3


def test_a_cards_history_starts_again_at_its_last_reset(tmp_path, clock, settings) -> None:
    """As Anki's optimizer: the reviews before a reset (the browser's "reset") are not fitted as if
    the card's memory had gone on through it."""
    from quizgen.study.optimize import collection_answers

    from quizgen.study.records import ReviewDraft
    from quizgen.study.scheduler import Scheduler
    from quizgen.study.session import answered_state

    scheduler = Scheduler(settings)
    with Collection.open(tmp_path / "reset.sqlite3") as collection:

        def answer(card_id: str, rating: fsrs.Rating) -> None:
            """Answer as a session does (its own rule for the state after), at the clock's time."""
            now = clock()

            def decide(before, reviews):  # type: ignore[no-untyped-def]
                state, _ = answered_state(scheduler, settings, card_id, before, rating, now, reviews, 1000)
                return ReviewDraft(now, rating, "cloze", "right", "", None, 1000, state)

            collection.apply_review(card_id, decide)

        kept, gone = "space:actress:1:cloze", "space:director:1:cloze"
        answer(kept, fsrs.Rating.Good)  # day 0
        answer(gone, fsrs.Rating.Good)
        clock.advance(days=2)
        answer(kept, fsrs.Rating.Again)  # day 2: an item of the first history
        answer(gone, fsrs.Rating.Good)
        collection.forget([kept, gone])  # reset both
        clock.advance(days=1)
        answer(kept, fsrs.Rating.Good)  # day 3: the card's history starts again here
        clock.advance(days=4)
        answer(kept, fsrs.Rating.Hard)  # day 7
        # `gone` was reset and not answered since: none of its answers are fitted.
        answers = collection_answers(collection)
        assert [(a.card_id, a.rating, a.fresh) for a in answers] == [
            (kept, 3, True), (kept, 1, False), (kept, 3, True), (kept, 2, False)]
        assert training_histories(answers, tz=UTC) == [((3, 0), (2, 4))]


def test_too_little_history_says_how_much_more(josh: list[Answer]) -> None:
    few = josh[:300]
    result = fit(few, tz=UTC)
    assert result.parameters is None and 0 < result.items < MIN_ITEMS
    assert result.needed == MIN_ITEMS - result.items
    assert fit([], tz=UTC).needed == MIN_ITEMS


def test_bad_csv_rows_are_reported_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("card_id,review_rating,review_time\n1,3,2024-03-29T20:32:32+00:00\n1,5,2024-03-30T20:00:00+00:00\n"
                    "2,3,yesterday\n3,3,2024-03-30T20:00:00\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_revlog_csv(path)
    assert [(p.line, p.message.split()[0]) for p in raised.value.problems] == [
        (3, "review_rating"), (4, "review_time"), (5, "review_time")]
    path.write_text("id,rating\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column"):
        read_revlog_csv(path)


def test_optimize_command_stores_parameters_that_scheduling_uses(tmp_path, capsys, decks_and_cards, clock,
                                                                  settings) -> None:
    db = tmp_path / "fit.sqlite3"
    assert main(["optimize", "--db", str(db), "--revlog", str(JOSH), "--dry-run"]) == 0
    assert "nothing stored" in capsys.readouterr().out
    with Collection.open(db) as collection:
        assert collection.parameters() is None
    assert main(["optimize", "--db", str(db), "--revlog", str(JOSH)]) == 0
    out = capsys.readouterr().out
    current, fitted = (line.split() for line in out.splitlines() if line.lstrip().startswith(("current", "fitted")))
    assert float(fitted[-2]) < float(current[-2])  # log loss
    assert "Stored" in out
    with Collection.open(db) as collection:
        stored = collection.parameters()
        assert stored is not None and stored.log_loss < stored.default_log_loss and stored.reviews == 12580
        session = StudySession(collection, catalog_of(*decks_and_cards), clock=clock, settings=settings)
        assert session.scheduler("space").parameters == stored.parameters


def test_optimize_command_with_too_little_history(tmp_path, capsys) -> None:
    assert main(["optimize", "--db", str(tmp_path / "empty.sqlite3")]) == 0
    assert "Not enough history" in capsys.readouterr().out
    assert main(["optimize", "--db", str(tmp_path / "empty.sqlite3"), "--revlog", str(tmp_path / "none.csv")]) == 2
    assert "no such file" in capsys.readouterr().err


def _history_into(collection: Collection, answers: list[Answer], deck: str) -> None:
    """`answers` as the collection's history of cards of `deck` (one card per log card id), replayed
    through the session's own rule."""
    from quizgen.study.records import ReviewDraft
    from quizgen.study.scheduler import Scheduler
    from quizgen.study.session import answered_state
    from quizgen.study.settings import Settings

    settings = Settings(enable_fuzzing=False)
    scheduler = Scheduler(settings)
    by_card: dict[str, list[Answer]] = {}
    for answer in sorted(answers, key=lambda a: a.reviewed_at):
        by_card.setdefault(f"{deck}:c{answer.card_id}:1:cloze", []).append(answer)
    histories = {}
    for card_id, history in by_card.items():
        state, drafts = None, []
        for number, answer in enumerate(history):
            rating = fsrs.Rating(answer.rating)
            state, _ = answered_state(scheduler, settings, card_id, state, rating, answer.reviewed_at, number, 1000)
            drafts.append(ReviewDraft(answer.reviewed_at, rating, "cloze", "right", "", None, 1000, state))
        histories[card_id] = drafts
    collection.import_history(histories)


@pytest.mark.slow
def test_optimize_fits_each_deck_with_enough_history_and_its_cards_use_them(tmp_path, capsys, clock) -> None:
    josh = read_revlog_csv(JOSH)
    db = tmp_path / "decks.sqlite3"
    with Collection.open(db) as collection:
        _history_into(collection, josh, "josh")  # 12580 answers: enough for a fit of its own
        _history_into(collection, josh[:200], "small")  # too few
    assert main(["optimize", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    whole_part, josh_part, small_part = out.split("\nDeck ")
    assert whole_part.startswith("Whole history:") and "Stored" in whole_part
    assert josh_part.startswith("josh:") and "deck josh's cards use the fitted parameters" in josh_part
    assert small_part.startswith("small:") and "Not enough history" in small_part
    assert "This deck uses the whole history's parameters" in small_part
    with Collection.open(db) as collection:
        whole, own = collection.parameters(), collection.deck_parameters()
        assert set(own) == {"josh"} and own["josh"].deck == "josh" and own["josh"].reviews == 12580
        assert whole is not None and whole.deck is None and whole.reviews == 12780
        assert own["josh"].parameters != whole.parameters
        # The session schedules each deck with its parameters: the same answer, other intervals.
        decks = ("josh", "small")
        session = StudySession(collection, Catalog([DeckCards(DeckInfo(d, d, Path(d), 0), (), _no_card)
                                                    for d in decks]), clock=clock, settings=Settings())
        assert session.scheduler("josh").parameters == own["josh"].parameters
        assert session.scheduler("small").parameters == whole.parameters
        dues = {}
        for deck in decks:
            scheduler, now = session.scheduler(deck), clock()
            card = scheduler.review(scheduler.new_card("x:y:1:cloze", now), fsrs.Rating.Good, now, fuzz_seed="x")
            later = now + timedelta(minutes=10)
            dues[deck] = scheduler.review(card, fsrs.Rating.Good, later, fuzz_seed="x").due - later  # graduated
        assert dues["josh"] != dues["small"]
    # Fitting one deck again: no whole-history fit; an unknown deck is an input error.
    assert main(["optimize", "--db", str(db), "--deck", "josh", "--dry-run"]) == 0
    assert "Whole history" not in capsys.readouterr().out
    assert main(["optimize", "--db", str(db), "--deck", "nope"]) == 2
    assert "no answers to cards of deck 'nope'" in capsys.readouterr().err


def _no_card(card_id: str):
    raise KeyError(card_id)
