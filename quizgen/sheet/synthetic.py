"""Synthetic filled-in scans of answer sheets, for the tests and the OMR benchmark.

A rendered sheet is filled in the way pens and pencils do it (dark, light and partial fills,
scribbles, crosses over a changed answer, erasures, stray lines, the teacher's ticks), then put
through a scanner (rotation up to 10 degrees, scale, blur, noise, JPEG) or a phone camera
(perspective, a table around the page, uneven light). Every mark's truth is kept, so a reading
can be scored bubble by bubble. Everything is drawn from one `random.Random`.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import cv2
import numpy as np

from quizgen.sheet import layout
from quizgen.quiz.build import VERSION_LETTERS
from quizgen.quiz.manifest import Manifest, ManifestVersion

#: How a student answers an MCQ, with weights: the chosen bubbles, and what else is on the row.
STYLES = (
    ("filled", 50), ("scribbled", 14), ("light", 6), ("partial", 6), ("blank", 6), ("two", 4),
    ("crossed-out", 7), ("erased", 5), ("filled-then-crossed", 2),
)


#: Styles the reader must flag: the scan alone cannot say what was meant.
MUST_FLAG = frozenset({"two", "filled-then-crossed", "none", "both"})


@dataclass
class QuestionTruth:
    number: int
    kind: str
    style: str  # an MCQ style, or the teacher's "right" / "wrong" / "none" / "both"
    chosen: tuple[bool, ...]  # per spot: meant as chosen (MCQ) or marked (tick boxes)


@dataclass
class PageTruth:
    version: str
    copy: int
    page: int
    student: str
    questions: list[QuestionTruth] = field(default_factory=list)
    strays: int = 0


class Pen:
    """Draws ink on a page rendered at `dpi`: `ink` is 0 (none) to 1 (black) per pixel."""

    def __init__(self, shape: tuple[int, int], dpi: float, rng: random.Random):
        self.ink = np.zeros(shape, np.float32)
        self.scale = dpi / 25.4
        self.rng = rng

    def _px(self, x: float, y: float) -> tuple[int, int]:
        return round(x * self.scale * 16), round(y * self.scale * 16)  # 4 bits of sub-pixel precision

    def stroke(self, points: list[tuple[float, float]], width_mm: float, darkness: float, closed_fill: bool = False) -> None:
        layer = np.zeros(self.ink.shape, np.uint8)
        pts = np.array([self._px(x, y) for x, y in points], np.int32).reshape(-1, 1, 2)
        if closed_fill:
            cv2.fillPoly(layer, [pts], 255, cv2.LINE_AA, shift=4)
        else:
            cv2.polylines(layer, [pts], False, 255, max(1, round(width_mm * self.scale)), cv2.LINE_AA, shift=4)
        np.maximum(self.ink, layer.astype(np.float32) * (darkness / 255.0), out=self.ink)

    def blob(self, x: float, y: float, r: float, darkness: float) -> None:
        """A solid, slightly irregular fill."""
        j = self.rng.uniform
        cx, cy = x + j(-0.25, 0.25), y + j(-0.25, 0.25)
        rx, ry, turn = r * j(0.85, 1.1), r * j(0.85, 1.1), j(0, math.pi)
        points = []
        for k in range(24):
            a = 2 * math.pi * k / 24
            wobble = j(0.93, 1.05)
            px, py = rx * math.cos(a) * wobble, ry * math.sin(a) * wobble
            points.append((cx + px * math.cos(turn) - py * math.sin(turn), cy + px * math.sin(turn) + py * math.cos(turn)))
        self.stroke(points, 0, darkness, closed_fill=True)

    def scribble(self, x: float, y: float, r: float, darkness: float, band: float = 1.0) -> None:
        """Back-and-forth strokes over the circle; `band` is the share of its height they cover."""
        j = self.rng.uniform
        width = j(0.5, 0.9)
        top = y - r * 1.05
        bottom = top + 2.1 * r * band
        points, row, left = [], top + width / 2, True
        while row <= bottom:
            half = math.sqrt(max(r * r * 1.1 - (row - y) ** 2, 0.0))
            points.append((x + (-half if left else half) + j(-0.3, 0.3), row + j(-0.15, 0.15)))
            left = not left
            row += width * j(0.55, 0.8)
        if len(points) > 1:
            self.stroke(points, width, darkness)

    def cross(self, x: float, y: float, r: float, darkness: float) -> None:
        j = self.rng.uniform
        width = j(0.35, 0.7)
        reach = r * j(0.9, 1.3)
        self.stroke([(x - reach + j(-0.3, 0.3), y - reach), (x + reach, y + reach + j(-0.3, 0.3))], width, darkness)
        self.stroke([(x + reach + j(-0.3, 0.3), y - reach), (x - reach, y + reach + j(-0.3, 0.3))], width, darkness)

    def tick(self, x: float, y: float, r: float) -> None:
        j = self.rng.uniform
        width = j(0.4, 0.7)
        if self.rng.random() < 0.7:
            self.stroke([(x - 0.7 * r, y), (x - 0.15 * r, y + 0.6 * r), (x + 0.8 * r + j(0, 0.5), y - 0.9 * r)], width, j(0.7, 1.0))
        else:
            self.cross(x, y, r * 0.8, j(0.7, 1.0))

    def stray(self, x: float, y: float, length: float) -> None:
        j = self.rng.uniform
        angle = j(0, math.pi)
        dx, dy = math.cos(angle) * length / 2, math.sin(angle) * length / 2
        self.stroke([(x - dx, y - dy), (x + dx, y + dy)], j(0.25, 0.6), j(0.5, 1.0))

    def fill(self, spot: layout.Spot, style: str) -> None:
        j = self.rng.uniform
        r = spot.r
        if style == "filled":
            self.blob(spot.x, spot.y, r, j(0.75, 1.0))
        elif style == "scribbled":
            self.scribble(spot.x, spot.y, r, j(0.7, 1.0))
        elif style == "light":
            (self.blob if self.rng.random() < 0.5 else self.scribble)(spot.x, spot.y, r, j(0.38, 0.55))
        elif style == "partial":
            self.scribble(spot.x, spot.y, r, j(0.7, 1.0), band=j(0.75, 0.9))
        elif style == "erased":
            self.blob(spot.x, spot.y, r, j(0.04, 0.13))
        elif style == "crossed":
            self.cross(spot.x, spot.y, r, j(0.7, 1.0))

    def apply(self, page: np.ndarray) -> np.ndarray:
        return (page.astype(np.float32) * (1.0 - self.ink)).astype(np.uint8)


def _weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([name for name, _ in table], weights=[w for _, w in table])[0]


def fill_page(page: np.ndarray, dpi: float, version: ManifestVersion, copy: int, page_layout: layout.PageLayout,
              rng: random.Random, student: str | None = None, strays: int = 2) -> tuple[np.ndarray, PageTruth]:
    """`page` (rendered at `dpi`) filled in by one student (and ticked by their teacher), with its truth."""
    pen = Pen(page.shape, dpi, rng)
    student = student if student is not None else "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 8)))
    truth = PageTruth(version.version, copy, page_layout.page, student)
    for column, digit in zip(layout.student_grid(), student):
        pen.fill(column[int(digit)], rng.choice(("filled", "filled", "scribbled")))
    for q in page_layout.questions:
        n = len(q.spots)
        if q.kind == "cloze":
            style = _weighted(rng, (("right", 55), ("wrong", 41), ("none", 2), ("both", 2)))
            marked = {"right": (True, False), "wrong": (False, True), "none": (False, False), "both": (True, True)}[style]
            for spot, on in zip(q.spots, marked):
                if on:
                    pen.tick(spot.x, spot.y, spot.r)
            truth.questions.append(QuestionTruth(q.number, q.kind, style, marked))
            continue
        style = _weighted(rng, STYLES)
        picks = rng.sample(range(n), 2)
        chosen = [False] * n
        if style in ("filled", "scribbled", "light", "partial"):
            pen.fill(q.spots[picks[0]], style)
            chosen[picks[0]] = True
        elif style == "two":
            for i in picks:
                pen.fill(q.spots[i], "filled")
                chosen[i] = True
        elif style in ("crossed-out", "erased"):
            pen.fill(q.spots[picks[1]], "crossed" if style == "crossed-out" else "erased")
            pen.fill(q.spots[picks[0]], "filled")
            chosen[picks[0]] = True
        elif style == "filled-then-crossed":  # ink over ink: the scan cannot tell, the reader must flag it
            pen.fill(q.spots[picks[1]], "filled")
            pen.fill(q.spots[picks[1]], "crossed")
            pen.fill(q.spots[picks[0]], "filled")
            chosen[picks[0]] = True
        truth.questions.append(QuestionTruth(q.number, q.kind, style, tuple(chosen)))
    for _ in range(strays):
        if page_layout.questions and rng.random() < 0.5:  # a line across a row, or a dot beside it
            q = rng.choice(page_layout.questions)
            pen.stray(q.x + rng.uniform(20, 80), q.y + rng.choice((-1, 1)) * rng.uniform(2.8, 3.8), rng.uniform(3, 12))
        else:
            pen.stray(rng.uniform(20, 190), rng.uniform(layout.ANSWERS_TOP - 4, layout.ANSWERS_BOTTOM), rng.uniform(0.3, 1.2))
    truth.strays = strays
    return pen.apply(page), truth


def _finish(image: np.ndarray, rng: random.Random, blur: float, noise: float, jpeg: int | None) -> np.ndarray:
    if blur > 0:
        image = cv2.GaussianBlur(image, (0, 0), blur)
    if noise > 0:
        noisy = image.astype(np.float32) + np.random.default_rng(rng.getrandbits(32)).normal(0, noise, image.shape)
        image = np.clip(noisy, 0, 255).astype(np.uint8)
    if jpeg:
        ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, jpeg])
        image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    return image


def scanner(page: np.ndarray, rng: random.Random, *, angle: float | None = None, flip: bool | None = None,
            blur: float | None = None, noise: float | None = None, jpeg: int | None = -1) -> np.ndarray:
    """A flatbed scan: rotated (up to 10 degrees, or upside down), scaled a little, on a light lid."""
    j = rng.uniform
    angle = j(-10, 10) if angle is None else angle
    if flip if flip is not None else rng.random() < 0.5:
        angle += 180
    scale = j(0.96, 1.04)
    h, w = page.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    out_w, out_h = int(h * sin + w * cos) + 20, int(h * cos + w * sin) + 20
    matrix[0, 2] += out_w / 2 - w / 2 + j(-8, 8)
    matrix[1, 2] += out_h / 2 - h / 2 + j(-8, 8)
    lid = int(j(215, 245))
    image = cv2.warpAffine(page, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR, borderValue=lid)
    gain = j(0.85, 1.0)
    image = np.clip(image.astype(np.float32) * gain + j(0, 20), 0, 255).astype(np.uint8)
    return _finish(image, rng, j(0, 1.2) if blur is None else blur, j(0, 10) if noise is None else noise,
                   rng.randint(45, 90) if jpeg == -1 else jpeg)


def phone(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """A phone photo of the page lying flat: perspective, a darker table around it, uneven light."""
    j = rng.uniform
    h, w = page.shape
    out_w, out_h = int(w * 1.25), int(h * 1.2)
    cx, cy, turn = out_w / 2 + j(-30, 30), out_h / 2 + j(-30, 30), math.radians(j(-10, 10) + (180 if rng.random() < 0.5 else 0))
    size = j(0.8, 0.92)
    corners = []
    for px, py in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)):
        px, py = px * size + j(-0.05, 0.05) * w, py * size + j(-0.04, 0.04) * h
        corners.append((cx + px * math.cos(turn) - py * math.sin(turn), cy + px * math.sin(turn) + py * math.cos(turn)))
    src = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float32)
    matrix = cv2.getPerspectiveTransform(src, np.array(corners, np.float32))
    table = np.full((out_h, out_w), int(j(60, 140)), np.uint8)
    image = cv2.warpPerspective(page, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT, dst=table)
    ys, xs = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    angle = j(0, 2 * math.pi)
    light = 1.0 - j(0.1, 0.3) * ((xs / out_w - 0.5) * math.cos(angle) + (ys / out_h - 0.5) * math.sin(angle) + 0.5)
    image = np.clip(image.astype(np.float32) * light, 0, 255).astype(np.uint8)
    return _finish(image, rng, j(0.4, 1.4), j(2, 8), rng.randint(60, 90))


@dataclass
class Tally:
    """A marking scored against the truth, bubble by bubble and question by question.

    "Readable" questions are those whose marks say what was meant; the others (MUST_FLAG: two
    circles filled, ink over ink, no teacher's tick or both) must be flagged, and are counted apart.
    A silent error is a wrong reading that was not flagged: the failure that matters.
    """

    pages: int = 0
    pages_unmarked: int = 0  # pages with no rows in marks.csv (refused, reported as a problem)
    bubbles: int = 0  # in readable questions
    bubbles_right: int = 0  # read as the truth, not flagged
    bubbles_flagged: int = 0
    bubbles_silent_wrong: int = 0
    questions: int = 0  # readable ones
    questions_right: int = 0
    questions_flagged: int = 0  # needlessly: the marks were readable
    questions_silent_wrong: int = 0
    unreadable: int = 0  # MUST_FLAG questions
    unreadable_flagged: int = 0
    students: int = 0
    students_right: int = 0
    students_flagged: int = 0
    students_silent_wrong: int = 0
    silent: list[str] = field(default_factory=list)  # what went silently wrong, to look at

    def add(self, other: "Tally") -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    @property
    def bubble_accuracy(self) -> float:
        return self.bubbles_right / self.bubbles if self.bubbles else 1.0


def expected_response(truth: QuestionTruth) -> str:
    if truth.kind == "cloze":
        return {"right": "right", "wrong": "wrong"}.get(truth.style, "")
    return "|".join(VERSION_LETTERS[i] for i, on in enumerate(truth.chosen) if on)


def score(rows: list[dict[str, str]], truths: list[PageTruth]) -> Tally:
    """Score marks.csv rows (as csv.DictReader gives them) against the truth of numbered copies."""
    by_key = {(r["version"], int(r["copy"] or 0), int(r["number"])): r for r in rows}
    t = Tally()
    for page in truths:
        t.pages += 1
        page_rows = [by_key.get((page.version, page.copy, q.number)) for q in page.questions]
        if not any(page_rows):
            t.pages_unmarked += 1
            continue
        if page.page == 1:
            t.students += 1
            row = next(r for r in page_rows if r)
            if row["status"] == "flagged" and row["student"] == "":
                t.students_flagged += 1
            elif row["student"] == page.student:
                t.students_right += 1
            else:
                t.students_silent_wrong += 1
                t.silent.append(f"{page.version}/{page.copy}: student read {row['student']!r}, wrote {page.student!r}")
        for q, row in zip(page.questions, page_rows):
            assert row is not None
            flagged = row["status"] == "flagged"
            if q.style in MUST_FLAG:
                t.unreadable += 1
                t.unreadable_flagged += flagged
                if not flagged:
                    t.silent.append(f"{page.version}/{page.copy} q{q.number} {q.style}: read {row['response']!r}")
                continue
            t.questions += 1
            expected = expected_response(q)
            if flagged:
                t.questions_flagged += 1
            elif row["response"] == expected:
                t.questions_right += 1
            else:
                t.questions_silent_wrong += 1
                t.silent.append(f"{page.version}/{page.copy} q{q.number} {q.style}: read {row['response']!r}, "
                                f"meant {expected!r}")
            if q.kind != "mcq":
                continue
            chosen = set(row["response"].split("|"))
            for i, on in enumerate(q.chosen):
                t.bubbles += 1
                if flagged:
                    t.bubbles_flagged += 1
                elif (VERSION_LETTERS[i] in chosen) == on:
                    t.bubbles_right += 1
                else:
                    t.bubbles_silent_wrong += 1
    return t


def filled_scans(sheets_pdf: bytes, quiz: Manifest, rng: random.Random, *, dpi: int = 200, degrade: str = "scanner",
                 copies: int = 0) -> list[tuple[np.ndarray, PageTruth]]:
    """Every page of a rendered answer-sheet PDF filled in and scanned (`degrade`: "none", "scanner", "harsh", "phone").

    With `copies`, page order in the PDF is copy by copy (as `render.render_manifest` writes it);
    without, the PDF holds one version and each page is one student's.
    """
    import pypdfium2 as pdfium

    from quizgen.sheet.qr import parse

    document = pdfium.PdfDocument(sheets_pdf)
    out = []
    students: dict[tuple[str, int], str] = {}
    try:
        for index in range(len(document)):
            page = np.ascontiguousarray(document[index].render(scale=dpi / 72, grayscale=True).to_numpy())
            code = parse(_read_payload(page))
            assert code is not None, "not an answer sheet"
            version = quiz.version(code.version)
            assert version is not None
            student = students.setdefault((code.version, code.copy), "".join(rng.choice("0123456789") for _ in range(7)))
            filled, truth = fill_page(page, dpi, version, code.copy, layout.page_layouts(version)[code.page - 1], rng,
                                      student=student)
            if degrade == "scanner":
                filled = scanner(filled, rng)
            elif degrade == "harsh":  # a poor scan: strong blur, noise and JPEG
                filled = scanner(filled, rng, blur=rng.uniform(1.2, 2.2), noise=rng.uniform(8, 16),
                                 jpeg=rng.randint(25, 45))
            elif degrade == "phone":
                filled = phone(filled, rng)
            out.append((filled, truth))
    finally:
        document.close()
    return out


def _read_payload(page: np.ndarray) -> str:
    import zxingcpp

    return zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)[0].text
