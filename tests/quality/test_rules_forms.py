"""Articles in vocabulary decks (issue 11, "the same form"): a noun learnt with its article is offered
only beside nouns with the same article, through the real generator (`generate_cards`)."""

from __future__ import annotations

from pathlib import Path

import yaml

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import CardKind


def mcq_options(tmp_path: Path, facts: list[dict]) -> dict[str, list[str]]:
    """Fact id -> the wrong options of its MCQ (facts without an MCQ are absent)."""
    path = tmp_path / "vocab.yaml"
    path.write_text(yaml.safe_dump({"title": "Vocab", "facts": facts}, allow_unicode=True), encoding="utf-8")
    decks = load_decks([path], with_warnings=False).decks
    return {card.id.split(":")[1]: [o for i, o in enumerate(card.options) if i != card.answer_index]
            for card in generate_cards(decks) if card.kind is CardKind.MCQ}


def pairs(*rows: tuple[str, str, str]) -> list[dict]:
    return [{"id": fid, "text": f"{english}: {{{word}}}", "tags": ["nouns"]} for fid, english, word in rows]


FRENCH = pairs(("chien", "the dog", "le chien"), ("chat", "the cat", "le chat"), ("livre", "the book", "le livre"),
               ("pain", "the bread", "le pain"), ("porte", "the door", "la porte"), ("lune", "the moon", "la lune"),
               ("fille", "the girl", "la fille"), ("mer", "the sea", "la mer"), ("arbre", "a tree", "un arbre"),
               ("ecole", "a school", "une école"), ("eau", "the water", "l'eau"), ("ami", "a friend", "un ami"),
               ("velo", "a bike", "un vélo"))


def test_french_options_share_the_keys_article(tmp_path):
    found = mcq_options(tmp_path, FRENCH)
    assert sorted(found["chien"]) == ["le chat", "le livre", "le pain"]  # never "la porte, la lune, la fille"
    assert sorted(found["porte"]) == ["la fille", "la lune", "la mer"]
    for fid, options in found.items():
        key_article = next(f["text"] for f in FRENCH if f["id"] == fid).split("{")[1].split()[0]
        assert all(o.split()[0] == key_article for o in options), (fid, options)


def test_a_lone_article_or_elided_form_gets_fewer_options_never_padding(tmp_path):
    found = mcq_options(tmp_path, FRENCH)
    assert sorted(found["arbre"]) == ["un ami", "un vélo"]  # three options, not "la mer, le soleil" beside them
    assert "eau" not in found and "ecole" not in found  # the only "l'" and the only "une": no MCQ


def test_italian_il_lo_and_elided_forms_stay_apart(tmp_path):
    found = mcq_options(tmp_path, pairs(
        ("gatto", "the cat", "il gatto"), ("cane", "the dog", "il cane"), ("libro", "the book", "il libro"),
        ("zio", "the uncle", "lo zio"), ("acqua", "the water", "l'acqua"), ("amico", "the friend", "l'amico"),
        ("olio", "the oil", "l'olio"),
        ("casa", "the house", "la casa")))
    assert sorted(found["gatto"]) == ["il cane", "il libro"]  # never "l'acqua, lo zio"
    assert sorted(found["acqua"]) == ["l'amico", "l'olio"] and "zio" not in found and "casa" not in found


def test_words_without_an_article_keep_their_options(tmp_path):
    found = mcq_options(tmp_path, [
        {"id": d, "text": f"The Spanish for '{e}' is {{{d}}}.", "tags": ["verbs"]}
        for d, e in (("hablar", "to speak"), ("comer", "to eat"), ("beber", "to drink"), ("vivir", "to live"))])
    assert sorted(found["hablar"]) == ["beber", "comer", "vivir"]
