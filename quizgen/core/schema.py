"""The JSON Schema of deck files, built from the same key lists the loader validates against."""

from __future__ import annotations

from typing import Any

from quizgen.core.deckfile import FACT_KEYS, KIND_PATTERN, SOURCE_KEYS, STUDY_KEYS, TOP_KEYS, TYPE_NAMES
from quizgen.core.model import RETENTION_RANGE

SCHEMA_ID = "https://quizgen.invalid/schema/deck.json"
_ID = {"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9._-]*$"}
_TEXT = {"type": ["string", "number"], "minLength": 1}  # YAML reads 2021 as a number; quizgen keeps it as text
_TEXTS = {"oneOf": [_TEXT, {"type": "array", "items": _TEXT}]}
_TYPE = {"type": "string", "enum": list(TYPE_NAMES)}
_KIND = {"type": "string", "pattern": KIND_PATTERN.pattern}
_COUNT = {"oneOf": [{"type": "integer", "minimum": 0}, {"type": "string", "pattern": r"^\d+$"}]}


def deck_schema() -> dict[str, Any]:
    fact = {
        "type": "object",
        "additionalProperties": False,
        "required": ["text"],
        "properties": {
            "id": _ID | {"description": "Stable id; keys study history and Anki notes. Never change it."},
            "text": _TEXT | {"pattern": r"\{", "description": "The fact. {answer} is a blank; "
                             "{canonical|alternative} accepts alternatives; \\{ is a literal brace."},
            "ask": _TEXT | {"description": "A question for the MCQ card (facts with one blank)."},
            "type": {"oneOf": [_TYPE, {"type": "array", "items": _TYPE}],
                     "description": "Answer type, or one per blank; inferred when absent."},
            "kind": {"oneOf": [_KIND, {"type": "array", "items": _KIND}],
                     "description": "What the answer is, in a word or two (`novel`, `king`, `river`), or one per "
                     "blank: wrong answers are of the same kind; pools may be named by kind."},
            "distractors": {"oneOf": [_TEXT, {"type": "array", "items": _TEXT},
                                      {"type": "array", "items": {"type": "array", "items": _TEXT}}],
                            "description": "Hand-picked wrong answers, used first: one list (each goes to the "
                            "blank it fits) or, for several blanks, one list per blank."},
            "source": _TEXTS | {"description": "Key(s) of `sources` this fact comes from."},
            "tags": _TEXTS,
            "note": _TEXT | {"description": "Shown after the answer."},
            "image": _TEXT | {"description": "Image file (PNG, JPEG, GIF or WebP, at most 10 MB) inside the "
                              "deck file's folder, relative to it."},
            "quote": _TEXTS | {"description": "The exact source sentence(s) the fact was taken from."},
        },
    }
    source = {
        "type": "object",
        "additionalProperties": False,
        "properties": {"file": _TEXT | {"description": "Relative to the deck file, inside its folder (at most 10 MB)."}, "title": _TEXT,
                       "url": _TEXT},
    }
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "quizgen deck",
        "type": "object",
        "additionalProperties": False,
        "required": ["title", "facts"],
        "properties": {
            "title": _TEXT,
            "id": _ID | {"description": "Defaults to the file name; keys study history and Anki ids."},
            "description": {"type": "string"},
            "sources": {"type": "object", "additionalProperties": {"oneOf": [source, _TEXT]}},
            "pools": {"type": "object",
                      "propertyNames": {"anyOf": [_TYPE, _KIND]},
                      "additionalProperties": {"oneOf": [_TEXT, {"type": "array", "items": _TEXT}]},
                      "description": "Extra wrong answers, by answer type (`person:`) or by kind (`novel:`)."},
            "study": {"type": "object", "additionalProperties": False,
                      "properties": {
                          "new_per_day": _COUNT, "reviews_per_day": _COUNT,
                          "retention": {"type": "number", "minimum": RETENTION_RANGE[0],
                                        "maximum": RETENTION_RANGE[1],
                                        "description": "Desired retention for this deck's cards (default: the "
                                        "settings' desired_retention, 0.9)."},
                          "exam": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$",
                                   "description": "Exam day (YYYY-MM-DD): until then, reviews are planned so that "
                                   "each card's predicted recall on that day meets the retention."}}},
            "facts": {"type": "array", "minItems": 1, "items": fact},
        },
    }
    # The schema and the loader must know the same keys.
    assert set(schema["properties"]) == set(TOP_KEYS)
    assert set(fact["properties"]) == set(FACT_KEYS)
    assert set(source["properties"]) == set(SOURCE_KEYS)
    assert set(schema["properties"]["study"]["properties"]) == set(STUDY_KEYS)
    return schema
