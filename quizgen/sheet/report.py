"""The files `quizgen mark` writes into RESULTS, all from one `Marked`:

- `marks.csv`: one row per student per question, as CONTRACTS.md says (read by `quizgen results`);
- `grades.csv`, `grades.xlsx`: a row per student: number, version, copy, score, flagged items, each answer;
- `annotated/<student>.pdf`: the straightened scan with right and wrong marked, to hand back;
- `review.json` (with `pages/` and `review/` pictures): what `quizgen mark --review` goes on from.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import sys
import zipfile
from pathlib import Path

import cv2
import numpy as np

from quizgen.quiz.build import VERSION_LETTERS
from quizgen.core.problems import Problem
from quizgen.files import set_swap_problem, write_set
from quizgen.quiz.files import rezip
from quizgen.sheet import layout
from quizgen.sheet.align import PX_PER_MM
from quizgen.sheet.model import FLAGGED, Marked, StudentSheet
from quizgen.quiz.manifest import Manifest

MARKS_HEADER = ("quiz_id", "version", "copy", "student", "number", "card_id", "response", "status")
STATE_NAME = "review.json"
_FIXED_DATE = dt.datetime(2000, 1, 1)

GREEN, RED, ORANGE = (40, 150, 40), (30, 30, 210), (0, 140, 255)  # BGR


def marks_csv(marked: Marked) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(MARKS_HEADER)
    for sheet in marked.sheets:
        for item in sheet.items:
            status = FLAGGED if sheet.student_status == FLAGGED else item.status
            writer.writerow((marked.quiz_id, sheet.version, sheet.copy or "", sheet.student, item.number,
                             item.card_id, item.response, status))
    return out.getvalue().encode("utf-8")


def _cell(sheet: StudentSheet, number: int) -> str:
    item = next(i for i in sheet.items if i.number == number)
    if item.status == FLAGGED:
        return f"? {item.response}".rstrip()
    return f"{item.response or '-'} {'✓' if item.right else '✗'}"


def grade_rows(marked: Marked) -> list[list[object]]:
    numbers = sorted({i.number for s in marked.sheets for i in s.items})
    rows: list[list[object]] = [["student", "version", "copy", "score", "max", "flagged", *map(str, numbers)]]
    for sheet in sorted(marked.sheets, key=lambda s: (s.student == "", s.student, s.key)):
        flagged = len(sheet.flagged) + (sheet.student_status == FLAGGED)
        rows.append([sheet.student, sheet.version, sheet.copy or "", _number(sheet.score), _number(sheet.max_score),
                     flagged, *(_cell(sheet, n) for n in numbers)])
    return rows


def _number(value: float) -> float | int:
    return int(value) if value == int(value) else value


def grades_csv(marked: Marked) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(grade_rows(marked))
    return out.getvalue().encode("utf-8")


def grades_xlsx(marked: Marked) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.writer.excel import ExcelWriter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Grades"
    for row in grade_rows(marked):
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "G2"
    workbook.properties.creator = "quizgen"
    workbook.properties.created = workbook.properties.modified = _FIXED_DATE
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:  # not Workbook.save: it stamps the time
        ExcelWriter(workbook, archive).save()
    return rezip(buffer.getvalue())


def _px(x_mm: float, y_mm: float) -> tuple[int, int]:
    return round(x_mm * PX_PER_MM), round(y_mm * PX_PER_MM)


def annotate(page: np.ndarray, sheet: StudentSheet, quiz: Manifest, number: int) -> np.ndarray:
    """Page `number` of the sheet in colour: the right bubble ringed green, a wrong choice crossed red,
    flagged rows boxed orange, the score on the first page."""
    image = cv2.cvtColor(page, cv2.COLOR_GRAY2BGR)
    version = quiz.version(sheet.version)
    assert version is not None
    items = {i.number: i for i in sheet.items}
    thick = max(2, round(PX_PER_MM * 0.5))
    for q in layout.page_layouts(version)[number - 1].questions:
        item = items[q.number]
        if item.status == FLAGGED:
            x, y = _px(q.x - 2, q.y - 4.5)
            cv2.rectangle(image, (x, y), _px(q.x + 86, q.y + 4.5), ORANGE, thick)
            continue
        if q.kind == "mcq":
            r = round(q.spots[0].r * PX_PER_MM) + thick
            key = VERSION_LETTERS.index(item.key)
            cv2.circle(image, _px(q.spots[key].x, q.spots[key].y), r, GREEN, thick, cv2.LINE_AA)
            for letter in filter(None, item.response.split("|")):
                if letter != item.key:
                    s = q.spots[VERSION_LETTERS.index(letter)]
                    (x0, y0), (x1, y1) = _px(s.x - s.r, s.y - s.r), _px(s.x + s.r, s.y + s.r)
                    cv2.line(image, (x0, y0), (x1, y1), RED, thick, cv2.LINE_AA)
                    cv2.line(image, (x0, y1), (x1, y0), RED, thick, cv2.LINE_AA)
        mark_at = _px(q.x + 86 - 6, q.y + 2) if q.kind == "cloze" else _px(q.spots[-1].x + 5, q.y + 2)
        text = "+" if item.right else "x"
        cv2.putText(image, text, mark_at, cv2.FONT_HERSHEY_SIMPLEX, 0.9, GREEN if item.right else RED, 2, cv2.LINE_AA)
    if number == 1:
        pending = f", {len(sheet.flagged)} flagged" if sheet.flagged else ""
        text = f"Score {_number(sheet.score)} / {_number(sheet.max_score)}{pending}"
        cv2.putText(image, text, _px(20, 42), cv2.FONT_HERSHEY_SIMPLEX, 1.1, RED, 2, cv2.LINE_AA)
    return image


def pdf_of_jpegs(jpegs: list[bytes], width_mm: float = layout.PAGE_W, height_mm: float = layout.PAGE_H) -> bytes:
    """A PDF with one JPEG filling each page (pdfium embeds them as they are, no re-encoding)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    width, height = width_mm / 25.4 * 72, height_mm / 25.4 * 72
    for data in jpegs:
        page = document.new_page(width, height)
        image = pdfium.PdfImage.new(document)
        image.load_jpeg(io.BytesIO(data), inline=False, autoclose=True)
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        page.insert_obj(image)
        page.gen_content()
    out = io.BytesIO()
    document.save(out)
    return _reproducible(out.getvalue())


