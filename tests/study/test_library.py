"""The library (`quizgen add`, `remove`, `library`) and the commands that use it when no DECK is named,
through the CLI's main on real files, a real collection and the test's own config folder."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.study.store import Collection

from .conftest import DECK_YAML
from .test_commands import _study


@pytest.fixture
def library_file(config_dir: Path) -> Path:
    return config_dir / "library.toml"


def _entries(library_file: Path) -> list[str]:
    return tomllib.loads(library_file.read_text(encoding="utf-8"))["decks"]


def test_add_keeps_absolute_paths_and_library_lists_them(deck_dir, library_file, monkeypatch, capsys) -> None:
    monkeypatch.chdir(deck_dir.parent)
    assert main(["add", "decks/space.yaml"]) == 0
    assert "added" in capsys.readouterr().out
    assert _entries(library_file) == [str(deck_dir.resolve() / "space.yaml")]
    assert main(["add", "decks/space.yaml"]) == 0  # twice: a note, no second entry
    assert "already in the library" in capsys.readouterr().err
    assert _entries(library_file) == [str(deck_dir.resolve() / "space.yaml")]
    assert main(["library"]) == 0
    listing = capsys.readouterr().out
    assert "ok" in listing and "Space test deck (id space, 5 facts)" in listing


def test_adding_a_folder_takes_over_its_files(deck_dir, library_file, capsys) -> None:
    assert main(["add", str(deck_dir / "space.yaml")]) == 0
    assert main(["add", str(deck_dir)]) == 0
    assert _entries(library_file) == [str(deck_dir.resolve())]
    assert "now comes with the folder" in capsys.readouterr().err
    assert main(["add", str(deck_dir / "space.yaml")]) == 0
    assert "with the folder" in capsys.readouterr().err
    assert _entries(library_file) == [str(deck_dir.resolve())]


@pytest.mark.parametrize("name, message", [
    ("nowhere.yaml", "no such file or folder"),
    ("article.txt", "is not a deck file"),
    ("empty", "holds no deck files"),
])
def test_add_refuses_a_bad_path_with_one_line_and_changes_nothing(deck_dir, library_file, name, message,
                                                                   capsys) -> None:
    (deck_dir / "empty").mkdir()
    assert main(["add", str(deck_dir / "space.yaml"), str(deck_dir / name)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and name in err and "Fix:" in err
    assert not library_file.exists()  # all or nothing: the good path was not added either


def test_remove_keeps_the_history(tmp_path, deck_dir, decks_and_cards, library_file, clock, settings,
                                  capsys) -> None:
    db = tmp_path / "c.sqlite3"
    _study(db, decks_and_cards, clock, settings, 2)
    assert main(["add", str(deck_dir)]) == 0
    assert main(["remove", str(deck_dir / "space.yaml")]) == 2  # it comes with the folder
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "comes with the folder" in err
    assert main(["remove", str(deck_dir)]) == 0
    assert "history stays" in capsys.readouterr().out
    assert _entries(library_file) == []
    with Collection.open(db) as collection:
        assert len(collection.review_log()) == 2
    assert main(["remove", str(deck_dir)]) == 2
    assert "is not in the library" in capsys.readouterr().err


def test_a_deck_that_moved_or_no_longer_checks_is_listed_not_dropped(tmp_path, deck_dir, capsys) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "moon.yaml").write_text(DECK_YAML.replace("id: space", "id: moon").replace("Space test", "Moon"),
                                     encoding="utf-8")
    shutil.copy(deck_dir / "article.txt", other / "article.txt")
    assert main(["add", str(deck_dir / "space.yaml"), str(other / "moon.yaml")]) == 0
    capsys.readouterr()
    (deck_dir / "space.yaml").rename(deck_dir / "moved.yaml")
    moon = DECK_YAML.replace("id: space", "id: moon")
    (other / "moon.yaml").write_text(moon.replace("title: Space test", "title: [Space test"), encoding="utf-8")
    assert main(["library"]) == 0
    out = capsys.readouterr().out
    assert "2 decks, 2 that cannot be studied" in out
    missing, error = out.splitlines()[1:]
    assert missing.split()[0] == "missing" and "space.yaml: moved or deleted" in missing
    assert error.split()[0] == "error" and "moon.yaml:1: error: title:" in error
    assert main(["library", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["decks"]
    assert [(row["status"], Path(row["path"]).name) for row in rows] == [("missing", "space.yaml"),
                                                                         ("error", "moon.yaml")]
    # A broken fact: the deck is studied without it, and the listing says so (as the deck list does).
    (other / "moon.yaml").write_text(moon.replace("type: number", "type: nope"), encoding="utf-8")
    line = moon.splitlines().index("    type: number") + 1
    assert main(["library"]) == 0
    out = capsys.readouterr().out
    assert "2 decks, 1 that cannot be studied" in out
    ok = out.splitlines()[2]
    assert ok.split()[0] == "ok" and "(id moon, 4 facts); studied without 1 broken fact until fixed:" in ok
    assert f"moon.yaml:{line}: error:" in ok and "nope" in ok
    assert main(["library", "--json"]) == 0
    moon_row = json.loads(capsys.readouterr().out)["decks"][1]
    assert (moon_row["status"], moon_row["facts"], moon_row["skipped_facts"]) == ("ok", 4, 1)
    assert main(["check", str(other / "moon.yaml")]) == 2  # check stays strict


def test_stats_without_decks_counts_the_librarys_reviews(tmp_path, deck_dir, decks_and_cards, clock, settings,
                                                         capsys) -> None:
    db = tmp_path / "c.sqlite3"
    _study(db, decks_and_cards, clock, settings, 3)
    assert main(["add", str(deck_dir)]) == 0
    (tmp_path / "gone.yaml").write_text(DECK_YAML.replace("id: space", "id: gone"), encoding="utf-8")
    shutil.copy(deck_dir / "article.txt", tmp_path / "article.txt")
    assert main(["add", str(tmp_path / "gone.yaml")]) == 0
    (tmp_path / "gone.yaml").unlink()
    capsys.readouterr()
    assert main(["stats", "--json", "--db", str(db)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["total_reviews"] == 3
    assert figures["cards"]["learning"] == 3
    assert [(Path(row["path"]).name, row["status"]) for row in figures["unreadable_decks"]] == [("gone.yaml", "missing")]
    assert main(["stats", "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert "Space test deck" in text and "all time: 3" in text
    assert "not counted (missing)" in text and "gone.yaml" in text


def test_stats_on_an_empty_library_uses_the_bundled_deck(tmp_path, capsys) -> None:
    assert main(["stats", "--db", str(tmp_path / "c.sqlite3")]) == 0
    assert "Challenge" in capsys.readouterr().out


def test_export_without_decks_uses_the_library_and_warns_without_progress(tmp_path, deck_dir, decks_and_cards,
                                                                         clock, settings, capsys) -> None:
    assert main(["add", str(deck_dir)]) == 0
    db = tmp_path / "c.sqlite3"
    with Collection.open(db):
        pass  # a collection with nothing studied yet
    out = tmp_path / "library.apkg"
    assert main(["export", "anki", "-o", str(out), "--with-history", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "1 deck(s)" in err and "progress for 0 cards" in err
    assert "warning:" in err and "holds no study progress" in err
    _study(db, decks_and_cards, clock, settings, 2)
    assert main(["export", "anki", "-o", str(out), "--with-history", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "progress for 2 cards" in err and "warning" not in err


def test_export_with_history_reads_the_default_collection(tmp_path, deck_dir, decks_and_cards, clock, settings,
                                                         monkeypatch, capsys) -> None:
    db = tmp_path / "default.sqlite3"
    monkeypatch.setenv("QUIZGEN_DB", str(db))
    _study(db, decks_and_cards, clock, settings, 1)
    assert main(["add", str(deck_dir)]) == 0
    assert main(["export", "anki", "-o", str(tmp_path / "x.apkg"), "--with-history"]) == 0
    assert "progress for 1 cards, 1 reviews" in capsys.readouterr().err


def test_export_leaves_out_a_broken_library_deck_with_a_warning(tmp_path, deck_dir, capsys) -> None:
    (tmp_path / "bad.yaml").write_text("title: Bad\nfacts: 3\n", encoding="utf-8")
    assert main(["add", str(deck_dir), str(tmp_path / "bad.yaml")]) == 0
    capsys.readouterr()
    assert main(["export", "anki", "-o", str(tmp_path / "x.apkg")]) == 0
    err = capsys.readouterr().err
    assert "warning: left out (error):" in err and "bad.yaml" in err and "1 deck(s)" in err


def test_a_bad_library_file_is_one_line_and_exit_2(library_file, capsys) -> None:
    library_file.write_text('decks = "not a list"\n', encoding="utf-8")
    assert main(["library"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "library.toml:1" in err and "decks" in err


def test_two_library_decks_with_one_id_keep_the_first(tmp_path, deck_dir, capsys) -> None:
    twin = tmp_path / "twin"
    twin.mkdir()
    shutil.copy(deck_dir / "space.yaml", twin / "copy.yaml")
    shutil.copy(deck_dir / "article.txt", twin / "article.txt")
    assert main(["add", str(deck_dir), str(twin)]) == 0
    capsys.readouterr()
    assert main(["library"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].split()[0] == "ok" and "space.yaml" in out[1]
    assert out[2].split()[0] == "error" and "copy.yaml" in out[2] and "deck id 'space' is also the id of" in out[2]
    assert main(["export", "anki", "-o", str(tmp_path / "x.apkg")]) == 0
    assert "deck id 'space' is also the id of" in capsys.readouterr().err


def test_the_first_add_makes_the_config_folder(tmp_path, deck_dir, monkeypatch) -> None:
    folder = tmp_path / "fresh" / "quizgen"
    monkeypatch.setenv("QUIZGEN_CONFIG_DIR", str(folder))
    assert main(["add", str(deck_dir)]) == 0
    assert _entries(folder / "library.toml") == [str(deck_dir.resolve())]
    assert [p.name for p in folder.iterdir()] == ["library.toml"]  # no temporary file left behind
