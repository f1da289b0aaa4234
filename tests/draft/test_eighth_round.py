"""The eighth round (issue 17, draft18): whole units, key noun phrases and junk seen on a fresh set
(check8) and the pages at hand, each on sentences of our own."""

from __future__ import annotations

from quizgen.core.model import AnswerType
from quizgen.draft.entities import build_lexicon, find_spans
from quizgen.draft.sentences import skip_reason
from quizgen.draft.terms import list_items
from tests.draft.sentence_tools import blanks, candidate, drafted


def spans(text: str) -> dict[str, tuple[AnswerType, int]]:
    return {s.text: (s.type, s.rank) for s in find_spans(text, build_lexicon([text]))}


def test_a_rate_an_area_and_a_unit_in_capitals_are_one_unit():
    text = drafted("The train runs at 180 MPH or about 50 metres per second on the flat.")
    assert "{180 MPH|180}" in text and "{about 50 metres per second|" in text and "|50 metres per second" in text
    assert "{three square kilometres|three}" in drafted("The flood covered three square kilometres of farmland near the river.")
    # "a day" is no unit of a rate: the distance is asked
    assert "{up to 6-8 miles|" in drafted("Carrier pigeons in the valley fly up to 6-8 miles a day.")


def test_a_bracket_restating_a_quantity_is_inside_its_blank():
    text = drafted("Frogs can jump to about 2 metres (6.5 feet) high in a single leap.")
    assert text.startswith("Frogs can jump to {about 2 metres (6.5 feet)|") and "|2 metres|" in text and "|6.5 feet}" in text
    assert " high in a single leap." in text  # the bracket no longer gives the answer away


def test_years_with_dotted_eras_and_counts_with_a_plus_are_values():
    assert "{812 A.D.}" in drafted("The monastery dates back to 812 A.D. when monks from the coast arrived.")
    assert "{300+ lakes|300+}" in drafted("The country has 300+ lakes and 90+ rivers.")


def test_a_place_and_its_country_are_one_blank_accepting_the_place():
    assert "{Bergen, Norway|Bergen}" in drafted("The explorer was born in Bergen, Norway, on June 5, 1851.")
    assert "{Alford, Lincolnshire, England|Alford|Alford, Lincolnshire}" in drafted(
        "He was born on 3 May 1760 in Alford, Lincolnshire, England as the second of five sons."
    )
    assert "{Paris, France|Paris}" in drafted("The family moved to Paris, France, in 1890.")
    # a list of countries stays a list
    assert "{France}, {Spain} and {Italy}" in drafted("They sailed to France, Spain and Italy.")


def test_a_name_after_its_role_word_accepts_both():
    assert "Captain {Hollis|Captain Hollis}" in drafted("The storm forced Captain Hollis to turn the boat back to port.")
    assert "{Reverend John Miles|John Miles}" in drafted("His uncle, the Reverend John Miles, was the rector of Aldbury.")


def test_what_something_eats_or_is_made_of_and_such_kinds_as_are_lists():
    assert drafted("The fox eats insects, worms, and small birds.") == "The fox eats {insects}, {worms}, and {small birds}."
    assert {"sand", "ash", "lime"} <= set(blanks("The glaze is made of sand, ash and lime."))
    assert {"arms", "eyes", "stomach"} <= set(blanks("Starfish can regrow such body parts as the arms, eyes, and stomach."))
    assert list_items("She sold apples, pears and plums to the miners.") == []  # no cue: left as it was


def test_a_singular_subject_and_its_s_verb_make_a_sentence():
    assert skip_reason("The fox eats insects, worms, and small birds.") is None


def test_credits_glued_to_captions_and_invitations_after_an_opening_phrase_are_left_out():
    assert skip_reason("Diving beetles in a garden pond (2014-03-02)NASA") == "photo caption or credit"
    assert skip_reason("On the 10th anniversary of the museum, explore the 10 most famous paintings in its halls.") == (
        "opinion or address to the reader"
    )


def test_a_source_named_before_a_claim_is_no_hearsay_and_a_quoted_passage_may_close():
    assert skip_reason("Per reports, the flood created by the storm wiped out a Cree village that had stood there for centuries.") is None
    assert skip_reason('The fire was regarded as the worst in the city until 1906."') is None
    assert skip_reason('He said "the fire was regarded as the worst in the city until 1906.') == "broken or truncated"