_CREATION_DATE = re.compile(rb"/CreationDate\(D:\d{14}")
_FILE_ID = re.compile(rb"/ID\[<([0-9A-F]+)><([0-9A-F]+)>\]")


def _reproducible(pdf: bytes) -> bytes:
    """The same bytes for the same pages: PDFium stamps the time and a random file ID. Both are
    replaced by values of the same length (the cross-reference offsets stay right): a fixed date,
    and an ID hashed from the rest of the file."""
    pdf = _CREATION_DATE.sub(b"/CreationDate(D:20000101000000", pdf)
    found = _FILE_ID.search(pdf)
    if found:
        digest = hashlib.sha256(pdf[:found.start()] + pdf[found.end():]).hexdigest().upper().encode()
        first = digest[:len(found.group(1))].ljust(len(found.group(1)), b"0")
        pdf = pdf[:found.start()] + b"/ID[<" + first + b"><" + first + b">]" + pdf[found.end():]
    return pdf


def annotated_pdf(sheet: StudentSheet, quiz: Manifest, results: Path, images: dict[str, bytes]) -> bytes | None:
    jpegs = []
    for number, path in sorted(sheet.pages.items(), key=lambda p: int(p[0])):
        data = images.get(path) or (results / path).read_bytes()
        page = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
        jpegs.append(cv2.imencode(".jpg", annotate(page, sheet, quiz, int(number)), [cv2.IMWRITE_JPEG_QUALITY, 80])[1].tobytes())
    return pdf_of_jpegs(jpegs) if jpegs else None


#: What RESULTS holds of a marking: the files and folders `write_results` replaces as one set.
SET_NAMES = ("marks.csv", "grades.csv", "grades.xlsx", STATE_NAME, "annotated", "pages", "review")
#: Written once, when the scans are marked (`--review` reads them and keeps them).
SCAN_FOLDERS = ("pages", "review")


def is_set_name(name: str) -> bool:
    return name in SET_NAMES


def set_problem(results: Path) -> Problem | None:
    """Why RESULTS cannot take a new set of results as one folder swap, or None."""
    unswappable = set_swap_problem(results, is_set_name)
    if unswappable is None:
        return None
    return Problem(results, None, "--output", f"{unswappable}.", "name a folder of the results' own, e.g. -o results/.")


def write_results(results: Path, marked: Marked, quiz: Manifest, images: dict[str, bytes]) -> list[str]:
    """Everything into RESULTS as one set (`quizgen.files.write_set`): grades, marks, annotated PDFs
    and the marking state appear together or not at all, whatever happens (a full disk, SIGKILL).
    With `images` (a marking), the scans' pages and crops are new too; without (`--review`), those
    of the marking are kept. Files in RESULTS that are not the set's stay."""
    files: list[tuple[str, bytes]] = sorted(images.items())
    for sheet in marked.sheets:
        pdf = annotated_pdf(sheet, quiz, results, images)
        if pdf is not None:
            files.append((f"annotated/{sheet.key}.pdf", pdf))
    files += [("grades.csv", grades_csv(marked)), ("grades.xlsx", grades_xlsx(marked)),
              (STATE_NAME, marked.to_json()), ("marks.csv", marks_csv(marked))]
    replaced = [name for name in SET_NAMES if images or name not in SCAN_FOLDERS]
    results.parent.mkdir(parents=True, exist_ok=True)
    write_set(results, files, replaces=replaced)
    return [name for name, _ in files]


def summary(marked: Marked, results: Path) -> int:
    """The report: one line per problem, then what was marked; 2 while anything needs the teacher."""
    for line in marked.problems:
        print(line, file=sys.stderr)
    sheets = marked.sheets
    waiting = [s for s in sheets if s.needs_teacher]
    print(f"{marked.title}: marked {len(sheets)} answer sheet(s); results in {results}/ "
          "(grades.csv, grades.xlsx, annotated/, marks.csv)")
    if marked.open_flags:
        print(f"{marked.open_flags} item(s) on {len(waiting)} sheet(s) need you: run `quizgen mark --review -o "
              f"{results}` (until then the grades are not final)", file=sys.stderr)
    return 2 if marked.problems or marked.open_flags else 0
