"""The bundled Challenge deck (quizgen/bundled/decks/challenge.yaml), read through the real loader and generator.

These guard the curation: enough facts, every answer type, every fact traced to the seed article(s)
it cites, no weak-card warnings, and a full MCQ (answer + 3 distractors) for every blank.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.core.deckfile import default_decks_dir, load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import AnswerType, Card, CardKind, Deck
from quizgen.core.sources import source_sentence
from quizgen.core.text import contains_phrase, normalize

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "quizgen" / "bundled" / "decks" / "seeds"
ORIGINAL = SEEDS / "000_14ba5daab466d46c.txt"
REWRITE = SEEDS / "001_6ba98531eb8c7951.txt"


@pytest.fixture(scope="module")
def loaded() -> tuple[Deck, list]:
    deck_set = load_decks([REPO / "quizgen" / "bundled" / "decks" / "challenge.yaml"])
    assert len(deck_set.decks) == 1
    return deck_set.decks[0], deck_set.warnings


@pytest.fixture(scope="module")
def deck(loaded: tuple[Deck, list]) -> Deck:
    return loaded[0]


@pytest.fixture(scope="module")
def cards(deck: Deck) -> list[Card]:
    return generate_cards([deck])


def test_is_the_bundled_challenge_deck(deck: Deck) -> None:
    assert deck.id == "challenge"
    assert deck.path.resolve() == (default_decks_dir() / "challenge.yaml").resolve()
    assert deck.title.startswith("Challenge")
    assert deck.description


def test_has_at_least_30_facts_with_readable_stable_ids(deck: Deck) -> None:
    assert len(deck.facts) >= 30
    # Ids key study history: each is written by hand, not derived from the wording.
    undeclared = [f.id for f in deck.facts if not f.id_declared]
    assert undeclared == []
    assert len({f.id for f in deck.facts}) == len(deck.facts)


def test_uses_every_answer_type(deck: Deck) -> None:
    used = {blank.type for fact in deck.facts for blank in fact.blanks}
    assert used == set(AnswerType)


def test_every_fact_cites_existing_sources(deck: Deck) -> None:
    for fact in deck.facts:
        assert fact.sources, f"{fact.id} cites no source"
        for key in fact.sources:
            assert key in deck.sources, f"{fact.id} cites unknown source {key!r}"


def test_sources_resolve_to_the_seed_articles(deck: Deck) -> None:
    assert set(deck.sources) == {"original", "rewrite"}
    original, rewrite = deck.sources["original"], deck.sources["rewrite"]
    assert original.file == ORIGINAL.resolve() and original.file.is_file()
    assert rewrite.file == REWRITE.resolve() and rewrite.file.is_file()
    # The original's title is the headline of the article file; the rewrite's is its first line.
    assert original.title == ORIGINAL.read_text(encoding="utf-8").splitlines()[0].strip()
    assert rewrite.title and normalize(rewrite.title) in normalize(REWRITE.read_text(encoding="utf-8"))


def test_every_answer_is_stated_by_every_source_it_cites(deck: Deck) -> None:
    """A fact citing an article means the article states it: some accepted answer appears there."""
    texts = {key: source.file.read_text(encoding="utf-8") for key, source in deck.sources.items()}
    missing = [
        (fact.id, blank.answer, key)
        for fact in deck.facts
        for blank in fact.blanks
        for key in fact.sources
        if not any(contains_phrase(texts[key], accepted) for accepted in blank.accept)
    ]
    assert missing == []


def test_facts_the_rewrite_drops_cite_only_the_original_and_say_why(deck: Deck) -> None:
    """The rewrite stops at a garbled docking sentence: later facts cite the original and a note."""
    original_only = [f for f in deck.facts if f.sources == ("original",)]
    assert {f.id for f in original_only} >= {"salyut-7-docking", "salyut-7-stay", "inspiration4-launch"}
    for fact in original_only:
        assert fact.note and "rewrite" in fact.note, f"{fact.id} should say what the rewrite does"


def test_quotes_are_exact_sentences_of_the_original(deck: Deck) -> None:
    original = ORIGINAL.read_text(encoding="utf-8")
    quoted = [(fact.id, quote) for fact in deck.facts for quote in fact.quote]
    assert quoted, "the deck should quote its sources"
    assert [(fact_id, q) for fact_id, q in quoted if q not in original] == []
    # Every blank traces back to a sentence that holds its answer.
    for fact in deck.facts:
        for blank in fact.blanks:
            found = source_sentence(deck.sources, fact.sources, fact.quote, fact.full_text, blank.answer)
            assert found is not None, f"{fact.id}: no source sentence for {blank.answer!r}"


def test_check_gives_no_warnings(loaded: tuple[Deck, list], capsys: pytest.CaptureFixture[str]) -> None:
    _, warnings = loaded
    assert [str(w) for w in warnings] == []
    assert main(["check", "--strict", str(REPO / "quizgen" / "bundled" / "decks" / "challenge.yaml")]) == 0
    assert "0 warning(s)" in capsys.readouterr().out


def test_every_blank_has_a_cloze_and_a_full_mcq(deck: Deck, cards: list[Card]) -> None:
    by_blank: dict[tuple[str, int], dict[CardKind, Card]] = defaultdict(dict)
    for card in cards:
        by_blank[(card.fact, card.blank)][card.kind] = card
    blanks = [(fact.id, blank.index) for fact in deck.facts for blank in fact.blanks]
    assert sorted(by_blank) == sorted(blanks)
    for key in blanks:
        assert set(by_blank[key]) == {CardKind.CLOZE, CardKind.MCQ}, key
        mcq = by_blank[key][CardKind.MCQ]
        # four options, or three when a drawn wrong answer is not sure to be of the key's kind (`generator.offered`)
        assert mcq.options is not None and len(mcq.options) == (4 if len(mcq.distractor_pool) > 2 else 3), key
        assert mcq.answer_index is not None and mcq.options[mcq.answer_index] == mcq.answer
        distractors = [o for i, o in enumerate(mcq.options) if i != mcq.answer_index]
        accepted = {normalize(a) for a in mcq.accept}
        assert len({normalize(o) for o in mcq.options}) == len(mcq.options), f"{key}: repeated option"
        assert not accepted & {normalize(d) for d in distractors}, f"{key}: a distractor is a right answer"
        assert not any(contains_phrase(mcq.prompt, d) for d in distractors), f"{key}: option in question"
        assert not any(contains_phrase(mcq.prompt, a) for a in mcq.accept), f"{key}: answer in question"


def test_hand_picked_distractors_fill_every_single_blank_mcq(deck: Deck, cards: list[Card]) -> None:
    """Where a fact lists distractors, its MCQ options come only from them (same kind of thing)."""
    for card in cards:
        fact = deck.fact(card.fact)
        if card.kind is CardKind.MCQ and fact.distractors:
            assert len(fact.blanks) == 1, f"{fact.id}: fact distractors would be shared across blanks"
            wrong = [o for i, o in enumerate(card.options or ()) if i != card.answer_index]
            assert set(wrong) <= set(fact.distractors), fact.id