def test_a_kind_named_after_a_name_and_a_regional_noun_are_terms():
    assert "{Inuit language|Inuit}" in drafted("The word kayak comes from the Inuit language of the north.")
    assert "{American football field|football field}" in drafted("The ring is about the size of an American football field including the seats.")
    assert "{Tarvisian granite}" in drafted("Slabs of Tarvisian granite was laid on top of these posts, and this layer served as the base.")
    # a person keeps no nationality
    assert "Tibetan mountaineer" not in spans("Edmund Hillary and Tibetan mountaineer Tenzing Norgay reached the summit.")


def test_what_a_thing_is_built_on_filled_with_or_cut_off_from_is_a_term():
    assert "gravel" in blanks("The pit was filled with gravel to clean the rain water.")
    assert "air" in blanks("Sealed under water and isolated from air, the posts did not rot as fast as on land.")
    assert "packed gravel" in blanks("The posts were pushed into the mud until they reached a much firmer layer of packed gravel.")
    assert blanks("The mill stood on the river.") == []  # standing somewhere names no term


def test_a_ship_by_its_prefix_and_a_court_of_a_country_are_names():
    assert "HMS Sunflower" in blanks("The British cruiser HMS Sunflower was moored nearby.")
    assert "Supreme Court of Norway" in blanks("After appeals to the Supreme Court of Norway, both ships were found equally at fault.")


def test_a_class_given_is_the_answer_and_a_judgement_is_no_term():
    assert "near threatened" in blanks("The World Heron Trust lists the grey heron as near threatened in the north.")
    assert "extinct" in blanks("The lizard was classified as extinct in 1990.")
    assert "favored pet" not in blanks("The dog is a favored pet and is bred widely.")


def test_an_ordinal_birthday_is_one_answer():
    assert "{40th birthday|40th}" in drafted("On her 40th birthday, the queen opened the new bridge over the river.")


def test_a_reference_mark_with_its_page_is_dropped_and_spread_more_is_no_boilerplate():
    from quizgen.draft.sentences import _REFERENCE_MARK

    assert _REFERENCE_MARK.sub("", "saved many lives.[6]:100[7] In his time") == "saved many lives. In his time"
    assert skip_reason("In those years, the fever killed around 10% of the people, as many as 20% in towns where it spread more easily.") is None


def test_a_numbered_document_is_one_answer_accepting_its_number():
    assert "{U.S. Patent No. 223,898|223,898}" in drafted("The record was granted as U.S. Patent No. 223,898 to the inventor.")


def test_one_compound_in_the_middle_of_a_sentence_is_no_fact_one_closing_it_is():
    assert candidate("Every time the engine turns, warm oil flows through the pipes.") is None
    assert blanks("A lower ridge runs from the hind wheels to the end of the frame.") == []
    assert blanks("The seeds of the plant are wrapped in tough seed coats.") == ["tough seed coats"]
    # a measure names what it compares with, a regional name with it
    assert "American football field" in blanks("The hall is about the size of an American football field including the seats.")


def test_a_person_and_a_possessive_apposition_are_no_place_and_a_ship_prefix_is_no_part_of_its_name_key():
    from quizgen.draft.candidates import name_key

    assert "{Liu Bang}" in drafted("It holds the tomb of Liu Bang, China's first Han emperor, who reigned long ago.")
    ship = [s for s in find_spans("The British cruiser HMS Sunflower was moored nearby.", build_lexicon([])) if s.text == "HMS Sunflower"]
    assert name_key(ship[0]) == "sunflower"


def test_or_closing_a_list_is_no_restatement():
    assert candidate("Some are tan, gray, or blue.") is None
    assert "northern lights" in blanks("The glow of the aurora, or northern lights, is caused by the solar wind.")


def test_everyones_we_beside_a_number_is_no_opinion_and_a_plural_subject_has_its_verb():
    assert skip_reason("About 20% of the oxygen that we breathe comes from the ocean.") is None
    assert skip_reason("Bees pollinate about 33% of the crops that we eat.") is None
    # the writer's own "we" stays an opinion or an address, number or not
    assert skip_reason("We visited the 12 temples of the valley.") == "opinion or address to the reader"
    assert skip_reason("In 1990 we moved to the 3 houses by the lake.") == "opinion or address to the reader"
