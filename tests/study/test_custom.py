"""Custom study (quizgen.study.custom): the selection as a search, study ahead, extra new cards
today, a scheduled custom session, and cram, which writes nothing; reset through the real store."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta

import fsrs
import pytest

from quizgen.study.browse import BrowseIndex, CardFacts, Today
from quizgen.study.custom import CRAM_AGAIN_GAP, CustomSession, Selection, choose_cards, selection_query
from quizgen.study.session import StudySession

from .conftest import catalog_of
from .test_session import _answer_right, _answer_wrong, _grade_right, _snapshot


@pytest.mark.parametrize(("selection", "query"), [
    (Selection(), "-is:new -is:suspended -is:buried"),
    (Selection(deck="space"), 'deck:"space" -is:new -is:suspended -is:buried'),
    (Selection(tags=("cast",), cram=True), 'tag:"cast" -is:suspended -is:buried'),
    (Selection(tags=("cast", "crew"), cram=True), '(tag:"cast" or tag:"crew") -is:suspended -is:buried'),
    (Selection(deck="space", ahead_days=3), 'deck:"space" is:review prop:due<=3 -is:suspended -is:buried'),
])
def test_a_selection_is_a_browser_search(selection: Selection, query: str) -> None:
    assert selection_query(selection) == query


def _index(session: StudySession, cards) -> tuple[BrowseIndex, Today]:  # type: ignore[no-untyped-def]
    index = BrowseIndex([CardFacts.of(card) for card in cards], session.collection.status_rows())
    today = Today(session.today(), session.days, {})
    return index, today


def test_study_ahead_takes_review_cards_due_within_n_days(collection, decks_and_cards, clock, settings) -> None:
    decks, cards = decks_and_cards
    session = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=settings, tz=UTC)
    session.start()
    early = _grade_right(session)
    session.rate(fsrs.Rating.Easy)  # straight to review, due in about a week
    clock.advance(days=2)
    session.start()
    sibling = _grade_right(session)  # the same fact's cloze comes first, a day later (recognition first)
    session.rate(fsrs.Rating.Easy)
    late = _grade_right(session)
    session.rate(fsrs.Rating.Easy)
    assert sibling.split(":")[1] == early.split(":")[1] != late.split(":")[1]
    early_due = collection.card_state(early).due
    late_due = collection.card_state(late).due
    assert early_due is not None and late_due is not None and early_due < late_due
    clock.now = early_due - timedelta(days=2)  # the first due in 2 days, the second in 4
    index, today = _index(session, cards)
    assert choose_cards(index, Selection(ahead_days=3), today) == [early]
    assert choose_cards(index, Selection(ahead_days=7), today) == [early, late]  # one card per fact: not `sibling`
    assert choose_cards(index, Selection(ahead_days=7, limit=1), today) == [early]
    assert choose_cards(index, Selection(ahead_days=1), today) == []


def test_one_card_per_fact_and_tags(collection, decks_and_cards, clock, settings) -> None:
    decks, cards = decks_and_cards
    tagged = [card if card.fact != "launch" else replace(card, tags=("crew",)) for card in cards]
    session = StudySession(collection, catalog_of(decks, tagged), clock=clock, settings=settings, tz=UTC)
    index, today = _index(session, tagged)
    scheduled = choose_cards(index, Selection(tags=("crew",)), today)
    assert scheduled == []  # a scheduled custom session takes studied cards only
    chosen = choose_cards(index, Selection(tags=("crew",), cram=True), today)
    launch = [card.id for card in cards if card.fact == "launch"]
    assert sorted(chosen) == sorted(launch) and len(launch) == 4  # two blanks, four cards: cram takes them all
    everything = choose_cards(index, Selection(cram=True), today)
    assert sorted(everything) == sorted(card.id for card in cards)
    # Each fact's first card comes before any fact's second one: a sibling never follows its card.
    facts = [card_id.split(":")[1] for card_id in everything]
    first_count = len(set(facts))
    assert len(set(facts[:first_count])) == first_count


@pytest.mark.parametrize("kind", ["mcq", "cloze"])
def test_cram_by_kind_takes_every_card_of_that_kind(collection, decks_and_cards, clock, settings, kind) -> None:
    decks, cards = decks_and_cards
    session = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=settings, tz=UTC)
    index, today = _index(session, cards)
    chosen = choose_cards(index, Selection(cram=True, kind=kind), today)
    assert sorted(chosen) == sorted(card.id for card in cards if card.kind.value == kind)
    assert selection_query(Selection(cram=True, kind=kind)) == f"kind:{kind} -is:suspended -is:buried"
    assert len(choose_cards(index, Selection(cram=True, kind=kind, limit=2), today)) == 2


def test_cram_writes_nothing_and_brings_a_failed_card_back(collection, decks_and_cards, clock, settings,
                                                           tmp_path) -> None:
    decks, cards = decks_and_cards
    catalog = catalog_of(decks, cards)
    main = StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC)
    main.start()
    _answer_right(main)  # some history, to check it stays as it is
    before = _snapshot(tmp_path / "collection.sqlite3")
    ids = [card.id for card in cards if card.blank == 1 and card.kind.value == "mcq"]
    cram = CustomSession(collection, catalog, ids, clock=clock, settings=settings, cram=True, tz=UTC)
    cram.start()
    assert cram.banner is not None and "not saved" in cram.banner
    failed = _answer_wrong(cram)
    shown = [_answer_right(cram) for _ in range(CRAM_AGAIN_GAP)]
    assert failed not in shown
    assert _answer_right(cram) == failed  # back after CRAM_AGAIN_GAP other cards
    while cram.current() is not None:
        _answer_right(cram)
    assert _snapshot(tmp_path / "collection.sqlite3") == before  # no review, no state written
    summary = cram.summary()
    assert summary.answers == len(ids) + 1 and summary.right == len(ids)
    assert cram.undo() and cram.current() is not None and cram.current().card.id == ids[-1]


def test_a_scheduled_custom_session_saves_answers_and_failed_cards_come_back(collection, decks_and_cards, clock,
                                                                            settings) -> None:
    decks, cards = decks_and_cards
    catalog = catalog_of(decks, cards)
    ids = [cards[1].id, cards[3].id]
    custom = CustomSession(collection, catalog, ids, clock=clock, settings=settings, tz=UTC)
    custom.start()
    first = _answer_wrong(custom)
    second = _answer_right(custom)
    assert {first, second} == set(ids)
    assert len(collection.review_log()) == 2
    assert custom.current() is not None  # the failed card, in its learning step (within learn-ahead)
    assert custom.current().card.id in ids
    assert custom.undo()
    assert len(collection.review_log()) == 1
    assert custom.current().card.id == second


def test_a_custom_session_keeps_to_its_cards_through_bury_undo_and_changes_elsewhere(
        collection, decks_and_cards, clock, settings) -> None:
    decks, cards = decks_and_cards
    catalog = catalog_of(decks, cards)
    ids = [card.id for card in cards if card.blank == 1 and card.kind.value == "mcq"][:3]
    custom = CustomSession(collection, catalog, ids, clock=clock, settings=settings, tz=UTC)
    custom.start()
    buried = custom.current().card.id
    custom.bury()  # its fact's cloze is buried with it
    assert custom.card_ids == tuple(ids[1:])
    assert custom.undo() and custom.current().card.id == buried  # back; the cloze does not join
    facts = {card_id.split(":")[1] for card_id in ids}
    other = next(card.id for card in cards if card.fact not in facts)
    custom.set_suspended([other])  # the browser, on a card of no custom session
    custom.set_suspended([other], False)
    shown = []
    while (presented := custom.current()) is not None:
        shown.append(presented.card.id)
        _answer_right(custom)
        clock.advance(minutes=30)  # past the learning step it is in (a card may show twice)
    assert list(dict.fromkeys(shown)) == ids  # the session's cards, and only them


def test_extra_new_cards_today_raise_the_limit_for_today_only(collection, decks_and_cards, clock) -> None:
    from quizgen.study.settings import Settings

    decks, cards = decks_and_cards
    catalog = catalog_of(decks, cards)
    settings = Settings(enable_fuzzing=False, new_per_day=2)
    session = StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC)
    assert session.counts()[0].new == 2
    assert session.raise_limit("space", "new", 2) == 2
    assert session.counts()[0].new == 4
    again = StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC)  # a restart keeps it
    assert again.counts()[0].new == 4
    clock.advance(days=1)
    assert again.counts()[0].new == 2


def test_extra_reviews_today(collection, decks_and_cards, clock) -> None:
    from quizgen.study.settings import Settings

    decks, cards = decks_and_cards
    catalog = catalog_of(decks, cards)
    settings = Settings(enable_fuzzing=False, reviews_per_day=1)
    session = StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC)
    session.start()
    for _ in range(3):  # three facts straight to review
        _grade_right(session)
        session.rate(fsrs.Rating.Easy)
    clock.advance(days=30)
    assert session.counts()[0].due == 1
    assert session.raise_limit("space", "reviews", 5) == 5
    assert session.counts()[0].due == 3
    with pytest.raises(ValueError):
        session.raise_limit("space", "lapses", 1)


def test_reset_makes_a_card_new_and_keeps_its_history(collection, decks_and_cards, clock, settings) -> None:
    decks, cards = decks_and_cards
    session = StudySession(collection, catalog_of(decks, cards), clock=clock, settings=settings, tz=UTC)
    session.start()
    card_id = _answer_right(session)
    collection.update_flags([card_id], clock(), suspended=True)
    collection.forget([card_id])
    state = collection.card_state(card_id)
    assert state is not None and state.memory is None and state.suspended and state.reps == 1
    assert [row.card_id for row in collection.review_log()] == [card_id]


def test_the_forgetting_curve_is_fsrs_own_retrievability(collection, decks_and_cards, clock, settings) -> None:
    from quizgen.study.cardinfo import read_card_info
    from quizgen.study.scheduler import Scheduler

    decks, cards = decks_and_cards
    catalog = catalog_of(decks, cards)
    session = StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC)
    session.start()
    card_id = _grade_right(session)
    session.rate(fsrs.Rating.Easy)
    clock.advance(days=3)
    info = read_card_info(collection, catalog, settings, card_id, clock(), session.days)
    memory = collection.card_state(card_id).memory
    fsrs_scheduler = fsrs.Scheduler(parameters=Scheduler(settings).parameters)  # the library itself, directly
    assert info.retrievability == pytest.approx(fsrs_scheduler.get_card_retrievability(memory, clock()))
    assert info.curve[0] == (0.0, 1.0)
    for days, recall in info.curve:
        assert recall == pytest.approx(fsrs_scheduler.get_card_retrievability(memory, memory.last_review
                                                                              + timedelta(days=days)))
    recalls = [recall for _, recall in info.curve]
    assert recalls == sorted(recalls, reverse=True) and recalls[-1] < 0.9  # it falls below the target
    assert info.today_days == pytest.approx(3.0) and info.due_days == pytest.approx(
        (memory.due - memory.last_review).total_seconds() / 86400)
    assert [row.rating for row in info.reviews] == [fsrs.Rating.Easy]
    assert info.source is not None and "Yulia Peresild" in info.source[1]


def test_card_info_uses_the_decks_own_parameters(collection, decks_and_cards, clock, settings) -> None:
    from quizgen.study.cardinfo import read_card_info
    from quizgen.study.records import StoredParameters
    from quizgen.study.scheduler import DEFAULT_PARAMETERS

    decks, cards = decks_and_cards
    catalog = catalog_of(decks, cards)
    session = StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC)
    session.start()
    card_id = _grade_right(session)
    session.rate(fsrs.Rating.Easy)
    clock.advance(days=20)
    before = read_card_info(collection, catalog, settings, card_id, clock(), session.days).retrievability
    # A deck fitted to forget faster: FSRS-6's last parameter is the curve's decay.
    own = (*DEFAULT_PARAMETERS[:-1], 0.8)
    collection.save_parameters(StoredParameters(own, clock(), "test", 400, None, None, None, None, deck="space"))
    after = read_card_info(collection, catalog, settings, card_id, clock(), session.days).retrievability
    memory = collection.card_state(card_id).memory
    assert after == pytest.approx(fsrs.Scheduler(parameters=own).get_card_retrievability(memory, clock()))
    assert after != pytest.approx(before)


def test_a_due_date_set_in_custom_study_takes_the_card_out_of_it_and_cram_refuses(
        collection, decks_and_cards, clock, settings) -> None:
    decks, cards = decks_and_cards
    catalog = catalog_of(decks, cards)
    studied = StudySession(collection, catalog, clock=clock, settings=settings, tz=UTC)
    studied.start()
    answered = [_answer_right(studied) for _ in range(2)]  # in their learning steps: not new
    custom = CustomSession(collection, catalog, answered, clock=clock, settings=settings, tz=UTC)
    custom.start()
    shown = custom.current().card.id
    assert custom.set_due_current("5") is not None
    assert custom.card_ids == tuple(card_id for card_id in answered if card_id != shown)
    assert custom.current().card.id != shown
    assert custom.undo() and custom.current().card.id == shown  # back in the session, its state as it was
    assert collection.reschedule_log() == []
    cram = CustomSession(collection, catalog, answered, clock=clock, settings=settings, tz=UTC, cram=True)
    cram.start()
    with pytest.raises(ValueError, match="cram changes no schedule"):
        cram.set_due_current("5")
    assert collection.reschedule_log() == []
