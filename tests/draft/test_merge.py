"""Merging one fact stated by several documents, disagreements, and document order."""

from __future__ import annotations

from pathlib import Path

from quizgen.draft.drafter import draft_documents, fact_id
from quizgen.draft.readers import Document


def doc(name: str, *paragraphs: str) -> Document:
    return Document(Path(f"/docs/{name}.txt"), f"{name.title()} article", tuple(paragraphs))


ORIGINAL = doc(
    "original",
    "Russian actress Yulia Peresild and director Klim Shipenko will fly to the ISS in 2021.",
    "The mission is scheduled for launch on October 5 this year.",
    "Peresild was chosen for the role after she and 19 other finalists were selected.",
)
REWRITE = doc(
    "rewrite",
    "After she and 19 other finalists were picked, Peresild was chosen for the part.",
    "Peresild trained in the city of Star City for 4 months before the flight.",
    "This year’s expedition is set to launch on October 5th.",
)


def test_same_fact_in_two_documents_becomes_one_fact_citing_both():
    result = draft_documents([ORIGINAL, REWRITE])
    chosen = [f for f in result.facts if "finalists" in f.text]
    assert len(chosen) == 1
    fact = chosen[0]
    assert fact.sources == ("original-article", "rewrite-article")
    assert fact.quotes == (
        "Peresild was chosen for the role after she and 19 other finalists were selected.",
        "After she and 19 other finalists were picked, Peresild was chosen for the part.",
    )
    # The clearer wording (no leading subordinate clause) wins.
    assert fact.text == "{Peresild|Yulia Peresild} was chosen for the role after she and {19} other finalists were selected."
    launch = [f for f in result.facts if "launch" in f.text]
    assert len(launch) == 1 and launch[0].sources == ("original-article", "rewrite-article")
    assert result.merged == 2


def test_document_order_is_kept_and_a_later_documents_own_fact_follows_its_neighbour():
    result = draft_documents([ORIGINAL, REWRITE])
    firsts = [f.quotes[0].split()[0] for f in result.facts]
    # original 1, original 2, original 3 (merged with rewrite 1), then rewrite 2 after it.
    assert firsts == ["Russian", "The", "Peresild", "Peresild"]
    assert result.facts[3].sources == ("rewrite-article",)


def test_sources_that_disagree_on_a_value_stay_two_facts_with_a_note():
    a = doc("first", "The mission is scheduled for launch on October 5 from Baikonur.")
    b = doc("second", "The mission is scheduled for launch on October 6 from Baikonur.")
    result = draft_documents([a, b])
    assert [f.sources for f in result.facts] == [("first-article",), ("second-article",)]
    for fact in result.facts:
        assert fact.note == 'Sources disagree: "October 5" vs "October 6".'
    assert result.merged == 0


def test_same_value_in_other_words_is_no_disagreement():
    a = doc("first", "Peresild has appeared in more than 30 films since 2007, according to IMDb.")
    b = doc("second", "According to IMDb, Peresild has acted in over 30 films since 2007.")
    result = draft_documents([a, b])
    assert len(result.facts) == 1 and result.facts[0].note is None


def test_unrelated_sentences_are_not_merged():
    a = doc("first", "The crew will launch from Baikonur on October 5, 2021.")
    b = doc("second", "The film premiered in Moscow on April 12, 2023.")
    facts = draft_documents([a, b]).facts
    assert all(len(f.sources) == 1 for f in facts)
    assert {f.quotes for f in facts} == {(a.paragraphs[0],), (b.paragraphs[0],)}


def test_ids_are_readable_and_unique():
    assert fact_id("{Peresild|Yulia Peresild} was chosen for the role after she and {19} other finalists were selected.") == "peresild-chosen-role"
    result = draft_documents([doc("a", "Apollo 11 landed on the Moon in 1969.", "Apollo 11 returned to Earth in 1969 safely.")])
    ids = [f.id for f in result.facts]
    assert len(ids) == len(set(ids))
