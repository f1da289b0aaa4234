"""Eleventh round (docs/quality.md, "Round 11"): general rules for heldout10's failure classes, measured
leave-one-set-out on the nine quality sets. Each test goes through the real generator and fails on main before
the round."""

from __future__ import annotations

from pathlib import Path

import yaml
from rule_decks import load, mcq, wrong

from quizgen.core import categories
from quizgen.core.deckfile import load_decks


DIRECTORS = ["Alfred Hitchcock", "Sergei Eisenstein", "François Truffaut", "Federico Fellini", "Ingmar Bergman",
             "Akira Kurosawa", "Jean-Luc Godard", "Stanley Kubrick", "Billy Wilder", "James Cameron", "David Lean",
             "Charlie Chaplin", "Fritz Lang", "Orson Welles"]


def test_r11_a_kings_wrong_answers_are_rulers_of_his_realm(tmp_path):
    # "became king in 1509 and married Catherine of Aragon": no Shah Ismail; "King ____ at Bosworth": no Matthias
    deck = load(tmp_path, {"facts": [
        {"id": "k", "text": "{Charles I} became king in 1625 and dissolved Parliament four times.", "type": "person"},
        {"id": "b", "text": "Henry Tudor defeated King {Richard III} near Market Bosworth in 1485.",
         "type": "person"}]})
    for fact in ("k", "b"):
        assert all(categories.country_of(o) == "GB" for o in wrong(mcq(deck, fact)))


HELDOUT10 = Path(__file__).resolve().parents[2] / "quizgen_benchmarks" / "quality_sets" / "heldout10" / "decks"


def heldout10(name: str):
    return load_decks([HELDOUT10 / f"{name}.yaml"], with_warnings=False).decks[0]


def test_r11_no_descriptor_said_twice():
    # "the Gulf of ____": not "Caspian Sea" ("Gulf of Caspian Sea"); "the ____ range": not "Atlas Mountains"
    deck = heldout10("middle-east-north-africa")
    assert not any(o.endswith(" Sea") for o in wrong(mcq(deck, "bab-el-mandeb", 2)))
    assert "Atlas Mountains" not in wrong(mcq(deck, "damavand", 2))


FILMS = [{"id": "berlin", "text": "The {Berlin} Film Festival gives the Golden Bear.", "type": "title"},
         {"id": "venice", "text": "The {Venice} Film Festival gives the Golden Lion.", "type": "title"},
         {"id": "locarno", "text": "The {Locarno} Film Festival is held in a Swiss town.", "type": "title"},
         {"id": "casablanca", "text": "{Casablanca} (1942) starred Humphrey Bogart.", "type": "title"},
         {"id": "kane", "text": "{Citizen Kane} (1941) was Orson Welles's first feature.", "type": "title"},
         {"id": "rebecca", "text": "{Rebecca} (1940) won the Oscar for Best Picture.", "type": "title"},
         {"id": "moonlight", "text": "{Moonlight} (2016) won the Oscar for Best Picture.", "type": "title"},
         {"id": "roma", "text": "{Roma} (2018) was shot in black and white in Mexico City.", "type": "title"},
         {"id": "nomadland", "text": "{Nomadland} (2020) won the Golden Lion.", "type": "title"}]


def test_r11_a_festival_is_no_film_and_a_film_no_festival():
    deck = heldout10("film-history")
    films = {"Parasite", "Citizen Kane", "Becky Sharp", "Casablanca", "Metropolis"}
    assert not wrong(mcq(deck, "venice")) & films and not wrong(mcq(deck, "cannes")) & films
    assert not wrong(mcq(deck, "citizen-kane", 2)) & {"Cannes", "Venice"}
    assert not wrong(mcq(deck, "parasite")) & {"Cannes", "Venice"}


def test_r11_a_title_of_another_age_is_no_wrong_answer(tmp_path):
    # a film of 2018 for one of 1942 (the rubric's E: more than 50 years)
    deck = load(tmp_path, {"facts": FILMS})
    assert not wrong(mcq(deck, "rebecca")) & {"Moonlight", "Roma", "Nomadland"}
    assert not wrong(mcq(deck, "moonlight")) & {"Casablanca", "Citizen Kane", "Rebecca"}


def test_r11_the_bundled_list_dates_film_directors(tmp_path):
    # a pool's directors born after the film (Truffaut, 1932, for 1925) or dead before it are refused
    deck = load(tmp_path, {"pools": {"director": DIRECTORS}, "facts": [
        {"id": "p", "text": "{Sergei Eisenstein} made Strike in 1925.", "type": "person", "kind": "director"},
        {"id": "j", "text": "Japanese director {Akira Kurosawa} made Rashomon in 1950.", "type": "person",
         "kind": "director"}]})
    assert not wrong(mcq(deck, "p")) & {"François Truffaut", "Federico Fellini", "Ingmar Bergman", "James Cameron",
                                        "Jean-Luc Godard", "Stanley Kubrick"}
    assert not wrong(mcq(deck, "j"))  # no other Japanese director: no MCQ rather than Bergman and Godard


def test_r11_sir_says_a_knight_of_a_commonwealth_realm(tmp_path):
    deck = load(tmp_path, {"pools": {"director": DIRECTORS}, "facts": [
        {"id": "s", "text": "Sir {Alfred Hitchcock} directed Vertigo in 1958.", "type": "person", "kind": "director"}]})
    assert wrong(mcq(deck, "s")) <= {"David Lean", "Charlie Chaplin"}


def test_r11_a_sea_the_stem_names_holds_the_wrong_places(tmp_path):
    # "the capital of Cyprus, on the Mediterranean": no Beijing, no Jakarta
    deck = load(tmp_path, {"facts": [
        {"id": "n", "text": "{Nicosia} is the capital of Cyprus, an island in the Mediterranean.", "type": "place"},
        {"id": "b", "text": "{Beijing} hosted the Olympic Games in 2008.", "type": "place"},
        {"id": "j", "text": "{Jakarta} is the capital of Indonesia.", "type": "place"},
        {"id": "t", "text": "{Tokyo} hosted the Olympic Games in 1964.", "type": "place"},
        {"id": "a", "text": "{Athens} hosted the Olympic Games in 2004.", "type": "place"},
        {"id": "v", "text": "{Valletta} is the capital of Malta.", "type": "place"}]})
    assert not wrong(mcq(deck, "n")) & {"Beijing", "Jakarta", "Tokyo", "Moscow", "Paris", "Berlin"}
