"""Every output of `quizgen quiz`, read back by a real reader, for a plain deck and a deck full of
characters special to some format (GIFT, XML/HTML, Markdown, Typst, TSV)."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from openpyxl import load_workbook
from pypdf import PdfReader
from quiz_gift_reader import moodle_matches, parse_gift
from quiz_helpers import html_text, nasty_deck, norm, numbers_deck, quiz_for, run_cli, school_deck, write_deck

from quizgen.core.model import CardKind
from quizgen.quiz import kahoot
from quizgen.quiz.accepted import numeric_value, readings
from quizgen.quiz.build import Quiz, VersionItem
from quizgen.quiz.qti import QTI_NS, quiz_ident
from quizgen.quiz.qti_check import check_package

OPTIONS = dict(n=12, versions=3, seed=11)
DECKS = {"school": school_deck, "nasty": nasty_deck, "numbers": numbers_deck}


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


def key_pieces(item: VersionItem) -> list[str]:
    """What the answer key shows for an item, in column order: never cut, the same columns for every kind."""
    card = item.question.card
    mark = item.letter or "write"
    also = list(card.accept[1:]) if item.letter is None else []
    return [f"{item.number} {mark} {card.answer}", *also, f"{item.question.points}", card.prompt]


def test_pdf_answer_key_matches_every_version(made: Made) -> None:
    pages = pdf_pages(made.out / "answer-key.pdf")
    text = "".join(pages)
    for version in made.quiz.versions:
        label = squash(f"Answer key · Version {version.name} · seed {made.quiz.seed}")
        assert label in text
        pieces = [label]
        for item in version.items:
            source = item.question.source
            pieces.extend([*key_pieces(item), f"{source.location} ({source.fact_id})"])
        find_in_order(text, pieces)
    assert len(pages) >= len(made.quiz.versions)
    assert all(squash("Answer key · Version") in page for page in pages), "version on every key page"
    assert "\\{" not in text and "…" not in text, "no leftover escapes, nothing cut"


def test_pdf_sheet_has_instructions_points_and_score_box(made: Made) -> None:
    text = "".join(pdf_pages(made.out / "quiz-A.pdf"))
    total = made.quiz.total_points
    assert squash(f"{len(made.quiz.questions)} questions, {total} points in all.") in text
    assert squash(f"Score / {total}") in text
    assert text.count(squash("(1 point)")) == len(made.quiz.questions)


def test_pdf_is_tagged_without_a_suspects_entry_poppler_reads_quietly(made: Made) -> None:
    """A tagged PDF (MarkInfo Marked true) whose catalog holds no `/Suspects`, which poppler's tools
    reported as "Syntax Error: Suspects object is wrong type"; pypdf and poppler read it cleanly."""
    for name in ("quiz-A.pdf", "answer-key.pdf"):
        path = made.out / name
        reader = PdfReader(path, strict=True)
        mark_info = reader.trailer["/Root"]["/MarkInfo"]
        assert bool(mark_info["/Marked"]) and "/Suspects" not in mark_info
        assert "/StructTreeRoot" in reader.trailer["/Root"]  # still tagged for screen readers
        if shutil.which("pdfinfo"):
            done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
            assert done.stderr == ""


# --- HTML and Markdown ----------------------------------------------------------------------------

def assert_in_order(text: str, pieces: list[str]) -> None:
    position = 0
    for piece in pieces:
        found = text.find(norm(piece), position)
        assert found >= 0, piece
        position = found + len(norm(piece))


def sheet_pieces(item: VersionItem) -> list[str]:
    return [p for p in item.question.card.prompt.split("____") if p.strip()] + list(item.options)


def blank_edges(item: VersionItem) -> list[str]:
    """For a cloze item, the words around each blank with the spaces the text has next to it."""
    parts = item.question.card.prompt.split("____")
    found = []
    for before, after in zip(parts, parts[1:]):
        if before.strip():
            found.append(norm(before)[-12:] + (" " if before[-1:].isspace() else "") + "BLANK")
        if after.strip():
            found.append("BLANK" + (" " if after[:1].isspace() else "") + norm(after)[:12])
    return found


def test_html_sheets_and_key(made: Made) -> None:
    for version in made.quiz.versions:
        text = html_text((made.out / f"quiz-{version.name}.html").read_text(encoding="utf-8"))
        assert f"Version {version.name} · seed {made.quiz.seed}" in text
        assert_in_order(text, [piece for item in version.items for piece in sheet_pieces(item)])
        assert f"{made.quiz.total_points} points in all" in text and f"Score / {made.quiz.total_points}" in text
    key = html_text((made.out / "answer-key.html").read_text(encoding="utf-8"))
    for version in made.quiz.versions:
        assert_in_order(key, [f"Version {version.name}"] + [p for i in version.items for p in key_pieces(i)])
    assert "\\{" not in key


def test_markdown_renders_back_to_the_same_text(made: Made) -> None:
    renderer = MarkdownIt("commonmark").enable("table")
    for version in made.quiz.versions:
        source = (made.out / f"quiz-{version.name}.md").read_text(encoding="utf-8")
        rendered = renderer.render(source)
        text = html_text(rendered)
        assert f"Version {version.name} · seed {made.quiz.seed}" in text
        assert_in_order(text, [piece for item in version.items for piece in sheet_pieces(item)])
        assert rendered.count("<ol") == 1, "one numbered list of questions: no text broke it"
        spaced = text.replace("_" * 10, "BLANK")
        for item in version.items:
            if item.answer_index is None:
                for edge in blank_edges(item):
                    assert edge in spaced, edge  # "appeared in ____ films", never "in____films"
    key = html_text(renderer.render((made.out / "answer-key.md").read_text(encoding="utf-8")))
    for version in made.quiz.versions:
        assert_in_order(key, [f"Version {version.name}"] + [p for i in version.items for p in key_pieces(i)])


# --- Moodle ---------------------------------------------------------------------------------------

def test_gift_imports_as_moodle_reads_it_and_grades_right(made: Made) -> None:
    questions = parse_gift((made.out / "quiz.gift.txt").read_text(encoding="utf-8"))
    assert len(questions) == len(items(made))
    for question, item in zip(questions, items(made)):
        card = item.question.card
        assert question.name == f"Q{item.number:02d} {card.id}"
        assert question.format == "html" and question.shown_text() == norm(card.prompt)
        if card.kind is CardKind.MCQ:
            assert question.qtype == "multichoice"
            assert [html.unescape(a.text) for a in question.answers] == [norm(o) for o in item.options]
            assert [html.unescape(a.text) for a in question.answers if a.fraction == 1] == [norm(card.answer)]
            assert all(a.fraction == 0 for a in question.answers if html.unescape(a.text) != norm(card.answer))
        elif numeric_value(card) is not None:
            assert question.qtype == "numerical"
            assert [a.text for a in question.answers] == [f"{float(card.answer)!r}:0.0"]
        else:
            assert question.qtype == "shortanswer" and all(a.fraction == 1 for a in question.answers)
            patterns = [a.text for a in question.answers]
            for accepted in readings(card):  # typed as written, Moodle grades it right
                assert any(moodle_matches(norm(accepted), p) for p in patterns), (accepted, patterns)
            for pattern in patterns:  # nothing HTML-escaped, every `*` literal
                assert "&amp;" not in pattern and "&lt;" not in pattern.replace("&lt;", "") or "&lt;" in card.answer
                if "*" in pattern:
                    assert not moodle_matches(pattern.replace("\\*", "XYZ"), pattern)


def test_the_gift_reader_is_moodles(tmp_path: Path) -> None:
    """Guard: the ported importer and grader behave as Moodle's code does on known cases."""
    q = parse_gift("::n::[html]A &amp; B {\n=%100%AT&T\n=a\\*b\n=c*d\n}\n")[0]
    assert q.qtype == "shortanswer" and [a.text for a in q.answers] == ["AT&T", "a\\*b", "c*d"]
    assert moodle_matches("AT&T", "AT&T") and not moodle_matches("AT&T", "AT&amp;T")
    assert moodle_matches("a*b", "a\\*b") and not moodle_matches("aXYZb", "a\\*b")
    assert moodle_matches("cXYZd", "c*d"), "an unescaped star is a wildcard"
    assert parse_gift("::n::x {=a->b =c->d}")[0].qtype == "match"


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
        elif numeric_value(card) is not None:  # qformat_xml import_numerical: text, tolerance, no units
            assert question.get("type") == "numerical"
            assert [(a.findtext("text"), a.findtext("tolerance"), a.get("fraction")) for a in answers] == [
                (numeric_value(card), "0", "100")]
            assert question.findtext("showunits") == "3" and question.find("units") is None
        else:
            assert question.get("type") == "shortanswer"
            texts = [(a.findtext("text") or "").replace("\\*", "*") for a in answers]
            assert texts == list(readings(card)) and all(a.get("fraction") == "100" for a in answers)
            assert texts[:len(card.accept)] == list(card.accept)


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
        assert element.get("ident") == f"{ident}_{card.id.replace(':', '_')}"
        fields = {f.findtext(f"{q}fieldlabel"): f.findtext(f"{q}fieldentry") for f in element.iter(f"{q}qtimetadatafield")}
        assert fields["quizgen_card_id"] == card.id
        for condition in element.iter(f"{q}conditionvar"):
            assert len(condition.findall(f"{q}varequal")) + len(condition.findall(f"{q}or")) == 1, \
                "one condition per accepted answer: any of them"
        assert html.unescape(element.findtext(f"{q}presentation/{q}material/{q}mattext") or "") == card.prompt
        correct = [v.text for v in element.iter(f"{q}varequal")]
        if card.kind is CardKind.MCQ:
            labels = element.findall(f".//{q}response_label")
            texts = {label.get("ident"): html.unescape(label.findtext(f"{q}material/{q}mattext") or "") for label in labels}
            assert list(texts.values()) == list(item.options)
            assert [texts[c] for c in correct] == [card.answer]  # type: ignore[index]
        elif numeric_value(card) is not None:  # an exact answer, as Canvas's importer reads one
            assert fields["question_type"] == "numerical_question"
            assert element.find(f".//{q}render_fib").get("fibtype") == "Decimal"  # type: ignore[union-attr]
            (either,) = element.iter(f"{q}or")
            assert [either.findtext(f"{q}varequal"), either.findtext(f"{q}and/{q}vargte"),
                    either.findtext(f"{q}and/{q}varlte")] == [numeric_value(card)] * 3
        else:
            assert fields["question_type"] == "short_answer_question"
            assert correct == list(readings(card))


