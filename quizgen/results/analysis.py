"""Item analysis: how each question worked, and how reliable the test was. Pure: no I/O.

Per question (over every student who sat the quiz; a blank answer scores 0):
- facility: the mean score as a share of the question's points (for 1-point questions, the
  proportion who got it right);
- point-biserial: Pearson's correlation of the question's score with the rest of the test (the
  total without this question, so a question does not correlate with itself);
- upper-lower 27%: facility among the top 27% of students by total score minus facility among the
  bottom 27% (ties in the total broken by the order the students were read in);
- option pick rates (multiple choice): the share of students who chose each option, and who left it blank.
For the test: the distribution of total scores and KR-20 (Cronbach's alpha on the question scores,
which is KR-20 when every question is right or wrong), with population variances.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from typing import Sequence

from quizgen.core.model import CardKind
from quizgen.quiz.manifest import Manifest, ManifestQuestion
from quizgen.results.model import NO_ANSWER, Asked, ClassResults, same_text

#: The share of students in each of the upper and lower groups.
GROUP_SHARE = 0.27


@dataclass(frozen=True, slots=True)
class OptionFigure:
    text: str
    is_key: bool
    count: int
    rate: float


@dataclass(frozen=True, slots=True)
class ItemFigures:
    card_id: str
    deck: str
    fact: str
    blank: int
    kind: str  # as asked where it was answered: "mcq" or "cloze"
    number: int  # in version A
    prompt: str
    points: float
    n: int
    facility: float
    point_biserial: float | None  # None when the item or the rest of the test does not vary
    upper_lower: float | None  # None with fewer than 2 students
    options: tuple[OptionFigure, ...]  # MCQ only; the last one is NO_ANSWER when anyone left it blank


@dataclass(frozen=True, slots=True)
class TestFigures:
    students: int
    questions: int
    max_score: float
    mean: float
    sd: float
    median: float
    low: float
    high: float
    kr20: float | None
    scores: tuple[float, ...]  # every student's total, in the order read


@dataclass(frozen=True, slots=True)
class Analysis:
    quiz_id: str
    title: str
    test: TestFigures
    items: tuple[ItemFigures, ...]


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 0 or syy <= 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def population_variance(values: Sequence[float]) -> float:
    return statistics.pvariance(values) if len(values) > 1 else 0.0


def group_size(students: int) -> int:
    """How many students the upper and lower groups each hold: 27% of the class, at least one."""
    return max(1, round(GROUP_SHARE * students))


def analyse(manifest: Manifest, results: ClassResults) -> Analysis:
    questions = manifest.versions[0].questions
    attempts = results.attempts
    matrix = [[a.answers[q.card_id].score for q in questions] for a in attempts]
    totals = [sum(row) for row in matrix]
    n = len(attempts)
    order = sorted(range(n), key=lambda s: -totals[s])  # stable: ties keep the order read
    size = group_size(n)
    upper, lower = order[:size], order[n - size:]
    items = []
    for i, question in enumerate(questions):
        scores = [row[i] for row in matrix]
        points = float(question.points) or 1.0
        facility = sum(scores) / (n * points) if n else 0.0
        rest = [t - x for t, x in zip(totals, scores)]
        upper_lower = None
        if n >= 2:
            upper_lower = (sum(scores[s] for s in upper) - sum(scores[s] for s in lower)) / (size * points)
        asked = results.asked.get(question.card_id) or _asked_in_manifest(question)
        items.append(ItemFigures(
            question.card_id, question.deck, question.fact, question.blank, "mcq" if asked.options else "cloze",
            question.number, question.prompt, points, n, facility, pearson(scores, rest), upper_lower,
            _options(asked, [a.answers[question.card_id].chosen for a in attempts]),
        ))
    k = len(questions)
    total_var = population_variance(totals)
    kr20 = None
    if k >= 2 and total_var > 0:
        item_var = sum(population_variance([row[i] for row in matrix]) for i in range(k))
        kr20 = k / (k - 1) * (1 - item_var / total_var)
    test = TestFigures(n, k, float(sum(q.points for q in questions)), statistics.fmean(totals) if n else 0.0,
                       math.sqrt(total_var), statistics.median(totals) if n else 0.0, min(totals, default=0.0),
                       max(totals, default=0.0), kr20, tuple(totals))
    return Analysis(manifest.quiz_id, manifest.title, test, tuple(items))


def _asked_in_manifest(question: ManifestQuestion) -> Asked:
    if question.kind is CardKind.MCQ:
        return Asked(question.options, question.options[question.key or 0])
    return Asked()


def _options(asked: Asked, chosen: list[str | None]) -> tuple[OptionFigure, ...]:
    if not asked.options:
        return ()
    n = len(chosen) or 1
    figures = []
    for option in asked.options:
        count = sum(1 for c in chosen if c is not None and same_text(c, option))
        figures.append(OptionFigure(option, asked.key is not None and same_text(option, asked.key), count, count / n))
    blank = sum(1 for c in chosen if c is None or not any(same_text(c, o) for o in asked.options))
    if blank:
        figures.append(OptionFigure(NO_ANSWER, False, blank, blank / n))
    return tuple(figures)
