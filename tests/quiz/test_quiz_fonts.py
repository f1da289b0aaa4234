"""Every character a deck uses prints in the PDF, or the quiz is refused naming the fact and character."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from quiz_helpers import run_cli, write_deck

from quizgen.quiz import fonts

JAPANESE = "日本"


def japanese_deck() -> dict:
    facts = [{"id": f"city-{i}", "text": f"City {i} is in {{{country}}}.", "type": "place",
              "distractors": ["France", "Chile", "Peru"]} for i, country in enumerate(["Spain", "Italy"])]
    facts.append({"id": "nihon", "text": f"Japan is called {{{JAPANESE}}} in Japanese.", "type": "term",
                  "distractors": ["Nippon-go", "Kanji", "Kana"]})
    return {"title": "Names of countries", "id": "names", "facts": facts}


def make_font(folder: Path, chars: str) -> Path:
    """A real TrueType font (built with fontTools) whose only glyphs are a box for each of `chars`."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    names = [".notdef", *(f"uni{ord(c):04X}" for c in chars)]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): f"uni{ord(c):04X}" for c in chars})
    glyphs = {}
    for name in names:
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0)), pen.lineTo((100, 700)), pen.lineTo((800, 700)), pen.lineTo((800, 0)), pen.closePath()
        glyphs[name] = pen.glyph()
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (900, 100) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Test Han", "styleName": "Regular", "uniqueFontIdentifier": "TestHan-1",
                            "fullName": "Test Han Regular", "psName": "TestHan-Regular", "version": "Version 1.0"})
    builder.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
    builder.setupPost()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "TestHan.ttf"
    builder.save(str(path))
    return path


def test_a_character_in_no_font_is_refused_naming_fact_and_character(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    deck = write_deck(tmp_path, "names", japanese_deck())
    out = tmp_path / "out"
    assert run_cli("quiz", deck, "-o", out, "-n", "3", "--format", "pdf,md") == 2
    err = capsys.readouterr().err
    assert f"{deck}:" in err and "facts[nihon]" in err
    assert "'日' (U+65E5 CJK UNIFIED IDEOGRAPH-65E5)" in err and "'本' (U+672C" in err
    assert "--font-dir" in err and "Traceback" not in err
    assert not out.exists(), "nothing written"
    # Formats that need no font are fine.
    assert run_cli("quiz", deck, "-o", out, "-n", "3", "--format", "md") == 0


def test_a_font_dir_that_covers_it_prints_it(tmp_path: Path) -> None:
    deck = write_deck(tmp_path, "names", japanese_deck())
    make_font(tmp_path / "fonts", JAPANESE)
    out = tmp_path / "out"
    assert run_cli("quiz", deck, "-o", out, "-n", "3", "--format", "pdf", "--font-dir", tmp_path / "fonts",
                   "--versions", "1") == 0
    reader = PdfReader(out / "answer-key.pdf")  # the key prints every answer, whatever the question kind
    assert JAPANESE in "".join(page.extract_text() for page in reader.pages)
    used = {str(f.get("/BaseFont")) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert any("TestHan" in name for name in used) and any("NotoSerif" in name for name in used)


def test_coverage_comes_from_the_font_files_themselves(tmp_path: Path) -> None:
    bundled = fonts.font_set()
    assert bundled.families == ("Noto Serif",)
    assert bundled.missing("Ωμέγα Кириллица Tiếng Việt «»–…·") == []
    assert bundled.missing(f"a{JAPANESE}b 日") == ["日", "本"]
    extended = fonts.font_set([make_font(tmp_path / "f", JAPANESE).parent])
    assert extended.families == ("Noto Serif", "Test Han") and extended.missing(JAPANESE) == []
