"""Fast paths taken for speed on big decks give exactly what the general code gives."""

from __future__ import annotations

import dataclasses
import inspect
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.core.blanks import BlankSyntaxError, RawBlank, _finish_blank, parse_blanks
from quizgen.core.model import AnswerType, Blank, Card, CardKind, Fact
from quizgen.core.text import normalize, normalize_once

# The readable parser, token by token, kept here as the oracle the package's one-scan parser must match.
# Tokens: an escaped special character, a special character, or a run of ordinary text.
_TOKEN = re.compile(r"\\[{}|\\]|[{}|]|[^{}|\\]+|\\")


def _parse_tokens(text: str) -> list[str | RawBlank]:
    """The general parser, token by token: escapes, and a precise message for every brace error."""
    segments: list[str | RawBlank] = []
    literal: list[str] = []
    answers: list[str] | None = None  # the blank being read, if any
    current: list[str] = []
    start = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        column = match.start() + 1
        if len(token) == 2 and token[0] == "\\":
            (current if answers is not None else literal).append(token[1])
        elif token == "{":
            if answers is not None:
                raise BlankSyntaxError(
                    f"'{{' at column {column} opens a blank inside the blank that starts at column {start}.",
                    "blanks cannot nest: close the first blank with '}' before opening another, "
                    "or write '\\{' for a literal brace.",
                    column,
                )
            answers, current, start = [], [], column
        elif token == "}":
            if answers is None:
                raise BlankSyntaxError(
                    f"'}}' at column {column} closes no blank.",
                    "remove it, add the '{' that opens the blank, or write '\\}' for a literal brace.",
                    column,
                )
            answers.append("".join(current))
            if literal:
                segments.append("".join(literal))
                literal = []
            segments.append(_finish_blank(answers, start))
            answers = None
        elif token == "|" and answers is not None:
            answers.append("".join(current))
            current = []
        else:
            (current if answers is not None else literal).append(token)
    if answers is not None:
        raise BlankSyntaxError(
            f"'{{' at column {start} is never closed.",
            "close the blank with '}', or write '\\{' for a literal brace.",
            start,
        )
    if literal:
        segments.append("".join(literal))
    return segments


# Texts made mostly of the characters the blank syntax cares about, so that errors are common.
blank_texts = st.text(alphabet="ab {}|\\ ", max_size=16) | st.text(max_size=12)


def _outcome(parse, text: str):
    try:
        return parse(text)
    except BlankSyntaxError as error:
        return ("error", error.message, error.fix, error.column)


@pytest.mark.slow
@settings(max_examples=800, deadline=None)
@given(text=blank_texts)
def test_blank_parser_agrees_with_the_token_parser(text):
    assert _outcome(parse_blanks, text) == _outcome(_parse_tokens, text)


@pytest.mark.parametrize("text", ["{a} b", "x {b|c} y {d}", "a | b {c}", "{a}{b}", "no blank", "", "{ }", "{a||b}",
                                  "{a", "a}", "{a{b}}", "{a} } {b}", "a \\{ b", "\\", "{a\\|b}", "x\\y {z}"])
def test_blank_parser_examples(text):
    assert _outcome(parse_blanks, text) == _outcome(_parse_tokens, text)


def test_plain_texts_parse_as_the_token_parser_does():
    rng = random.Random(5)
    for _ in range(200):
        words = [rng.choice(["the", "crew", "{Yuri Gagarin}", "{ISS|International Space Station}", "|", "flew"])
                 for _ in range(rng.randint(1, 8))]
        text = " ".join(words)
        assert parse_blanks(text) == _parse_tokens(text)


def _normalize_by_regex(text: str) -> str:
    """What `normalize` did for ASCII text before its translate-table fast path."""
    return re.sub(r"[^\w]+", " ", text.lower()).replace("_", " ").strip()


@settings(max_examples=800, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127), max_size=30)
       | st.text(alphabet="aB1_ -.,\t\n!", max_size=30))
@pytest.mark.slow
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


_PHRASES = (("south africa", "ZA"), ("africa", "AF"), ("guinea", "GN"), ("papua new guinea", "PG"),
            ("new", "NEW"), ("a  b", "DOUBLE"), ("x", "X"))
_WORDS = ["south", "africa", "papua", "new", "guinea", "a", "b", "x", "", "xx", "the"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=9), st.sampled_from(["", " ", "  "]))
def test_phrase_index_finds_what_substring_search_finds(words, edge):
    from quizgen.core.gazetteer import PhraseIndex

    text = edge + " ".join(words) + edge
    expected = {value for phrase, value in _PHRASES if f" {phrase} " in f" {text} "}
    assert PhraseIndex(lambda: _PHRASES).found(text) == expected


def test_countries_in_reads_names_and_demonyms():
    from quizgen.core.gazetteer import countries_in

    stem = "the greek colony of qqq in south africa near papua new guinea"
    # whole words wherever they stand, as a search for " guinea " reads "papua new guinea" too
    assert countries_in(stem) == {"ZA", "PG", "GN"}
    assert countries_in(stem, demonyms=True) == {"ZA", "PG", "GN", "GR"}
    assert countries_in("") == frozenset()


# Patterns that open with a lookahead naming the characters a match can begin with: without it (the oracle) they
# must match alike. The texts are made of the pattern's own words and numbers, so a word added to a pattern whose
# first letter the lookahead lacks fails here.
def _guarded_patterns() -> list[re.Pattern[str]]:
    from quizgen.core import distractors, plan

    return [distractors._ERA_YEARS, plan._NUMBER_TOKEN]


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    guard = re.match(r"\(\?=\[[^\]]+\]\)\(\?:", pattern.pattern)
    assert guard is not None and pattern.pattern.endswith(")"), pattern.pattern
    return re.compile(pattern.pattern[guard.end():-1], pattern.flags)


_ODD_LETTERS = ["ſ", "K", "İ", "ı", "١٢٣", "Ａ", "É"]  # letters and digits whose case or class is not ASCII's


@pytest.mark.parametrize("index", range(2))
def test_a_guarded_pattern_finds_what_it_finds_unguarded(index: int) -> None:
    pattern = _guarded_patterns()[index]
    plain = _unguarded(pattern)
    words = sorted(set(re.findall(r"[A-Za-z]+", pattern.pattern))) + ["12,000", "1453", "800", "79", "5", "4.2",
                                                                       "13th", "-", "/", ",", ".", "%"]
    words += [w.upper() for w in words] + [w.capitalize() for w in words] + _ODD_LETTERS
    rng = random.Random(index)
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", "  ", "\n"]) for _ in range(rng.randint(1, 9)))
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)], text


def test_the_century_guard_never_hides_a_century() -> None:
    from quizgen.core import distractors

    rng = random.Random(5)
    words = ["early", "mid", "late", "in", "the", "13th", "5th", "21st", "century", "CENTURY", "Century", "BC", "-",
             " ", "centurY", *_ODD_LETTERS]
    for _ in range(4000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", "-"]) for _ in range(rng.randint(1, 7)))
        if distractors._CENTURY.search(text):
            assert distractors._CENTURY_WORD.search(text), text


def test_fact_years_reads_eras_and_centuries():
    from quizgen.core.categories import PRESENT
    from quizgen.core.distractors import fact_years

    assert fact_years("Built in 800 and burnt in the late 13th century, 2,000 years ago; Caesar died in 44 BC.") == \
        [1261, 1300, 800, PRESENT - 2000, -44]
