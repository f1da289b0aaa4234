"""Quiz questions (Moodle GIFT and XML) as facts: the rules both Moodle importers share.

- multiple choice with one right answer: the right answer is the blank, the wrong ones are the
  fact's `distractors` (an author's own wrong answers are the best there are);
- short answer: the blank, with every fully-right answer as an alternative;
- numerical with one exact value: a number blank;
- a question whose answer sits inside its text ("... {=Porbandar} in India"), or whose text shows
  the blank as `____` (quizgen's own exports), gets the blank there; any other question becomes
  `ask`, with the text "question? {answer}".
Everything else (true/false, matching, essay, several right answers, partial credit, numerical
ranges) is listed as skipped, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.importers.model import ImportedFact, Skipped, blank, fact_from_question, literal, readable_id, stable_id


@dataclass(frozen=True, slots=True)
class Choice:
    text: str
    fraction: float  # 100 = fully right, 0 = wrong, in between = partial credit


@dataclass(frozen=True, slots=True)
class Question:
    kind: str  # "multichoice" | "shortanswer" | "numerical" | anything else (skipped)
    name: str
    text: str  # the question's text before the answer (plain text)
    after: str  # text after an answer placed mid-question ("" when the answer comes at the end)
    choices: tuple[Choice, ...]
    tags: tuple[str, ...]
    feedback: str
    where: str
    tolerance: float = 0.0


UNREPRESENTABLE = {
    "truefalse": "true/false: a statement has no answer to blank; rewrite it as a fact with the key word in {braces}",
    "matching": "matching: rewrite each pair as its own fact",
    "essay": "essay: no answer to check",
    "description": "a description, not a question",
    "ddwtos": "drag and drop: rewrite each gap as a fact",
    "gapselect": "select missing words: rewrite each gap as a fact",
    "calculated": "calculated: the answer is computed from random values",
    "calculatedsimple": "calculated: the answer is computed from random values",
    "calculatedmulti": "calculated: the answer is computed from random values",
    "random": "a random question draws from a category; import the category itself",
    "randomsamatch": "random short-answer matching: rewrite each pair as a fact",
    "ddmarker": "drag markers: no text answer",
    "ddimageortext": "drag onto an image: no text answer",
}


def question_fact(question: Question, skipped: list[Skipped]) -> ImportedFact | None:
    if question.kind in UNREPRESENTABLE:
        skipped.append(Skipped(question.where, UNREPRESENTABLE[question.kind]))
        return None
    right = [c for c in question.choices if c.fraction >= 99.999 and c.text.strip()]
    partial = [c for c in question.choices if 0 < c.fraction < 99.999]
    wrong = [c.text for c in question.choices if c.fraction <= 0 and c.text.strip()]
    hints: list[str] = []
    if question.kind == "multichoice":
        if len(right) != 1:
            skipped.append(Skipped(question.where, "several right answers (or none): quizgen MCQs have one"
                                   if len(right) != 1 and not partial else "partial credit: quizgen MCQs have one "
                                   "right answer"))
            return None
        answer_blank = blank(right[0].text)
        if partial:
            hints.append(f"{len(partial)} partly right option(s) were left out")
        distractors = tuple(dict.fromkeys(" ".join(w.split()) for w in wrong))
    elif question.kind in ("shortanswer", "numerical"):
        if not right:
            skipped.append(Skipped(question.where, "no fully right answer"))
            return None
        if question.kind == "numerical" and question.tolerance:
            skipped.append(Skipped(question.where, f"numerical range (±{question.tolerance:g}): quizgen checks "
                                   "numbers exactly"))
            return None
        if partial:
            hints.append(f"{len(partial)} answer(s) with partial credit were left out")
        answer_blank = blank(right[0].text, [c.text for c in right[1:]])
        distractors = ()
    else:
        skipped.append(Skipped(question.where, f"question type '{question.kind}' has no quizgen form"))
        return None
    text_before = question.text.strip()
    if question.after.strip():
        # The answer sat inside the question ("... is {=Porbandar} in India."): the blank goes there.
        gap = " " if question.after.strip()[:1].isalnum() else ""
        text, ask = f"{literal(text_before)} {answer_blank}{gap}{literal(question.after.strip())}".strip(), None
    elif not text_before:
        skipped.append(Skipped(question.where, "the question has no text"))
        return None
    else:
        text, ask = fact_from_question(text_before, answer_blank)
    fact_id = readable_id(question.name) if question.name else stable_id("q", question.text)
    return ImportedFact(id=fact_id, text=text, ask=ask, distractors=distractors, tags=question.tags,
                        note=question.feedback or None, origin=question.where, hints=tuple(hints))


def category_tags(category: str) -> tuple[str, ...]:
    """Moodle's `$course$/top/Biology/Cells` as the tag `Biology::Cells` (spaces become `_`)."""
    parts = [p.strip() for p in category.replace("\\/", "\x00").split("/") if p.strip()]
    parts = [p.replace("\x00", "/") for p in parts]
    while parts and (parts[0].startswith("$") or parts[0].lower() in ("top", "default")):
        parts = parts[1:]
    tag = "::".join("_".join(p.split()) for p in parts)
    return (tag,) if tag else ()


def is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
