"""Structural validation of a QTI 1.2 package as `quizgen.quiz.qti` writes it and Canvas reads it.

No XSD of QTI 1.2 ships in any PyPI package we could use, so this checks the structure the spec and
Canvas's importer rely on: every manifest file present, well-formed XML in the right namespaces,
unique item idents, a known question type, and response processing that points at real choices.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from quizgen.quiz.qti import CANVAS_NS, CARD_ID_FIELD, CP_NS, MCQ_TYPE, NUMERICAL_TYPE, QTI_NS, SHORT_TYPE


def check_package(data: bytes) -> list[str]:
    """Every structural problem found in a QTI zip; an empty list means it is valid."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        return [f"not a zip file: {error}"]
    names = set(archive.namelist())
    if "imsmanifest.xml" not in names:
        return ["imsmanifest.xml is missing"]
    problems: list[str] = []
    manifest = _parse(archive, "imsmanifest.xml", problems)
    if manifest is None:
        return problems
    if manifest.tag != f"{{{CP_NS}}}manifest":
        problems.append(f"imsmanifest.xml: root is {manifest.tag}, not manifest in {CP_NS}")
    resources = manifest.findall(f"{{{CP_NS}}}resources/{{{CP_NS}}}resource")
    idents = {r.get("identifier") for r in resources}
    assessments = []
    for resource in resources:
        for file in resource.findall(f"{{{CP_NS}}}file"):
            href = file.get("href")
            if href not in names:
                problems.append(f"imsmanifest.xml: file {href} is not in the zip")
            elif resource.get("type") == "imsqti_xmlv1p2":
                assessments.append(href)
        for dependency in resource.findall(f"{{{CP_NS}}}dependency"):
            if dependency.get("identifierref") not in idents:
                problems.append(f"imsmanifest.xml: dependency {dependency.get('identifierref')} names no resource")
        if resource.get("type", "").startswith("associatedcontent"):
            for file in resource.findall(f"{{{CP_NS}}}file"):
                if file.get("href") not in names:
                    continue  # reported above
                meta = _parse(archive, file.get("href", ""), problems)
                if meta is not None and meta.tag != f"{{{CANVAS_NS}}}quiz":
                    problems.append(f"{file.get('href')}: root is {meta.tag}, not quiz in {CANVAS_NS}")
    if not assessments:
        problems.append("imsmanifest.xml: no imsqti_xmlv1p2 resource")
    for href in assessments:
        root = _parse(archive, href, problems)
        if root is not None:
            problems.extend(f"{href}: {p}" for p in check_assessment(root))
    return problems


def _parse(archive: zipfile.ZipFile, name: str, problems: list[str]) -> ET.Element | None:
    try:
        return ET.fromstring(archive.read(name))
    except (KeyError, ET.ParseError) as error:
        problems.append(f"{name}: {error}")
        return None


def check_assessment(root: ET.Element) -> list[str]:
    q = f"{{{QTI_NS}}}"
    problems: list[str] = []
    if root.tag != f"{q}questestinterop":
        return [f"root is {root.tag}, not questestinterop in {QTI_NS}"]
    assessments = root.findall(f"{q}assessment")
    if len(assessments) != 1 or not assessments[0].get("ident") or not assessments[0].get("title"):
        problems.append("needs exactly one assessment with an ident and a title")
    items = root.findall(f".//{q}section/{q}item")
    if not items:
        problems.append("the assessment holds no items")
    seen: set[str] = set()
    for item in items:
        ident = item.get("ident", "")
        where = f"item {ident}"
        if not ident or ident in seen:
            problems.append(f"{where}: missing or repeated ident")
        seen.add(ident)
        fields = {
            f.findtext(f"{q}fieldlabel"): f.findtext(f"{q}fieldentry")
            for f in item.findall(f"{q}itemmetadata/{q}qtimetadata/{q}qtimetadatafield")
        }
        kind = fields.get("question_type")
        if not (item.findtext(f"{q}presentation/{q}material/{q}mattext") or "").strip():
            problems.append(f"{where}: no question text")
        correct = [
            v.text or ""
            for v in item.findall(f"{q}resprocessing/{q}respcondition/{q}conditionvar/{q}varequal")
            + item.findall(f"{q}resprocessing/{q}respcondition/{q}conditionvar/{q}or/{q}varequal")
        ]
        setvars = item.findall(f"{q}resprocessing/{q}respcondition/{q}setvar")
        for conditionvar in item.findall(f"{q}resprocessing/{q}respcondition/{q}conditionvar"):
            if len(conditionvar.findall(f"{q}varequal")) > 1:
                problems.append(f"{where}: a condition holds several varequal, which Canvas's converter reads as "
                                "all required (<and>); give each accepted answer its own respcondition")
        if not fields.get(CARD_ID_FIELD):
            problems.append(f"{where}: no {CARD_ID_FIELD} metadata field naming its card")
        if not correct or not any(s.text == "100" for s in setvars):
            problems.append(f"{where}: no response condition scoring 100")
        if kind == MCQ_TYPE:
            labels = item.findall(f"{q}presentation/{q}response_lid/{q}render_choice/{q}response_label")
            label_ids = [label.get("ident") for label in labels]
            if len(labels) < 2:
                problems.append(f"{where}: a multiple choice question needs at least two choices")
            if len(correct) != 1 or correct[0] not in label_ids:
                problems.append(f"{where}: the correct answer must name exactly one of its choices")
            if any(not (label.findtext(f"{q}material/{q}mattext") or "").strip() for label in labels):
                problems.append(f"{where}: a choice has no text")
        elif kind == SHORT_TYPE:
            if item.find(f"{q}presentation/{q}response_str/{q}render_fib") is None:
                problems.append(f"{where}: a short answer question needs response_str/render_fib")
            if any(not c.strip() for c in correct):
                problems.append(f"{where}: an accepted answer is empty")
        elif kind == NUMERICAL_TYPE:
            fib = item.find(f"{q}presentation/{q}response_str/{q}render_fib")
            if fib is None or fib.get("fibtype") != "Decimal":
                problems.append(f"{where}: a numerical question needs response_str/render_fib fibtype=\"Decimal\"")
            for either in item.findall(f"{q}resprocessing/{q}respcondition/{q}conditionvar/{q}or"):
                low, high = either.findtext(f"{q}and/{q}vargte"), either.findtext(f"{q}and/{q}varlte")
                exact = either.findtext(f"{q}varequal")
                try:
                    if low is None or high is None or not float(low) <= float(exact or "nan") <= float(high):
                        problems.append(f"{where}: an exact answer needs <or><varequal/><and><vargte/><varlte/>"
                                        "</and></or> around its value (what Canvas's importer reads)")
                except ValueError:
                    problems.append(f"{where}: a numerical answer is not a number")
        else:
            problems.append(f"{where}: unknown question_type {kind!r}")
    return problems
