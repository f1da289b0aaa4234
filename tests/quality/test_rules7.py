"""Seventh round's rules (docs/quality.md, "Seventh round"), each through the real generator on a small deck."""

from __future__ import annotations

from tests.quality.test_rules import wrong_answers

from quizgen.core import categories
from quizgen.core.deckfile import load_decks
from quizgen.core.plan import plan_deck


def test_r7_a_stated_sex_refuses_pool_persons_of_the_other_or_of_no_known_sex(tmp_path):
    deck = {"pools": {"astronaut": ["Gordon Cooper", "Scott Carpenter", "Wally Schirra", "Svetlana Savitskaya"]},
            "facts": [{"id": "w", "text": "{Valentina Tereshkova} became the first woman in space in June 1963."},
                      {"id": "m", "text": "{Alan Shepard} was an astronaut who flew in space in May 1961."}]}
    found = wrong_answers(tmp_path, deck, "w")
    assert {"Gordon Cooper", "Scott Carpenter", "Wally Schirra"}.isdisjoint(found)  # men; a Wally the lists cannot tell
    assert all(categories.sex_of(name) == "f" for name in found)
    assert categories.sex_of("Gordon Cooper") == "m"  # by a given name only men of the lists bear
    assert "Gordon Cooper" in wrong_answers(tmp_path, deck, "m")


def test_r7_no_bundled_name_carries_a_disambiguation_an_option_would_show():
    from quizgen.core import people

    assert not [p.name for p in people.people() if "(" in p.name]


def test_r7_a_numbered_series_offers_only_members_that_exist(tmp_path):
    deck = {"facts": [
        {"id": "a", "text": "An oxygen tank exploded on {Apollo 13} in April 1970."},
        {"id": "v", "text": "{Vostok 1} carried the first human into space in April 1961."},
        {"id": "z", "text": "The probe {Zond 5} flew around the Moon in 1968."},
        {"id": "z2", "text": "Zond 6 and Zond 7 flew around the Moon in {1968} and 1969."}]}
    apollo = wrong_answers(tmp_path, deck, "a")
    assert apollo and all(int(o.split()[1]) in (1, *range(4, 18)) for o in apollo)  # no Apollo 20 nor 26
    assert wrong_answers(tmp_path, deck, "v") == ()  # "the first": Vostok 2, 3 ... read off the stem
    assert set(wrong_answers(tmp_path, deck, "z")) == {"Zond 6", "Zond 7"}  # a series only its deck names


def _years(options):
    return [int(o[-4:]) for o in options]


def test_r7_a_year_keeps_its_order_with_what_the_deck_dates_of_a_thing_the_stem_names(tmp_path):
    deck = {"facts": [
        {"id": "s", "text": "The Soviet Union launched Sputnik 1, the first artificial satellite, on {October 4, 1957}."},
        {"id": "n", "text": "NASA was created in {1958}, partly in response to Sputnik."},
        {"id": "b", "text": "The first probe to leave the Solar System was launched in {1972}, before Voyager 1."},
        {"id": "v", "text": "Voyager 1 was launched in {1977}."}]}
    nasa = _years(wrong_answers(tmp_path, deck, "n"))
    assert len(nasa) >= 3 and min(nasa) >= 1957  # no 1953 nor 1956 for a response to 1957
    assert max(_years(wrong_answers(tmp_path, deck, "b"))) <= 1977


def test_r7_a_date_keeps_its_order_with_the_dates_of_its_fact(tmp_path):
    deck = {"facts": [{"id": "d", "text": "Gorbachev resigned on 25 December 1991 and the Soviet Union was dissolved "
                                         "on {26 December 1991}."},
                      {"id": "w", "text": "The Berlin Wall was opened on {9 November 1989}."}]}
    found = wrong_answers(tmp_path, deck, "d")
    assert found and "9 November 1989" not in found and all(int(o[-4:]) >= 1991 for o in found)


def test_r7_an_act_of_office_is_a_year_of_the_term(tmp_path):
    deck = {"facts": [{"id": "s", "text": "Nixon and Brezhnev signed the SALT I agreements in Moscow in May {1972}."},
                      {"id": "k", "text": "In May {1961}, President Kennedy asked Congress to land a man on the Moon."},
                      {"id": "h", "text": "Hitler became Chancellor of Germany in {1933}."}]}
    assert all(1969 <= y <= 1974 for y in _years(wrong_answers(tmp_path, deck, "s")))
    assert all(1961 <= y <= 1963 for y in _years(wrong_answers(tmp_path, deck, "k")))  # the one President Kennedy
    assert any(y < 1933 for y in _years(wrong_answers(tmp_path, deck, "h")))  # taking office: earlier years fit


def test_r7_a_census_year_moves_by_tens(tmp_path):
    deck = {"facts": [{"id": "c", "text": "The census of {1851} showed that most people in England lived in towns."},
                      {"id": "o", "text": "The Great Exhibition opened in London in {1856}."}]}
    found = _years(wrong_answers(tmp_path, deck, "c"))
    assert len(found) >= 3 and all((y - 1851) % 10 == 0 for y in found)


