"""QTI 1.2 for Canvas (and other LMSs that import it): a zip with imsmanifest.xml, the assessment and
Canvas's assessment_meta.xml. MCQ is `multiple_choice_question`, cloze is `short_answer_question`
with every accepted text and reading (quiz/accepted.py), or `numerical_question` (an exact answer,
as Canvas writes one) for a plain number with no word form and no unit.

Checked against Canvas's own converter (Instructure's QTIMigrationTool, run on these packages; see
docs/quiz.md): several accepted answers go in one `respcondition` each (sibling `varequal`s in one
`conditionvar` are read as all required, `<and>`). Each item's ident names its card
(`quizgen_<quiz id>_<deck>_<fact>_<blank>_<kind>`) and a `quizgen_card_id` metadata field holds
the card id itself, so an item maps back to its deck, fact and blank.

Written with ElementTree rather than text2qti: text2qti reads its own Markdown-like text (so deck
text would need Markdown escaping on top of XML escaping) and stamps its zip and manifest with the
current date, which would break byte-identical output. `check_package` validates what is written.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape

from quizgen.quiz.accepted import numeric_value, readings
from quizgen.quiz.build import Quiz, VersionItem
from quizgen.quiz.files import deterministic_zip
from quizgen.quiz.gift import question_name

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
QTI_SCHEMA = f"{QTI_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
CP_SCHEMA = f"{CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
CANVAS_SCHEMA = f"{CANVAS_NS} https://canvas.instructure.com/xsd/cccv1p0.xsd"
MCQ_TYPE = "multiple_choice_question"
SHORT_TYPE = "short_answer_question"
NUMERICAL_TYPE = "numerical_question"
PACKAGE_NAME = "quiz.qti.zip"
CARD_ID_FIELD = "quizgen_card_id"


def quiz_ident(quiz: Quiz) -> str:
    """The package's identifier: the quiz id (see the manifest), as an XML name."""
    return f"quizgen_{quiz.quiz_id}"


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    """The Canvas QTI zip with version A's questions (Canvas can shuffle answers itself)."""
    ident = quiz_ident(quiz)
    meta_ident = f"{ident}_meta"
    members = [
        ("imsmanifest.xml", _xml(_manifest(ident, meta_ident, quiz.title))),
        (f"{ident}/{ident}.xml", _xml(_assessment(quiz, ident))),
        (f"{ident}/assessment_meta.xml", _xml(_meta(quiz, ident))),
    ]
    return [(PACKAGE_NAME, deterministic_zip(members))]


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _manifest(ident: str, meta_ident: str, title: str) -> ET.Element:
    root = ET.Element("manifest", {"identifier": f"{ident}_manifest", "xmlns": CP_NS, f"{{{XSI_NS}}}schemaLocation": CP_SCHEMA})
    metadata = ET.SubElement(root, "metadata")
    ET.SubElement(metadata, "schema").text = "IMS Content"
    ET.SubElement(metadata, "schemaversion").text = "1.1.3"
    ET.SubElement(root, "organizations")
    resources = ET.SubElement(root, "resources")
    resource = ET.SubElement(resources, "resource", identifier=ident, type="imsqti_xmlv1p2")
    ET.SubElement(resource, "file", href=f"{ident}/{ident}.xml")
    ET.SubElement(resource, "dependency", identifierref=meta_ident)
    meta = ET.SubElement(
        resources,
        "resource",
        identifier=meta_ident,
        type="associatedcontent/imscc_xmlv1p1/learning-application-resource",
        href=f"{ident}/assessment_meta.xml",
    )
    ET.SubElement(meta, "file", href=f"{ident}/assessment_meta.xml")
    return root


def _meta(quiz: Quiz, ident: str) -> ET.Element:
    root = ET.Element("quiz", {"identifier": ident, "xmlns": CANVAS_NS, f"{{{XSI_NS}}}schemaLocation": CANVAS_SCHEMA})
    ET.SubElement(root, "title").text = quiz.title
    ET.SubElement(root, "description").text = escape(
        f"Made by quizgen: version {quiz.versions[0].name}, seed {quiz.seed}.", quote=False
    )
    for tag, value in (
        ("shuffle_answers", "true"),
        ("scoring_policy", "keep_highest"),
        ("quiz_type", "assignment"),
        ("points_possible", str(sum(q.points for q in quiz.questions))),
        ("allowed_attempts", "1"),
    ):
        ET.SubElement(root, tag).text = value
    return root


