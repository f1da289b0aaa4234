"""The drafting pipeline: documents -> sentences -> candidate facts -> merged, ordered, named facts."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from quizgen.core import limits
from quizgen.core.model import AnswerType
from quizgen.core.text import normalize, slugify
from quizgen.draft.candidates import Candidate, ask_for, evaluation, fact_text, make_candidate, table_candidate, topic_names
from quizgen.draft.entities import Lexicon, Span, build_lexicon
from quizgen.draft.merge import STOPWORDS, Group, group_candidates, stems
from quizgen.draft.readers import Document, read_document
from quizgen.draft.sentences import Sentence, caption_paragraphs, cut_clauses, document_sentences, joins_previous, skip_reason

#: Words that say nothing about what a fact is about, left out of ids.
_ID_FILLER = frozenset(
    """part also well known including credited several larger bigger head heading going order
    later earlier year years this that time first ever only even back like able made make""".split()
)


#: Share of content words that makes a sentence a repeat of one the same document already gave.
REPEATED = 0.9

_NAME_TYPES = (AnswerType.PERSON, AnswerType.TITLE, AnswerType.ORGANIZATION, AnswerType.PLACE, AnswerType.TERM)


@dataclass(frozen=True, slots=True)
class SourceDoc:
    key: str
    document: Document


@dataclass(frozen=True, slots=True)
class DraftFact:
    id: str
    text: str
    types: tuple[AnswerType, ...]
    sources: tuple[str, ...]
    quotes: tuple[str, ...]
    ask: str | None = None
    note: str | None = None
    hints: tuple[str, ...] = ()  # comments for the curator, not part of the fact


@dataclass(frozen=True, slots=True)
class Skipped:
    source: str
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Draft:
    sources: tuple[SourceDoc, ...]
    facts: tuple[DraftFact, ...]
    skipped: tuple[Skipped, ...]
    sentences: int
    merged: int  # facts stated by more than one document, each merged into one

    @property
    def title(self) -> str:
        first = self.sources[0].document
        return first.title or first.path.stem


def draft(paths: Sequence[Path], max_chars: int = limits.DRAFT_CHARS) -> Draft:
    documents = [_read_bounded(path, max_chars) for path in paths]
    return draft_documents(documents)


def _read_bounded(path: Path, max_chars: int) -> Document:
    """A document, refused past `max_chars` characters of text (or a file too big to extract)."""
    limits.check_draft_file(path, max_chars)
    document = read_document(path)
    limits.check_draft_text(path, sum(map(len, document.paragraphs)), max_chars)
    return document


def draft_documents(documents: Sequence[Document]) -> Draft:
    sources = tuple(SourceDoc(key, doc) for key, doc in zip(source_keys(documents), documents))
    skipped: list[Skipped] = []
    firsts: dict[tuple[int, int], Sentence] = {}  # a joined sentence's first part, by (document, position)
    kept: list[list[Sentence]] = []
    table_lines: set[tuple[int, int]] = set()  # (document, position) of infobox lines kept as facts
    total = 0
    for index, source in enumerate(sources):
        captions = caption_paragraphs(source.document)
        kept.append([])
        seen: list[set[str]] = []  # the content words of each sentence kept so far
        joined: set[int] = set()  # positions of kept sentences that already took the one after them
        sentences = document_sentences(index, source.document)
        for position, sentence in enumerate(sentences):
            total += 1
            following = sentences[position + 1] if position + 1 < len(sentences) else None
            final = following is None or following.paragraph != sentence.paragraph
            if sentence.paragraph in source.document.tables:
                reason = None if table_candidate(sentence, Lexicon(), None) else "table or infobox line"
                if reason is None:
                    table_lines.add((index, sentence.position))
            elif sentence.paragraph in captions:
                reason = "photo caption or credit"
            elif sentence.paragraph in source.document.headings:
                reason = "headline"
            else:
                reason = skip_reason(sentence.text, final=final, ends_document=following is None)
                if reason and following is None and not re.search(r"[.!?…][\"”’')\]]*$", sentence.text):
                    whole = cut_clauses(sentence.text)  # the page was cut off: keep what it said before the cut
                    if whole is not None:
                        sentence, reason = replace(sentence, text=whole), None
            previous = kept[index][-1] if kept[index] else None
            if (reason in (None, "points back") and previous is not None and previous.position == sentence.position - 1
                    and previous.paragraph == sentence.paragraph and previous.position not in joined
                    and joins_previous(sentence.text, previous.text)):
                # "This is when ...", "It is 8.6 times saltier ...": one fact with the sentence it goes on from
                kept[index][-1] = replace(previous, text=previous.text + " " + sentence.text)
                seen[-1] = stems(kept[index][-1].text)
                joined.add(previous.position)
                firsts[(index, previous.position)] = previous
                continue
            words = stems(sentence.text)
            if not reason and any(len(words & other) >= REPEATED * len(words | other) for other in seen):
                reason = "repeated"  # pages repeat a caption or a pull quote word for word
            if reason:
                skipped.append(Skipped(source.key, sentence.text, reason))
            else:
                kept[index].append(sentence)
                seen.append(words)
    lexicon = build_lexicon(s.text for sentences in kept for s in sentences)
    per_document: list[list[Candidate]] = []
    for index, sentences in enumerate(kept):
        per_document.append([])
        topics = topic_names(sentences, lexicon, sources[index].document.title)
        for sentence in sentences:
            if (index, sentence.position) in table_lines:
                candidate = table_candidate(sentence, lexicon, sources[index].document.title)
                if candidate is not None and _in_prose(candidate.blanks[0].text, sentences, table_lines, index):
                    skipped.append(Skipped(sources[index].key, sentence.text, "infobox line the text states"))
                elif candidate is not None:
                    per_document[index].append(candidate)
                else:
                    skipped.append(Skipped(sources[index].key, sentence.text, "table or infobox line"))
                continue
            first = firsts.get((index, sentence.position))
            candidate = make_candidate(sentence, lexicon, topics) if first is None else _joined_candidate(sentence, first, lexicon, topics)
            if candidate is None:
                skipped.append(Skipped(sources[index].key, sentence.text, "nothing to ask"))
            elif evaluation(candidate):
                skipped.append(Skipped(sources[index].key, sentence.text, "opinion or evaluation"))
            else:
                per_document[index].append(candidate)
    groups = group_candidates(per_document)
    facts = _name_facts([fact for group in groups for fact in _to_facts(group, sources)])
    merged = sum(1 for g in groups if len(g.members) > 1)
    return Draft(sources, tuple(facts), tuple(skipped), total, merged)


def _joined_candidate(joined: Sentence, first: Sentence, lexicon: Lexicon, topics: dict[str, int]) -> Candidate | None:
    """Two sentences drafted as one fact (see `sentences.joins_previous`): each part's blanks, as it would
    have them alone, so that one part's strong names do not crowd out the other's phrase."""
    second = replace(first, text=joined.text[len(first.text) + 1 :])
    parts = [make_candidate(first, lexicon, topics), make_candidate(second, lexicon, topics)]
    shift = len(first.text) + 1
    blanks: list[Span] = []
    spans: list[Span] = []
    for candidate, offset in zip(parts, (0, shift)):
        if candidate is not None:
            blanks += [replace(b, start=b.start + offset, end=b.end + offset) for b in candidate.blanks]
            spans += [replace(b, start=b.start + offset, end=b.end + offset) for b in candidate.spans]
    return Candidate(joined, tuple(blanks), tuple(spans)) if blanks else None


def _in_prose(answer: str, sentences: list[Sentence], table_lines: set[tuple[int, int]], index: int) -> bool:
    """An infobox value the document's prose also states ("Order Carnivora" beside "belonging to the
    order Carnivora"): the prose sentence is the fact a teacher keeps, the line a repeat. The value's head
    counts too: the part before a comma ("Location Boston, Massachusetts, U.S." beside "in Boston") and a
    name without the author after it ("Binomial nomenclature Ambystoma mexicanum Shaw")."""
    heads = {answer, answer.split(",")[0], re.sub(r"(?<=[a-z]) [A-Z][a-z]+$", "", answer)}
    said = [re.compile(r"(?<![\w-])" + re.escape(normalize(h)) + r"(?![\w-])") for h in heads if len(h.strip()) >= 4]
    return any(
        (index, s.position) not in table_lines and any(p.search(normalize(s.text)) for p in said) for s in sentences
    )


def source_keys(documents: Sequence[Document]) -> list[str]:
    """Short readable keys from the documents' titles ("russian-film-crew"), unique."""
    keys: list[str] = []
    for doc in documents:
        words = [w for w in normalize(doc.title or doc.path.stem).split() if w not in {"the", "a", "an", "of", "to", "in"}]
        key = slugify(" ".join(words[:3])) or "source"
        unique, n = key, 2
        while unique in keys:
            unique, n = f"{key}-{n}", n + 1
        keys.append(unique)
    return keys


