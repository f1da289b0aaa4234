"""The third round's failure classes, in sentences of our own: each rule on a sentence it was made for."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.core.model import AnswerType
from quizgen.draft.drafter import draft_documents
from quizgen.draft.entities import build_lexicon, find_spans
from quizgen.draft.readers import Document
from quizgen.draft.sentences import skip_reason
from quizgen.draft.words import can_be_verb, known, only_adjective
from tests.draft.sentence_tools import drafted


def spans(text: str) -> dict[str, tuple[AnswerType, int]]:
    return {s.text: (s.type, s.rank) for s in find_spans(text, build_lexicon([text]))}


def test_the_dictionary_tells_word_classes():
    assert only_adjective("popular") and only_adjective("fierce") and not only_adjective("chemical")
    assert can_be_verb("debate") and known("line") and not known("Gothenburg")


@pytest.mark.parametrize(
    "sentence, answer, kind",
    [
        ("The Blue Anchor Line operated the ship until 1909.", "Blue Anchor Line", AnswerType.ORGANIZATION),
        ("The ship was built in Glasgow's Brown and Clyde shipyard in 1906.", "Brown and Clyde", AnswerType.ORGANIZATION),
        ("The image shows Sagittarius A* at the centre of our galaxy.", "Sagittarius A*", AnswerType.TERM),
        ("Cygnus X-1 was the first black hole to be identified.", "Cygnus X-1", AnswerType.TERM),
        ("Mary Anne Prince, Countess of Avon, opened the hospital in 1850.", "Countess of Avon", AnswerType.PERSON),
        ("Leonardo of Pisa made popular what are now called Fibonacci numbers.", "Fibonacci numbers", AnswerType.TERM),
        ("The press called her “The Iron Lady” in 1976.", "The Iron Lady", AnswerType.TERM),
        ("The island lies at 12°30′ N in the Indian Ocean.", "12°30′ N", AnswerType.TERM),
        ("The results were published in Nature in 2019.", "Nature", AnswerType.TITLE),
    ],
)
def test_whole_names_of_the_right_type(sentence: str, answer: str, kind: AnswerType):
    found = spans(sentence)
    assert answer in found and found[answer][0] is kind


def test_a_count_is_no_year_and_a_qualifier_is_no_designation():
    assert spans("More than 1200 people lived in the village.")["More than 1200"][0] is AnswerType.NUMBER
    found = spans("Only 312 of the passengers survived the storm.")
    assert "312" in found and not any(t.startswith("Only") for t in found)


def test_the_city_is_asked_and_not_the_country_after_it():
    # (eighth round: the city and its country are one blank that accepts the city alone)
    found = spans("The emigrants sailed from Gothenburg, Sweden, in 1912.")
    assert found["Gothenburg, Sweden"] == (AnswerType.PLACE, 4) and "Sweden" not in found
    assert "{Gothenburg, Sweden|Gothenburg}" in drafted("The emigrants sailed from Gothenburg, Sweden, in 1912.")


def test_subject_and_verb_are_no_term_and_halves_of_a_coordination_are_no_blanks():
    assert "historians debate" not in spans("Historians debate whether the ship was ever repaired in 1911.")
    found = spans("The hotel kept the original guest and staff registers for 1920.")
    assert not {"original guest", "staff registers"} & {t for t, (_, rank) in found.items() if rank >= 2}
    assert "dust and ice" in spans("The comet was formed by dust and ice in the outer solar system.")


def test_a_sentence_with_a_negative_contraction_is_a_sentence():
    assert skip_reason("The old cathedral isn't the only attraction in Ely.") is None


def doc(name: str, *paragraphs: str) -> Document:
    return Document(Path(f"{name}.txt"), name, tuple(paragraphs))


def test_a_page_that_says_one_thing_twice_drafts_it_once():
    drafted = draft_documents([doc(
        "meteors",
        "A meteoroid that survives a trip through the atmosphere and hits the ground is called a meteorite. Meteors are mostly comet dust.",
        "Some meteoroids are large. A meteoroid that actually reaches Earth's surface is called a meteorite.",
    )])
    restated = [f for f in drafted.facts if "meteorite" in f.text]
    assert len(restated) == 1 and len(restated[0].quotes) == 2


def test_an_evaluative_word_in_the_subject_keeps_the_fact():
    drafted = draft_documents([doc("photo", "This stunning photograph from the telescope shows the nebula NGC 1300 in 2004.")])
    assert drafted.facts
