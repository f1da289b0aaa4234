"""The twelfth round (issue 17, draft22): whole units and general shapes read off check11, check10 and
check9 (clock times before a time zone, role words before a name, quoted phrases with a number, two
adjectives of one noun, lists of three, landmarks), a description's kind subject and second verb
phrase, captions and credits of news and health pages. Each on sentences of our own, through the real
drafter."""

from __future__ import annotations

from quizgen.draft.clauses import _kind_subject, content_phrases, plain_statement
from quizgen.draft.drafter import _in_prose, draft_documents
from quizgen.draft.terms import phrases as phrases_of
from quizgen.draft.sentences import Sentence, document_sentences, skip_reason, split_sentences
from tests.draft.sentence_tools import candidate, doc, drafted


def phrases(text: str) -> list[str]:
    return [p.text for p in content_phrases(text)]


def test_a_clock_time_before_a_time_zone_weekday_or_month_ends_no_sentence():
    assert split_sentences("The probe woke at 4:15 a.m. Eastern time on a Friday. Then it called home.") == [
        "The probe woke at 4:15 a.m. Eastern time on a Friday.",
        "Then it called home.",
    ]
    assert split_sentences("The ferry left at 7 p.m. GMT and docked at dawn.") == ["The ferry left at 7 p.m. GMT and docked at dawn."]
    assert split_sentences("The talk starts at 6 p.m. Oct. 3 in the town hall.") == ["The talk starts at 6 p.m. Oct. 3 in the town hall."]
    # a new sentence after the time stays one
    assert split_sentences("The shop shut at 5 p.m. The next day it rained.") == ["The shop shut at 5 p.m.", "The next day it rained."]


def test_a_role_or_rank_before_a_name_is_no_part_of_its_blank():
    assert "{Maria Lind|Manager Maria Lind}" in drafted("The plan came from Deputy Site Manager Maria Lind after the storm.")
    assert "Rear-Admiral {Tom Hale|Rear-Admiral Tom Hale}" in drafted("The sword is thought to have belonged to Rear-Admiral Tom Hale.")


def test_a_caption_of_a_news_photo_and_a_health_page_credit_are_left_out():
    assert skip_reason("In this undated image provided by the museum, two curators lift the bowl.") is not None
    assert skip_reason("Divers leave the harbour in a handout photo from the coast guard.") is not None
    assert skip_reason("Updated by: Ann B. Cole, MD, Professor of Surgery, Lakeside University.") is not None
    assert skip_reason("Reviewed by: Sam Ode, PhD.") is not None
    # a sentence about a photograph still states its fact
    assert skip_reason("This famous photograph from the probe shows the moon Titan in 2005.") is None


def test_an_infobox_value_counts_as_stated_when_its_head_is():
    sentences = [Sentence(0, 0, 0, "Binomial name Rana temporaria Linnaeus"), Sentence(0, 1, 1, "The common frog (Rana temporaria) lives in ponds.")]
    assert _in_prose("Rana temporaria Linnaeus", sentences, {(0, 0)}, 0)
    sentences = [Sentence(0, 0, 0, "Location Leeds, England"), Sentence(0, 1, 1, "The mill stood in Leeds for a century.")]
    assert _in_prose("Leeds, England", sentences, {(0, 0)}, 0)
    assert not _in_prose("York, England", sentences, {(0, 0)}, 0)


def test_a_kind_subject_is_asked_when_the_clause_states_nothing_else():
    assert drafted("Helper T cells gather and signal to the others.").startswith("{Helper T cells}")
    assert phrases("The outer planets are usually seen far beyond and outside the asteroid belt.") == ["outer planets"]
    assert phrases("Then worker termites stop the attack.") == ["worker termites"]
    # a judging or counting modifier names no kind; "be" with a complement asks the complement
    assert _kind_subject("Different whales hunt and feed.") is None
    assert _kind_subject("Killer whales hunt and feed.") is not None
    assert phrases("The old mill is built on tightly packed stones.") == []
    assert phrases("The barn owl is not diurnal.") == ["diurnal"]


def test_a_second_verb_phrase_and_a_present_verbs_plural_object_give_their_phrase():
    assert phrases("Pandas have been kept in many city zoos and have been successfully bred in captivity.") == ["city zoos", "captivity"]
    assert phrases("When pollen lands on the stigma, they make tubes.") == []  # a light verb's one noun is no answer
    assert phrases("When germs enter the skin, they attract neutrophils.") == ["neutrophils"]
    assert phrases("The chloroplasts use sunlight, carbon dioxide and water to make sugar.") == ["sunlight, carbon dioxide and water"]


def test_a_list_of_three_short_noun_phrases_is_one_answer():
    assert phrases("The tapir browses on leaves, buds, and fruit.") == ["leaves, buds, and fruit"]
    assert phrases("The tapir browses on leaves and buds.") == ["leaves and buds"]