def _to_facts(group: Group, sources: tuple[SourceDoc, ...]) -> list[DraftFact]:
    """The group's fact; a blank that can be asked as a question ("How many servicemen ...?") becomes
    a fact of its own with that `ask` (a deck's `ask` belongs to a fact with one blank)."""
    chosen = group.chosen
    hints: list[str] = []
    if re.match(r"(They|They’ll|They'll|She|He|It|This|These|Those)\b", chosen.text):
        hints.append(f'check: starts with "{chosen.text.split()[0]}": say who or what it is')
    if len(chosen.text.split()) > 35:
        hints.append("check: a long sentence: consider splitting it into shorter facts")
    several = len(chosen.blanks) > 1
    asked = [
        (blank, None if several and blank.type is AnswerType.PERSON else ask_for(replace(chosen, blanks=(blank,))))
        for blank in chosen.blanks
    ]  # the person a sentence is about stays with its other blanks: "Who ...?" only where it is alone
    questions = [(blank, ask) for blank, ask in asked if ask]
    rest = tuple(blank for blank, ask in asked if not ask)
    parts = [(replace(chosen, blanks=(blank,)), ask) for blank, ask in questions]
    if rest:
        parts.insert(0, (replace(chosen, blanks=rest), None))
    return [
        DraftFact(
            id="",
            text=fact_text(part, units=ask is None),
            types=tuple(b.type for b in part.blanks),
            sources=tuple(sources[m.sentence.doc].key for m in group.members),
            quotes=tuple(m.text for m in group.members),
            ask=ask,
            note=group.conflict,
            hints=tuple(hints),
        )
        for part, ask in parts
    ]


