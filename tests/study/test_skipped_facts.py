"""A deck with broken facts, read for study (`skip_broken_facts`): the facts that check are the deck,
the others' problems come with it; every other reader stays strict, through the cache too."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.core.deckfile import load_deck, load_decks
from quizgen.core.problems import InputError
from quizgen.study import cardcache
from quizgen.study.cardcache import load_catalog
from quizgen.study.catalog import Catalog

GOOD = """title: Planets
id: planets
facts:
  - text: "{Jupiter} is the largest planet."
  - id: mercury
    text: "{Mercury} is the closest planet to the Sun."
  - text: "{Venus} is the hottest planet."
  - text: "{Jupiter} has the Great Red Spot."
"""


def _broken(text: str) -> str:
    """GOOD with three broken facts: an unclosed blank, an unknown key and a repeated id."""
    return (text.replace('"{Mercury} is', '"{Mercury is')
            .replace('  - text: "{Venus} is the hottest planet."',
                     '  - text: "{Venus} is the hottest planet."\n    tpye: place')
            + '  - id: mercury\n    text: "{Mars} is red."\n  - text: "{Saturn} has rings."\n')


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    path = tmp_path / "planets.yaml"
    path.write_text(_broken(GOOD), encoding="utf-8")
    return path


def test_the_facts_that_check_are_the_deck_and_the_others_problems_come_with_it(deck: Path) -> None:
    with pytest.raises(InputError) as strict:
        load_deck(deck)
    read = load_deck(deck, skip_broken_facts=True)
    # Jupiter's second fact keeps the id it has once the deck checks (the broken Venus fact still
    # takes its own), and Mars never takes the unreadable Mercury fact's id, nor its history.
    assert [fact.id for fact in read.facts] == ["jupiter", "jupiter-2", "saturn"]
    assert read.skipped_facts == 3
    assert list(read.skipped) == strict.value.problems  # the same problems, in the same order
    assert [(p.line, p.field) for p in read.skipped] == [(6, "facts[2].text"), (8, "facts[3].tpye"),
                                                          (10, "facts[5].id")]
    assert "used twice (first on line 5)" in read.skipped[2].message
    mended = GOOD + '  - id: mars\n    text: "{Mars} is red."\n  - text: "{Saturn} has rings."\n'
    deck.write_text(mended, encoding="utf-8")
    assert [fact.id for fact in load_deck(deck).facts] == ["jupiter", "mercury", "venus", "jupiter-2", "mars",
                                                           "saturn"]


def test_an_error_outside_the_facts_or_no_fact_left_is_the_decks_error(tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text(_broken(GOOD).replace("title: Planets\n", "titel: Planets\n"), encoding="utf-8")
    with pytest.raises(InputError) as strict:
        load_deck(outside)
    with pytest.raises(InputError) as lenient:
        load_deck(outside, skip_broken_facts=True)
    assert lenient.value.problems == strict.value.problems
    none_left = tmp_path / "none.yaml"
    none_left.write_text('title: T\nfacts:\n  - text: "{a"\n  - text: "no blank"\n', encoding="utf-8")
    with pytest.raises(InputError) as empty:
        load_deck(none_left, skip_broken_facts=True)
    assert [p.line for p in empty.value.problems] == [3, 4]


def test_a_deck_that_checks_reads_the_same_either_way() -> None:
    bundled = Path(__file__).resolve().parents[2] / "quizgen" / "bundled" / "decks" / "challenge.yaml"
    assert load_deck(bundled, skip_broken_facts=True) == load_deck(bundled)


def test_the_cache_keeps_what_was_skipped_and_a_strict_read_of_it_is_the_decks_error(
        deck: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    with pytest.raises(InputError) as strict:
        load_decks([deck], with_warnings=False)
    with pytest.raises(InputError) as uncached:
        load_catalog([deck], cache_dir=cache)  # strict: no entry, the deck's problems
    assert uncached.value.problems == strict.value.problems
    study = load_catalog([deck], cache_dir=cache, skip_broken_facts=True)
    fresh = Catalog.generate([load_deck(deck, skip_broken_facts=True)])
    assert study.ids() == fresh.ids() and study.decks == fresh.decks
    assert study.decks[0].skipped == tuple(strict.value.problems) and study.decks[0].skipped_facts == 3

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the deck file was read although its cache entry is current")

    monkeypatch.setattr(cardcache, "load_decks", refuse)
    again = load_catalog([deck], cache_dir=cache, skip_broken_facts=True)  # from the entry
    assert again.decks == study.decks and again.ids() == study.ids()
    with pytest.raises(InputError) as cached_strict:
        load_catalog([deck], cache_dir=cache)  # the same entry, read strictly: still the deck's error
    assert cached_strict.value.problems == strict.value.problems
    errors: dict[Path, InputError] = {}
    assert load_catalog([deck], cache_dir=cache, on_error=errors.__setitem__).decks == ()
    assert errors[deck].problems == strict.value.problems
