"""`quizgen cards --json` writes each card as `json.dumps(card_dict(card), ensure_ascii=False)` would:
its field-by-field writer (the package's one encoder) is checked against the json module, character
for character. `card_dict` is the contract of the README spelled out as a dict: the readable oracle."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from helpers import write_deck
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.cli import main
from quizgen.commands.cards import json_line, write_json
from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import AnswerType, Card, CardKind


def card_dict(card: Card) -> dict[str, Any]:
    """The documented JSON contract of `quizgen cards --json` (see README), field by field."""
    data: dict[str, Any] = {
        "id": card.id, "deck": card.deck, "fact": card.fact, "blank": card.blank, "kind": card.kind.value,
        "type": card.type.value, "prompt": card.prompt, "answer": card.answer, "accept": list(card.accept),
        "text": card.full_text, "sources": list(card.sources), "tags": list(card.tags), "note": card.note,
    }
    if card.kind is CardKind.MCQ:
        data["options"] = list(card.options or ())
        data["answer_index"] = card.answer_index
    return data


def _reference(cards: list[Card]) -> str:
    """The array as json.dumps writes it: one object per line."""
    lines = ",\n".join(json.dumps(card_dict(c), ensure_ascii=False) for c in cards)
    return f"[\n{lines}\n]\n" if cards else "[\n]\n"


def test_bundled_deck_lines_match_json_dumps(repo_root: Path):
    cards = generate_cards(load_decks([repo_root / "quizgen" / "bundled" / "decks"], with_warnings=False).decks, seed=1)
    assert {c.kind for c in cards} == {CardKind.MCQ, CardKind.CLOZE}
    for card in cards:
        assert json_line(card) == json.dumps(card_dict(card), ensure_ascii=False)


def test_command_output_matches_json_dumps(tmp_path: Path, capsys):
    # Quotes, backslashes, control characters, accents and emoji; notes present and absent; alternatives.
    path = write_deck(tmp_path, {"title": "T", "id": "d", "sources": {"s": {"title": "Src"}}, "facts": [
        {"id": "q", "text": 'She said "{Yúlia Peresild}" \\ left\tearly 🚀.', "note": "Line one\nline two",
         "source": "s", "tags": ["space travel", "ünï"], "distractors": ["Klim Shipenko", "Anton Shkaplerov"]},
        {"id": "n", "text": "{International Space Station|ISS} orbits {every 90 minutes}."},
        {"id": "y", "text": "It flew in {2021}.", "ask": "When did it fly?"},
    ]})
    cards = generate_cards(load_decks([path]).decks)
    assert main(["cards", "--json", str(path)]) == 0
    assert capsys.readouterr().out == _reference(cards)
    assert main(["cards", "--json", "--kind", "mcq", str(path)]) == 0
    assert capsys.readouterr().out == _reference([c for c in cards if c.kind is CardKind.MCQ])


def test_more_cards_than_one_write_and_no_cards():
    card = Card(id="d:f:1:cloze", deck="d", fact="f", blank=1, kind=CardKind.CLOZE, type=AnswerType.TERM,
                prompt="____ x", answer="a", accept=("a",), full_text="a x")
    for cards in ([card] * 2345, [card], []):
        out = io.StringIO()
        write_json(cards, out)
        assert out.getvalue() == _reference(cards)
        assert json.loads(out.getvalue()) == [card_dict(c) for c in cards]


_TEXT = st.text(max_size=12)


@settings(max_examples=200, deadline=None)
@given(kind=st.sampled_from(CardKind), answer_type=st.sampled_from(AnswerType), texts=st.lists(_TEXT, min_size=6,
       max_size=6), blank=st.integers(0, 10**12), lists=st.lists(st.lists(_TEXT, max_size=3).map(tuple), min_size=4,
       max_size=4), note=st.none() | _TEXT, answer_index=st.none() | st.integers(0, 9))
def test_any_card_line_matches_json_dumps(kind, answer_type, texts, blank, lists, note, answer_index):
    options = lists[3] if kind is CardKind.MCQ and lists[3] else None
    card = Card(id=texts[0], deck=texts[1], fact=texts[2], blank=blank, kind=kind, type=answer_type,
                prompt=texts[3], answer=texts[4], accept=lists[0], full_text=texts[5], sources=lists[1],
                tags=lists[2], note=note, options=options, answer_index=answer_index)
    assert json_line(card) == json.dumps(card_dict(card), ensure_ascii=False)


@settings(max_examples=100, deadline=None)
@given(tails=st.lists(st.tuples(_TEXT, st.lists(_TEXT, max_size=2).map(tuple), st.lists(_TEXT, max_size=2).map(tuple),
                                st.none() | _TEXT), min_size=1, max_size=3),
       picks=st.lists(st.integers(0, 2), max_size=8))
def test_cards_sharing_fact_fields_or_not(tails, picks):
    # Cards of one fact share its text, sources, tags and note objects; others may have equal values.
    cards = []
    for number, pick in enumerate(picks):
        text, sources, tags, note = tails[pick % len(tails)]
        cards.append(Card(id=f"d:f{pick}:{number}:cloze", deck="d", fact=f"f{pick}", blank=1, kind=CardKind.CLOZE,
                          type=AnswerType.TERM, prompt="____", answer="a", accept=("a",), full_text=text,
                          sources=sources, tags=tags, note=note))
    out = io.StringIO()
    write_json(cards, out)
    assert out.getvalue() == _reference(cards)
