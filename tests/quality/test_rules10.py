"""Tenth round (docs/quality.md, "Round 10"): general rules measured leave-one-set-out on the eight quality sets.
Each test goes through the real generator (or `check`) and fails on main before the round."""

from __future__ import annotations

from rule_decks import load, mcq, wrong

from quizgen.core.checks import deck_warnings
from quizgen.core.plan import plan_deck


SHIPS = ["Golden Hind", "Endeavour", "Beagle", "Endurance", "Fram", "Mayflower"]


def test_r10_a_pool_of_the_keys_kind_is_likely_three_options(tmp_path):
    # bad 23-30% of the time in every leave-one-set-out fold: a pool of its kind is no longer sure
    deck = load(tmp_path, {"pools": {"ship": SHIPS},
                           "facts": [{"id": "v", "text": "Elcano brought the ship {Victoria} back to Spain.",
                                      "type": "term", "kind": "ship"}]})
    plan = next(p for p in plan_deck(deck).blanks() if p.fact.id == "v")
    assert len(plan.distractors) >= 3 and not any(plan.sure)
    card = mcq(deck, "v")
    assert len(card.options) == 3 and wrong(card) <= set(SHIPS) and set(card.distractor_pool) == wrong(card)


def test_r10_of_two_likely_wrong_answers_a_deck_answer_comes_before_a_pool_entry(tmp_path):
    # the origins' records (TRUST): another deck answer (6-10% bad) before a pool of the kind (23-30%)
    facts = [{"id": f"s{i}", "text": text, "type": "term", "kind": "ship"} for i, text in enumerate([
        "Cook's first voyage, in 1768, was in the ship {Endeavour}.",
        "Cook's ship {Resolution} crossed the Antarctic Circle in 1773.",
        "On his last voyage, in 1776, Cook's second ship was the {Discovery}."])]
    deck = load(tmp_path, {"pools": {"ship": ["Golden Hind"]}, "facts": facts})
    checked = 0
    for plan in plan_deck(deck).blanks():
        trust = dict(zip(plan.distractors, plan.trust))
        assert trust["Golden Hind"] == 3 and all(t == 1 for o, t in trust.items() if o != "Golden Hind")
        if len(trust) == 3:  # all three drawn: both deck answers shown, not the pool's entry
            assert wrong(mcq(deck, plan.fact.id)) == set(trust) - {"Golden Hind"}
            checked += 1
    assert checked


DUTCH = [("the house", "het huis"), ("the dog", "de hond"), ("the cat", "de kat"), ("the woman", "de vrouw"),
         ("the table", "de tafel"), ("the children", "de kinderen"), ("the books", "de boeken"),
         ("the cities", "de steden"), ("good morning", "goedemorgen"), ("thank you", "dank je wel"),
         ("good night", "goedenacht"), ("how are you?", "hoe gaat het?")]


def test_r10_a_vocabulary_pair_keeps_the_number_its_english_gloss_says(tmp_path):
    # "de" is both numbers in Dutch: the gloss "the children" says plural, "the woman" singular
    deck = load(tmp_path, {"facts": [{"id": f"w{i}", "text": f"{english}: {{{word}}}"}
                                     for i, (english, word) in enumerate(DUTCH)]})
    ids = {word: f"w{i}" for i, (_, word) in enumerate(DUTCH)}
    assert wrong(mcq(deck, ids["de kinderen"])) <= {"de boeken", "de steden"}
    assert wrong(mcq(deck, ids["de vrouw"])) <= {"de hond", "de kat", "de tafel"}
    # a question glosses a question: "hoe gaat het?" is no option for "goedemorgen"
    assert "hoe gaat het?" not in wrong(mcq(deck, ids["goedemorgen"]))
    assert mcq(deck, ids["hoe gaat het?"]) is None  # the only question: no MCQ, never padded


def test_r10_a_vocabulary_pair_keeps_the_definiteness_its_english_gloss_says(tmp_path):
    # Portuguese "a" (the) reads as the English article: the gloss says "the water", not "an apple"
    rows = [("the water", "a água"), ("the house", "a casa"), ("the city", "a cidade"), ("an apple", "uma maçã"),
            ("a man", "um homem"), ("the bread", "o pão")]
    deck = load(tmp_path, {"facts": [{"id": f"p{i}", "text": f"{english}: {{{word}}}"}
                                     for i, (english, word) in enumerate(rows)]})
    for fact in ("p0", "p1", "p2"):
        card = mcq(deck, fact)
        assert card is not None and not wrong(card) & {"uma maçã", "um homem"}


def test_r10_one_of_the_few_women_states_the_sex(tmp_path):
    deck = load(tmp_path, {"pools": {"pharaoh": ["Khufu", "Ramesses II", "Tutankhamun", "Akhenaten"]},
                           "facts": [{"id": "h", "text": "{Hatshepsut}, one of the few women to rule as pharaoh, "
                                                         "built a temple.", "type": "person", "kind": "pharaoh"}]})
    assert mcq(deck, "h") is None  # no woman among the pool: no MCQ rather than four men


