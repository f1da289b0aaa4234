"""The fifteenth round (issue 17, draft25): general failure classes read off check14 (bulleted explainers
and revision sheets, FAQ pages): list items that lost their full stops, a first line of prose taken for
the title, "Label: definition" lines whose label is the term, examples given in brackets, ranges restated in square brackets,
temperatures, a light head noun ("the generic term for ...") blanked instead of what it names.
Each on sentences and pages of our own, through the real drafter."""

from __future__ import annotations

from pathlib import Path

from quizgen.draft.candidates import _with_terms_named
from quizgen.draft.clauses import content_phrases
from quizgen.draft.drafter import draft
from quizgen.draft.readers import read_document
from tests.draft.sentence_tools import blanks, drafted, page


_BULLETED = (
    "Frost forms on clear nights when the ground loses its heat to the open sky. Here is how it works:\n"
    "- After sunset, grass and car roofs radiate heat away and cool below the temperature of the air around them\n"
    "- Water vapour touching these cold surfaces turns straight into ice crystals without first becoming dew\n"
    "- The crystals grow into feathery needles as more vapour freezes onto their tips\n"
    "In short, frost is water vapour that freezes on surfaces colder than the air above them\n"
)


def test_a_first_line_of_two_sentences_is_prose_not_the_title(tmp_path: Path):
    document = read_document(page(tmp_path, _BULLETED))
    assert document.title is None
    assert document.paragraphs[0].startswith("Frost forms on clear nights")
    # a short first line that is one heading stays the title
    titled = read_document(page(tmp_path, "How frost forms\n\nFrost forms on clear nights when the ground loses its heat to the sky.\n", "t.txt"))
    assert titled.title == "How frost forms"


def test_list_items_without_full_stops_are_sentences_and_the_line_after_them_is_its_own(tmp_path: Path):
    document = read_document(page(tmp_path, _BULLETED))
    assert "- " not in " ".join(document.paragraphs)
    assert any(p.endswith("below the temperature of the air around them.") for p in document.paragraphs)
    assert any(p.startswith("In short, frost is water vapour") for p in document.paragraphs)  # not run into the item above
    result = draft([page(tmp_path, _BULLETED)])
    quotes = [q for f in result.facts for q in f.quotes]
    assert any(q.startswith("Water vapour touching these cold surfaces") for q in quotes)
    skipped = {s.text: s.reason for s in result.skipped}
    assert not any(reason == "not a full sentence" and text.startswith("After sunset") for text, reason in skipped.items())


def test_a_wrapped_list_item_still_continues_on_its_next_line(tmp_path: Path):
    text = (
        "Ferns need three things to grow well:\n"
        "- a shaded spot with soil that stays moist through the\n"
        "summer months and is never waterlogged\n"
        "- regular feeding in spring\n"
    )
    document = read_document(page(tmp_path, text))
    assert any("moist through the summer months and is never waterlogged" in p for p in document.paragraphs)


def test_the_label_of_a_definition_line_is_the_term_it_defines():
    assert "Frost Wedging" in blanks("Frost Wedging: Water seeps into cracks, freezes and widens them until the stone splits apart.")
    assert "Sorting and Settling" in blanks("Sorting and Settling: The river drops the heaviest grains first and carries the fine mud further.")
    # page furniture and a clause before a colon are no terms the line defines
    assert _with_terms_named("Update: The bridge over the Tamar reopened to traffic on 3 May 2019.", []) == []
    assert _with_terms_named("Related: Ten bridges that changed how cities grew", []) == []
    assert _with_terms_named("The river is slow: Its water drops the heaviest grains first near the bank.", []) == []


def test_a_label_naming_two_terms_accepts_each():
    fact = drafted("Sleet/Hail: Frozen drops of rain fall from storm clouds and bounce when they hit the ground.")
    assert "{Sleet/Hail|Sleet|Hail}" in fact


