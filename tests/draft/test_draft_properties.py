"""Whatever the input text, a draft that has facts loads as a valid deck (what `quizgen check` runs)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.core.deckfile import load_decks
from quizgen.draft.drafter import draft_documents
from quizgen.draft.readers import Document
from quizgen.draft.writer import render_deck, write_atomically

WORDS = st.sampled_from(
    "the a crew Yulia Peresild actress director Klim Shipenko on October 5 in 2021 more than 30 films "
    "{x} } { | \\ \" “space drama” (ISS) International Space Station Roscosmos agency said: # - – "
    "IMDb SpaceX's 19 finalists 1980s, and. was chosen by of to film titled Challenge ' : ?".split(" ")
)
SENTENCES = st.lists(WORDS, min_size=3, max_size=25).map(lambda words: " ".join(words) + ".")
PARAGRAPHS = st.lists(SENTENCES, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(PARAGRAPHS, min_size=1, max_size=4), min_size=1, max_size=3))
def test_any_draft_loads_as_a_deck(tmp_path: Path, documents: list[list[str]]):
    docs = [Document(tmp_path / f"doc{i}.txt", f"Document {i}", tuple(p)) for i, p in enumerate(documents)]
    for doc in docs:
        doc.path.write_text("\n\n".join(doc.paragraphs), encoding="utf-8")
    result = draft_documents(docs)
    if not result.facts:
        return
    out = tmp_path / "draft.yaml"
    write_atomically(out, render_deck(result, out), force=True)
    deck = load_decks([out], with_warnings=False).decks[0]
    assert [f.id for f in deck.facts] == [f.id for f in result.facts]
    for fact, drafted in zip(deck.facts, result.facts):
        assert len(fact.blanks) == len(drafted.types) >= 1
        assert fact.quote == drafted.quotes
