"""Global study settings, read from `<config dir>/settings.toml` (the config dir: `$QUIZGEN_CONFIG_DIR`,
else the user config folder, e.g. `~/.config/quizgen/`; the library of decks sits beside it, see
`quizgen.study.library`).

Every key is optional; a missing file means the defaults. Example:

    desired_retention = 0.9
    new_per_day = 20
    reviews_per_day = 200
    learning_steps = ["1m", "10m"]
    relearning_steps = ["10m"]
    day_rollover_hour = 4
    leech_threshold = 8
    hesitation_seconds = 15
    theme = "nord"            # the study app's theme (Ctrl+P in the app picks one and remembers it here)

A deck file's `study:` block overrides `new_per_day`, `reviews_per_day` and `desired_retention`
(as `retention:`) for that deck, and may set an exam day (quizgen.study.exam).
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass, fields, replace
from datetime import timedelta
from pathlib import Path
from typing import Any, Mapping, Sequence

from quizgen.core.model import RETENTION_RANGE
from quizgen.core.problems import InputError, Problem

_STEP = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
#: The longest learning step: ten years (longer ones would overflow the dates they schedule).
MAX_STEP = timedelta(days=3650)


#: The environment variable that moves the config folder (settings.toml, library.toml); tests set it.
CONFIG_DIR_ENV = "QUIZGEN_CONFIG_DIR"


def config_dir() -> Path:
    """Where the user's settings live: `$QUIZGEN_CONFIG_DIR` if set, else the user config folder."""
    chosen = os.environ.get(CONFIG_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("quizgen"))


def default_settings_path() -> Path:
    return config_dir() / "settings.toml"


@dataclass(frozen=True)
class Settings:
    desired_retention: float = 0.9
    new_per_day: int = 20
    reviews_per_day: int = 200
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    day_rollover_hour: int = 4
    leech_threshold: int = 8
    hesitation_seconds: float = 15.0
    #: Random fuzz on review intervals (as Anki); tests turn it off to pin exact sequences.
    enable_fuzzing: bool = True
    #: The study app's theme (a Textual theme name); None: the app's default.
    theme: str | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The settings in `path` (default: the user config file); defaults for what is missing."""
        path = default_settings_path() if path is None else path
        read = read_toml(path, what="the settings file", fix="see docs/study.md for the format")
        if read is None:
            return cls()
        data, text = read
        return cls.from_mapping(data, path=path, text=text)

    @classmethod
    def from_mapping(cls, data: dict[str, Any], *, path: Path | str = "settings.toml", text: str = "") -> Settings:
        """Validate a parsed settings table; every bad key is reported with its line."""
        known = {f.name for f in fields(cls)}
        problems: list[Problem] = []
        values: dict[str, Any] = {}
        for key, raw in data.items():
            line = line_of_key(text, key)
            if key not in known:
                problems.append(
                    Problem(path, line, key, "unknown setting", f"use one of: {', '.join(sorted(known))}")
                )
                continue
            try:
                values[key] = _convert(key, raw)
            except ValueError as error:
                problems.append(Problem(path, line, key, str(error)))
        if problems:
            raise InputError(problems)
        return replace(cls(), **values)


def _convert(key: str, raw: Any) -> Any:
    """One setting's value from TOML, or ValueError saying what is expected."""
    if key == "desired_retention":
        low, high = RETENTION_RANGE
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not low <= raw <= high:
            raise ValueError(f"expected a number between {low} and {high}, got {raw!r}")
        return float(raw)
    if key in ("new_per_day", "reviews_per_day", "leech_threshold"):
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
            raise ValueError(f"expected a whole number >= 0, got {raw!r}")
        if key == "leech_threshold" and raw < 1:
            raise ValueError("expected a whole number >= 1")
        return raw
    if key == "day_rollover_hour":
        if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= 23:
            raise ValueError(f"expected an hour from 0 to 23, got {raw!r}")
        return raw
    if key == "hesitation_seconds":
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or raw <= 0:
            raise ValueError(f"expected a number of seconds > 0, got {raw!r}")
        return float(raw)
    if key == "theme":
        if not isinstance(raw, str) or not raw.strip():
            raise ValueError(f'expected a theme name such as "nord" or "textual-light", got {raw!r}')
        return raw.strip()
    if key == "enable_fuzzing":
        if not isinstance(raw, bool):
            raise ValueError(f"expected true or false, got {raw!r}")
        return raw
    # learning_steps / relearning_steps
    if not isinstance(raw, list):
        raise ValueError(f'expected a list of durations like ["1m", "10m"], got {raw!r}')
    return tuple(parse_step(item) for item in raw)


