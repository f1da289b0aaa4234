"""Problems found in user input, each naming the file, line, field and how to fix it."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Iterable, Sequence

from quizgen.core.controls import visible_name


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # worth knowing, nothing wrong: `check --strict` does not count it


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input file. Rendered as one line, compiler style."""

    file: Path | str
    line: int | None
    field: str | None
    message: str
    fix: str | None = None
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else f"{self.file}"
        field = f" {self.field}:" if self.field else ""
        fix = f" Fix: {self.fix}" if self.fix else ""
        return visible_name(f"{where}: {self.severity.value}:{field} {self.message}{fix}")


class InputError(Exception):
    """Bad user input: the CLI prints every problem and exits with status 2."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The closest of `choices` to a mistyped `word`, if one is close enough."""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return match[0] if match else None
