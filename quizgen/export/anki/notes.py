"""Anki notes from quizgen decks and cards: fields (escaped HTML), GUIDs, tags, deck ids and media.

Identity never depends on wording: a note's GUID comes from the deck id and fact id (plus blank
for MCQ notes), and a deck's Anki id from the quizgen deck id, so an edited deck re-imported into
Anki updates the same notes in place.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from quizgen.core.model import Blank, Card, CardKind, Deck, Fact
from quizgen.core.problems import InputError, Problem
from quizgen.core.text import normalize
from quizgen.export.anki.notetypes import CLOZE_FIELDS, MCQ_FIELDS

# Anki's 64-bit ids are read by JavaScript clients too: keep derived ids below 2**53.
_ID_FLOOR = 1 << 31
_ID_SPAN = (1 << 52) - _ID_FLOOR

_BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"


def _hash_int(*parts: object) -> int:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def anki_deck_id(deck_id: str) -> int:
    """The fixed Anki deck id of a quizgen deck: the same on every export."""
    return _ID_FLOOR + _hash_int("quizgen-deck", deck_id) % _ID_SPAN


def note_guid(*parts: object) -> str:
    """A GUID in Anki's base91 alphabet from stable identity parts (never from field content)."""
    value = _hash_int("quizgen", *parts)
    chars = []
    while value:
        value, digit = divmod(value, len(_BASE91))
        chars.append(_BASE91[digit])
    return "".join(reversed(chars)) or _BASE91[0]


def cloze_guid(deck_id: str, fact_id: str) -> str:
    # One cloze note spans all blanks of a fact.
    return note_guid(deck_id, fact_id, "cloze")


def mcq_guid(deck_id: str, fact_id: str, blank: int) -> str:
    return note_guid(deck_id, fact_id, blank, "mcq")


def anki_deck_name(deck: Deck, parent: str | None) -> str:
    # "::" separates levels in Anki deck names: a title containing it must not nest by accident.
    title = deck.title.replace("::", ":")
    return f"{parent}::{title}" if parent else title


def anki_tags(deck: Deck, fact: Fact) -> list[str]:
    """The fact's tags and the deck id; Anki separates tags by spaces, so spaces become underscores."""
    tags: list[str] = []
    for tag in (*fact.tags, deck.id):
        cleaned = re.sub(r"\s+", "_", tag.strip())
        if cleaned and cleaned not in tags:
            tags.append(cleaned)
    return tags


def text_html(text: str) -> str:
    """Plain text as HTML that Anki shows literally and never reads as cloze syntax.

    Braces become character references (Anki looks for cloze markers in the raw field, so
    `{{c1::` typed in a fact stays text); line breaks become <br>.
    """
    escaped = html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")
    return escaped.replace("\r\n", "\n").replace("\n", "<br>")


def _cloze_answer_html(text: str) -> str:
    # Inside a cloze, "::" would start a hint: colons become references too.
    return text_html(text).replace(":", "&#58;")


