"""What a learner who studies every day reaches for in Anki, on the review screen and in the
browser: card info that keeps the answer hidden until the card is answered, flags (with undo and
search), and editing the fact from study. Pilot on the app as `quizgen study` builds it."""

from __future__ import annotations

from pathlib import Path

from test_browser import copy_decks, fake_editor, open_browser, rows, search, to_the_cards
from tui_helpers import DECKS, SIZE, open_deck, pilot_test, reviews, settle, static_text

from quizgen.study.store import Collection
from quizgen.tui.screens.browser import BrowserScreen
from quizgen.tui.screens.card_info import HIDDEN, CardInfoScreen
from quizgen.tui.screens.review import Phase, ReviewScreen

KEYS = "abcd"


def flags(db_path: Path) -> dict[str, int]:
    with Collection.open(db_path) as collection:
        return {row[0]: row[-1] for row in collection.status_rows() if row[-1]}


async def info_text(pilot) -> str:  # type: ignore[no-untyped-def]
    await pilot.press("i")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CardInfoScreen)
    text = " ".join(static_text(pilot.app.screen.query_one("#info-facts"), width=200).split())
    await pilot.press("escape")
    await settle(pilot)
    return text


@pilot_test
async def test_card_info_hides_the_answer_until_the_card_is_answered(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        review = app.screen
        card = review.presented.card
        assert card.fact == "gagarin"
        before = await info_text(pilot)
        assert "Yuri Gagarin" not in before and "Vostok" not in before  # no answer, fact, source or note
        assert f"Fact {HIDDEN}" in before and f"Answer {HIDDEN}" in before
        assert "Who was the first human in space?" in before  # the question is no secret
        assert app.screen is review and review.phase is Phase.ANSWERING  # the card waits as it was
        await pilot.press(KEYS[review.presented.answer_index])
        assert review.phase is Phase.GRADED
        after = await info_text(pilot)
        assert "Yuri Gagarin was the first human in space." in after and "Vostok 1" in after
        assert HIDDEN not in after
        assert review.phase is Phase.GRADED  # the verdict is still there, waiting for a rating
        await pilot.press("slash")  # the browser shows every card's answer, as Anki's does
        await settle(pilot)
        await to_the_cards(pilot)
        assert "Yuri Gagarin was the first human" in await info_text(pilot)


@pilot_test
async def test_f_flags_the_card_on_screen_u_takes_it_back_and_the_browser_finds_it(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        review = app.screen
        card_id = review.presented.card.id
        await pilot.press(KEYS[review.presented.answer_index])  # graded: the flag leaves the verdict be
        await pilot.press("f")
        await settle(pilot)
        assert flags(db_path) == {card_id: 1}
        assert review.phase is Phase.GRADED and review.presented.flag == 1
        assert review.query_one("#card").border_subtitle == "new · ⚑ red"
        await pilot.press("f")  # again: off
        await settle(pilot)
        assert flags(db_path) == {} and review.presented.flag == 0
        assert review.query_one("#card").border_subtitle == "new"
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("3")  # rated: the next card
        await settle(pilot)
        assert review.presented.card.id != card_id and flags(db_path) == {card_id: 1}
        await pilot.press("u", "u")  # the answer, then the flag
        await settle(pilot)
        assert review.presented.card.id == card_id and flags(db_path) == {}
        assert reviews(db_path) == []
        await pilot.press("u")  # then the first flag's taking off: it had one again
        await settle(pilot)
        assert flags(db_path) == {card_id: 1}
        await pilot.press("u")
        await settle(pilot)
        assert flags(db_path) == {}
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        await pilot.press("enter")
        screen = await open_browser(pilot)
        await search(pilot, "is:flagged")
        assert rows(screen) == [card_id]
        await search(pilot, "flag:1 deck:space")
        assert rows(screen) == [card_id]
        await search(pilot, "-flag:0 tag:nothing")
        assert rows(screen) == []
        await search(pilot, "flag:9")
        assert "flag:1 to flag:7" in static_text(screen.query_one("#query-error"), width=200)
        await search(pilot, "is:flagged")  # Enter: the search runs and the cards have the focus
        assert "⚑" in str(screen.query_one("DataTable").get_row_at(0))
        await pilot.press("f")  # the browser's f: off for the highlighted card, again to put it back
        await settle(pilot)
        assert flags(db_path) == {} and "Flag taken off" in static_text(screen.query_one("#browse-message"))
        await search(pilot, "tereshkova")
        await pilot.press("space", "down", "space", "f")
        await settle(pilot)
        assert flags(db_path) == {"space:tereshkova:1:cloze": 1, "space:tereshkova:1:mcq": 1}
        assert "Flagged red: 2 cards. (the same key again to unflag)" in static_text(screen.query_one("#browse-message"))
        assert isinstance(app.screen, BrowserScreen)


@pilot_test
async def test_a_flag_survives_a_restart_and_shows_on_the_card_and_its_info(make_app, db_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        card_id = app.screen.presented.card.id
        await pilot.press("f", "q")
        await settle(pilot)
    app.close_collection()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        review = app.screen
        assert review.presented.card.id == card_id and review.presented.flag == 1
        assert "⚑ red" in review.query_one("#card").border_subtitle
        assert "Flag ⚑ red" in await info_text(pilot)


@pilot_test
async def test_e_edits_the_fact_from_study_and_asks_the_card_again_as_it_reads_now(
        make_app, tmp_path, db_path, monkeypatch):
    decks = copy_decks(tmp_path)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", fake_editor(
        tmp_path, "path.write_text(text.replace('Who was the first human in space?', "
                  "'Who was the first person in space?'))"))
    app = make_app([decks])
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        review = app.screen
        assert review.presented.card.id == "space:gagarin:1:mcq"
        assert review.presented.card.prompt == "Who was the first human in space?"
        await pilot.press("e")
        await settle(pilot)
        deck_file = decks / "space.yaml"
        line = next(n for n, text in enumerate(deck_file.read_text().splitlines(), 1) if "id: gagarin" in text)
        assert (tmp_path / "editor.args").read_text() == f"+{line} {deck_file}"
        assert app.screen is review and review.phase is Phase.ANSWERING
        assert review.presented.card.id == "space:gagarin:1:mcq"  # the same card, as it reads now
        assert review.presented.card.prompt == "Who was the first person in space?"
        assert "first person in space" in static_text(review.query_one("#prompt"))
        assert app.catalog.card("space:gagarin:1:mcq").prompt == "Who was the first person in space?"
        await pilot.press(KEYS[review.presented.answer_index], "3")
        await settle(pilot)
        assert [row.card_id for row in reviews(db_path)] == ["space:gagarin:1:mcq"]


@pilot_test
async def test_e_opens_the_editor_at_the_facts_id_line_wherever_the_key_is(make_app, tmp_path, monkeypatch):
    decks = copy_decks(tmp_path)
    deck_file = decks / "space.yaml"
    text = deck_file.read_text()
    first = '  - id: gagarin\n    text: "{Yuri Gagarin} was the first human in space."\n'
    assert first in text
    deck_file.write_text(text.replace(first, '  - text: "{Yuri Gagarin} was the first human in space."\n'
                                            '    id: gagarin\n'))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "pass"))
    app = make_app([decks])
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        assert app.screen.presented.card.id == "space:gagarin:1:mcq"
        await pilot.press("e")
        await settle(pilot)
        lines = deck_file.read_text().splitlines()
        line = next(n for n, text in enumerate(lines, 1) if "id: gagarin" in text)
        assert lines[line - 2].startswith("  - text:")  # the id is the fact's second key
        assert (tmp_path / "editor.args").read_text() == f"+{line} {deck_file}"


