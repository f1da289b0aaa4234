"""A deck's `study:` block: retention and exam day, read and checked like every other field."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml

from quizgen.cli import main
from quizgen.core.deckfile import load_decks
from quizgen.core.model import StudyLimits

HEAD = 'title: T\nfacts:\n  - text: "{a} b"\n'


def _deck(tmp_path: Path, study: str) -> Path:
    path = tmp_path / "deck.yaml"
    path.write_text(HEAD + "study:\n" + study, encoding="utf-8")
    return path


def test_retention_and_exam_are_read(tmp_path: Path) -> None:
    path = _deck(tmp_path, "  new_per_day: 5\n  retention: 0.85\n  exam: 2027-01-15\n")
    (deck,) = load_decks([path]).decks
    assert deck.study == StudyLimits(new_per_day=5, retention=0.85, exam=date(2027, 1, 15))
    (plain,) = load_decks([_deck(tmp_path, "  new_per_day: 5\n")]).decks
    assert plain.study.retention is None and plain.study.exam is None


@pytest.mark.parametrize(("study", "field", "words"), [
    ("  retention: 0.5\n", "study.retention", "from 0.7 to 0.99"),
    ("  retention: 1\n", "study.retention", "from 0.7 to 0.99"),
    ("  retention: 90\n", "study.retention", "write e.g. `retention: 0.9`"),
    ("  retention: high\n", "study.retention", "found 'high'"),
    ("  retention: [0.9]\n", "study.retention", "found a list"),
    ("  exam: 2027-02-30\n", "study.exam", "YYYY-MM-DD"),
    ("  exam: 15/01/2027\n", "study.exam", "write e.g. `exam: 2027-01-15`"),
    ("  exam: next week\n", "study.exam", "found 'next week'"),
    ("  exma: 2027-01-15\n", "study.exma", "did you mean `exam`"),
])
def test_a_bad_retention_or_exam_gets_one_line_and_exit_2(tmp_path: Path, capsys, study, field, words) -> None:
    path = _deck(tmp_path, study)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    (line,) = err.strip().splitlines()
    assert line.startswith(f"{path}:5: error: {field}:"), line
    assert words in line and "Fix:" in line and "Traceback" not in err


def test_the_schema_knows_retention_and_exam(capsys) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)

    def as_json(study: str) -> dict:  # what YAML tools hand a JSON Schema validator (dates as text)
        return json.loads(json.dumps(yaml.safe_load(HEAD + "study:\n" + study), default=str))

    jsonschema.validate(as_json("  retention: 0.85\n  exam: 2027-01-15\n"), schema)
    for bad in ("  retention: 0.5\n", "  retention: high\n", "  exam: 15/01/2027\n", "  exma: 2027-01-15\n"):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(as_json(bad), schema)