def test_whole_units_a_quoted_phrase_with_a_number_two_adjectives_of_one_noun_and_compound_items():
    assert "the “{ten days of fire}” blaze" in drafted("Crews fought the “ten days of fire” blaze across the hills.")
    assert "{slim and agile bodies}" in drafted("One striking trait, for hunting, is the slim and agile bodies.")
    assert "{red blood cells}" in drafted("The marrow makes several cells, which include red blood cells and white blood cells.")


def test_landmarks_are_places():
    made = candidate("In 1931 the bridge overtook the Lincoln Memorial and the Empire State Building as the city's top sight.")
    assert made is not None
    places = {s.text for s in made.spans if s.type.value == "place"}
    assert {"Lincoln Memorial", "Empire State Building"} <= places


def test_a_described_subject_is_no_term_a_page_restates():
    drafted_page = draft_documents([doc("bows", "One arc, called the inner arc, is brighter than the other arc, called the outer arc.",
                                        "The outer arc is usually seen above and outside the inner arc and has its colours reversed.")])
    assert len(drafted_page.facts) == 2
    assert document_sentences(0, doc("x", "A b c.")) is not None


def test_what_be_says_a_thing_is_when_the_word_classes_it_a_colour_or_a_way_of_life():
    assert "{pale grey}" in drafted("The fur of the lynx is thick and pale grey, almost silver.")
    assert "{herbivorous}" in drafted("The dugong is herbivorous, grazing on sea grass beside the coast.")
    assert "{green or blue}" in drafted("The copper roof of the town hall is green or blue.")
    # a colour before a noun describes the noun; a subject pointing back classes nothing
    assert candidate("The wall was white stone.") is None or "{white}" not in drafted("The wall was white stone.")
    assert candidate("Some are tan, gray, or blue.") is None


def test_a_word_glossed_in_brackets_is_the_term_it_explains():
    assert "{reflects} (bounces back)" in drafted("At the mirror, the beam reflects (bounces back) toward the lamp.")


def test_scare_quotes_are_no_quotation_and_places_keep_their_kind_and_their_holder_apart():
    assert plain_statement("The girl developed a strong interest in chemistry, urged on by the “risky” hobby of her aunt.")
    assert not plain_statement("The girl said “I will study the stars” to her aunt.")
    made = candidate("The tapir lives mostly in the Manu Forest of the Republic of Peru.")
    assert made is not None
    assert {"Manu Forest", "Republic of Peru"} <= {s.text for s in made.spans}
    assert "{Sea of Tranquility}" in drafted("The lander set down in the Sea of Tranquility in 1969.")
    assert "{Hall gallery|Hall}" in drafted("The vases stand in the Hall gallery of the museum since 1950.") or \
        "{Pioneers gallery|Pioneers}" in drafted("The vases stand in the Pioneers gallery of the museum since 1950.")


def test_what_a_thing_is_keeps_its_hyphenated_kind():
    assert "{steel-framed observation wheel|observation wheel}" in drafted("The Millennium Wheel is a steel-framed observation wheel in the park.")
    assert "safety drill" in [p.text for p in phrases_of("The crew failed during a late-night safety drill.")]


def test_a_span_of_years_in_words_is_one_unit():
    assert "from {1887 to 1889|1887–1889}" in drafted("The bridge was built from 1887 to 1889 by the city.")
    assert "between {1920 and 1925|1920–1925}" in drafted("The dam was raised between 1920 and 1925 by the state.")


def test_what_is_missing_and_the_first_of_a_kind_are_asked():
    assert "There was {no written record} of the" in drafted("There was no written record of the eruption before 1600.")
    assert "{first climate scientist|climate scientist}" in drafted("Mira Hale was a chemist, widely recognized as the first climate scientist.")


def test_a_relative_passives_agent_is_asked_and_a_vague_general_phrase_is_not():
    assert phrases("The female has long spines that are partly covered by fur near the base.") == ["long spines", "fur"]
    assert phrases("Different seeds grow in different ways.") == []


def test_the_body_a_person_serves_in_and_the_person_are_two_names():
    assert "the {Royal Navy} {Anne Morrow}" in drafted("The first diver down was a medic of the Royal Navy Anne Morrow, who stayed an hour.")


def test_a_range_in_number_words_is_one_unit_and_a_subject_and_its_verb_are_no_compound():
    assert "{three to five years|three to five}" in drafted("The queen may live for three to five years.")
    assert "{two or three weeks|two or three}" in drafted("The eggs hatch after two or three weeks.")
    assert "cluster hangs" not in [p.text for p in phrases_of("The cluster hangs on a ledge while scouts look for water.")]
    assert "scouts look" not in [p.text for p in phrases_of("The cluster hangs on a ledge while scouts look for water.")]


def test_what_a_thing_lacks_is_a_short_fact():
    assert skip_reason("Drones have no sting.") is None
    assert drafted("The kiwi has no tail.") == "The kiwi has {no tail}."
