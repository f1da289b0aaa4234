"""Seventh round's rules (docs/quality.md, "Seventh round"), each through the real generator on a small deck."""

from __future__ import annotations

from tests.quality.test_rules import wrong_answers

from quizgen.core import categories


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
