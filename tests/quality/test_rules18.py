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
