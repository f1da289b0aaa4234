"""The quiz manifest, `OUTDIR/quiz.json`: what each version of a quiz asked, in its printed order.

Written by `quizgen quiz` beside the sheets, read back by `quizgen results` and `quizgen mark`
to map every answer to its deck, fact and blank. The layout is agreed between branches (see the
project's CONTRACTS): keys in a fixed order, UTF-8, and deterministic bytes (the same decks and
seed give the same file). `load` validates everything it reads and raises InputError naming the
file and the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizgen.core.model import CardKind, card_id
from quizgen.core.problems import InputError, Problem
from quizgen.quiz.build import VERSION_LETTERS, Quiz

FILE_NAME = "quiz.json"
FORMAT = "quizgen-quiz"
FORMAT_VERSION = 1
_FIX = "make the quiz again with `quizgen quiz ... -o OUTDIR` and use its quiz.json."


@dataclass(frozen=True, slots=True)
class ManifestQuestion:
    """One question as a version printed it. MCQ: `options` and `key`; cloze: `answer` and `accept`."""

    number: int
    card_id: str
    deck: str
    fact: str
    blank: int
    kind: CardKind
    prompt: str
    points: int | float = 1
    options: tuple[str, ...] = ()
    key: int | None = None
    answer: str | None = None
    accept: tuple[str, ...] = ()

    @property
    def letter(self) -> str | None:
        """The printed letter of the right option (MCQ), else None."""
        return None if self.key is None else VERSION_LETTERS[self.key]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "number": self.number, "card_id": self.card_id, "deck": self.deck, "fact": self.fact,
            "blank": self.blank, "kind": self.kind.value, "prompt": self.prompt,
        }
        if self.kind is CardKind.MCQ:
            data.update(options=list(self.options), key=self.key)
        else:
            data.update(answer=self.answer, accept=list(self.accept))
        data["points"] = self.points
        return data


@dataclass(frozen=True, slots=True)
class ManifestVersion:
    version: str
    questions: tuple[ManifestQuestion, ...]

    def by_card(self) -> dict[str, ManifestQuestion]:
        return {q.card_id: q for q in self.questions}


@dataclass(frozen=True, slots=True)
class Manifest:
    quiz_id: str
    title: str
    seed: int
    decks: tuple[str, ...]
    versions: tuple[ManifestVersion, ...]

    def version(self, name: str) -> ManifestVersion | None:
        return next((v for v in self.versions if v.version == name), None)

    @property
    def card_ids(self) -> tuple[str, ...]:
        """Every question's card id, in version A's order (all versions hold the same questions)."""
        return tuple(q.card_id for q in self.versions[0].questions)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "format_version": FORMAT_VERSION, "quiz_id": self.quiz_id, "title": self.title,
            "seed": self.seed, "decks": list(self.decks),
            "versions": [{"version": v.version, "questions": [q.to_json() for q in v.questions]}
                         for v in self.versions],
        }


def from_quiz(quiz: Quiz) -> Manifest:
    versions = []
    for version in quiz.versions:
        questions = []
        for item in version.items:
            card = item.question.card
            common = dict(number=item.number, card_id=card.id, deck=card.deck, fact=card.fact, blank=card.blank,
                          kind=card.kind, prompt=card.prompt, points=item.question.points)
            if item.answer_index is not None:
                questions.append(ManifestQuestion(**common, options=item.options, key=item.answer_index))
            else:
                questions.append(ManifestQuestion(**common, answer=card.answer, accept=card.accept))
        versions.append(ManifestVersion(version.name, tuple(questions)))
    return Manifest(quiz.quiz_id, quiz.title, quiz.seed, quiz.decks, tuple(versions))


def dumps(manifest: Manifest) -> bytes:
    return (json.dumps(manifest.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    """The manifest as one more output file, like every format module's `render`."""
    return [(FILE_NAME, dumps(from_quiz(quiz)))]


def write(quiz: Quiz, outdir: Path) -> Path:
    """Write `outdir/quiz.json` atomically; returns its path."""
    from quizgen.files import write_atomic

    outdir.mkdir(parents=True, exist_ok=True)
    path = outdir / FILE_NAME
    write_atomic(path, dumps(from_quiz(quiz)))
    return path


