"""A blank whose answer opens with a rank or honorific is a person's, through the real loader."""

from __future__ import annotations

import pytest

from quizgen.core.model import AnswerType
from tests.core.helpers import load_one


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Brigadier-General Reginald Dyer", AnswerType.PERSON),  # no given name the lists know
        ("Sir Christopher Wren", AnswerType.PERSON),
        ("Lord Curzon", AnswerType.PERSON),
        ("Professor Philip Zimbardo", AnswerType.PERSON),
        ("General Motors", AnswerType.TERM),  # a title that opens names of things too
        ("Doctor Who", AnswerType.TERM),
        ("Major League Baseball", AnswerType.TERM),
    ],
)
def test_a_titled_answer_is_a_person(tmp_path, answer, expected) -> None:
    deck = load_one(tmp_path, {"title": "T", "id": "t", "facts": [
        {"id": "f", "text": f"In the end, {{{answer}}} was the one everybody remembered."}]})
    assert deck.facts[0].blanks[0].type is expected
