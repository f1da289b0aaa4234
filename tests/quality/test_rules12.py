"""Round 12 rule tests (terms, titles, numbers): each goes through the real generator and fails on main (edc907b)."""

from __future__ import annotations

from quizgen.core.answers import number_value, synthesize
from quizgen.core.generator import offered
from quizgen.core.model import AnswerType
from quizgen.core.plan import plan_deck
from tests.quality.rule_decks import load, mcq, wrong


def _metres(option: str) -> float:
    value = number_value(option)
    assert value is not None
    return value


def test_r12_three_sure_wrong_answers_are_shown_when_the_pool_has_them(tmp_path):
    # another fact's date ranks first (likely), three computed dates follow (sure): the MCQ shows the three computed
    # ones, not two of them beside nothing (the bundled deck's "October 5" blank had three options)
    deck = load(tmp_path, {"facts": [
        {"id": "launch", "text": "The mission is scheduled for launch on {October 5}, 2021."},
        {"id": "dock", "text": "The crew docked with the station on {October 7}, 2021."}]})
    plan = next(p for p in plan_deck(deck).blanks() if p.fact.id == "launch")
    assert not all(plan.sure) and sum(plan.sure) >= 3
    shown = wrong(mcq(deck, "launch"))
    sure = dict(zip(plan.distractors, plan.sure))
    assert len(shown) == 3 and all(sure[o] for o in shown)
    picked, pool, _ = offered(plan, 1, 3)
    assert all(sure[o] for o in pool)  # a study session draws from the sure ones only


def test_r12_a_listed_work_keeps_to_its_age(tmp_path):
    # the lists date their works: a poem of 1922 takes no Divine Comedy (1320) nor Paradise Lost (1667)
    deck = load(tmp_path, {"facts": [{"id": "eliot", "text": "T. S. Eliot's long poem {The Waste Land} was published in 1922."}]})
    shown = wrong(mcq(deck, "eliot"))
    assert shown and not shown & {"The Divine Comedy", "Paradise Lost", "The Iliad", "The Odyssey", "Beowulf",
                                  "The Canterbury Tales", "Kubla Khan", "The Raven"}


def test_r12_a_work_written_decades_after_a_dated_key_is_no_wrong_answer(tmp_path):
    # Nineteen Eighty-Four (1949) was not written when Ulysses (1922) was: no option 20+ years later, from the deck
    # or the lists; an earlier one of the age stays (Mrs Dalloway, 1925, beside The Great Gatsby, 1925)
    facts = [{"id": "ulysses", "text": "James Joyce's novel {Ulysses} (1922) follows Leopold Bloom through Dublin."},
             {"id": "orwell", "text": "George Orwell's novel {Nineteen Eighty-Four} (1949) introduced Big Brother."},
             {"id": "kerouac", "text": "Jack Kerouac's novel {On the Road} (1957) is the novel of the Beat Generation."},
             {"id": "woolf", "text": "Virginia Woolf's novel {Mrs Dalloway} (1925) takes place on one June day."},
             {"id": "gatsby", "text": "F. Scott Fitzgerald's novel {The Great Gatsby} (1925) is narrated by Nick."}]
    deck = load(tmp_path, {"facts": facts})
    for fact_id in ("ulysses", "woolf", "gatsby"):
        shown = wrong(mcq(deck, fact_id))
        assert shown and not shown & {"Nineteen Eighty-Four", "On the Road", "The Catcher in the Rye",
                                      "Lord of the Flies", "To Kill a Mockingbird"}, (fact_id, shown)


def test_r12_a_kind_the_stem_names_anywhere_serves_a_listed_key(tmp_path):
    # "the thigh bone, or ____": nothing names a kind beside the blank, but the stem says bone and the lists hold
    # the femur as one: the lists' bones serve it (before: no MCQ)
    deck = load(tmp_path, {"facts": [
        {"id": "femur", "text": "The longest and strongest bone in the body is the thigh bone, or {femur}."}]})
    shown = wrong(mcq(deck, "femur"))
    assert shown and shown <= {"tibia", "fibula", "humerus", "patella", "skull", "pelvis", "spine", "ribs", "radius",
                               "ulna", "sternum", "scapula", "clavicle", "mandible", "stapes", "cranium", "vertebrae",
                               "coccyx", "sacrum", "talus", "calcaneus", "carpals", "tarsals", "metatarsals"}


def test_r12_a_year_in_the_stem_is_no_region_scoping_a_superlative(tmp_path):
    # "Saturn's largest moon, ____, ... discovered ... in 1655": "in 1655" is a year, not a region the lists know
    # nothing of ("the highest mountain in Africa"): the lists' moons of Saturn serve it
    deck = load(tmp_path, {"facts": [
        {"id": "titan", "text": "Saturn's largest moon, {Titan}, has a thick atmosphere; it was discovered by "
                                "Christiaan Huygens in 1655."}]})
    shown = wrong(mcq(deck, "titan"))
    assert shown and shown <= {"Enceladus", "Mimas", "Rhea", "Iapetus"}


