"""The tenth round (issue 17, draft20): explainers and encyclopedias. A label on its line above its
definition, a process noun as the subject, "is called X" with a capitalised X, exclamations that
state values, the writer's "Let's see how ...:" lead, units glued on or qualified ("U.S. gallons"),
tolls without a noun, infobox cells run together, a page cut after a whole word, and a merged
sentence's own quantities. Each on sentences of our own, through the real drafter."""

from __future__ import annotations

from pathlib import Path

from quizgen.draft.drafter import draft_documents
from quizgen.draft.readers import Document, _paragraphs
from quizgen.draft.sentences import cut_clauses, document_sentences, skip_reason
from tests.draft.sentence_tools import drafted


def doc(name: str, *paragraphs: str, tables: frozenset[int] = frozenset()) -> Document:
    return Document(Path(f"/docs/{name}.txt"), f"{name.title()} article", tuple(paragraphs), tables=tables)


def facts_of(*paragraphs: str) -> list[str]:
    return [f.text for f in draft_documents([doc("explainer", *paragraphs)]).facts]


def test_a_label_on_its_line_is_the_term_its_text_defines():
    facts = facts_of(
        "Condensation:",
        "The water vapour in the air cools and turns back into tiny droplets of liquid water.",
    )
    assert any(f.startswith("{Condensation}: The water vapour") for f in facts)


def test_a_label_the_text_names_again_is_left_out():
    sentences = document_sentences(0, doc("explainer", "Evaporation: The change of liquid water into vapour is known as evaporation."))
    assert [s.text for s in sentences] == ["The change of liquid water into vapour is known as evaporation."]
    assert drafted(sentences[0].text) == "The change of liquid water into vapour is known as {evaporation}."


def test_a_definition_ending_on_a_capitalised_term_blanks_it():
    assert "{Carbon fixation}" in drafted("The capture of carbon dioxide by plants to build sugars is called Carbon fixation.")


def test_a_process_noun_opening_a_sentence_is_its_term():
    assert drafted("Transpiration carries water from the roots up to the leaves.").startswith("{Transpiration} carries")


def test_an_exclamation_stating_a_value_is_a_fact():
    assert skip_reason("Your heart beats about 100,000 times every single day!") is not None  # still the reader
    assert skip_reason("The lungs hold about 6 litres of air!") is None
    assert skip_reason("What a wonderful machine the body is!") == "exclamation"


def test_a_glued_unit_is_one_blank_with_its_number():
    fact = drafted("The stomach of an adult can hold about 1.5L of food and drink.")
    assert "{about 1.5L|" in fact and "1.5 L" in fact


def test_the_writer_turning_to_the_reader_before_a_colon_is_left_out():
    sentences = document_sentences(0, doc("explainer", "Let’s see how the heart pumps: Each heartbeat has two main phases, systole and diastole."))
    assert sentences[0].text.startswith("Each heartbeat has two main phases")


def test_a_unit_counted_in_its_system_is_part_of_the_number():
    assert "{3.5 million U.S. gallons" in drafted("The reservoir held 3.5 million U.S. gallons of water before the dam gave way.")
    assert "{about 9,000 short tons" in drafted("The bridge's steel span weighed about 9,000 short tons when it opened in 1932.")


def test_a_number_in_words_with_a_half_is_one_number():
    assert "{nearly three and a half million gallons" in drafted("The tanker spilled nearly three and a half million gallons of oil off the coast.")


def test_a_toll_without_a_noun_is_still_a_blank():
    fact = drafted("The storm over Galveston injured 240 and killed 37.")
    assert "{240}" in fact and "{37}" in fact


def test_a_sentence_cut_after_a_whole_word_keeps_its_names():
    cut = cut_clauses("The convoy was then led by the frigate captain of the Royal Navy Thomas Hale, which")
    assert cut is not None and cut.endswith("Thomas Hale …")


def test_a_process_noun_with_an_aside_has_its_verb():
    assert skip_reason("Incubation (the period between laying and hatching) lasts 28 days.") is None


def test_infobox_cells_run_together_are_a_label_and_its_value():
    paragraphs, tables, _ = _paragraphs("Opened1932\nLength1,149 m\nHeightApproximately 134 m\nDesigner John Bradfield")
    facts = [f.text for f in draft_documents([doc("bridge", *paragraphs, tables=frozenset(tables))]).facts]
    assert any("height: {Approximately 134 m|" in f for f in facts)


def test_a_merge_keeps_the_quantities_only_the_longer_sentence_gives():
    long = doc(
        "encyclopedia",
        "A concrete dam holding 40 million cubic metres (1.4 billion cubic feet) of water, standing 60 metres (200 feet) high, "
        "failed just before midnight, and the resulting flood swept through the valley at an estimated 18 miles per hour, "
        "killing 431 people and injuring 120.",
    )
    short = doc("news", "The flood from the dam injured 120 and killed 431.")
    facts = draft_documents([long, short]).facts
    assert any(len(f.sources) == 2 for f in facts)
    assert any("{40 million cubic metres" in f.text for f in facts) and any("{18 miles per hour" in f.text for f in facts)


ENCYCLOPEDIA = doc(
    "encyclopedia",
    "The Great Tay Flood, also known as the Perth Water Disaster, happened on Monday, 3 March 1890, in the Bridgend district of Perth.",
    "A reservoir holding 2.1 million U.S. gallons (8,000 cubic metres) of water, weighing about 8,700 short tons, burst, and the water "
    "rushed down the slope at an estimated 30 miles per hour (48 kilometres per hour), killing 17 people and injuring 90.",
)
BLOG = doc(
    "blog",
    "3 March 1890 was the day of the Great Perth Tay Flood in the Bridgend district.",
    "The reservoir held almost two and a half million gallons of water.",
    "The Perth flood injured 90 and killed 17.",
)


def test_one_full_date_and_the_same_words_are_one_event_despite_two_names():
    facts = draft_documents([ENCYCLOPEDIA, BLOG]).facts
    dated = [f for f in facts if any("3 March 1890" in q for q in f.quotes)]
    assert len(dated) == 1 and dated[0].sources == ("encyclopedia-article", "blog-article")


def test_a_disagreement_is_flagged_even_when_the_sentence_also_merges():
    facts = draft_documents([ENCYCLOPEDIA, BLOG]).facts
    assert any(len(f.sources) == 2 and any("killed 17" in q for q in f.quotes) for f in facts)  # the toll merges
    note = 'Sources disagree: "2.1 million U.S. gallons" vs "almost two and a half million gallons".'
    blog_volume = [f for f in facts if f.quotes == ("The reservoir held almost two and a half million gallons of water.",)]
    assert [f.note for f in blog_volume] == [note]
    assert any(f.note == note and "{2.1 million U.S. gallons" in f.text for f in facts)
