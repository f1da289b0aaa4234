"""The fourteenth round (issue 17, draft24): general failure classes read off check12 and check13 (page
furniture drafted as facts, units and names cut short, a subject's namesake taken for the subject, the
stage a lesson's sentence opens with). Each on sentences and pages of our own, through the real
drafter."""

from __future__ import annotations

from pathlib import Path

from quizgen.core.model import AnswerType
from quizgen.draft.drafter import draft
from quizgen.draft.entities import build_lexicon, find_spans
from quizgen.draft.readers import read_document
from quizgen.draft.sentences import skip_reason
from tests.draft.sentence_tools import blanks, doc, drafted, page


def _reasons(tmp_path: Path, text: str) -> dict[str, str]:
    result = draft([page(tmp_path, text)])
    return {s.text: s.reason for s in result.skipped}


def test_a_paragraph_ending_in_reference_marks_is_prose_not_an_infobox_row(tmp_path: Path):
    text = (
        "Marsh heron [1] | |\n---|---|\nKingdom: | |\nOrder: | |\nFamily: | |\nSpecies: | A. palustris\n"
        "The marsh heron (Ardea palustris) is a species of wading bird. It nests in the reed beds of three river deltas.[2]\n"
        "It is the tallest heron of the region. It eats frogs, small fish and beetles found in shallow water.[3][4]\n"
    )
    document = read_document(page(tmp_path, text))
    prose = [i for i, p in enumerate(document.paragraphs) if p.startswith("The marsh heron")]
    assert prose and prose[0] not in document.tables
    reasons = _reasons(tmp_path, text)
    assert reasons.get("The marsh heron (Ardea palustris) is a species of wading bird.") != "table or infobox line"
    assert any("wading bird" in f.text for f in draft([page(tmp_path, text)]).facts)


def test_a_headline_and_its_deck_above_the_text_are_no_facts(tmp_path: Path):
    text = (
        "Listen Live\n\n"
        "Fog and ice blamed for ferry delays across the northern strait\n\n"
        "Three crossings were cancelled early Monday\n\n"
        "The ferry Marlin stayed in port on Monday after thick fog and ice closed the northern strait for nine hours.\n\n"
        "Harbour officials said the crossing reopened at 6 p.m.\n"
    )
    reasons = _reasons(tmp_path, text)
    assert reasons["Fog and ice blamed for ferry delays across the northern strait"] == "headline"
    assert reasons["Three crossings were cancelled early Monday"] == "headline"
    # a sentence of the text that lost its full stop, after the prose has begun, is no headline
    later = "The ferry Marlin stayed in port on Monday after fog closed the strait.\n\nThe first boat left the quay at 6 p.m. on Tuesday\n"
    assert "headline" not in _reasons(tmp_path, "Ferry news\n\n" + later).values()


def test_a_short_paragraph_closing_on_a_bracketed_photo_credit_is_a_caption(tmp_path: Path):
    text = (
        "Ferry news\n\n"
        "The ferry Marlin waiting at the quay. (Photo: Harbour Board)\n\n"
        "The ferry Marlin stayed in port on Monday after thick fog and ice closed the northern strait for nine hours.\n"
    )
    reasons = _reasons(tmp_path, text)
    assert reasons["The ferry Marlin waiting at the quay."] == "photo caption or credit"


def test_a_dateline_before_the_first_sentence_is_no_part_of_it(tmp_path: Path):
    first = "The ferry, which was heading from Oslo to Kiel, stayed in port after the fog closed the strait."
    for dateline in (" date 2024-02-11 ", "KIEL, Germany (AP) — "):
        document = read_document(page(tmp_path, "Ferry stays in port\n\n" + dateline.lstrip() + first + "\n\nIt sailed on Tuesday.\n"))
        assert document.paragraphs[0] == first  # below the headline
        alone = read_document(page(tmp_path, dateline + first + " It sailed on Tuesday morning with 300 passengers.\n"))
        assert alone.paragraphs[0].startswith("The ferry, which")  # at the very start of the text
    # a date inside the sentence stays
    assert read_document(page(tmp_path, "The date 2024-02-11 was the coldest of the winter in the port.\n")).paragraphs[0].startswith("The date")