def test_qti_check_catches_broken_packages(made: Made) -> None:
    data = (made.out / "quiz.qti.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    ident = quiz_ident(made.quiz)
    broken = dict(members)
    # Drop the first item's scoring, give the last one an all-required condition, drop the Canvas metadata.
    assessment = re.sub(rb"<resprocessing>.*?</resprocessing>", b"<resprocessing/>", members[f"{ident}/{ident}.xml"],
                        count=1, flags=re.S)
    last_var = assessment.rindex(b"</varequal>") + len(b"</varequal>")
    broken[f"{ident}/{ident}.xml"] = assessment[:last_var] + b'<varequal respident="response1">x</varequal>' + \
        assessment[last_var:]
    del broken[f"{ident}/assessment_meta.xml"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in broken.items():
            archive.writestr(name, content)
    problems = check_package(buffer.getvalue())
    assert any("assessment_meta.xml is not in the zip" in p for p in problems)
    first_item = f"item {ident}_{made.quiz.versions[0].items[0].question.card.id.replace(':', '_')}:"
    assert any(p.startswith(f"{ident}/{ident}.xml: {first_item}") and "scoring 100" in p for p in problems), problems
    assert any("all required (<and>)" in p for p in problems), problems
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
    asked = [i for i in items(made) if i.question.mcq_form is not None]
    assert len(asked) == len(items(made)), "every question of the quiz is in the Kahoot, as multiple choice"
    rows = list(sheet.iter_rows(min_row=kahoot.FIRST_ROW, values_only=True))
    rows = [r for r in rows if any(v is not None for v in r)]
    assert len(rows) == len(asked)
    for number, (row, item) in enumerate(zip(rows, asked), start=1):
        mcq = item.question.mcq_form
        assert mcq is not None and (mcq.deck, mcq.fact, mcq.blank) == (item.question.card.deck,
                                                                         item.question.card.fact, item.question.card.blank)
        assert row[0] == number
        assert row[1] == mcq.prompt  # in full, even past 120 characters
        options = [v for v in row[2:6] if v is not None]
        assert sorted(options) == sorted(mcq.options or ())
        assert row[6] in kahoot.TIME_LIMITS
        assert row[2 + row[7] - 1] == item.question.card.answer
    validations = sheet.data_validations.dataValidation
    assert [(v.type, v.formula1, str(v.sqref)) for v in validations] == \
        [("list", '"5,10,20,30,60,90,120,240"', f"G9:G{kahoot.FIRST_ROW + max(len(rows), 100) - 1}")]
    red = {str(rng.sqref): rule.formula for rng in sheet.conditional_formatting for rule in rng.rules}
    assert red[f"B9:B{kahoot.FIRST_ROW + 99}"] == ["LEN(B9)>120"]


def test_kahoot_reports_every_over_long_text_naming_the_fact(made: Made, capsys: pytest.CaptureFixture[str]) -> None:
    long_rows = [r for r in kahoot.rows(made.quiz)
                 if len(r.card.prompt) > 120 or any(len(o) > 75 for o in r.options)]
    problems = kahoot.problems(made.quiz)
    reported = {p.message.split("'")[1] for p in problems}
    assert reported == {r.item.question.source.fact_id for r in long_rows}
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
