"""The item analysis on a class small enough to work out by hand."""

from __future__ import annotations

import math

import pytest

from quizgen.core.model import CardKind
from quizgen.quiz.manifest import Manifest, ManifestQuestion, ManifestVersion
from quizgen.results.analysis import analyse, group_size
from quizgen.results.model import NO_ANSWER, Answer, Attempt, ClassResults


def question(number: int, fact: str) -> ManifestQuestion:
    return ManifestQuestion(number, f"d:{fact}:1:mcq", "d", fact, 1, CardKind.MCQ, f"Q {fact}?", 1,
                            ("right", "near", "far"), 0)


def test_figures_worked_out_by_hand() -> None:
    questions = tuple(question(i + 1, f"f{i}") for i in range(3))
    manifest = Manifest("q1", "Hand", 1, ("d",), (ManifestVersion("A", questions),))
    # Rows: students; columns: what each chose ("right" scores 1). Totals 3, 2, 1, 0.
    chosen = [["right", "right", "right"], ["right", "right", "near"], ["right", "near", None], ["near", "near", "far"]]
    attempts = [Attempt(f"s{s}", "A", {q.card_id: Answer(c, 1.0 if c == "right" else 0.0)
                                       for q, c in zip(questions, row)}, "hand") for s, row in enumerate(chosen)]
    result = analyse(manifest, ClassResults(attempts))
    assert [i.facility for i in result.items] == [0.75, 0.5, 0.25]
    # Item 1 against the rest of the test (2, 1, 0, 0): r = 0.75 / sqrt(0.75 * 2.75).
    assert result.items[0].point_biserial == pytest.approx(0.75 / math.sqrt(0.75 * 2.75))
    assert group_size(4) == 1 and [i.upper_lower for i in result.items] == [1.0, 1.0, 1.0]
    # KR-20 = 3/2 * (1 - (3/16 + 1/4 + 3/16) / 1.25) = 0.75.
    assert result.test.kr20 == pytest.approx(0.75)
    assert (result.test.mean, result.test.median, result.test.low, result.test.high) == (1.5, 1.5, 0, 3)
    assert result.test.sd == pytest.approx(math.sqrt(1.25))
    picks = {o.text: (o.count, o.is_key) for o in result.items[2].options}
    assert picks == {"right": (1, True), "near": (1, False), "far": (1, False), NO_ANSWER: (1, False)}


def test_an_item_everyone_got_right_has_no_correlation() -> None:
    questions = tuple(question(i + 1, f"f{i}") for i in range(2))
    manifest = Manifest("q1", "Hand", 1, ("d",), (ManifestVersion("A", questions),))
    attempts = [Attempt(f"s{s}", "A", {questions[0].card_id: Answer("right", 1.0),
                                       questions[1].card_id: Answer("right" if s else "far", float(bool(s)))}, "hand")
                for s in range(3)]
    result = analyse(manifest, ClassResults(attempts))
    assert result.items[0].facility == 1.0 and result.items[0].point_biserial is None
