"""Every output of `quizgen quiz`, read back by a real reader, for a plain deck and a deck full of
characters special to some format (GIFT, XML/HTML, Markdown, Typst, TSV)."""

from __future__ import annotations

import html
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from openpyxl import load_workbook
from pypdf import PdfReader
from quiz_gift_reader import parse_gift
from quiz_helpers import html_text, nasty_deck, norm, quiz_for, run_cli, school_deck, write_deck

from quizgen.core.model import CardKind
from quizgen.quiz import kahoot
from quizgen.quiz.build import Quiz, VersionItem
from quizgen.quiz.qti import QTI_NS, quiz_ident
from quizgen.quiz.qti_check import check_package

OPTIONS = dict(n=12, versions=3, seed=11)
DECKS = {"school": school_deck, "nasty": nasty_deck}


@dataclass
class Made:
    quiz: Quiz
    out: Path
    deck: Path


@pytest.fixture(scope="module", params=sorted(DECKS))
def made(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Made:
    folder = tmp_path_factory.mktemp(request.param)
    deck = write_deck(folder, request.param, DECKS[request.param]())
    out = folder / "out"
    assert run_cli("quiz", deck, "-o", out, "-n", OPTIONS["n"], "--versions", OPTIONS["versions"],
                   "--seed", OPTIONS["seed"]) == 0
    return Made(quiz_for(deck, **OPTIONS), out, deck)


def items(made: Made, version: int = 0) -> tuple[VersionItem, ...]:
    return made.quiz.versions[version].items


# --- PDF --------------------------------------------------------------------------------------

def squash(text: str) -> str:
    """Text without whitespace: a PDF's line wrapping adds breaks (even at "](") that the text lacks."""
    return re.sub(r"\s+", "", text)


def pdf_pages(path: Path) -> list[str]:
    return [squash(page.extract_text()) for page in PdfReader(path).pages]


def find_in_order(text: str, pieces: list[str]) -> None:
    position = 0
    for piece in pieces:
        found = text.find(squash(piece), position)
        assert found >= 0, piece
        position = found + len(squash(piece))


def test_each_pdf_sheet_holds_its_version_in_order(made: Made) -> None:
    for version in made.quiz.versions:
        pages = pdf_pages(made.out / f"quiz-{version.name}.pdf")
        label = squash(f"Version {version.name} · seed {made.quiz.seed}")
        assert all(label in page for page in pages), "seed and version on every page"
        text = "".join(pages)
        assert "Name" in text and "Class" in text and "Date" in text
        pieces = []
        for item in version.items:
            parts = item.question.card.prompt.split("____")
            pieces.append(f"{item.number}. {parts[0]}")
            pieces.extend(parts[1:])
            # each option right after its letter bubble, in the version's order
            pieces.extend(f"{'ABCDEF'[index]} {option}" for index, option in enumerate(item.options))
        find_in_order(text, pieces)


def test_pdf_answer_key_matches_every_version(made: Made) -> None:
    pages = pdf_pages(made.out / "answer-key.pdf")
    text = "".join(pages)
    for version in made.quiz.versions:
        label = squash(f"Answer key · Version {version.name} · seed {made.quiz.seed}")
        assert label in text
        pieces = [label]
        for item in version.items:
            source = item.question.source
            pieces.extend([f"{item.number} {item.answer}", f"{source.location} ({source.fact_id})"])
        find_in_order(text, pieces)
    assert len(pages) >= len(made.quiz.versions)
    assert all(squash("Answer key · Version") in page for page in pages), "version on every key page"


# --- HTML and Markdown ----------------------------------------------------------------------------

def assert_in_order(text: str, pieces: list[str]) -> None:
    position = 0
    for piece in pieces:
        found = text.find(norm(piece), position)
        assert found >= 0, piece
        position = found + len(norm(piece))


def sheet_pieces(item: VersionItem) -> list[str]:
    return [p for p in item.question.card.prompt.split("____") if p.strip()] + list(item.options)


def test_html_sheets_and_key(made: Made) -> None:
    for version in made.quiz.versions:
        text = html_text((made.out / f"quiz-{version.name}.html").read_text(encoding="utf-8"))
        assert f"Version {version.name} · seed {made.quiz.seed}" in text
        assert_in_order(text, [piece for item in version.items for piece in sheet_pieces(item)])
    key = html_text((made.out / "answer-key.html").read_text(encoding="utf-8"))
    for version in made.quiz.versions:
        assert_in_order(key, [f"Version {version.name}"] + [f"{i.number} {i.answer}" for i in version.items])


def test_markdown_renders_back_to_the_same_text(made: Made) -> None:
    renderer = MarkdownIt("commonmark").enable("table")
    for version in made.quiz.versions:
        rendered = renderer.render((made.out / f"quiz-{version.name}.md").read_text(encoding="utf-8"))
        text = html_text(rendered)
        assert f"Version {version.name} · seed {made.quiz.seed}" in text
        assert_in_order(text, [piece for item in version.items for piece in sheet_pieces(item)])
        assert rendered.count("<ol") == 1, "one numbered list of questions: no text broke it"
    key = html_text(renderer.render((made.out / "answer-key.md").read_text(encoding="utf-8")))
    for version in made.quiz.versions:
        assert_in_order(key, [f"Version {version.name}"] + [f"{i.number} {i.answer}" for i in version.items])


# --- Moodle ---------------------------------------------------------------------------------------

def test_gift_parses_back_to_the_questions(made: Made) -> None:
    questions = parse_gift((made.out / "quiz.gift.txt").read_text(encoding="utf-8"))
    assert len(questions) == len(items(made))
    for question, item in zip(questions, items(made)):
        card = item.question.card
        assert question.text == norm(card.prompt)
        if card.kind is CardKind.MCQ:
            assert [a.text for a in question.answers] == [norm(o) for o in item.options]
            assert [a.text for a in question.answers if a.correct] == [norm(card.answer)]
        else:
            assert all(a.correct for a in question.answers)
            assert [a.text for a in question.answers] == [norm(a) for a in card.accept]


def test_moodle_xml_parses_back_to_the_questions(made: Made) -> None:
    root = ET.parse(made.out / "quiz.moodle.xml").getroot()
    assert root.tag == "quiz"
    questions = [q for q in root.findall("question") if q.get("type") != "category"]
    assert len(questions) == len(items(made))
    for question, item in zip(questions, items(made)):
        card = item.question.card
        assert html.unescape(question.findtext("questiontext/text") or "") == card.prompt
        answers = question.findall("answer")
        if card.kind is CardKind.MCQ:
            assert question.get("type") == "multichoice" and question.findtext("single") == "true"
            assert [html.unescape(a.findtext("text") or "") for a in answers] == list(item.options)
            correct = [html.unescape(a.findtext("text") or "") for a in answers if a.get("fraction") == "100"]
            assert correct == [card.answer]
            assert all(a.get("fraction") == "0" for a in answers if a.findtext("text") != html.escape(card.answer, quote=False))
        else:
            assert question.get("type") == "shortanswer"
            texts = [(a.findtext("text") or "").replace("\\*", "*") for a in answers]
            assert texts == list(card.accept) and all(a.get("fraction") == "100" for a in answers)


# --- QTI (Canvas) ---------------------------------------------------------------------------------

def test_qti_package_is_valid_and_holds_the_questions(made: Made) -> None:
    data = (made.out / "quiz.qti.zip").read_bytes()
    assert check_package(data) == []
    ident = quiz_ident(made.quiz)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert set(archive.namelist()) == {"imsmanifest.xml", f"{ident}/{ident}.xml", f"{ident}/assessment_meta.xml"}
        root = ET.fromstring(archive.read(f"{ident}/{ident}.xml"))
    q = f"{{{QTI_NS}}}"
    qti_items = root.findall(f".//{q}item")
    assert len(qti_items) == len(items(made))
    for element, item in zip(qti_items, items(made)):
        card = item.question.card
        assert html.unescape(element.findtext(f"{q}presentation/{q}material/{q}mattext") or "") == card.prompt
        correct = [v.text for v in element.iter(f"{q}varequal")]
        if card.kind is CardKind.MCQ:
            labels = element.findall(f".//{q}response_label")
            texts = {label.get("ident"): html.unescape(label.findtext(f"{q}material/{q}mattext") or "") for label in labels}
            assert list(texts.values()) == list(item.options)
            assert [texts[c] for c in correct] == [card.answer]  # type: ignore[index]
        else:
            assert correct == list(card.accept)


def test_qti_check_catches_broken_packages(made: Made) -> None:
    data = (made.out / "quiz.qti.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    ident = quiz_ident(made.quiz)
    broken = dict(members)
    # Drop the first item's scoring, and the Canvas metadata file.
    broken[f"{ident}/{ident}.xml"] = re.sub(
        rb"<conditionvar>.*?</conditionvar>", b"<conditionvar/>", members[f"{ident}/{ident}.xml"], count=1, flags=re.S)
    del broken[f"{ident}/assessment_meta.xml"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in broken.items():
            archive.writestr(name, content)
    problems = check_package(buffer.getvalue())
    assert any("assessment_meta.xml is not in the zip" in p for p in problems)
    first_item = f"item {ident}_q{made.quiz.versions[0].items[0].question.key}:"
    assert any(p.startswith(f"{ident}/{ident}.xml: {first_item}") and "scoring 100" in p for p in problems), problems
    malformed = dict(members)
    malformed["imsmanifest.xml"] = members["imsmanifest.xml"].replace(b"</manifest>", b"")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in malformed.items():
            archive.writestr(name, content)
    assert any(p.startswith("imsmanifest.xml: no element found") for p in check_package(buffer.getvalue()))


# --- Kahoot and Quizlet ---------------------------------------------------------------------------

def test_kahoot_xlsx_follows_the_template_and_cuts_nothing(made: Made) -> None:
    sheet = load_workbook(made.out / "quiz.kahoot.xlsx").active
    assert [sheet.cell(kahoot.HEADER_ROW, c).value for c in range(2, 9)] == list(kahoot.HEADERS)
    mcqs = [i for i in items(made) if i.answer_index is not None]
    rows = list(sheet.iter_rows(min_row=kahoot.FIRST_ROW, values_only=True))
    rows = [r for r in rows if any(v is not None for v in r)]
    assert len(rows) == len(mcqs)
    for number, (row, item) in enumerate(zip(rows, mcqs), start=1):
        assert row[0] == number
        assert row[1] == item.question.card.prompt  # in full, even past 120 characters
        assert list(row[2:2 + len(item.options)]) == list(item.options)
        assert row[6] in kahoot.TIME_LIMITS
        assert row[2 + row[7] - 1] == item.question.card.answer


def test_kahoot_reports_every_over_long_text_naming_the_fact(made: Made, capsys: pytest.CaptureFixture[str]) -> None:
    long_items = [i for i in items(made) if i.answer_index is not None and
                  (len(i.question.card.prompt) > 120 or any(len(o) > 75 for o in i.options))]
    problems = kahoot.problems(made.quiz)
    reported = {p.message.split("'")[1] for p in problems}
    assert reported == {i.question.source.fact_id for i in long_items}
    assert all(str(p).startswith(f"{made.deck}:") for p in problems)


def test_quizlet_lines_have_exactly_one_tab(made: Made) -> None:
    lines = (made.out / "quiz.quizlet.txt").read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert len(lines) == len(items(made))
    for line, item in zip(lines, items(made)):
        term, definition = line.split("\t")  # exactly one tab
        assert term == norm(item.question.card.prompt)
        assert definition.startswith(norm(item.question.card.answer))


def test_the_nasty_deck_really_is_nasty() -> None:
    """Guard: the escaping tests above only mean something if the nasty deck has every character."""
    text = str(nasty_deck())
    for ch in "~=#{}:\\&<>\"'*_[]|`$@\t\n":
        assert ch in text or repr(ch)[1:-1] in text, ch
    assert re.search(r"\\t", text)
