"""Memos and precomputed values of the generator's hot loop give exactly what the computation they stand for gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.core import distractors


def _other_form_uncached(key: str, candidate: str) -> bool:
    """The rule `distractors._other_form` stands for, its patterns matched at each call (the oracle)."""
    _FORM_HEAD, _BINOMIAL, _GENUS = distractors._FORM_HEAD, distractors._BINOMIAL, distractors._GENUS
    if bool(_FORM_HEAD.match(key)) != bool(_FORM_HEAD.match(candidate)):
        return True
    return bool(_BINOMIAL.match(key) and _GENUS.match(candidate) or _GENUS.match(key) and _BINOMIAL.match(candidate))


_NAMES = ("Battle of Hastings", "the Siege of Orleans", "Treaty of Paris", "Buxar", "Plasmodium", "Yersinia pestis",
          "Homo sapiens", "Escherichia coli", "Paris", "peace of mind", "Fall of Rome", "Edict of Nantes", "Rosa",
          "Felis catus", "battle", "Sack of Rome", "E. coli", "", " ", "Treaty  of  Versailles")
_PARTS = st.sampled_from(["Battle", "battle", "of", "the", "Siege", "Treaty", "Rosa", "canina", "Plasmodium",
                          "falciparum", "Paris", "coli", "E.", "x", "Felis", "catus", "ii", " ", "  "])


def test_other_form_agrees_with_the_patterns_on_examples():
    for key in _NAMES:
        for candidate in _NAMES:
            assert distractors._other_form(key, candidate) == _other_form_uncached(key, candidate), (key, candidate)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.sampled_from(_NAMES), st.lists(_PARTS, max_size=4).map(" ".join), st.text(max_size=12)),
       st.one_of(st.sampled_from(_NAMES), st.lists(_PARTS, max_size=4).map(" ".join), st.text(max_size=12)))
def test_other_form_agrees_with_the_patterns(key, candidate):
    assert distractors._other_form(key, candidate) == _other_form_uncached(key, candidate)
    assert distractors._other_form(candidate, key) == _other_form_uncached(candidate, key)


def test_the_verdict_memo_read_inline_is_the_index_verdict():
    """`_judge_name` reads `DistractorIndex.verdict`'s memo by the pair's key before asking it: after a verdict is
    made, the key holds exactly the static verdict of the two signatures, and no two pairs share a key."""
    from pathlib import Path

    from quizgen.core.deckfile import load_deck

    deck = load_deck(Path(__file__).resolve().parents[2] / "quizgen" / "bundled" / "decks" / "challenge.yaml")
    index = distractors.DistractorIndex(deck)
    features = index._signatures.features
    targets = sorted(sig for sig in set(index.targets.values()) if features[sig][0] == "t")  # (a number's is 0)
    candidates = sorted({answer.sig for answer in index.answers.values() if features[answer.sig][0] == "c"})
    assert len(targets) > 10 and len(candidates) > 10
    assert len(index._signatures.features) < 1 << distractors._SIG_BITS
    keys = set()
    for target in targets:
        for candidate in candidates:
            verdict = index.verdict(target, candidate)
            key = target << distractors._SIG_BITS | candidate
            assert key not in keys
            keys.add(key)
            assert index._verdicts[key] is verdict
            assert verdict == distractors._static_verdict(index._signatures.features[target],
                                                          index._signatures.features[candidate])
