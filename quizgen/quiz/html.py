"""Print-friendly HTML: one student sheet per version and one answer key with every version."""

from __future__ import annotations

from html import escape

from quizgen.quiz.build import Quiz, Version
from quizgen.quiz.sheets import KEY_NAME, is_cloze, key_rows, prompt_parts, sheet_name, source_legend, version_label

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
    out = [
        "<header>",
        f"<span class=\"label\">{escape(version_label(quiz, version))}</span>",
        f"<h1>{escape(quiz.title)}</h1>",
        "</header>",
        "<div class=\"student\"><span>Name</span><span>Class</span><span>Date</span></div>",
        "<ol class=\"questions\">",
    ]
    for item in version.items:
        if is_cloze(item):
            blank = "<span class=\"blank\">&nbsp;</span>"
            text = blank.join(escape(part) for part in prompt_parts(item))
            out.append(f"<li><p>{text}</p></li>")
            continue
        out.append(f"<li><p>{escape(item.question.card.prompt)}</p><ol class=\"options\">")
        for index, option in enumerate(item.options):
            letter = chr(ord("A") + index)
            out.append(f"<li><span class=\"bubble\">{letter}</span>{escape(option)}</li>")
        out.append("</ol></li>")
    out.append("</ol>")
    out.append(f"<footer>{escape(version_label(quiz, version))}</footer>\n")
    return "\n".join(out)


def _key_section(quiz: Quiz, version: Version) -> str:
    out = [
        "<section class=\"key\">",
        f"<h1>{escape(quiz.title)}: answer key</h1>",
        f"<p><strong>{escape(version_label(quiz, version))}</strong></p>",
        "<table><thead><tr><th>#</th><th>Answer</th><th>Answer text / alternatives</th><th>Question</th><th>Source</th></tr></thead><tbody>",
    ]
    for row in key_rows(version):
        cells = [str(row.number), f"<strong>{escape(row.answer)}</strong>", escape(" / ".join(row.also)),
                 escape(row.question), escape(row.source)]
        out.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    out.append("</tbody></table>")
    legend = source_legend(version)
    if legend:
        out.append("<p>Sources: " + "; ".join(f"[{escape(k)}] {escape(t)}" for k, t in legend) + "</p>")
    out.append("</section>\n")
    return "\n".join(out)