@pilot_test
async def test_an_edit_from_study_that_breaks_the_deck_keeps_the_card_and_says_why(
        make_app, tmp_path, db_path, monkeypatch):
    decks = copy_decks(tmp_path)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "path.write_text(text.replace('title: Space firsts', ''))"))
    app = make_app([decks])
    notices: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        review = app.screen
        catalog = app.catalog
        card_id = review.presented.card.id
        app.notify = lambda message, **options: notices.append(str(message))  # type: ignore[method-assign]
        await pilot.press("e")
        await settle(pilot)
        assert app.catalog is catalog and isinstance(app.screen, ReviewScreen)
        assert review.phase is Phase.ANSWERING and review.presented.card.id == card_id
        assert any("no longer checks" in notice and "title" in notice for notice in notices), notices
    assert reviews(db_path) == []


@pilot_test
async def test_an_edit_from_study_that_breaks_one_fact_studies_on_without_it(
        make_app, tmp_path, db_path, monkeypatch):
    decks = copy_decks(tmp_path)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", fake_editor(
        tmp_path, "path.write_text(text.replace('{Alexei Leonov} made', '{Alexei Leonov made'))"))
    app = make_app([decks])
    notices: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        review = app.screen
        app.notify = lambda message, **options: notices.append(str(message))  # type: ignore[method-assign]
        await pilot.press("e")
        await settle(pilot)
        assert review.presented.card.id == "space:gagarin:1:mcq"
        assert "space:leonov:1:mcq" not in app.catalog
        assert any("without 1 broken fact" in notice and "never closed" in notice for notice in notices), notices
        assert app.catalog.decks_by_id["space"].skipped_facts == 1


