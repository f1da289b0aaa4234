"""Parse a fact's text: `{answer}` blanks, `{canonical|alternative}` answers, `\\{` literal braces."""

from __future__ import annotations

import re
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


#: The characters the syntax cares about; everything between them is copied as it is.
_SPECIAL = re.compile(r"[{}|\\]")


_ANSWER_ESCAPE = re.compile(r"\\([{}|\\])")


def unescape_answer(text: str) -> str:
    """An answer written outside a blank (a distractor, a pool entry) with the escapes a blank's
    answer takes: `\\{`, `\\}`, `\\|` and `\\\\` stand for the character itself."""
    return _ANSWER_ESCAPE.sub(r"\1", text) if "\\" in text else text


def parse_blanks(text: str) -> list[str | RawBlank]:
    """Split `text` into literal strings and blanks; raise BlankSyntaxError on bad brace syntax.

    One scan from special character to special character (`re.search` jumps over the text
    between them), so a plain text costs a few searches."""
    segments: list[str | RawBlank] = []
    literal: list[str] = []
    answers: list[str] | None = None  # the blank being read, if any
    current: list[str] = []
    start = 0  # column of the open blank's brace
    position = 0
    length = len(text)
    while True:
        match = _SPECIAL.search(text, position)
        end = match.start() if match else length
        if end > position:
            (current if answers is not None else literal).append(text[position:end])
        if match is None:
            break
        char = match.group()
        column = end + 1
        position = end + 1
        if char == "\\":
            following = text[position:position + 1]
            if following and following in "{}|\\":
                (current if answers is not None else literal).append(following)
                position += 1
            else:
                (current if answers is not None else literal).append("\\")
        elif char == "{":
            if answers is not None:
                raise BlankSyntaxError(
                    f"'{{' at column {column} opens a blank inside the blank that starts at column {start}.",
                    "blanks cannot nest: close the first blank with '}' before opening another, "
                    "or write '\\{' for a literal brace.",
                    column,
                )
            answers, current, start = [], [], column
        elif char == "}":
            if answers is None:
                raise BlankSyntaxError(
                    f"'}}' at column {column} closes no blank.",
                    "remove it, add the '{' that opens the blank, or write '\\}' for a literal brace.",
                    column,
                )
            answers.append("".join(current))
            if literal:
                segments.append("".join(literal))
                literal = []
            segments.append(_finish_blank(answers, start))
            answers = None
        elif answers is not None:  # "|" inside a blank
            answers.append("".join(current))
            current = []
        else:
            literal.append("|")
    if answers is not None:
        raise BlankSyntaxError(
            f"'{{' at column {start} is never closed.",
            "close the blank with '}', or write '\\{' for a literal brace.",
            start,
        )
    if literal:
        segments.append("".join(literal))
    return segments


def _finish_blank(answers: list[str], start: int) -> RawBlank:
    cleaned = tuple(a.strip() for a in answers)
    if not cleaned[0]:
        raise BlankSyntaxError(
            f"the blank at column {start} is empty.",
            "write the answer between the braces, e.g. {Yulia Peresild}.",
            start,
        )
    if any(not a for a in cleaned[1:]):
        raise BlankSyntaxError(
            f"the blank at column {start} has an empty alternative after '|'.",
            "remove the extra '|' or write the alternative, e.g. {International Space Station|ISS}.",
            start,
        )
    return RawBlank(cleaned, start)