def test_a_section_label_in_title_case_is_a_heading():
    assert skip_reason("It is Not Just a Bridge.") == "heading"
    assert skip_reason("The tower was built by the Order of the Knights in 1530.") is None  # a name's capitals


def test_a_comment_adverb_beside_a_value_is_no_opinion():
    assert skip_reason("In 1921 sadly the old mill burned down.") is None
    assert skip_reason("Unfortunately the view from the hill is dull.") is not None  # no value: still the writer's view


def test_an_ordinal_date_accepts_the_plain_date():
    assert "{3rd of March 1902|3 March 1902}" in drafted("The painter Ilse Marr was born on the 3rd of March 1902 in Graz.")


def test_a_weekday_takes_its_part_of_the_day():
    assert "{Thursday evening|Thursday}" in drafted("The dam gave way on Thursday evening, flooding the lower valley.")


def test_a_count_in_words_is_a_number_to_ask():
    assert "Hundreds" in blanks("Hundreds of barges were waiting at the upper lock.")
    assert "thousands" in blanks("The fair drew thousands of people to the old square.")


def test_a_namesake_of_the_pages_subject_is_no_subject():
    sentences = [
        "Lena Voss was a Danish botanist who studied mosses in Greenland.",
        "Voss collected mosses for the museum in Aarhus.",
        "Voss married Henrik Voss, a geologist at the museum, in 1931.",
        "Voss wrote three books on mosses and lichens.",
    ]
    result = draft_doc(sentences, title="Lena Voss")
    married = next(f for f in result.facts if "married" in f.text)
    assert "{Henrik Voss" in married.text  # another person of her surname is a blank


def draft_doc(sentences: list[str], title: str):  # type: ignore[no-untyped-def]
    from quizgen.draft.drafter import draft_documents

    return draft_documents([doc("voss", *sentences, title=title)])


def test_things_named_after_a_count_and_a_comma_are_blanks():
    assert {"copper", "tin"} <= set(blanks("The miners found two rare metals, copper and tin, in the hill."))


def test_particles_run_together_inside_a_name():
    assert "Institut de Physique et de Chimie de la Ville de Lyon" in blanks(
        "She earned a doctorate at the Institut de Physique et de Chimie de la Ville de Lyon in 1931."
    )


def test_a_year_opening_an_events_name_after_a_peoples_name():
    assert "{1848 Revolution|Revolution}" in drafted("After the Hungarian 1848 Revolution the poet left for Paris.")


def test_a_technical_word_naming_the_stage_a_sentence_opens_with_is_a_blank():
    assert "gastrulation" in blanks("In the gastrulation, the cells of the embryo fold into three layers.")
    assert "morning" not in blanks("In the morning, the keeper lit the lamp on the pier.")  # an everyday word is no stage


def test_an_age_accepts_its_years_without_old():
    fact = drafted("The bridge is about 640 years old and still carries carts.")
    assert "|640 years}" in fact or "|640 years|" in fact


def test_an_adjective_of_be_and_its_preposition_ask_what_the_subject_relates_to():
    from quizgen.draft.clauses import content_phrases

    assert [p.text for p in content_phrases("The drag on a boat is roughly proportional to the square of its speed.")][:1] == [
        "square of its speed"
    ]
    assert [p.text for p in content_phrases("The marsh soil is rich in peat moss.")][:1] == ["peat moss"]


def test_what_a_comparison_compares_with_is_a_blank():
    assert "Saturn's Titan" in blanks("Slightly larger than Saturn's Titan, the moon Varo has a thin crust of ice.")
    assert "width of a human hair" in blanks("The grains of the sand are much smaller than the width of a human hair.")
    assert "usual" not in blanks("The pond was colder than usual in May.")  # no standard: the thing itself


def test_a_hyphenated_measure_accepts_it_said_as_a_noun():
    assert "{12-day|12|12 days}" in drafted("After a 12-day crossing from Lisbon, the brig reached Recife.")


