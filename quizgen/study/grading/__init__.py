"""Grading typed answers: right, almost (a small typo), or wrong, and a diff to show the learner.

Two answers are the same when they normalize alike (`quizgen.core.text.normalize`: case, accents,
punctuation and extra spaces ignored). A typed answer is "almost" right when it is within a small
Levenshtein distance of an accepted answer, scaled with the answer's length; numbers never count as
typos: the digits typed must be exactly the answer's ("1921" is not almost "2021").

One module per concern: `verdict` (`compare`, the combinator of the readings below, then the spelling
rules), `text` (normalisation the readings share), `units` (the one table of units), `numbers` (the numbers a
text states and their one writing), `quantities` (a number with its unit, range, ratio, era), `dates`,
`persons` (a person's name), `places` (places, buildings, institutions, stem words), `spelling` (typos) and
`diff` (what the learner is shown).
"""

from quizgen.study.grading.diff import EQUAL, EXTRA, MISSING, WRONG, DiffOp, diff, typed_marks
from quizgen.study.grading.numbers import decimal_points, numbers
from quizgen.study.grading.persons import untitled_name
from quizgen.study.grading.text import typo_budget, without_article
from quizgen.study.grading.units import unit_spellings
from quizgen.study.grading.verdict import compare

__all__ = ["EQUAL", "EXTRA", "MISSING", "WRONG", "DiffOp", "compare", "decimal_points", "diff", "numbers",
           "typed_marks", "typo_budget", "unit_spellings", "untitled_name", "without_article"]
