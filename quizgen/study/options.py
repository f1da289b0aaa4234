"""What the study app's Options screen shows and edits, pure: each global setting as text, where its
value comes from (the settings file or the default), the decks whose `study:` block overrides it,
and the learner's edited text turned back into settings-file values.

Validation is the settings file's own (`Settings.from_mapping`, through `settings.save_settings`):
this module only turns text into TOML values ("1m 10m" -> ["1m", "10m"], "20" -> 20).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Iterable, Mapping

from quizgen.core.model import Deck
from quizgen.study.settings import Settings

#: The settings the Options screen edits: (key, label, what to type).
EDITABLE = (
    ("new_per_day", "New cards/day", "per deck; a whole number"),
    ("reviews_per_day", "Reviews/day", "per deck; a whole number"),
    ("desired_retention", "Desired retention", "0.7 to 0.99"),
    ("learning_steps", "Learning steps", 'durations, e.g. "1m 10m" (s, m, h, d); empty: none'),
    ("relearning_steps", "Relearning steps", 'e.g. "10m"; empty: none'),
    ("hesitation_seconds", "Hesitation (s)", "a right answer slower than this is rated Hard"),
    ("leech_threshold", "Leech threshold", "lapses that make a leech"),
    ("day_rollover_hour", "Day starts at", "local hour, 0 to 23"),
)
#: A deck's `study:` key for each setting it overrides.
DECK_KEYS = {"new_per_day": "new_per_day", "reviews_per_day": "reviews_per_day", "desired_retention": "retention"}
_STEPS = ("learning_steps", "relearning_steps")


@dataclass(frozen=True)
class DeckOverride:
    """A deck whose `study:` block sets a value of its own (read-only here: the deck file is the source)."""

    title: str
    path: Path
    text: str


@dataclass(frozen=True)
class SettingRow:
    key: str
    label: str
    hint: str
    text: str  # the value in effect, as the learner types it
    source: str  # "settings file" or "default"
    overrides: tuple[DeckOverride, ...] = ()


def step_text(step: timedelta) -> str:
    """A learning step as the settings file writes it: "30s", "10m", "1h", "2d"."""
    seconds = step.total_seconds()
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def value_text(key: str, value: Any) -> str:
    if key in _STEPS:
        return " ".join(step_text(step) for step in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def rows(settings: Settings, in_file: Iterable[str], decks: Iterable[Deck]) -> list[SettingRow]:
    """The Options screen's rows: `settings` in effect, `in_file` the keys the settings file sets."""
    in_file = set(in_file)
    decks = list(decks)
    made = []
    for key, label, hint in EDITABLE:
        overrides: list[DeckOverride] = []
        if key in DECK_KEYS:
            for deck in decks:
                own = getattr(deck.study, DECK_KEYS[key])
                if own is not None:
                    overrides.append(DeckOverride(deck.title, deck.path, value_text(key, own)))
        made.append(SettingRow(key, label, hint, value_text(key, getattr(settings, key)),
                               "settings file" if key in in_file else "default", tuple(overrides)))
    return made


def deck_blocks(decks: Iterable[Deck]) -> list[DeckOverride]:
    """Each deck with a `study:` block: its values as the deck file writes them (the exam day too)."""
    blocks = []
    for deck in decks:
        study = deck.study
        values = [(name, value) for name, value in (("new_per_day", study.new_per_day),
                                                    ("reviews_per_day", study.reviews_per_day),
                                                    ("retention", study.retention), ("exam", study.exam))
                  if value is not None]
        if values:
            text = ", ".join(f"{name}: {value_text(name, value) if name != 'exam' else value.isoformat()}"
                             for name, value in values)
            blocks.append(DeckOverride(deck.title, deck.path, text))
    return blocks


def toml_values(texts: Mapping[str, str]) -> dict[str, Any]:
    """The learner's texts as settings-file values, for `save_settings` to validate and write: numbers
    become numbers, steps lists of durations; anything else stays text (the validation says why)."""
    values: dict[str, Any] = {}
    for key, text in texts.items():
        text = text.strip()
        if key in _STEPS:
            values[key] = [item for item in text.replace(",", " ").split() if item]
            continue
        try:
            values[key] = int(text)
        except ValueError:
            try:
                values[key] = float(text)
            except ValueError:
                values[key] = text
    return values


def changed(settings: Settings, texts: Mapping[str, str]) -> dict[str, str]:
    """The texts that differ from the value in effect (only those are written)."""
    return {key: text for key, text in texts.items()
            if " ".join(text.replace(",", " ").split()) != value_text(key, getattr(settings, key))}
