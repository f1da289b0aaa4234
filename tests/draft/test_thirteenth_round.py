"""The thirteenth round (issue 17, draft23): whole units and the phrase a sentence states, read off
check9-11 (then check12): a year after a qualifier or opening an event's name, a clock time with its
time zone, a number word restated in digits, a name after its kind, two nouns of one article, the
clause an infinitive opens ("are able to make ...", "help to give ..."), a verb of giving's second
object. Each on sentences of our own, through the real drafter."""

from __future__ import annotations

from quizgen.draft.clauses import content_phrases
from tests.draft.sentence_tools import blanks, candidate, drafted


def phrases(text: str) -> list[str]:
    return [p.text for p in content_phrases(text)]


def test_a_year_after_a_qualifier_is_a_year_when_nothing_counted_follows():
    assert "1840" in blanks("The mill was rebuilt around 1840, long before the canal came.")
    assert "{About 1620|1620}" not in drafted("About 1620 settlers crossed the river.")  # a count stays a count


def test_a_year_opening_an_events_name_is_part_of_it():
    assert "{1908 Summer Games|Summer Games}" in drafted("The hall was built for the 1908 Summer Games and later became a school.")
    # a noun after the name makes the year a date of that noun, not part of a name
    assert "1887 Lisbon" not in blanks("Few houses stood after the 1887 Lisbon flood in the lower town.")


def test_a_clock_time_takes_its_time_zone_and_the_dotted_form_is_a_time():
    assert "{4:10 a.m. Eastern time|4:10 a.m.}" in drafted("The probe woke at 4:10 a.m. Eastern time on Friday.")
    assert "{9:45 pm local time|9:45 pm}" in drafted("The power came back at 9:45 pm local time in the valley.")
    assert "7.15pm" in blanks("The ferry left the pier at 7.15pm on Sunday.")


def test_a_number_word_restated_in_digits_is_one_number_with_its_unit():
    fact = drafted("The river rose three (3) feet (0.9 meters) above the bank.")
    assert fact.startswith("The river rose {three (3) feet (0.9 meters)|")
    assert "|three feet|" in fact and "|3 feet" in fact  # accepted without the digits, or in digits
    assert "{0.9" not in fact  # the bracket restating it is no blank of its own


def test_a_name_right_after_its_kind_is_a_blank():
    assert "Orla" in blanks("The rescue boat Orla was launched in the harbour.")
    assert "Vessa" in blanks("The comet Vessa returns every nine years.")


def test_two_nouns_after_one_article_are_one_answer():
    assert "{painter and sculptor}" in drafted("Ines Varga was a Hungarian painter and sculptor of the last century.")
    # a list of examples keeps a blank per item
    assert {"tin", "copper"} <= set(blanks("Early smiths worked soft metals such as tin and copper that melt at low heat."))


def test_the_clause_an_infinitive_opens_states_the_phrase():
    assert phrases("Young ferns are able to store their own water in the stem.")[:1] == ["own water"]
    assert phrases("The glands help regulate the salt balance of the body.")[:1] == ["salt balance of the body"]
    assert phrases("Good soil helps to hold spare rainwater in the dry months.")[:1] == ["spare rainwater"]


def test_a_verb_of_giving_asks_what_is_given_not_who_receives():
    assert phrases("The spray helps to give the leaves protection against frost.")[:1] == ["protection"]


def test_a_definition_blanks_the_defined_subject_and_its_definiens():
    assert drafted("The kidney is a small organ that filters waste from the blood.") == (
        "The {kidney} is a {small organ} that filters waste from the blood."
    )
    # a judgement is no definiens
    assert "favored pet" not in blanks("The dog is a favored pet and is bred widely.")


def test_a_number_said_twice_with_different_units_is_blanked_with_each():
    fact = drafted("The bridge has 12 arches that stand for 12 months of the year.")
    assert "{12 arches|12}" in fact and "{12 months|12}" in fact


def test_an_of_phrase_accepts_its_head():
    assert "right bank" in next(p for p in content_phrases("The water then reaches the right bank of the river in spring.")).alternatives


