"""Moodle GIFT: MCQ as multiple choice, cloze as short answer with every accepted alternative and
reading (quiz/accepted.py), or as a numeric question (`{#=1969:0}`) for a plain number with no word
form and no unit.

Written for Moodle's own importer (question/format/gift/format.php) and its short-answer grading
(question/type/shortanswer/question.php), read in their code:

- GIFT's special characters `~ = # { } :` and `\\` are backslash-escaped everywhere (the importer
  turns `\\\\` into `\\` and each escaped special into itself).
- The question text and the MCQ options are HTML (`[html]`, inherited by the options), so they are
  HTML-escaped too, and an option starting with `[` gets `&#91;` (the importer would read `[word]`
  at the start as a text format).
- Short-answer answers are plain text: Moodle stores them as written and compares the typed answer
  with them (case-insensitive here), where `*` is a wildcard and `\\*` a literal asterisk. So they
  are never HTML-escaped, a literal `*` is written `\\*`, an answer starting with `[` gets a
  `[plain]` format tag, and one starting with `%` an explicit `%100%` weight.
- A short answer holding `->` cannot be written: the importer would take the question for a
  matching question. Such a question is left out of the GIFT file (`left_out`), with a warning
  pointing to the Moodle XML file, which holds it.

The question name carries the question number and the card id (`Q03 deck:fact:1:cloze`), so a
question in Moodle's bank names its deck, fact and blank. GIFT separates questions by blank lines,
so newlines in a text become spaces.
"""

from __future__ import annotations

import re
from html import escape

from quizgen.quiz.accepted import numeric_value, readings
from quizgen.quiz.build import Quiz, VersionItem

FILE_NAME = "quiz.gift.txt"
#: Characters GIFT gives a meaning to; a backslash makes each literal (the backslash itself first).
GIFT_SPECIAL = "\\~=#{}:"
#: The start of a text that Moodle's importer reads as an answer weight (`%50%`).
_WEIGHT = re.compile(r"%-*[0-9]")


def escape_gift(text: str) -> str:
    """Plain text with GIFT's special characters escaped, on one line."""
    return "".join("\\" + ch if ch in GIFT_SPECIAL else ch for ch in " ".join(text.split()))


def gift_html(text: str) -> str:
    """A text Moodle treats as HTML (question text, MCQ options)."""
    html = escape(" ".join(text.split()), quote=False)
    if html.startswith("["):
        html = "&#91;" + html[1:]
    return escape_gift(html)


def gift_short_answer(text: str) -> str:
    """An accepted short answer, as Moodle stores and compares it (plain text, `*` literal)."""
    pattern = " ".join(text.split()).replace("*", "\\*")
    prefix = "[plain]" if pattern.startswith("[") else ""
    weight = "%100%" if _WEIGHT.match(prefix + pattern) else ""
    return weight + prefix + escape_gift(pattern)


def writable(item: VersionItem) -> bool:
    """Whether GIFT can hold the question (a short answer with `->` reads as a matching question)."""
    return item.answer_index is not None or not any("->" in a for a in readings(item.question.card))


def left_out(quiz: Quiz) -> list[VersionItem]:
    return [item for item in quiz.versions[0].items if not writable(item)]


def render(quiz: Quiz) -> list[tuple[str, bytes]]:
    """One GIFT file with version A's questions (Moodle shuffles answers itself)."""
    version = quiz.versions[0]
    lines = [
        f"// {' '.join(quiz.title.split())}: made by quizgen, version {version.name}, seed {quiz.seed}, "
        f"quiz {quiz.quiz_id}",
        f"$CATEGORY: $course$/{_category(quiz.title)}",
        "",
    ]
    for item in version.items:
        if writable(item):
            lines.extend([_question(item), ""])
    return [(FILE_NAME, "\n".join(lines).encode())]


def question_name(item: VersionItem) -> str:
    """The name each LMS file gives the question: its number and card id."""
    return f"Q{item.number:02d} {item.question.card.id}"


def _question(item: VersionItem) -> str:
    card = item.question.card
    head = f"::{escape_gift(question_name(item))}::[html]{gift_html(card.prompt)} {{"
    if item.answer_index is not None:
        answers = []
        for index, option in enumerate(item.options):
            if index == item.answer_index:
                answers.append("=" + gift_html(option))
            else:  # a distractor reading like a weight ("%5 off") gets an explicit 0% weight
                answers.append("~" + ("%0%" if _WEIGHT.match(option) else "") + gift_html(option))
    elif (value := numeric_value(card)) is not None:  # digits and a point only: nothing to escape
        head += "#"
        answers = [f"={value}:0"]
    else:
        answers = ["=" + gift_short_answer(a) for a in readings(card)]
    return "\n".join([head, *("\t" + a for a in answers), "}"])


def _category(title: str) -> str:
    """A category name Moodle reads literally: GIFT does not escape `$CATEGORY` lines, and `/` nests."""
    return re.sub(r"[^\w .,()-]+", "-", " ".join(title.split())).strip("- ") or "quizgen"
