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


# Tokens: an escaped special character, a special character, or a run of ordinary text.
_TOKEN = re.compile(r"\\[{}|\\]|[{}|]|[^{}|\\]+|\\")


_ANSWER_ESCAPE = re.compile(r"\\([{}|\\])")


def unescape_answer(text: str) -> str:
    """An answer written outside a blank (a distractor, a pool entry) with the escapes a blank's
    answer takes: `\\{`, `\\}`, `\\|` and `\\\\` stand for the character itself."""
    return _ANSWER_ESCAPE.sub(r"\1", text) if "\\" in text else text


def parse_blanks(text: str) -> list[str | RawBlank]:
    """Split `text` into literal strings and blanks; raise BlankSyntaxError on bad brace syntax."""
    if "\\" not in text:
        segments = _parse_plain(text)
        if segments is not None:
            return segments
    return _parse_tokens(text)


def _parse_plain(text: str) -> list[str | RawBlank] | None:
    """The common case, a text with no backslash escapes, by `str.find`: the same segments as
    `_parse_tokens`, or None when the text has a brace error (left to `_parse_tokens` to explain)."""
    segments: list[str | RawBlank] = []
    start = 0  # where the current literal text begins
    while (opening := text.find("{", start)) >= 0:
        closing = text.find("}", opening + 1)
        if closing < 0 or "}" in text[start:opening] or "{" in text[opening + 1:closing]:
            return None
        answers = tuple(a.strip() for a in text[opening + 1:closing].split("|"))
        if not all(answers):
            return None
        if opening > start:
            segments.append(text[start:opening])
        segments.append(RawBlank(answers, opening + 1))
        start = closing + 1
    if "}" in text[start:]:
        return None
    if start < len(text):
        segments.append(text[start:])
    return segments


def _parse_tokens(text: str) -> list[str | RawBlank]:
    """The general parser, token by token: escapes, and a precise message for every brace error."""
    segments: list[str | RawBlank] = []
    literal: list[str] = []
    answers: list[str] | None = None  # the blank being read, if any
    current: list[str] = []
    start = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        column = match.start() + 1
        if len(token) == 2 and token[0] == "\\":
            (current if answers is not None else literal).append(token[1])
        elif token == "{":
            if answers is not None:
                raise BlankSyntaxError(
                    f"'{{' at column {column} opens a blank inside the blank that starts at column {start}.",
                    "blanks cannot nest: close the first blank with '}' before opening another, "
                    "or write '\\{' for a literal brace.",
                    column,
                )
            answers, current, start = [], [], column
        elif token == "}":
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
        elif token == "|" and answers is not None:
            answers.append("".join(current))
            current = []
        else:
            (current if answers is not None else literal).append(token)
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