def _name_facts(facts: list[DraftFact]) -> list[DraftFact]:
    """Readable, unique ids: the fact's main name or value, then its first telling words."""
    named: list[DraftFact] = []
    used: set[str] = set()
    for fact in facts:
        base = fact_id(fact.text, fact.types) or "fact"
        unique, n = base, 2
        while unique in used:
            unique, n = f"{base}-{n}", n + 1
        used.add(unique)
        named.append(DraftFact(unique, fact.text, fact.types, fact.sources, fact.quotes, fact.ask, fact.note, fact.hints))
    return named


def fact_id(text: str, types: Sequence[AnswerType] = ()) -> str:
    """"{Peresild} was chosen for the role after ..." -> "peresild-chosen-role"."""
    blanks = re.findall(r"(?<!\\)\{([^{}|]*)", text)
    kinds = list(types) + [AnswerType.TERM] * (len(blanks) - len(types))
    head = ""
    for answer, kind in zip(blanks, kinds):
        if kind in _NAME_TYPES:
            words = answer.split()
            head = words[-1] if kind is AnswerType.PERSON else " ".join(words[:2])
            break
    plain = re.sub(r"(?<!\\)\{[^{}]*\}", " ", text)
    telling: list[str] = []
    for word in re.findall(r"[a-z]+", normalize(plain)):
        if len(word) > 3 and word not in STOPWORDS and word not in _ID_FILLER and word not in telling:
            telling.append(word)
    suffix = [kind.value for kind in kinds if kind in (AnswerType.DATE, AnswerType.YEAR)][:1] if not head else []
    return slugify(" ".join([head, *telling[: 3 - len(suffix) - bool(head)], *suffix]), max_length=40)
