"""Fast paths taken for speed on big decks give exactly what the general code gives."""

from __future__ import annotations

import dataclasses
import inspect
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.core.blanks import BlankSyntaxError, _parse_plain, _parse_tokens, parse_blanks
from quizgen.core.model import AnswerType, Blank, Card, CardKind, Fact
from quizgen.core.text import normalize, normalize_once

# Texts made mostly of the characters the blank syntax cares about, so that errors are common.
blank_texts = st.text(alphabet="ab {}|\\ ", max_size=16) | st.text(max_size=12)


def _outcome(parse, text: str):
    try:
        return parse(text)
    except BlankSyntaxError as error:
        return ("error", error.message, error.fix, error.column)


@settings(max_examples=800, deadline=None)
@given(text=blank_texts)
def test_plain_blank_parser_agrees_with_the_token_parser(text):
    expected = _outcome(_parse_tokens, text)
    assert _outcome(parse_blanks, text) == expected
    if "\\" not in text:
        plain = _parse_plain(text)
        # The fast path either gives the same segments or leaves a bad text to the token parser.
        assert plain == expected if plain is not None else expected[0] == "error"


@pytest.mark.parametrize("text", ["{a} b", "x {b|c} y {d}", "a | b {c}", "{a}{b}", "no blank", "", "{ }", "{a||b}",
                                  "{a", "a}", "{a{b}}", "{a} } {b}"])
def test_plain_blank_parser_examples(text):
    assert _outcome(parse_blanks, text) == _outcome(_parse_tokens, text)


def test_plain_texts_take_the_fast_path():
    rng = random.Random(5)
    for _ in range(200):
        words = [rng.choice(["the", "crew", "{Yuri Gagarin}", "{ISS|International Space Station}", "|", "flew"])
                 for _ in range(rng.randint(1, 8))]
        text = " ".join(words)
        assert _parse_plain(text) == _parse_tokens(text)


def _normalize_by_regex(text: str) -> str:
    """What `normalize` did for ASCII text before its translate-table fast path."""
    return re.sub(r"[^\w]+", " ", text.lower()).replace("_", " ").strip()


@settings(max_examples=800, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127), max_size=30)
       | st.text(alphabet="aB1_ -.,\t\n!", max_size=30))
def test_ascii_normalize_agrees_with_the_regex(text):
    assert normalize_once(text) == _normalize_by_regex(text)
    assert normalize(text) == _normalize_by_regex(text)


def test_normalize_examples():
    for text in ["In ____ it flew.", "__a_b__", "  Salyut-7 ", "a _ b", "", "___", "ISS_66\tcrew"]:
        assert normalize_once(text) == _normalize_by_regex(text)
    assert normalize_once("Yúlia__Peresild!") == "yulia  peresild"


@pytest.mark.parametrize("cls", [Blank, Fact, Card])
def test_fast_init_takes_the_dataclass_fields(cls):
    # The same parameters, in field order, with the same defaults, as the generated __init__ would.
    expected = [(f.name, f.default) for f in dataclasses.fields(cls) if f.init]
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [(p.name, inspect.Parameter.empty if p.default is inspect.Parameter.empty else p.default)
            for p in parameters] == [(n, inspect.Parameter.empty if d is dataclasses.MISSING else d)
                                     for n, d in expected]


def test_fast_init_builds_frozen_objects():
    blank = Blank(2, "Mir", ("Mir station",), AnswerType.PLACE)
    fact = Fact("f", "The {Mir}.", ("The ", blank, "."), tags=("space",))
    assert (fact.id, fact.segments, fact.tags, fact.note, fact.line, fact.blanks) == (
        "f", ("The ", blank, "."), ("space",), None, 0, (blank,))
    assert dataclasses.replace(fact, segments=("x",)).blanks == ()
    card = Card(id="d:f:2:mcq", deck="d", fact="f", blank=2, kind=CardKind.MCQ, type=AnswerType.PLACE,
                prompt="The ____.", answer="Mir", accept=blank.accept, full_text="The Mir.", options=("Mir", "ISS"),
                answer_index=0)
    assert card == Card("d:f:2:mcq", "d", "f", 2, CardKind.MCQ, AnswerType.PLACE, "The ____.", "Mir",
                        ("Mir", "Mir station"), "The Mir.", (), (), None, ("Mir", "ISS"), 0, (), 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        card.prompt = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Card(id="x")  # type: ignore[call-arg]
