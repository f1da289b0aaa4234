"""The quiz manifest (quiz.json): the agreed layout, deterministic bytes, and strict validation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from quiz_helpers import quiz_for, run_cli

from quizgen.core.problems import InputError
from quizgen.quiz import manifest

QUESTION_KEYS_MCQ = ["number", "card_id", "deck", "fact", "blank", "kind", "prompt", "options", "key", "points"]
QUESTION_KEYS_CLOZE = ["number", "card_id", "deck", "fact", "blank", "kind", "prompt", "answer", "accept", "points"]


@pytest.fixture
def made(school_path: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    assert run_cli("quiz", school_path, "-o", out, "-n", "8", "--versions", "2", "--seed", "3", "--format", "md") == 0
    return out


def test_quiz_writes_the_manifest_in_the_agreed_layout(made: Path, school_path: Path) -> None:
    data = json.loads((made / "quiz.json").read_text(encoding="utf-8"))
    assert list(data) == ["format", "format_version", "quiz_id", "title", "seed", "decks", "versions"]
    assert data["format"] == "quizgen-quiz" and data["format_version"] == 1
    assert data["seed"] == 3 and data["decks"] == ["capitals"] and data["title"] == "European capitals"
    quiz = quiz_for(school_path, n=8, versions=2, seed=3)
    assert data["quiz_id"] == quiz.quiz_id and len(data["quiz_id"]) == 12
    assert [v["version"] for v in data["versions"]] == ["A", "B"]
    for version, written in zip(quiz.versions, data["versions"]):
        for item, question in zip(version.items, written["questions"], strict=True):
            card = item.question.card
            if card.kind.value == "mcq":
                assert list(question) == QUESTION_KEYS_MCQ
                assert question["options"] == list(item.options)
                assert question["options"][question["key"]] == card.answer
            else:
                assert list(question) == QUESTION_KEYS_CLOZE
                assert question["answer"] == card.answer and question["accept"] == list(card.accept)
            assert question["number"] == item.number and question["card_id"] == card.id
            assert question["card_id"] == f"{question['deck']}:{question['fact']}:{question['blank']}:{question['kind']}"
            assert question["prompt"] == card.prompt and question["points"] == 1


def test_manifest_round_trips_and_is_deterministic(school_path: Path, tmp_path: Path) -> None:
    quiz = quiz_for(school_path, n=10, versions=3, seed=5)
    first = manifest.write(quiz, tmp_path / "a")
    again = manifest.write(quiz_for(school_path, n=10, versions=3, seed=5), tmp_path / "b")
    assert first.read_bytes() == again.read_bytes()
    loaded = manifest.load(tmp_path / "a")  # the folder works as well as the file
    assert loaded == manifest.from_quiz(quiz)
    assert manifest.dumps(loaded) == first.read_bytes()
    assert loaded.version("B") is not None and loaded.version("Z") is None
    letters = [q.letter for q in loaded.versions[0].questions if q.key is not None]
    assert letters and all(letter in "ABCD" for letter in letters)


def test_quiz_id_depends_on_the_questions_seed_and_options(school_path: Path) -> None:
    base = quiz_for(school_path, n=8, versions=2, seed=3).quiz_id
    assert quiz_for(school_path, n=8, versions=2, seed=3).quiz_id == base
    assert quiz_for(school_path, n=8, versions=2, seed=4).quiz_id != base
    assert quiz_for(school_path, n=7, versions=2, seed=3).quiz_id != base
    assert quiz_for(school_path, n=8, versions=3, seed=3).quiz_id != base
    assert quiz_for(school_path, n=8, versions=2, seed=3, title="Test 2").quiz_id != base


def _broken(made: Path, change: Any) -> Path:
    data = json.loads((made / "quiz.json").read_text(encoding="utf-8"))
    change(data)
    path = made / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _first(data: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(q for q in data["versions"][0]["questions"] if q["kind"] == kind)


@pytest.mark.parametrize(("change", "field", "words"), [
    (lambda d: d.update(format="something"), "format", "not a quizgen quiz manifest"),
    (lambda d: d.update(format_version=2), "format_version", "reads version 1"),
    (lambda d: d.pop("quiz_id"), "quiz_id", "is missing"),
    (lambda d: d.update(seed="7"), "seed", "whole number"),
    (lambda d: d["versions"][0]["questions"][0].update(number=5), "versions[0].questions[0].number", "expected 1"),
    (lambda d: _first(d, "mcq").update(key=9), ".key", "is 9, but the question has 3 options"),
    (lambda d: _first(d, "mcq").update(card_id="capitals:x:1:mcq"), ".card_id", "deck, fact, blank and kind say"),
    (lambda d: _first(d, "cloze").update(kind="essay"), ".kind", "\"mcq\" or \"cloze\""),
    (lambda d: _first(d, "cloze").update(accept=[]), ".accept", "at least 1"),
    (lambda d: d["versions"][1]["questions"].pop(), "versions", "same questions"),
    (lambda d: d["versions"][1].update(version="A"), "versions", "repeats a version name"),
])
def test_load_names_the_file_and_field_of_each_problem(made: Path, change: Any, field: str, words: str) -> None:
    path = _broken(made, change)
    with pytest.raises(InputError) as error:
        manifest.load(path)
    lines = [str(p) for p in error.value.problems]
    assert any(line.startswith(f"{path}: error: ") and field in line and words in line for line in lines), lines


def test_load_refuses_missing_and_non_json_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such quiz manifest"):
        manifest.load(tmp_path / "nothing.json")
    (tmp_path / "quiz.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"quiz.json:1: error: is not JSON"):
        manifest.load(tmp_path)
