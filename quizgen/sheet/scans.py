"""Reading scan files into greyscale pages: PDFs (rasterized with pdfium) and images (OpenCV).

Each page comes with a label ("scans.pdf page 3") for the report; a file that cannot be read
is one problem, and the other files are still read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

#: PDF pages are rasterized at this resolution: enough for 5 mm bubbles and the QR code's modules.
PDF_DPI = 200
#: Photos are scaled down to at most this many pixels on their long side (a 12 MP phone photo is 4000).
MAX_SIDE = 2600
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".pgm", ".pbm", ".ppm"}


@dataclass(frozen=True, slots=True)
class ScanPage:
    label: str  # file name, and the page number within a PDF or TIFF
    image: np.ndarray  # greyscale, uint8


@dataclass(frozen=True, slots=True)
class UnreadableFile:
    path: Path
    reason: str


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a folder stands for its PDFs and images, sorted by name."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES | {".pdf"}))
        else:
            files.append(path)
    return files


def read_scans(paths: Sequence[Path]) -> Iterator[ScanPage | UnreadableFile]:
    for path in expand(paths):
        if not path.is_file():
            yield UnreadableFile(path, "no such file")
            continue
        try:
            with path.open("rb") as handle:
                is_pdf = handle.read(5) == b"%PDF-"
        except OSError as error:
            yield UnreadableFile(path, error.strerror or str(error))
            continue
        yield from (_pdf_pages(path) if is_pdf else _image_pages(path))


def _shrink(image: np.ndarray) -> np.ndarray:
    import cv2

    side = max(image.shape[:2])
    if side <= MAX_SIDE:
        return image
    scale = MAX_SIDE / side
    return cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def _pdf_pages(path: Path) -> Iterator[ScanPage | UnreadableFile]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        yield UnreadableFile(path, f"not a readable PDF ({error})")
        return
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=PDF_DPI / 72, grayscale=True)
            array = bitmap.to_numpy()
            image = array[:, :, 0] if array.ndim == 3 else array
            yield ScanPage(f"{path.name} page {index + 1}", _shrink(np.ascontiguousarray(image)))
            page.close()
    finally:
        document.close()


def _image_pages(path: Path) -> Iterator[ScanPage | UnreadableFile]:
    import cv2

    ok, images = cv2.imreadmulti(str(path), flags=cv2.IMREAD_GRAYSCALE)
    if not ok or not images:
        yield UnreadableFile(path, "not a PDF or an image OpenCV can read (PNG, JPEG, TIFF, BMP, WebP)")
        return
    for index, image in enumerate(images):
        label = path.name if len(images) == 1 else f"{path.name} page {index + 1}"
        yield ScanPage(label, _shrink(image))
