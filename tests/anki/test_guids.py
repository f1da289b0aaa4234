"""Note GUIDs and deck ids are users' identities in Anki: they must never change.

They are pinned two ways: values computed by the first implementation (a SHA-256 of the parts,
then a digit-by-digit base91 loop), and that implementation itself, kept here as the reference
the faster table-driven encoding must match on any input.
"""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.export.anki.notes import _base91, anki_deck_id, cloze_guid, mcq_guid, note_guid

_BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"

# (deck id, fact id) -> cloze GUID, MCQ GUID of blank 1, MCQ GUID of blank 12, Anki deck id.
# Computed by the first implementation; any change here would duplicate users' notes in Anki.
KNOWN = {
    ("space", "launch"): ("pOPve)*bd5", "bUVFi@Q0l3", "d?tI=5AY7C", 4037955697323139),
    ("space", "lead-actress"): ("G`}n>pZBB5", "S!VckF&JF", "B@.9:.|^v%", 4037955697323139),
    ("anki", "f000001"): ("rIa40g/%i2", "z*>;ag:>mZ", "n(0l+3!M#^", 2563036334115406),
    ("déjà vu", "ключ"): ("F|W*n`1wK.", "nxR1M)S],z", "Qx5tx0EpQe", 1886809489675141),
    ("", ""): ("Xi11[&9=o", "z,,:c(*1;L", "AWNRX0iuf`", 3185182056189604),
}


def reference_base91(value: int) -> str:
    chars = []
    while value:
        value, digit = divmod(value, len(_BASE91))
        chars.append(_BASE91[digit])
    return "".join(reversed(chars)) or _BASE91[0]


def reference_guid(*parts: object) -> str:
    """The first implementation of note_guid, verbatim in effect."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in ("quizgen", *parts)).encode("utf-8")).digest()
    return reference_base91(int.from_bytes(digest[:8], "big"))


@pytest.mark.parametrize(("ids", "expected"), KNOWN.items())
def test_known_guids_and_deck_ids(ids: tuple[str, str], expected: tuple[str, str, str, int]) -> None:
    deck_id, fact_id = ids
    cloze, mcq_1, mcq_12, anki_id = expected
    assert cloze_guid(deck_id, fact_id) == note_guid(deck_id, fact_id, "cloze") == cloze
    assert mcq_guid(deck_id, fact_id, 1) == note_guid(deck_id, fact_id, 1, "mcq") == mcq_1
    assert mcq_guid(deck_id, fact_id, 12) == mcq_12
    assert anki_deck_id(deck_id) == anki_id


def test_base91_edges_match_the_digit_loop() -> None:
    edges = {0, 1, 90, 91, 92, 91**2 - 1, 91**2, 91**2 + 1, 2**64 - 1, 2**63, 2**32}
    edges |= {91**k + d for k in range(1, 10) for d in (-1, 0, 1)}
    edges |= {(91**k) * 5 for k in range(10)}  # zero digits in the middle and at the end
    for value in sorted(edges):
        assert _base91(value) == reference_base91(value), value


@given(st.integers(min_value=0, max_value=2**64 - 1))
def test_base91_matches_the_digit_loop(value: int) -> None:
    assert _base91(value) == reference_base91(value)


@given(st.text(), st.text(), st.integers(min_value=0, max_value=10**9))
def test_guids_match_the_reference_on_any_ids(deck_id: str, fact_id: str, blank: int) -> None:
    assert cloze_guid(deck_id, fact_id) == reference_guid(deck_id, fact_id, "cloze")
    assert mcq_guid(deck_id, fact_id, blank) == reference_guid(deck_id, fact_id, blank, "mcq")
    assert note_guid(deck_id, fact_id, blank) == reference_guid(deck_id, fact_id, blank)


def test_guids_match_the_reference_on_many_fact_ids() -> None:
    # The ids real decks use: declared slugs and the loader's numbered ones.
    for number in range(20_000):
        fact_id = f"f{number:06d}"
        assert cloze_guid("anki", fact_id) == reference_guid("anki", fact_id, "cloze")
        assert mcq_guid("anki", fact_id, number % 4) == reference_guid("anki", fact_id, number % 4, "mcq")
