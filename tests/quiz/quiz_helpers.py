"""Helpers for the quiz tests: fixture decks written as YAML (read by the real loader), the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from quizgen.cli import main


def write_deck(folder: Path, name: str, deck: dict[str, Any]) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(deck, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    return path


CAPITALS = [
    ("France", "Paris"), ("Italy", "Rome"), ("Spain", "Madrid"), ("Portugal", "Lisbon"),
    ("Germany", "Berlin"), ("Austria", "Vienna"), ("Poland", "Warsaw"), ("Greece", "Athens"),
    ("Norway", "Oslo"), ("Sweden", "Stockholm"), ("Finland", "Helsinki"), ("Ireland", "Dublin"),
]


def school_deck() -> dict[str, Any]:
    """Twelve one-blank facts about capitals, plus a two-blank fact; a place pool feeds the MCQs."""
    facts = [
        {"id": f"capital-{country.lower()}", "text": f"The capital of {country} is {{{city}}}.",
         "type": "place", "source": "atlas", "tags": ["europe", "north" if i >= 8 else "south"]}
        for i, (country, city) in enumerate(CAPITALS)
    ]
    facts.append({"id": "rivers", "text": "The {Danube} flows through Vienna and the {Vltava|Moldau} through Prague.",
                  "type": ["place", "place"], "distractors": ["Rhine", "Elbe", "Oder"], "tags": ["rivers"]})
    return {
        "title": "European capitals",
        "id": "capitals",
        "sources": {"atlas": {"title": "The School Atlas"}},
        "pools": {"place": ["Prague", "Budapest", "Bern", "Brussels", "Amsterdam", "Copenhagen"]},
        "facts": facts,
    }


#: Every character some output format treats specially: GIFT `~ = # { } :` and `\`, XML/HTML
#: `& < > " '`, Markdown `* _ [ ] # | \``, Typst `# $ * _ @ [ ] < > / \``, TSV tab and newline.
NASTY = 'Tom & "Jerry\'s" <b>bold</b> ~tilde =eq #hash :colon \\{brace\\} $x$ *star* _under_ [link](x) @ref `code` | pipe // slash'


def nasty_deck() -> dict[str, Any]:
    facts = []
    answers = ["AT&T <Corp>", "~50% = #1", "x:y {1}", 'say "hi"', "a\\b", "C*D_E", "%5 off", "[b] &lt;"]
    for i, answer in enumerate(answers):
        escaped = answer.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("|", "\\|")
        facts.append({
            "id": f"nasty-{i}",
            "text": f"Fact {i}: {NASTY}\tand then {{{escaped}|alt {i} & <ok>}} ends it.",
            "ask": f"Question {i} about {NASTY}?" if i % 2 == 0 else None,
            "type": "term",
            "distractors": [f"wrong {i} & <x>", f"~bad {i} = #{{}}", f"tab\there {i}", f"line\nbreak {i}",
                            f"Braces \\{{ \\}} {i}", f"%{i}0% [html] {i}"],
            "tags": ["nasty"],
        })
    for fact in facts:
        if fact["ask"] is None:
            del fact["ask"]
    return {"title": 'Nasty {deck} & <co> #1 "quoted" ~=:', "id": "nasty", "facts": facts}


def numbers_deck() -> dict[str, Any]:
    """Numbers, years and names whose typed answers quizgen reads in more than one writing."""
    facts = [
        ("light", "Sunlight takes about {8} minutes to reach Earth.", "number"),
        ("age", "The Solar System is about {4.6 billion} years old.", "number"),
        ("apollo", "Apollo 11 landed on the Moon in {1969}.", "year"),
        ("armstrong", "{Neil Armstrong} was the first person to walk on the Moon.", "person"),
        ("pi", "Pi is about {3.14} to two decimal places.", "number"),
        ("moons", "Mars has {2} small moons.", "number"),
        ("boiling", "Water boils at {100 °C} at sea level.", "number"),
        ("sputnik", "Sputnik 1 was launched in {1957}.", "year"),
        ("gagarin", "{Yuri Gagarin} was the first person in space.", "person"),
        ("planets", "The Solar System has {8} planets.", "number"),
        ("starry", "Van Gogh painted {The Starry Night} in 1889.", "title"),
        ("orbit", "Earth takes about {365} days to orbit the Sun.", "number"),
    ]
    return {"title": "Space numbers", "id": "numbers",
            "pools": {"person": ["Buzz Aldrin", "John Glenn", "Valentina Tereshkova", "Alan Shepard"],
                      "title": ["Sunflowers", "The Potato Eaters", "Irises"]},
            "facts": [{"id": i, "text": t, "type": k} for i, t, k in facts]}


def run_cli(*argv: str | Path) -> int:
    return main([str(a) for a in argv])


def norm(text: str) -> str:
    """Whitespace collapsed: every format turns tabs and newlines in a text into spaces."""
    return " ".join(text.split())


def html_text(source: str) -> str:
    """The text a browser shows for an HTML document (entities decoded), whitespace collapsed."""
    from html.parser import HTMLParser

    chunks: list[str] = []

    class Collector(HTMLParser):
        skip = 0

        def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
            self.skip += tag in ("style", "title")

        def handle_endtag(self, tag: str) -> None:
            self.skip -= tag in ("style", "title")
            chunks.append(" ")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                chunks.append(data)

    Collector(convert_charrefs=True).feed(source)
    return norm("".join(chunks))


def quiz_for(path: Path, **options: Any):  # type: ignore[no-untyped-def]
    """The Quiz object `quizgen quiz` builds for these options (the build is pure and seeded)."""
    from quizgen.core.deckfile import load_decks
    from quizgen.core.generator import generate_cards
    from quizgen.quiz.build import QuizSettings, build_quiz

    decks = load_decks([path]).decks
    return build_quiz(decks, generate_cards(decks, seed=options.get("seed", 7)), QuizSettings(**options))
