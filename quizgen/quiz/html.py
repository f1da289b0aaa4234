"""Print-friendly HTML: one student sheet per version and one answer key with every version."""

from __future__ import annotations

from html import escape

from quizgen.quiz.build import Quiz, Version
from quizgen.quiz.sheets import (
    KEY_COLUMNS, KEY_NAME, cloze_parts, instructions, is_cloze, key_rows, letters, points_label, score_label,
    sheet_name, source_legend, version_label,
)

_CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.4; max-width: 46em; margin: 2em auto; color: #000; }
header { border-bottom: 1px solid #000; margin-bottom: 1em; }
h1 { font-size: 17pt; margin: 0 0 .2em; }
.label { float: right; font-size: 10pt; }
.student { display: flex; gap: 2em; margin: .8em 0 1.2em; }
.student span { flex: 1; border-bottom: 1px solid #000; padding-top: 1.2em; font-size: 10pt; }
ol.questions > li { break-inside: avoid; page-break-inside: avoid; margin-bottom: 1em; }
ol.options { list-style: none; padding-left: .5em; margin: .3em 0 0; }
ol.options li { margin: .15em 0; }
.bubble { display: inline-block; width: 1.3em; height: 1.3em; line-height: 1.3em; border: 1px solid #000; border-radius: 50%; text-align: center; font-size: 9pt; margin-right: .5em; }
.blank { display: inline-block; min-width: 9em; border-bottom: 1px solid #000; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }
th, td { border: 1px solid #777; padding: .2em .4em; text-align: left; vertical-align: top; font-size: 10pt; }
section.key { break-after: page; page-break-after: always; }
footer { font-size: 9pt; margin-top: 2em; }
.score { float: right; border: 1.5px solid #000; padding: .3em .8em; font-size: 11pt; margin-left: 1em; }
.score span { display: inline-block; min-width: 3em; border-bottom: 1px solid #000; }
.instructions { font-size: 10.5pt; border-left: 3px solid #000; padding-left: .6em; }
.points { font-size: 9pt; color: #333; margin-left: .3em; }
section.grid { break-before: page; page-break-before: always; }
table.grid td { font-size: 11pt; padding: .35em .5em; }
table.grid .line { display: inline-block; min-width: 16em; border-bottom: 1px solid #000; }
@media print { body { margin: 0; max-width: none; } }
"""


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    files = [(f"{sheet_name(v)}.html", _page(quiz.title, _sheet(quiz, v))) for v in quiz.versions]
    key = "".join(_key_section(quiz, v) for v in quiz.versions)
    files.append((f"{KEY_NAME}.html", _page(f"{quiz.title}: answer key", key)))
    return files


def _page(title: str, body: str) -> bytes:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    ).encode()


def _sheet(quiz: Quiz, version: Version) -> str:
    grid = quiz.sheet.answer_grid
    out = [
        "<header>",
        f"<span class=\"label\">{escape(version_label(quiz, version))}</span>",
        f"<h1>{escape(quiz.title)}</h1>",
        "</header>",
        f"<div class=\"score\">Score <span>&nbsp;</span> {escape(score_label(quiz))}</div>",
        "<div class=\"student\"><span>Name</span><span>Class</span><span>Date</span></div>",
        f"<p class=\"instructions\">{escape(instructions(quiz))}</p>",
        "<ol class=\"questions\">",
    ]
    for item in version.items:
        points = f"<span class=\"points\">({escape(points_label(item.question.points))})</span>"
        if is_cloze(item):
            blank = "<span class=\"blank\">&nbsp;</span>"
            text = blank.join(escape(part) for part in cloze_parts(item))
            out.append(f"<li><p>{text} {points}</p></li>")
            continue
        out.append(f"<li><p>{escape(item.question.card.prompt)} {points}</p><ol class=\"options\">")
        for letter, option in zip(letters(item), item.options):
            mark = f"<strong>{letter}</strong> " if grid else f"<span class=\"bubble\">{letter}</span>"
            out.append(f"<li>{mark}{escape(option)}</li>")
        out.append("</ol></li>")
    out.append("</ol>")
    if grid:
        out.append(_answer_grid(quiz, version))
    out.append(f"<footer>{escape(version_label(quiz, version))}</footer>\n")
    return "\n".join(out)


def _answer_grid(quiz: Quiz, version: Version) -> str:
    rows = []
    for item in version.items:
        if is_cloze(item):
            cell = "<span class=\"line\">&nbsp;</span>"
        else:
            cell = " ".join(f"<span class=\"bubble\">{letter}</span>" for letter in letters(item))
        rows.append(f"<tr><td>{item.number}</td><td>{cell}</td></tr>")
    return ("<section class=\"grid\"><h2>Answer grid · " + escape(version_label(quiz, version)) + "</h2>"
            "<p>Name ______________________</p><table class=\"grid\"><tbody>" + "".join(rows) + "</tbody></table></section>")


def _key_section(quiz: Quiz, version: Version) -> str:
    out = [
        "<section class=\"key\">",
        f"<h1>{escape(quiz.title)}: answer key</h1>",
        f"<p><strong>{escape(version_label(quiz, version))}</strong></p>",
        "<table><thead><tr>" + "".join(f"<th>{escape(c)}</th>" for c in KEY_COLUMNS) + "</tr></thead><tbody>",
    ]
    for row in key_rows(version):
        cells = [str(row.number), f"<strong>{escape(row.key)}</strong>", escape(row.answer),
                 escape(" / ".join(row.also)), f"{row.points:g}", escape(row.question), escape(row.source)]
        out.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    out.append("</tbody></table>")
    legend = source_legend(version)
    if legend:
        out.append("<p>Sources: " + "; ".join(f"[{escape(k)}] {escape(t)}" for k, t in legend) + "</p>")
    out.append("</section>\n")
    return "\n".join(out)
