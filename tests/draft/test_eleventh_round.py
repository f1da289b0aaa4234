"""The eleventh round (issue 17, draft21): a sentence model instead of more surface cues. A clause
chunker (quizgen/draft/clauses.py) finds the main clause's subject, verb group and the phrase it
states, so a description or a definition of everyday words gets a whole noun phrase as its blank; a
tone test keeps an exclamation that plainly states and drops what greets, points back or speaks to
the reader; event names with "of" are one name; an infobox value the prose states is left out.
Each on sentences of our own, through the real drafter."""

from __future__ import annotations

from pathlib import Path

from quizgen.draft.clauses import content_phrases, plain_statement
from quizgen.draft.drafter import draft_documents
from quizgen.draft.readers import Document
from quizgen.draft.sentences import document_sentences, skip_reason
from tests.draft.sentence_tools import candidate, drafted


def phrases(text: str) -> list[str]:
    return [p.text for p in content_phrases(text)]


def test_the_object_of_a_description_is_blanked_whole_with_its_of_phrase():
    assert drafted("In the prism, white light is broken into a band of many colours.") == (
        "In the prism, white light is broken into a {band of many colours|colours}."
    )
    assert drafted("The seagulls act as a broom for the harbour.") == "The seagulls act as a {broom} for the harbour."


def test_the_agent_of_a_passive_and_the_subject_of_a_bare_passive_are_what_is_stated():
    assert "{foxes|fox}" in drafted("Hedgehogs are hunted by foxes.")
    assert drafted("Copper pipes were removed last month for repairs.").startswith("{Copper pipes} were removed")


def test_a_definition_blanks_its_definiens_and_a_placing_complement_keeps_its_preposition():
    assert phrases("Temperature is the measure of heat energy in a substance.")[0] == "measure of heat energy"
    assert phrases("Sonar is the use of sound pulses in order to find fish.") == ["use of sound pulses"]  # "in order to"
    assert "{beneath the ice|ice}" in drafted("The lake water must be beneath the ice for the fish to survive.")


def test_a_relation_head_gives_its_of_phrase_and_a_comparison_its_subject():
    assert phrases("Grammar is a part of the school timetable.") == ["school timetable"]
    assert phrases("The old map is a part of the story.") == []  # a general noun is nothing to ask
    assert phrases("Although the pony is related to the horse, its legs and tail are shorter.") == ["legs and tail"]


def test_or_accepts_either_half_and_a_negated_adjective_complement_is_asked():
    assert "{ears or the nose|ears|nose}" in drafted("Moles may sense sound waves through the ears or the nose.")
    assert phrases("The moth has pale spots around the wings.") == ["pale spots", "wings"]  # where, on the thing
    assert phrases("The barn owl is not diurnal.") == ["diurnal"]  # a correction; "is silent" is a detail
    assert phrases("The barn owl is silent.") == []


def test_a_story_a_reporting_frame_and_a_clause_are_no_description():
    assert candidate("The crowd cheered when the rocket rose.") is None  # an intransitive verb alone
    assert candidate("The weather was pleasant and the mood was good.") is None  # a scene in the past
    assert candidate("The children make noises.") is None  # one plain object of a story's verb
    assert phrases("He added the likely cause was that the wire had been cut.") == []
    assert phrases("Cleaners say the hall was being emptied.") == ["hall"]  # the report is the clause
    assert phrases("The wave raised by the storm flooded the low coastal farms.") == ["low coastal farms"]


def test_sentences_that_point_back_quote_or_judge_state_nothing_to_blank():
    assert not plain_statement("This has given us new insight into the ocean floor.")
    assert not plain_statement("Its wonderful towers have inspired a revolution in design.")
    assert not plain_statement("“There are so many stories in these walls.”")
    assert not plain_statement("Some are red, green, or yellow.")
    assert not plain_statement("In summary, the red colour of the leaf is a result of the slow loss of green pigment.")
    assert not plain_statement("It's like the wind is singing a happy song!")  # "it's" is "it is": a simile
    assert not plain_statement("The photographs have exceptional detail, which shows the grain.")
    assert plain_statement("The moss is covered in tiny spores.")
    assert phrases("Moles aren't blind.") == ["blind"]  # "aren't" is "are not": a correction


def test_an_exclamation_that_plainly_states_is_kept_one_that_only_exclaims_is_not():
    assert skip_reason("The last stage of the journey is called freezing!") is None
    assert "{freezing}" in drafted("The last stage of the journey is called freezing!")
    assert skip_reason("It is like the river is dancing a happy dance!") == "exclamation"
    assert skip_reason("Welcome to the wonderful world of rocks!") is not None


def test_an_event_name_with_of_is_one_name():
    assert "{Battle of the Boyne}" in drafted("The king lost his crown at the Battle of the Boyne in 1690.")
    assert "{Spanish War of Succession}" in drafted("The fleet first fought during the Spanish War of Succession in 1702.")


def test_an_infobox_value_the_prose_states_is_left_out_one_it_does_not_state_is_kept():
    page = Document(
        Path("/docs/vole.txt"), "Water vole",
        ("Order Rodentia", "Habitat Riverbanks",
         "The water vole belongs to the order Rodentia and digs long burrows in the banks of slow rivers."),
        tables=frozenset({0, 1}),
    )
    result = draft_documents([page])
    texts = [f.text for f in result.facts]
    assert "Water vole – habitat: {Riverbanks}" in texts
    assert not any(t.startswith("Water vole – order") for t in texts)
    assert any(s.reason == "infobox line the text states" for s in result.skipped)


def test_a_caption_line_ending_on_a_preposition_is_no_label_and_value():
    page = Document(Path("/docs/vole.txt"), "Water vole", ("Vole at Riverside Park in Leeds",), tables=frozenset({0}))
    assert not any("vole at" in f.text for f in draft_documents([page]).facts)


def test_a_teaser_before_a_dash_is_cut_and_the_statement_after_it_is_drafted():
    page = Document(Path("/docs/ice.txt"), "Ice", ("When ice gets warm enough, something wonderful happens - it turns back into liquid water!",))
    [sentence] = document_sentences(0, page)
    assert sentence.text == "When ice gets warm enough, it turns back into liquid water!"
    assert skip_reason(sentence.text) is None
    assert drafted(sentence.text) == "When ice gets warm enough, it turns back into {liquid water}!"
