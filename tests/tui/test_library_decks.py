"""The deck list on the library, built as `quizgen study` builds it without DECK: a deck that moved or
no longer checks is a row with its problem, not studyable; the others study as usual."""

from __future__ import annotations

import shutil
from pathlib import Path

from tui_helpers import DECKS, SIZE, open_deck, pilot_test, reviews, settle, static_text

from quizgen.cli import build_parser, main
from quizgen.commands._decks import read_study_catalog
from quizgen.study.settings import Settings
from quizgen.study.store import Collection
from quizgen.tui.app import create_app
from quizgen.tui.screens.deck_list import DeckListScreen
from quizgen.tui.screens.review import ReviewScreen
from quizgen.tui.widgets.deck_table import DeckTable


def _study_app(db_path: Path, clock):
    """The app `quizgen study` (no DECK) would open, on the test's config folder and collection."""
    catalog, broken = read_study_catalog(build_parser().parse_args(["study"]), skip_broken_facts=True)
    return create_app(catalog, db_path, clock=clock, settings=Settings(enable_fuzzing=False), broken=broken)


@pilot_test
async def test_broken_library_decks_are_rows_with_their_problem(tmp_path, db_path, clock):
    decks = tmp_path / "decks"
    shutil.copytree(DECKS, decks)
    assert main(["add", str(decks / "space.yaml"), str(decks / "words.yaml")]) == 0
    (decks / "words.yaml").write_text((DECKS / "words.yaml").read_text(encoding="utf-8") + "\nnonsense: 1\n",
                                      encoding="utf-8")
    (decks / "space.yaml").rename(decks / "elsewhere.yaml")
    assert main(["add", str(decks / "elsewhere.yaml")]) == 0  # the moved deck, added where it is now
    app = _study_app(db_path, clock)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, DeckListScreen)
            table = screen.query_one(DeckTable)
            assert [c.deck_id for c in table.counts] == ["space"]  # only what can be studied
            broken = static_text(screen.query_one("#broken-decks"), width=1000)
            assert screen.query_one("#broken-decks").display
            lines = broken.splitlines()
            assert len(lines) == 4
            assert lines[0] == "⚠ space.yaml is missing" and "moved or deleted" in lines[1]
            nonsense_line = len((DECKS / "words.yaml").read_text(encoding="utf-8").splitlines()) + 2
            assert lines[2] == f"⚠ words.yaml has an error (line {nonsense_line}): fix it to study this deck"
            assert "nonsense" in lines[3]
            totals = static_text(screen.query_one("#totals"), width=1000)
            assert "Come back tomorrow" not in totals
            await pilot.press("t")
            await settle(pilot)
            not_counted = static_text(app.screen.query_one("#stats-not-counted"), width=1000).splitlines()
            assert [line.split(" ")[:3] for line in not_counted] == [["Not", "counted", "(missing):"],
                                                                     ["Not", "counted", "(error):"]]
            await pilot.press("escape")
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen) and app.screen.presented.card.id.startswith("space:")
    finally:
        app.close_collection()


@pilot_test
async def test_an_empty_library_studies_the_bundled_deck(db_path, clock):
    app = _study_app(db_path, clock)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert [c.deck_id for c in app.screen.query_one(DeckTable).counts] == ["challenge"]
            assert not app.screen.query_one("#broken-decks").display
    finally:
        app.close_collection()


@pilot_test
async def test_a_deck_with_an_error_outside_its_facts_is_named_with_its_line_not_come_back_tomorrow(
        tmp_path, db_path, clock):
    """Study a library deck, break its title: the deck list names the file, the line and what to
    do, never "come back tomorrow"; once mended, the deck studies on with its history."""
    decks = tmp_path / "decks"
    shutil.copytree(DECKS, decks)
    deck = decks / "space.yaml"
    assert main(["add", str(deck)]) == 0
    app = _study_app(db_path, clock)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await open_deck(pilot, "space")
            presented = app.screen.presented
            await pilot.press("abcd"[presented.answer_index], "3")
            await settle(pilot)
    finally:
        app.close_collection()
    studied = reviews(db_path)
    assert len(studied) == 1
    good = deck.read_text(encoding="utf-8")
    deck.write_text(good.replace("title: Space firsts\n", "title: [Space firsts\n"), encoding="utf-8")
    app = _study_app(db_path, clock)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = app.screen
            totals = static_text(screen.query_one("#totals"), width=1000)
            assert "Come back tomorrow" not in totals and "fix it to study" in totals
            lines = static_text(screen.query_one("#broken-decks"), width=1000).splitlines()
            assert lines[0] == "⚠ space.yaml has an error (line 1): fix it to study this deck"
            assert f"{deck}:1: error:" in lines[1]
    finally:
        app.close_collection()
    assert reviews(db_path) == studied  # nothing of the history went
    deck.write_text(good, encoding="utf-8")
    app = _study_app(db_path, clock)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert not app.screen.query_one("#broken-decks").display
            assert "space" in [c.deck_id for c in app.screen.query_one(DeckTable).counts]
    finally:
        app.close_collection()
    with Collection.open(db_path) as collection:
        assert collection.card_state(studied[0].card_id) is not None


