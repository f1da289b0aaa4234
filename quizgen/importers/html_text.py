"""HTML fields (Anki, Moodle) as the plain text a card needs.

Kept: the words, line breaks (`<br>`, paragraphs, `<div>`s), list items (as "- item"), table
rows (cells separated by " | "), and the images a field shows (returned beside the text, for
`image:`). Dropped: markup, styles, scripts, and Anki's `[sound:...]` tags (counted, so the
importer can say so). Entities are decoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCKS = frozenset({"p", "div", "li", "tr", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote", "pre", "section", "article", "dd", "dt"})
_INVISIBLE = frozenset({"script", "style", "head", "title"})
_SOUND = re.compile(r"\[sound:[^\]]*\]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True, slots=True)
class FieldText:
    text: str
    images: tuple[str, ...] = ()
    sounds: int = 0


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.images: list[str] = []
        self.hidden = 0
        self.cell = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INVISIBLE:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "img":
            source = dict(attrs).get("src")
            if source:
                self.images.append(source)
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in ("td", "th"):
            self.parts.append(" | " if self.cell else "")
            self.cell += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
            if tag == "tr":
                self.cell = 0

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> FieldText:
    """The plain text of an HTML field, its images (`src`s, in order) and how many sounds it had."""
    sounds = len(_SOUND.findall(html))
    html = _SOUND.sub(" ", html)
    if "<" not in html and "&" not in html:
        return FieldText(_tidy(html), (), sounds)
    converter = _Converter()
    converter.feed(html)
    converter.close()
    return FieldText(_tidy("".join(converter.parts)), tuple(converter.images), sounds)


def html_fragment(html: str) -> str:
    """A piece of a field (the text between two clozes) as text: like `html_to_text`, but a space
    or line break at either end is kept, so the pieces join up as the field read."""
    text = _SOUND.sub(" ", html)
    if "<" in text or "&" in text:
        converter = _Converter()
        converter.feed(text)
        converter.close()
        text = "".join(converter.parts)
    return _SPACES.sub(" ", text)


def tidy(text: str) -> str:
    return _tidy(text)


def _tidy(text: str) -> str:
    """Spaces collapsed within lines, at most one empty line in a row, no blank ends."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
