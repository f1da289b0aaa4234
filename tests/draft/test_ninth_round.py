"""The ninth round (issue 17, draft19): merging on shared content, not a shared name; a disaster's
toll compared however it is worded; two-noun subjects; what an event set off; a name's verb; a
bracket whose close was lost. Each on sentences of our own, through the real drafter."""

from __future__ import annotations

from pathlib import Path

from quizgen.draft.drafter import draft_documents
from quizgen.draft.readers import Document
from quizgen.draft.sentences import skip_reason
from tests.draft.sentence_tools import candidate, drafted


def doc(name: str, *paragraphs: str) -> Document:
    return Document(Path(f"/docs/{name}.txt"), f"{name.title()} article", tuple(paragraphs))


MUSEUM = doc(
    "museum",
    "On 3 March 1921, the Danish steamer SS Karin Holm sailed into Bergen harbour.",
    "The explosion left 1,630 dead and some 9,000 injured in the town.",
    "The ship collided with the Swedish tanker Ostra near the quay.",
)
NEWS = doc(
    "news",
    "The SS Karin Holm was a steamer on her way to Bergen, Norway, to join a convoy.",
    "There were about 2,000 known dead, and more than 9,000 people were injured.",
    "She collided with the Swedish tanker Ostra on the morning of 3 March 1921.",
)


def test_two_sentences_sharing_only_a_ship_and_a_port_stay_apart():
    result = draft_documents([MUSEUM, NEWS])
    sailed = [f for f in result.facts if "sailed into" in f.quotes[0]]
    convoy = [f for f in result.facts if "convoy" in f.quotes[0]]
    assert [f.sources for f in sailed] == [("museum-article",)]
    assert [f.sources for f in convoy] == [("news-article",)]
    # the collision, told by both, still merges
    collided = [f for f in result.facts if len(f.sources) == 2]
    assert len(collided) == 1 and "Ostra" in collided[0].text


def test_a_death_toll_worded_two_ways_is_a_disagreement():
    result = draft_documents([MUSEUM, NEWS])
    tolls = [f for f in result.facts if "dead" in f.quotes[0]]
    assert {f.sources[0] for f in tolls} == {"museum-article", "news-article"}
    for fact in tolls:
        assert fact.note == 'Sources disagree: "1,630 dead" vs "about 2,000 known dead".'


def test_killed_people_in_two_wordings_disagree_and_a_shared_injured_count_does_not():
    a = doc("first", "The blast killed 412 people and injured about 3,000 others in the port.")
    b = doc("second", "About 500 people were killed in the blast in the port.")
    result = draft_documents([a, b])
    assert all(f.note == 'Sources disagree: "412 people" vs "About 500 people were killed".' for f in result.facts)
    assert len(result.facts) == 2


def test_two_nouns_opening_a_sentence_before_its_verb_are_each_a_blank():
    assert drafted("Pollution and overhunting by humans have reduced the number of wild salamanders.").startswith(
        "{Pollution} and {overhunting} by humans"
    )
    assert drafted("Wind and rain destroyed the old bridge in 1850.").startswith("{Wind} and {rain} destroyed")
    assert candidate("Slowly and carefully they walked.") is None  # adverbs are no subject


def test_what_an_event_set_off_is_a_term_even_as_one_noun():
    assert drafted("The blast created a huge wave that sank several small boats.") == (
        "The blast created a huge {wave} that sank several small boats."
    )
    assert "{tsunami}" in drafted("The quake triggered a tsunami that reached the coast.")


def test_a_names_past_form_verb_makes_a_sentence_and_is_no_part_of_a_term():
    assert skip_reason("The young Anning sold shells to tourists on the beach.") is None
    assert drafted("The young Anning sold shells to tourists on the beach.") == (
        "The young {Anning} sold shells to tourists on the beach."
    )


