"""`quizgen mark`: scans in, one `StudentSheet` per student out, and a problem line for each page that could not be used.

Pages may come in any order and any orientation: each page's QR code says which quiz, version,
copy and page it is. Numbered copies are put together by copy number; photocopied sheets (copy 0)
by the student number read on each page. Nothing is guessed: what is not read with confidence is
flagged for the teacher.
"""

from __future__ import annotations

from collections import defaultdict, deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

import cv2
import numpy as np

from quizgen.core.model import CardKind
from quizgen.core.problems import Problem
from quizgen.quiz.manifest import Manifest
from quizgen.sheet import layout
from quizgen.sheet.align import PX_PER_MM, Aligned, NotAligned, align
from quizgen.sheet.model import FLAGGED, OK, Item, Marked, StudentSheet
from quizgen.sheet.qr import PageCode
from quizgen.sheet.reading import PageReading, read_page
from quizgen.sheet.scans import ScanPage, UnreadableFile, read_scans

#: Pages aligned and read at once: most of the work is in OpenCV, which releases the GIL.
WORKERS = 2
JPEG_QUALITY = 82


@dataclass(frozen=True, slots=True)
class ReadPage:
    label: str
    code: PageCode
    page: np.ndarray  # the straightened page
    reading: PageReading


def _read_one(quiz: Manifest, scan: ScanPage) -> ReadPage | Problem:
    found = align(scan.image)
    if isinstance(found, NotAligned):
        return Problem(scan.label, None, None, f"{found.reason}; not marked.", "rescan it flat, whole and in focus.")
    code = found.code
    if code.quiz_id != quiz.quiz_id:
        return Problem(scan.label, None, None, f"is a page of another quiz (quiz id {code.quiz_id}, this quiz is "
                       f"{quiz.quiz_id}); not marked.", "mark it with its own quiz.json.")
    version = quiz.version(code.version)
    pages = layout.page_layouts(version) if version else ()
    if version is None or code.page > len(pages):
        return Problem(scan.label, None, None, f"says version {code.version} page {code.page}, which this quiz does "
                       "not have; not marked.", "check it was printed from this quiz.json.")
    reading = read_page(found, pages[code.page - 1])
    if reading.misaligned:
        return Problem(scan.label, None, None, "its printed circles are not where the corner markers put them (a "
                       "blot on a marker?); not marked.", "rescan it, or mark it by hand.")
    return ReadPage(scan.label, code, found.page, reading)


def read_pages(paths: Sequence[Path], quiz: Manifest) -> Iterator[ReadPage | Problem]:
    """Every usable page, and a problem for every file or page that is not, in scan order."""
    def job(source: ScanPage | UnreadableFile) -> ReadPage | Problem:
        if isinstance(source, UnreadableFile):
            return Problem(source.path, None, None, f"cannot be read: {source.reason}; skipped.",
                           "give PDFs or images (PNG, JPEG, TIFF).")
        return _read_one(quiz, source)

    # A few pages in flight at a time, results in scan order: memory stays flat on a long scan.
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        pending: deque[Future[ReadPage | Problem]] = deque()
        for source in read_scans(paths):
            pending.append(pool.submit(job, source))
            if len(pending) > WORKERS * 2:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _group_key(page: ReadPage) -> tuple[str, str]:
    if page.code.copy:
        return page.code.version, f"copy {page.code.copy}"
    student = page.reading.student
    return page.code.version, (f"student {student.number}" if not student.flag else f"unread {page.label}")


def crop_png(page: np.ndarray, box_mm: tuple[float, float, float, float]) -> bytes:
    x, y, w, h = (round(v * PX_PER_MM) for v in box_mm)
    ok, data = cv2.imencode(".png", page[max(y, 0):y + h, max(x, 0):x + w])
    return data.tobytes()


def row_box(q: layout.QuestionBoxes) -> tuple[float, float, float, float]:
    return q.x - 2, q.y - 5, 88, 10


