"""Round 16 rule tests (heldout14's failures): each goes through the real generator. Each rule's first test fails on
main (88ab626), where the option the rule keeps out was shown; the decks are written for these tests."""

from __future__ import annotations

from pathlib import Path

import yaml

from quizgen.core import categories, people
from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import CardKind
from tests.quality.rule_decks import load, mcq, wrong

SETS = Path(__file__).resolve().parents[2] / "quizgen_benchmarks" / "quality_sets"

_MATHS = [
    {"id": "riemann", "text": "{Bernhard Riemann} stated his famous hypothesis about the zeta function in {1859}."},
    {"id": "hilbert", "text": "At the 1900 congress in Paris, {David Hilbert} presented a list of unsolved problems."},
    {"id": "galois", "text": "{Evariste Galois} was killed in a duel in {1832}."},
]


def test_r16_the_deck_subject_names_the_field_of_people():
    assert people.subject_fields("History of mathematics") == {"mathematician"}
    assert "religious-leader" in people.subject_fields("World religions: founders and festivals")
    assert not people.subject_fields("Irish history from Patrick to the Good Friday Agreement")
    # only the fields the key itself holds: Laozi, a philosopher, takes philosophers in a religions deck
    assert categories.key_fields("Laozi", people.subject_fields("World religions")) == {"philosopher"}
    assert not categories.holds_role("Jerome", frozenset(("philosopher",)))
    assert categories.key_fields("Bernhard Riemann", people.subject_fields("Stars and galaxies")) == frozenset()


def test_r16_a_mathematics_decks_persons_are_mathematicians(tmp_path):
    # "History of mathematics": Riemann was offered Daimler, Zeppelin, Schleiden and Bunsen (judged T)
    deck = load(tmp_path, {"title": "History of mathematics", "facts": _MATHS})
    for fact_id in ("riemann", "hilbert"):
        shown = wrong(mcq(deck, fact_id))
        assert len(shown) >= 2, (fact_id, shown)
        assert all(categories.holds_role(o, frozenset(("mathematician",))) for o in shown), (fact_id, shown)


def test_r16_a_deck_of_no_field_keeps_the_people_of_the_age(tmp_path):
    # the same facts in a deck whose subject names no field: the key's age and country, of any field
    deck = load(tmp_path, {"title": "Nineteenth-century Germany", "facts": _MATHS})
    shown = wrong(mcq(deck, "riemann"))
    assert shown and not all(categories.holds_role(o, frozenset(("mathematician",))) for o in shown), shown


def test_r16_a_deck_person_of_the_subjects_field_is_evidence_of_the_key_s_kind(tmp_path):
    # heldout12's psychology deck: the stems share no role word, but Piaget and Maslow are psychologists like Jung
    text = (SETS / "heldout12" / "decks" / "psychology.yaml").read_text(encoding="utf-8")
    fields = frozenset(("psychologist",))
    cards = {c.id: c for c in generate_cards(load_decks([SETS / "heldout12" / "decks" / "psychology.yaml"],
                                                        with_warnings=False).decks) if c.kind is CardKind.MCQ}
    for card_id in ("psychology:piaget:1:mcq", "psychology:maslow:1:mcq"):
        assert card_id in cards and all(categories.holds_role(o, fields) for o in wrong(cards[card_id])), card_id
    # the same deck under a title that names no field: the deck's psychologists are no evidence for these blanks
    path = tmp_path / "psychology.yaml"
    path.write_text(text.replace("title: Psychology", "title: Famous minds"), encoding="utf-8")
    other = {c.id: c for c in generate_cards(load_decks([path], with_warnings=False).decks) if c.kind is CardKind.MCQ}
    assert "psychology:piaget:1:mcq" not in other and "psychology:maslow:1:mcq" not in other


def test_r16_a_fraction_beside_the_blank_bounds_it(tmp_path):
    # "pi lies between 223/71 and ____" (22/7): 3/4, 2/3 and 3/5 were shown (judged I); no wrong upper end below
    deck = load(tmp_path, {"facts": [
        {"id": "pi", "text": "Archimedes showed that pi lies between 223/71 and {22/7}."}]})
    shown = wrong(mcq(deck, "pi"))
    assert not {o for o in shown if "/" in o and eval(o) < 22 / 7}, shown  # noqa: S307 (our own fractions)


