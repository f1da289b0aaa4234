"""Parse a fact's text: `{answer}` blanks, `{canonical|alternative}` answers, `\\{` literal braces."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawBlank:
    """A blank as written, before its type is known."""

    answers: tuple[str, ...]
    column: int  # 1-based column of its opening brace


class BlankSyntaxError(ValueError):
    def __init__(self, message: str, fix: str, column: int):
        super().__init__(message)
        self.message = message
        self.fix = fix
        self.column = column


_ESCAPABLE = "{}|\\"


def parse_blanks(text: str) -> list[str | RawBlank]:
    """Split `text` into literal strings and blanks; raise BlankSyntaxError on bad brace syntax."""
    segments: list[str | RawBlank] = []
    literal: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            literal.append(text[i + 1])
            i += 2
            continue
        if ch == "}":
            raise BlankSyntaxError(
                f"'}}' at column {i + 1} closes no blank.",
                "remove it, add the '{' that opens the blank, or write '\\}' for a literal brace.",
                i + 1,
            )
        if ch != "{":
            literal.append(ch)
            i += 1
            continue
        blank, i = _parse_one_blank(text, i)
        if literal:
            segments.append("".join(literal))
            literal = []
        segments.append(blank)
    if literal:
        segments.append("".join(literal))
    return segments


def _parse_one_blank(text: str, start: int) -> tuple[RawBlank, int]:
    answers: list[str] = []
    current: list[str] = []
    i = start + 1
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            current.append(text[i + 1])
            i += 2
            continue
        if ch == "{":
            raise BlankSyntaxError(
                f"'{{' at column {i + 1} opens a blank inside the blank that starts at column {start + 1}.",
                "blanks cannot nest: close the first blank with '}' before opening another, "
                "or write '\\{' for a literal brace.",
                i + 1,
            )
        if ch == "|":
            answers.append("".join(current))
            current = []
            i += 1
            continue
        if ch == "}":
            answers.append("".join(current))
            cleaned = tuple(a.strip() for a in answers)
            if not cleaned[0]:
                raise BlankSyntaxError(
                    f"the blank at column {start + 1} is empty.",
                    "write the answer between the braces, e.g. {Yulia Peresild}.",
                    start + 1,
                )
            if any(not a for a in cleaned[1:]):
                raise BlankSyntaxError(
                    f"the blank at column {start + 1} has an empty alternative after '|'.",
                    "remove the extra '|' or write the alternative, e.g. {International Space Station|ISS}.",
                    start + 1,
                )
            return RawBlank(cleaned, start + 1), i + 1
        current.append(ch)
        i += 1
    raise BlankSyntaxError(
        f"'{{' at column {start + 1} is never closed.",
        "close the blank with '}', or write '\\{' for a literal brace.",
        start + 1,
    )
