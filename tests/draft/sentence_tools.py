"""Drafting one sentence of our own, for the round tests (tests/draft/test_*_round.py)."""

from __future__ import annotations

from pathlib import Path

from quizgen.draft.candidates import Candidate, fact_text, make_candidate
from quizgen.draft.entities import build_lexicon
from quizgen.draft.readers import Document
from quizgen.draft.sentences import Sentence


def candidate(text: str) -> Candidate | None:
    """The drafter's candidate fact for one sentence (None: it asks nothing)."""
    return make_candidate(Sentence(0, 0, 0, text), build_lexicon([text]))


def drafted(text: str) -> str:
    """The fact text the drafter writes for one sentence."""
    made = candidate(text)
    assert made is not None
    return fact_text(made)


def doc(name: str, *paragraphs: str, title: str | None = None) -> Document:
    return Document(Path(f"{name}.txt"), title, tuple(paragraphs))


def blanks(text: str) -> list[str]:
    """The blanks the drafter makes of one sentence (none when it drafts no fact)."""
    made = candidate(text)
    return [b.text for b in made.blanks] if made else []


def page(tmp_path: Path, text: str, name: str = "page.txt") -> Path:
    """A text file holding `text`, as a page the drafter reads."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