def test_r16_a_part_of_a_stated_whole_stays_below_it(tmp_path):
    # "won ____ of Ireland's 105 seats" (73): 110 was shown (judged I)
    deck = load(tmp_path, {"facts": [
        {"id": "seats", "text": "In the 1918 general election Sinn Féin won {73} of Ireland's 105 seats."},
        {"id": "free", "text": "In the 1918 general election the party won {73} seats."}]})
    shown = wrong(mcq(deck, "seats"))
    assert len(shown) == 3 and all(float(o) < 105 for o in shown), shown


def test_r16_a_constellation_is_no_star(tmp_path):
    # Canis Major offered for Proxima Centauri and Vega (judged T)
    deck = load(tmp_path, {"facts": [
        {"id": "nearest", "text": "The nearest star to the Sun is {Proxima Centauri}."},
        {"id": "sirius", "text": "{Sirius}, the brightest star in the night sky, lies in the constellation {Canis Major}."},
        {"id": "vega", "text": "{Vega}, the brightest star in Lyra, was first photographed in 1850."},
        {"id": "polaris", "text": "{Polaris}, the pole star, lies in the constellation {Ursa Minor}."}]})
    for fact_id in ("nearest", "vega"):
        assert not wrong(mcq(deck, fact_id)) & {"Canis Major", "Ursa Minor"}, fact_id


def test_r16_the_judged_options_of_the_quality_sets_stay_as_judged():
    # every MCQ the round's own verdicts judged (gen16-verdicts.yaml) still shows only options judged
    verdicts = yaml.safe_load((SETS / "gen16-verdicts.yaml").read_text(encoding="utf-8"))
    judged: dict = {}
    for file in [*sorted(SETS.glob("heldout*/verdicts.yaml")), *sorted(SETS.glob("*-verdicts.yaml"))]:
        for card_id, options in (yaml.safe_load(file.read_text(encoding="utf-8")) or {}).items():
            judged.setdefault(card_id, {}).update(options)
    paths = {(yaml.safe_load(p.read_text(encoding="utf-8")).get("id") or p.stem): p
             for p in SETS.glob("heldout*/decks/*.yaml")}
    for deck_id in sorted({card_id.split(":")[0] for card_id in verdicts}):
        cards = generate_cards(load_decks([paths[deck_id]], with_warnings=False).decks)
        shown = {c.id: {o for i, o in enumerate(c.options) if i != c.answer_index}
                 for c in cards if c.kind is CardKind.MCQ}
        for card_id in verdicts:
            if card_id.split(":")[0] == deck_id and card_id in shown:
                assert shown[card_id] <= set(judged.get(card_id, {})), (card_id, shown[card_id])


def test_r16_heldout14_struck_options_stay_out():
    struck = {"history-of-mathematics:riemann:1:mcq", "history-of-mathematics:hilbert:2:mcq",
              "history-of-mathematics:napier:1:mcq", "history-of-mathematics:gauss:1:mcq",
              "history-of-mathematics:galois:1:mcq", "history-of-mathematics:noether:1:mcq",
              "history-of-mathematics:ramanujan:2:mcq", "history-of-mathematics:perelman:1:mcq",
              "history-of-mathematics:pascal-fermat:1:mcq", "history-of-mathematics:archimedes-pi:2:mcq",
              "irish-history:election-1918:2:mcq", "stars-galaxies:nearest-star:1:mcq",
              "world-religions:laozi:1:mcq"}
    verdicts = yaml.safe_load((SETS / "heldout14" / "verdicts.yaml").read_text(encoding="utf-8"))
    decks = load_decks(sorted((SETS / "heldout14" / "decks").glob("*.yaml")), with_warnings=False).decks
    shown = {c.id: {o for i, o in enumerate(c.options) if i != c.answer_index}
             for c in generate_cards(decks) if c.kind is CardKind.MCQ}
    for card_id in struck:
        bad = {o for o, code in verdicts[card_id].items() if code}
        assert bad and not shown.get(card_id, set()) & bad, (card_id, shown.get(card_id))
