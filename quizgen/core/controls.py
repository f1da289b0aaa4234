r"""Control characters made visible: the one rule for deck text (and messages) that meet a terminal.

A deck can spell any character in a double-quoted YAML string (`"\e]52;c;..."`), and a terminal acts
on control characters: ESC starts sequences that set the window title, clear the screen or write
the clipboard (OSC 52), and the C1 controls (U+0080-U+009F) do the same on many terminals. So every
control character but tab and line feed is replaced by its escape as text (ESC -> `\x1b`), where the
deck is read (`quizgen.core.yamlfile`: every command, every output sees the visible form) and where
other text is printed (problems, a quiz `--title`). Nothing is dropped: the author sees what is there.
"""

from __future__ import annotations

import re

#: C0 controls but tab and line feed, DEL, and the C1 controls.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _escape(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def visible(text: str) -> str:
    """`text` with each control character (but tab and line feed) written as `\\xNN`."""
    if text.isprintable():  # the common case, at C speed: no control character (nor tab, nor line feed)
        return text
    return CONTROL.sub(_escape, text) if CONTROL.search(text) else text