def test_examples_in_brackets_are_blanks_each():
    found = blanks("Clastic sedimentary rocks are made of broken pieces of older rock (e.g., shale, conglomerate).")
    assert "shale" in found and "conglomerate" in found
    assert "gneiss" in blanks("Foliated rocks have their minerals lined up in bands (e.g. gneiss).")


def test_a_label_repeated_in_its_text_is_dropped_from_the_sentence(tmp_path: Path):
    text = (
        "Rock changes\n\n"
        "* Wind and Rain: Cliffs are worn back each winter by wind and rain striking the soft chalk.\n"
        "* Plant Roots: Roots of trees split boulders as they grow thicker inside the cracks of the stone.\n"
    )
    result = draft([page(tmp_path, text)])
    quotes = [q for f in result.facts for q in f.quotes]
    assert any(q.startswith("Cliffs are worn back each winter") for q in quotes)


def test_a_range_restated_in_square_brackets_is_one_answer():
    fact = drafted("An adult manatee has a body length of 3–4 m [10–13 ft] and lives for decades.")
    assert "{3–4 m [10–13 ft]|" in fact and "|3–4 m" in fact


def test_a_temperature_is_one_unit():
    assert "80°F" in blanks("Coral bleaches in water warmer than 80°F for several weeks in a row.")


def test_a_light_head_gives_way_to_what_it_names():
    texts = [p.text for p in content_phrases("A drumlin is the usual name for a low oval hill of glacial till.")]
    assert texts and texts[0] == "low oval hill"
    texts = [p.text for p in content_phrases("Bread rises through a process involving the fermentation of sugars by yeast.")]
    assert texts and texts[0].startswith("fermentation of sugars")
    # a head that carries the content stays ("a powerful muscle")
    assert [p.text for p in content_phrases("The heart is a powerful muscle with four chambers.")][0] == "powerful muscle"


def test_a_name_with_its_acronym_in_brackets_accepts_both_said_together():
    fact = drafted("History remembers Faraday as a pioneer of Direct Current (DC) electricity supply and electric motors.")
    assert "{Direct Current|DC|Direct Current (DC)}" in fact


def test_the_trade_a_person_worked_in_is_a_blank():
    assert "draftsman" in blanks("For the next two years he worked as a draftsman in a shipyard in Gdansk.")
    assert "blacksmith" in blanks("He worked as a blacksmith in the village for ten years.")
    # a thing that serves as something has no trade
    assert "abode" not in blanks("The smooth ice suggests an ocean beneath it, which could serve as an abode for microbes.")


def test_a_nationality_opening_a_longer_name_after_the_is_part_of_it():
    assert "French Foreign Legion" in blanks("He fought in the French Foreign Legion for six years.")
    # a person after a nationality is still the person alone
    assert "Neil Armstrong" in blanks("The American Neil Armstrong walked on the Moon in 1969.")


def test_a_date_given_in_two_calendars_is_one_answer():
    fact = drafted("The tsar was crowned on 7 May 1724 (26 April Old Style) in Moscow.")
    assert "{7 May 1724 (26 April Old Style)|7 May 1724|26 April}" in fact
    assert "{6 January 1412 (O.S.)|6 January 1412}" in drafted("Joan was born on 6 January 1412 (O.S.) in Domremy.")


def test_one_in_n_is_one_answer():
    assert "{One in 500 males|One in 500|1 in 500}" in drafted("One in 500 males has two tusks, which happens when the right tooth grows out.")
    assert "one in every 2,000" in " ".join(blanks("About one in every 2,000 babies is born with the condition in Norway."))


def test_the_unit_a_size_or_a_time_is_reckoned_in_is_a_blank():
    assert "hours" in blanks("Mayflies have an adult life measured in hours, while their larvae live for years.")
    assert "metres" in blanks("Dust devils have diameters on the scale of metres and rise from warm ground.")


def test_in_order_for_is_no_phrase_to_ask():
    assert "order" not in blanks("A seed needs warm soil in order for it to sprout.")
    assert "warm soil" in blanks("A seed needs warm soil in order for it to sprout.")
