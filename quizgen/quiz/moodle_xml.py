"""Moodle XML: MCQ as `multichoice` (single answer), cloze as `shortanswer` with every accepted text and
reading (quiz/accepted.py), or `numerical` for a plain number with no word form and no unit.

Texts are HTML (`format="html"`): each is HTML-escaped, then ElementTree escapes it again for XML,
so a reader gets the deck text back with `html.unescape(element.text)`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape

from quizgen.quiz.accepted import numeric_value, readings
from quizgen.quiz.build import Quiz, VersionItem
from quizgen.quiz.gift import question_name


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    """One Moodle XML file with version A's questions, in a category named after the quiz."""
    version = quiz.versions[0]
    root = ET.Element("quiz")
    root.append(ET.Comment(f" made by quizgen: version {version.name}, seed {quiz.seed}, quiz {quiz.quiz_id} "))
    category = ET.SubElement(root, "question", type="category")
    _text(ET.SubElement(category, "category"), f"$course$/top/{quiz.title.replace('/', '-')}")
    for item in version.items:
        root.append(_question(item))
    ET.indent(root)
    return [("quiz.moodle.xml", ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n")]


def _text(parent: ET.Element, value: str) -> ET.Element:
    ET.SubElement(parent, "text").text = value
    return parent


def _html(parent: ET.Element, tag: str, value: str) -> ET.Element:
    return _text(ET.SubElement(parent, tag, format="html"), escape(value, quote=False))


def _question(item: VersionItem) -> ET.Element:
    card = item.question.card
    value = None if item.answer_index is not None else numeric_value(card)
    kind = "multichoice" if item.answer_index is not None else "shortanswer" if value is None else "numerical"
    question = ET.Element("question", type=kind)
    _text(ET.SubElement(question, "name"), question_name(item))
    _html(question, "questiontext", card.prompt)
    if card.note:
        _html(question, "generalfeedback", card.note)
    ET.SubElement(question, "defaultgrade").text = str(item.question.points)
    ET.SubElement(question, "penalty").text = "0"
    ET.SubElement(question, "hidden").text = "0"
    ET.SubElement(question, "idnumber").text = card.id  # Moodle's question id number: deck:fact:blank:kind
    if item.answer_index is not None:
        ET.SubElement(question, "single").text = "true"
        ET.SubElement(question, "shuffleanswers").text = "true"
        ET.SubElement(question, "answernumbering").text = "ABCD"
        for index, option in enumerate(item.options):
            fraction = "100" if index == item.answer_index else "0"
            answer = ET.SubElement(question, "answer", fraction=fraction, format="html")
            _text(answer, escape(option, quote=False))
    elif value is not None:
        # Moodle's numerical type (qformat_xml `import_numerical`): the value within a tolerance of 0,
        # no units (`showunits` 3, "units not used": a unit typed after the number is refused as
        # invalid, never counted wrong).
        answer = ET.SubElement(question, "answer", fraction="100", format="moodle_auto_format")
        _text(answer, value)
        ET.SubElement(answer, "tolerance").text = "0"
        for tag, setting in (("unitgradingtype", "0"), ("unitpenalty", "0.1"), ("showunits", "3"), ("unitsleft", "0")):
            ET.SubElement(question, tag).text = setting
    else:
        ET.SubElement(question, "usecase").text = "0"  # case-insensitive
        for accepted in readings(card):
            # Moodle compares a short answer's text as typed (no HTML), where `*` is a wildcard
            # and `\*` a literal asterisk.
            answer = ET.SubElement(question, "answer", fraction="100", format="plain_text")
            _text(answer, accepted.replace("*", "\\*"))
    return question
