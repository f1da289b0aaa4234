"""Fast paths taken for speed on big decks give exactly what the general code gives."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.core.blanks import BlankSyntaxError, _parse_plain, _parse_tokens, parse_blanks
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
