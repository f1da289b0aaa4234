"""`quizgen stats` and `quizgen orphans` on a real collection, through the CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizgen.cli import main
from quizgen.study.session import StudySession
from quizgen.study.store import Collection

from .conftest import DECK_YAML, catalog_of
from .test_session import _answer_right


def _study(db: Path, decks_and_cards, clock, settings, answers: int) -> None:
    with Collection.open(db) as collection:
        session = StudySession(collection, catalog_of(*decks_and_cards), clock=clock, settings=settings, tz=UTC)
        session.start()
        for _ in range(answers):
            _answer_right(session)


def test_stats_command(tmp_path, deck_dir, decks_and_cards, clock, settings, capsys) -> None:
    db = tmp_path / "c.sqlite3"
    _study(db, decks_and_cards, clock, settings, 3)
    assert main(["stats", "--json", "--db", str(db), "--decks", str(deck_dir)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["total_reviews"] == 3
    assert figures["cards"] == {"new": 9, "learning": 3, "review": 0, "relearning": 0, "suspended": 0}
    assert len(figures["reviews_per_day"]) == 30 and len(figures["forecast"]) == 14
    # The three answers were given on the test clock's day, long before the real today the command reads.
    assert clock() < datetime.now(UTC) - timedelta(days=1)
    assert figures["studied_today"] == {"cards": 0, "minutes": 0.0, "seconds_per_card": None, "again": 0,
                                        "correct": None}
    assert main(["stats", "--db", str(db), str(deck_dir / "space.yaml")]) == 0
    text = capsys.readouterr().out
    assert "all time: 3" in text and "learning 3" in text
    assert "\nToday: No cards have been studied today.\n" in text


def test_stats_shows_today_as_the_deck_list_does(tmp_path, deck_dir, decks_and_cards, settings, capsys,
                                                  monkeypatch) -> None:
    from quizgen.commands import stats as stats_command
    from quizgen.study.stats import StudiedToday

    from .conftest import FakeClock

    db = tmp_path / "c.sqlite3"
    # The command reads the clock and the local time zone (the default settings' rollover hour): its clock is
    # pinned to local noon today, far from any rollover, and the session studies just before it, in that zone.
    noon = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0).astimezone(UTC)
    monkeypatch.setattr(stats_command, "now", lambda: noon)
    clock = FakeClock(noon - timedelta(seconds=3))
    with Collection.open(db) as collection:
        session = StudySession(collection, catalog_of(*decks_and_cards), clock=clock, settings=settings, tz=None)
        session.start()
        _answer_right(session)
        clock.advance(seconds=1)
        _answer_right(session)
        deck_list = StudiedToday.of(session.studied_today().values())
    assert deck_list.answers == 2
    assert main(["stats", "--json", "--db", str(db), "--decks", str(deck_dir)]) == 0
    assert json.loads(capsys.readouterr().out)["studied_today"] == deck_list.to_json()
    assert main(["stats", "--db", str(db), "--decks", str(deck_dir)]) == 0
    assert f"\nToday: {deck_list.text()}\n" in capsys.readouterr().out


def test_stats_on_a_file_that_is_not_a_collection(tmp_path, deck_dir, capsys) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("hello\n", encoding="utf-8")
    assert main(["stats", "--db", str(bad), "--decks", str(deck_dir)]) == 2
    assert "not a quizgen collection" in capsys.readouterr().err
    assert bad.read_text(encoding="utf-8") == "hello\n"


def test_orphans_lists_and_prunes_deleted_facts(tmp_path, deck_dir, decks_and_cards, clock, settings,
                                                capsys) -> None:
    db = tmp_path / "c.sqlite3"
    _study(db, decks_and_cards, clock, settings, 2)  # actress and director MCQs
    assert main(["orphans", "--db", str(db), str(deck_dir)]) == 0
    assert "No orphaned cards" in capsys.readouterr().out
    # The teacher deletes the director fact and rewords the actress fact: only the first is orphaned.
    edited = DECK_YAML.replace('''  - id: director
    text: "The film is directed by {Klim Shipenko}."
    type: person
    source: article
    distractors: [Oleg Novitsky, Vladimir Mashkov, Anton Shkaplerov]
''', "").replace("plays the lead role in Challenge", "stars in Challenge")
    (deck_dir / "space.yaml").write_text(edited, encoding="utf-8")
    assert main(["orphans", "--db", str(db), str(deck_dir)]) == 0
    out = capsys.readouterr().out
    assert "space:director:1:mcq  learning, 1 reviews" in out and "actress" not in out
    # Cards of decks not loaded are left alone unless --any-deck.
    other = tmp_path / "other"
    other.mkdir()
    (other / "other.yaml").write_text(DECK_YAML.replace("id: space", "id: other"), encoding="utf-8")
    (other / "article.txt").write_bytes((deck_dir / "article.txt").read_bytes())  # a deck reads only its own folder
    assert main(["orphans", "--db", str(db), str(other)]) == 0
    assert "No orphaned cards" in capsys.readouterr().out
    assert main(["orphans", "--db", str(db), "--any-deck", str(other)]) == 0
    assert "space:actress:1:mcq" in capsys.readouterr().out
    assert main(["orphans", "--db", str(db), "--prune", str(deck_dir)]) == 0
    assert "Removed 1 orphaned cards and their 1 reviews" in capsys.readouterr().out
    with Collection.open(db) as collection:
        assert collection.stored_card_ids() == {"space:actress:1:mcq"}
        assert len(collection.review_log("space:actress:1:mcq")) == 1  # the reworded fact kept its history


def test_db_path_from_the_environment(tmp_path, deck_dir, monkeypatch, capsys) -> None:
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("QUIZGEN_DB", str(db))
    assert main(["stats", "--json", "--decks", str(deck_dir)]) == 0
    assert json.loads(capsys.readouterr().out)["total_reviews"] == 0
    assert db.exists()


def test_suspended_lists_and_unsuspends(tmp_path, deck_dir, decks_and_cards, clock, settings, capsys) -> None:
    db = tmp_path / "c.sqlite3"
    with Collection.open(db) as collection:
        collection.update_flags(["space:actress:1:mcq", "space:days:1:cloze"], clock(), suspended=True)
    assert main(["suspended", "--db", str(db), str(deck_dir)]) == 0
    out = capsys.readouterr().out
    assert "space:actress:1:mcq  new" in out and "Who plays the lead role in Challenge?" in out
    assert "2 suspended" in out
    assert main(["suspended", "--db", str(db), "--unsuspend", "space:actress:1:mcx", str(deck_dir)]) == 2
    assert "did you mean space:actress:1:mcq?" in capsys.readouterr().err
    assert main(["suspended", "--db", str(db), "--unsuspend", "space:actress:1:mcq", str(deck_dir)]) == 0
    with Collection.open(db) as collection:
        assert not collection.card_state("space:actress:1:mcq").suspended
        assert collection.card_state("space:days:1:cloze").suspended
    assert main(["suspended", "--db", str(db), "--all", str(deck_dir)]) == 0
    assert main(["suspended", "--db", str(db), str(deck_dir)]) == 0
    assert "No suspended cards" in capsys.readouterr().out


def test_set_due_sets_the_cards_the_search_finds_as_the_browser_does(
        tmp_path, deck_dir, decks_and_cards, clock, settings, capsys) -> None:
    from datetime import datetime, timedelta

    from quizgen.study.scheduler import StudyDays

    db = tmp_path / "c.sqlite3"
    _study(db, decks_and_cards, clock, settings, 3)  # three cards in their learning steps
    with Collection.open(db) as collection:
        learning = sorted(card_id for card_id, state in collection.card_states().items() if state.memory)
    assert main(["set-due", "--days", "4", "--db", str(db), "--search", "is:learn", "--card", "space:days:1:cloze",
                 str(deck_dir)]) == 0
    out = capsys.readouterr().out
    assert "Set the due date of 3 cards (4). New, left as they are (no schedule to move): 1." in out
    days = StudyDays(None, settings.day_rollover_hour)  # the command's: the local time zone
    today = days.of(datetime.now(UTC))
    with Collection.open(db) as collection:
        for card_id in learning:
            assert f"{card_id}  due {(today + timedelta(days=4)).isoformat()}" in out
            assert collection.card_state(card_id).memory.due == days.start(today + timedelta(days=4))
        assert collection.card_state("space:days:1:cloze") is None
        assert [row.days for row in collection.reschedule_log()] == ["4", "4", "4"]
        assert len(collection.review_log()) == 3
    for arguments, says in ((["7-3", "--card", learning[0]], "from the smaller number to the larger"),
                            (["x", "--card", learning[0]], "0 today, 1 tomorrow"),
                            (["3"], "no cards named"),
                            (["3", "--card", "space:actress:1:mcx"], "did you mean space:actress:1:mcq?"),
                            (["3", "--search", "prop:bogus>1"], "cannot read the search")):
        assert main(["set-due", "--days", *arguments, "--db", str(db), str(deck_dir)]) == 2, arguments
        assert says in capsys.readouterr().err
