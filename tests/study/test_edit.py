"""Editing from the browser (quizgen.study.edit): the fact's line, the editor's command, one deck read again."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.core.deckfile import load_deck
from quizgen.core.problems import InputError
from quizgen.study.cardcache import load_catalog
from quizgen.study.edit import editor_command, fact_line, reload_deck

from .conftest import ARTICLE, DECK_YAML


def line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


def test_the_line_of_a_fact_in_a_good_deck_a_deck_that_does_not_check_and_broken_yaml(tmp_path: Path) -> None:
    deck = tmp_path / "space.yaml"
    deck.write_text(DECK_YAML, encoding="utf-8")
    assert fact_line(deck, "launch") == line_of(DECK_YAML, "id: launch")
    assert fact_line(deck, "no-such-fact") == 1
    broken = DECK_YAML.replace("title: Space test deck\n", "")  # no title: the deck does not check
    deck.write_text(broken, encoding="utf-8")
    assert fact_line(deck, "days") == line_of(broken, "id: days")
    deck.write_text(DECK_YAML.replace("facts:", "facts: [unclosed"), encoding="utf-8")
    assert fact_line(deck, "days") == 1


def test_a_fact_whose_id_is_not_its_first_key_opens_at_its_id_line(tmp_path: Path) -> None:
    deck = tmp_path / "space.yaml"
    text = DECK_YAML.replace('  - id: director\n    text: "The film is directed by {Klim Shipenko}."\n',
                             '  - text: "The film is directed by {Klim Shipenko}."\n    id: director\n')
    assert text != DECK_YAML
    deck.write_text(text, encoding="utf-8")
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    assert fact_line(deck, "director") == line_of(text, "id: director")
    assert fact_line(deck, "director") == line_of(text, "directed by") + 1
    derived = text.replace("    id: director\n", "")  # no `id:`: the fact's first line
    deck.write_text(derived, encoding="utf-8")
    (fact,) = [fact for fact in load_deck(deck).facts if "Shipenko" in fact.text]
    assert fact_line(deck, fact.id) == line_of(derived, "directed by")


@pytest.mark.parametrize(("environ", "command"), [
    ({"VISUAL": "code --wait", "EDITOR": "nano"}, ["code", "--wait", "+7", "/d/x.yaml"]),
    ({"EDITOR": "nano"}, ["nano", "+7", "/d/x.yaml"]),
    ({"EDITOR": "'/opt/my editor/bin/ed' -q"}, ["/opt/my editor/bin/ed", "-q", "+7", "/d/x.yaml"]),
    ({}, ["vi", "+7", "/d/x.yaml"]),
])
def test_the_editor_command(environ: dict[str, str], command: list[str]) -> None:
    assert editor_command(Path("/d/x.yaml"), 7, environ) == command


def test_reload_replaces_one_deck_and_refuses_a_bad_one(tmp_path: Path, deck_dir: Path) -> None:
    other = deck_dir / "other.yaml"
    other.write_text("title: Other\nid: other\nfacts:\n  - text: 'The {Moon} orbits the Earth.'\n    type: place\n",
                     encoding="utf-8")
    catalog = load_catalog([deck_dir], cache_dir=tmp_path / "cache")
    space = deck_dir / "space.yaml"
    space.write_text(DECK_YAML.replace("spent {12} days", "spent {twelve} days"), encoding="utf-8")
    reloaded = reload_deck(catalog, "space")
    assert [info.id for info in reloaded.decks] == [info.id for info in catalog.decks]
    assert reloaded.card("space:days:1:cloze").answer == "twelve"
    assert reloaded.part("other") is catalog.part("other")  # the other deck is not read again
    space.write_text(DECK_YAML.replace("title: Space test deck\n", ""), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        reload_deck(reloaded, "space")
    assert any(problem.field == "title" for problem in caught.value.problems)
    space.write_text(DECK_YAML.replace("id: space", "id: other"), encoding="utf-8")
    with pytest.raises(InputError):  # its new id is another deck's
        reload_deck(reloaded, "space")
