"""`quizgen quiz --answer-sheet`: the PDFs a scanner reads, checked by rasterizing them (pdfium) and decoding (zxing)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import zxingcpp
from sheet_helpers import long_deck, make_quiz

from quizgen.quiz import manifest
from quizgen.sheet import layout
from quizgen.sheet.align import Aligned, align


def pages(pdf: Path, dpi: int = 150) -> list[np.ndarray]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [np.ascontiguousarray(page.render(scale=dpi / 72, grayscale=True).to_numpy()) for page in document]
    finally:
        document.close()


def test_copies_are_numbered_versions_in_turn(copies_quiz: Path):
    quiz = manifest.load(copies_quiz / "quiz.json")
    images = pages(copies_quiz / "answer-sheets.pdf")
    payloads = [zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)[0].text for img in images]
    assert payloads == [f"quizgen:1:{quiz.quiz_id}:{v}:{c}:1" for c, v in ((1, "A"), (2, "B"), (3, "A"), (4, "B"))]
    found = align(images[1])
    assert isinstance(found, Aligned) and found.code.copy == 2
    assert found.black < 40  # the markers are solid black


def test_one_sheet_per_version_without_copies_and_same_bytes_each_time(tmp_path: Path):
    first = make_quiz(tmp_path / "one", "-n", "10", "--seed", "3")
    again = make_quiz(tmp_path / "two", "-n", "10", "--seed", "3")
    names = sorted(p.name for p in first.glob("answer-sheet-*.pdf"))
    assert names == ["answer-sheet-A.pdf", "answer-sheet-B.pdf", "answer-sheet-C.pdf"]
    for name in names:
        assert (first / name).read_bytes() == (again / name).read_bytes()
    code = zxingcpp.read_barcodes(pages(first / "answer-sheet-B.pdf")[0], formats=zxingcpp.BarcodeFormat.QRCode)[0]
    assert code.text.endswith(":B:0:1")


def test_a_long_quiz_takes_two_pages_each_with_its_code(tmp_path: Path):
    folder = make_quiz(tmp_path / "q", "-n", "50", "--versions", "1", "--kinds", "mcq", deck=long_deck(tmp_path))
    images = pages(folder / "answer-sheet-A.pdf", dpi=100)
    assert len(images) == 2 and layout.PER_PAGE < 50
    texts = [zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)[0].text for img in images]
    assert [t.rsplit(":", 2)[1:] for t in texts] == [["0", "1"], ["0", "2"]]