def test_r10_a_rank_the_stem_gives_keeps_persons_of_that_rank(tmp_path):
    deck = load(tmp_path, {"facts": [
        {"id": "yi", "text": "Admiral {Yi Sun-sin} used turtle ships against the Japanese invasion of 1592."},
        {"id": "nelson", "text": "At Trafalgar in 1805 Admiral {Horatio Nelson} defeated the French fleet."}]})
    for fact in ("yi", "nelson"):
        card = mcq(deck, fact)
        for option in wrong(card) if card else ():
            assert option not in {"Toyotomi Hideyoshi", "Tokugawa Ieyasu", "Charles Cornwallis", "Arthur Wellesley"}


def test_r10_the_role_a_stem_names_keeps_the_lists_persons_of_that_role(tmp_path):
    deck = load(tmp_path, {"facts": [
        {"id": "c", "text": "The poet {Geoffrey Chaucer} wrote The Canterbury Tales in the late 14th century."}]})
    from quizgen.core import people

    plan = next(p for p in plan_deck(deck).blanks() if p.fact.id == "c")
    assert len(plan.distractors) >= 2
    for option in plan.distractors:
        person = people.lookup(option)
        assert person is None or people.has_role(person, "poet")  # not Ibn Battuta, a traveller who wrote


def test_r10_a_century_blank_takes_the_next_centuries(tmp_path):
    deck = load(tmp_path, {"facts": [
        {"id": "d", "text": "The dodo, a flightless bird of Mauritius, was extinct by the end of the {17th century}."},
        {"id": "a", "text": "In the {13th century}, Thomas Aquinas joined Aristotle's philosophy to theology."}]})
    assert wrong(mcq(deck, "d")) <= {"15th century", "16th century", "18th century", "19th century"}
    assert wrong(mcq(deck, "a")) <= {"11th century", "12th century", "14th century", "15th century"}


def test_r10_check_suggests_a_number_type_for_a_number_written_as_a_term(tmp_path):
    deck = load(tmp_path, {"facts": [{"id": "t", "text": "Heracles had to perform {twelve} labours.", "type": "term"}]})
    messages = [str(w) for w in deck_warnings(deck) if "facts[t]" in str(w)]
    assert messages and "`type: number`" in messages[0] and "kind: process" not in messages[0]


def test_r10_check_says_only_the_authors_own_make_a_blank_sure(tmp_path):
    deck = load(tmp_path, {"pools": {"ship": SHIPS},
                           "facts": [{"id": "v", "text": "Elcano brought the ship {Victoria} back to Spain.",
                                      "type": "term", "kind": "ship"}]})
    messages = [str(w) for w in deck_warnings(deck) if "facts[v]" in str(w)]
    assert messages and "so its MCQ has 3 options" in messages[0] and "`distractors: [...]`" in messages[0]
    assert "pools:" not in messages[0]


def test_r10_a_recurring_event_keeps_its_cycle_and_its_first_year(tmp_path):
    deck = load(tmp_path, {"facts": [
        {"id": "w", "text": "Women first competed at the modern Olympics at the {1900} Games in Paris."},
        {"id": "t", "text": "The 2020 Summer Olympics in Tokyo were postponed to {2021} because of the pandemic."},
        {"id": "r", "text": "Röntgen won the first Nobel Prize in Physics in {1901}."},
        {"id": "l", "text": "Abraham Lincoln was elected president in {1860}."}]})
    years = {f: {int(o) for o in wrong(mcq(deck, f))} for f in ("w", "t", "r", "l")}
    assert years["w"] and all(y % 4 == 0 and y >= 1896 for y in years["w"])  # no 1903, no 1895
    assert years["t"] and not all(y % 4 == 1 for y in years["t"])  # postponed: not a cycle of 2021
    assert years["r"] and all(y >= 1901 for y in years["r"])  # no Nobel Prize before 1901
    assert years["l"] and all(y % 4 == 0 for y in years["l"])  # elections every four years


def test_r10_a_country_said_with_the_takes_countries_said_with_the(tmp_path):
    deck = load(tmp_path, {"facts": [
        {"id": "b", "text": "Columbus first landed in the Americas in 1492, on an island in the {Bahamas}."},
        {"id": "p", "text": "Magellan was killed in the {Philippines} in 1521."}]})
    for fact in ("b", "p"):
        card = mcq(deck, fact)
        assert card is None or not wrong(card) & {"Barbados", "Grenada", "Vietnam", "Myanmar", "Cuba", "Jamaica"}
    plan = next(p for p in plan_deck(deck).blanks() if p.fact.id == "p")
    assert all(o.startswith(("the ", "The ")) or o.split()[-1] in ("Islands", "Republic", "Kingdom", "States",
                                                                    "Netherlands", "Maldives", "Bahamas", "Seychelles")
               for o in plan.distractors)


def test_r10_shares_of_one_whole_make_at_most_a_hundred_percent(tmp_path):
    deck = load(tmp_path, {"facts": [{"id": "a", "text": "Dry air is about {78%} nitrogen and {21%} oxygen."},
                                     {"id": "b", "text": "About {71%} of Earth's surface is water, and 97% of it is salt water."}]})
    assert all(float(o[:-1]) <= 79 for o in wrong(mcq(deck, "a", 1)))  # no 98% nitrogen beside 21% oxygen
    assert all(float(o[:-1]) <= 22 for o in wrong(mcq(deck, "a", 2)))  # no 32% oxygen beside 78% nitrogen
    assert any(float(o[:-1]) > 71 for o in wrong(mcq(deck, "b")))  # shares of two wholes (168%): not bounded