def test_r7_a_country_the_stem_says_borders_another_takes_that_ones_neighbours(tmp_path):
    deck = {"facts": [{"id": "t", "text": "Lake Titicaca lies on the border of {Peru} and Bolivia."}]}
    found = wrong_answers(tmp_path, deck, "t")
    assert found and set(found) <= {"Brazil", "Paraguay", "Argentina", "Chile"}  # no Venezuela nor Colombia


def test_r7_a_parallel_stays_a_latitude(tmp_path):
    found = wrong_answers(tmp_path, {"facts": [
        {"id": "k", "text": "The border between North and South Korea runs close to the {38th parallel}."}]}, "k")
    assert len(found) >= 3 and all(0 < int(o.split()[0][:-2]) < 90 for o in found)


def test_r7_a_persons_fact_with_no_year_is_dated_by_an_event_the_deck_dates(tmp_path):
    deck = {"pools": {"president": ["William Howard Taft", "Warren G. Harding", "Herbert Hoover", "Harry S. Truman"]},
            "facts": [{"id": "p", "text": "Japan attacked Pearl Harbor on {7 December 1941}."},
                      {"id": "f", "text": "President {Franklin D. Roosevelt} called the day of the Pearl Harbor attack "
                                          "'a date which will live in infamy'."}]}
    found = wrong_answers(tmp_path, deck, "f")
    assert {"William Howard Taft", "Warren G. Harding"}.isdisjoint(found)  # dead by 1941
    assert {"Herbert Hoover", "Harry S. Truman"}.isdisjoint(found)  # out of office in 1941


def test_r7_a_person_placed_in_a_city_of_their_country_takes_people_of_it(tmp_path):
    deck = {"pools": {"leader": ["Fidel Castro", "Josip Broz Tito", "Wojciech Jaruzelski"]}, "facts": [
        {"id": "s", "text": "The trade union Solidarity was founded at the Gdańsk shipyard in 1980, led by {Lech Wałęsa}."},
        {"id": "c", "text": "{Fidel Castro} took power in Cuba in 1959."}]}
    found = wrong_answers(tmp_path, deck, "s")
    assert {"Fidel Castro", "Josip Broz Tito"}.isdisjoint(found)
    assert all(categories.country_of(name) in ("PL", None) for name in found)


def test_r7_a_person_the_stem_names_is_not_offered_and_a_stem_naming_the_key_leaks(tmp_path):
    deck = {"pools": {"president": ["Franklin D. Roosevelt", "Dwight D. Eisenhower", "Herbert Hoover"]}, "facts": [
        {"id": "t", "text": "{Harry S. Truman} became President of the United States when Roosevelt died in April 1945."},
        {"id": "d", "text": "President {Harry S. Truman} announced the Truman Doctrine on 12 March 1947."}]}
    assert "Franklin D. Roosevelt" not in wrong_answers(tmp_path, deck, "t")
    path = tmp_path / "deck.yaml"
    loaded = load_decks([path], with_warnings=False).decks[0]
    plan = next(p for p in plan_deck(loaded).blanks() if p.fact.id == "d")
    assert plan.mcq is None and plan.derived and "truman" in plan.derived


def test_r7_a_year_of_a_named_leader_stays_in_their_term_unless_the_stem_is_of_coming_to_power(tmp_path):
    deck = {"facts": [
        {"id": "p", "text": "The Prague Spring reforms of Alexander Dubček were ended by an invasion in {August 1968}."},
        {"id": "c", "text": "The Cuban Missile Crisis of {October 1962} ended when Khrushchev took the missiles out."},
        {"id": "m", "text": "Brezhnev's rival Georgy Malenkov fell from favour in {1957}."},
        {"id": "k", "text": "Jomo Kenyatta led Kenya to independence in {1963}."}]}
    assert all(o.endswith(("1968", "1969")) for o in wrong_answers(tmp_path, deck, "p"))
    assert all(1953 <= int(o[-4:]) <= 1964 for o in wrong_answers(tmp_path, deck, "c"))
    assert any(int(o) < 1963 for o in wrong_answers(tmp_path, deck, "k"))  # the year the term opens
    assert any(int(o) > 1957 for o in wrong_answers(tmp_path, deck, "m"))  # before Brezhnev's term (1964): unbounded


def test_r7_a_city_founded_after_the_fact_or_of_another_country_the_stem_names_is_not_offered(tmp_path):
    deck = {"pools": {"capital": ["Brasília", "Santiago", "Asunción", "Caracas", "Montevideo"]}, "facts": [
        {"id": "b", "text": "Simón Bolívar was born in {Caracas} in 1783."},
        {"id": "m", "text": "The capital of Brazil was moved from Rio de Janeiro to {Brasília} in 1960."}]}
    assert "Brasília" not in wrong_answers(tmp_path, deck, "b")  # founded in 1960
    moved = wrong_answers(tmp_path, deck, "m")
    assert {"Santiago", "Asunción", "Caracas", "Montevideo"}.isdisjoint(moved)  # not in Brazil


