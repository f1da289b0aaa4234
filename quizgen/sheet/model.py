"""What marking found, as plain data: kept in RESULTS/review.json so `quizgen mark --review` can go on from it.

A `Marked` holds one `StudentSheet` per student's answer sheet (all its pages), each with one
`Item` per question, and the report's problem lines. Scores are computed from it, never stored.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

OK, FLAGGED, SETTLED = "ok", "flagged", "settled"
FORMAT = "quizgen-marking"


@dataclass
class Item:
    number: int
    card_id: str
    kind: str  # "mcq" or "cloze"
    key: str  # the right letter (MCQ) or "right" (cloze)
    points: float
    response: str
    status: str  # OK, FLAGGED or SETTLED
    flag: str = ""  # why it needs the teacher
    page: int = 1
    crop: str = ""  # picture of the row for the teacher, relative to RESULTS

    @property
    def right(self) -> bool:
        return self.response == self.key

    @property
    def score(self) -> float:
        return self.points if self.right else 0.0


@dataclass
class StudentSheet:
    key: str  # unique in the run: names its files
    version: str
    copy: int
    student: str
    student_status: str  # OK, FLAGGED or SETTLED
    student_flag: str = ""
    student_crop: str = ""
    pages: dict[str, str] = field(default_factory=dict)  # page number -> straightened page image, relative to RESULTS
    labels: dict[str, str] = field(default_factory=dict)  # page number -> where it was scanned from
    items: list[Item] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(item.score for item in self.items)

    @property
    def max_score(self) -> float:
        return sum(item.points for item in self.items)

    @property
    def flagged(self) -> list[Item]:
        return [item for item in self.items if item.status == FLAGGED]

    @property
    def needs_teacher(self) -> bool:
        return self.student_status == FLAGGED or bool(self.flagged)


@dataclass
class Marked:
    quiz_id: str
    title: str
    quiz_file: str
    sheets: list[StudentSheet] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def open_flags(self) -> int:
        return sum(len(s.flagged) + (s.student_status == FLAGGED) for s in self.sheets)

    def to_json(self) -> bytes:
        data = {"format": FORMAT, "format_version": 1, **asdict(self)}
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Marked":
        sheets = [StudentSheet(**{**s, "items": [Item(**i) for i in s["items"]]}) for s in data["sheets"]]
        return cls(data["quiz_id"], data["title"], data["quiz_file"], sheets, list(data["problems"]))
