"""Choosing a class quiz's questions and shuffling them into versions A, B, C...

Pure: no I/O. Every random choice comes from a `random.Random` seeded from the quiz seed, so the
same decks and seed always give the same quiz, and every output format renders this one object.
"""

from __future__ import annotations

import hashlib
import random
import string
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from quizgen.core.generator import DEFAULT_SEED
from quizgen.core.model import Card, CardKind, Deck
from quizgen.core.text import contains_phrase

#: Version names; 26 versions is far more than any class needs.
VERSION_LETTERS = string.ascii_uppercase
#: The longest run of one correct letter allowed over consecutive multiple-choice questions.
MAX_LETTER_RUN = 2
#: Tries at a letter assignment / a question order before settling for the best one seen.
_MAX_TRIES = 200
#: `skip_known` leaves out facts at least this many of the class got right.
KNOWN_FACILITY = 0.95
#: `select="weakest"` ranks a fact no class has answered yet as if half had got it right.
UNSEEN_FACILITY = 0.5


@dataclass(frozen=True, slots=True)
class SheetOptions:
    """How the printed sheets look: the instructions (None: the default ones) and whether the
    answers go on a separate answer grid."""

    instructions: str | None = None
    answer_grid: bool = False
    font_dirs: tuple[Path, ...] = ()  # folders of extra fonts for the PDF (see quiz/fonts.py)


@dataclass(frozen=True, slots=True)
class QuizSettings:
    n: int = 20
    versions: int = 3
    seed: int = DEFAULT_SEED
    kinds: frozenset[CardKind] = frozenset(CardKind)
    tags: frozenset[str] = frozenset()
    title: str | None = None
    points: tuple[tuple[CardKind, int], ...] = ((CardKind.MCQ, 1), (CardKind.CLOZE, 1))
    sheet: SheetOptions = SheetOptions()

    def points_for(self, kind: CardKind) -> int:
        return dict(self.points).get(kind, 1)


@dataclass(frozen=True, slots=True)
class QuestionSource:
    """Where a question comes from, for the answer key: the deck file and line of the fact."""

    deck_title: str
    deck_file: Path
    line: int
    fact_id: str
    documents: tuple[tuple[str, str], ...]  # (key, title or file name) of each source the fact cites

    @property
    def location(self) -> str:
        return f"{self.deck_file.name}:{self.line}" if self.line else self.deck_file.name


@dataclass(frozen=True, slots=True)
class Question:
    """One chosen card, the same in every version. `key` numbers questions in the order chosen."""

    key: int
    card: Card
    source: QuestionSource
    points: int = 1
    mcq_form: Card | None = None  # the same blank as multiple choice (itself for MCQ), for Kahoot

    @property
    def is_mcq(self) -> bool:
        return self.card.kind is CardKind.MCQ


@dataclass(frozen=True, slots=True)
class VersionItem:
    """A question as printed on one version: its number there and its options in that version's order."""

    number: int
    question: Question
    options: tuple[str, ...]
    answer_index: int | None

    @property
    def letter(self) -> str | None:
        return None if self.answer_index is None else VERSION_LETTERS[self.answer_index]

    @property
    def answer(self) -> str:
        """What the key says: the correct letter for MCQ, the canonical answer for cloze."""
        return self.letter if self.letter is not None else self.question.card.answer


@dataclass(frozen=True, slots=True)
class Version:
    name: str
    items: tuple[VersionItem, ...]


@dataclass(frozen=True, slots=True)
class Quiz:
    title: str
    seed: int
    requested: int
    questions: tuple[Question, ...]
    versions: tuple[Version, ...]
    quiz_id: str = ""  # see `quiz_id()`: names this quiz in every file made from it and in results
    decks: tuple[str, ...] = ()  # ids of the decks its questions come from, in the order given
    sheet: SheetOptions = SheetOptions()

    @property
    def total_points(self) -> int:
        return sum(q.points for q in self.questions)

    @property
    def shortfall(self) -> str | None:
        """A sentence saying the quiz is shorter than asked, or None."""
        if len(self.questions) >= self.requested:
            return None
        return (
            f"asked for {self.requested} questions but only {len(self.questions)} are possible "
            "(at most one per fact, after the --kinds and --tag filters, and none whose question or "
            "options would give another's answer away); the quiz has "
            f"{len(self.questions)}."
        )


