"""The seventh round (issue 17, draft17d): classes of misses, poor blanks and junk seen on a fresh
set (check7) and the fifteen pages at hand, each on sentences of our own."""

from __future__ import annotations

from quizgen.core.model import AnswerType
from quizgen.draft.candidates import make_candidate
from quizgen.draft.drafter import draft_documents
from quizgen.draft.entities import build_lexicon, find_spans
from quizgen.draft.merge import features
from quizgen.draft.sentences import Sentence, document_sentences, skip_reason, split_sentences
from tests.draft.sentence_tools import blanks, candidate, doc, drafted


def spans(text: str) -> dict[str, tuple[AnswerType, int]]:
    return {s.text: (s.type, s.rank) for s in find_spans(text, build_lexicon([text]))}


def test_a_term_after_a_naming_cue_is_taken_whole_even_before_a_clause():
    # "dunes that" once read as a subject ("glass") and its verb ("dunes")
    assert "glass dunes" in blanks("The desert floor is covered in low ridges called glass dunes that shift with the wind.")
    assert "clay ditches" in blanks("The farmers dug shallow trenches known as clay ditches that drained the fields.")


def test_a_list_of_named_kinds_gives_each_item_a_blank():
    text = "There are four main styles: corded pots (rope marks), combed pots (fine lines), stamped pots, and plain pots."
    assert blanks(text)[-4:] == ["corded", "combed", "stamped", "plain"]  # the shared "pots" tells them apart by what comes before
    assert {"tin", "copper"} <= set(blanks("Early smiths worked soft metals such as tin and copper that melt at low heat."))
    found = set(blanks("Drought, floods, locusts and hail are the main dangers to the harvest in the valley."))
    assert {"Drought", "floods", "locusts", "hail"} <= found
    assert {"lamps", "heaters"} <= set(blanks("The small cells could be used as lamps and heaters in remote huts."))
    # a list with no cue and no copula naming what its items are is left as it was
    assert "pears" not in spans("She sold apples, pears and plums to the miners.")


def test_a_count_of_kinds_it_does_not_name_is_nothing_to_ask():
    assert make_candidate(Sentence(0, 0, 0, "There are four styles, and each leaves a different mark."), build_lexicon([])) is None
    assert "four" in blanks("The valley has four mills on its river.")


def test_an_instruction_or_a_transition_is_no_fact():
    assert skip_reason("Use three jars of sand to show each layer of the riverbed.") == "opinion or address to the reader"
    assert skip_reason("Then draw a map of the old mill roads on the board.") == "opinion or address to the reader"
    assert skip_reason("Now comes the question that ties these findings together: erosion.") == "opinion or address to the reader"
    # a name opening a statement, or a noun that can be a verb, is no instruction
    assert skip_reason("Molly the mare, the farm's oldest horse, died at Tarnby in 1921.") is None
    assert skip_reason("Water the size of a lake once covered the valley floor.") is None


def test_q_and_a_labels_are_no_part_of_the_sentence_and_a_question_is_left_out():
    sentences = document_sentences(0, doc("qa", "Q: My well is dry. What should I do?", "A: Wells in the valley are usually 30 metres deep. A dry well can be deepened."))
    texts = [s.text for s in sentences]
    assert "Wells in the valley are usually 30 metres deep." in texts
    assert skip_reason("Wells in the valley are usually 30 metres deep.") is None
    assert all(skip_reason(t) == "question" for t in texts if "well is dry" in t or "What should" in t)


def test_a_qualified_number_accepts_its_bare_value_with_its_unit():
    assert "{over 4,000 lanterns|over 4,000|4,000|4,000 lanterns}" in drafted("The guild carried over 4,000 lanterns up the hill in 1802.")
    assert "{up to 6-8 miles|up to 6-8|6-8|6-8 miles}" in drafted("Carrier pigeons in the valley fly up to 6-8 miles a day.")


def test_an_age_takes_its_old():
    assert "{40 years old|40|40 years}" in drafted("The oak in the square at Tarnby was 40 years old when it fell in 1911.")  # round 14: "40 years" too


def test_the_first_of_a_kind_after_the_worlds_is_a_term():
    assert spans("Molly, the world's first tagged pigeon, lived at Tarnby.")["first tagged pigeon"][1] == 5


def test_a_quotation_whose_frame_states_a_dated_fact_is_kept():
    text = "“It was a cold winter and the ice on the lake was thick enough to walk on for weeks,” said Anna Berg, who led the survey in 1921."
    assert skip_reason(text) is None
    assert skip_reason("“It was a cold winter and the ice on the lake was thick enough to walk on for weeks,” said Anna Berg.") == "quotation of a person"