@pilot_test
async def test_a_deck_with_a_broken_fact_is_studied_without_it_and_its_history_kept(
        tmp_path, db_path, clock, capsys):
    """The reviewer's steps (study a library deck, break a fact): the deck stays on the deck list
    and studies its other facts; the list names the file, the line and how many facts are left out;
    the broken fact's history stays (orphans --prune refuses the deck: strict, as check is), and is
    its own again once the fact is mended."""
    decks = tmp_path / "decks"
    shutil.copytree(DECKS, decks)
    deck = decks / "space.yaml"
    assert main(["add", str(deck)]) == 0
    app = _study_app(db_path, clock)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await open_deck(pilot, "space")
            presented = app.screen.presented
            assert presented.card.fact == "gagarin"  # the deck's first fact
            await pilot.press("abcd"[presented.answer_index], "3")
            await settle(pilot)
    finally:
        app.close_collection()
    studied = reviews(db_path)
    assert [row.card_id for row in studied] == ["space:gagarin:1:mcq"]
    good = deck.read_text(encoding="utf-8")
    broken = good.replace('"{Yuri Gagarin} was', '"{Yuri Gagarin was').replace(
        "    type: person\n    source: article\n  - id: armstrong", "    tpye: person\n    source: article\n  - id: armstrong")
    deck.write_text(broken, encoding="utf-8")
    lines = broken.splitlines()
    gagarin_line = lines.index('    text: "{Yuri Gagarin was the first human in space."') + 1
    leonov_line = next(i for i, line in enumerate(lines, 1) if line == "    tpye: person")
    app = _study_app(db_path, clock)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = app.screen
            assert not screen.query_one("#broken-decks").display  # not a broken deck: a deck with broken facts
            table = screen.query_one(DeckTable)
            assert [c.deck_id for c in table.counts] == ["space"]
            assert table.counts[0].new == 2  # tereshkova and armstrong; gagarin and leonov are left out
            skipped = static_text(screen.query_one("#skipped-facts"), width=1000).splitlines()
            assert screen.query_one("#skipped-facts").display
            assert skipped[0] == (f"⚠ space.yaml: 2 broken facts (lines {gagarin_line}, {leonov_line}) left out, "
                                  "the others are studied; fix it to study it (its history is kept)")
            assert f"{deck}:{gagarin_line}: error: facts[1].text:" in skipped[1]
            assert "come back tomorrow" not in static_text(screen.query_one("#totals"), width=1000).lower()
            assert "(2 broken facts left out)" in static_text(screen.query_one("#deck-description"), width=1000)
            await pilot.press("enter")
            await settle(pilot)
            shown = []
            for _ in range(2):
                review = app.screen
                assert isinstance(review, ReviewScreen)
                shown.append(review.presented.card.fact)
                await pilot.press("abcd"[review.presented.answer_index], "3")
                await settle(pilot)
            assert shown == ["tereshkova", "armstrong"]
    finally:
        app.close_collection()
    kept = reviews(db_path)
    assert kept[:1] == studied and len(kept) == 3  # the broken fact's answer is still in the log
    capsys.readouterr()
    assert main(["orphans", "--db", str(db_path), "--prune"]) == 2  # strict: never prunes a skipped fact
    assert f"{deck}:{gagarin_line}: error:" in capsys.readouterr().err
    assert main(["check", str(deck)]) == 2
    with Collection.open(db_path) as collection:
        assert collection.card_state("space:gagarin:1:mcq") is not None
    deck.write_text(good, encoding="utf-8")
    app = _study_app(db_path, clock)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert not app.screen.query_one("#skipped-facts").display
            assert app.screen.query_one(DeckTable).counts[0].new == 1  # leonov; gagarin's MCQ is learning
    finally:
        app.close_collection()
    with Collection.open(db_path) as collection:
        state = collection.card_state("space:gagarin:1:mcq")
        assert state is not None and state.reps == 1
