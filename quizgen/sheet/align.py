"""Finding a sheet in a scan: its QR code, then its four corner markers, then one homography.

The QR code says which page this is and, through its corners, roughly where the page lies (any
rotation, upside down, perspective); each corner marker is then looked for near where that rough
map puts it, and the markers' centres give the exact map from sheet millimetres to scan pixels.
The page is warped to a canonical raster (PX_PER_MM), where every spot sits where layout.py says.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from quizgen.sheet import layout
from quizgen.sheet.qr import PageCode, parse

#: The canonical raster's resolution: 6 px/mm is 152 dpi.
PX_PER_MM = 6.0
CANVAS = (round(layout.PAGE_W * PX_PER_MM), round(layout.PAGE_H * PX_PER_MM))  # width, height
#: A located page is refused when the QR code's corners land further than this from where the markers put them.
MAX_QR_MISMATCH_MM = 3.0


@dataclass(frozen=True, slots=True)
class Aligned:
    code: PageCode
    page: np.ndarray  # the canonical raster (CANVAS), greyscale
    black: float  # the markers' grey level on the canonical raster (the darkest ink on this page)


@dataclass(frozen=True, slots=True)
class NotAligned:
    reason: str
    payload: str | None = None  # the QR payload when one was read


def find_code(gray: np.ndarray) -> tuple[str, np.ndarray] | None:
    """The first QR code's text and its corners (top-left, top-right, bottom-right, bottom-left in its own frame)."""
    import zxingcpp

    qr = zxingcpp.BarcodeFormat.QRCode
    found = zxingcpp.read_barcodes(gray, formats=qr)
    if not found:
        # A blurred or low-contrast scan: sharpened (unsharp mask), then binarized locally, then at
        # half size (where blur spans fewer pixels; positions are scaled back).
        sharp = cv2.addWeighted(gray, 2.0, cv2.GaussianBlur(gray, (0, 0), 3), -1.0, 0)
        found = zxingcpp.read_barcodes(sharp, formats=qr)
    if not found:
        binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 51, 10)
        found = zxingcpp.read_barcodes(binary, formats=qr)
    scale = 1.0
    if not found:
        scale = 2.0
        found = zxingcpp.read_barcodes(cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA), formats=qr)
    ours = [r for r in found if parse(r.text)] or found
    if not ours:
        return None
    p = ours[0].position
    corners = np.array([(c.x, c.y) for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)], np.float64)
    return ours[0].text, corners * scale


def _project(h: np.ndarray, points: np.ndarray) -> np.ndarray:
    return cv2.perspectiveTransform(points.reshape(-1, 1, 2).astype(np.float64), h).reshape(-1, 2)


