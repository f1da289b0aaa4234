"""The thirteenth round (issue 17, draft23): whole units and the phrase a sentence states, read off
check9-11 (then check12): a year after a qualifier or opening an event's name, a clock time with its
time zone, a number word restated in digits, a name after its kind, two nouns of one article, the
clause an infinitive opens ("are able to make ...", "help to give ..."), a verb of giving's second
object. Each on sentences of our own, through the real drafter."""

from __future__ import annotations

from quizgen.draft.clauses import content_phrases
from tests.draft.sentence_tools import candidate, drafted


def blanks(text: str) -> list[str]:
    made = candidate(text)
    return [b.text for b in made.blanks] if made else []


def phrases(text: str) -> list[str]:
    return [p.text for p in content_phrases(text)]


def test_a_year_after_a_qualifier_is_a_year_when_nothing_counted_follows():
    assert "1840" in blanks("The mill looked as it did around 1840, before the canal was dug in 1851–53.")
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
    assert "Zed" in blanks("The programming language Zed was named after a cat.")


def test_two_nouns_after_one_article_are_one_answer():
    assert "{painter and sculptor}" in drafted("Ines Varga was a Hungarian painter and sculptor of the last century.")
    # a list of examples keeps a blank per item
    assert {"tin", "copper"} <= set(blanks("Early smiths worked soft metals such as tin and copper that melt at low heat."))


def test_the_clause_an_infinitive_opens_states_the_phrase():
    assert phrases("Unlike fungi, ferns are able to make their own sugar.") == ["own sugar"]
    assert phrases("The glands help regulate the salt balance of the body.")[:1] == ["salt balance of the body"]
    assert phrases("Good soil helps to hold spare rainwater in the dry months.")[:1] == ["spare rainwater"]


def test_a_verb_of_giving_asks_what_is_given_not_who_receives():
    assert phrases("The serum helps to give the body protection from the venom.")[:1] == ["protection"]