def test_a_nationality_and_a_name_before_a_noun_name_a_kind():
    assert "Welsh Tarnby" in spans("The farm bred a Welsh Tarnby pony for the mines.")
    assert "Anna Berg" in spans("The Swedish Anna Berg led the survey.")  # a person keeps no nationality


def test_a_title_cased_name_of_english_words_or_a_quoted_one_is_a_name():
    assert spans("The boats sailed along the North Channel to the harbour.")["North Channel"][1] >= 3
    assert spans('The "Belt of Storms" off the cape sank many ships.')["Belt of Storms"][1] >= 4


def test_initials_and_a_surname_are_a_person():
    assert spans("The survey was led by Anna Berg and T. R. Holm in 1921.")["T. R. Holm"][0] is AnswerType.PERSON


def test_what_a_thing_is_used_in_is_placed():
    assert "ships" in blanks("During the war, copper was used in ships as a lining, and much was learned.")


def test_a_stop_glued_before_a_possessive_name_splits():
    assert split_sentences("No cause was found.Molly's body was kept at the museum.") == ["No cause was found.", "Molly's body was kept at the museum."]


def test_a_participle_inside_a_term_is_no_verb_for_a_merge():
    text = "Molly the pigeon, the world's first tagged pigeon, died at the Tarnby Institute."
    made = candidate(text)
    assert made is not None
    found = features(made)
    assert "tagg" in found.modifiers


def test_two_sentences_sharing_names_but_not_their_verb_stay_apart():
    one = doc("news", "Molly the pigeon, the world's first tagged pigeon, died at the Tarnby Institute in Norway yesterday.")
    two = doc("encyclopedia", "She was tagged by workers of the Tarnby Institute in Norway, using a ring of copper on one leg.")
    drafted_facts = draft_documents([one, two]).facts
    assert not any(len(f.sources) > 1 for f in drafted_facts)


def test_an_amount_of_money_is_one_blank_with_its_currency():
    assert "over NZD$2 million" in spans("The mill earned over NZD$2 million a year for the valley.")
    assert "{over NZD$2 million|NZD$2 million}" in drafted("The mill earned over NZD$2 million a year for the valley.")
    assert "£12,000" in spans("The farm was sold for £12,000 to a miller in 1850.")


def test_a_decade_after_the_accepts_the_and_a_people_as_agent_is_a_blank():
    found = {s.text: s for s in find_spans("In the 1880s, steam mills, first built by the Germans, spread along the river.", build_lexicon([]))}
    assert found["1880s"].alternatives == ("the 1880s",)
    assert found["Germans"].type is AnswerType.PERSON and found["Germans"].alternatives == ("the Germans",)


def test_an_age_in_one_word_is_one_blank():
    assert "{six-year-old|six|six years old|six years} mare" in drafted("The keepers moved the six-year-old mare Molly to Tarnby in 1921.")
    assert "{12-metre|12|12 metres} mast" in drafted("A 12-metre mast stood at Tarnby in 1921.")  # round 14: said as a noun too


def test_a_place_line_of_an_infobox_is_no_label_and_value():
    from quizgen.draft.candidates import table_candidate
    from quizgen.draft.entities import Lexicon

    assert table_candidate(Sentence(0, 0, 0, "Tarnby Holme, Norway"), Lexicon(), "Anna Berg") is None
    made = table_candidate(Sentence(0, 0, 0, "Born 4 May 1850"), Lexicon(), "Anna Berg")
    assert made is not None and made.blanks[0].text == "4 May 1850"


def test_a_war_is_an_event_whatever_role_follows_it():
    found = spans("Before World War II, the director of the mill at Tarnby hired a team.")
    assert found["World War II"][0] is AnswerType.TERM


def test_a_long_compound_takes_only_a_place_left_by_names_and_numbers():
    text = "Before World War II, the director at Tarnby Mills set up a team to study flood plain drainage, putting Holm and T. R. Berg in charge."
    chosen = blanks(text)
    assert "T. R. Berg" in chosen


def test_a_method_after_by_doing_or_using_the_process_of_is_placed():
    assert spans("The miller kept the grain dry by imposing a steady warm draught on it.")["steady warm draught"][1] == 3
    found = spans("The cloth was dyed in the valley, using the process of cold vat dyeing from a root.")
    assert "cold" not in found  # a lone adjective is no head


def test_a_preposition_ends_no_term():
    assert "pebbles inside" not in spans("The flow of pebbles inside a gravel bed can be slowed by planting reeds.")


def test_a_person_after_a_short_title_accepts_the_name_alone():
    assert "{Prof Anna Berg|Anna Berg}" in drafted("The survey of 1921 was led by Prof Anna Berg of Tarnby.")


def test_a_sentence_opening_on_here_is_may_state_a_fact():
    assert skip_reason("Here is the tomb of Anna Berg, built in 1850 by the miners of Tarnby.") is None
