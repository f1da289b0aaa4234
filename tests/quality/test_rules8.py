"""Eighth round (docs/quality.md, "Sure and likely wrong answers"): an MCQ shows three wrong answers only when
each is sure to be of the key's kind; otherwise the surest two. Through the real generator and `check`."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

from quizgen.core.checks import deck_warnings
from quizgen.core.deckfile import load_decks
from quizgen.core.generator import draw_options, generate_cards
from quizgen.core.model import CardKind
from quizgen.core.plan import plan_deck

PAINTERS = ["Claude Monet", "Edgar Degas", "Pierre-Auguste Renoir", "Camille Pissarro", "Berthe Morisot"]


def load(tmp_path: Path, deck: dict):
    path = tmp_path / "deck.yaml"
    path.write_text(yaml.safe_dump({"title": "T", **deck}, allow_unicode=True), encoding="utf-8")
    return load_decks([path], with_warnings=False).decks[0]


def mcq(deck, fact_id: str):
    return next(c for c in generate_cards([deck]) if c.fact == fact_id and c.kind is CardKind.MCQ)


def wrong(card) -> list[str]:
    return [o for i, o in enumerate(card.options) if i != card.answer_index]


FACTS = [{"id": f"p{i}", "text": f"{{{name}}} painted scenes of Paris in the 1870s.", "type": "person"}
         for i, name in enumerate(PAINTERS)]


def test_r8_deck_answers_alone_give_three_options_the_surest_two(tmp_path):
    deck = load(tmp_path, {"facts": FACTS})
    plan = next(p for p in plan_deck(deck).blanks() if p.fact.id == "p0")
    assert len(plan.distractors) >= 3 and not any(plan.sure)  # other deck answers: likely, not sure
    card = mcq(deck, "p0")
    # (or Henri Rousseau, the French painter of their age the people WordNet adds bring: docs/quality.md, round 14)
    assert len(card.options) == 3 and set(wrong(card)) <= set(PAINTERS[1:]) | {"Henri Rousseau"}
    # the card's pool is the two shown: a study session draws nothing weaker
    assert set(card.distractor_pool) == set(wrong(card))
    assert {draw_options(card, random.Random(n))[0] for n in range(10)} <= {tuple(p) for p in _orders(card)}


def _orders(card):
    from itertools import permutations
    return permutations(card.options)


# A pool of the key's kind was sure in round 8; from round 10 it is likely (tests/quality/test_rules10.py).


def test_r8_the_authors_own_picks_are_sure(tmp_path):
    deck = load(tmp_path, {"facts": FACTS[1:] + [{**FACTS[0], "distractors": PAINTERS[1:4]}]})
    card = mcq(deck, "p0")
    assert len(card.options) == 4 and set(wrong(card)) == set(PAINTERS[1:4])


def test_r8_a_year_keeps_its_mcq_and_shows_three_wrong_years_only_when_all_are_computed(tmp_path):
    facts = [{"id": f"y{n}", "text": f"The {word} Impressionist exhibition was held in {{{y}}}."}
             for n, (word, y) in enumerate(zip(("first", "second", "third", "fourth", "fifth", "sixth"),
                                                (1874, 1876, 1877, 1879, 1880, 1881)))]
    deck = load(tmp_path, {"facts": facts})
    for plan in plan_deck(deck).blanks():
        card = mcq(deck, plan.fact.id)  # every year blank keeps an MCQ
        sure = dict(zip(plan.distractors, plan.sure))
        shown = wrong(card)
        assert set(shown) <= set(plan.distractors)
        assert any(not s for s in plan.sure)  # the deck's own years rank among the computed ones
        # round 12: three computed years are in every pool, so three are shown, all computed (never two of
        # them beside another fact's year)
        assert len(shown) == 3 and all(sure[o] for o in shown)


def test_r8_check_says_which_blanks_have_three_options_and_how_to_fix(tmp_path):
    deck = load(tmp_path, {"facts": FACTS})
    messages = [str(w) for w in deck_warnings(deck)]
    about = [m for m in messages if "facts[p0]" in m]
    assert about and "are sure to be of its kind" in about[0] and "so its MCQ has 3 options" in about[0]
    assert "`distractors: [...]`" in about[0]
    fixed = load(tmp_path, {"facts": [{**f, "distractors": [p for p in PAINTERS if p not in f["text"]][:3]}
                                      for f in FACTS]})
    assert not [str(w) for w in deck_warnings(fixed) if "sure to be" in str(w)]


def test_r8_one_article_table_portuguese_nouns_keep_their_article(tmp_path):
    # the table's Portuguese articles open a vocabulary noun like the others' (`articles.ARTICLE_TABLE`)
    rows = (("gato", "the cat", "o gato"), ("cao", "the dog", "o cão"), ("livro", "the book", "o livro"),
            ("pao", "the bread", "o pão"), ("casa", "the house", "a casa"), ("porta", "the door", "a porta"),
            ("gatos", "the cats", "os gatos"), ("livros", "the books", "os livros"), ("casas", "the houses", "as casas"))
    deck = load(tmp_path, {"facts": [{"id": fid, "text": f"{english}: {{{word}}}", "tags": ["nouns"]}
                                     for fid, english, word in rows]})
    assert set(wrong(mcq(deck, "gato"))) == {"o cão", "o livro", "o pão"}  # never "os gatos", "as casas"
    mcqs = {c.fact for c in generate_cards([deck]) if c.kind is CardKind.MCQ}
    assert "gatos" not in mcqs  # the only other "os" noun: one wrong answer, no MCQ (never padded with "o gato")
    assert all(type(flag) is bool for plan in plan_deck(deck).blanks() for flag in plan.sure)
    assert not [str(w) for w in deck_warnings(deck) if "facts[gato]" in str(w)]  # three sure words: four options


def test_r8_dutch_nouns_keep_their_article(tmp_path):
    # Dutch "het" and "de" are in the one article table: a "het" noun's options are "het" nouns, a "de" noun's
    # "de" nouns (heldout9's Dutch deck mixed them before)
    rows = (("huis", "the house", "het huis"), ("kind", "the child", "het kind"), ("boek", "the book", "het boek"),
            ("brood", "the bread", "het brood"), ("hond", "the dog", "de hond"), ("kat", "the cat", "de kat"),
            ("tafel", "the table", "de tafel"), ("stad", "the city", "de stad"))
    deck = load(tmp_path, {"facts": [{"id": fid, "text": f"{english}: {{{word}}}", "tags": ["nouns"]}
                                     for fid, english, word in rows]})
    assert set(wrong(mcq(deck, "huis"))) == {"het kind", "het boek", "het brood"}
    assert set(wrong(mcq(deck, "hond"))) == {"de kat", "de tafel", "de stad"}


def test_r8_three_options_are_a_note_that_strict_check_does_not_count(tmp_path, capsys):
    # a blank given three options is fine (issue 11: "three is fine"): `check` says so as a note, and
    # `--strict` fails only on warnings (a blank left without an MCQ, a leak)
    from quizgen.cli import main

    path = tmp_path / "painters.yaml"
    path.write_text(yaml.safe_dump({"title": "T", "facts": FACTS}), encoding="utf-8")
    assert main(["check", "--strict", str(path)]) == 0
    err = capsys.readouterr()
    notes = [line for line in err.err.splitlines() if "so its MCQ has 3 options" in line]
    assert notes and all(": note:" in line for line in notes)
    assert "warning(s), " in err.out and " note(s)" in err.out
    alone = tmp_path / "alone.yaml"  # a word nothing else in the deck or the lists is like: no MCQ, a warning
    alone.write_text(yaml.safe_dump({"title": "T", "facts": FACTS + [
        {"id": "x", "text": "The club's secret word is {plugh}."}]}), encoding="utf-8")
    assert main(["check", "--strict", str(alone)]) == 1
    assert ": warning:" in capsys.readouterr().err
