"""Markdown of the same sheets and key (CommonMark): one file per version, one key file."""

from __future__ import annotations

import re

from quizgen.quiz.build import Quiz, Version
from quizgen.quiz.sheets import KEY_NAME, is_cloze, key_rows, prompt_parts, sheet_name, source_legend, version_label

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


def _escape_block_marker(marker: str) -> str:
    return marker[:-1] + "\\" + marker[-1]


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    files = [(f"{sheet_name(v)}.md", _sheet(quiz, v).encode()) for v in quiz.versions]
    key = [f"# {escape_md(quiz.title)}: answer key\n"]
    key.extend(_key_section(quiz, v) for v in quiz.versions)
    files.append((f"{KEY_NAME}.md", "\n".join(key).encode()))
    return files


def _sheet(quiz: Quiz, version: Version) -> str:
    lines = [
        f"# {escape_md(quiz.title)}",
        "",
        f"*{escape_md(version_label(quiz, version))}*",
        "",
        "Name: ______________________ Class: ____________ Date: ____________",
        "",
    ]
    for item in version.items:
        if is_cloze(item):
            text = r"\_\_\_\_\_\_\_\_\_\_".join(escape_md(part) for part in prompt_parts(item))
            lines.extend([f"{item.number}. {text}", ""])
            continue
        lines.append(f"{item.number}. {escape_md(item.question.card.prompt)}")
        lines.append("")
        for index, option in enumerate(item.options):
            lines.append(f"    - ( ) **{chr(ord('A') + index)}** {escape_md(option)}")
        lines.append("")
    return "\n".join(lines)


def _key_section(quiz: Quiz, version: Version) -> str:
    lines = [
        f"## {escape_md(version_label(quiz, version))}",
        "",
        "| # | Answer | Answer text / alternatives | Question | Source |",
        "|---|---|---|---|---|",
    ]
    for row in key_rows(version):
        also = " / ".join(escape_md(a) for a in row.also)
        lines.append(f"| {row.number} | {escape_md(row.answer)} | {also} | {escape_md(row.question)} "
                     f"| {escape_md(row.source)} |")
    lines.append("")
    legend = source_legend(version)
    if legend:
        lines.extend(["Sources: " + "; ".join(f"\\[{escape_md(k)}\\] {escape_md(t)}" for k, t in legend), ""])
    return "\n".join(lines)
