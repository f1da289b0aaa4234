"""A large synthetic deck in quizgen's YAML format: mixed answer types, 1-3 blanks per fact.

Deterministic for a given size and seed. Answers are built from small vocabularies (names, places,
organizations, titles, terms, numbers, years, dates) so every type has plenty of same-type
distractors in the deck; a share of facts use `ask`, alternatives (`{a|b}`), hand-picked
distractors, declared types, tags, sources and notes, as a teacher's deck would.
"""

from __future__ import annotations

import random
from pathlib import Path

FIRST = ("Anna Boris Clara Dmitri Elena Fyodor Galina Igor Irina Kirill Lena Maxim Nadia Oleg Pavel Roza "
         "Sergei Tamara Vera Yuri Ada Alan Grace Marie Niels Rosalind Tim Enrico Lise Carl Emmy Paul Werner "
         "Ernest Ida Hedy Alfred Sofia Amelia Chen Priya Kenji Amara Diego Lucia Omar Ines Hugo Mira").split()
LAST = ("Ivanova Petrov Smirnova Volkov Kuznetsova Sokolov Popova Lebedev Kozlova Novikov Morozova Orlov "
        "Lovelace Turing Hopper Curie Bohr Franklin Berners Fermi Meitner Gauss Noether Dirac Heisenberg "
        "Rutherford Pavlova Nobel Kovalevskaya Earhart Wu Raman Tanaka Okafor Rivera Marquez Haddad Duarte "
        "Lindqvist Moreau Novak Horvat Kowalski Jansen Byrne Rossi Weber Nakamura").split()
PLACE_ROOTS = ("North South East West Upper Lower New Old Great Little Port Lake Mount Fort Saint Glen "
               "River Cape Bay Green").split()
PLACE_STEMS = ("haven field brook ford ton wick bury stead mouth ridge dale holm vale moor cliff "
               "marsh wood gate well burn").split()
ORG_WORDS = ("Institute Agency Society Academy Bureau Council Laboratory Foundation Observatory Union").split()
ORG_TOPICS = ("Space Marine Polar Solar Nuclear Lunar Botanical Seismic Arctic Orbital Genetic "
              "Optical Coastal Alpine Desert").split()
TITLE_ADJ = ("Silent Red Last Hidden Broken Golden Distant Frozen Burning Endless Quiet Lost Bright "
             "Falling Iron Paper").split()
TITLE_NOUN = ("Orbit Harbor Signal Winter Garden Horizon Station River Voyage Archive Lantern Echo "
              "Mirror Comet Frontier Tide").split()
TERM_PREFIX = ("photo thermo electro hydro geo bio magneto chrono cryo astro").split()
TERM_SUFFIX = ("synthesis dynamics lysis metry genesis sphere graphy stasis phoresis tropism").split()
MONTHS = ("January February March April May June July August September October November December").split()
NUMBER_UNITS = ("people", "days", "kilometres", "tonnes", "metres", "volunteers", "minutes", "hours")
TYPES = ("person", "place", "organization", "title", "term", "year", "date", "number")
SENTENCES = {
    "person": ("{} led the expedition", "the prize went to {}", "{} wrote the first report",
               "the mission was commanded by {}", "{} designed the instrument"),
    "place": ("the station was built in {}", "the crew trained at {}", "the meeting took place in {}",
              "samples were stored in {}"),
    "organization": ("the project was funded by the {}", "the {} published the data",
                     "the launch was run by the {}"),
    "title": ("the documentary \"{}\" told the story", "the novel {} inspired the film",
              "the album {} came out first"),
    "term": ("the process is called {}", "the effect they measured is {}", "students learn {} in the second year"),
    "year": ("it happened in {}", "the law passed in {}", "the record stood from {}"),
    "date": ("the launch was set for {}", "the results came out on {}", "the crew returned on {}"),
    "number": ("{} took part", "the trip lasted {}", "the survey counted {}"),
}


