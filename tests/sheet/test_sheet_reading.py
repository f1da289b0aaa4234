"""Marks to answers: the classification thresholds and the flagging rules, as tables."""

from __future__ import annotations

import pytest

from quizgen.sheet.bubbles import Mark, SpotReading, classify
from quizgen.sheet.reading import interpret_mcq, interpret_student, interpret_ticks

E, F, S, U = (SpotReading(0.02, 0.0, Mark.EMPTY), SpotReading(0.9, 1.0, Mark.FILLED),
              SpotReading(0.4, 0.45, Mark.STROKES), SpotReading(0.3, 0.66, Mark.UNCLEAR))


@pytest.mark.parametrize(("fill", "cover", "square", "mark"), [
    (0.95, 1.0, False, Mark.FILLED),   # a dark fill
    (0.42, 0.97, False, Mark.FILLED),  # a light pencil fill
    (0.75, 0.85, False, Mark.FILLED),  # a partial fill
    (0.02, 0.0, False, Mark.EMPTY),
    (0.09, 0.02, False, Mark.EMPTY),   # an erased mark's residue
    (0.40, 0.50, False, Mark.STROKES),  # a cross
    (0.50, 0.66, False, Mark.UNCLEAR),  # between a cross and a fill
    (0.20, 0.75, False, Mark.UNCLEAR),  # covered but too faint to call
    (0.30, 0.35, True, Mark.FILLED),   # the teacher's tick
    (0.03, 0.0, True, Mark.EMPTY),
    (0.09, 0.06, True, Mark.UNCLEAR),
    (0.12, 0.13, True, Mark.UNCLEAR),  # a stray line across the box
])
def test_classify(fill, cover, square, mark):
    assert classify(fill, cover, square) is mark


@pytest.mark.parametrize(("spots", "response", "flagged"), [
    ([E, F, E, E], "B", False),
    ([E, E, E, E], "", False),        # no answer is an answer
    ([S, E, F, E], "C", False),       # A crossed out, C chosen
    ([F, E, E, F], "A|D", True),      # two filled: a correction the scan cannot see?
    ([E, S, E, E], "", True),         # a cross alone: the student's way to answer?
    ([E, F, U, E], "B", True),        # anything unclear
])
def test_mcq_rules(spots, response, flagged):
    read, flag = interpret_mcq(spots)
    assert read == response and bool(flag) is flagged


@pytest.mark.parametrize(("spots", "response", "flagged"), [
    ([F, E], "right", False), ([E, F], "wrong", False), ([E, E], "", True), ([F, F], "", True), ([U, E], "", True),
])
def test_teacher_box_rules(spots, response, flagged):
    read, flag = interpret_ticks(spots)
    assert read == response and bool(flag) is flagged


def column(digit: int | None, mark: SpotReading = F) -> list[SpotReading]:
    return [mark if d == digit else E for d in range(10)]


def test_student_number_rules():
    assert interpret_student([column(d) for d in (0, 4, 2)] + [column(None)] * 5).number == "042"
    assert interpret_student([column(d) for d in (0, 4, 2)] + [column(None)] * 5).flag is None
    gap = interpret_student([column(1), column(None), column(3)] + [column(None)] * 5)
    assert gap.flag and "blank column" in gap.flag
    double = [column(1), [F, F] + [E] * 8] + [column(None)] * 6
    assert "digit 2" in (interpret_student(double).flag or "")
    assert interpret_student([column(None)] * 8).flag == "no student number filled in"


def test_a_line_running_into_the_teachers_box_is_unclear_a_tick_inside_is_a_mark():
    import random

    import numpy as np

    from quizgen.sheet import layout, synthetic
    from quizgen.sheet.align import CANVAS, PX_PER_MM, Aligned
    from quizgen.sheet.bubbles import read_spots

    box = layout.question_boxes(1, "cloze", 0, 20, 150).spots[1]

    def page_with(draw) -> Aligned:  # type: ignore[no-untyped-def]
        pen = synthetic.Pen((CANVAS[1], CANVAS[0]), PX_PER_MM * 25.4, random.Random(1))
        draw(pen)
        return Aligned(None, pen.apply(np.full((CANVAS[1], CANVAS[0]), 250, np.uint8)), 0.0)  # type: ignore[arg-type]

    tick = page_with(lambda pen: pen.tick(box.x, box.y, box.r))
    stray = page_with(lambda pen: pen.stroke([(box.x - 4, box.y - 7), (box.x + 1, box.y + 1)], 0.6, 1.0))
    assert read_spots(tick, [box])[0].mark is Mark.FILLED
    assert read_spots(stray, [box])[0].mark is Mark.UNCLEAR
