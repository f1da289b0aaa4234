"""The tables derived from WordNet 3.0's instances (tools/wordnet/build_instances.py), through the real files
shipped in quizgen/core/data: people (joined to the curated list by `people.lookup` and the lists of
`categories`), places and events (`quizgen.core.instances`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.core import categories, gazetteer, instances, people
from quizgen.core.text import normalize

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "quizgen" / "core" / "data"


def test_every_wordnet_person_row_is_well_formed():
    rows = people.wordnet_people()
    assert len(rows) > 1500
    for person in rows:
        assert person.name.strip() == person.name and person.name
        assert set(person.roles) <= people.ROLES, person
        assert person.gender in ("m", "f", ""), person
        if person.born is not None and person.died is not None:
            assert 0 <= person.died - person.born <= people.MAX_LIFESPAN, person
        for country in person.countries:
            assert gazetteer.countries_in(f" {normalize(country)} "), person


def test_the_curated_list_wins_and_wordnet_fills_in_the_people_it_lacks():
    curated = {normalize(name) for person in people.people() for name in (person.name, *person.aliases)}
    assert not {normalize(person.name) for person in people.wordnet_people()} & curated
    # WordNet's spellings of curated people are left out (its "Claude Debussey", "Vasco da Gamma")
    assert people.lookup("Claude Debussey") is None and people.lookup("Vasco da Gamma") is None
    assert people.lookup("Franz Ferdinand") in people.people()  # the curated row
    hoagland = people.lookup("Hudson Hoagland")  # a WordNet row: "United States physiologist (1899-1982)"
    assert hoagland is not None and (hoagland.born, hoagland.died) == (1899, 1982)
    assert hoagland.countries == ("United States",) and people.has_role(hoagland, "scientist")
    assert people.lookup("Hoagland") is None  # WordNet's surnames alone are no names


def test_only_well_dated_wordnet_people_have_an_age_in_the_lists():
    born_only = next(p for p in people.wordnet_people() if p.born is not None and p.died is None and p.born > 1900)
    assert not people.well_dated(born_only)
    assert not categories.alive_in(born_only.name, (1800, 1810)) or categories.era_of(born_only.name) is None
    assert categories.era_of(born_only.name) is None  # "(born in 1930)" in a 2006 gloss: no age for era rules
    assert categories.era_of("Hudson Hoagland") == (1899 + 1982) / 2
    assert categories.sex_of("Leo Szilard") == "m"


def test_events_date_the_battles_a_stem_names():
    assert (1916, 1916) in instances.event_spans_named("Tanks were first used during the Somme in ____.")
    assert (1916, 1916) in instances.event_spans_named("On the first day of the Battle of the Somme, ____")
    assert instances.event_spans_named("the Somme flows into the Channel") == ()  # a bare name is the river
    assert (1756, 1763) in instances.event_spans_named("Britain won Canada in the Seven Years' War.")
    battles = {event.name for event in instances.events() if event.kind == "battle"}
    assert {"Austerlitz", "Verdun", "Jutland"} <= battles


def test_places_have_their_kind():
    assert instances.place_kind("Danube") == "river"
    assert instances.place_kind("Sarajevo") == "city"
    assert instances.place_kind("no such place") is None
    sarajevo = next(place for place in instances.places() if place.name == "Sarajevo")
    assert "Bosnia" in " ".join(sarajevo.within)


def test_the_licence_ships_beside_the_tables():
    assert "WordNet" in (DATA / "LICENSE.wordnet").read_text(encoding="utf-8")
    assert (DATA / "LICENSE.wordnet").read_text() == (ROOT / "tools" / "wordnet" / "LICENSE.wordnet").read_text()


@pytest.mark.skipif(not Path("/usr/share/wordnet/data.noun").exists(), reason="WordNet 3.0 (wordnet-base) not installed")
def test_the_build_gives_the_shipped_tables(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "tools" / "wordnet" / "build_instances.py"), str(tmp_path)],
                   check=True, capture_output=True)
    for name in ("wordnet_people.tsv", "wordnet_places.tsv", "wordnet_events.tsv"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