def _answer(kind: str, rng: random.Random) -> str:
    if kind == "person":
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if kind == "place":
        return f"{rng.choice(PLACE_ROOTS)} {rng.choice(PLACE_STEMS).capitalize()}{rng.choice(PLACE_STEMS)}"
    if kind == "organization":
        return f"{rng.choice(ORG_TOPICS)} {rng.choice(ORG_TOPICS)} {rng.choice(ORG_WORDS)}"
    if kind == "title":
        return f"The {rng.choice(TITLE_ADJ)} {rng.choice(TITLE_NOUN)}"
    if kind == "term":
        return rng.choice(TERM_PREFIX) + rng.choice(TERM_SUFFIX)
    if kind == "year":
        return str(rng.randint(1700, 2025))
    if kind == "date":
        return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"
    return f"{rng.randint(2, 9000)} {rng.choice(NUMBER_UNITS)}"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def deck_yaml(facts: int, *, seed: int = 1, deck_id: str = "bench", max_blanks: int = 3) -> str:
    """The YAML text of a deck with `facts` facts of 1..max_blanks blanks each."""
    rng = random.Random(seed)
    lines = [
        f"title: Benchmark deck {deck_id} ({facts} facts)",
        f"id: {deck_id}",
        "description: Synthetic facts with mixed answer types, made by quizgen_benchmarks/inputs/deck.py.",
        "sources:",
        "  atlas:",
        "    title: The Synthetic Atlas",
        "    url: https://example.org/atlas",
        "pools:",
    ]
    for kind in ("person", "place", "organization", "title", "term"):
        pool = sorted({_answer(kind, rng) for _ in range(40)})
        lines.append(f"  {kind}: [{', '.join(_quoted(p) for p in pool)}]")
    lines.append("facts:")
    for number in range(1, facts + 1):
        blanks = rng.randint(1, max_blanks)
        kinds = [rng.choice(TYPES) for _ in range(blanks)]
        used: set[str] = set()
        clauses, answers = [], []
        for kind in kinds:
            answer = _answer(kind, rng)
            while answer.lower() in used:
                answer = _answer(kind, rng)
            used.add(answer.lower())
            answers.append(answer)
            blank = "{" + answer + "}"
            if kind == "organization" and rng.random() < 0.3:  # an accepted abbreviation
                blank = "{" + answer + "|" + "".join(w[0] for w in answer.split()) + "}"
            clauses.append(rng.choice(SENTENCES[kind]).format(blank))
        text = f"In case {number}, " + ", and ".join(clauses) + "."
        lines.append(f"  - text: {_quoted(text)}")
        if rng.random() < 0.5:
            lines.append(f"    id: f{number:06d}")
        if rng.random() < 0.3:
            lines.append(f"    type: [{', '.join(kinds)}]" if blanks > 1 else f"    type: {kinds[0]}")
        if blanks == 1 and rng.random() < 0.3:
            lines.append(f"    ask: {_quoted(f'What is the answer of case {number}?')}")
        if rng.random() < 0.3 and kinds[0] not in ("year", "date", "number"):
            picks = sorted({_answer(kinds[0], rng) for _ in range(3)} - {a.lower() for a in answers})
            lines.append(f"    distractors: [{', '.join(_quoted(p) for p in picks)}]")
        if rng.random() < 0.4:
            lines.append("    source: atlas")
        if rng.random() < 0.4:
            lines.append(f"    tags: [{kinds[0]}, batch{number % 10}]")
        if rng.random() < 0.2:
            lines.append(f"    note: {_quoted('Synthetic note for case ' + str(number) + '.')}")
    return "\n".join(lines) + "\n"


def write_deck(path: Path, facts: int, *, seed: int = 1, deck_id: str | None = None, max_blanks: int = 3) -> Path:
    """Write the deck to `path` (atomically) unless it is already there."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".tmp")
    temp.write_text(deck_yaml(facts, seed=seed, deck_id=deck_id or path.stem, max_blanks=max_blanks),
                    encoding="utf-8")
    temp.replace(path)
    return path
