"""The garbage collector's policy is decided at the command edge (quizgen.commands.gcpolicy), and undone:
domain modules never touch the collector, and `main()`, a command's run, or `create_app` called
in-process (tests, library callers) leave it as they found it."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest

import quizgen.commands.cards as cards_command
from quizgen.cli import main
from quizgen.commands.gcpolicy import frozen_gc, paused_gc

PACKAGE = Path(__file__).resolve().parent.parent / "quizgen"


def test_only_the_command_edge_touches_the_collector() -> None:
    users = sorted(str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
                   if re.search(r"^\s*(import gc\b|from gc import)", path.read_text(encoding="utf-8"), re.M))
    assert users == ["commands/gcpolicy.py"]


def test_a_command_runs_with_the_collector_paused_and_gives_it_back(
        challenge_deck: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[bool] = []
    write = cards_command.JsonArray.write
    monkeypatch.setattr(cards_command.JsonArray, "write", lambda self, cards: seen.append(gc.isenabled()) or write(self, cards))
    assert gc.isenabled()
    assert main(["cards", str(challenge_deck), "--json"]) == 0
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        assert main(["cards", str(challenge_deck), "--json"]) == 0
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: [\n", encoding="utf-8")
    assert main(["export", "anki", str(bad), "-o", str(tmp_path / "x.apkg")]) == 2  # an InputError
    assert gc.isenabled()

    def fail(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(cards_command.JsonArray, "write", fail)
    with pytest.raises(OSError, match="disk full"):  # a failure that is not bad input: a traceback
        main(["cards", str(challenge_deck), "--json"])
    assert gc.isenabled()
    capsys.readouterr()


def test_the_policies_nest_and_undo_themselves() -> None:
    frozen = gc.get_freeze_count()
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
        with frozen_gc():
            assert gc.isenabled() and gc.get_freeze_count() > frozen
        assert not gc.isenabled() and gc.get_freeze_count() == frozen
    assert gc.isenabled()


def test_the_app_factory_leaves_the_collector_alone(tmp_path: Path) -> None:
    from quizgen.study.cardcache import load_catalog
    from quizgen.tui.app import create_app

    frozen = gc.get_freeze_count()
    app = create_app(load_catalog([Path(__file__).parent / "tui" / "data" / "decks"]), tmp_path / "c.sqlite3")
    app.close_collection()
    assert gc.isenabled() and gc.get_freeze_count() == frozen  # `quizgen study` freezes, not the factory


def test_quizgen_study_runs_the_app_under_the_study_collector(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quizgen.commands.gcpolicy import StudyCollector
    from quizgen.tui.app import StudyApp

    frozen, threshold = gc.get_freeze_count(), gc.get_threshold()
    seen: list[tuple[object, bool, bool, tuple[int, int, int]]] = []

    def run(app: StudyApp) -> None:
        seen.append((app.gc_policy, gc.isenabled(), gc.get_freeze_count() > frozen, gc.get_threshold()))

    monkeypatch.setattr(StudyApp, "run", run)
    monkeypatch.setattr("quizgen.commands.study.refuse_without_terminal", lambda: None)  # pytest has no terminal
    decks = Path(__file__).parent / "tui" / "data" / "decks"
    assert main(["study", str(decks / "space.yaml"), "--db", str(tmp_path / "c.sqlite3")]) == 0
    [(policy, collecting, froze, running_threshold)] = seen
    assert isinstance(policy, StudyCollector)
    assert collecting and froze and running_threshold == policy.threshold
    assert gc.isenabled() and gc.get_freeze_count() == frozen and gc.get_threshold() == threshold