def _affine(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """The least-squares affine map src -> dst as a 3x3 matrix (stable to extrapolate from a few points)."""
    a = np.hstack([src, np.ones((len(src), 1))])
    solution, *_ = np.linalg.lstsq(a, dst, rcond=None)
    return np.vstack([solution.T, (0.0, 0.0, 1.0)])


@dataclass(frozen=True, slots=True)
class _Square:
    centre: np.ndarray  # scan pixels
    side: float  # pixels


def _squares(gray: np.ndarray, threshold: float, side_px: float) -> list[_Square]:
    """Solid dark squares of roughly `side_px` (from a third to three times the area): marker candidates.

    Looked for on a copy shrunk so that a marker is about 16 pixels wide (fast), then each centre is
    measured again at full resolution.
    """
    shrink = min(1.0, 16.0 / side_px)
    small = cv2.resize(gray, None, fx=shrink, fy=shrink, interpolation=cv2.INTER_AREA) if shrink < 1 else gray
    mask = (small < threshold).astype(np.uint8)
    count, labels, stats, centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
    area = stats[:, cv2.CC_STAT_AREA]
    w, h = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    expected = (side_px * shrink) ** 2
    picked = np.nonzero((area >= expected / 3) & (area <= expected * 3) & (w <= 2 * h) & (h <= 2 * w))[0]
    squares = []
    for i in picked[picked > 0]:
        left, top = stats[i, cv2.CC_STAT_LEFT], stats[i, cv2.CC_STAT_TOP]
        points = np.argwhere(labels[top:top + h[i], left:left + w[i]] == i)[:, ::-1].astype(np.float32)
        (_, _), (rw, rh), _ = cv2.minAreaRect(points)
        # A square fills its smallest enclosing rectangle; a filled circle or a blot does not.
        if area[i] / max((rw + 1) * (rh + 1), 1.0) >= 0.8:
            square = _refine(gray, threshold, centroids[i] / shrink, np.sqrt(area[i]) / shrink)
            if square is not None:
                squares.append(square)
    return squares


def _refine(gray: np.ndarray, threshold: float, centre: np.ndarray, side: float) -> _Square | None:
    """The dark square around `centre` measured at full resolution."""
    reach = int(side)
    x0, y0 = np.maximum(centre.astype(int) - reach, 0)
    x1, y1 = np.minimum(centre.astype(int) + reach + 1, (gray.shape[1], gray.shape[0]))
    window = (gray[y0:y1, x0:x1] < threshold).astype(np.uint8)
    count, labels, stats, centroids = cv2.connectedComponentsWithStats(window, connectivity=8)
    if count < 2:
        return None
    inside = labels[min(int(centre[1]) - y0, window.shape[0] - 1), min(int(centre[0]) - x0, window.shape[1] - 1)]
    i = inside if inside > 0 else 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    return _Square(centroids[i] + (x0, y0), float(np.sqrt(stats[i, cv2.CC_STAT_AREA])))


def _nearest(squares: list[_Square], h: np.ndarray, centre_mm: tuple[float, float], reach_mm: float,
             side: tuple[float, float] | None = None) -> _Square | None:
    """The square nearest to where `h` puts a marker, within `reach_mm` (and of a side within `side`)."""
    x, y = centre_mm
    predicted, right, down = _project(h, np.array([(x, y), (x + 1, y), (x, y + 1)]))
    scale = float(np.sqrt(np.linalg.norm(right - predicted) * np.linalg.norm(down - predicted)))  # px per mm
    best, best_distance = None, reach_mm * scale
    for square in squares:
        if side and not side[0] <= square.side <= side[1]:
            continue
        distance = float(np.linalg.norm(square.centre - predicted))
        if distance <= best_distance:
            best, best_distance = square, distance
    return best


def _outermost(squares: list[_Square], h: np.ndarray, centre_mm: tuple[float, float], reach_mm: float,
               side: tuple[float, float] | None) -> _Square | None:
    """Of the squares near where `h` puts a corner marker, the one furthest out towards that corner.

    Perspective makes the far markers' predicted places unsure; whatever else is square and near
    (a filled tick box) lies further inside the page than the marker.
    """
    x, y = centre_mm
    middle, predicted, right = _project(h, np.array([(layout.PAGE_W / 2, layout.PAGE_H / 2), (x, y), (x + 1, y)]))
    reach = reach_mm * float(np.linalg.norm(right - predicted))
    outward = (predicted - middle) / np.linalg.norm(predicted - middle)
    near = [q for q in squares if np.linalg.norm(q.centre - predicted) <= reach
            and (not side or side[0] <= q.side <= side[1])]
    return max(near, key=lambda q: float(np.dot(q.centre - middle, outward)), default=None)


def _frame(centre: np.ndarray, across: np.ndarray, down: np.ndarray, scale: float) -> np.ndarray:
    """The affine map from sheet millimetres to scan pixels putting the QR code's centre at `centre`."""
    cx, cy = layout.QR_X + layout.QR_SIDE / 2, layout.QR_Y + layout.QR_SIDE / 2
    ax, ay = across * scale
    dx, dy = down * scale
    return np.array([(ax, dx, centre[0] - ax * cx - dx * cy), (ay, dy, centre[1] - ay * cx - dy * cy), (0, 0, 1)])


def align(gray: np.ndarray) -> Aligned | NotAligned:
    found = find_code(gray)
    if found is None:
        return NotAligned("no readable QR code: not an answer sheet, or too blurred, dark or cut off")
    text, qr = found
    code = parse(text)
    if code is None:
        return NotAligned("its QR code is not a quizgen answer sheet's", text)
    # The QR code gives the page's centre and axes, and its size roughly (decoders report either the
    # symbol's corners or its finder patterns' centres); the nearest marker then gives the scale.
    centre = qr.mean(axis=0)
    across = (qr[1] - qr[0]) + (qr[2] - qr[3])
    down = (qr[3] - qr[0]) + (qr[2] - qr[1])
    size = (np.linalg.norm(across) + np.linalg.norm(down)) / 4
    across, down = across / np.linalg.norm(across), down / np.linalg.norm(down)
    x0, y0 = np.maximum(qr.min(axis=0).astype(int), 0)
    x1, y1 = qr.max(axis=0).astype(int)
    ink, paper = np.percentile(gray[y0:y1 + 1, x0:x1 + 1], (5, 95))
    squares = _squares(gray, (ink + paper) / 2, layout.MARKER_SIDE * size / layout.QR_SIDE * 1.15)
    qr_centre_mm = np.array([layout.QR_X + layout.QR_SIDE / 2, layout.QR_Y + layout.QR_SIDE / 2])
    markers: dict[int, np.ndarray] = {}
    top_right = _nearest(squares, _frame(centre, across, down, size / layout.QR_SIDE * 1.15), layout.MARKERS[1], 14)
    scale, side = size / layout.QR_SIDE, None
    if top_right is not None:
        markers[1] = top_right.centre
        scale = top_right.side / layout.MARKER_SIDE
        side = (top_right.side * 0.75, top_right.side * 1.35)
    top_left = _nearest(squares, _frame(centre, across, down, scale), layout.MARKERS[0], 35, side)
    if top_left is not None:
        markers[0] = top_left.centre
    rough = _frame(centre, across, down, scale)
    if len(markers) == 2:
        rough = _affine(np.array([qr_centre_mm, layout.MARKERS[0], layout.MARKERS[1]]),
                        np.array([centre, markers[0], markers[1]]))
    for i in (2, 3):
        bottom = _outermost(squares, rough, layout.MARKERS[i], 60, side and (side[0] * 0.85, side[1] * 1.5))
        if bottom is not None:
            markers[i] = bottom.centre
    if len(markers) == 3:  # under strong perspective the affine guess misses a far corner: ask the other three
        missing = next(i for i in range(4) if i not in markers)
        three = sorted(markers)
        guess = cv2.getPerspectiveTransform(
            np.array([layout.MARKERS[i] for i in three] + [qr_centre_mm], np.float32),
            np.array([markers[i] for i in three] + [centre], np.float32)).astype(np.float64)
        last = _nearest(squares, guess, layout.MARKERS[missing], 12, side and (side[0] * 0.85, side[1] * 1.5))
        if last is not None:
            markers[missing] = last.centre
    if len(markers) < 3:
        return NotAligned(f"found {len(markers)} of the 4 corner markers: is a corner folded, covered or cut off?", text)
    src = np.array([layout.MARKERS[i] for i in sorted(markers)], np.float64)
    dst = np.array([markers[i] for i in sorted(markers)], np.float64)
    if len(markers) == 3:  # the QR code's centre is the fourth point
        src, dst = np.vstack([src, qr_centre_mm]), np.vstack([dst, centre])
    exact = cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32)).astype(np.float64)
    mismatch = float(np.linalg.norm(_project(np.linalg.inv(exact), centre[None])[0] - qr_centre_mm))
    if len(markers) == 4 and mismatch > MAX_QR_MISMATCH_MM:
        return NotAligned(f"the corner markers and QR code disagree by {mismatch:.0f} mm: a marker hidden or smudged?", text)
    to_canvas = exact @ np.diag([1 / PX_PER_MM, 1 / PX_PER_MM, 1.0])
    page = cv2.warpPerspective(gray, to_canvas, CANVAS, flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    return Aligned(code, page, _marker_black(page))


def _marker_black(page: np.ndarray) -> float:
    """The median grey of the markers' cores: what full ink looks like on this scan."""
    half = layout.MARKER_SIDE * PX_PER_MM * 0.3
    values = []
    for x, y in layout.MARKERS:
        cx, cy = x * PX_PER_MM, y * PX_PER_MM
        values.append(page[int(cy - half):int(cy + half), int(cx - half):int(cx + half)].ravel())
    return float(np.median(np.concatenate(values)))
