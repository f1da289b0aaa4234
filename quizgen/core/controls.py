r"""Control characters made visible: the one rule for deck text (and messages) that meet a terminal.

A deck can spell any character in a double-quoted YAML string (`"\e]52;c;..."`), and a terminal acts
on control characters: ESC starts sequences that set the window title, clear the screen or write
the clipboard (OSC 52), and the C1 controls (U+0080-U+009F) do the same on many terminals. The
bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) do not act, but
they reorder what is shown after them (in a terminal that lays out right-to-left text, a PDF, Anki,
a browser): "Trojan source" text that reads one way and is another, and an error line whose end is
drawn backwards. Right-to-left text needs none of them (the letters carry their direction), so they
count as controls here.

`visible` replaces each control character but tab and line feed by its escape as text (ESC ->
`\x1b`, U+202E -> `\u202e`), where the deck is read (`quizgen.core.yamlfile`: every command, every
output sees the visible form) and where other text is printed (a quiz `--title`, source sentences,
reports). Nothing is dropped: the author sees what is there.

`visible_name` also escapes every other invisible format character (Unicode category Cf: zero-width
space, zero-width joiner and non-joiner, word joiner, left-to-right and right-to-left marks, a BOM,
a soft hyphen, tag characters): in a name (a key of the deck's YAML) and in an error line they can
only disguise (`te\u200bxt:` looks like `text:`, and is not it). Prose keeps them, because there
they have work to do: emoji sequences are joined by U+200D, Persian and the Indic scripts need the
joiners, right-to-left text uses the marks.
"""

from __future__ import annotations

import re
import unicodedata

#: The bidirectional embeddings and overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI).
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
#: C0 controls but tab and line feed, DEL, the C1 controls, and the bidirectional controls.
CONTROL = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]")


def _code(character: str) -> str:
    point = ord(character)
    return f"\\x{point:02x}" if point <= 0xFF else f"\\u{point:04x}" if point <= 0xFFFF else f"\\U{point:08x}"


def _escape(match: re.Match[str]) -> str:
    return _code(match.group())


def visible(text: str) -> str:
    """`text` with each control character (but tab and line feed) written as `\\xNN` or `\\uNNNN`."""
    if text.isprintable():  # the common case, at C speed: no control or format character (nor tab, nor line feed)
        return text
    return CONTROL.sub(_escape, text) if CONTROL.search(text) else text


def visible_name(text: str) -> str:
    """`visible(text)` with every invisible format character (category Cf) written as `\\uNNNN` too."""
    if text.isprintable():  # a format character is not printable: nothing to do
        return text
    text = visible(text)
    if text.isprintable():
        return text
    return "".join(_code(ch) if unicodedata.category(ch) == "Cf" else ch for ch in text)