def _field(parent: ET.Element, label: str, entry: str) -> None:
    field = ET.SubElement(parent, "qtimetadatafield")
    ET.SubElement(field, "fieldlabel").text = label
    ET.SubElement(field, "fieldentry").text = entry


def _mattext(parent: ET.Element, text: str) -> None:
    material = ET.SubElement(parent, "material")
    ET.SubElement(material, "mattext", texttype="text/html").text = escape(text, quote=False)


def _assessment(quiz: Quiz, ident: str) -> ET.Element:
    root = ET.Element("questestinterop", {"xmlns": QTI_NS, f"{{{XSI_NS}}}schemaLocation": QTI_SCHEMA})
    assessment = ET.SubElement(root, "assessment", ident=f"{ident}_assessment", title=quiz.title)
    metadata = ET.SubElement(assessment, "qtimetadata")
    _field(metadata, "cc_maxattempts", "1")
    section = ET.SubElement(assessment, "section", ident="root_section")
    for item in quiz.versions[0].items:
        section.append(_item(item, item_ident(quiz, item)))
    return root


def item_ident(quiz: Quiz, item: VersionItem) -> str:
    """The item's ident: the quiz's ident and the card id (`:` is no XML name character)."""
    return f"{quiz_ident(quiz)}_{item.question.card.id.replace(':', '_')}"


def _item(item: VersionItem, ident: str) -> ET.Element:
    card = item.question.card
    is_mcq = item.answer_index is not None
    value = None if is_mcq else numeric_value(card)
    element = ET.Element("item", ident=ident, title=question_name(item))
    metadata = ET.SubElement(ET.SubElement(element, "itemmetadata"), "qtimetadata")
    choice_ids = [f"{ident}_{i}" for i in range(len(item.options))]
    _field(metadata, "question_type", MCQ_TYPE if is_mcq else SHORT_TYPE if value is None else NUMERICAL_TYPE)
    _field(metadata, "points_possible", f"{float(item.question.points)}")
    _field(metadata, "original_answer_ids", ",".join(choice_ids))
    _field(metadata, "assessment_question_identifierref", f"{ident}_ref")
    _field(metadata, CARD_ID_FIELD, card.id)
    presentation = ET.SubElement(element, "presentation")
    _mattext(presentation, card.prompt)
    if is_mcq:
        response = ET.SubElement(presentation, "response_lid", ident="response1", rcardinality="Single")
        choices = ET.SubElement(response, "render_choice")
        for choice_id, option in zip(choice_ids, item.options):
            _mattext(ET.SubElement(choices, "response_label", ident=choice_id), option)
        correct = [choice_ids[item.answer_index]]  # type: ignore[index]
    elif value is not None:
        response = ET.SubElement(presentation, "response_str", ident="response1", rcardinality="Single")
        ET.SubElement(ET.SubElement(response, "render_fib", fibtype="Decimal"), "response_label", ident="answer1")
        correct = []
    else:
        response = ET.SubElement(presentation, "response_str", ident="response1", rcardinality="Single")
        ET.SubElement(ET.SubElement(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
        correct = list(readings(card))
    processing = ET.SubElement(element, "resprocessing")
    outcomes = ET.SubElement(processing, "outcomes")
    ET.SubElement(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    if value is not None:
        # An exact answer as Canvas writes one and its importer reads it (NumericInteraction: the
        # value under <or>, its margin the <varlte> bound minus it, here 0).
        condition = ET.SubElement(processing, "respcondition", {"continue": "No"})
        either = ET.SubElement(ET.SubElement(condition, "conditionvar"), "or")
        ET.SubElement(either, "varequal", respident="response1").text = value
        bounds = ET.SubElement(either, "and")
        ET.SubElement(bounds, "vargte", respident="response1").text = value
        ET.SubElement(bounds, "varlte", respident="response1").text = value
        ET.SubElement(condition, "setvar", action="Set", varname="SCORE").text = "100"
    for value in correct:  # one condition per accepted answer: any of them is right
        condition = ET.SubElement(processing, "respcondition", {"continue": "No"})
        ET.SubElement(ET.SubElement(condition, "conditionvar"), "varequal", respident="response1").text = value
        ET.SubElement(condition, "setvar", action="Set", varname="SCORE").text = "100"
    return element
