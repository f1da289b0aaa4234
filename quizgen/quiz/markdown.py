"""Markdown of the same sheets and key (CommonMark): one file per version, one key file."""

from __future__ import annotations

import re

from quizgen.quiz.build import Quiz, Version
from quizgen.quiz.sheets import (
    KEY_COLUMNS, KEY_NAME, cloze_parts, instructions, is_cloze, key_rows, letters, points_label, score_label,
    sheet_name, source_legend, version_label,
)

#: Characters that can start Markdown syntax anywhere in a line; CommonMark lets a backslash escape any
#: ASCII punctuation, so escaping these is always safe.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!$&])")
#: Text that would open a block (list, heading, quote...) when it starts a line or list item.
_BLOCK_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])")


def escape_md(text: str) -> str:
    """Plain text as Markdown that renders back to exactly that text, on one line."""
    text = " ".join(text.split())  # newlines and tabs would break the list structure
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _BLOCK_START.sub(lambda m: m.group(1) + _escape_block_marker(m.group(2)), text)


def escape_piece(piece: str) -> str:
    """A piece of text next to a blank: escaped, keeping the one space it has at either edge."""
    lead = " " if piece[:1].isspace() else ""
    tail = " " if piece[-1:].isspace() and piece.strip() else ""
    return lead + escape_md(piece) + tail


_BLANK = r"\_" * 10


def _escape_block_marker(marker: str) -> str:
    return marker[:-1] + "\\" + marker[-1]


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    files = [(f"{sheet_name(v)}.md", _sheet(quiz, v).encode()) for v in quiz.versions]
    key = [f"# {escape_md(quiz.title)}: answer key\n"]
    key.extend(_key_section(quiz, v) for v in quiz.versions)
    files.append((f"{KEY_NAME}.md", "\n".join(key).encode()))
    return files


def _sheet(quiz: Quiz, version: Version) -> str:
    grid = quiz.sheet.answer_grid
    lines = [
        f"# {escape_md(quiz.title)}",
        "",
        f"*{escape_md(version_label(quiz, version))}*",
        "",
        f"Name: ______________________ Class: ____________ Date: ____________ "
        f"Score: ______ {escape_md(score_label(quiz))}",
        "",
        f"**Instructions.** {escape_md(instructions(quiz))}",
        "",
    ]
    for item in version.items:
        points = f"*({escape_md(points_label(item.question.points))})*"
        if is_cloze(item):
            text = _BLANK.join(escape_piece(part) for part in cloze_parts(item))
            lines.extend([f"{item.number}. {points} {text}", ""])
            continue
        lines.append(f"{item.number}. {points} {escape_md(item.question.card.prompt)}")
        lines.append("")
        for letter, option in zip(letters(item), item.options):
            lines.append(f"    - {'' if grid else '( ) '}**{letter}** {escape_md(option)}")
        lines.append("")
    if grid:
        lines.extend(_answer_grid(version))
    return "\n".join(lines)


def _answer_grid(version: Version) -> list[str]:
    lines = ["## Answer grid", "", "| # | Your answer |", "|---|---|"]
    for item in version.items:
        if is_cloze(item):
            lines.append(f"| {item.number} | {_BLANK * 2} |")
        else:
            lines.append(f"| {item.number} | " + " ".join(f"( ) {letter}" for letter in letters(item)) + " |")
    return [*lines, ""]


def _cell(text: str) -> str:
    return escape_md(text)


def _key_section(quiz: Quiz, version: Version) -> str:
    lines = [
        f"## {escape_md(version_label(quiz, version))}",
        "",
        "| " + " | ".join(escape_md(c) for c in KEY_COLUMNS) + " |",
        "|" + "---|" * len(KEY_COLUMNS),
    ]
    for row in key_rows(version):
        cells = [str(row.number), f"**{_cell(row.key)}**", _cell(row.answer), " / ".join(_cell(a) for a in row.also),
                 f"{row.points:g}", _cell(row.question), _cell(row.source)]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    legend = source_legend(version)
    if legend:
        lines.extend(["Sources: " + "; ".join(f"\\[{escape_md(k)}\\] {escape_md(t)}" for k, t in legend), ""])
    return "\n".join(lines)
