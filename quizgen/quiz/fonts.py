"""The fonts the PDF sheets use, and a check that every character a quiz prints is in one of them.

Typst places a character it finds in no font as an empty box and says nothing, so the PDF never
relies on that: the sheets use Noto Serif (Latin, Greek, Cyrillic, Vietnamese; the font files
come in the `fontpkg-noto-serif` package) and then the fonts of any `--font-dir` folders, in that
order, with Typst's own fallback off. Coverage is read from the very font files Typst is given
(their character maps, with fontTools), and a quiz with a character none of them has is refused
before anything is written, naming the fact and the character.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

from quizgen.core.problems import Problem
from quizgen.quiz.build import Quiz

MAIN_FAMILY = "Noto Serif"
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
FIX = ("add --font-dir FOLDER with a font that has it (for Japanese, Chinese or Korean: Noto Sans CJK, "
       "e.g. --font-dir /usr/share/fonts/opentype/noto), or change the text, or leave pdf out of --format.")


@dataclass(frozen=True, slots=True)
class FontSet:
    """The font folders Typst searches, the families the sheets ask for (in order), and every
    character those families can print."""

    folders: tuple[Path, ...]
    families: tuple[str, ...]
    chars: frozenset[int]

    def missing(self, text: str) -> list[str]:
        """The characters of `text` no font has, in order of first appearance (spaces and
        control characters aside, which print as nothing)."""
        seen: dict[str, None] = {}
        for ch in text:
            if ord(ch) not in self.chars and not ch.isspace() and unicodedata.category(ch)[0] != "C":
                seen.setdefault(ch)
        return list(seen)


def bundled_folder() -> Path:
    return Path(str(resources.files("fontpkg_noto_serif") / "files"))


def font_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in _FONT_SUFFIXES and p.is_file())


@lru_cache(maxsize=16)
def _read_font_file(path: Path, mtime_ns: int) -> tuple[tuple[str, frozenset[int]], ...]:
    """(family, characters) of each font in a font file (a collection holds several)."""
    from fontTools.ttLib import TTCollection, TTFont

    found = []
    if path.suffix.lower() in (".ttc", ".otc"):
        with TTCollection(path, lazy=True) as collection:
            for font in collection.fonts:
                found.append(_family_and_chars(font, path))
    else:
        with TTFont(path, lazy=True) as font:
            found.append(_family_and_chars(font, path))
    return tuple(found)


def _family_and_chars(font, path: Path) -> tuple[str, frozenset[int]]:  # type: ignore[no-untyped-def]
    name = font["name"]
    family = name.getDebugName(16) or name.getDebugName(1) or path.stem
    return family, frozenset(font.getBestCmap() or {})


def font_set(extra_folders: Sequence[Path] = ()) -> FontSet:
    """The bundled font, then the fonts of `extra_folders` (every font file in them, in name order)."""
    folders = (bundled_folder(), *(Path(f) for f in extra_folders))
    families: dict[str, None] = {MAIN_FAMILY: None}
    chars: set[int] = set()
    for folder in folders:
        for path in font_files(folder):
            for family, covered in _read_font_file(path, path.stat().st_mtime_ns):
                if folder == folders[0] and family != MAIN_FAMILY:
                    continue
                families.setdefault(family)
                chars |= covered
    return FontSet(folders, tuple(families), frozenset(chars))


def _question_texts(quiz: Quiz) -> Iterable[tuple[object, list[str]]]:
    for question in quiz.questions:
        card = question.card
        texts = [card.prompt, card.answer, *card.accept, *(card.options or ()), question.source.fact_id,
                 question.source.location, *(t for _, t in question.source.documents)]
        yield question, texts


def check(quiz: Quiz, fonts: FontSet) -> list[Problem]:
    """One error per fact (and one for the title or instructions) whose text has a character no font has."""
    problems = []
    families = ", ".join(fonts.families)
    for question, texts in _question_texts(quiz):
        missing = fonts.missing(" ".join(texts))
        if missing:
            src = question.source  # type: ignore[attr-defined]
            problems.append(Problem(src.deck_file, src.line or None, f"facts[{src.fact_id}]",
                                    f"{_describe(missing)} in no font the PDF sheets use ({families}): "
                                    "it would print as an empty box.", FIX))
    for where, text in (("--title", quiz.title), ("--instructions", quiz.sheet.instructions or "")):
        missing = fonts.missing(text)
        if missing:
            problems.append(Problem(where, None, None, f"{_describe(missing)} in no font the PDF sheets use "
                                    f"({families}): it would print as an empty box.", FIX))
    return problems


def _describe(chars: list[str]) -> str:
    shown = ", ".join(f"'{ch}' (U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')})" for ch in chars[:5])
    more = f" and {len(chars) - 5} more" if len(chars) > 5 else ""
    return f"the character{'s' if len(chars) > 1 else ''} {shown}{more} {'are' if len(chars) > 1 else 'is'}"
