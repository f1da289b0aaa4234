"""Anki packages (.apkg, .colpkg) as quizgen decks.

- Cloze notes: each `{{cN::answer::hint}}` becomes a blank (hints and shared numbers are noted
  for the curator); the note type's extra field becomes the fact's `note`.
- Other note types: each card's template says which field it asks and which it answers
  (`{{Front}}` ... `{{Back}}`), so Basic gives one fact with an `ask`, Basic-and-reversed a
  second, reversed fact (`<id>-reverse`); a template that names no field falls back to the first
  two fields. Fields no card uses are reported.
- Notes of quizgen's own note types come back as the facts they were made from (see
  `roundtrip`): MCQ notes give back the fact's `ask` and distractors.
- Fact ids come from note GUIDs, so importing the same package again gives the same ids.
- Images (`<img>`) are copied beside the deck (`image:`, the first one of a note); sounds are
  dropped and counted; HTML becomes plain text (html_text).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from quizgen.core.containment import LIMITS, FileKind, image_type
from quizgen.importers import ImportOptions
from quizgen.importers.anki.package import AnkiCard, AnkiCollection, AnkiNote, NoteType, cloze_card_map, open_package
from quizgen.importers.anki.roundtrip import QuizgenNotes
from quizgen.importers.cloze import parse_cloze, shared_number_hint
from quizgen.importers.html_text import html_to_text
from quizgen.importers.model import (
    Imported,
    ImportedDeck,
    ImportedFact,
    ImportedSource,
    Media,
    Skipped,
    blank,
    fact_from_question,
    stable_id,
)

_FIELD_REF = re.compile(r"\{\{([^#/^{}][^{}]*)\}\}")
_SPECIAL = frozenset({"FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag", "CardID"})
_EXTRA_NAMES = ("back extra", "extra", "notes", "note")


def read(path: Path, options: ImportOptions, kind: str) -> Imported:
    collection = open_package(path)
    try:
        converter = _Converter(collection)
        decks = converter.convert()
    finally:
        collection.archive.close()
    kind_name = "Anki collection package" if path.suffix.lower() == ".colpkg" else "Anki package"
    return Imported(path, kind_name, decks, converter.skipped, history=converter.history_source())


def template_fields(template: str, names: tuple[str, ...]) -> list[str]:
    """The note fields a card template shows, in order (filters like `type:` and `cloze:` dropped)."""
    found = []
    for match in _FIELD_REF.finditer(template):
        name = match.group(1).strip().split(":")[-1].strip()
        if name in names and name not in _SPECIAL and name not in found:
            found.append(name)
    return found


@dataclass
class _Converter:
    collection: AnkiCollection
    skipped: list[Skipped] = field(default_factory=list)
    unused: Counter = field(default_factory=Counter)  # (note type, field) -> notes
    sounds: int = 0
    sources: dict = field(default_factory=dict)  # deck path -> {key: ImportedSource} (quizgen notes)

    def convert(self) -> list[ImportedDeck]:
        col = self.collection
        cards_of: dict[int, list[AnkiCard]] = {}
        for card in col.cards:
            cards_of.setdefault(card.note_id, []).append(card)
        quizgen = QuizgenNotes(col, cards_of)
        by_deck: dict[tuple[str, ...], list[ImportedFact]] = {}
        for note in col.notes:
            notetype = col.notetypes.get(note.notetype_id)
            cards = cards_of.get(note.id, [])
            deck_path = col.decks.get(cards[0].deck_id, ("Default",)) if cards else ("Default",)
            where = f"note {note.id} ({notetype.name if notetype else 'unknown note type'})"
            if notetype is None:
                self.skipped.append(Skipped(where, "its note type is missing from the package"))
                continue
            if quizgen.handles(note):
                facts = quizgen.facts(note, cards, where, self)
            elif notetype.is_cloze:
                facts = self.cloze_facts(note, notetype, cards, where)
            else:
                facts = self.card_facts(note, notetype, cards, where)
            by_deck.setdefault(deck_path, []).extend(facts)
        for (notetype_name, field_name), count in sorted(self.unused.items()):
            self.skipped.append(Skipped(f"note type '{notetype_name}'",
                                        f"field '{field_name}' is on no card's question or answer and was not "
                                        f"imported ({count} notes)"))
        if self.sounds:
            self.skipped.append(Skipped("sounds", f"{self.sounds} [sound:...] reference(s) dropped: quizgen cards "
                                        "show text and images only"))
        self.skipped += quizgen.leftover_mcqs()
        decks = []
        for deck_path in sorted(by_deck):
            facts = tuple(by_deck[deck_path])
            if not facts:
                continue
            record = quizgen.deck_record(deck_path)
            sources = dict(self.sources.get(deck_path, {}))
            for key, value in (record.get("sources") or {}).items():
                sources[key] = ImportedSource(key, value.get("title"), value.get("url"))
            decks.append(ImportedDeck(deck_path, str(record.get("title") or deck_path[-1]), facts,
                                      description=record.get("description") or None, id=quizgen.deck_id(deck_path),
                                      sources=tuple(sources.values()),
                                      pools={k: tuple(v) for k, v in (record.get("pools") or {}).items()}))
        return decks

    # --- helpers shared by the note kinds ------------------------------------------------------

    def text_of(self, html: str) -> tuple[str, tuple[str, ...]]:
        converted = html_to_text(html)
        self.sounds += converted.sounds
        return converted.text, converted.images

    def image(self, names: list[str], where: str, hints: list[str]) -> Media | None:
        for name in names:
            data = self.collection.media_bytes(name)
            if data is None:
                hints.append(f"image '{name}' is not in the package")
                continue
            if image_type(data) is None or len(data) > LIMITS[FileKind.IMAGE]:
                hints.append(f"image '{name}' was left out: a deck's images are PNG, JPEG, GIF or WebP of at "
                             f"most {LIMITS[FileKind.IMAGE] // 1_000_000} MB (see docs/safety.md)")
                continue
            if len(names) > 1:
                hints.append(f"the note shows {len(names)} images; only '{name}' was kept")
            return Media(Path(name).name, data)
        return None

    def note_unused(self, notetype: NoteType, used: set[str], note: AnkiNote) -> None:
        for name, value in zip(notetype.fields, note.fields):
            if name not in used and value.strip():
                self.unused[(notetype.name, name)] += 1

    # --- cloze notes ---------------------------------------------------------------------------

    def cloze_facts(self, note: AnkiNote, notetype: NoteType, cards: list[AnkiCard], where: str) -> list[ImportedFact]:
        fields = dict(zip(notetype.fields, note.fields))
        referenced = [name for q, _ in notetype.templates[:1] for name in re.findall(r"\{\{cloze:([^}]+)\}\}", q)]
        cloze_field = referenced[0].strip() if referenced else (notetype.fields[0] if notetype.fields else "")
        raw = fields.get(cloze_field, "")
        if "image-occlusion:" in raw or "image occlusion" in notetype.name.lower():
            self.skipped.append(Skipped(where, "image occlusion: quizgen blanks are words, not regions of an image"))
            return []
        _, images = self.text_of(raw)
        cloze = parse_cloze(raw, html=True)
        if not cloze.numbers:
            self.skipped.append(Skipped(where, "a cloze note with no {{c1::...}} deletion"))
            return []
        extra_name = next((n for n in notetype.fields if n.lower() in _EXTRA_NAMES and n != cloze_field), None)
        note_text = None
        if extra_name:
            note_text, extra_images = self.text_of(fields.get(extra_name, ""))
            images = (*images, *extra_images)
        self.note_unused(notetype, {cloze_field, *(extra_name,) * bool(extra_name)}, note)
        hints = list(cloze.hints)
        shared = shared_number_hint(cloze)
        if shared:
            hints.append(shared)
        if cloze.nested:
            hints.append("nested clozes were flattened: the inner answers are plain text here")
        image = self.image(list(images), where, hints)
        card_map = cloze_card_map(cloze.numbers, cards)
        return [ImportedFact(id=stable_id("anki", note.guid), text=cloze.text, tags=note.tags, note=note_text or None,
                             image=image, origin=where, hints=tuple(hints), cards=card_map)]

    # --- front/back notes ----------------------------------------------------------------------

    def card_facts(self, note: AnkiNote, notetype: NoteType, cards: list[AnkiCard], where: str) -> list[ImportedFact]:
        fields = dict(zip(notetype.fields, note.fields))
        base_id = stable_id("anki", note.guid)
        sides = self.template_sides(notetype)
        ordinals = [card.ordinal for card in cards] or [0]
        facts = []
        used: set[str] = set()
        for ordinal in dict.fromkeys(ordinals):
            question_field, answer_field = sides.get(ordinal, sides.get(0, (None, None)))
            if question_field is None or answer_field is None:
                continue
            used |= {question_field, answer_field}
            if ordinal == 0:
                fact_id = base_id
            elif sides.get(0) == (answer_field, question_field):
                fact_id = f"{base_id}-reverse"
            else:
                fact_id = f"{base_id}-card{ordinal + 1}"
            fact = self.question_fact(fact_id, fields.get(question_field, ""), fields.get(answer_field, ""), note,
                                      f"{where}, card {ordinal + 1}" if ordinal else where)
            if fact is not None:
                card_map = {card.id: "1:cloze" for card in cards if card.ordinal == ordinal}
                facts.append(replace(fact, cards=card_map))
        self.note_unused(notetype, used, note)
        return facts

    def template_sides(self, notetype: NoteType) -> dict[int, tuple[str | None, str | None]]:
        """Card ordinal -> (question field, answer field), read from the templates; the first two
        fields when a template names none."""
        sides: dict[int, tuple[str | None, str | None]] = {}
        for ordinal, (question, answer) in enumerate(notetype.templates):
            asked = template_fields(question, notetype.fields)
            answered = [name for name in template_fields(answer, notetype.fields) if name not in asked]
            if asked and answered:
                sides[ordinal] = (asked[0], answered[0])
        if not sides and len(notetype.fields) >= 2:
            sides[0] = (notetype.fields[0], notetype.fields[1])
        return sides

    def question_fact(self, fact_id: str, question_html: str, answer_html: str, note: AnkiNote,
                      where: str) -> ImportedFact | None:
        question, question_images = self.text_of(question_html)
        answer, answer_images = self.text_of(answer_html)
        hints: list[str] = []
        if not answer:
            self.skipped.append(Skipped(where, "the answer is empty once HTML is removed (an image or sound only)"))
            return None
        if "\n" in answer:
            hints.append("the answer had several lines; they are joined into one blank")
        if len(answer) > 120:
            hints.append("a long answer: consider splitting the fact, or typing it will be hard")
        image = self.image([*question_images, *answer_images], where, hints)
        if image is not None and not question_images:
            hints.append("the image was on the answer side in Anki; quizgen shows it with the question")
        if not question:
            if image is None:
                self.skipped.append(Skipped(where, "the question is empty once HTML is removed"))
                return None
            hints.append("the question was only an image")
            text, ask = blank(answer), None
        else:
            text, ask = fact_from_question(question, blank(answer))
        return ImportedFact(id=fact_id, text=text, ask=ask, tags=note.tags, image=image, origin=where,
                            hints=tuple(hints))

    def history_source(self) -> AnkiCollection | None:
        return self.collection if self.collection.reviews else None

