"""Reading results files of any supported layout: the layout is recognised from the file itself."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from quizgen.quiz.manifest import Manifest
from quizgen.results import platforms
from quizgen.results.model import ClassResults, bad
from quizgen.results.tables import read_csv, table_from_rows, xlsx_sheets

LAYOUTS = ("Moodle Responses report (CSV/xlsx)", "Canvas Student Analysis (CSV)", "Kahoot results (xlsx)",
           "quizgen marks.csv")


def read_file(path: Path, manifest: Manifest) -> ClassResults:
    """One results file, whatever platform wrote it. Raises InputError naming file and row."""
    if not path.is_file():
        raise bad(path, None, None, "no such file.", "give the results file the platform exported.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        sheets = xlsx_sheets(path)
        if platforms.KAHOOT_SHEET in sheets:
            return platforms.read_kahoot(table_from_rows(path, platforms.KAHOOT_SHEET,
                                                         sheets[platforms.KAHOOT_SHEET]), manifest)
        name, rows = next(iter(sheets.items()), ("", []))
        table = table_from_rows(path, name, rows)
    else:
        table = read_csv(path)
    for recognise, reader in ((platforms.is_marks, platforms.read_marks), (platforms.is_canvas, platforms.read_canvas),
                              (platforms.is_moodle, platforms.read_moodle)):
        if recognise(table):
            results = reader(table, manifest)
            if not results.attempts:
                raise bad(path, None, None, "holds no finished attempt.", "export the results after the class "
                          "has answered.")
            return results
    raise bad(path, table.header_row, None, f"is a layout quizgen does not know (header: "
              f"{', '.join(table.header[:4])[:70]}...).", f"give one of: {'; '.join(LAYOUTS)}.")


def read_all(paths: Sequence[Path], manifest: Manifest) -> ClassResults:
    """Every file's attempts together (classes or sections of the same quiz)."""
    merged = ClassResults()
    for path in paths:
        results = read_file(path, manifest)
        merged.attempts.extend(results.attempts)
        merged.asked.update(results.asked)
        merged.sources.append(str(path))
    return merged
