"""TodayLog: today's answers counted at once (a start) are counted as answer by answer (a session)."""

from __future__ import annotations

import random

from quizgen.study.queues import LEARNING, RELEARNING, REVIEW, Answer, TodayLog


def _counts(log: TodayLog, card_ids: list[str]) -> tuple:
    decks = sorted({card_id.partition(":")[0] for card_id in card_ids})
    facts = sorted({tuple(card_id.split(":")[:2]) for card_id in card_ids})
    return ({deck: (log.new_done[deck], log.reviews_done[deck], log.cards_done[deck]) for deck in decks},
            {fact: log.fact_answered(fact) for fact in facts},  # type: ignore[arg-type]
            {card_id: log.card_answered(card_id) for card_id in card_ids})


def _random_day(rng: random.Random, answers: int) -> tuple[list[Answer], list[str]]:
    card_ids = [f"{deck}:f{fact}:{blank}:{kind}" for deck in ("alpha", "beta") for fact in range(6)
                for blank in range(2) for kind in ("mcq", "cloze")]
    given = [Answer(index + 1, rng.choice(card_ids), rng.choice([None, LEARNING, REVIEW, RELEARNING]))
             for index in range(answers)]
    return given, card_ids


def test_a_day_counted_at_once_counts_as_answer_by_answer() -> None:
    rng = random.Random(3)
    for _ in range(200):
        given, card_ids = _random_day(rng, rng.randrange(0, 40))
        one_by_one = TodayLog()
        for answer in given:
            one_by_one.add(answer)
        at_once = TodayLog(iter(given))
        assert _counts(at_once, card_ids) == _counts(one_by_one, card_ids)
        # Undone answers, in any order, and answers given after the start, come out the same too.
        for review_id in rng.sample([a.id for a in given], k=len(given) // 2) + [999]:
            one_by_one.remove(review_id)
            at_once.remove(review_id)
            assert _counts(at_once, card_ids) == _counts(one_by_one, card_ids)
        later = Answer(1000, rng.choice(card_ids), REVIEW)
        one_by_one.add(later)
        at_once.add(later)
        assert _counts(at_once, card_ids) == _counts(one_by_one, card_ids)


def test_a_card_answered_twice_counts_once_until_both_answers_are_undone() -> None:
    card = "alpha:f1:0:mcq"
    log = TodayLog([Answer(1, card, None), Answer(2, card, LEARNING), Answer(3, "alpha:f2:0:mcq", REVIEW)])
    assert (log.new_done["alpha"], log.reviews_done["alpha"], log.cards_done["alpha"]) == (1, 1, 2)
    log.remove(2)
    assert log.cards_done["alpha"] == 2 and log.card_answered(card) and log.fact_answered(("alpha", "f1"))
    log.remove(1)
    assert (log.new_done["alpha"], log.cards_done["alpha"]) == (0, 1)
    assert not log.card_answered(card) and not log.fact_answered(("alpha", "f1"))
