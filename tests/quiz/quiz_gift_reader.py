"""Moodle's GIFT importer and short-answer grading, ported to Python for the tests.

Follows Moodle's own code step by step (question/format/gift/format.php: `escapedchar_pre`,
`readquestion`, `parse_text_with_format`, `commentparser`, the answer weight regex; and
question/type/shortanswer/question.php: `compare_string_with_wildcard`), for the three question types
quizgen writes (multiple choice, short answer, numerical), so a test sees what Moodle would store and how it would grade. Written from
reading that code, not copied from it.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

_ESCAPES = [("\\:", "&&058;"), ("\\#", "&&035;"), ("\\=", "&&061;"), ("\\{", "&&123;"), ("\\}", "&&125;"),
            ("\\~", "&&126;"), ("\\n", "&&010")]
_RESTORE = [("&&058;", ":"), ("&&035;", "#"), ("&&061;", "="), ("&&123;", "{"), ("&&125;", "}"),
            ("&&126;", "~"), ("&&010", "\n")]
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
_FORMATS = {"moodle", "html", "plain", "markdown"}


class GiftError(ValueError):
    pass


@dataclass(frozen=True)
class GiftAnswer:
    text: str  # as Moodle stores it
    fraction: float
    format: str


@dataclass(frozen=True)
class GiftQuestion:
    name: str
    qtype: str
    text: str  # as Moodle stores it (HTML when format is html)
    format: str
    answers: tuple[GiftAnswer, ...]

    def shown_text(self) -> str:
        return html.unescape(self.text) if self.format == "html" else self.text


def _pre(text: str) -> str:
    text = text.replace("\\\\", "&&092;")
    for old, new in _ESCAPES:
        text = text.replace(old, new)
    return text.replace("&&092;", "\\")


def _post(text: str) -> str:
    for old, new in _RESTORE:
        text = text.replace(old, new)
    return text


def _with_format(text: str, default: str) -> tuple[str, str]:
    fmt = default
    if text.startswith("["):
        end = text.find("]")
        name = text[1:end] if end > 0 else ""
        if name in _FORMATS:
            fmt, text = name, text[end + 1:]
    return _post(text).strip(), fmt


def _weight(answer: str) -> tuple[float, str]:
    answer = answer[1:]
    end = answer.find("%")
    return float(answer[:end]) / 100, answer[end + 1:]


def _comment(answer: str, default: str) -> tuple[str, str]:
    return _with_format(answer.split("#", 1)[0].strip(), default)


def read_question(lines: list[str]) -> GiftQuestion:
    text = _pre("\n".join(" " if line.strip().startswith("//") else line for line in lines).strip())
    name = ""
    if text.startswith("::"):
        text = text[2:]
        end = text.find("::")
        if end < 0:
            raise GiftError(f"unclosed name in {text!r}")
        name, text = _post(text[:end]).strip(), text[end + 2:].strip()
    start, finish = text.find("{"), text.find("}")
    if start < 0 or finish < 0:
        raise GiftError(f"no answer braces in {text!r}")
    answertext = text[start + 1:finish].strip()
    questiontext = text[:start] + text[finish + 1:] if text.endswith("}") else \
        text[:start] + "_____" + text[finish + 1:]
    qtext, qformat = _with_format(questiontext, "moodle")
    if "~" in answertext:
        qtype = "multichoice"
    elif "=" in answertext and "->" in answertext:
        qtype = "match"
    elif answertext.split("#", 1)[0].strip() in ("T", "TRUE", "F", "FALSE"):
        qtype = "truefalse"
    elif answertext.startswith("#"):
        qtype = "numerical"
    else:
        qtype = "shortanswer"
    answers = []
    if qtype == "multichoice":
        parts = answertext.replace("=", "~=").split("~")
        for part in [p.strip() for p in parts if p.strip()]:
            if part.startswith("="):
                fraction, part = 1.0, part[1:]
            elif _WEIGHT.match(part):
                fraction, part = _weight(part)
            else:
                fraction = 0.0
            answer, fmt = _comment(part, qformat)
            answers.append(GiftAnswer(answer, fraction, fmt))
    elif qtype == "shortanswer":
        for part in [p.strip() for p in answertext.split("=") if p.strip()]:
            fraction = 1.0
            if _WEIGHT.match(part):
                fraction, part = _weight(part)
            answer, fmt = _comment(part, qformat)
            answers.append(GiftAnswer(answer, fraction, fmt))
    elif qtype == "numerical":  # the value and its tolerance: `answer:tolerance`, `min..max` or `answer`
        for part in [p.strip() for p in answertext[1:].split("~", 1)[0].split("=") if p.strip()]:
            fraction = 1.0
            if _WEIGHT.match(part):
                fraction, part = _weight(part)
            answer, fmt = _comment(part, qformat)
            if ".." in answer[1:]:
                low, high = (float(x) for x in answer.split("..", 1))
                value, tolerance = (low + high) / 2, (high - low) / 2
            elif ":" in answer[1:]:
                value_text, tolerance_text = answer.split(":", 1)
                value, tolerance = float(value_text), float(tolerance_text)
            else:
                value, tolerance = float(answer), 0.0
            answers.append(GiftAnswer(f"{value!r}:{tolerance!r}", fraction, fmt))
    return GiftQuestion(name, qtype, qtext, qformat, tuple(answers))


def parse_gift(source: str) -> list[GiftQuestion]:
    """Questions of a GIFT file: blocks separated by blank lines; comments and categories skipped."""
    questions, block = [], []
    for line in [*source.splitlines(), ""]:
        if line.strip():
            block.append(line)
        elif block:
            if not all(b.strip().startswith("//") or b.startswith("$CATEGORY:") for b in block):
                questions.append(read_question([b for b in block if not b.startswith("$CATEGORY:")]))
            block = []
    return questions


def moodle_matches(response: str, pattern: str, ignore_case: bool = True) -> bool:
    """Whether Moodle's short-answer grading counts `response` as matching the stored `pattern`."""
    pattern = unicodedata.normalize("NFC", pattern)
    response = unicodedata.normalize("NFC", response)
    bits = re.split(r"(?<!\\)\*+", pattern)
    regex = "^" + ".*".join(re.escape(bit.replace("\\*", "*")) for bit in bits) + "$"
    return re.match(regex, response.strip(), re.IGNORECASE if ignore_case else 0) is not None