@pilot_test
async def test_anki_s_seven_flags_from_the_picker_and_ctrl_digits_on_the_card_and_in_the_browser(make_app, db_path):
    from quizgen.tui.screens.flag_picker import FlagPickerScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_deck(pilot, "space")
        review = app.screen
        card_id = review.presented.card.id
        await pilot.press("F")
        await settle(pilot)
        assert isinstance(app.screen, FlagPickerScreen)
        picker_text = static_text(app.screen.query_one("#flag-rows"))
        for name in ("red", "orange", "green", "blue", "pink", "turquoise", "purple", "no flag"):
            assert name in picker_text
        await pilot.press("6")
        await settle(pilot)
        assert app.screen is review and flags(db_path) == {card_id: 6}
        assert review.query_one("#card").border_subtitle == "new · ⚑ turquoise"
        await pilot.press("F", "escape")  # Esc: no change
        await settle(pilot)
        assert app.screen is review and flags(db_path) == {card_id: 6}
        await pilot.press("ctrl+7")  # Anki's Ctrl+7: purple
        await settle(pilot)
        assert flags(db_path) == {card_id: 7} and review.presented.flag == 7
        await pilot.press("ctrl+7")  # the same flag again: off, as Anki's
        await settle(pilot)
        assert flags(db_path) == {}
        await pilot.press("u")  # undo: purple again
        await settle(pilot)
        assert flags(db_path) == {card_id: 7}
        await pilot.press("F", "0")  # 0: no flag
        await settle(pilot)
        assert flags(db_path) == {} and review.phase is Phase.ANSWERING  # the card still waits for its answer
        await pilot.press("ctrl+5")
        await settle(pilot)
        assert flags(db_path) == {card_id: 5}
        await pilot.press("q")
        await settle(pilot)
        await pilot.press("enter")
        screen = await open_browser(pilot)
        await search(pilot, "flag:5")
        assert rows(screen) == [card_id]
        await search(pilot, "tereshkova")
        await pilot.press("space", "down", "space", "F")
        await settle(pilot)
        assert isinstance(app.screen, FlagPickerScreen)
        assert "these 2 cards" in static_text(app.screen.query_one("#flag-rows"))
        await pilot.press("3")
        await settle(pilot)
        assert flags(db_path) == {card_id: 5, "space:tereshkova:1:cloze": 3, "space:tereshkova:1:mcq": 3}
        assert "Flagged green: 2 cards." in static_text(screen.query_one("#browse-message"))
        await pilot.press("ctrl+3")  # both have green: off
        await settle(pilot)
        assert flags(db_path) == {card_id: 5}
        await pilot.press("ctrl+4")
        await settle(pilot)
        assert flags(db_path) == {card_id: 5, "space:tereshkova:1:cloze": 4, "space:tereshkova:1:mcq": 4}
        await search(pilot, "is:flagged -flag:4")
        assert rows(screen) == [card_id]
        await search(pilot, "flag:8")
        assert "flag:1 to flag:7" in static_text(screen.query_one("#query-error"), width=200)


async def _graduate_first_card(pilot, clock) -> str:  # type: ignore[no-untyped-def]
    """Answer the space deck's first card Good twice, 11 minutes apart: in review from then on."""
    card_id = "space:gagarin:1:mcq"
    for _ in range(2):
        await open_deck(pilot, "space")
        review = pilot.app.screen
        assert review.presented.card.id == card_id
        await pilot.press(KEYS[review.presented.answer_index], "3")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        clock.advance(minutes=11)
    assert pilot.app.collection.card_state(card_id).state == "review"
    return card_id


