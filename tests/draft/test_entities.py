"""Candidate blanks and their answer types, found without a language model."""

from __future__ import annotations

import pytest

from quizgen.core.model import AnswerType as T
from quizgen.draft.candidates import ask_for, fact_text, make_candidate
from quizgen.draft.entities import build_lexicon, find_spans
from quizgen.draft.sentences import Sentence


def spans_of(text: str, context: tuple[str, ...] = ()) -> list[tuple[str, T]]:
    lexicon = build_lexicon((*context, text))
    return [(s.text, s.type) for s in find_spans(text, lexicon)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mission is scheduled for launch on October 5 this year.", [("October 5", T.DATE)]),
        ("This year’s expedition is set to launch on October 5th.", [("October 5th", T.DATE)]),
        ("It landed on 20 July 1969 near the Sea of Tranquility.", [("20 July 1969", T.DATE), ("Sea of Tranquility", T.PLACE)]),
        ("In May, the agency detailed the training.", [("May", T.DATE)]),
        # A lone capitalised word opening a sentence is typed only when a cue elsewhere names it.
        ("Peresild has appeared in more than 30 films since 2007.", [("more than 30", T.NUMBER), ("2007", T.YEAR)]),
        ("The station had gone radio silent back in the 1980s.", [("1980s", T.YEAR)]),
        ("They lived in it for well over 100 days with a two-person crew.", [("well over 100", T.NUMBER), ("two", T.NUMBER)]),
        ("Prices rose by 3.5% in 2020.", [("3.5", T.NUMBER), ("2020", T.YEAR)]),
        ("They will be joined by Russian cosmonaut Oleg Artemyev.", [("Oleg Artemyev", T.PERSON)]),
        # Compound nouns are candidates too ("backup crew"); choose_blanks takes them only where nothing strong is.
        ("They’ll be joined by Oleg Artemyev, a Russian cosmonaut, and a backup crew.", [("Oleg Artemyev", T.PERSON), ("backup crew", T.TERM)]),
        ("According to Russian space agency Roscosmos, it is a first.", [("Roscosmos", T.ORGANIZATION)]),
        ("Russia’s RIA news agency reported the plot.", [("Russia", T.PLACE), ("RIA", T.ORGANIZATION), ("news agency", T.TERM)]),
        ("SpaceX's Inspiration 4 mission will see four astronauts travel.", [("SpaceX", T.ORGANIZATION), ("Inspiration 4", T.TERM), ("four", T.NUMBER)]),
        ("She starred in the war film Battle for Sevastopol and the comedy Santa Lyuchiya.",
         [("Battle for Sevastopol", T.TITLE), ("Santa Lyuchiya", T.TITLE)]),
        ("The movie, titled Challenge, has been dubbed a \"space drama\".", [("Challenge", T.TITLE), ("space drama", T.TERM)]),
        ("They were tested on a centrifuge—a giant machine—and did zero-gravity flights.",
         [("centrifuge", T.TERM), ("giant machine", T.TERM), ("zero-gravity", T.TERM)]),
        ("The crew went to the International Space Station (ISS) in 2021.", [("International Space Station", T.PLACE), ("2021", T.YEAR)]),
        ("The team met the University of Oxford in Moscow.", [("University of Oxford", T.ORGANIZATION), ("Moscow", T.PLACE)]),
    ],
)
def test_spans_and_types(sentence: str, expected: list[tuple[str, T]]):
    assert spans_of(sentence) == expected


def test_a_place_that_only_qualifies_a_name_is_a_weak_blank():
    made = candidate("Russia’s RIA news agency reported the plot of the film.")
    assert [b.text for b in made.blanks] == ["RIA"]


def test_a_surname_is_known_from_an_earlier_full_mention():
    context = ("Russian actress Yulia Peresild will fly to the ISS.",)
    assert spans_of("Peresild was chosen for the role.", context) == [("Peresild", T.PERSON)]
    spans = find_spans("Peresild was chosen for the role.", build_lexicon(context))
    assert spans[0].alternatives == ("Yulia Peresild",)


def test_a_title_is_known_from_an_earlier_cue():
    context = ("The movie, titled Challenge, is a drama.",)
    assert spans_of("Challenge is part of a larger project.", context) == [("Challenge", T.TITLE)]


def candidate(text: str, context: tuple[str, ...] = ()):
    lexicon = build_lexicon((*context, text))
    return make_candidate(Sentence(0, 0, 0, text), lexicon)


def test_acronym_in_parentheses_is_an_alternative_not_a_second_blank():
    made = candidate("A film crew will head to the International Space Station (ISS) to make a movie.")
    assert fact_text(made) == "A film crew will head to the {International Space Station|ISS|International Space Station (ISS)} to make a movie."


def test_an_answer_that_appears_twice_is_not_blanked():
    made = candidate("He directed the film Salyut-7 about the doomed Salyut-7 space station in the 1980s.")
    assert [b.text for b in made.blanks] == ["1980s"]


def test_literal_braces_are_escaped():
    made = candidate("The set {x} was defined in 1874 by Georg Cantor, a German mathematician.")
    assert fact_text(made) == r"The set \{x\} was defined in {1874} by {Georg Cantor|Cantor}, a German mathematician."


def test_sentence_without_anything_to_ask_is_no_candidate():
    assert candidate("The weather was pleasant and the mood was good.") is None


def test_who_question_for_a_person_subject():
    context = ("Russian actress Yulia Peresild will fly to the ISS.",)
    made = candidate("Peresild was chosen for the lead role by the jury.", context)
    assert ask_for(made) == "Who was chosen for the lead role by the jury?"


def test_no_question_when_it_would_not_read_well():
    context = ("Russian actress Yulia Peresild will fly to the ISS.",)
    assert ask_for(candidate("Peresild was chosen after she and 19 others were selected.", context)) is None
    assert ask_for(candidate("The jury chose Peresild for the lead role.", context)) is None


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("The mission is scheduled for launch on October 5 this year.", "When is the mission scheduled for launch this year?"),
        ("The space station was launched on April 19, 1982.", "When was the space station launched?"),
        ("The crew will fly to orbit in May.", "When will the crew fly to orbit?"),
        ("The mission is due to launch no earlier than September 15.", None),
        ("On August 31 the agency confirmed the crew was fit for flight.", None),
    ],
)
def test_when_question_for_a_plain_dated_clause(sentence: str, question: str | None):
    assert ask_for(candidate(sentence)) == question