def test_r12_a_mountain_stays_below_its_continents_highest_and_near_it(tmp_path):
    # no 8,842 m Kilimanjaro: a height the stem places in Africa stays below Africa's highest summit; with only smaller
    # values left, none is half the key or less (2,948 m is no rival for Africa's highest)
    deck = load(tmp_path, {"facts": [
        {"id": "kili", "text": "Mount Kilimanjaro in Tanzania is Africa's highest mountain at {5,895 m}."},
        {"id": "mont-blanc", "text": "Mont Blanc, the highest mountain of the Alps in Europe, rises to {4,806 m}."}]})
    for fact_id, top in (("kili", 5895), ("mont-blanc", 5642)):
        shown = wrong(mcq(deck, fact_id))
        assert len(shown) >= 2
        assert all(_metres(o) <= top for o in shown), shown
    assert all(_metres(o) >= 0.55 * 5895 for o in wrong(mcq(deck, "kili")))


def test_r12_at_least_a_third_gets_larger_fractions_in_words(tmp_path):
    # "killed at least ____": a larger share only, in words; "a third" is answered by "a half" and by "two fifths"
    # (never "a two fifths"): before, "a half" alone was left and the blank had no MCQ
    deck = load(tmp_path, {"facts": [
        {"id": "plague", "text": "The Black Death reached Europe in 1347 and killed at least {a third} of its people.",
         "type": "number"}]})
    shown = wrong(mcq(deck, "plague"))
    assert len(shown) >= 2 and "a half" in shown and all(number_value(o) > 1 / 3 for o in shown)
    assert synthesize("a third", AnswerType.NUMBER)[:2] == ["a quarter", "a fifth"]  # its own form first


def test_r12_a_rough_year_with_its_era_moves_as_a_year(tmp_path):
    # "c. 2560 BC" written as a number: wrong answers within the rubric's 50 years, in its own form (before: moved by
    # factors of the number, c. 3840 BC and c. 1540 BC)
    deck = load(tmp_path, {"facts": [
        {"id": "khufu", "text": "The Great Pyramid of Giza, built for Pharaoh Khufu, was finished {c. 2560 BC}.",
         "type": "number"}]})
    shown = wrong(mcq(deck, "khufu"))
    assert len(shown) == 3
    for option in shown:
        assert option.startswith("c. ") and option.endswith(" BC")
        assert abs(_metres(option.removeprefix("c. ")) - 2560) <= 50


def test_r12_works_written_with_their_year_are_of_one_kind_whatever_their_tags(tmp_path):
    # "____ (1939) switches to colour" and "____ (1941), directed by ...": works named with their years fill the
    # same role; their different tags (colour, awards) say their topics, not their kinds (before: no MCQ)
    facts = [{"id": "oz", "text": "{The Wizard of Oz} (1939) switches from sepia to colour in Kansas.", "tags": ["colour"]},
             {"id": "gwtw", "text": "{Gone with the Wind} (1939) won eight Oscars.", "tags": ["awards"]},
             {"id": "kane", "text": "{Citizen Kane} (1941), directed by Orson Welles, tops many lists.",
              "tags": ["directors"]},
             {"id": "technicolor", "text": "Becky Sharp was the first film made in three-strip {Technicolor}.",
              "tags": ["colour"]}]
    deck = load(tmp_path, {"facts": facts})
    assert wrong(mcq(deck, "oz")) == {"Gone with the Wind", "Citizen Kane"}


def test_r12_a_deck_term_of_another_age_is_no_wrong_answer(tmp_path):
    # two battles the deck dates 93 years apart: Borodino (1812) is no wrong answer for Tsushima (1905), as a title of
    # another age is none (`categories.title_gap`), though the battles share their role ("Battle of ____"; before,
    # any deck term within 150 years of the key's age passed)
    facts = [{"id": "tsushima", "text": "Japan destroyed the Baltic Fleet at the Battle of {Tsushima} in 1905."},
             {"id": "mukden", "text": "Japan defeated Russia on land at the Battle of {Mukden} in 1905."},
             {"id": "port-arthur", "text": "Japan besieged Russia's Pacific base at the Battle of {Port Arthur} in 1904."},
             {"id": "borodino", "text": "Kutuzov fought Napoleon at the Battle of {Borodino} in 1812."}]
    deck = load(tmp_path, {"facts": facts})
    shown = wrong(mcq(deck, "tsushima"))
    plan = next(p for p in plan_deck(deck).blanks() if p.fact.id == "tsushima")
    assert shown and "Borodino" not in plan.distractors