def build_quiz(decks: Sequence[Deck], cards: Sequence[Card], settings: QuizSettings, *,
               facility: Mapping[tuple[str, str], float] | None = None, select: str = "random",
               skip_known: bool = False) -> Quiz:
    """Choose the questions and build every version. Raises ValueError on impossible settings.

    `facility` is the share of past classes that got each (deck, fact) right (see
    quizgen.results.figures): `select="weakest"` asks the worst-known facts first, `skip_known`
    leaves out those at least KNOWN_FACILITY of them knew."""
    if settings.n < 1:
        raise ValueError("the number of questions must be at least 1")
    if not settings.kinds:
        raise ValueError("at least one question kind is needed")
    if not 1 <= settings.versions <= len(VERSION_LETTERS):
        raise ValueError(f"the number of versions must be between 1 and {len(VERSION_LETTERS)}")
    if select not in ("random", "weakest"):
        raise ValueError(f"unknown selection {select!r}")
    chosen = choose_cards(cards, settings, facility or {}, select, skip_known)
    by_id = {deck.id: deck for deck in decks}
    mcq_forms = {(c.deck, c.fact, c.blank): c for c in cards if c.kind is CardKind.MCQ}
    questions = tuple(
        Question(key=i, card=card, source=question_source(by_id[card.deck], card),
                 points=settings.points_for(card.kind), mcq_form=mcq_forms.get((card.deck, card.fact, card.blank)))
        for i, card in enumerate(chosen, start=1)
    )
    versions: list[Version] = []
    for name in VERSION_LETTERS[: settings.versions]:
        rng = random.Random(f"quizgen-quiz:{settings.seed}:version:{name}")
        versions.append(make_version(name, questions, rng, [tuple(i.question.key for i in v.items) for v in versions]))
    used = {c.deck for c in chosen}
    title = settings.title or " + ".join(deck.title for deck in decks if deck.id in used) or "Quiz"
    deck_ids = tuple(deck.id for deck in decks if deck.id in used)
    return Quiz(title, settings.seed, settings.n, questions, tuple(versions),
                quiz_id(settings, [v.items for v in versions], select), deck_ids, settings.sheet)


def quiz_id(settings: QuizSettings, versions: Sequence[Sequence[VersionItem]], select: str = "random") -> str:
    """A short stable hash of the questions' card ids as each version orders them, the seed and the
    options: the same decks and options give the same id, another quiz another one. Wording is left
    out (card ids never depend on it), so fixing a typo and re-making the quiz keeps its id."""
    digest = hashlib.sha256(b"quizgen-quiz:1")
    options = [settings.n, settings.versions, settings.seed, [k.value for k in sorted(settings.kinds)], sorted(settings.tags),
               settings.title or "", sorted((k.value, p) for k, p in settings.points), select]
    digest.update(repr(options).encode())
    for items in versions:
        digest.update(b"\0version")
        for item in items:
            digest.update(b"\0" + item.question.card.id.encode() + f":{item.answer_index}".encode())
    return digest.hexdigest()[:12]


def choose_cards(cards: Sequence[Card], settings: QuizSettings,
                 facility: Mapping[tuple[str, str], float] | None = None, select: str = "random",
                 skip_known: bool = False) -> list[Card]:
    """Up to `n` cards passing the kind and tag filters, never two from the same fact."""
    facility = facility or {}
    by_fact: dict[tuple[str, str], list[Card]] = {}
    for card in cards:
        if card.kind not in settings.kinds:
            continue
        if settings.tags and not settings.tags.intersection(card.tags):
            continue
        if skip_known and facility.get((card.deck, card.fact), 0.0) >= KNOWN_FACILITY:
            continue
        by_fact.setdefault((card.deck, card.fact), []).append(card)
    rng = random.Random(f"quizgen-quiz:{settings.seed}:select")
    facts = sorted(by_fact)
    rng.shuffle(facts)
    if select == "weakest":  # a stable sort: facts with the same figure keep their shuffled order
        facts.sort(key=lambda fact: facility.get(fact, UNSEEN_FACILITY))
    # Alternate the kinds asked for, and never let two questions give each other away: a fact
    # whose every card would (with a question already chosen) is left out.
    kinds = sorted(settings.kinds)
    rng.shuffle(kinds)
    chosen: list[Card] = []
    for fact in facts:
        if len(chosen) == settings.n:
            break
        options = list(by_fact[fact])
        rng.shuffle(options)
        wanted = kinds[len(chosen) % len(kinds)]
        options.sort(key=lambda card: card.kind is not wanted)
        fitting = [card for card in options if not any(leaks(card, other) for other in chosen)]
        if fitting:
            chosen.append(fitting[0])
    # Canonical order (deck, then the fact's position in it) so question keys read like the decks.
    position: dict[tuple[str, str], int] = {}
    for i, card in enumerate(cards):
        position.setdefault((card.deck, card.fact), i)
    return sorted(chosen, key=lambda c: position[(c.deck, c.fact)])