def remember_setting(path: Path, key: str, value: str) -> None:
    """Set one string setting (the theme) in the settings file at `path`: `save_settings` for one key."""
    save_settings(path, {key: value})


def save_settings(path: Path, changes: Mapping[str, Any]) -> Settings:
    """Write `changes` (setting -> a TOML value: int, float, bool, str or a list of them) into the
    settings file at `path`, atomically (a temporary file, then a rename), and return the settings the
    file then holds. Every other line stays as written, comments too (a changed key keeps its line's
    own comment); a key not in the file is added before its first table. The new text is validated as
    `Settings.load` validates it (one rule) before anything is written: a bad value is an InputError
    naming the key, and the file is left as it was."""
    from quizgen.files import write_atomic

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    for key, value in changes.items():
        line = f"{key} = {toml_value(value)}"
        pattern = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=")
        at = next((number for number, text in enumerate(lines) if pattern.match(text)), None)
        if at is not None:
            last, comment = _value_end(lines, at)
            lines[at:last + 1] = [line + (f"  {comment}" if comment else "")]
        else:
            table = next((number for number, text in enumerate(lines) if text.lstrip().startswith("[")), len(lines))
            lines.insert(table, line)
    text = "\n".join(lines) + "\n"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError([Problem(path, None, None, f"the settings file would not be valid TOML: {error}")]) from None
    settings = Settings.from_mapping(data, path=path, text=text)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text.encode("utf-8"))
    return settings


def toml_value(value: Any) -> str:
    """`value` written as TOML (a JSON string is a TOML basic string)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    raise TypeError(f"no TOML form for {value!r}")


def _value_end(lines: Sequence[str], at: int) -> tuple[int, str]:
    """The last line of the `key = value` starting on line `at` (a list may go on over several lines)
    and the comment that ends it ("" if none)."""
    depth = 0
    for number in range(at, len(lines)):
        text = lines[number]
        start = text.index("=") + 1 if number == at else 0
        quote: str | None = None
        for position in range(start, len(text)):
            char = text[position]
            if quote is not None:
                if char == quote and (quote == "'" or text[position - 1] != "\\"):
                    quote = None
            elif char in "\"'":
                quote = char
            elif char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
            elif char == "#":
                if depth <= 0:
                    return number, text[position:].rstrip()
                break  # a comment inside a list that goes on
        if depth <= 0:
            return number, ""
    return len(lines) - 1, ""


def parse_step(item: Any) -> timedelta:
    """"30s", "1m", "10m", "1h", "1d" (or a bare number of minutes) as a timedelta."""
    if isinstance(item, (int, float)) and not isinstance(item, bool) and item > 0:
        if item * 60 > MAX_STEP.total_seconds():
            raise ValueError(f"expected a step of at most {MAX_STEP.days} days, got {item!r} minutes")
        return timedelta(minutes=item)
    match = _STEP.match(item) if isinstance(item, str) else None
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f'expected a duration like "1m", "10m", "1h" or "1d", got {item!r}')
    seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds > MAX_STEP.total_seconds():
        raise ValueError(f"expected a step of at most {MAX_STEP.days} days, got {item!r}")
    return timedelta(seconds=seconds)


def read_toml(path: Path, *, what: str, fix: str) -> tuple[dict[str, Any], str] | None:
    """A user's TOML file (the settings, the library): its table and its text, None when it does not exist;
    a file that cannot be read or parsed is an InputError naming `what` (and the line, with `fix`)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError([Problem(path, None, None, f"cannot read {what}: {error}")]) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        raise InputError([Problem(path, int(match.group(1)) if match else None, None,
                                  f"not valid TOML: {error}", fix)]) from None


def line_of_key(text: str, key: str) -> int | None:
    """The line of a TOML file's top-level `key = ...`, or None."""
    match = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None
