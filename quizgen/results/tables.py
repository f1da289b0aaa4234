"""Results files as tables: a header and rows of text, with the row numbers the file has."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from quizgen.results.model import bad

_FIX_FILE = "give the file the platform exported (CSV or xlsx), unchanged."


@dataclass(frozen=True, slots=True)
class Table:
    path: Path
    sheet: str | None  # the xlsx sheet it came from
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (row number in the file, cells)
    header_row: int = 1

    def column(self, name: str) -> int | None:
        """The index of the column with this header (case and spaces forgiven), or None."""
        wanted = " ".join(name.lower().split())
        for index, title in enumerate(self.header):
            if " ".join(title.lower().split()) == wanted:
                return index
        return None

    def cell(self, cells: list[str], index: int | None) -> str:
        return cells[index].strip() if index is not None and index < len(cells) else ""


def read_csv(path: Path) -> Table:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise bad(path, None, None, "is not UTF-8 text.", _FIX_FILE) from None
    except OSError as error:
        raise bad(path, None, None, f"cannot be read: {error.strerror or error}.", _FIX_FILE) from None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)  # Moodle and Canvas write commas; a spreadsheet may re-save with ;
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise bad(path, None, None, f"is not readable CSV: {error}.", _FIX_FILE) from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise bad(path, 1, None, "has no header row.", _FIX_FILE)
    body = [(number, cells) for number, cells in enumerate(rows[1:], start=2) if any(c.strip() for c in cells)]
    return Table(path, None, [c.strip() for c in rows[0]], body)


def xlsx_sheets(path: Path) -> dict[str, list[list[str]]]:
    """Every sheet of a workbook as rows of text."""
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise bad(path, None, None, f"is not a readable xlsx workbook ({error}).", _FIX_FILE) from None
    try:
        return {sheet.title: [[_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
                for sheet in workbook.worksheets}
    finally:
        workbook.close()


def table_from_rows(path: Path, sheet: str, rows: list[list[str]], header_row: int = 1) -> Table:
    header = [c.strip() for c in rows[header_row - 1]] if len(rows) >= header_row else []
    while header and not header[-1]:
        header.pop()
    body = [(number, cells) for number, cells in enumerate(rows[header_row:], start=header_row + 1)
            if any(c.strip() for c in cells)]
    return Table(path, sheet, header, body, header_row)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