def leaks(first: Card, second: Card) -> bool:
    """Whether either card gives the other away on a sheet that prints both (see `gives_away`)."""
    return gives_away(first, second) or gives_away(second, first)


def gives_away(shown: Card, asked: Card) -> bool:
    """Whether `shown`, as printed, gives away `asked`'s answer: its question contains one of the
    answers `asked` accepts, or, when `asked` is a cloze (the answer is to be written), one of
    `shown`'s options does. An MCQ's answer among another MCQ's options tells nothing its own
    options do not print already."""
    texts = [shown.prompt]
    if asked.kind is CardKind.CLOZE:
        texts.extend(shown.options or ())
    return any(contains_phrase(text, answer) for text in texts for answer in asked.accept)


def question_source(deck: Deck, card: Card) -> QuestionSource:
    fact = deck.fact(card.fact)
    documents = []
    for key in fact.sources:
        source = deck.sources.get(key)
        if source is None:
            documents.append((key, key))
        else:
            documents.append((key, source.title or (source.file.name if source.file else key)))
    return QuestionSource(deck.title, deck.path, fact.line, fact.id, tuple(documents))


def make_version(
    name: str, questions: Sequence[Question], rng: random.Random, earlier_orders: Sequence[tuple[int, ...]] = ()
) -> Version:
    """Shuffle question order (different from earlier versions when possible) and option order."""
    order = list(questions)
    for _ in range(_MAX_TRIES):
        rng.shuffle(order)
        if tuple(q.key for q in order) not in earlier_orders:
            break
    option_counts = [len(q.card.options or ()) if q.is_mcq else 0 for q in order]
    letters = assign_letters(option_counts, rng)
    items = []
    for number, (question, letter) in enumerate(zip(order, letters), start=1):
        if letter is None:
            items.append(VersionItem(number, question, (), None))
            continue
        card = question.card
        distractors = [o for i, o in enumerate(card.options or ()) if i != card.answer_index]
        rng.shuffle(distractors)
        options = distractors[:letter] + [card.answer] + distractors[letter:]
        items.append(VersionItem(number, question, tuple(options), letter))
    return Version(name, tuple(items))


def assign_letters(option_counts: Sequence[int], rng: random.Random) -> list[int | None]:
    """The correct option index for each question (None where a question has no options).

    Letters are spread evenly: each question in turn, in a random order, takes the least used
    letter it has room for. Among such assignments the first with no run longer than
    MAX_LETTER_RUN over consecutive multiple-choice questions wins.
    """
    mcq_positions = [i for i, count in enumerate(option_counts) if count > 0]
    best: list[int | None] = [None] * len(option_counts)
    best_run = None
    for _ in range(_MAX_TRIES):
        letters: list[int | None] = [None] * len(option_counts)
        used: Counter[int] = Counter()
        visit = list(mcq_positions)
        rng.shuffle(visit)
        for pos in visit:
            choices = list(range(option_counts[pos]))
            fewest = min(used[c] for c in choices)
            letter = rng.choice([c for c in choices if used[c] == fewest])
            letters[pos] = letter
            used[letter] += 1
        run = longest_run([letters[p] for p in mcq_positions])
        if best_run is None or run < best_run:
            best, best_run = letters, run
        if run <= MAX_LETTER_RUN:
            break
    return best


def longest_run(values: Sequence[object]) -> int:
    longest = current = 0
    previous: object = object()
    for value in values:
        current = current + 1 if value == previous else 1
        longest = max(longest, current)
        previous = value
    return longest
