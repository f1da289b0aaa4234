"""Grading typed answers: what counts as right, almost and wrong, and the typed-vs-answer diff."""

from __future__ import annotations

import pytest

from quizgen.core.model import AnswerType
from quizgen.study.grading import compare, diff, numbers, typed_marks, typo_budget

ACCEPT_STATION = ("International Space Station", "ISS")
ROUNDED_STEM = "Near the Earth's surface a falling object accelerates at about ____ if air resistance is ignored."
FORT_STEM = "The Civil War began when Confederate guns fired on Fort ____ in April 1861."


@pytest.mark.parametrize(
    ("typed", "accept", "verdict"),
    [
        # Case, accents, extra spaces and surrounding punctuation are ignored.
        ("Yulia Peresild", ("Yulia Peresild",), "right"),
        ("yulia peresild", ("Yulia Peresild",), "right"),
        ("  Yulia   Peresild. ", ("Yulia Peresild",), "right"),
        ("\"Yulia Peresild!\"", ("Yulia Peresild",), "right"),
        ("Yúlia Peresíld", ("Yulia Peresild",), "right"),
        ("Yulia Peresild", ("Yúlia Peresild",), "right"),
        ("Salyut 7", ("Salyut-7",), "right"),
        # Alternatives are accepted.
        ("ISS", ACCEPT_STATION, "right"),
        ("iss", ACCEPT_STATION, "right"),
        ("international space station", ACCEPT_STATION, "right"),
        # A small typo is almost right; the budget grows with the answer's length.
        ("Yulia Peresil", ("Yulia Peresild",), "almost"),
        ("Julia Peresild", ("Yulia Peresild",), "almost"),
        ("Internatonal Space Staton", ACCEPT_STATION, "almost"),
        ("Baikonor", ("Baikonur",), "almost"),
        ("Mirr", ("Mir",), "wrong"),  # three letters: no typo allowed
        ("ISA", ACCEPT_STATION, "wrong"),
        ("Valentina Tereshkova", ("Yulia Peresild",), "wrong"),
        ("Peresild", ("Yulia Peresild",), "wrong"),
        # Numbers must match exactly: a different digit is wrong, not a typo.
        ("2021", ("2021",), "right"),
        ("1921", ("2021",), "wrong"),
        ("2012", ("2021",), "wrong"),
        ("12", ("12",), "right"),
        ("13", ("12",), "wrong"),
        ("1,000", ("1000",), "right"),
        ("1.5", ("15",), "wrong"),
        ("October 5, 2021", ("October 5, 2021",), "right"),
        ("Octobr 5, 2021", ("October 5, 2021",), "almost"),
        ("October 6, 2021", ("October 5, 2021",), "wrong"),
        ("ISS-66", ("ISS-67",), "wrong"),
        # Nothing typed is never right.
        ("", ("Yulia Peresild",), "wrong"),
        ("...", ("Yulia Peresild",), "wrong"),
    ],
)
def test_compare(typed: str, accept: tuple[str, ...], verdict: str) -> None:
    assert compare(typed, accept)[0] == verdict


def test_compare_names_the_alternative_it_matched() -> None:
    assert compare("iss", ACCEPT_STATION) == ("right", "ISS")
    assert compare("Internatonal Space Station", ACCEPT_STATION) == ("almost", "International Space Station")


@pytest.mark.parametrize(("length", "budget"), [(1, 0), (3, 0), (4, 1), (6, 1), (7, 2), (12, 2), (13, 3), (40, 3)])
def test_typo_budget_scales_with_length(length: int, budget: int) -> None:
    assert typo_budget(length) == budget


def test_numbers() -> None:
    assert numbers("1,000 km in 1921 and 2.5 h") == ["1000", "1921", "2.5"]
    assert numbers("no digits") == []


def _merged(ops: tuple[tuple[str, str], ...], keep: set[str]) -> str:
    return "".join(text for op, text in ops if op in keep)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("Yulia Peresil", "Yulia Peresild"),
        ("Julia Peresild", "Yulia Peresild"),
        ("yulia  peresilld", "Yulia Peresild"),
        ("Internatonal Space Staton", "International Space Station"),
        ("completely different", "Baikonur"),
        ("Yulia Peresild", "Yulia Peresild"),
    ],
)
def test_diff_rebuilds_both_texts(typed: str, answer: str) -> None:
    ops = diff(typed, answer)
    assert {op for op, _ in ops} <= {"equal", "missing", "extra", "wrong"}
    # The answer is the equal and missing parts; what was typed is the equal, extra and wrong parts.
    assert _merged(ops, {"equal", "missing"}) == answer
    assert _merged(ops, {"equal", "extra", "wrong"}).casefold() == " ".join(typed.split()).casefold()


def test_diff_marks_the_typo() -> None:
    assert diff("Yulia Peresil", "Yulia Peresild") == (("equal", "Yulia Peresil"), ("missing", "d"))
    assert diff("Julia Peresild", "Yulia Peresild") == (("wrong", "J"), ("missing", "Y"), ("equal", "ulia Peresild"))
    assert diff("Baikonurr", "Baikonur") == (("equal", "Baikonur"), ("extra", "r"))


def test_diff_ignores_case_accents_and_surrounding_punctuation() -> None:
    assert diff("  yúlia peresild! ", "Yulia Peresild") == (("equal", "Yulia Peresild"),)


