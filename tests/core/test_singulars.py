"""The one rule for a plural noun's singulars (core/wordclass.singulars), read three ways on purpose."""

from quizgen.core.wordclass import singulars


def test_the_dictionary_reading_gives_the_lemma_or_nothing():
    assert singulars("leopards") == ["leopard"]
    assert singulars("Children") == ["child"]
    assert singulars("leopard") == []


def test_the_whole_table_reading_cuts_es_only_after_a_hiss_and_knows_latin_plurals():
    assert singulars("churches", endings="whole") == ["church", "churche"]
    assert singulars("bites", endings="whole") == ["bite"]  # never "bit"
    assert singulars("cities", endings="whole") == ["city"]
    assert singulars("bacteria", endings="whole") == ["bacterion", "bacterium"]
    assert singulars("alveoli", endings="whole") == ["alveolus"]
    assert singulars("census", endings="whole") == []
    assert singulars("caused", endings="whole") == []  # the dictionary would read "cause"


def test_the_short_list_reading_tries_every_ending_and_ends_with_the_plain_cut():
    assert singulars("volcanoes", endings="short") == ["volcano", "volcanoe"]
    assert singulars("cities", endings="short") == ["city", "citi", "citie"]
    assert singulars("bus", endings="short") == []  # three letters: no cut
    assert singulars("bacteria", endings="short") == []
