"""The answer sheet's geometry and QR payload: pure tables and invariants."""

from __future__ import annotations

import itertools

import pytest

from quizgen.core.model import CardKind
from quizgen.quiz.manifest import ManifestQuestion, ManifestVersion
from quizgen.sheet import layout
from quizgen.sheet.qr import PageCode, parse


def version(kinds: list[str], options: int = 4) -> ManifestVersion:
    questions = tuple(
        ManifestQuestion(number=i, card_id=f"d:f{i}:1:{k}", deck="d", fact=f"f{i}", blank=1, kind=CardKind(k),
                         prompt="?", options=tuple("wxyz"[:options]) if k == "mcq" else (),
                         key=0 if k == "mcq" else None, answer=None if k == "mcq" else "a")
        for i, k in enumerate(kinds, start=1))
    return ManifestVersion("A", questions)


def test_payload_round_trip_and_foreign_codes():
    code = PageCode("d50f4b28e1ee", "B", 12, 2)
    assert code.payload() == "quizgen:1:d50f4b28e1ee:B:12:2"
    assert parse(code.payload()) == code
    for foreign in ("https://example.org", "quizgen:2:abc:A:0:1", "quizgen:1:abc:A:x:1", "quizgen:1:abc:A:0:0",
                    "quizgen:1::A:0:1", "quizgen:1:abc:A:0"):
        assert parse(foreign) is None, foreign


def test_questions_flow_down_columns_then_pages():
    pages = layout.page_layouts(version(["mcq", "cloze"] * 25))
    assert [len(p.questions) for p in pages] == [layout.PER_PAGE, 50 - layout.PER_PAGE]
    assert [p.pages for p in pages] == [2, 2]
    first = pages[0].questions
    assert first[0].x == first[layout.ROWS_PER_COLUMN - 1].x < first[layout.ROWS_PER_COLUMN].x
    assert [q.number for p in pages for q in p.questions] == list(range(1, 51))


def test_spots_never_overlap_and_keep_clear_of_markers_and_qr():
    page = layout.page_layouts(version(["mcq", "cloze", "mcq"] * 14, options=layout.MAX_OPTIONS))[0]
    spots = [s for column in layout.student_grid() for s in column] + [s for q in page.questions for s in q.spots]
    for a, b in itertools.combinations(spots, 2):
        assert abs(a.x - b.x) >= a.r + b.r + 0.5 or abs(a.y - b.y) >= a.r + b.r + 0.5, (a, b)
    for s in spots:
        assert 15 < s.x < layout.PAGE_W - 15 and 15 < s.y < layout.PAGE_H - 15
        assert not (layout.QR_X - 3 < s.x + s.r and s.x - s.r < layout.QR_X + layout.QR_SIDE + 3
                    and s.y - s.r < layout.QR_Y + layout.QR_SIDE + 3)
    for q in page.questions:
        assert q.spots[-1].x + q.spots[-1].r < q.x + 86  # inside its column


def test_question_boxes_refuse_too_many_options():
    with pytest.raises(ValueError, match="2 to 8 options"):
        layout.question_boxes(1, "mcq", 9, 20, 120)
