"""The diff shown to the learner: the typed text against the answer, character by character, and the typed
runs it marks."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from quizgen.core.text import fold


#: Diff operations: text in both, typed but not in the answer, in the answer but not typed,
#: typed text standing where the answer has the "missing" text that follows it.
DiffOp = tuple[str, str]

EQUAL, EXTRA, MISSING, WRONG = "equal", "extra", "missing", "wrong"

_SURROUNDING = re.compile(r"^[\s\W_]+|[\s\W_]+$", re.UNICODE)


def diff(typed: str, answer: str) -> tuple[DiffOp, ...]:
    """Typed text against the answer, character by character, ignoring case and accents.

    Reading the ops left to right gives a merged view: "equal" text is the answer's (as written in
    the deck), "extra" was typed and is not in the answer, "missing" is in the answer and was not
    typed, and "wrong" is typed text that replaces the "missing" text right after it.
    """
    typed = _SURROUNDING.sub("", " ".join(typed.split()))
    folded_typed, folded_answer = [_fold(c) for c in typed], [_fold(c) for c in answer]
    ops: list[DiffOp] = []
    matcher = SequenceMatcher(None, folded_typed, folded_answer, autojunk=False)
    for tag, t1, t2, a1, a2 in matcher.get_opcodes():
        if tag == "equal":
            _append(ops, EQUAL, answer[a1:a2])
        elif tag == "delete":
            _append(ops, EXTRA, typed[t1:t2])
        elif tag == "insert":
            _append(ops, MISSING, answer[a1:a2])
        else:
            _append(ops, WRONG, typed[t1:t2])
            _append(ops, MISSING, answer[a1:a2])
    return tuple(ops)


def typed_marks(typed: str, ops: tuple[DiffOp, ...]) -> tuple[tuple[str, bool], ...]:
    """The text exactly as typed, in runs of (text, marked): marked runs are the "extra" and
    "wrong" text of `ops` (the `diff` of this `typed`). What `diff` forgives (surrounding spaces and
    punctuation, runs of spaces) is never marked."""
    # Where each character `diff` compared sits in `typed`: one per kept character, the first of
    # each run of spaces, none for what the surrounding pattern strips.
    kept: list[int] = []
    space = False
    for at, char in enumerate(typed):
        if char.isspace():
            if not space and kept:
                kept.append(at)
            space = True
        else:
            kept.append(at)
            space = False
    collapsed = "".join(" " if typed[at].isspace() else typed[at] for at in kept)
    stripped = _SURROUNDING.sub("", collapsed)
    start = collapsed.find(stripped) if stripped else 0
    positions = kept[start:start + len(stripped)]
    marked = [False] * len(typed)
    cursor = 0
    for op, text in ops:
        if op == MISSING:
            continue
        for at in positions[cursor:cursor + len(text)]:
            marked[at] = op != EQUAL
        cursor += len(text)
    runs: list[tuple[str, bool]] = []
    for char, mark in zip(typed, marked):
        if runs and runs[-1][1] == mark:
            runs[-1] = (runs[-1][0] + char, mark)
        else:
            runs.append((char, mark))
    return tuple(runs)


def _fold(char: str) -> str:
    """One character compared without case or accent."""
    return fold(char) or char


def _append(ops: list[DiffOp], op: str, text: str) -> None:
    if not text:
        return
    if ops and ops[-1][0] == op:
        ops[-1] = (op, ops[-1][1] + text)
    else:
        ops.append((op, text))
