"""The sixth round (issue 17, draft17c): general causes of misses, poor blanks and a wrong merge seen
on the check sets, each on sentences of our own."""

from __future__ import annotations

from quizgen.core.model import AnswerType
from quizgen.draft.candidates import fact_text, make_candidate
from quizgen.draft.drafter import draft_documents
from quizgen.draft.entities import build_lexicon, find_spans
from quizgen.draft.sentences import Sentence
from tests.draft.sentence_tools import doc, drafted


def spans(text: str) -> dict[str, tuple[AnswerType, int, tuple[str, ...]]]:
    return {s.text: (s.type, s.rank, s.alternatives) for s in find_spans(text, build_lexicon([text]))}


def test_a_weekday_before_a_date_is_part_of_it_and_the_date_alone_is_accepted():
    found = spans("The flood reached the town on Tuesday 4th March 1851 after a week of rain.")
    assert found["Tuesday 4th March 1851"] == (AnswerType.DATE, 6, ("4th March 1851",))
    assert "Tuesday" not in found
    assert "Friday, 9 May" in spans("The bridge was opened on Friday, 9 May by the mayor.")
    assert spans("On Monday the mill was closed.") .get("Monday", (None,))[0] is not AnswerType.DATE


def test_a_measure_in_two_units_is_one_blank():
    assert drafted("The tower, with its spire, is 212 feet, 4 inches tall.") == "The tower, with its spire, is {212 feet, 4 inches} tall."
    assert "3 hours and 20 minutes" in spans("The crossing took 3 hours and 20 minutes in calm weather.")
    found = spans("The wall is 40 feet long and 6 feet high.")
    assert "40 feet long and 6" not in " ".join(found) and len([t for t in found if found[t][0] is AnswerType.NUMBER]) == 2


def test_a_hyphenated_quantity_takes_the_noun_it_qualifies():
    assert drafted("The crown is plated with 18-karat gold.") == "The crown is plated with {18-karat gold|18}."
    assert drafted("The hall has a 12-metre mast on its roof.") == "The hall has a {12-metre|12|12 metres} mast on its roof."  # round 14: said as a noun too


def test_an_asked_count_accepts_its_noun():
    from dataclasses import replace

    made = make_candidate(Sentence(0, 0, 0, "The old mill has eight wheels."), build_lexicon([]))
    assert made is not None
    assert fact_text(replace(made), units=False) == "The old mill has {eight|eight wheels} wheels."


def test_a_role_word_before_an_adjective_or_a_plural_noun_is_part_of_a_company_name():
    assert "General Electric" in spans("He was a chemist at General Electric where he made lamps.")
    assert "General Motors" in spans("She worked for General Motors in the city.")
    assert "Patton" in spans("General Patton led the army across the river.")


def test_a_count_in_words_is_a_blank():
    assert spans("Only a small number of sailors survived the storm.")["small number"][:2] == (AnswerType.TERM, 3)
    assert "very few" in spans("Surprisingly, very few people were hurt in the blast.")


def test_names_in_the_title_are_the_page_subject():
    page = doc("page", "The town of Orvale lies on a river.", "The people of Orvale welcomed the traders.", title="History of Orvale")
    facts = draft_documents([page]).facts
    assert not any("traders" in f.text for f in facts)  # only the subject to ask: a teacher deletes it
    untitled = doc("page", "The town of Orvale lies on a river.", "The people of Orvale welcomed the traders.")
    assert any("traders" in f.text for f in draft_documents([untitled]).facts)


def test_a_restatement_adds_no_name_date_or_number_the_other_lacks():
    page = doc(
        "page",
        "The Great Flood of Ardmore started on Tuesday 4th March 1851 at the mill in Weir Lane.",
        "The Flood Stone stands 40 feet tall and is placed exactly 40 feet from the mill of John Tarrow where the Great Flood of Ardmore started in 1851.",
    )
    facts = draft_documents([page]).facts
    assert len(facts) == 2 and all(len(f.quotes) == 1 for f in facts)


def test_a_plural_noun_and_the_verb_ending_its_clause_are_no_term():
    found = spans("As the gills open, the water flows out and the fish breathes.")
    assert "gills open" not in found and "water flows" not in found
    assert "heart valves close" not in spans("The heart valves close quickly after each beat.")
    assert "heart valves" in spans("The heart valves close quickly after each beat.")
    assert "comet heats" not in spans("A flash is seen when a small comet heats up in the air.")
    assert "steam engines" in spans("The mill used steam engines for power.")


def test_the_kind_named_after_a_classifier_is_the_term():
    found = spans("The tuatara is an ancient species of beak-headed reptile found in New Zealand.")
    assert found["beak-headed reptile"][:2] == (AnswerType.TERM, 5)
    assert "ancient species" not in found


def test_after_a_subject_pronoun_a_word_that_can_be_a_verb_is_one():
    assert "grants interviews" not in spans("Ten years on, the keeper says he rarely grants interviews.")
    assert "builds boats" not in spans("In the yard by the river she builds boats.")
    assert "fishing boats" in spans("In the harbour they saw fishing boats.")
