"""Every kind of bad deck gets one clear line (file, line, field, fix) and exit status 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.core.deckfile import load_decks

# (file name, file bytes, expected line, expected field, words the message must hold)
BAD_DECKS = [
    ("brace.yaml", b"title: T\nfacts:\n  - text: {Yulia} plays the lead\n", 3, "text", "put the text in quotes"),
    ("brace_list.yaml", b"title: T\nfacts:\n  - text: \"{a} b\"\n    distractors:\n      - {Yulia} x\n", 5, None,
     "put the text in quotes"),
    ("brace_whole.yaml", b"title: T\nfacts:\n  - text: {Yulia Peresild}\n", 3, "facts[1].text", "put the text in quotes"),
    ("colon.yaml", b"title: T\nfacts:\n  - text: Note: {Yulia} plays\n", 3, "text", "put the text in quotes"),
    ("unclosed_list.yaml", b"title: T\nfacts:\n  - text: \"{a} b\"\n    tags: [x, y\n  - text: \"{c} d\"\n", 4, "tags",
     "never closed"),
    ("notitle.yaml", b"facts:\n  - text: \"{a} b\"\n", 1, "title", "`title` is missing"),
    ("nofacts.yaml", b"title: T\n", 1, "facts", "no facts"),
    ("emptyfacts.yaml", b"title: T\nfacts: []\n", 2, "facts", "no facts"),
    ("noblank.yaml", b"title: T\nfacts:\n  - text: no blank here\n", 3, "facts[1].text", "has no blank"),
    ("unclosed.yaml", b"title: T\nfacts:\n  - text: \"open {blank here\"\n", 3, "facts[1].text", "never closed"),
    ("stray_close.yaml", b"title: T\nfacts:\n  - text: \"a } b {c}\"\n", 3, "facts[1].text", "closes no blank"),
    ("nested.yaml", b"title: T\nfacts:\n  - text: \"a {b {c}} d\"\n", 3, "facts[1].text", "cannot nest"),
    ("empty_blank.yaml", b"title: T\nfacts:\n  - text: \"empty {} here\"\n", 3, "facts[1].text", "is empty"),
    ("empty_alt.yaml", b"title: T\nfacts:\n  - text: \"{ISS|} here\"\n", 3, "facts[1].text", "empty alternative"),
    ("dupid.yaml", b"title: T\nfacts:\n  - id: a\n    text: \"{x} y\"\n  - id: a\n    text: \"{z} w\"\n", 5,
     "facts[2].id", "used twice (first on line 3)"),
    ("srckey.yaml", b"title: T\nsources:\n  original: {title: X}\nfacts:\n  - text: \"{x} y\"\n    source: orignal\n", 6,
     "facts[1].source", "did you mean `original`"),
    ("type.yaml", b"title: T\nfacts:\n  - text: \"{x} y\"\n    type: persn\n", 4, "facts[1].type", "did you mean `person`"),
    ("pooltype.yaml", b"title: T\npools:\n  persons: [a, b]\nfacts:\n  - text: \"{x} y\"\n", 3, "pools.persons", "did you mean `person`"),
    ("topkey.yaml", b"title: T\nfatcs:\n  - text: \"{x} y\"\n", 2, "fatcs", "did you mean `facts`"),
    ("factkey.yaml", b"title: T\nfacts:\n  - txet: \"{x} y\"\n    text: \"{x} y\"\n", 3, "facts[1].txet", "did you mean `text`"),
    ("srcfile.yaml", b"title: T\nsources:\n  a:\n    file: texts/nope.txt\nfacts:\n  - text: \"{x} y\"\n", 4,
     "sources.a.file", "does not exist"),
    ("image.yaml", b"title: T\nfacts:\n  - text: \"{x} y\"\n    image: missing.png\n", 4, "facts[1].image", "does not exist"),
    ("emptyfile.yaml", b"", 1, None, "the file is empty"),
    ("blankfile.yaml", b"\n  \n", 1, None, "the file is empty"),
    ("latin1.yaml", b"title: Caf\xe9\nfacts: []\n", 1, None, "not UTF-8"),
    ("toplist.yaml", b"- a\n- b\n", 1, None, "not a deck"),
    ("typecount.yaml", b"title: T\nfacts:\n  - text: \"{a} and {b} and {c}\"\n    type: [person, year]\n", 4,
     "facts[1].type", "2 types for 3 blanks"),
    ("askmulti.yaml", b"title: T\nfacts:\n  - text: \"{a} and {b}\"\n    ask: Who?\n", 4, "facts[1].ask", "one blank"),
    ("badid.yaml", b"title: T\nfacts:\n  - id: \"a b:c\"\n    text: \"{a} b\"\n", 3, "facts[1].id", "may only hold"),
    ("study.yaml", b"title: T\nstudy:\n  new_per_day: lots\nfacts:\n  - text: \"{a} b\"\n", 3, "study.new_per_day",
     "whole number"),
    ("plainfact.yaml", b"title: T\nfacts:\n  - \"{a} b\"\n", 3, "facts[1]", "must be a mapping"),
    ("escape.yaml", b'title: T\nfacts:\n  - text: "a \\{x\\} {b}"\n', 3, "text", "use single quotes"),
    ("tab.yaml", b"title: T\nfacts:\n\t- text: \"{a} b\"\n", 3, None,
     "line 3 is indented with a tab; YAML needs spaces. Fix: replace the tab with two spaces."),
    ("tab_deeper.yaml", b"title: T\nfacts:\n  - text: \"{a} b\"\n  \tid: x\n", 4, None, "line 4 is indented with a tab"),
]


@pytest.mark.parametrize(("name", "content", "line", "field", "words"), BAD_DECKS, ids=[c[0] for c in BAD_DECKS])
def test_bad_deck_gets_one_clear_line_and_exit_2(tmp_path: Path, capsys, name, content, line, field, words):
    deck = tmp_path / name
    deck.write_bytes(content)
    status = main(["check", str(deck)])
    err = capsys.readouterr().err
    assert status == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    message = lines[0]
    assert message.startswith(f"{deck}:{line}: error:"), message
    if field:
        assert f" {field}:" in message
    assert words in message
    assert "Traceback" not in err


def test_several_problems_in_one_file_are_all_reported(tmp_path: Path, capsys):
    deck = tmp_path / "many.yaml"
    deck.write_text('title: T\nfacts:\n  - text: "no blank"\n  - text: "{}"\n  - text: "{ok} fine"\n    type: wat\n')
    assert main(["check", str(deck)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert [e.split(": error:")[0] for e in err] == [f"{deck}:3", f"{deck}:4", f"{deck}:6"]


def test_missing_deck_file_and_folder_without_decks(tmp_path: Path, capsys):
    assert main(["check", str(tmp_path / "nope.yaml")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["check", str(tmp_path)]) == 2
    assert "holds no deck files" in capsys.readouterr().err


def test_duplicate_deck_ids_across_files(tmp_path: Path, capsys):
    (tmp_path / "a.yaml").write_text('title: A\nid: same\nfacts:\n  - text: "{x} y"\n')
    (tmp_path / "b.yaml").write_text('title: B\nid: same\nfacts:\n  - text: "{x} y"\n')
    assert main(["check", str(tmp_path)]) == 2
    assert "deck id 'same' is also the id of" in capsys.readouterr().err


def test_a_real_process_prints_no_traceback(tmp_path: Path):
    deck = tmp_path / "bad.yaml"
    deck.write_bytes(b"title: T\nfacts:\n  - text: {Yulia} plays\n")
    result = subprocess.run([sys.executable, "-m", "quizgen", "check", str(deck)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "put the text in quotes" in result.stderr


# Warnings: the deck loads (exit 0) but some cards would be weak.
WARNINGS = [
    ("few distractors", 'title: T\nfacts:\n  - text: "{Zorblax} is a word."\n', "no MCQ card is made"),
    ("ask leaks", 'title: T\npools:\n  person: [Ann Lee, Bob Ray, Cy Twombly]\nfacts:\n'
                  '  - text: "{Yulia Peresild} plays the lead."\n    ask: Does Yulia Peresild play the lead?\n'
                  '    type: person\n', "contains its own answer"),
    ("text leaks", 'title: T\nfacts:\n  - text: "{Shipenko} directed it; Shipenko also produced it."\n',
     "also appears outside its blank"),
    ("near duplicates", 'title: T\nfacts:\n  - text: "The {ISS} orbits Earth."\n  - text: "The {ISS} orbits the Earth!"\n',
     "nearly the same as fact 'iss'"),
]


@pytest.mark.parametrize(("label", "text", "words"), WARNINGS, ids=[w[0] for w in WARNINGS])
def test_weak_cards_warn_and_exit_0(tmp_path: Path, capsys, label, text, words):
    deck = tmp_path / "warn.yaml"
    deck.write_text(text)
    assert main(["check", str(deck)]) == 0
    captured = capsys.readouterr()
    assert any(words in line and ": warning:" in line for line in captured.err.splitlines()), captured.err
    assert captured.out.startswith("ok: 1 deck")
    assert main(["check", "--strict", str(deck)]) == 1


@pytest.mark.parametrize("name", ["numeral", "team", "period", "germ", "data", "tern"])
def test_a_pool_named_by_a_word_near_a_type_is_a_kind_not_a_slip(tmp_path: Path, name):
    """`numeral:` (a Latin teacher's pool of number words) is one edit-rich word from `number`; it is a kind."""
    deck = tmp_path / "deck.yaml"
    deck.write_text(f"title: T\npools:\n  {name}: [a, b, c]\nfacts:\n  - text: \"{{x}} y\"\n    kind: {name}\n")
    loaded = load_decks([deck]).decks[0]
    assert loaded.kind_pools == {name: ("a", "b", "c")} and not loaded.pools


@pytest.mark.parametrize(("slip", "meant"), [("peson", "person"), ("numbr", "number"), ("yaer", "year"),
                                             ("trem", "term"), ("titles", "title"), ("organisation", "organization")])
def test_a_pool_one_slip_from_a_type_is_refused_with_the_type(tmp_path: Path, capsys, slip, meant):
    deck = tmp_path / "deck.yaml"
    deck.write_text(f"title: T\npools:\n  {slip}: [a, b, c]\nfacts:\n  - text: \"{{x}} y\"\n")
    assert main(["check", str(deck)]) == 2
    assert f"did you mean `{meant}`" in capsys.readouterr().err
