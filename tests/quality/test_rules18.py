"""Round 18 rule tests (heldout17's failures): each goes through the real generator. Each rule's first test fails on
main (311a28d), where the option the rule keeps out was shown; the decks are written for these tests."""

from __future__ import annotations

from tests.quality.rule_decks import load, mcq, wrong

_SIDES = [("chakula", "food"), ("maji", "water"), ("chai", "tea"), ("rafiki", "friend"), ("kitabu", "book"),
          ("gari", "car")]
_REVERSED = [("bread", "mkate"), ("milk", "maziwa"), ("cow", "ng'ombe"), ("dog", "mbwa")]


def _vocabulary(tmp_path, asked: bool):
    facts = [{"id": f"sw-{w}", "text": f"{w}: {{{g}}}", **({"ask": f"What does '{w}' mean?"} if asked else {})}
             for w, g in _SIDES]
    facts += [{"id": f"en-{g}", "text": f"{g}: {{{w}}}", **({"ask": f"How do you say '{g}' in Swahili?"} if asked
                                                            else {})} for g, w in _REVERSED]
    return load(tmp_path, {"title": "Swahili vocabulary", "facts": facts})


def test_r18_a_vocabulary_option_is_from_the_keys_side_of_the_cards(tmp_path):
    # heldout17: "What does 'chakula' mean?" offered mkate (the Swahili of "bread"), "How do you say 'cow' in
    # Swahili?" offered giraffe (judged T F): a wrong answer is of the key's language
    for asked in (True, False):
        (tmp_path / str(asked)).mkdir()
        deck = _vocabulary(tmp_path / str(asked), asked)
        english = wrong(mcq(deck, "sw-chakula"))
        assert english and not english & {w for _, w in _REVERSED}, english
        swahili = wrong(mcq(deck, "en-cow"))
        assert swahili and not swahili & {g for _, g in _SIDES} and swahili <= {w for _, w in _REVERSED}, swahili


def test_r18_an_option_ending_with_the_words_after_the_blank_is_of_another_form(tmp_path):
    # heldout17: "The ____ ice shelf broke apart ..." (Larsen B) offered Ronne Ice Shelf, read "Ronne Ice Shelf ice
    # shelf" (judged F)
    deck = load(tmp_path, {"title": "Antarctica", "pools": {"ice shelf": [
        "Ronne Ice Shelf", "Filchner Ice Shelf", "Amery Ice Shelf", "Larsen C", "Brunt Ice Shelf"]},
        "facts": [
        {"id": "ross", "text": "The {Ross Ice Shelf}, about the size of France, is the largest ice shelf in Antarctica.",
         "kind": "ice shelf"},
        {"id": "larsen-b", "text": "The {Larsen B} ice shelf broke apart within a few weeks in early 2002.",
         "kind": "ice shelf"},
    ]})
    # Larsen C alone is of the key's form: fewer options, here none, rather than a weaker one
    shown = wrong(mcq(deck, "larsen-b"))
    assert all(not o.lower().endswith("ice shelf") for o in shown), shown
    # the key's own form keeps its options: the Ross Ice Shelf's rivals are ice shelves
    assert any(o.endswith("Ice Shelf") for o in wrong(mcq(deck, "ross")))


def _numbers(tmp_path, text: str) -> set[str]:
    return wrong(mcq(load(tmp_path, {"title": "Numbers", "facts": [{"id": "n", "text": text}]}), "n"))


def _value(option: str) -> float:
    return float(option.rstrip("%° ").replace(",", ""))


def test_r18_impossible_numbers_are_no_wrong_answers(tmp_path):
    # heldout17 (judged I): 99.8° for the Antarctic Circle, 100% of the world's fresh water for 70%, a world champion
    # at 13, a grandmaster at 9, a reign of 94 and 79 years for Victoria's 63
    cases = [("The Antarctic Circle lies at about {66.5°} south.", lambda v: 0 < v < 90),
             ("The Antarctic ice sheet holds about {70%} of the world's fresh water.", lambda v: v < 100),
             ("Garry Kasparov was {22} when he took the title from Karpov in 1985.", lambda v: v >= 14),
             ("Judit Polgár became a grandmaster at {15}, younger than Bobby Fischer had been.", lambda v: v >= 14),
             ("Her reign lasted {63} years and 216 days, the longest of any British monarch until then.",
              lambda v: v <= 72)]
    for i, (text, fits) in enumerate(cases):
        (tmp_path / str(i)).mkdir()
        shown = _numbers(tmp_path / str(i), text)
        assert len(shown) >= 2 and all(fits(_value(o)) for o in shown), (text, shown)


def test_r18_above_a_more_than_key_wrong_answers_stay_within_twice_it(tmp_path):
    # heldout17: "Some of these monarchs fly more than ____ to reach their winter roosts" (4,000 km) offered
    # 12,000 km, three times the route (judged I); 8,000 km was kept
    shown = _numbers(tmp_path, "Some of these monarchs fly more than {4,000 km} to reach their winter roosts.")
    assert len(shown) == 3 and all(4000 < _value(o.removesuffix(" km")) <= 8000 for o in shown), shown