def test_a_year_takes_its_part_and_two_such_years_are_one_span():
    assert "{early 1832|1832}" in drafted("The town well was dug in early 1832 by the miners of Harl.")
    assert "{late 1998 and early 1999}" in drafted("In late 1998 and early 1999, floods cut the road to Harl twice.")


def test_an_organisation_joining_two_fields_with_and_is_one_name_and_its_possessive_ends_it():
    found = blanks("The Royal Botany and Forestry Society's Marsh Garden opened to visitors in 1911.")
    assert "Royal Botany and Forestry Society" in found
    assert all("Society's" not in b for b in found)


def test_the_relative_clause_of_a_plain_object_tells_what_it_does():
    from quizgen.draft.clauses import content_phrases

    def phrase(text: str) -> list[str]:
        return [p.text for p in content_phrases(text)]

    assert "limestone ridge" in phrase("The two gates make up one lock that lifts boats over the limestone ridge.")
    assert "flat farmland" in phrase("The river and the canal make up the second system that carries barges through the flat farmland.")


def test_a_sentence_about_a_bare_this_points_back():
    assert skip_reason("Yet this explains only half of the flooding.") == "points back"
    assert skip_reason("The main effect of this is a drier summer.") == "points back"
    assert skip_reason("But, this is rare.") is not None
    assert skip_reason("This is called the rain shadow of the hills.") is None  # a definition names a term
    assert skip_reason("This explains why the Rhine floods every spring.") is None  # it names something


def test_a_name_in_apposition_to_a_company_is_an_organisation():
    fact = drafted("Ardent Shipping, the Norwegian ferry company that runs the line, said the boat was late.")
    assert fact.startswith("{Ardent Shipping}")
    # a month after "In" before the comma is no company's name
    text = "In May, the ferry company detailed the new timetable."
    assert all(s.type is not AnswerType.ORGANIZATION for s in find_spans(text, build_lexicon([text])) if s.text == "May")


def test_the_nation_of_a_nationality_is_the_blank():
    assert "{Swiss}" in drafted("In 1931 the painter Ilse Marr became a Swiss citizen.")
    assert "Danish" in blanks("After the war he took the Danish nationality and stayed in Aarhus.")


def test_a_long_contrast_opening_the_sentence_is_no_part_of_its_main_clause():
    from quizgen.draft.clauses import content_phrases

    phrases = [p.text for p in content_phrases(
        "Unlike the moths that have to find nectar in open fields far from the hive, bees are able to store their own honey."
    )]
    assert phrases[:1] == ["own honey"]


def test_what_a_light_verbs_object_serves_as_is_the_phrase():
    from quizgen.draft.clauses import content_phrases

    assert [p.text for p in content_phrases("Inside the cell, the fibres use the sugar as fuel.")][:1] == ["fuel"]


def test_names_listed_after_a_count_are_blanks():
    fact = drafted('The old town with its three gates, "Amber", "Rook", and "Salt", stands on a ridge above the river Lenn.')
    assert '"{Amber}"' in fact and '"{Rook}"' in fact and '"{Salt}"' in fact
    assert {"Tarn", "Vessel"} <= set(blanks("The planet Orn has two small moons: Tarn and Vessel."))


def test_a_fraction_of_a_unit_said_in_words_is_one_measure():
    assert "{nearly a third of a mile|a third of a mile}" in drafted("The old pier, which is nearly a third of a mile long, was rebuilt.")
    assert "{half an hour}" in drafted("The walk to the lighthouse takes half an hour from the quay at Harl.")


def test_the_names_people_call_a_thing_are_blanks():
    fact = drafted("The herders of the valley call them kerru, tal vosk (stone goat) or mira haan (old runner).")
    assert "{kerru}" in fact and "{tal vosk} (stone goat)" in fact and "{mira haan} (old runner)" in fact


def test_a_multiple_takes_its_times():
    assert "{40 times|40}" in drafted("The new lens gathers 40 times more light than the old one at Harl.")
    assert "{3 million times|3 million}" in drafted("The star's mass is 3 million times that of the Sun, the survey found in 1998.")