def test_r7_a_district_of_a_big_city_is_never_offered_as_a_city(tmp_path):
    found = wrong_answers(tmp_path, {"facts": [{"id": "c", "text": "The capital of Colombia is {Bogotá}."}]}, "c")
    assert found and "Kennedy" not in found  # a district of Bogotá the data lists as a city


def test_r7_a_height_never_passes_the_worlds_record_and_a_parallel_moves_by_degrees(tmp_path):
    deck = {"facts": [{"id": "a", "text": "Aconcagua in Argentina is the highest mountain in the Americas, at {6,961 m}."},
                      {"id": "k", "text": "The border between North and South Korea runs close to the {38th parallel}."}]}
    heights = wrong_answers(tmp_path, deck, "a")
    assert heights and all(float(h.split()[0].replace(",", "")) < 8849 for h in heights)
    assert all(30 <= int(o.split()[0][:-2]) <= 46 for o in wrong_answers(tmp_path, deck, "k"))


def test_r7_a_cosmonaut_is_an_astronaut_and_a_title_opening_the_sentence_keeps_its_subjects_sex(tmp_path):
    deck = {"facts": [{"id": "l", "text": "Cosmonaut {Alexei Leonov} made the first spacewalk in 1965; he was "
                                         "outside for about 12 minutes."}]}
    found = wrong_answers(tmp_path, deck, "l")
    assert found and all("astronauts" in {c.name for c in categories.categories_of(n)} and categories.sex_of(n) == "m"
                         for n in found)


def test_r7_islands_belong_to_no_landlocked_country_and_a_count_keeps_its_plural(tmp_path):
    deck = {"facts": [{"id": "g", "text": "The Galápagos Islands belong to {Ecuador}."},
                      {"id": "a", "text": "A fire during a launch pad test killed the {three} astronauts of Apollo 1."}]}
    islands = wrong_answers(tmp_path, deck, "g")
    assert islands and "Bolivia" not in islands and "Paraguay" not in islands
    assert "one" not in wrong_answers(tmp_path, deck, "a")


def test_r7_a_modern_person_is_offered_only_beside_people_of_their_generation(tmp_path):
    found = wrong_answers(tmp_path, {"pools": {"astronaut": ["Yang Liwei", "Kalpana Chawla", "John Glenn", "Alan Shepard"]},
                                     "facts": [{"id": "m", "text": "{Neil Armstrong} and Buzz Aldrin walked on the Moon."}]},
                          "m")
    assert {"Yang Liwei", "Kalpana Chawla"}.isdisjoint(found) and "John Glenn" in found


def _year_options(tmp_path, deck: dict, fact_id: str, answer: str) -> list[int]:
    path = tmp_path / "deck.yaml"
    import yaml

    path.write_text(yaml.safe_dump({"title": "T", **deck}, allow_unicode=True), encoding="utf-8")
    loaded = load_decks([path], with_warnings=False).decks[0]
    plan = next(p for plans in plan_deck(loaded) for p in plans if p.fact.id == fact_id and p.blank.answer == answer)
    return [int(o.split()[-1]) for o in plan.distractors]


def test_r7_a_ruler_named_anywhere_in_the_fact_keeps_its_year_in_their_term(tmp_path):
    deck = {"facts": [
        {"id": "lbj", "text": "President {Lyndon B. Johnson} signed the Civil Rights Act in {1964}."},
        {"id": "mc", "text": "King {John} agreed to Magna Carta at {Runnymede} in {June 1215}."},
        {"id": "cr", "text": "Pope {Urban II} called for the First Crusade at the Council of {Clermont} in {1095}."},
        {"id": "bw", "text": "The battle of {Bosworth} in {1485} was lost by Richard III to Henry Tudor."},
        {"id": "ro", "text": "Rome fell in {476}, when Odoacer deposed the last emperor, Romulus Augustulus."},
        {"id": "md", "text": "The {Monroe Doctrine} of {1823} warned Europe off the Americas."}]}
    lbj = _year_options(tmp_path, deck, "lbj", "1964")  # a title before the full name; the name in another blank
    assert lbj and all(1963 <= y <= 1969 for y in lbj)
    magna = _year_options(tmp_path, deck, "mc", "June 1215")  # "King John" reigned 1199-1216
    assert magna and all(1199 <= y <= 1216 for y in magna)
    crusade = _year_options(tmp_path, deck, "cr", "1095")  # a pope ("the First Crusade" is a name, no "first")
    assert crusade and all(1088 <= y <= 1099 for y in crusade)
    assert all(1483 <= y <= 1485 for y in _year_options(tmp_path, deck, "bw", "1485"))  # Richard III, 1483-1485
    rome = _year_options(tmp_path, deck, "ro", "476")  # deposed: not before the reign (475), later years fair
    assert rome and all(y >= 475 for y in rome) and any(y > 476 for y in rome)
    monroe = _year_options(tmp_path, deck, "md", "1823")  # a policy named after a president: James Monroe's
    assert monroe and all(1817 <= y <= 1825 for y in monroe)
