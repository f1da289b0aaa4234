"""The item analysis as a terminal table, as JSON, and as a self-contained HTML report with charts
(inline SVG: no script, no network)."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from quizgen.results.analysis import Analysis, ItemFigures
from quizgen.results.checks import NEGATIVE, RARE_DISTRACTOR, TOO_EASY, TOO_HARD


def flags(item: ItemFigures) -> list[str]:
    found = []
    if item.facility > TOO_EASY:
        found.append("too easy")
    elif item.facility < TOO_HARD:
        found.append("too hard")
    if item.point_biserial is not None and item.point_biserial < NEGATIVE:
        found.append("negative discrimination")
    rare = [o.text for o in item.options if not o.is_key and o.rate < RARE_DISTRACTOR and not o.text.startswith("(")]
    if rare:
        found.append(f"{len(rare)} distractor(s) under {RARE_DISTRACTOR:.0%}")
    return found


def _num(value: float | None, fmt: str = "+.2f") -> str:
    return "-" if value is None else format(value, fmt)


def text_report(analysis: Analysis) -> str:
    test = analysis.test
    lines = [
        f"{analysis.title} (quiz {analysis.quiz_id}): {test.students} students, {test.questions} questions",
        f"score: mean {test.mean:.2f} / {test.max_score:g}, sd {test.sd:.2f}, median {test.median:g}, "
        f"range {test.low:g}-{test.high:g}; KR-20 {_num(test.kr20, '.2f')}",
        "",
    ]
    header = ("#", "card", "facility", "r_pb", "D27", "options (key *)", "flags")
    rows = []
    for item in analysis.items:
        options = "  ".join(f"{'*' if o.is_key else ''}{_short(o.text)} {o.rate:.0%}" for o in item.options)
        rows.append((str(item.number), f"{item.fact}:{item.blank} {item.kind}", f"{item.facility:.0%}",
                     _num(item.point_biserial), _num(item.upper_lower), options or "(written)",
                     ", ".join(flags(item))))
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    lines.extend(["", "Score distribution:"])
    for score, count in distribution(analysis):
        lines.append(f"  {score:>5g}  {'#' * count} {count}")
    return "\n".join(lines) + "\n"


def _short(text: str, limit: int = 18) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def distribution(analysis: Analysis) -> list[tuple[float, int]]:
    """(total score, students) for every score from 0 to the maximum when scores are whole
    numbers, else for each score that occurs."""
    scores = analysis.test.scores
    if all(float(s).is_integer() for s in scores) and float(analysis.test.max_score).is_integer():
        return [(float(s), sum(1 for x in scores if x == s)) for s in range(int(analysis.test.max_score) + 1)]
    return [(s, scores.count(s)) for s in sorted(set(scores))]


def to_json(analysis: Analysis) -> dict[str, Any]:
    test = analysis.test
    return {
        "quiz_id": analysis.quiz_id, "title": analysis.title,
        "test": {"students": test.students, "questions": test.questions, "max_score": test.max_score,
                 "mean": test.mean, "sd": test.sd, "median": test.median, "min": test.low, "max": test.high,
                 "kr20": test.kr20, "distribution": [{"score": s, "students": c} for s, c in distribution(analysis)]},
        "items": [
            {"number": i.number, "card_id": i.card_id, "deck": i.deck, "fact": i.fact, "blank": i.blank,
             "kind": i.kind, "prompt": i.prompt, "points": i.points, "n": i.n, "facility": i.facility,
             "point_biserial": i.point_biserial, "upper_lower": i.upper_lower,
             "options": [{"text": o.text, "key": o.is_key, "count": o.count, "rate": o.rate} for o in i.options],
             "flags": flags(i)}
            for i in analysis.items
        ],
    }


def json_report(analysis: Analysis) -> str:
    return json.dumps(to_json(analysis), ensure_ascii=False, indent=2) + "\n"


_CSS = """
body { font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; color: #111; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
table { border-collapse: collapse; width: 100%; font-size: .9em; }
th, td { border-bottom: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
.flag { color: #a00; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1em 0; }
figcaption { font-size: .85em; color: #444; }
"""


def html_report(analysis: Analysis) -> str:
    test = analysis.test
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">",
        f"<title>{escape(analysis.title)}: item analysis</title>\n<style>{_CSS}</style>\n</head>\n<body>",
        f"<h1>{escape(analysis.title)}: item analysis</h1>",
        f"<p>Quiz {escape(analysis.quiz_id)} · {test.students} students · {test.questions} questions · "
        f"mean {test.mean:.2f} / {test.max_score:g} (sd {test.sd:.2f}, median {test.median:g}, "
        f"range {test.low:g}–{test.high:g}) · KR-20 {_num(test.kr20, '.2f')}</p>",
        "<h2>Score distribution</h2>", _histogram(analysis),
        "<h2>Facility and discrimination</h2>", _scatter(analysis),
        "<h2>Questions</h2><table><thead><tr><th>#</th><th>Question</th><th class=\"num\">Facility</th>"
        "<th class=\"num\">r<sub>pb</sub></th><th class=\"num\">D 27%</th><th>Options picked</th><th>Flags</th>"
        "</tr></thead><tbody>",
    ]
    for item in analysis.items:
        parts.append(
            f"<tr><td>{item.number}</td><td>{escape(item.prompt)}<br><small>{escape(item.card_id)}</small></td>"
            f"<td class=\"num\">{item.facility:.0%}</td><td class=\"num\">{_num(item.point_biserial)}</td>"
            f"<td class=\"num\">{_num(item.upper_lower)}</td><td>{_option_bars(item)}</td>"
            f"<td class=\"flag\">{escape(', '.join(flags(item)))}</td></tr>")
    parts.append("</tbody></table>\n</body>\n</html>\n")
    return "\n".join(parts)


def _histogram(analysis: Analysis) -> str:
    bins = distribution(analysis)
    width, height, pad = 600, 180, 24
    top = max((c for _, c in bins), default=1) or 1
    bar = (width - 2 * pad) / max(len(bins), 1)
    shapes = []
    for i, (score, count) in enumerate(bins):
        h = (height - 2 * pad) * count / top
        x = pad + i * bar
        shapes.append(f"<rect x=\"{x:.1f}\" y=\"{height - pad - h:.1f}\" width=\"{bar * 0.85:.1f}\" height=\"{h:.1f}\" "
                      f"fill=\"#4a7ab5\"><title>{score:g}: {count} student(s)</title></rect>")
        shapes.append(f"<text x=\"{x + bar * 0.42:.1f}\" y=\"{height - 6}\" font-size=\"10\" "
                      f"text-anchor=\"middle\">{score:g}</text>")
    return (f"<figure><svg role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" "
            f"xmlns=\"http://www.w3.org/2000/svg\">{''.join(shapes)}</svg>"
            "<figcaption>Students by total score.</figcaption></figure>")


def _scatter(analysis: Analysis) -> str:
    width, height, pad = 600, 260, 36
    shapes = [f"<line x1=\"{pad}\" y1=\"{height / 2}\" x2=\"{width - pad}\" y2=\"{height / 2}\" stroke=\"#999\"/>",
              f"<text x=\"{width / 2}\" y=\"{height - 4}\" font-size=\"11\" text-anchor=\"middle\">facility 0–100%</text>",
              f"<text x=\"10\" y=\"{pad - 12}\" font-size=\"11\">r_pb +1</text>",
              f"<text x=\"10\" y=\"{height - pad + 22}\" font-size=\"11\">−1</text>"]
    for item in analysis.items:
        if item.point_biserial is None:
            continue
        x = pad + (width - 2 * pad) * item.facility
        y = height / 2 - (height / 2 - pad) * item.point_biserial
        colour = "#a00" if flags(item) else "#4a7ab5"
        shapes.append(f"<circle cx=\"{x:.1f}\" cy=\"{y:.1f}\" r=\"5\" fill=\"{colour}\"><title>Q{item.number} "
                      f"{escape(item.fact)}: facility {item.facility:.0%}, r_pb {item.point_biserial:+.2f}</title></circle>")
        shapes.append(f"<text x=\"{x + 7:.1f}\" y=\"{y + 4:.1f}\" font-size=\"10\">{item.number}</text>")
    return (f"<figure><svg role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" "
            f"xmlns=\"http://www.w3.org/2000/svg\">{''.join(shapes)}</svg>"
            "<figcaption>Each question by facility (across) and point-biserial (up); red ones are flagged.</figcaption>"
            "</figure>")


def _option_bars(item: ItemFigures) -> str:
    if not item.options:
        return "<small>written answer</small>"
    rows = []
    for option in item.options:
        width = round(120 * option.rate)
        colour = "#3a8a3a" if option.is_key else ("#c33" if option.rate < RARE_DISTRACTOR else "#888")
        rows.append(f"<div><svg width=\"124\" height=\"10\" xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"{width}\" "
                    f"height=\"10\" fill=\"{colour}\"/></svg> {option.rate:.0%} {'<b>' if option.is_key else ''}"
                    f"{escape(option.text)}{'</b>' if option.is_key else ''}</div>")
    return "".join(rows)