@pilot_test
async def test_D_sets_the_due_date_of_the_card_on_screen_and_u_takes_it_back(make_app, db_path, clock):
    from datetime import timedelta

    from quizgen.tui.screens.set_due import SetDueScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        card_id = await _graduate_first_card(pilot, clock)
        clock.advance(days=40)  # due again
        await open_deck(pilot, "space")
        review = app.screen
        assert review.presented.card.id == card_id and review.presented.state == "review"
        with Collection.open(db_path) as collection:
            before = collection.card_state(card_id)
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, SetDueScreen)
        await pilot.press("7", "-", "3", "enter")  # not Anki's syntax: said, nothing done
        await settle(pilot)
        assert "from the smaller number to the larger" in static_text(app.screen.query_one("#due-error"))
        app.screen.query_one("Input").value = ""
        await pilot.press("7", "enter")
        await settle(pilot)
        assert app.screen is review and review.presented.card.id != card_id
        today = app.session.today()
        with Collection.open(db_path) as collection:
            after = collection.card_state(card_id)
            (row,) = collection.reschedule_log(card_id)
        assert after.memory.due == app.session.days.start(today + timedelta(days=7))
        assert after.memory.stability == before.memory.stability and row.days == "7"
        assert row.state_before == before and row.state_after == after
        assert len(reviews(db_path)) == 2  # the answers only: a due date set is not one
        assert review.presented.card.id == "space:gagarin:1:cloze"  # the fact's new cloze now: Esc leaves its box
        await pilot.press("escape", "u")
        await settle(pilot)
        assert review.presented.card.id == card_id
        with Collection.open(db_path) as collection:
            assert collection.card_state(card_id) == before and collection.reschedule_log() == []
        await pilot.press("D", "escape")  # Esc: nothing
        await settle(pilot)
        assert app.screen is review and review.presented.card.id == card_id
        await pilot.press("q")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await open_deck(pilot, "words")  # a new card: nothing to move, said so
        notices: list[str] = []
        app.notify = lambda message, **kwargs: notices.append(message)  # type: ignore[method-assign]
        assert app.screen.presented.state == "new"
        await pilot.press("escape", "D")  # (out of a cloze's answer box, if the card is one)
        await settle(pilot)
        assert not isinstance(app.screen, SetDueScreen)
        assert notices and "new card has no due date" in notices[-1]


@pilot_test
async def test_the_browser_sets_due_dates_of_marked_cards_and_leaves_new_ones(make_app, db_path, clock):
    from datetime import timedelta

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        card_id = await _graduate_first_card(pilot, clock)
        screen = await open_browser(pilot)
        await search(pilot, "gagarin")
        assert sorted(rows(screen)) == ["space:gagarin:1:cloze", card_id]
        await pilot.press("space", "down", "space", "D")
        await settle(pilot)
        await pilot.press("3", "-", "5", "!", "enter")
        await settle(pilot)
        message = static_text(screen.query_one("#browse-message"), width=200)
        assert "Due date set (3-5!): 1 card." in message and "New, left as they are (no schedule to move): 1." in message
        today = app.session.today()
        with Collection.open(db_path) as collection:
            memory = collection.card_state(card_id).memory
            assert collection.card_state("space:gagarin:1:cloze") is None
            (row,) = collection.reschedule_log()
        assert timedelta(days=3) <= app.session.days.of(memory.due) - today <= timedelta(days=5)
        assert memory.last_review == clock.now and row.days == "3-5!"  # `!`: the interval starts today
        await search(pilot, "prop:due>=3 prop:due<=5")
        assert rows(screen) == [card_id]
        await pilot.press("i")  # card info: the answers and the due date set, in the order of time
        await settle(pilot)
        table = app.screen.query_one("#reviews")
        assert "due dates set by hand (1)" in str(table.border_title)
        cells = [" ".join(str(cell) for cell in table.get_row_at(number)) for number in range(table.row_count)]
        assert len(cells) == 3 and "Set due" in cells[-1] and "due date set: 3-5!" in cells[-1]
