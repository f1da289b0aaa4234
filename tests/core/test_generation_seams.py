"""Memos and precomputed values of the generator's hot loop give exactly what the computation they stand for gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.core import distractors
from quizgen.core.text import normalize


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


def _terms_named_every_stretch(text: str) -> tuple[tuple[int, int], ...]:
    """`categories.terms_named` as it read a text before `_term_stretches`: every whole-word stretch of every
    capitalized run looked up (the oracle)."""
    from quizgen.core import categories

    found = {term for person in categories.people_named(text) if (term := categories.term_of(person.name)) is not None}
    terms = categories._terms()
    for surname in categories._EPONYM.findall(text):
        spans = {term for key, term in terms.items() if key.split()[-1] == normalize(surname)}
        if len(spans) == 1:
            found |= spans
    for run in categories._TERM_NAME.findall(text):
        words = categories._key(re.sub(r"['’]s$", "", run)).split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                term = terms.get(categories._key(" ".join(words[i:j])))
                if term is not None:
                    found.add(term)
    return tuple(sorted(found))


def _term_names() -> list[str]:
    from quizgen.core import categories

    names = [item.split(",")[0].strip() for item in categories._TERMS_TEXT.split(";")]
    aliases = [alias.title() for alias, name in categories._aliases().items() if name in categories._terms()]
    return names + aliases[:300]


def test_terms_named_agrees_with_every_stretch_on_the_whole_table():
    from quizgen.core import categories

    names = _term_names()
    for i, name in enumerate(names):
        text = f"In that year {name} and {names[(i * 7) % len(names)]}'s Government met the Reagan Administration."
        assert categories.terms_named.__wrapped__(text) == _terms_named_every_stretch(text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_term_names()), st.sampled_from(["The", "the", "de", "King", "Pope", "Tsar",
                                                                          "Ürban", "Ǆ", "İ", "ß", "'s", "’s", "II"]),
                          st.text(min_size=1, max_size=8)), max_size=8).map(" ".join))
def test_terms_named_agrees_with_every_stretch(text):
    from quizgen.core import categories

    assert categories.terms_named.__wrapped__(text) == _terms_named_every_stretch(text)


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