def test_a_long_aside_whose_closing_bracket_was_lost_keeps_its_sentence():
    text = (
        "Born in the village of Alford, the son of the local vicar (the Reverend Thomas Hale, who had served the parish "
        "since 1740, and his wife Mary, the daughter of a wool merchant from Norwich, who later funded the building of "
        "the village school, which still stands today."
    )
    assert skip_reason(text) is None
    assert "{Reverend Thomas Hale|Thomas Hale}" in drafted(text) and "{1740}" in drafted(text)
    assert skip_reason("He said (the rest is lost.") == "broken or truncated"  # a short open bracket is a cut


def test_a_sentence_past_sixty_words_only_by_its_bracketed_aside_is_kept():
    aside = "(" + " ".join(["a long list of the many minor parishes, villages and hamlets"] * 4) + ")"
    text = f"The bishop of Lincoln {aside} ruled the diocese from 1791 until his death in 1811 at the palace of Buckden."
    assert len(text.split()) > 60
    assert skip_reason(text) is None
    assert skip_reason(" ".join(["The king ruled the land and the people of the land"] * 7) + ".") == "too long"


def test_an_infobox_label_alone_above_a_name_is_one_row_with_it(tmp_path):
    from quizgen.draft.drafter import draft

    page = tmp_path / "hale.txt"
    page.write_text(
        "Thomas Hale\n\nThomas Hale (3 May 1760 – 9 June 1831) was an English surgeon and naturalist.\n\n"
        "Born\n3 May 1760\nAlford, Lincolnshire, England\nSpouse\nCatherine Kingsley\nKnown for\nSmallpox hospitals\n"
        "Academic advisors\nJohn Fordyce\n\nHale studied medicine in London for six years.\n",
        encoding="utf-8",
    )
    texts = [f.text for f in draft([page]).facts]
    assert "Thomas Hale – spouse: {Catherine Kingsley}" in texts
    assert "Thomas Hale – academic advisors: {John Fordyce}" in texts
    assert not any("Known for" in t or "Smallpox hospitals" in t for t in texts)  # a value of ordinary words stays apart


def test_what_someone_became_and_what_a_thing_is_built_on_after_an_adverb_are_terms():
    assert "{violinist}" in drafted("She gave up her dream of becoming a violinist in favour of a career in law.")
    assert drafted("The old town is built on tightly packed oak posts.") == "The old town is built on tightly packed {oak posts}."


def test_a_relative_clause_pointing_at_the_page_does_not_make_the_sentence_talk_about_the_page():
    text = "Both the map, which is shown in this article, and the letter are kept in the Archive of Dundee, Box 17."
    assert skip_reason(text) is None
    assert skip_reason("In this article we look at the maps of Dundee.") == "opinion or address to the reader"


def test_a_lost_closing_bracket_after_a_long_aside_without_commas():
    text = (
        "He learned the code from his uncle Thomas Reid, the author of a system of shorthand called Quickhand "
        "(the model for the method used by the clerk Mr Jaggers to copy the letters in the town hall of Dundee."
    )
    assert len(text.split()) > 30 and skip_reason(text) is None


def test_a_question_stops_before_a_with_phrase_and_a_relative_clause_after_a_comma(tmp_path):
    from quizgen.draft.drafter import draft

    page = tmp_path / "storm.txt"
    page.write_text(
        "The storm of 1703\n\nMore than 2,000 chimneys were blown down by the storm, with another 400 damaged.\n\n"
        "Defoe is the author of a long account of the storm, in which many letters from readers are printed.\n",
        encoding="utf-8",
    )
    asks = [f.ask for f in draft([page]).facts if f.ask]
    assert "How many chimneys were blown down by the storm?" in asks
    assert all(", with" not in a and "in which" not in a for a in asks)


def test_a_noun_listed_as_a_verb_after_an_adjective_ends_a_term():
    assert "{nuclear transfer}" in drafted("The cells were copied using the process of nuclear transfer from a skin cell.")
    assert "{rapid growth}" not in drafted("The town saw rapid growth in the 1890s.")  # a description is still no term


def test_what_the_discovery_of_names_is_a_term_of_up_to_four_words():
    text = "The work led to advances in medicine, including the discovery of induced pluripotent stem cells."
    assert "{induced pluripotent stem cells}" in drafted(text)
    assert "{gold}" in drafted("The discovery of gold in 1848 brought thousands of people to California.")
