"""Round 17 rule tests (heldout15's failures): each goes through the real generator or the real lists. Each rule's
first test fails on main (311a28d), where the option the rule keeps out was shown; the decks are written for these
tests."""

from __future__ import annotations

from quizgen.core import categories
from tests.quality.rule_decks import load, mcq, wrong


def test_r17_a_listed_name_without_its_middle_names_has_the_listed_life():
    # WordNet lists "Gustav Robert Kirchhoff" (1824-1887): a deck's "Gustav Kirchhoff" is him
    assert not categories.alive_in("Gustav Kirchhoff", (1827, 1827), categories.ADULT_AGE)
    assert categories.alive_in("Gustav Kirchhoff", (1850, 1850), categories.ADULT_AGE)
    # a short name another listed person holds keeps its own life
    # a short name another listed person holds keeps its own life: John Adams, not John Quincy Adams
    assert categories.died("John Adams") == 1826


def test_r17_a_deck_person_not_yet_grown_at_the_stems_year_is_no_wrong_answer(tmp_path):
    # heldout15: "Ohm published the law ... in 1827" was offered Gustav Kirchhoff, born in 1824 (judged I)
    deck = load(tmp_path, {"title": "Electricity", "facts": [
        {"id": "ohm", "text": "{Georg Simon Ohm} published the law relating current, voltage and resistance in {1827}.",
         "kind": ["physicist", "year"]},
        {"id": "kirchhoff", "text": "{Gustav Kirchhoff} formulated his two circuit laws in {1845}.",
         "kind": ["physicist", "year"]},
        {"id": "faraday", "text": "{Michael Faraday} discovered electromagnetic induction in {1831}.",
         "kind": ["physicist", "year"]},
        {"id": "orsted", "text": "{Hans Christian Ørsted} saw a current deflect a compass needle in {1820}.",
         "kind": ["physicist", "year"]},
    ]})
    shown = wrong(mcq(deck, "ohm"))
    assert "Gustav Kirchhoff" not in shown and len(shown) >= 2, shown


def test_r17_an_authors_pick_dead_or_unborn_at_the_stems_year_is_left_out(tmp_path):
    # heldout15: the author's picks for "defeated Edward II at Bannockburn in 1314": Edward I (died 1307) and
    # Edward III (aged two), judged I; William Wallace (executed 1305) for Robert the Bruce
    deck = load(tmp_path, {"title": "Scottish history", "facts": [
        {"id": "bannockburn", "text": "{Robert the Bruce} defeated {Edward II} at Bannockburn on {24 June 1314}.",
         "distractors": [["John Balliol", "David II", "William Wallace"], ["Edward I", "Edward III", "Henry IV"], []]},
    ]})
    assert "William Wallace" not in wrong(mcq(deck, "bannockburn", 1))
    assert not {"Edward I", "Edward III"} & wrong(mcq(deck, "bannockburn", 2))


def test_r17_an_authors_pick_named_like_a_listed_person_of_another_trade_stays(tmp_path):
    # the author's Diego Velázquez for "landed in Mexico in 1519" is the conquistador, not the painter born in 1599
    deck = load(tmp_path, {"title": "The Aztecs", "facts": [
        {"id": "cortes", "text": "{Hernán Cortés} landed on the Gulf coast of Mexico in {1519}.",
         "distractors": [["Diego Velázquez", "Francisco Pizarro", "Pedro de Alvarado"], []]},
    ]})
    assert "Diego Velázquez" in wrong(mcq(deck, "cortes"))


def test_r17_a_regnal_key_dated_outside_its_listed_namesakes_life_binds_the_wrong_rulers(tmp_path):
    # heldout13: "King Henry IV ... the Edict of Nantes in 1598" was offered William II and Edmund II (judged RI):
    # the listed Henry IV is the emperor who died in 1106, so the stem's year was dropped as "not the key's life"
    deck = load(tmp_path, {"title": "Reformation", "facts": [
        {"id": "nantes", "text": "King {Henry IV} granted French Protestants toleration in the Edict of Nantes in {1598}."},
        {"id": "elizabeth", "text": "{Elizabeth I} was excommunicated by the pope in {1570}."},
        {"id": "philip", "text": "{Philip II} sent the Spanish Armada against England in {1588}."},
    ]})
    shown = wrong(mcq(deck, "nantes"))
    assert not {"William II", "Edmund II"} & shown, shown
    assert all(categories.alive_in(o, (1598, 1598)) for o in shown), shown


def test_r17_a_monarchs_title_takes_no_ruler_by_office(tmp_path):
    # heldout12 and 14: "Tsar ____ of Russia" was offered Joseph Stalin and Nikita Khrushchev (judged R)
    assert categories.office_for_crown("Joseph Stalin", "tsar")
    assert not categories.office_for_crown("Alexander II", "tsar")
    assert not categories.office_for_crown("Joseph Stalin", "leader")
    deck = load(tmp_path, {"title": "Russia", "facts": [
        {"id": "tsar", "text": "Tsar {Nicholas II} of Russia abdicated in March {1917}."},
        {"id": "lenin", "text": "{Vladimir Lenin} led the Bolsheviks to power in {1917}."},
        {"id": "stalin", "text": "{Joseph Stalin} ruled the Soviet Union from 1924 to {1953}."},
        {"id": "khrushchev", "text": "{Nikita Khrushchev} denounced Stalin in a secret speech in {1956}."},
    ]})
    assert not {"Joseph Stalin", "Nikita Khrushchev", "Vladimir Lenin"} & wrong(mcq(deck, "tsar"))
