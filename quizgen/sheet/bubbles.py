"""Reading the marks in each bubble and tick box of an aligned page.

Each spot's inner area (inside the printed outline) gets two measures of ink, relative to the
paper around it and the darkest ink on the page (the corner markers): `fill`, the mean ink, and
`cover`, the share of its pixels inked. A chosen bubble is mostly covered (dark or light); an
empty one has next to nothing; a cross, tick or stray line covers a part; anything between is
unclear and is flagged, never guessed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np

from quizgen.sheet import layout
from quizgen.sheet.align import PX_PER_MM, Aligned

#: The share of a spot's radius read as its inside (the printed outline and its blur stay out).
INNER = 0.78
#: A pixel counts as inked above this ink level (0 paper, 1 the markers' black).
INKED = 0.30


class Mark(enum.Enum):
    FILLED = "filled"  # chosen
    EMPTY = "empty"
    STROKES = "strokes"  # a cross, tick or stray line through it, not a filled circle
    UNCLEAR = "unclear"  # between filled and not: the teacher decides


@dataclass(frozen=True, slots=True)
class Thresholds:
    filled_cover: float = 0.72
    filled_fill: float = 0.30
    empty_cover: float = 0.08
    empty_fill: float = 0.10
    strokes_cover: float = 0.60
    tick_cover: float = 0.18
    tick_fill: float = 0.10
    tick_empty_cover: float = 0.04
    tick_empty_fill: float = 0.08


DEFAULT = Thresholds()


@dataclass(frozen=True, slots=True)
class SpotReading:
    fill: float
    cover: float
    mark: Mark


@lru_cache(maxsize=8)
def _mask(half: int, square: bool) -> np.ndarray:
    ys, xs = np.mgrid[-half:half + 1, -half:half + 1]
    if square:
        return np.ones((2 * half + 1, 2 * half + 1), bool)
    return (xs * xs + ys * ys) <= half * half


def _paper(page: np.ndarray) -> np.ndarray:
    """The paper's grey level everywhere, at a quarter of the resolution: ink (up to 7 mm wide) closed over."""
    small = cv2.resize(page, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    closed = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (11, 11)))
    return cv2.blur(closed, (9, 9))


def classify(fill: float, cover: float, square: bool, t: Thresholds = DEFAULT) -> Mark:
    if square:  # the teacher's tick box: any deliberate mark counts
        if cover <= t.tick_empty_cover and fill <= t.tick_empty_fill:
            return Mark.EMPTY
        if cover >= t.tick_cover and fill >= t.tick_fill:  # a line through it (a stray) covers less
            return Mark.FILLED
        return Mark.UNCLEAR
    if cover >= t.filled_cover and fill >= t.filled_fill:
        return Mark.FILLED
    if cover <= t.empty_cover and fill <= t.empty_fill:
        return Mark.EMPTY
    if cover <= t.strokes_cover:
        return Mark.STROKES
    return Mark.UNCLEAR


