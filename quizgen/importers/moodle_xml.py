"""Moodle XML question banks (question/format/xml): `<question type="...">` elements with
`<name>`, `<questiontext format="...">`, `<answer fraction="...">` (with `<feedback>`),
`<generalfeedback>`, `<tags>`, and `type="category"` entries setting the category (a tag).
Embedded answers (`cloze`/multianswer: `{1:SHORTANSWER:=Paris}`, `{1:MULTICHOICE:=A~B}`) become
blanks in the text. The facts follow `importers.questions`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from quizgen.core.problems import InputError, Problem
from quizgen.importers import ImportOptions
from quizgen.importers.html_text import html_to_text
from quizgen.importers.model import Imported, ImportedDeck, ImportedFact, Skipped, blank, literal, readable_id, \
    unique_ids
from quizgen.importers.questions import Choice, Question, category_tags, is_number, question_fact

_EMBEDDED = re.compile(r"\{(\d*):(SHORTANSWER|SA|MW|SHORTANSWER_C|SAC|MWC|MULTICHOICE|MC|MULTICHOICE_V|MCV|"
                       r"MULTICHOICE_H|MCH|MULTIRESPONSE|MR|NUMERICAL|NM|MULTICHOICE_S|MCS|MULTICHOICE_VS|MCVS|"
                       r"MULTICHOICE_HS|MCHS):((?:\\\}|[^}])*)\}")


def _text_of(element: ET.Element | None) -> str:
    """The plain text of a Moodle text element (`<x format="html"><text>...</text></x>`)."""
    if element is None:
        return ""
    inner = element.find("text")
    raw = (inner.text if inner is not None else element.text) or ""
    text_format = element.get("format", "html")
    if text_format in ("html", "moodle_auto_format") and ("<" in raw or "&" in raw):
        return html_to_text(raw).text
    return raw.strip()


def read(path: Path, options: ImportOptions, kind: str) -> Imported:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        line = error.position[0] if error.position else None
        raise InputError([Problem(path, line, None, f"is not well-formed XML ({error}).",
                                  "export the question bank from Moodle again (Question bank > Export, Moodle XML).")]) \
            from None
    except OSError as error:
        raise InputError([Problem(path, None, None, f"cannot read the file: {error.strerror or error}.")]) from None
    if root.tag != "quiz":
        raise InputError([Problem(path, None, None, f"the root element is <{root.tag}>, not <quiz>: not a Moodle XML "
                                  "question bank.", "export it from Moodle as Moodle XML.")])
    facts: list[ImportedFact] = []
    skipped: list[Skipped] = []
    tags: tuple[str, ...] = ()
    for number, element in enumerate(root.findall("question"), start=1):
        kind_name = element.get("type", "")
        if kind_name == "category":
            tags = category_tags(_text_of(element.find("category")))
            continue
        name = _text_of(element.find("name"))
        where = f"question '{name}'" if name else f"question {number}"
        own_tags = tuple(t for t in (_text_of(tag) for tag in element.iterfind("tags/tag")) if t)
        all_tags = tuple(dict.fromkeys("_".join(t.split()) for t in (*tags, *own_tags)))
        feedback = _text_of(element.find("generalfeedback"))
        if kind_name in ("cloze", "multianswer"):
            fact = _embedded(element, name, where, all_tags, feedback, skipped)
            if fact is not None:
                facts.append(fact)
            continue
        if kind_name == "multichoice" and (element.findtext("single") or "true").strip().lower() in ("false", "0"):
            right = [a for a in element.findall("answer") if _fraction(a) > 0]
            if len(right) != 1:
                skipped.append(Skipped(where, "several right answers: quizgen MCQs have one"))
                continue
        choices = tuple(Choice(_text_of(a), _fraction(a)) for a in element.findall("answer"))
        tolerance = max((float(a.findtext("tolerance") or 0) for a in element.findall("answer")
                         if _fraction(a) >= 99.999 and is_number(a.findtext("tolerance") or "0")), default=0.0)
        question = Question(kind_name, name, _text_of(element.find("questiontext")), "", choices, all_tags, feedback,
                            where, tolerance)
        fact = question_fact(question, skipped)
        if fact is not None:
            facts.append(fact)
    title = _title(root, path)
    return Imported(path, "Moodle XML", [ImportedDeck((), title, tuple(unique_ids(facts)))], skipped)


def _fraction(answer: ET.Element) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        return 0.0



def _title(root: ET.Element, path: Path) -> str:
    for element in root.findall("question"):
        if element.get("type") == "category":
            tags = category_tags(_text_of(element.find("category")))
            if tags:
                return tags[0].split("::")[-1].replace("_", " ")
    return " ".join(re.split(r"[_\-.]+", path.name.split(".")[0])).strip().capitalize() or path.stem


def _embedded(element: ET.Element, name: str, where: str, tags: tuple[str, ...], feedback: str,
              skipped: list[Skipped]) -> ImportedFact | None:
    """A Moodle "embedded answers" question: each `{n:TYPE:answers}` becomes a blank."""
    text = _text_of(element.find("questiontext"))
    parts: list[str] = []
    position = 0
    distractors: list[str] = []
    blanks = 0
    for match in _EMBEDDED.finditer(text):
        parts.append(literal(text[position:match.start()]))
        position = match.end()
        subtype, body = match.group(2), match.group(3)
        entries = [e for e in re.split(r"(?<!\\)~", body) if e.strip()]
        right, wrong = [], []
        for entry in entries:
            entry = entry.split("#", 1)[0]
            weight = re.match(r"^(=|%(-?\d+(?:\.\d+)?)%)", entry)
            value = entry[weight.end():] if weight else entry
            value = value.replace("\\}", "}").replace("\\~", "~").replace("\\#", "#").strip()
            fraction = 100.0 if weight and weight.group(1) == "=" else float(weight.group(2)) if weight and \
                weight.group(2) else 0.0
            (right if fraction >= 99.999 else wrong).append(value)
        if subtype in ("NUMERICAL", "NM") and any(":" in r for r in right):
            right = [r.split(":", 1)[0] for r in right]
        if not right or subtype in ("MULTIRESPONSE", "MR"):
            skipped.append(Skipped(where, f"an embedded {subtype} answer quizgen cannot check"))
            return None
        if subtype.startswith(("MULTICHOICE", "MC")):
            parts.append(blank(right[0]))
            distractors += [w for w in wrong if w not in distractors]
        else:
            parts.append(blank(right[0], right[1:]))
        blanks += 1
    parts.append(literal(text[position:]))
    if not blanks:
        skipped.append(Skipped(where, "an embedded-answers question with no answer"))
        return None
    hints = ("the distractors of the embedded choices are pooled for the whole fact",) if blanks > 1 and distractors \
        else ()
    return ImportedFact(id=readable_id(name) if name else readable_id(text), text="".join(parts), tags=tags,
                        distractors=tuple(distractors), note=feedback or None, origin=where, hints=hints)
