"""A strict reader of the Moodle GIFT subset quizgen writes, for reading exports back in tests.

Strict: an unescaped special character (`~ = # { } :`) anywhere but in its syntactic place is an
error, so a text that was not escaped fails the read instead of slipping through.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

SPECIAL = "~=#{}:"


class GiftError(ValueError):
    pass


@dataclass(frozen=True)
class GiftAnswer:
    correct: bool
    text: str


@dataclass(frozen=True)
class GiftQuestion:
    title: str
    text: str
    answers: tuple[GiftAnswer, ...]

    @property
    def is_multiple_choice(self) -> bool:
        return any(not a.correct for a in self.answers)


def _unescape(raw: str, *, allow: str = "") -> str:
    out = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "\\":
            if i + 1 >= len(raw) or raw[i + 1] not in SPECIAL + "\\":
                raise GiftError(f"bad escape in {raw!r} at {i}")
            out.append(raw[i + 1])
            i += 2
            continue
        if ch in SPECIAL and ch not in allow:
            raise GiftError(f"unescaped {ch!r} in {raw!r} at {i}")
        out.append(ch)
        i += 1
    return "".join(out)


def _find_unescaped(raw: str, target: str, start: int = 0) -> int:
    i = start
    while i < len(raw):
        if raw[i] == "\\":
            i += 2
            continue
        if raw[i] == target:
            return i
        i += 1
    return -1


def _split_answers(body: str) -> list[GiftAnswer]:
    answers: list[GiftAnswer] = []
    current: list[str] = []
    marker: str | None = None
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            current.append(body[i : i + 2])
            i += 2
            continue
        if ch in "=~":
            if marker is not None:
                answers.append(GiftAnswer(marker == "=", "".join(current)))
            marker, current = ch, []
            i += 1
            continue
        if marker is None:
            if not ch.isspace():
                raise GiftError(f"text before the first answer marker: {body!r}")
        else:
            current.append(ch)
        i += 1
    if marker is not None:
        answers.append(GiftAnswer(marker == "=", "".join(current)))
    return [GiftAnswer(a.correct, html.unescape(_unescape(a.text.strip()))) for a in answers]


def parse_question(block: str) -> GiftQuestion:
    if not block.startswith("::"):
        raise GiftError(f"no ::title:: in {block!r}")
    end_title = _find_unescaped(block, ":", 2)
    if end_title < 0 or block[end_title : end_title + 2] != "::":
        raise GiftError(f"unclosed title in {block!r}")
    title = _unescape(block[2:end_title])
    rest = block[end_title + 2 :]
    is_html = rest.startswith("[html]")
    if is_html:
        rest = rest[len("[html]") :]
    open_at = _find_unescaped(rest, "{")
    close_at = _find_unescaped(rest, "}", open_at + 1)
    if open_at < 0 or close_at < 0 or rest[close_at + 1 :].strip():
        raise GiftError(f"no {{answers}} at the end of {block!r}")
    text = _unescape(rest[:open_at].strip())
    answers = _split_answers(rest[open_at + 1 : close_at])
    if is_html:
        text = html.unescape(text)
    return GiftQuestion(title, text, tuple(answers))


def parse_gift(source: str) -> list[GiftQuestion]:
    """Questions of a GIFT file: blocks separated by blank lines; `//` comments and categories skipped."""
    questions = []
    block: list[str] = []
    for line in [*source.splitlines(), ""]:
        if line.startswith("//") or line.startswith("$CATEGORY:"):
            continue
        if line.strip():
            block.append(line)
        elif block:
            questions.append(parse_question("\n".join(block)))
            block = []
    return questions