def read_spots(aligned: Aligned, spots: list[layout.Spot], t: Thresholds = DEFAULT) -> list[SpotReading]:
    page = aligned.page
    paper = _paper(page)
    readings = []
    for spot in spots:
        cx, cy = round(spot.x * PX_PER_MM), round(spot.y * PX_PER_MM)
        half = max(2, int(spot.r * PX_PER_MM * INNER))
        mask = _mask(half, spot.square)
        patch = page[cy - half:cy + half + 1, cx - half:cx + half + 1].astype(np.float32)
        white = float(paper[min(cy // 4, paper.shape[0] - 1), min(cx // 4, paper.shape[1] - 1)])
        span = max(white - aligned.black, 30.0)
        ink = np.clip((white - patch[mask]) / span, 0.0, 1.0)
        fill, cover = float(ink.mean()), float((ink > INKED).mean())
        mark = classify(fill, cover, spot.square, t)
        if mark is Mark.FILLED and spot.square and _line_from_outside(page, spot, white, span):
            mark = Mark.UNCLEAR  # a stroke reaching in from above or below: a stray line, or the teacher's?
        readings.append(SpotReading(fill, cover, mark))
    return readings


#: Around a tick box, from its outline's blur to half-way to the next row: the bands where ink says
#: a line comes from (or goes) outside the box, and the share of their pixels that must be inked.
_BAND_MM = (0.7, 2.4)
#: On the left a tick box has only this much clear paper (the answer box's border is next).
_CLEAR_LEFT_MM = 1.0
BAND_INKED = 0.05


def _line_from_outside(page: np.ndarray, spot: layout.Spot, white: float, span: float) -> bool:
    """Whether ink runs on outside the box (above, below or to the right, corners included), as a
    stray line into it does; a bold tick or cross stays inside, give or take its outline."""
    near, far = (spot.r + d for d in _BAND_MM)
    left, right = spot.x - spot.r - _CLEAR_LEFT_MM, spot.x + far
    bands = ((left, spot.y - far, right, spot.y - near), (left, spot.y + near, right, spot.y + far),
             (spot.x + near, spot.y - far, spot.x + far, spot.y + far))
    for x0, y0, x1, y1 in bands:
        band = page[round(y0 * PX_PER_MM):round(y1 * PX_PER_MM), round(x0 * PX_PER_MM):round(x1 * PX_PER_MM)]
        if band.size and float(((white - band.astype(np.float32)) / span > INKED).mean()) > BAND_INKED:
            return True
    return False


#: An empty spot's printed outline counts as found when it is this much darker than the spot's
#: inside at this share of the angles around it (a ring drawn off-centre crosses lines at a few).
OUTLINE_CONTRAST = 0.10
OUTLINE_ANGLES = 0.75
_ANGLES = np.linspace(0, 2 * np.pi, 24, endpoint=False)
_OFFSETS_MM = np.array([-0.4, -0.2, 0.0, 0.2, 0.4])


def outlines_found(aligned: Aligned, spots: list[layout.Spot], readings: list[SpotReading]) -> float:
    """The share of empty spots whose printed outline is where the layout says: 1.0 on a well-aligned page.

    A wrong corner marker (a blot taken for one) warps the page so that the outlines fall elsewhere;
    reading such a page would misread every answer, so the caller refuses it instead.
    """
    empty = [(s, r) for s, r in zip(spots, readings) if r.mark is Mark.EMPTY]
    if not empty:  # a real page has dozens (the student-number grid alone has 70 or more)
        return 0.0
    page = aligned.page
    paper_map = _paper(page)
    found = 0
    for spot, reading in empty:
        cx, cy = round(spot.x * PX_PER_MM), round(spot.y * PX_PER_MM)
        paper = float(paper_map[min(cy // 4, paper_map.shape[0] - 1), min(cx // 4, paper_map.shape[1] - 1)])
        span = max(paper - aligned.black, 30.0)
        if spot.square:  # the square's outline at the sides' middles and corners
            radii = (spot.r + _OFFSETS_MM)[:, None] / np.maximum(np.abs(np.cos(_ANGLES)), np.abs(np.sin(_ANGLES)))[None, :]
        else:
            radii = np.broadcast_to((spot.r + _OFFSETS_MM)[:, None], (len(_OFFSETS_MM), len(_ANGLES)))
        xs = np.clip(((spot.x + radii * np.cos(_ANGLES)) * PX_PER_MM).round().astype(int), 0, page.shape[1] - 1)
        ys = np.clip(((spot.y + radii * np.sin(_ANGLES)) * PX_PER_MM).round().astype(int), 0, page.shape[0] - 1)
        ring = ((paper - page[ys, xs].astype(np.float32)) / span).max(axis=0)  # the darkest radius, per angle
        found += float((ring - reading.fill >= OUTLINE_CONTRAST).mean()) >= OUTLINE_ANGLES
    return found / len(empty)
