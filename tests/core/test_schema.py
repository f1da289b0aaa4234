"""`quizgen schema` publishes a JSON Schema that accepts the bundled decks and rejects broken ones."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from quizgen.cli import main


@pytest.fixture
def schema(capsys) -> dict:
    assert main(["schema"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def test_bundled_decks_validate(schema: dict, repo_root: Path):
    decks = sorted((repo_root / "quizgen" / "bundled" / "decks").glob("*.yaml"))
    assert decks
    for deck in decks:
        jsonschema.validate(yaml.safe_load(deck.read_text(encoding="utf-8")), schema)


@pytest.mark.parametrize("broken", [
    {"facts": [{"text": "{a}"}]},                                # no title
    {"title": "T", "facts": []},                                 # no facts
    {"title": "T", "fatcs": [{"text": "{a}"}]},                  # unknown key
    {"title": "T", "facts": [{"text": "{a}", "type": "persn"}]},  # unknown type
    {"title": "T", "facts": [{"text": "no blank"}]},             # no blank
    {"title": "T", "pools": {"person": {"a": "b"}}, "facts": [{"text": "{a}"}]},
])
def test_broken_decks_fail_the_schema(schema: dict, broken: dict):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