GRID_BOX = (layout.GRID_X - 5, layout.GRID_WRITE_Y - 6, layout.GRID_PITCH_X * layout.STUDENT_DIGITS + 4,
            layout.GRID_Y + 9 * layout.GRID_PITCH_Y - layout.GRID_WRITE_Y + 10)


def mark(paths: Sequence[Path], quiz: Manifest, quiz_file: str) -> tuple[Marked, dict[str, bytes]]:
    """The marking of every scan, and the pictures to keep beside it (relative path -> bytes)."""
    marked = Marked(quiz.quiz_id, quiz.title, quiz_file)
    groups: dict[tuple[str, str], dict[int, ReadPage]] = defaultdict(dict)
    for result in read_pages(paths, quiz):
        if isinstance(result, Problem):
            marked.problems.append(str(result))
            continue
        pages = groups[_group_key(result)]
        if result.code.page in pages:
            marked.problems.append(str(Problem(result.label, None, None, f"is page {result.code.page} of "
                                   f"{' '.join(_group_key(result))} again (first scanned as "
                                   f"{pages[result.code.page].label}); ignored.", "scan each page once.")))
            continue
        pages[result.code.page] = result
    images: dict[str, bytes] = {}
    used: set[str] = set()
    for (version_name, who), pages in sorted(groups.items()):
        version = quiz.version(version_name)
        assert version is not None
        sheet = _sheet(version_name, who, pages, used)
        layouts = layout.page_layouts(version)
        questions = {q.number: q for q in version.questions}
        for number, page_layout in enumerate(layouts, start=1):
            found = pages.get(number)
            if found is None:
                marked.problems.append(str(Problem(f"{sheet.key}", None, None, f"page {number} of {len(layouts)} "
                                       f"(version {version_name}, {who}) is missing; its questions are flagged.",
                                       "scan it and mark again, or settle them in --review.")))
            else:
                path = f"pages/{sheet.key}-p{number}.jpg"
                images[path] = cv2.imencode(".jpg", found.page, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])[1].tobytes()
                sheet.pages[str(number)] = path
                sheet.labels[str(number)] = found.label
            answers = {a.number: a for a in found.reading.answers} if found else {}
            for boxes in page_layout.questions:
                question = questions[boxes.number]
                answer = answers.get(boxes.number)
                key = question.letter if question.kind is CardKind.MCQ else "right"
                item = Item(question.number, question.card_id, question.kind.value, key or "", question.points,
                            answer.response if answer else "", OK, page=number)
                if answer is None:
                    item.status, item.flag = FLAGGED, f"page {number} is missing"
                elif answer.flag:
                    item.status, item.flag = FLAGGED, answer.flag
                    item.crop = f"review/{sheet.key}-q{question.number}.png"
                    images[item.crop] = crop_png(found.page, row_box(boxes))
                sheet.items.append(item)
        if sheet.student_status == FLAGGED:
            first = pages[min(pages)]
            sheet.student_crop = f"review/{sheet.key}-student.png"
            images[sheet.student_crop] = crop_png(first.page, GRID_BOX)
        marked.sheets.append(sheet)
    return marked, images


def _sheet(version: str, who: str, pages: dict[int, ReadPage], used: set[str]) -> StudentSheet:
    """The student's identity from their pages: the number read on them must agree."""
    copy = next(iter(pages.values())).code.copy
    numbers = {p.reading.student.number for p in pages.values() if not p.reading.student.flag}
    flags = [p.reading.student.flag for p in pages.values() if p.reading.student.flag]
    if len(numbers) == 1 and (not flags or copy):  # with numbered copies, page 1's number is enough
        student, status, flag = numbers.pop(), OK, ""
    elif len(numbers) > 1:
        student, status, flag = "", FLAGGED, f"the pages give different student numbers ({', '.join(sorted(numbers))})"
    else:
        student, status, flag = "", FLAGGED, flags[0] if flags else "no student number"
    base = student if student else (f"{version}-copy{copy}" if copy else f"{version}-unknown")
    key, n = base, 2
    while key in used:
        key, n = f"{base}-{n}", n + 1
    used.add(key)
    return StudentSheet(key, version, copy, student, status, flag)