@pytest.mark.parametrize(
    ("typed", "accept", "answer_type", "prompt", "verdict"),
    [
        ("37", ("37 °C",), AnswerType.NUMBER, "Body temperature is about ____.", "right"),
        ("37 degrees", ("37 °C",), AnswerType.NUMBER, "", "right"),
        ("37 degrees celsius", ("37 °C",), AnswerType.NUMBER, "", "right"),
        ("38", ("37 °C",), AnswerType.NUMBER, "", "wrong"),
        ("37 km", ("37 °C",), AnswerType.NUMBER, "", "wrong"),
        ("120", ("120 days",), AnswerType.NUMBER, "", "right"),
        ("4", ("four",), AnswerType.NUMBER, "", "right"),
        ("five", ("5",), AnswerType.NUMBER, "", "right"),
        ("six", ("5",), AnswerType.NUMBER, "", "wrong"),
        ("a third", ("one third",), AnswerType.NUMBER, "", "right"),
        ("1/3", ("one third",), AnswerType.NUMBER, "", "right"),
        ("one quarter", ("one third",), AnswerType.NUMBER, "", "wrong"),
        ("60-100", ("60 to 100",), AnswerType.NUMBER, "", "right"),
        ("60–100", ("60 to 100",), AnswerType.NUMBER, "", "right"),
        ("60-110", ("60 to 100",), AnswerType.NUMBER, "", "wrong"),
        ("30", ("more than 30",), AnswerType.NUMBER, "", "almost"),
        ("July 14, 1789", ("14 July 1789",), AnswerType.DATE, "", "right"),
        ("1789-07-14", ("14 July 1789",), AnswerType.DATE, "", "right"),
        ("14/07/1789", ("14 July 1789",), AnswerType.DATE, "", "right"),
        ("15 July 1789", ("14 July 1789",), AnswerType.DATE, "", "wrong"),
        ("14 July 1790", ("14 July 1789",), AnswerType.DATE, "", "wrong"),
        ("5 October", ("October 5",), AnswerType.DATE, "", "right"),
        ("Starry Night", ("The Starry Night",), AnswerType.TITLE, "", "right"),
        # Names abbreviated or written out, and an eponym's possessive (heldout10's typed answers)
        ("Warner Brothers", ("Warner Bros.",), None, "", "right"),
        ("Saint Helena", ("St Helena",), AnswerType.PLACE, "", "right"),
        ("Down's syndrome", ("Down syndrome",), None, "", "right"),
        ("Warner Sisters", ("Warner Bros.",), None, "", "wrong"),
        # A ratio in words; a time of day is no ratio
        ("3 to 1", ("3:1",), AnswerType.NUMBER, "", "right"),
        ("1 to 3", ("3:1",), AnswerType.NUMBER, "", "wrong"),
        ("10 to 30", ("10:30",), None, "", "wrong"),
        # A unit's name for its symbol, micro sign included
        ("7 micrometres", ("7 µm",), AnswerType.NUMBER, "A red blood cell is about ____ across.", "right"),
        ("7 mm", ("7 µm",), AnswerType.NUMBER, "", "wrong"),
        ("the Nile", ("Nile",), AnswerType.PLACE, "", "right"),
        ("Fleming", ("Alexander Fleming",), AnswerType.PERSON, "", "almost"),
        ("Alexander", ("Alexander Fleming",), AnswerType.PERSON, "", "wrong"),
        ("Austen", ("Jane Austen",), AnswerType.PERSON, "", "almost"),
        # A sign is part of the number: dropping it is a different number, never right.
        ("273.15 °C", ("-273.15 °C",), AnswerType.NUMBER, "", "wrong"),
        ("273.15 °C", ("-273.15 °C",), None, "", "wrong"),
        ("273 °C", ("-273 °C",), AnswerType.TERM, "", "wrong"),
        ("-273.15", ("-273.15 °C",), AnswerType.NUMBER, "", "right"),
        ("minus 273.15 degrees", ("-273.15 °C",), AnswerType.NUMBER, "", "right"),
        ("−273.15 °C", ("-273.15 °C",), None, "", "right"),
        # Another number word is never a typo; a misspelled one still is.
        ("sixteen", ("fifteen", "15"), None, "", "wrong"),
        ("sixteen", ("fifteen",), AnswerType.TERM, "", "wrong"),
        ("sixten", ("fifteen",), AnswerType.TERM, "", "wrong"),
        ("fiften", ("fifteen",), AnswerType.TERM, "", "almost"),
        ("the sixteenth century", ("the fifteenth century",), AnswerType.TERM, "", "wrong"),
        ("seventy", ("seventeen",), AnswerType.TERM, "", "wrong"),
        ("minus forty", ("-40 °C",), AnswerType.NUMBER, "", "right"),
        ("forty", ("-40 °C",), AnswerType.NUMBER, "", "wrong"),
        # Ordinals in words or digits, the unit abbreviated or said as the prompt says it, "&" for "and".
        ("the fifteenth century", ("the 15th century",), AnswerType.YEAR, "", "right"),
        ("15th century", ("the 15th century",), AnswerType.YEAR, "", "right"),
        ("the sixteenth century", ("the 15th century",), AnswerType.YEAR, "", "wrong"),
        ("8 min", ("eight minutes",), AnswerType.NUMBER, "", "right"),
        ("4.5 billion years", ("4.5 billion",), AnswerType.NUMBER, "The Earth is about ____ years old.", "right"),
        ("4.6 billion years", ("4.5 billion",), AnswerType.NUMBER, "The Earth is about ____ years old.", "wrong"),
        ("Pride & Prejudice", ("Pride and Prejudice",), AnswerType.TITLE, "", "right"),
        # Numbers in words with their scale words; an age with "years old"; a year with its era.
        ("seven hundred", ("700",), AnswerType.NUMBER, "", "right"),
        ("two hundred and twelve", ("212",), AnswerType.NUMBER, "", "right"),
        ("two hundred and thirteen", ("212",), AnswerType.NUMBER, "", "wrong"),
        ("three thousand", ("3,000",), AnswerType.NUMBER, "", "right"),
        ("three hundred", ("3,000",), AnswerType.NUMBER, "", "wrong"),
        ("41 years old", ("41",), AnswerType.NUMBER, "Nelson died in 1805, aged ____.", "right"),
        ("41 years", ("41",), AnswerType.NUMBER, "She retired at the age of ____.", "right"),
        ("41 years old", ("41",), AnswerType.NUMBER, "The bridge has ____ arches.", "wrong"),
        ("1815 AD", ("1815",), AnswerType.YEAR, "", "right"),
        ("AD 1815", ("1815",), AnswerType.YEAR, "", "right"),
        ("1815 BC", ("1815",), AnswerType.YEAR, "", "wrong"),
        # The infinitive's "to" of an English gloss; a name with given names added.
        ("run", ("to run",), AnswerType.TERM, "", "right"),
        ("to run", ("run",), AnswerType.TERM, "", "right"),
        ("ran", ("to run",), AnswerType.TERM, "", "wrong"),
        ("Johann Georg Faust", ("Georg Faust",), AnswerType.PERSON, "", "right"),
        ("Ludwig van Beethoven", ("Beethoven",), AnswerType.PERSON, "", "right"),  # the list of people knows him
        ("Karel van Zbornak", ("Zbornak",), AnswerType.PERSON, "", "almost"),  # a particle is no given name
        ("Karl van Beethoven", ("Beethoven",), AnswerType.PERSON, "", "almost"),
        ("John Quincy Adams", ("John Adams",), AnswerType.PERSON, "", "wrong"),
        # Two letters swapped are one slip, even in a short word; a different month never is.
        ("cta", ("cat",), AnswerType.TERM, "", "almost"),
        ("naer", ("near",), AnswerType.TERM, "", "almost"),
        ("noer", ("near",), AnswerType.TERM, "", "wrong"),
        ("June 1815", ("July 1815",), AnswerType.DATE, "", "wrong"),
        ("Jully 1815", ("July 1815",), AnswerType.DATE, "", "almost"),
        # Another writing of the same year, decade or century; a span never stands for one year.
        ("44 BCE", ("44 BC",), AnswerType.YEAR, "", "right"),
        ("44 B.C.", ("44 BC",), AnswerType.YEAR, "", "right"),
        ("44 AD", ("44 BC",), AnswerType.YEAR, "", "wrong"),
        ("45 BCE", ("44 BC",), AnswerType.YEAR, "", "wrong"),
        ("the 1400s", ("the 15th century",), AnswerType.YEAR, "", "right"),
        ("the 1500s", ("the 15th century",), AnswerType.YEAR, "", "wrong"),
        ("1400", ("the 15th century",), AnswerType.YEAR, "", "wrong"),
        ("the 1400s", ("1400",), AnswerType.YEAR, "", "wrong"),
        ("1820", ("1820s",), AnswerType.YEAR, "", "almost"),  # a year for its decade is no right answer (no "s" unit)
        ("1830", ("1820s",), AnswerType.YEAR, "", "wrong"),
        # A unit spelled out; the value must still be the answer's.
        ("8.5 million square kilometres", ("8.5 million km²",), AnswerType.NUMBER, "", "right"),
        ("8.5 million sq km", ("8.5 million km²",), AnswerType.NUMBER, "", "right"),
        ("8.6 million square kilometres", ("8.5 million km²",), AnswerType.NUMBER, "", "wrong"),
        ("120 kilometres per hour", ("120 km/h",), AnswerType.NUMBER, "", "right"),
        ("120 miles per hour", ("120 km/h",), AnswerType.NUMBER, "", "wrong"),
        # A time of day with a full stop; a decimal number is not a time.
        ("4.15", ("4:15",), AnswerType.TERM, "", "right"),
        ("4.45", ("4:15",), AnswerType.TERM, "", "wrong"),
        ("6:25", ("6.25",), AnswerType.NUMBER, "", "wrong"),
        # German letters typed without umlauts; a word without the article that carries its gender.
        ("Maedchen", ("das Mädchen",), AnswerType.TERM, "", "almost"),
        ("das Maedchen", ("das Mädchen",), AnswerType.TERM, "", "right"),
        ("gross", ("groß",), AnswerType.TERM, "", "right"),
        ("Tisch", ("der Tisch",), AnswerType.TERM, "", "almost"),
        ("Stuhl", ("der Tisch",), AnswerType.TERM, "", "wrong"),
        # A word of the stem typed with the answer.
        ("Operation Barbarossa", ("Barbarossa",), AnswerType.TERM, "Germany invaded the USSR in Operation ____.", "right"),
        ("Lake Victoria", ("Victoria",), AnswerType.PLACE, "The largest lake in Africa is ____.", "right"),
        ("Lake Tanganyika", ("Victoria",), AnswerType.PLACE, "The largest lake in Africa is ____.", "wrong"),
        ("Victoria Nyanza Falls", ("Victoria",), AnswerType.PLACE, "The largest lake in Africa is ____.", "wrong"),
        ("Stanley Victoria", ("Victoria",), AnswerType.PLACE, "Stanley reached Lake ____ in 1875.", "wrong"),
        # Letters Unicode does not decompose; a currency spelled out; the kind of place dropped.
        ("Lodz", ("Łódź",), AnswerType.PLACE, "", "right"),
        ("Soren Kierkegaard", ("Søren Kierkegaard",), AnswerType.PERSON, "", "right"),
        ("20 million dollars", ("$20 million",), AnswerType.NUMBER, "", "right"),
        ("20 million pounds", ("$20 million",), AnswerType.NUMBER, "", "wrong"),
        ("30 euros", ("€30",), AnswerType.NUMBER, "", "right"),
        ("the Indian", ("Indian Ocean",), AnswerType.PLACE, "", "right"),
        ("the Arctic", ("Indian Ocean",), AnswerType.PLACE, "", "wrong"),
        ("Ocean", ("Indian Ocean",), AnswerType.PLACE, "", "wrong"),
        ("la libro", ("il libro",), AnswerType.TERM, "", "almost"),
        ("cão", ("o cão", "o cachorro"), AnswerType.TERM, "", "almost"),  # Portuguese: o/os/as/um/uma
        ("cachorro", ("o cão", "o cachorro"), AnswerType.TERM, "", "almost"),
        ("gatos", ("os gatos",), AnswerType.TERM, "", "almost"),
        ("um livro", ("um livro",), AnswerType.TERM, "", "right"),
        ("livros", ("os gatos",), AnswerType.TERM, "", "wrong"),
        ("huis", ("het huis",), AnswerType.TERM, "", "almost"),  # Dutch, from the one article table
        ("de huis", ("het huis",), AnswerType.TERM, "", "almost"),
        # A regnal number is a number: in roman numerals, words or digits alike, never a typo.
        ("Richard the Third", ("Richard III",), AnswerType.PERSON, "", "right"),
        ("Richard 3rd", ("Richard III",), AnswerType.PERSON, "", "right"),
        ("richard iii", ("Richard III",), AnswerType.PERSON, "", "right"),
        ("Henry VIII", ("Henry the Eighth",), AnswerType.PERSON, "", "right"),
        ("Richrd III", ("Richard III",), AnswerType.PERSON, "", "almost"),
        ("Richard II", ("Richard III",), AnswerType.PERSON, "", "wrong"),
        ("Richard the Second", ("Richard III",), AnswerType.PERSON, "", "wrong"),
        ("Henry V", ("Henry VI",), AnswerType.PERSON, "", "wrong"),
        ("Louis XV", ("Louis XIV",), AnswerType.PERSON, "", "wrong"),
        ("Elizabeth I", ("Elizabeth II",), AnswerType.PERSON, "", "wrong"),
        # One table of units, read both ways (symbol for name, name for symbol, a plain power digit);
        # another unit of the table is a different quantity, never a typo.
        ("230 volts", ("230 V",), AnswerType.NUMBER, "", "right"),
        ("230 W", ("230 V",), AnswerType.NUMBER, "", "wrong"),
        ("240 volts", ("230 V",), AnswerType.NUMBER, "", "wrong"),
        ("70 m", ("70 metres",), AnswerType.NUMBER, "", "right"),
        ("70 km", ("70 metres",), AnswerType.NUMBER, "", "wrong"),
        ("7 m", ("70 metres",), AnswerType.NUMBER, "", "wrong"),
        ("9.8 m/s2", ("9.8 m/s²",), AnswerType.NUMBER, "", "right"),
        ("9.8 metres per second squared", ("9.8 m/s²",), AnswerType.NUMBER, "", "right"),
        ("9.8 m/s", ("9.8 m/s²",), AnswerType.NUMBER, "", "wrong"),
        # A unit asked for itself: singular, plural or symbol; a name of two units is neither.
        ("newton", ("newtons",), AnswerType.TERM, "", "right"),
        ("N", ("newtons",), AnswerType.TERM, "", "right"),
        ("newtns", ("newtons",), AnswerType.TERM, "", "almost"),
        ("joules", ("newtons",), AnswerType.TERM, "", "wrong"),
        ("degrees", ("°C",), AnswerType.TERM, "", "wrong"),
        # A more precise value of a key the stem gives as rounded: one more decimal, rounding to it.
        ("9.81 m/s2", ("9.8 m/s²",), AnswerType.NUMBER, ROUNDED_STEM, "right"),
        ("9.81", ("9.8 m/s²",), AnswerType.NUMBER, ROUNDED_STEM, "right"),
        ("9.86 m/s2", ("9.8 m/s²",), AnswerType.NUMBER, ROUNDED_STEM, "wrong"),
        ("9.9 m/s2", ("9.8 m/s²",), AnswerType.NUMBER, ROUNDED_STEM, "wrong"),
        ("9.812", ("9.8 m/s²",), AnswerType.NUMBER, ROUNDED_STEM, "wrong"),
        ("9.81 m/s2", ("9.8 m/s²",), AnswerType.NUMBER, "A falling object accelerates at ____.", "wrong"),
        ("206.4", ("206",), AnswerType.NUMBER, "The adult skeleton has about ____ bones.", "wrong"),
        # The word before the blank typed with it ("Fort" is no misspelled "forty").
        ("Fort Sumter", ("Sumter",), AnswerType.TERM, FORT_STEM, "right"),
        ("Fort Moultrie", ("Sumter",), AnswerType.TERM, FORT_STEM, "wrong"),
        # "v.", "vs" and "versus" between two names are one word.
        ("Brown vs Board of Education", ("Brown v. Board of Education",), AnswerType.TITLE, "", "right"),
        ("Brown versus Board of Education", ("Brown v. Board of Education",), AnswerType.TITLE, "", "right"),
        ("Brown vs Board of Educaton", ("Brown v. Board of Education",), AnswerType.TITLE, "", "almost"),
        ("Plessy v. Ferguson", ("Brown v. Board of Education",), AnswerType.TITLE, "", "wrong"),
        # US and UK spellings of an English word, or of a name the dictionary does not know.
        ("epicenter", ("epicentre",), AnswerType.TERM, "", "right"),
        ("Pangea", ("Pangaea",), AnswerType.TERM, "", "right"),
        ("color", ("colour",), AnswerType.TERM, "", "right"),
        ("organize", ("organise",), AnswerType.TERM, "", "right"),
        ("hemoglobin", ("haemoglobin",), AnswerType.TERM, "", "right"),
        ("analyze", ("analyse",), AnswerType.TERM, "", "right"),
        ("defense", ("defence",), AnswerType.TERM, "", "right"),
        ("catalog", ("catalogue",), AnswerType.TERM, "", "right"),
        ("precize", ("precise",), AnswerType.TERM, "", "almost"),
        ("letter", ("lettre",), AnswerType.TERM, "", "almost"),
        ("epicentr", ("epicentre",), AnswerType.TERM, "", "almost"),
        ("Michel", ("Michael",), AnswerType.PERSON, "", "almost"),
        ("hypocenter", ("epicentre",), AnswerType.TERM, "", "wrong"),
        # Digits for a number word inside a phrase, in the languages decks teach; alone, the word is asked.
        ("j'ai 14 ans", ("j'ai quatorze ans",), AnswerType.TERM, "", "right"),
        ("I am 14 years old", ("I am fourteen years old",), AnswerType.TERM, "", "right"),
        ("ich bin 14 Jahre alt", ("ich bin vierzehn Jahre alt",), AnswerType.TERM, "", "right"),
        ("j'ai quatorse ans", ("j'ai quatorze ans",), AnswerType.TERM, "", "almost"),
        ("j'ai 15 ans", ("j'ai quatorze ans",), AnswerType.TERM, "", "wrong"),
        ("j'ai 40 ans", ("j'ai quatorze ans",), AnswerType.TERM, "", "wrong"),
        ("7", ("siete",), AnswerType.TERM, "", "wrong"),
        # A typo with the article added is still a typo.
        ("the great shism", ("Great Schism", "East-West Schism"), AnswerType.TERM, "", "almost"),
        ("the great war", ("Great Schism", "East-West Schism"), AnswerType.TERM, "", "wrong"),
        # A name quizgen's list of people knows the person by: a single name, the full name, another name.
        ("Galileo", ("Galileo Galilei",), AnswerType.PERSON, "", "right"),
        ("galilei", ("Galileo Galilei",), AnswerType.PERSON, "", "almost"),  # the surname alone
        ("Galileo Galilei", ("Galileo",), AnswerType.PERSON, "", "right"),
        ("Michelangelo", ("Michelangelo Buonarroti",), AnswerType.PERSON, "", "right"),
        ("Rembrandt", ("Rembrandt van Rijn",), AnswerType.PERSON, "", "right"),
        ("Leonardo", ("Leonardo da Vinci",), AnswerType.PERSON, "", "right"),
        ("Jeanne d'Arc", ("Joan of Arc",), AnswerType.PERSON, "", "right"),
        ("Dmitri Mendeleyev", ("Dmitri Mendeleev",), AnswerType.PERSON, "", "almost"),  # a near spelling
        ("Napoleon III", ("Napoleon Bonaparte",), AnswerType.PERSON, "", "wrong"),  # another person
        ("Galileo", ("Galileo Galilei",), AnswerType.TERM, "", "right"),  # a person's full name, whatever the type
        ("Galileo", ("Galileo probe",), AnswerType.TERM, "", "wrong"),  # no person's name
        # A decimal comma where it cannot be a thousands separator (one or two digits after it).
        ("4,6 billion", ("4.6 billion",), AnswerType.NUMBER, "The Earth is about ____ years old.", "right"),
        ("4,6 billion years", ("about 4.6 billion years",), AnswerType.NUMBER, "", "right"),
        ("4.6", ("4,6",), AnswerType.NUMBER, "", "right"),
        ("12,75 %", ("12.75%",), AnswerType.NUMBER, "", "right"),
        ("4,7 billion", ("4.6 billion",), AnswerType.NUMBER, "", "wrong"),
        ("4,600", ("4.6",), AnswerType.NUMBER, "", "wrong"),  # three digits: four thousand six hundred
        ("4,600", ("4600",), AnswerType.NUMBER, "", "right"),
        ("4,6", ("46",), AnswerType.NUMBER, "", "wrong"),
        ("1,5,7", ("1.5",), AnswerType.NUMBER, "", "wrong"),
        # Honorifics and ranks (one table, people.TITLES) optional on either side, whatever the blank's type.
        ("Philip Zimbardo", ("Professor Philip Zimbardo",), AnswerType.TERM, "", "right"),
        ("Douglas Haig", ("Sir Douglas Haig",), AnswerType.TERM, "", "right"),
        ("Douglas Haig", ("Field Marshal Sir Douglas Haig",), None, "", "right"),
        ("Ferdinand Foch", ("Marshal Ferdinand Foch",), AnswerType.TERM, "", "right"),
        ("Dr. John Snow", ("John Snow",), AnswerType.PERSON, "", "right"),
        ("Sir Francis Beaufort", ("Francis Beaufort",), AnswerType.PLACE, "", "right"),
        ("Gen. Douglas Haig", ("Sir Douglas Haig",), AnswerType.TERM, "", "right"),
        ("Haig", ("Sir Douglas Haig",), AnswerType.TERM, "", "almost"),  # the surname alone
        ("Phillip Zimbardo", ("Professor Philip Zimbardo",), AnswerType.TERM, "", "almost"),  # a typo
        ("Thomas Moore", ("Sir Thomas More",), AnswerType.PERSON, "", "almost"),
        ("John Haig", ("Sir Douglas Haig",), AnswerType.TERM, "", "wrong"),  # another given name
        ("Sir John Moore", ("Sir Thomas More",), AnswerType.PERSON, "", "wrong"),
        ("Motors", ("General Motors",), None, "", "wrong"),  # no name is left after "General"
        ("Who", ("Doctor Who",), None, "", "wrong"),
        ("League Baseball", ("Major League Baseball",), None, "", "wrong"),
        ("Macbeth", ("Lady Macbeth",), AnswerType.PERSON, "", "almost"),  # a last word alone, never right
        ("King John", ("John",), AnswerType.PERSON, "", "almost"),  # a royal title is not in the table
        # Middle names and initials optional for a person, unless the list of people tells two apart.
        ("John Watson", ("John B. Watson",), AnswerType.PERSON, "", "right"),
        ("John Broadus Watson", ("John B. Watson",), AnswerType.PERSON, "", "right"),
        ("Franklin Roosevelt", ("Franklin D. Roosevelt",), AnswerType.PERSON, "", "right"),
        ("Franklin Delano Roosevelt", ("Franklin Roosevelt",), AnswerType.PERSON, "", "right"),
        ("Wolfgang Mozart", ("Wolfgang Amadeus Mozart",), AnswerType.PERSON, "", "right"),
        ("James Watson", ("John B. Watson",), AnswerType.PERSON, "", "wrong"),  # another person, same surname
        ("John A. Watson", ("John B. Watson",), AnswerType.PERSON, "", "almost"),  # a typo of the initial
        ("John Adams", ("John Quincy Adams",), AnswerType.PERSON, "", "wrong"),  # the list's other John Adams
        ("John Quincy Adams", ("John Adams",), AnswerType.PERSON, "", "wrong"),
        ("George Bush", ("George W. Bush",), AnswerType.PERSON, "", "almost"),  # his father too
        ("George Bush", ("George H. W. Bush",), AnswerType.PERSON, "", "almost"),
        ("George W. Bush", ("George H. W. Bush",), AnswerType.PERSON, "", "almost"),  # a near spelling only
        ("Alexander Great", ("Alexander the Great",), AnswerType.PERSON, "", "wrong"),  # an epithet
        ("Vincent Gogh", ("Vincent van Gogh",), AnswerType.PERSON, "", "wrong"),  # a particle is the surname's
        ("Martin King", ("Martin Luther King Jr.",), AnswerType.PERSON, "", "wrong"),
        ("Lewis Clark", ("Lewis and Clark",), AnswerType.PERSON, "", "wrong"),
        ("David George", ("David Lloyd George",), AnswerType.PERSON, "", "wrong"),  # the list's two-word surname
        ("Ralph Williams", ("Ralph Vaughan Williams",), AnswerType.PERSON, "", "wrong"),
        ("Arthur Doyle", ("Sir Arthur Conan Doyle",), AnswerType.PERSON, "", "wrong"),
        ("Arthur Conan Doyle", ("Sir Arthur Conan Doyle",), AnswerType.PERSON, "", "right"),
        ("John Watson", ("John B. Watson",), AnswerType.TERM, "", "right"),  # a person's name, whatever the type
        ("Watson", ("John B. Watson",), AnswerType.TERM, "", "almost"),
        ("Crick Watson", ("John B. Watson",), AnswerType.TERM, "", "wrong"),
        # A hyphenated given name is one name, and a Chinese or Korean name has no middle names.
        ("Jean Sartre", ("Jean-Paul Sartre",), AnswerType.PERSON, "", "wrong"),
        ("Jean Paul Sartre", ("Jean-Paul Sartre",), AnswerType.PERSON, "", "right"),
        ("Qin Huang", ("Qin Shi Huang",), AnswerType.PERSON, "", "wrong"),
        ("Kim Sung", ("Kim Il-sung",), AnswerType.PERSON, "", "wrong"),
        ("Antoine-Laurent Lavoisier", ("Antoine Lavoisier",), AnswerType.PERSON, "", "right"),
        # A ratio in words or digits; any other number is another ratio.
        ("1 in 4", ("one in four",), AnswerType.NUMBER, "", "right"),
        ("one out of four", ("1 in 4",), AnswerType.NUMBER, "", "right"),
        ("1 in every 10", ("one in ten",), None, "", "right"),
        ("1 in 5", ("one in four",), AnswerType.NUMBER, "", "wrong"),
        ("4 in 1", ("one in four",), AnswerType.NUMBER, "", "wrong"),
        ("1 in 40", ("one in four",), AnswerType.NUMBER, "", "wrong"),
        ("one in forty", ("one in four",), AnswerType.NUMBER, "", "wrong"),
        ("2 in 3", ("one in four",), AnswerType.NUMBER, "", "wrong"),
        # A place's generic head word optional on one side, while what remains is still the name.
        ("Vostok", ("Vostok Station",), AnswerType.PLACE, "", "right"),
        ("Everest", ("Mount Everest",), AnswerType.PLACE, "", "right"),
        ("the Mississippi", ("Mississippi River",), AnswerType.PLACE, "", "right"),
        ("Lake Vostok", ("Vostok Station",), AnswerType.PLACE, "", "wrong"),  # another place
        ("Vostok Station", ("Lake Vostok",), AnswerType.PLACE, "", "wrong"),
        ("Victoria Falls", ("Lake Victoria",), AnswerType.PLACE, "", "wrong"),
        ("McMurdo", ("Vostok Station",), AnswerType.PLACE, "", "wrong"),
        ("Station", ("Vostok Station",), AnswerType.PLACE, "", "wrong"),
        ("Red", ("Red Sea",), AnswerType.PLACE, "", "wrong"),  # no name alone
        ("Death", ("Death Valley",), AnswerType.PLACE, "", "wrong"),
        ("Dead", ("Dead Sea",), AnswerType.PLACE, "", "wrong"),
        # A scale word is part of the number; a month and year are no full date, even for the 1st.
        ("9.46 km", ("9.46 trillion km",), AnswerType.NUMBER, "", "wrong"),
        ("9.46", ("9.46 trillion km",), AnswerType.NUMBER, "", "wrong"),
        ("9.46 trillion", ("9.46 trillion km",), AnswerType.NUMBER, "", "right"),
        ("9460000000000 km", ("9.46 trillion km",), AnswerType.NUMBER, "", "right"),
        ("January 1863", ("January 1, 1863",), AnswerType.DATE, "", "almost"),  # the day missing
        ("January", ("January 1",), AnswerType.DATE, "", "wrong"),
        ("1 January 1863", ("January 1, 1863",), AnswerType.DATE, "", "right"),
        ("Aoraki Cook", ("Aoraki / Mount Cook",), AnswerType.PLACE, "", "wrong"),  # a head word inside a name stays
        # heldout15: amperes by name or symbol; Danish and Norwegian letters typed out; a palace or castle's
        # town name alone.
        ("2 amps", ("2 A",), AnswerType.NUMBER, "", "right"),
        ("two amperes", ("2 A",), AnswerType.NUMBER, "", "right"),
        ("2 volts", ("2 A",), AnswerType.NUMBER, "", "wrong"),
        ("3 amps", ("2 A",), AnswerType.NUMBER, "", "wrong"),
        ("amps", ("ampere", "amp"), AnswerType.TERM, "", "right"),
        ("volts", ("ampere",), AnswerType.TERM, "", "wrong"),
        ("Hans Christian Oersted", ("Hans Christian Ørsted",), AnswerType.PERSON, "", "right"),
        ("Linlithgow", ("Linlithgow Palace",), AnswerType.PLACE, "", "right"),
        ("Stirling", ("Linlithgow Palace",), AnswerType.PLACE, "", "wrong"),
        # A century as its hundreds, three digits too (heldout14: "the 800s" for "9th century").
        ("the 800s", ("9th century",), AnswerType.YEAR, "", "right"),
        ("the 900s", ("9th century",), AnswerType.YEAR, "", "wrong"),
        # heldout13's typed answers: a possessive ends a place's name; a ship's prefix is optional.
        ("Saint John", ("St. John's", "St John's"), AnswerType.PLACE, "", "wrong"),  # another city
        ("St Johns", ("St. John's",), AnswerType.PLACE, "", "right"),
        ("Down syndrome", ("Down's syndrome",), AnswerType.TERM, "", "right"),  # an eponym's possessive
        ("Erebus", ("HMS Erebus",), AnswerType.TERM, "", "right"),
        ("USS Enterprise", ("Enterprise",), AnswerType.TERM, "", "right"),
        ("Terror", ("HMS Erebus",), AnswerType.TERM, "", "wrong"),
        # A person's rank, whatever the name after it; a title and one name is that name.
        ("Reginald Dyer", ("Brigadier-General Reginald Dyer",), AnswerType.PERSON, "", "right"),
        ("General Dyer", ("Brigadier-General Reginald Dyer",), AnswerType.PERSON, "", "almost"),
        ("Dyer", ("Brigadier-General Reginald Dyer",), AnswerType.PERSON, "", "almost"),
        ("Curzon", ("Lord Curzon",), AnswerType.PERSON, "", "right"),
        ("Lord Minto", ("Lord Curzon",), AnswerType.PERSON, "", "wrong"),
        ("Haig", ("Sir Douglas Haig",), AnswerType.PERSON, "", "almost"),  # a surname of a full name stays almost
        ("Motors", ("General Motors",), AnswerType.ORGANIZATION, "", "wrong"),
        # Initials written out, the surname the same; a wrong initial or a dropped one is no match.
        ("Womesh Chunder Bonnerjee", ("W. C. Bonnerjee",), AnswerType.PERSON, "", "right"),
        ("John Fitzgerald Kennedy", ("John F. Kennedy",), AnswerType.PERSON, "", "right"),
        ("Xavier C. Bonnerjee", ("W. C. Bonnerjee",), AnswerType.PERSON, "", "wrong"),
        ("John Fitzgerald Kennedy", ("John F. Adams",), AnswerType.PERSON, "", "wrong"),
        # A year before 1000 (a number by its form) typed with its era AD or CE, never BC; a BC key's era
        # in another writing, and without it "almost" (490 alone is a year AD).
        ("AD 793", ("793",), AnswerType.NUMBER, "Vikings raided Lindisfarne in ____.", "right"),
        ("793 AD", ("793",), AnswerType.NUMBER, "", "right"),
        ("A.D. 793", ("793",), None, "", "right"),
        ("793 CE", ("793",), AnswerType.NUMBER, "", "right"),
        ("793 BC", ("793",), AnswerType.NUMBER, "", "wrong"),
        ("AD 794", ("793",), AnswerType.NUMBER, "", "wrong"),
        ("490 BCE", ("490 BC",), AnswerType.YEAR, "", "right"),
        ("BC 490", ("490 BC",), AnswerType.YEAR, "", "right"),
        ("490", ("490 BC",), AnswerType.YEAR, "", "almost"),
        ("490", ("490 B.C.",), AnswerType.YEAR, "", "almost"),
        ("490 AD", ("490 BC",), AnswerType.YEAR, "", "wrong"),
        ("491", ("490 BC",), AnswerType.YEAR, "", "wrong"),
        # A unit's name for its symbol, by the table; another value stays wrong.
        ("10 decibels", ("10 dB",), AnswerType.NUMBER, "", "right"),
        ("10 decibel", ("10 dB",), None, "", "right"),
        ("12 decibels", ("10 dB",), AnswerType.NUMBER, "", "wrong"),
        ("2 gigahertz", ("2 GHz",), AnswerType.NUMBER, "", "right"),
        ("40 hectares", ("40 ha",), AnswerType.NUMBER, "", "right"),
        ("30 seconds", ("30 s",), AnswerType.NUMBER, "", "right"),
        ("30 sec", ("30 s",), AnswerType.NUMBER, "", "right"),
        # An epithet name: its first name alone is almost, as a surname alone is; a name as its epithet
        # ("the Bruce") without its "the" is almost, a word of the dictionary ("Great") alone is none.
        ("Alfred", ("Alfred the Great",), AnswerType.PERSON, "", "almost"),
        ("Alfred", ("Alfred the Great",), None, "", "almost"),
        ("Alfred The Great", ("Alfred the Great",), AnswerType.PERSON, "", "right"),
        ("Ivan", ("Ivan the Terrible",), AnswerType.PERSON, "", "almost"),
        ("Great", ("Alfred the Great",), AnswerType.PERSON, "", "wrong"),
        ("Alfred", ("Alfred Nobel",), AnswerType.PERSON, "", "wrong"),
        ("Robert Bruce", ("Robert the Bruce",), AnswerType.PERSON, "", "almost"),
        ("Robert Bruce", ("Robert the Bruce",), None, "", "almost"),
        ("Robert the Bruce", ("Robert Bruce",), AnswerType.PERSON, "", "almost"),
        ("Bruce", ("Robert the Bruce",), AnswerType.PERSON, "", "almost"),
        ("William Conqueror", ("William the Conqueror",), AnswerType.PERSON, "", "wrong"),
        # A surname with its particle is a surname alone, though the list knows the person by it.
        ("De Valera", ("Éamon de Valera",), AnswerType.PERSON, "", "almost"),
        ("San Martin", ("José de San Martín",), AnswerType.PERSON, "", "right"),
        # An institution's name with its kind dropped, added or moved: almost (a town may share it).
        ("St Andrews", ("University of St Andrews",), AnswerType.ORGANIZATION, "", "almost"),
        ("University of St Andrews", ("St Andrews",), AnswerType.PLACE, "", "almost"),
        ("Saint Andrews University", ("University of St Andrews",), None, "", "almost"),
        ("St Andrews", ("St Andrews",), None, "", "right"),
        ("University of Edinburgh", ("University of St Andrews",), None, "", "wrong"),
        ("Glasgow", ("University of St Andrews",), None, "", "wrong"),
        # Subscript digits are digits; a formula's letters and digits are in order, no typo; a vulgar fraction
        # is its decimals; "Labs" is "Laboratories" abbreviated.
        ("H₂O", ("H2O",), AnswerType.TERM, "", "right"),
        ("H₃O", ("H2O",), AnswerType.TERM, "", "wrong"),
        ("HO2", ("H2O",), AnswerType.TERM, "", "wrong"),
        ("vitamn B12", ("vitamin B12",), AnswerType.TERM, "", "almost"),
        ("4 ft 8.5 in", ("4 ft 8½ in",), AnswerType.NUMBER, "", "right"),
        ("4 ft 8 in", ("4 ft 8½ in",), AnswerType.NUMBER, "", "wrong"),
        ("4 ft 8.25 in", ("4 ft 8½ in",), AnswerType.NUMBER, "", "wrong"),
        ("Bell Laboratories", ("Bell Labs",), AnswerType.ORGANIZATION, "", "right"),
        # A month alone, abbreviated; another month never.
        ("Nov", ("November",), AnswerType.DATE, "", "right"),
        ("Sept.", ("September",), AnswerType.DATE, "", "right"),
        ("Oct", ("November",), AnswerType.DATE, "", "wrong"),
        ("Novmber", ("November",), AnswerType.DATE, "", "almost"),
        # The key's year alone, or its month and year alone, is almost (true, the day missing); another year or
        # month is wrong, and a month alone states too little.
        ("1983", ("1983-07-21",), AnswerType.DATE, "", "almost"),
        ("AD 1983", ("1983-07-21",), AnswerType.DATE, "", "almost"),
        ("1984", ("1983-07-21",), AnswerType.DATE, "", "wrong"),
        ("1983 BC", ("1983-07-21",), AnswerType.DATE, "", "wrong"),
        ("the 1980s", ("1983-07-21",), AnswerType.DATE, "", "wrong"),
        ("2017", ("July 2017",), AnswerType.DATE, "", "almost"),
        ("2016", ("July 2017",), AnswerType.DATE, "", "wrong"),
        ("July", ("July 2017",), AnswerType.DATE, "", "wrong"),
        ("December 1861", ("14 December 1861",), AnswerType.DATE, "", "almost"),
        ("July 1983", ("1983-07-21",), AnswerType.DATE, "", "almost"),
        ("November 1861", ("14 December 1861",), AnswerType.DATE, "", "wrong"),
        ("December 1862", ("14 December 1861",), AnswerType.DATE, "", "wrong"),
        ("1789", ("14 July",), AnswerType.DATE, "", "wrong"),  # the key states no year
        # A numeric date read in the key's own order (day first for "10 February 1837", month first for
        # "February 10, 1837"); an ISO key states no order, so only an unambiguous one.
        ("10/02/1837", ("10 February 1837",), AnswerType.DATE, "", "right"),
        ("02/10/1837", ("10 February 1837",), AnswerType.DATE, "", "wrong"),  # 2 October in the key's order
        ("02/10/1837", ("February 10, 1837",), AnswerType.DATE, "", "right"),
        ("10/02/1837", ("February 10, 1837",), AnswerType.DATE, "", "wrong"),
        ("10.02.1837", ("10 February 1837",), AnswerType.DATE, "", "right"),
        ("10/02/1837", ("1837-02-10",), AnswerType.DATE, "", "wrong"),  # ambiguous
        ("14/07/1789", ("1789-07-14",), AnswerType.DATE, "", "right"),
        ("07/14/1789", ("14 July 1789",), AnswerType.DATE, "", "right"),  # unambiguous in either order
        ("11/02/1837", ("10 February 1837",), AnswerType.DATE, "", "wrong"),
        # A building's head word dropped is almost (the name is its town's, or another building's); a palace's
        # or castle's is not (they go by their town's name); a building word added names another place.
        ("Westminster", ("Westminster Abbey",), AnswerType.PLACE, "", "almost"),
        ("Osborne", ("Osborne House",), AnswerType.PLACE, "", "almost"),
        ("Windsor", ("Windsor Castle",), AnswerType.PLACE, "", "right"),
        ("Westminster Cathedral", ("Westminster Abbey",), AnswerType.PLACE, "", "wrong"),
        ("Abbey", ("Westminster Abbey",), AnswerType.PLACE, "", "wrong"),
        ("Canterbury", ("Westminster Abbey",), AnswerType.PLACE, "", "wrong"),
        ("London Bridge", ("London",), AnswerType.PLACE, "", "wrong"),
        ("White", ("White House",), AnswerType.PLACE, "", "wrong"),
        # Given names typed as their initials, the surname the same (a first initial with the middle names
        # dropped too); another initial, or a name the list of people gives someone else, is no match.
        ("W. E. Gladstone", ("William Ewart Gladstone",), AnswerType.PERSON, "", "right"),
        ("W. Gladstone", ("William Ewart Gladstone",), AnswerType.PERSON, "", "right"),
        ("J. Q. Adams", ("John Quincy Adams",), AnswerType.PERSON, "", "right"),
        ("J. E. Gladstone", ("William Ewart Gladstone",), AnswerType.PERSON, "", "wrong"),
        ("W. G. Gladstone", ("William Ewart Gladstone",), AnswerType.PERSON, "", "wrong"),
        ("H. Gladstone", ("William Gladstone",), AnswerType.PERSON, "", "wrong"),
        ("J. Adams", ("John Quincy Adams",), AnswerType.PERSON, "", "wrong"),  # the list's John Adams
        ("G. Bush", ("George W. Bush",), AnswerType.PERSON, "", "almost"),  # his father too
        ("V. Gogh", ("Vincent van Gogh",), AnswerType.PERSON, "", "wrong"),  # a particle is the surname's
        # A name written as a person's (a given name of the lists, then no word of the dictionary) is read as a
        # person's whatever the card's type (an "officer", a novel named after its hero): its surname alone is
        # almost, as is the surname alone with a small typo; its given name alone, or a word-ending name, is not.
        ("Onegin", ("Eugene Onegin",), AnswerType.TITLE, "", "almost"),
        ("Eugene", ("Eugene Onegin",), AnswerType.TITLE, "", "wrong"),
        ("d'Anthes", ("Georges d'Anthès",), AnswerType.TERM, "", "almost"),
        ("Dantes", ("Georges d'Anthès",), AnswerType.TERM, "", "almost"),
        ("Georges", ("Georges d'Anthès",), AnswerType.TERM, "", "wrong"),
        ("Martynov", ("Georges d'Anthès",), AnswerType.TERM, "", "wrong"),
        ("Karenina", ("Anna Karenina",), None, "", "almost"),
        ("Land", ("Marie Byrd Land",), AnswerType.PLACE, "", "wrong"),
        ("Juliet", ("Romeo and Juliet",), AnswerType.TITLE, "", "wrong"),  # two names, no surname
        ("Lermontv", ("Mikhail Lermontov",), AnswerType.PERSON, "", "almost"),
        ("Flemming", ("Alexander Fleming",), AnswerType.PERSON, "", "almost"),
        ("Alexandr", ("Alexander Fleming",), AnswerType.PERSON, "", "wrong"),  # the given name, misspelled
        ("Lenin", ("Tatyana Larina",), AnswerType.PERSON, "", "wrong"),
        ("BF Skinner", ("B. F. Skinner",), AnswerType.PERSON, "", "right"),  # the whole name, spaced otherwise
        ("Augustus", ("Romulus Augustulus",), AnswerType.PERSON, "", "wrong"),  # another emperor, two slips away
        ("ūnus", ("ē plūribus ūnum",), AnswerType.TERM, "", "wrong"),  # no name: not capitalized
        # A one-word surname key with given names added: right when they are names and nobody the list of people
        # knows bears the surname or the name typed; a term's key too when it is no word of the dictionary.
        ("Alexei Vronsky", ("Vronsky",), AnswerType.PERSON, "", "right"),
        ("Rodion Raskolnikov", ("Raskolnikov",), AnswerType.TERM, "", "right"),
        ("Rodion Raskolnikov", ("Raskolnikov",), AnswerType.PLACE, "", "wrong"),
        ("Rodion Svidrigailov", ("Raskolnikov",), AnswerType.TERM, "", "wrong"),
        ("John Adams", ("Adams",), AnswerType.PERSON, "", "almost"),  # the list's John Adams: Samuel is an Adams too
        ("Count Vronsky", ("Vronsky",), AnswerType.PERSON, "", "almost"),  # a common word, no given name
        ("Frederick Barbarossa", ("Barbarossa",), AnswerType.TERM, "", "wrong"),  # a listed person, not the operation
        # Scientific notation in any writing (a calculator's "e", "x 10^", superscripts) or as plain digits; a digit
        # number with its scale word for the digits. Another mantissa, exponent or sign is another number.
        ("6.022e23", ("6.022 × 10^23",), AnswerType.NUMBER, "", "right"),
        ("6.022 x 10^23", ("6.022 × 10^23",), AnswerType.NUMBER, "", "right"),
        ("6.022*10**23", ("6.022 × 10²³",), None, "", "right"),
        ("1.6e-19", ("1.6 × 10^-19 C",), AnswerType.NUMBER, "", "right"),
        ("300,000,000 m/s", ("3 × 10^8 m/s",), AnswerType.NUMBER, "", "right"),
        ("3 × 10⁸ m/s", ("300,000,000 m/s",), AnswerType.NUMBER, "", "right"),
        ("6.022e24", ("6.022 × 10^23",), AnswerType.NUMBER, "", "wrong"),
        ("6.022e-23", ("6.022 × 10^23",), AnswerType.NUMBER, "", "wrong"),
        ("6.02e23", ("6.022 × 10^23",), AnswerType.NUMBER, "", "wrong"),
        ("6.022", ("6.022 × 10^23",), AnswerType.NUMBER, "", "wrong"),
        ("1.6e19", ("1.6 × 10^-19 C",), AnswerType.NUMBER, "", "wrong"),
        ("2 million", ("2,000,000",), AnswerType.NUMBER, "", "right"),
        ("4.6 billion years", ("4,600,000,000 years",), AnswerType.NUMBER, "", "right"),
        ("3 million", ("2,000,000",), AnswerType.NUMBER, "", "wrong"),
        ("2 billion", ("2,000,000",), AnswerType.NUMBER, "", "wrong"),
        ("11.2 kilometres per second", ("11.2 km/s",), AnswerType.NUMBER, "", "right"),
        ("3e8 km/s", ("3 × 10^8 m/s",), AnswerType.NUMBER, "", "wrong"),  # another unit of the table
        ("300 km/s", ("300 m/s",), AnswerType.NUMBER, "", "wrong"),
    ],
)
def test_fair_readings(typed, accept, answer_type, prompt, verdict) -> None:
    assert compare(typed, accept, answer_type, prompt)[0] == verdict


@pytest.mark.parametrize(
    ("typed", "answer", "runs"),
    [
        # The text as typed (case, spaces, punctuation), only the wrong parts marked.
        ("NASA", "Nasa", (("NASA", False),)),
        ("ROSKOSMOS", "Roscosmos", (("ROS", False), ("K", True), ("OSMOS", False))),
        ("  Canbera. ", "Canberra", (("  Canbera. ", False),)),
        # A run of spaces counts as one: the first is marked extra, the run's rest is not compared.
        ("Syd  ney", "Sydney", (("Syd", False), (" ", True), (" ney", False))),
        ("Xanberra", "Canberra", (("X", True), ("anberra", False))),
        ("Canberrax", "Canberra", (("Canberra", False), ("x", True))),
        ("", "Canberra", ()),
    ],
)
def test_typed_marks_keep_the_keystrokes(typed, answer, runs):
    assert typed_marks(typed, diff(typed, answer)) == runs
    assert "".join(text for text, _ in runs) == typed
