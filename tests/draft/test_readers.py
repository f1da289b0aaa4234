"""Reading inputs: plain text, Markdown, HTML (main text only) and PDF, through the real parsers."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.core.problems import InputError
from quizgen.draft.readers import read_document

REPO = Path(__file__).resolve().parents[2]


def test_plain_text_title_paragraphs_and_wrapped_lines(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Apollo 11 lands\n\nNeil Armstrong and Buzz Aldrin landed on the Moon on July 20, 1969, in the\n"
        "lunar module Eagle, while Michael Collins stayed in orbit.\n\nPhoto label\nA second paragraph.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.title == "Apollo 11 lands"
    assert doc.paragraphs == (
        "Neil Armstrong and Buzz Aldrin landed on the Moon on July 20, 1969, in the lunar module Eagle, "
        "while Michael Collins stayed in orbit.",
        "Photo label",
        "A second paragraph.",
    )


def test_seed_article_keeps_its_caption_label_apart():
    doc = read_document(REPO / "quizgen" / "bundled" / "decks" / "seeds" / "000_14ba5daab466d46c.txt")
    assert doc.title == "Russian Film Crew Set to Make First Ever Movie in Space Onboard ISS"
    assert "Yulia Peresild" in doc.paragraphs
    assert doc.paragraphs[0].startswith("A film crew has been given the green light")


def test_markdown_heading_is_the_title_and_markup_is_dropped(tmp_path: Path):
    path = tmp_path / "a.md"
    path.write_text(
        "# The *Salyut-7* rescue\n\nIn 1985 [Vladimir Dzhanibekov](https://x.test/d) and **Viktor Savinykh** "
        "docked by hand.\n\n```\ncode = 1\n```\n\n- A list item about `Soyuz T-13`.\n\n![photo](a.jpg)\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.title == "The Salyut-7 rescue"
    assert doc.paragraphs == (
        "In 1985 Vladimir Dzhanibekov and Viktor Savinykh docked by hand.",
        "A list item about Soyuz T-13.",
    )


def test_html_main_text_without_menus_ads_and_footer(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Moon | Daily Site</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/s'>Subscribe now!</a></nav>"
        "<div class='ad'>Buy our product today! Limited offer.</div>"
        "<article><h1>Apollo 11 lands on the Moon</h1>"
        "<p>Neil Armstrong and Buzz Aldrin landed on the Moon on July 20, 1969. The lunar module Eagle "
        "touched down in the Sea of Tranquility.</p>"
        "<p>Michael Collins stayed in orbit aboard the command module Columbia for about 21 hours.</p>"
        "</article><footer>Copyright 2024 Daily Site. All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    text = " ".join(doc.paragraphs)
    assert doc.title == "Apollo 11 lands on the Moon"
    assert "Neil Armstrong and Buzz Aldrin landed on the Moon on July 20, 1969." in text
    assert "Columbia" in text
    for boilerplate in ("Subscribe", "Buy our product", "All rights reserved", "Home"):
        assert boilerplate not in text


def _pdf(tmp_path: Path, body: str) -> Path:
    import typst

    source = tmp_path / "doc.typ"
    source.write_text(body, encoding="utf-8")
    output = tmp_path / "doc.pdf"
    typst.compile(str(source), output=str(output))
    return output


def test_pdf_text_layer(tmp_path: Path):
    path = _pdf(
        tmp_path,
        "= Salyut 7\n\nIn June 1985 the cosmonauts Vladimir Dzhanibekov and Viktor Savinykh docked with the "
        "silent station by hand.\n\nThey lived aboard for more than 100 days.\n",
    )
    doc = read_document(path)
    text = " ".join(doc.paragraphs)
    assert "Vladimir Dzhanibekov and Viktor Savinykh docked with the silent station by hand." in text
    assert "They lived aboard for more than 100 days." in text


def test_pdf_without_text_is_reported(tmp_path: Path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(InputError, match="no text layer"):
        read_document(path)


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("latin1.txt", "caf\xe9 au lait".encode("latin-1"), "not UTF-8"),
        ("broken.pdf", b"%PDF-1.4 this is not a pdf", "PDF"),
        ("empty.html", b"<html><head><title>T</title></head><body><script>var a = 1;</script></body></html>", "no main text"),
    ],
)
def test_unusable_inputs_raise_input_error(tmp_path: Path, name: str, content: bytes, words: str):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        read_document(path)
    assert words in str(error.value)


def test_missing_file_and_folder(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_document(tmp_path)


def test_pdf_narrow_column_lines_are_joined(tmp_path: Path):
    path = _pdf(
        tmp_path,
        "#set page(width: 8cm)\n= Salyut 7\n\nIn June 1985 the cosmonauts Vladimir Dzhanibekov and Viktor Savinykh "
        "docked with the silent station by hand, and they lived aboard for more than 100 days.\n",
    )
    doc = read_document(path)
    assert any(
        p.endswith("docked with the silent station by hand, and they lived aboard for more than 100 days.")
        and "In June 1985" in p
        for p in doc.paragraphs
    ), doc.paragraphs


def test_a_pdf_heading_in_title_case_with_small_words_stays_apart(tmp_path: Path):
    path = _pdf(
        tmp_path,
        "#set page(width: 15cm, height: auto)\nLesson 4: The Mills of the River and the Valley Towns\n\n"
        "The first mill on the river was built in 1851 by the engineer Ada Morrow, who also designed its wheel.\n",
    )
    doc = read_document(path)
    assert doc.title == "Lesson 4: The Mills of the River and the Valley Towns"
    assert doc.paragraphs[0].startswith("The first mill on the river was built in 1851")
