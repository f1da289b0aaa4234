"""The quiz as an answer sheet needs it: per version, each question's number, kind, option count and key.

Built from the quiz object when printing and from the quiz manifest (quiz.json) when marking, so
both sides lay out the same sheet from the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quizgen.quiz.build import VERSION_LETTERS, Quiz

#: The most options a question may have on an answer sheet (bubbles A-H).
MAX_OPTIONS = 8


@dataclass(frozen=True, slots=True)
class SheetQuestion:
    number: int
    card_id: str
    kind: str  # "mcq" or "cloze"
    options: int  # bubbles to print (0 for cloze)
    key: int | None  # 0-based index of the right option (None for cloze)
    points: float
    answer: str  # the right answer's text, for the annotated sheet and the grades

    @property
    def is_mcq(self) -> bool:
        return self.kind == "mcq"

    @property
    def key_letter(self) -> str:
        return VERSION_LETTERS[self.key] if self.key is not None else ""


@dataclass(frozen=True, slots=True)
class SheetVersion:
    name: str
    questions: tuple[SheetQuestion, ...]

    @property
    def max_points(self) -> float:
        return sum(q.points for q in self.questions)


@dataclass(frozen=True, slots=True)
class SheetQuiz:
    quiz_id: str
    title: str
    seed: int
    versions: tuple[SheetVersion, ...]

    def version(self, name: str) -> SheetVersion | None:
        return next((v for v in self.versions if v.name == name), None)


def from_quiz(quiz: Quiz, quiz_id: str) -> SheetQuiz:
    versions = []
    for version in quiz.versions:
        questions = []
        for item in version.items:
            card = item.question.card
            questions.append(SheetQuestion(
                number=item.number, card_id=card.id, kind=card.kind.value, options=len(item.options),
                key=item.answer_index, points=1.0,
                answer=item.options[item.answer_index] if item.answer_index is not None else card.answer,
            ))
        versions.append(SheetVersion(version.name, tuple(questions)))
    return SheetQuiz(quiz_id, quiz.title, quiz.seed, tuple(versions))


def from_manifest(manifest: dict[str, Any]) -> SheetQuiz:
    """From a manifest already validated by `quizgen.quiz.manifest.load`."""
    versions = []
    for version in manifest["versions"]:
        questions = []
        for q in version["questions"]:
            mcq = q["kind"] == "mcq"
            questions.append(SheetQuestion(
                number=int(q["number"]), card_id=q["card_id"], kind=q["kind"],
                options=len(q["options"]) if mcq else 0, key=int(q["key"]) if mcq else None,
                points=float(q.get("points", 1)),
                answer=q["options"][q["key"]] if mcq else q["answer"],
            ))
        versions.append(SheetVersion(version["version"], tuple(questions)))
    return SheetQuiz(manifest["quiz_id"], manifest["title"], int(manifest["seed"]), tuple(versions))
