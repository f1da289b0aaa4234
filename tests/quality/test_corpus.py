"""The development corpus (tests/quality/corpus/), re-generated and held to its hand judgements.

Every wrong option an MCQ shows must have been judged by hand for that card (judgements.yaml);
an option never judged fails, so a change to the generator forces re-judging
(`python tests/quality/corpus_report.py --template` lists what is new). A card judged good must
stay good: an option judged bad showing in it fails. The rates stay within the issue's targets.
"""

from __future__ import annotations

import pytest
from corpus_report import corpus_cards, distractors, figures, judgements

from quizgen.core.model import CardKind

#: Cards the judgements found a bad option in (kept as known failures; docs/quality.md lists them).
KNOWN_BAD = {card for card, options in judgements().items() if any(options.values())}


@pytest.fixture(scope="module")
def cards():
    return corpus_cards()[1]


def test_every_shown_option_was_judged(cards):
    judged = judgements()
    unjudged = [(c.id, o) for c in cards if c.kind is CardKind.MCQ for o in distractors(c) if o not in judged.get(c.id, {})]
    assert unjudged == [], "re-judge: python tests/quality/corpus_report.py --template"


def test_cards_judged_good_stay_good(cards):
    judged = judgements()
    turned_bad = [(c.id, o) for c in cards if c.kind is CardKind.MCQ and c.id not in KNOWN_BAD
                  for o in distractors(c) if judged.get(c.id, {}).get(o)]
    assert turned_bad == []


def test_rates_meet_the_targets():
    f = figures()
    mcqs, bad = sum(f["mcq"].values()), sum(f["bad"].values())
    assert mcqs and bad / mcqs <= 0.10
    # Every year, date and number blank gets an MCQ, but for those whose answer the fact gives away.
    assert set(f["numeric_without_mcq"]) <= {"dev-biology:chromosomes:1", "dev-history:ww1-length:1"}
    # No fewer MCQs than when judged (a floor, not the 70% target: see docs/quality.md).
    # 302 since round 5: Kilimanjaro, Mont Blanc and the Andes lost options of other continents
    # (judged good in earlier rounds; the held-out teachers strike them: the Matterhorn against Denali),
    # and Galileo's physicians and biologists (no physician for a physicist's key); one regained
    # 301 since round 11: a king's wrong answers are rulers of his realm (`categories.realm`): Charlemagne's MCQ
    # (Harun al-Rashid and Emperor Kanmu, judged R) and Queen Victoria's (Rani Lakshmibai and Yaa Asantewaa, judged
    # good: a cost of the rule) have too few rulers of the key's own country left
    # 300 since round 12: works carry their years (`categories.title_gap`): Don Quixote (1605) has no novel of its
    # age in the lists (its options, Jane Eyre and Wuthering Heights of 1847, were judged good: a cost of the rule)
    assert mcqs >= 300
