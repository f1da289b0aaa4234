"""Notes of quizgen's own note types (`quizgen Cloze`, `quizgen MCQ`) back into the facts they came from.

A package quizgen exported carries `quizgen.json` (written by export.anki.package, ignored by
Anki): each deck's id, title, sources and pools, and each fact's deck-syntax text, `ask`, types,
distractors, sources and quote, keyed by the cloze note's GUID. A note whose fields still say
what that record says (same full text) comes back exactly as the fact; an edited note (or a
package Anki re-exported, which drops the file) is read from its fields: the cloze text, the
`Extra` note, the `Source` titles and links, the `Image`, and from its MCQ notes the `ask` and
the options other than the answer as `distractors`. Ids then come from the deck-id tag and the
GUIDs: the deck id is the tag whose quizgen Anki deck id is the note's deck, and the fact id is
recovered when the GUID is that of a derived id, else made from the GUID.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.core.blanks import BlankSyntaxError, RawBlank, parse_blanks
from quizgen.core.text import slugify
from quizgen.export.anki.notes import anki_deck_id, cloze_guid
from quizgen.export.anki.notetypes import CLOZE_FIELDS, CLOZE_NOTETYPE_ID, MCQ_FIELDS, MCQ_NOTETYPE_ID
from quizgen.importers.anki.package import AnkiCard, AnkiCollection, AnkiNote, cloze_card_map
from quizgen.importers.cloze import parse_cloze
from quizgen.importers.html_text import html_to_text
from quizgen.importers.model import ImportedFact, ImportedSource, Skipped, stable_id

if TYPE_CHECKING:
    from quizgen.importers.anki import _Converter

_LINK = re.compile(r'^<a href="([^"]*)">(.*)</a>$', re.S)


@dataclass(frozen=True, slots=True)
class _Mcq:
    question: str
    choices: tuple[str, ...]
    answer: str
    card_ids: tuple[int, ...]
    blank: int | None  # from quizgen.json


def _plain(fact_text: str) -> str | None:
    """The full text of a deck-syntax fact text (None if it does not parse)."""
    try:
        segments = parse_blanks(fact_text)
    except BlankSyntaxError:
        return None
    return "".join(s.answers[0] if isinstance(s, RawBlank) else s for s in segments)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


class QuizgenNotes:
    def __init__(self, collection: AnkiCollection, cards_of: dict[int, list[AnkiCard]]) -> None:
        self.collection = collection
        extra = collection.extra if isinstance(collection.extra, dict) else {}
        self.facts_by_guid: dict = extra.get("facts", {}) if isinstance(extra.get("facts"), dict) else {}
        self.mcq_by_guid: dict = extra.get("mcq", {}) if isinstance(extra.get("mcq"), dict) else {}
        self.decks_by_name: dict[tuple[str, ...], dict] = {}
        for deck in extra.get("decks", []) if isinstance(extra.get("decks"), list) else []:
            if isinstance(deck, dict) and isinstance(deck.get("name"), str):
                self.decks_by_name[tuple(deck["name"].split("::"))] = deck
        self.detected_decks: dict[tuple[str, ...], str] = {}
        cloze_type = collection.notetypes.get(CLOZE_NOTETYPE_ID)
        mcq_type = collection.notetypes.get(MCQ_NOTETYPE_ID)
        self.cloze_ok = cloze_type is not None and cloze_type.fields == CLOZE_FIELDS
        self.mcq_ok = mcq_type is not None and mcq_type.fields == MCQ_FIELDS
        # MCQ notes by (deck, full text): read first, joined to their cloze note's fact below.
        self.mcqs: dict[tuple[int, str], list[_Mcq]] = {}
        self.mcq_used: set[int] = set()
        for note in collection.notes:
            if note.notetype_id != MCQ_NOTETYPE_ID or not self.mcq_ok:
                continue
            cards = cards_of.get(note.id, [])
            fields = dict(zip(MCQ_FIELDS, note.fields))
            full = html_to_text(fields["Text"]).text
            choices = tuple(item.strip() for item in html_to_text(fields["Choices"]).text.split("\n- ") if item.strip())
            choices = tuple(c[2:] if c.startswith("- ") else c for c in choices)
            mapped = self.mcq_by_guid.get(note.guid)
            deck = cards[0].deck_id if cards else 0
            self.mcqs.setdefault((deck, " ".join(full.split())), []).append(_Mcq(
                html_to_text(fields["Question"]).text, choices, html_to_text(fields["Answer"]).text,
                tuple(card.id for card in cards), int(mapped[2]) if isinstance(mapped, list) and len(mapped) == 3 else None))

    def handles(self, note: AnkiNote) -> bool:
        return (note.notetype_id == CLOZE_NOTETYPE_ID and self.cloze_ok) or \
            (note.notetype_id == MCQ_NOTETYPE_ID and self.mcq_ok)

    def deck_id(self, deck_path: tuple[str, ...]) -> str | None:
        deck = self.decks_by_name.get(deck_path)
        if deck is not None and isinstance(deck.get("id"), str):
            return deck["id"]
        return self.detected_decks.get(deck_path)

    def deck_record(self, deck_path: tuple[str, ...]) -> dict:
        return self.decks_by_name.get(deck_path, {})

    def facts(self, note: AnkiNote, cards: list[AnkiCard], where: str, converter: _Converter) -> list[ImportedFact]:
        if note.notetype_id == MCQ_NOTETYPE_ID:
            return []  # joined to the cloze note of its fact; leftovers are reported by `leftover_mcqs`
        col = self.collection
        fields = dict(zip(CLOZE_FIELDS, note.fields))
        deck = cards[0].deck_id if cards else 0
        deck_path = col.decks.get(deck, ("Default",))
        converter.text_of(fields["Text"])  # counts its sounds
        cloze = parse_cloze(fields["Text"], html=True)
        note_text, _ = converter.text_of(fields["Extra"])
        hints: list[str] = []
        image = converter.image(list(html_to_text(fields["Image"]).images), where, hints)
        mcqs = self.mcqs.get((deck, " ".join(cloze.plain.split())), [])
        for mcq in mcqs:
            self.mcq_used.add(id(mcq))
        record = self.facts_by_guid.get(note.guid)
        deck_record = self.deck_record(deck_path)
        tags = list(note.tags)
        deck_id = deck_record.get("id") if isinstance(deck_record.get("id"), str) else None
        if deck_id is None:
            deck_id = next((t for t in tags if anki_deck_id(t) == deck), None)
            if deck_id is not None:
                self.detected_decks.setdefault(deck_path, deck_id)
        if deck_id in tags:
            tags.remove(deck_id)
        if isinstance(record, dict) and _same(_plain(str(record.get("text", ""))) or "", cloze.plain):
            card_map = {card.id: f"{card.ordinal + 1}:cloze" for card in cards}
            for mcq in mcqs:
                if mcq.blank is not None:
                    card_map.update({cid: f"{mcq.blank}:mcq" for cid in mcq.card_ids})
            return [ImportedFact(
                id=str(record["fact"]), text=str(record["text"]), ask=record.get("ask") or None,
                distractors=tuple(record.get("distractors") or ()), tags=tuple(tags), note=note_text or None,
                image=image, types=tuple(record.get("type") or ()), sources=tuple(record.get("source") or ()),
                quote=tuple(record.get("quote") or ()), origin=where, cards=card_map)]
        # An edited note, or no quizgen.json: read the fields.
        fact_id = self._fact_id(deck_id, note.guid, cloze.answers)
        card_map = cloze_card_map(cloze.numbers, cards)
        ask, distractors = None, []
        for mcq in mcqs:
            index = next((i for i, a in enumerate(cloze.answers, start=1) if _same(a, mcq.answer)), None)
            if index is None:
                continue
            card_map.update({cid: f"{index}:mcq" for cid in mcq.card_ids})
            distractors += [c for c in mcq.choices if not _same(c, mcq.answer) and c not in distractors]
            if len(cloze.answers) == 1 and "____" not in mcq.question:
                ask = mcq.question
        sources = self._sources(fields["Source"])
        converter.sources.setdefault(deck_path, {}).update({s.key: s for s in sources})
        return [ImportedFact(id=fact_id, text=cloze.text, ask=ask, distractors=tuple(distractors), tags=tuple(tags),
                             note=note_text or None, image=image, sources=tuple(s.key for s in sources),
                             origin=where, hints=tuple(hints), cards=card_map)]

    def _fact_id(self, deck_id: str | None, guid: str, answers: tuple[str, ...]) -> str:
        if deck_id is not None:
            derived = slugify("-".join(answers), 40) or "fact"
            for candidate in (derived, *(f"{derived}-{n}" for n in range(2, 10))):
                if cloze_guid(deck_id, candidate) == guid:
                    return candidate
        return stable_id("anki", guid)

    def _sources(self, field_html: str) -> list[ImportedSource]:
        sources = []
        for part in field_html.split("; "):
            part = part.strip()
            if not part:
                continue
            match = _LINK.match(part)
            title = html_to_text(match.group(2) if match else part).text
            url = html.unescape(match.group(1)) if match else None
            key = slugify(title, 30) or f"source-{len(sources) + 1}"
            sources.append(ImportedSource(key, title, url))
        return sources

    def leftover_mcqs(self) -> list[Skipped]:
        left = [m for group in self.mcqs.values() for m in group if id(m) not in self.mcq_used]
        return [Skipped(f"quizgen MCQ '{m.question[:40]}'", "its cloze note is not in the package; import a "
                        "package with both note types") for m in left]
