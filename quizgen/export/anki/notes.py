"""Anki notes from quizgen decks and cards: fields (escaped HTML), GUIDs, tags, deck ids and media.

Identity never depends on wording: a note's GUID comes from the deck id and fact id (plus blank
for MCQ notes), and a deck's Anki id from the quizgen deck id, so an edited deck re-imported into
Anki updates the same notes in place.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.core.containment import Refused, read_image
from quizgen.core.links import link_target
from quizgen.core.model import Blank, Card, CardKind, Deck, Fact
from quizgen.core.problems import InputError, Problem
from quizgen.core.text import normalize

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


# Every pair of base91 digits, indexed by its value (below 91**2): five lookups spell a 64-bit
# number, where a digit-by-digit loop needs up to ten divisions.
_BASE91_PAIRS = tuple(high + low for high in _BASE91 for low in _BASE91)
_PAIR_BASE = len(_BASE91_PAIRS)


def _base91(value: int) -> str:
    """`value` (0 <= value < 2**64) in base91, most significant digit first, without leading zeros."""
    value, fifth = divmod(value, _PAIR_BASE)
    value, fourth = divmod(value, _PAIR_BASE)
    value, third = divmod(value, _PAIR_BASE)
    first, second = divmod(value, _PAIR_BASE)  # first < 91**2 because 91**10 > 2**64
    pairs = _BASE91_PAIRS
    digits = pairs[first] + pairs[second] + pairs[third] + pairs[fourth] + pairs[fifth]
    return digits.lstrip(_BASE91[0]) or _BASE91[0]


def _key_guid(key: str) -> str:
    # The GUID of identity parts already joined by "\x1f" behind the "quizgen" prefix.
    return _base91(int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big"))


def note_guid(*parts: object) -> str:
    """A GUID in Anki's base91 alphabet from stable identity parts (never from field content).

    These GUIDs are the notes' identities in users' Anki collections: the hash input and the
    encoding must never change (tests pin them against fixed values and a reference version).
    """
    return _key_guid("\x1f".join(["quizgen", *map(str, parts)]))


def cloze_guid(deck_id: str, fact_id: str) -> str:
    # One cloze note spans all blanks of a fact. Same key as note_guid(deck_id, fact_id, "cloze").
    return _key_guid(f"quizgen\x1f{deck_id}\x1f{fact_id}\x1fcloze")


def mcq_guid(deck_id: str, fact_id: str, blank: int) -> str:
    # Same key as note_guid(deck_id, fact_id, blank, "mcq").
    return _key_guid(f"quizgen\x1f{deck_id}\x1f{fact_id}\x1f{blank}\x1fmcq")


_COLONS = re.compile(r"::+")


def anki_deck_name(deck: Deck, parent: str | None) -> str:
    # "::" separates levels in Anki deck names: a title containing it (or ":::") must not nest by accident.
    title = _COLONS.sub(":", deck.title)
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
    #: What the note fields cannot hold (ids, alternatives, types, pools...), written to the package
    #: as `quizgen.json` so that `quizgen import` gives back the deck (see importers.anki.roundtrip).
    roundtrip: dict = field(default_factory=dict)


def roundtrip_record(decks: Sequence[Deck], deck_names: Sequence[str], cards: Sequence[Card],
                     guids: Mapping[tuple[str, ...], str] | None = None) -> dict:
    """Each deck's identity, sources and pools, and each fact as its deck syntax, by cloze GUID.
    `guids`: GUIDs already made, by (deck, fact) for a cloze note and (deck, fact, blank) for an MCQ
    note (`plan_export`'s; any other is made here)."""
    guids = guids or {}
    facts: dict[str, dict] = {}
    for deck in decks:
        for fact in deck.facts:
            types = [b.type.value for b in fact.blanks] if any(b.type_declared for b in fact.blanks) else []
            guid = guids.get((deck.id, fact.id)) or cloze_guid(deck.id, fact.id)
            facts[guid] = {
                "deck": deck.id, "fact": fact.id, "text": fact.text, "ask": fact.ask, "type": types,
                "distractors": list(fact.distractors), "source": list(fact.sources), "quote": list(fact.quote),
            }
    mcq = {guids.get((c.deck, c.fact, c.blank)) or mcq_guid(c.deck, c.fact, c.blank): [c.deck, c.fact, c.blank]
           for c in cards if c.kind is CardKind.MCQ}
    deck_records = [{
        "id": deck.id, "title": deck.title, "name": name, "description": deck.description,
        "sources": {key: {"title": s.title, "url": s.url} for key, s in deck.sources.items()},
        "pools": {t.value: list(values) for t, values in deck.pools.items()},
    } for deck, name in zip(decks, deck_names)]
    return {"format": 1, "decks": deck_records, "facts": facts, "mcq": mcq}


def read_media(decks: Sequence[Deck]) -> dict[Path, MediaFile]:
    """Read every fact image up front, checked again (`quizgen.core.containment`); a missing,
    unreadable or refused one is an InputError (nothing written yet)."""
    media: dict[Path, MediaFile] = {}
    problems: list[Problem] = []
    for deck in decks:
        for fact in deck.facts:
            if fact.image is None or fact.image in media:
                continue
            where = (deck.path, fact.line or None, f"facts[{fact.id}].image")
            try:
                data, suffix = read_image(fact.image)
            except Refused as refused:
                problems.append(Problem(*where, refused.message, refused.fix))
                continue
            except OSError as error:
                reason = error.strerror or str(error)
                problems.append(Problem(*where, f"cannot read image '{fact.image}': {reason}.",
                                        "check that the file exists and is readable; the path is relative "
                                        "to the deck file's folder."))
                continue
            digest = hashlib.sha256(data).hexdigest()[:12]
            media[fact.image] = MediaFile(f"quizgen-{digest}{suffix}", data)
    if problems:
        raise InputError(problems)
    return media


def _sources_html(deck: Deck, fact: Fact) -> str:
    parts = []
    for key in fact.sources:
        source = deck.sources.get(key)
        label = source.title if source is not None and source.title else key
        href = link_target(source.url) if source is not None and source.url else None
        if href is not None:
            parts.append(f'<a href="{html.escape(href, quote=True)}">{text_html(label)}</a>')
        elif source is not None and source.url:  # javascript:, data:, file:...: shown, never a link
            parts.append(f"{text_html(label)} ({text_html(source.url)})")
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


class _HtmlMemo(dict[str, str]):
    """`text_html` with a memory, for texts that repeat across many notes (MCQ options)."""

    def __missing__(self, text: str) -> str:
        escaped = self[text] = text_html(text)
        return escaped


def choices_html(options: Sequence[str], escape: Callable[[str], str] = text_html) -> str:
    return '<ol class="qg-choice-list">' + "".join(f"<li>{escape(o)}</li>" for o in options) + "</ol>"


def with_new_card_positions(notes: Sequence[NoteSpec], start: int) -> list[NoteSpec]:
    """One deck's notes, in the same order, with their new-card positions from `start`: every MCQ
    of the deck before any cloze, each kind in fact order.

    Anki introduces new cards by position and buries siblings only within one note. A fact's cloze
    and MCQ are separate notes (their GUIDs and note types must not change, or re-imports would
    duplicate them), so quizgen's rule (a fact's MCQ first, its cloze on a later day) is kept by
    position: a fact's cloze comes after every MCQ of its deck. Anki's importer keeps the position a
    package gives a new card (docs/anki.md), for notes new to the collection.
    """
    ranked = [note for note in notes if note.notetype == "mcq"] + [note for note in notes if note.notetype != "mcq"]
    position = {note.guid: start + rank for rank, note in enumerate(ranked)}
    # Made anew, not `dataclasses.replace` (a third of its cost, on every note of the package).
    return [NoteSpec(note.guid, note.notetype, note.fields, note.tags, note.deck_id, note.card_ids,
                     position[note.guid]) for note in notes]


def plan_export(decks: Sequence[Deck], cards: Sequence[Card], parent: str | None) -> ExportPlan:
    """Everything the package will hold, in a deterministic order (deck order, fact order, blank order)."""
    media = read_media(decks)
    by_fact: dict[tuple[str, str], list[Card]] = {}
    for card in cards:
        by_fact.setdefault((card.deck, card.fact), []).append(card)
    # MCQ options are drawn from a few answer pools, so the same few thousand strings fill
    # hundreds of thousands of choices: escape each once.
    option_html = _HtmlMemo().__getitem__
    deck_specs: list[DeckSpec] = []
    notes: list[NoteSpec] = []
    guids: dict[tuple[str, ...], str] = {}  # made once, for the notes and the round-trip record
    for deck in decks:
        deck_anki_id = anki_deck_id(deck.id)
        deck_specs.append(DeckSpec(deck_anki_id, anki_deck_name(deck, parent), text_html(deck.description or "")))
        tags_of: dict[tuple[str, ...], tuple[str, ...]] = {}
        sources_of: dict[tuple[str, ...], str] = {}
        deck_notes: list[NoteSpec] = []  # in fact order: each fact's cloze note, then its MCQ notes
        for fact in deck.facts:
            fact_cards = by_fact.get((deck.id, fact.id), [])
            tags = tags_of.get(fact.tags)
            if tags is None:
                tags = tags_of[fact.tags] = tuple(anki_tags(deck, fact))
            source = sources_of.get(fact.sources)
            if source is None:
                source = sources_of[fact.sources] = _sources_html(deck, fact)
            extra = text_html(fact.note or "")
            image = _image_html(fact, media)
            guids[deck.id, fact.id] = fact_guid = cloze_guid(deck.id, fact.id)
            cloze_cards = {c.blank: c for c in fact_cards if c.kind is CardKind.CLOZE}
            numbers = _cloze_numbers(fact, set(cloze_cards))
            if numbers:
                card_ids = {n - 1: cloze_cards[n].id for n in sorted(set(numbers.values()))}
                # Fields in CLOZE_FIELDS order: Text, Extra, Source, Image.
                fields = (cloze_text(fact, numbers), extra, source, image)
                deck_notes.append(NoteSpec(fact_guid, "cloze", fields, tags, deck_anki_id,
                                           card_ids, 0))
            full_text = None
            for card in fact_cards:
                if card.kind is not CardKind.MCQ or not card.options or card.answer_index is None:
                    continue
                if full_text is None:
                    full_text = text_html(fact.full_text)
                # Fields in MCQ_FIELDS order: Question, Choices, Answer, Text, Extra, Source, Image.
                fields = (text_html(card.prompt), choices_html(card.options, option_html),
                          option_html(card.options[card.answer_index]), full_text, extra, source, image)
                guids[deck.id, fact.id, card.blank] = guid = mcq_guid(deck.id, fact.id, card.blank)
                deck_notes.append(NoteSpec(guid, "mcq", fields, tags, deck_anki_id, {0: card.id}, 0))
        notes.extend(with_new_card_positions(deck_notes, start=len(notes)))
    ordered_media = tuple(sorted(media.values(), key=lambda m: m.name))
    unique_media = tuple({m.name: m for m in ordered_media}.values())
    roundtrip = roundtrip_record(decks, [spec.name for spec in deck_specs], cards, guids)
    return ExportPlan(tuple(deck_specs), tuple(notes), unique_media, roundtrip)