@dataclass(frozen=True, slots=True)
class MediaFile:
    """An image packaged with the notes: `name` is what fields refer to, unique per content."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class NoteSpec:
    """One Anki note to write. `card_ids` maps each card ordinal to its quizgen card id."""

    guid: str
    notetype: str  # "cloze" or "mcq"
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    deck_id: int
    card_ids: dict[int, str]
    position: int


@dataclass(frozen=True, slots=True)
class DeckSpec:
    anki_id: int
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class ExportPlan:
    decks: tuple[DeckSpec, ...]
    notes: tuple[NoteSpec, ...]
    media: tuple[MediaFile, ...]


def read_media(decks: Sequence[Deck]) -> dict[Path, MediaFile]:
    """Read every fact image up front; a missing or unreadable one is an InputError (nothing written yet)."""
    media: dict[Path, MediaFile] = {}
    problems: list[Problem] = []
    for deck in decks:
        for fact in deck.facts:
            if fact.image is None or fact.image in media:
                continue
            try:
                data = fact.image.read_bytes()
            except OSError as error:
                reason = error.strerror or str(error)
                problems.append(Problem(deck.path, fact.line or None, f"facts[{fact.id}].image",
                                        f"cannot read image '{fact.image}': {reason}.",
                                        "check that the file exists and is readable; the path is relative "
                                        "to the deck file's folder."))
                continue
            digest = hashlib.sha256(data).hexdigest()[:12]
            suffix = re.sub(r"[^A-Za-z0-9.]", "", fact.image.suffix.lower())
            media[fact.image] = MediaFile(f"quizgen-{digest}{suffix}", data)
    if problems:
        raise InputError(problems)
    return media


def _sources_html(deck: Deck, fact: Fact) -> str:
    parts = []
    for key in fact.sources:
        source = deck.sources.get(key)
        label = source.title if source is not None and source.title else key
        if source is not None and source.url:
            parts.append(f'<a href="{html.escape(source.url, quote=True)}">{text_html(label)}</a>')
        else:
            parts.append(text_html(label))
    return "; ".join(parts)


def _image_html(fact: Fact, media: dict[Path, MediaFile]) -> str:
    if fact.image is None:
        return ""
    return f'<img src="{html.escape(media[fact.image].name, quote=True)}" alt="">'


def _cloze_numbers(fact: Fact, cloze_blanks: set[int]) -> dict[int, int]:
    """Blank index -> cloze number. Blanks with the same answer share one number (hidden together)."""
    numbers: dict[int, int] = {}
    leader_of: dict[str, int] = {}
    for blank in fact.blanks:
        leader = leader_of.setdefault(normalize(blank.answer), blank.index)
        if leader in cloze_blanks:
            numbers[blank.index] = leader
    return numbers


def cloze_text(fact: Fact, numbers: dict[int, int]) -> str:
    out = []
    for segment in fact.segments:
        if isinstance(segment, Blank):
            if segment.index in numbers:
                out.append(f"{{{{c{numbers[segment.index]}::{_cloze_answer_html(segment.answer)}}}}}")
            else:
                out.append(text_html(segment.answer))
        else:
            out.append(text_html(segment))
    return "".join(out)


def choices_html(options: Sequence[str]) -> str:
    return '<ol class="qg-choice-list">' + "".join(f"<li>{text_html(o)}</li>" for o in options) + "</ol>"


def plan_export(decks: Sequence[Deck], cards: Sequence[Card], parent: str | None) -> ExportPlan:
    """Everything the package will hold, in a deterministic order (deck order, fact order, blank order)."""
    media = read_media(decks)
    by_fact: dict[tuple[str, str], list[Card]] = {}
    for card in cards:
        by_fact.setdefault((card.deck, card.fact), []).append(card)
    deck_specs: list[DeckSpec] = []
    notes: list[NoteSpec] = []
    for deck in decks:
        deck_anki_id = anki_deck_id(deck.id)
        deck_specs.append(DeckSpec(deck_anki_id, anki_deck_name(deck, parent), text_html(deck.description or "")))
        for fact in deck.facts:
            fact_cards = by_fact.get((deck.id, fact.id), [])
            tags = tuple(anki_tags(deck, fact))
            extra = text_html(fact.note or "")
            source = _sources_html(deck, fact)
            image = _image_html(fact, media)
            cloze_cards = {c.blank: c for c in fact_cards if c.kind is CardKind.CLOZE}
            numbers = _cloze_numbers(fact, set(cloze_cards))
            if numbers:
                card_ids = {n - 1: cloze_cards[n].id for n in sorted(set(numbers.values()))}
                fields = dict(Text=cloze_text(fact, numbers), Extra=extra, Source=source, Image=image)
                notes.append(NoteSpec(cloze_guid(deck.id, fact.id), "cloze",
                                      tuple(fields[name] for name in CLOZE_FIELDS), tags, deck_anki_id,
                                      card_ids, len(notes)))
            for card in fact_cards:
                if card.kind is not CardKind.MCQ or not card.options or card.answer_index is None:
                    continue
                fields = dict(Question=text_html(card.prompt), Choices=choices_html(card.options),
                              Answer=text_html(card.options[card.answer_index]),
                              Text=text_html(fact.full_text), Extra=extra, Source=source, Image=image)
                notes.append(NoteSpec(mcq_guid(deck.id, fact.id, card.blank), "mcq",
                                      tuple(fields[name] for name in MCQ_FIELDS), tags, deck_anki_id,
                                      {0: card.id}, len(notes)))
    ordered_media = tuple(sorted(media.values(), key=lambda m: m.name))
    unique_media = tuple({m.name: m for m in ordered_media}.values())
    return ExportPlan(tuple(deck_specs), tuple(notes), unique_media)
