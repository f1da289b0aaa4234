"""Item figures kept per fact, in a small file beside each deck: `DECK.results.json`.

Decks are the source of truth and hold only what the author writes; the study collection holds one
learner's own review state. A class's item figures are neither: they are facts about how the
deck's questions worked with real classes, which the teacher (and colleagues who share the deck)
keep with the deck under version control. So they live beside the deck, as plain JSON keyed by the
stable card ids (`deck:fact:blank:kind`), never by wording: rewording a fact keeps its figures.

One entry per sitting (a quiz and the answers read for it); reading the same answers again replaces
their entry instead of counting them twice. Figures are pooled over sittings, weighted by students.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from quizgen.core.model import Deck
from quizgen.core.problems import InputError, Problem
from quizgen.results.analysis import Analysis

FORMAT = "quizgen-item-figures"
FORMAT_VERSION = 1
SUFFIX = ".results.json"


def figures_path(deck_path: Path) -> Path:
    return deck_path.with_name(deck_path.stem + SUFFIX)


def sitting_id(analysis: Analysis) -> str:
    """The quiz and a digest of every score and choice: the same answers give the same id."""
    digest = hashlib.sha256(analysis.quiz_id.encode())
    for item in analysis.items:
        digest.update(repr((item.card_id, item.facility, [(o.text, o.count) for o in item.options])).encode())
    digest.update(repr(analysis.test.scores).encode())
    return f"{analysis.quiz_id}:{digest.hexdigest()[:12]}"


def _item_entry(item: Any) -> dict[str, Any]:
    return {"n": item.n, "kind": item.kind, "facility": round(item.facility, 4),
            "point_biserial": None if item.point_biserial is None else round(item.point_biserial, 4),
            "upper_lower": None if item.upper_lower is None else round(item.upper_lower, 4),
            "options": {o.text: o.count for o in item.options if not o.is_key},
            "key_count": next((o.count for o in item.options if o.is_key), None)}


def load(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"format": FORMAT, "format_version": FORMAT_VERSION, "sittings": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError([Problem(path, None, None, f"cannot be read as item figures: {error}.",
                                  "restore it from version control, or delete it to start afresh.")]) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("sittings"), dict):
        raise InputError([Problem(path, None, "format", f"is not a quizgen item figures file (\"format\": \"{FORMAT}\").",
                                  "restore it from version control, or delete it to start afresh.")])
    return data


def record(analysis: Analysis, decks: Sequence[Deck]) -> list[Path]:
    """Write this sitting's figures beside each deck it asked about; returns the files written."""
    from quizgen.files import write_atomic

    written = []
    ident = sitting_id(analysis)
    for deck in decks:
        items = {i.card_id: _item_entry(i) for i in analysis.items if i.deck == deck.id}
        if not items:
            continue
        path = figures_path(deck.path)
        data = load(path)
        data["deck"] = deck.id
        data["sittings"][ident] = {"quiz_id": analysis.quiz_id, "title": analysis.title,
                                   "students": analysis.test.students, "items": items}
        data["sittings"] = dict(sorted(data["sittings"].items()))
        write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode())
        written.append(path)
    return written


@dataclass(frozen=True, slots=True)
class Pooled:
    """One card's figures over every sitting."""

    card_id: str
    n: int
    facility: float
    point_biserial: float | None
    upper_lower: float | None
    options: Mapping[str, int]  # distractor text -> times picked
    sittings: int


def pooled(deck: Deck) -> dict[str, Pooled]:
    """Every card of `deck` with figures, pooled over the sittings in its figures file."""
    data = load(figures_path(deck.path))
    sums: dict[str, dict[str, Any]] = {}
    for sitting in data["sittings"].values():
        for card_id, item in sitting.get("items", {}).items():
            s = sums.setdefault(card_id, {"n": 0, "fac": 0.0, "rpb": [], "ul": [], "options": {}, "sittings": 0})
            n = int(item.get("n", 0))
            s["n"] += n
            s["fac"] += n * float(item.get("facility", 0.0))
            s["sittings"] += 1
            if item.get("point_biserial") is not None:
                s["rpb"].append((n, float(item["point_biserial"])))
            if item.get("upper_lower") is not None:
                s["ul"].append((n, float(item["upper_lower"])))
            for text, count in (item.get("options") or {}).items():
                s["options"][text] = s["options"].get(text, 0) + int(count)
    return {card_id: Pooled(card_id, s["n"], s["fac"] / s["n"] if s["n"] else 0.0, _weighted(s["rpb"]),
                            _weighted(s["ul"]), s["options"], s["sittings"])
            for card_id, s in sums.items()}


def _weighted(pairs: Iterable[tuple[int, float]]) -> float | None:
    pairs = list(pairs)
    total = sum(n for n, _ in pairs)
    return sum(n * v for n, v in pairs) / total if total else None


def facility_by_fact(decks: Sequence[Deck]) -> dict[tuple[str, str], float]:
    """The pooled facility of each (deck, fact) over all its cards and sittings."""
    found: dict[tuple[str, str], tuple[int, float]] = {}
    for deck in decks:
        for card_id, figures in pooled(deck).items():
            fact = card_id.split(":")[1]
            n, total = found.get((deck.id, fact), (0, 0.0))
            found[(deck.id, fact)] = (n + figures.n, total + figures.n * figures.facility)
    return {key: total / n for key, (n, total) in found.items() if n}