def test_two_nouns_joined_by_and_make_a_plural_subject_and_the_prepositions_phrase_is_told():
    assert phrases("The left lung and right lung pass air through the bronchial tubes to the blood.")[:1] == ["bronchial tubes"]


def test_a_rulers_title_and_a_counts_forms():
    assert "{King Harald V|Harald V}" in drafted("The palace was built for King Harald V after the war.")
    assert "{three-and-a-half-year|" in drafted("After a three-and-a-half-year wait, the museum opened.")
    assert "{about 30-50 times each minute|" in drafted("The pump runs about 30-50 times each minute in the engine room.")
    assert "{30-mile-per-hour (48 km/h)|" in drafted("The boat reached a 30-mile-per-hour (48 km/h) speed on the lake.")
    assert "{forty bags of flour|forty}" in drafted("The cellar holds forty bags of flour.")
    # a count above a dozen is a measure, not kinds announced; a small one announces
    assert candidate("Climbers take 288 steps to get to the bell room.") is not None
    assert candidate("There are four main cloud types.") is None


def test_what_is_lacking_inside_and_everyones_we_and_composed_of():
    assert "{no benches}" in drafted("There are no benches inside the old lighthouse.")
    assert "{sulphur gases}" in drafted("Volcanoes release sulphur gases into the air we breathe.")
    assert "{dust}" in drafted("The comet's tail is a stream of gas composed mostly of dust.")


def test_roles_and_awards_of_one_person():
    assert "{chemist and field surveyor}" in drafted("Mira Holt was a Welsh chemist and field surveyor who studied salts.")
    assert "{1911 Nobel Prize in Chemistry|Nobel Prize in Chemistry}" in drafted("She won the 1911 Nobel Prize in Chemistry for the work.")


def test_a_one_line_paragraph_that_lost_its_full_stop_ends_its_sentence(tmp_path):
    from quizgen.draft.readers import read_document
    from quizgen.draft.sentences import skip_reason

    first = ("The lighthouse keeper climbed the tower before dawn and trimmed the wick of the great lamp, "
             "and the harbour boats came home, then the old mast split on Sunday at 4:10 p.m. local time")
    path = tmp_path / "page.txt"
    path.write_text(f"Lighthouse log\n\n{first}\nHarbour cameras show a long wake behind the ferry.\n", encoding="utf-8")
    assert read_document(path).paragraphs == (first, "Harbour cameras show a long wake behind the ferry.")
    # a short hard-wrapped line still runs on
    path.write_text("Lighthouse log\n\nThe keeper climbed the tower at\nDawn Point before the storm.\n", encoding="utf-8")
    assert read_document(path).paragraphs == ("The keeper climbed the tower at Dawn Point before the storm.",)
    # a verb's past the same as its base ("hit") makes the line a whole sentence
    assert skip_reason("The old mast split on Sunday at 4:10 p.m. local time", final=True) is None


def test_a_quoted_passage_or_predicate_is_a_quotation_and_a_name_after_named_in_is_none():
    from quizgen.draft.sentences import skip_reason

    assert skip_reason("Lines about the sea: “The waves roll in and out all day, The gulls cry over the bay.”") == "quotation of a person"
    assert skip_reason('The dam\'s failure was called "sudden" and later "has drawn the interest of builders and surveyors".') == (
        "quotation of a person"
    )
    assert skip_reason('The tower has been dubbed the "Iron Lady" by locals.') is None
    assert "in his honour" not in blanks("The old garden Mirel was named in his honour by the town.")


def test_a_plural_kind_and_the_kind_it_is_define_both():
    assert drafted("Bats are mammals that fly at night.") == "{Bats} are {mammals|mammal} that fly at night."


def test_a_rank_and_a_modified_head_are_accepted_alone():
    assert "{fourth closest moon|closest moon|fourth closest}" in drafted("Tarn (Kell II) is the fourth closest moon to the giant planet.")
    chamber = next(p for p in content_phrases("Cold water then enters the lower chamber of the tank where it is warmed."))
    assert chamber.text == "lower chamber of the tank" and "lower chamber" in chamber.alternatives
