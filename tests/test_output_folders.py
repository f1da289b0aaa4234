"""One rule for every output: a folder that does not exist yet is made (`quiz -o`, `export anki -o`,
`import -o`, `draft -o`, `--db`), after the input was read, so a refused run makes no folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quizgen.cli import main

BUNDLED = Path(__file__).resolve().parents[1] / "quizgen" / "bundled"


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    shutil.copytree(BUNDLED / "decks", folder)
    return folder / "challenge.yaml"


def run(*args: object) -> int:
    return main([str(arg) for arg in args])


def test_export_anki_makes_the_missing_folders(deck: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "imp" / "deeper" / "x.apkg"
    assert run("export", "anki", deck, "--allow-outside", tmp_path / "seeds", "-o", out) == 0
    assert out.is_file() and "does not exist" not in capsys.readouterr().err


def test_import_makes_the_missing_folders(tmp_path: Path) -> None:
    source = tmp_path / "cards.csv"
    source.write_text("front,back\nCapital of France,Paris\nCapital of Peru,Lima\n", encoding="utf-8")
    out = tmp_path / "imp" / "x.yaml"
    assert run("import", source, "-o", out) == 0
    assert out.is_file() and run("check", out) == 0


def test_quiz_and_draft_make_the_missing_folders(deck: Path, tmp_path: Path) -> None:
    assert run("quiz", deck, "--allow-outside", tmp_path / "seeds", "-o", tmp_path / "a" / "b" / "quiz",
               "-n", 5, "--format", "md") == 0
    assert (tmp_path / "a" / "b" / "quiz").is_dir()
    draft = tmp_path / "c" / "draft.yaml"
    assert run("draft", BUNDLED / "decks" / "seeds" / "000_14ba5daab466d46c.txt", "-o", draft) == 0
    assert draft.is_file()


def test_a_refused_run_makes_no_folder(deck: Path, tmp_path: Path, capsys) -> None:
    assert run("export", "anki", deck, "--allow-outside", tmp_path / "seeds", "-o", tmp_path / "new" / "x.apkg",
               "--parent", "A::::B") == 2
    missing = tmp_path / "nope.csv"
    assert run("import", missing, "-o", tmp_path / "new2" / "x.yaml") == 2
    assert not (tmp_path / "new").exists() and not (tmp_path / "new2").exists()


def test_a_file_in_the_way_of_the_folder_is_one_line_exit_1(deck: Path, tmp_path: Path, capsys) -> None:
    (tmp_path / "blocker").write_text("a file, not a folder\n", encoding="utf-8")
    capsys.readouterr()
    assert run("export", "anki", deck, "--allow-outside", tmp_path / "seeds", "-o",
               tmp_path / "blocker" / "x.apkg") == 1
    err = capsys.readouterr().err
    assert "could not write the folder" in err and "Traceback" not in err
    assert (tmp_path / "blocker").read_text(encoding="utf-8") == "a file, not a folder\n"