def load(path: Path) -> Manifest:
    """Read and validate a manifest. Raises InputError naming the file and field on any problem.

    `path` may be the manifest itself or the quiz's output folder holding it.
    """
    path = Path(path)
    if path.is_dir():
        path = path / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError([Problem(path, None, None, "no such quiz manifest.",
                                  "give the quiz.json that `quizgen quiz` wrote beside the sheets.")]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError([Problem(path, None, None, f"cannot be read: {error}.", _FIX)]) from None
    except json.JSONDecodeError as error:
        raise InputError([Problem(path, error.lineno, None, f"is not JSON: {error.msg}.", _FIX)]) from None
    return parse(data, path)


class _Reader:
    """Field-by-field validation that collects every problem with its JSON path."""

    def __init__(self, path: Path | str):
        self.path = path
        self.problems: list[Problem] = []

    def fail(self, where: str, message: str, fix: str = _FIX) -> None:
        self.problems.append(Problem(self.path, None, where, message, fix))

    def get(self, obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
        value = obj.get(key)
        names = " or ".join(t.__name__ for t in (kind if isinstance(kind, tuple) else (kind,)))
        if key not in obj:
            self.fail(f"{where}{key}", "is missing.")
            return None
        if isinstance(value, bool) or not isinstance(value, kind):
            self.fail(f"{where}{key}", f"should be {names.replace('str', 'a string').replace('int', 'a whole number')}"
                      f", not {json.dumps(value, ensure_ascii=False)[:40]}.")
            return None
        return value

    def strings(self, obj: dict[str, Any], key: str, where: str, minimum: int) -> tuple[str, ...]:
        values = self.get(obj, key, list, where)
        if values is None:
            return ()
        if not all(isinstance(v, str) for v in values) or len(values) < minimum:
            self.fail(f"{where}{key}", f"should be a list of at least {minimum} string(s).")
            return ()
        return tuple(values)


def parse(data: Any, path: Path | str = FILE_NAME) -> Manifest:
    """A Manifest from decoded JSON, validated (InputError listing every problem)."""
    reader = _Reader(path)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError([Problem(path, None, "format", f"is not a quizgen quiz manifest (no \"format\": \"{FORMAT}\").",
                                  _FIX)])
    if data.get("format_version") != FORMAT_VERSION:
        raise InputError([Problem(path, None, "format_version",
                                  f"is {data.get('format_version')!r}; this quizgen reads version {FORMAT_VERSION}.",
                                  "use the quizgen that made the quiz, or make the quiz again.")])
    quiz_id = reader.get(data, "quiz_id", str, "")
    title = reader.get(data, "title", str, "")
    seed = reader.get(data, "seed", int, "")
    decks = reader.strings(data, "decks", "", 1)
    raw_versions = reader.get(data, "versions", list, "") or []
    if not raw_versions and "versions" in data:
        reader.fail("versions", "holds no version.")
    versions = []
    for v, raw in enumerate(raw_versions):
        where = f"versions[{v}]."
        if not isinstance(raw, dict):
            reader.fail(where[:-1], "should be an object with \"version\" and \"questions\".")
            continue
        name = reader.get(raw, "version", str, where)
        questions = tuple(q for i, entry in enumerate(reader.get(raw, "questions", list, where) or [])
                          if (q := _question(reader, entry, f"{where}questions[{i}].", i + 1)) is not None)
        if not questions:
            reader.fail(f"{where}questions", "holds no question.")
        versions.append(ManifestVersion(name or "", questions))
    names = [v.version for v in versions]
    if len(set(names)) != len(names):
        reader.fail("versions", f"repeats a version name ({', '.join(names)}).")
    card_sets = {frozenset(q.card_id for q in v.questions) for v in versions}
    if len(card_sets) > 1:
        reader.fail("versions", "do not all hold the same questions.")
    for version in versions:
        ids = [q.card_id for q in version.questions]
        if len(set(ids)) != len(ids):
            reader.fail(f"versions[{names.index(version.version)}].questions", "holds a card twice.")
    if reader.problems:
        raise InputError(reader.problems)
    return Manifest(quiz_id, title, seed, decks, tuple(versions))


def _question(reader: _Reader, raw: Any, where: str, expected_number: int) -> ManifestQuestion | None:
    if not isinstance(raw, dict):
        reader.fail(where[:-1], "should be an object.")
        return None
    before = len(reader.problems)
    number = reader.get(raw, "number", int, where)
    if number is not None and number != expected_number:
        reader.fail(f"{where}number", f"is {number}; questions are numbered 1, 2, 3... in order "
                    f"(expected {expected_number}).")
    deck = reader.get(raw, "deck", str, where)
    fact = reader.get(raw, "fact", str, where)
    blank = reader.get(raw, "blank", int, where)
    kind_text = reader.get(raw, "kind", str, where)
    prompt = reader.get(raw, "prompt", str, where)
    points = reader.get(raw, "points", (int, float), where)
    ident = reader.get(raw, "card_id", str, where)
    kind = None
    if kind_text is not None:
        try:
            kind = CardKind(kind_text)
        except ValueError:
            reader.fail(f"{where}kind", f"is {kind_text!r}; should be \"mcq\" or \"cloze\".")
    if points is not None and points < 0:
        reader.fail(f"{where}points", "is negative.")
    if None not in (deck, fact, blank, kind, ident) and ident != card_id(deck, fact, blank, kind):  # type: ignore[arg-type]
        reader.fail(f"{where}card_id", f"is {ident!r} but deck, fact, blank and kind say "
                    f"{card_id(deck, fact, blank, kind)!r}.")  # type: ignore[arg-type]
    options: tuple[str, ...] = ()
    key = answer = None
    accept: tuple[str, ...] = ()
    if kind is CardKind.MCQ:
        options = reader.strings(raw, "options", where, 2)
        key = reader.get(raw, "key", int, where)
        if key is not None and options and not 0 <= key < len(options):
            reader.fail(f"{where}key", f"is {key}, but the question has {len(options)} options (key counts from 0).")
    elif kind is CardKind.CLOZE:
        answer = reader.get(raw, "answer", str, where)
        accept = reader.strings(raw, "accept", where, 1)
    if len(reader.problems) > before:
        return None
    return ManifestQuestion(number, ident, deck, fact, blank, kind, prompt, points,  # type: ignore[arg-type]
                            options, key, answer, accept)
