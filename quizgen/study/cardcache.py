"""The card cache: generated cards kept between study sessions, so a start does not regenerate them.

Reading a 26,000-fact deck and generating its cards takes seconds; a session shows a few hundred of
them. So the first `quizgen study` after a deck changes generates its cards as always and saves
them here; later starts read the card ids and build each card only when it is shown.

Deck files stay the source of truth: an entry is used only when it was made from the same bytes of
the deck file, by the same quizgen code (a hash of `quizgen/core/`), with the same seed, and every
file the deck names (sources, images) still exists; otherwise the deck is read, checked and
generated again, so a bad deck is still reported as bad. The cache is disposable: delete the folder
at any time. Entries are written to a temporary file and renamed, and an unreadable entry is simply
regenerated. Location: `$QUIZGEN_CACHE` (set it to an empty string to turn the cache off), else
the user cache folder (`platformdirs.user_cache_dir("quizgen")`).

An entry is one `marshal` file per deck file: Python's own fast format for plain values (it is
read only by the quizgen that wrote it: the key includes the Python version). Each card is stored
as its own small marshal blob, decoded only when the card is needed.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from quizgen.core.deckfile import expand_paths, load_decks
from quizgen.core.generator import DEFAULT_SEED, generate_cards
from quizgen.core.model import AnswerType, Card, CardKind, Deck, Source, StudyLimits
from quizgen.core.problems import InputError, Problem
from quizgen.files import write_atomic
from quizgen.study.catalog import Catalog, DeckInfo, new_card_order

CACHE_ENV = "QUIZGEN_CACHE"
FORMAT = 1
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


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the code that turns deck files into cards (quizgen/core/ and this module)."""
    digest = hashlib.sha256()
    core = Path(__file__).resolve().parent.parent / "core"
    for path in sorted(core.glob("*.py")) + [Path(__file__).resolve()]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load_catalog(paths: Sequence[Path], *, seed: int = DEFAULT_SEED, cache_dir: Path | None | str = "default"
                 ) -> Catalog:
    """The catalog of the decks at `paths` (files or folders), from the cache where it is current.

    Raises InputError for a bad deck, exactly as `load_decks` does.
    """
    directory = default_cache_dir() if cache_dir == "default" else cache_dir
    assert directory is None or isinstance(directory, Path)
    files = expand_paths(paths)
    entries: dict[Path, _Entry] = {}
    missing: list[tuple[Path, str | None]] = []
    for path in files:
        key = _key(path, seed)
        entry = _read(directory, path, key) if directory is not None and key is not None else None
        if entry is None:
            missing.append((path, key))
        else:
            entries[path] = entry
    if missing:
        deck_set = load_decks([path for path, _ in missing], with_warnings=False)  # InputError for bad decks
        for (path, key), deck in zip(missing, deck_set.decks, strict=True):
            entries[path] = entry = _Entry.generate(deck, seed)
            if directory is not None and key is not None:
                _write(directory, path, key, entry)
    ordered = [entries[path] for path in files]
    _refuse_duplicate_ids(files, ordered)
    blobs: dict[str, Any] = {}
    for entry in ordered:
        blobs.update(entry.blobs)
    return Catalog([entry.info for entry in ordered], {entry.info.id: entry.ids for entry in ordered},
                   lambda card_id: _decode(blobs[card_id]))


class _Entry:
    """One deck's cached catalog: its DeckInfo, card ids in new-card order, and each card's blob
    (a Card itself when freshly generated, else its marshal bytes)."""

    def __init__(self, info: DeckInfo, ids: tuple[str, ...], blobs: dict[str, Any], needs: tuple[str, ...]):
        self.info, self.ids, self.blobs, self.needs = info, ids, blobs, needs

    @classmethod
    def generate(cls, deck: Deck, seed: int) -> _Entry:
        cards = generate_cards([deck], seed=seed)
        ids = tuple(new_card_order(cards).get(deck.id, ()))
        needs = tuple(sorted({str(s.file) for s in deck.sources.values() if s.file is not None}
                             | {str(f.image) for f in deck.facts if f.image is not None}))
        return cls(DeckInfo.of(deck), ids, {card.id: card for card in cards}, needs)

    def dump(self, key: str) -> bytes:
        info = self.info
        head = (info.id, info.title, str(info.path), info.fact_count, info.description, info.study.new_per_day,
                info.study.reviews_per_day,
                tuple((s.key, None if s.file is None else str(s.file), s.title, s.url) for s in info.sources.values()),
                tuple(info.quotes.items()))
        blobs = tuple(_encode(self.blobs[cid]) for cid in self.ids)
        return marshal.dumps((FORMAT, key, head, self.ids, blobs, self.needs))

    @classmethod
    def load(cls, data: bytes, key: str) -> _Entry | None:
        fmt, stored_key, head, ids, blobs, needs = marshal.loads(data)
        if fmt != FORMAT or stored_key != key or len(ids) != len(blobs):
            return None
        deck_id, title, path, fact_count, description, new_per_day, reviews_per_day, sources, quotes = head
        info = DeckInfo(deck_id, title, Path(path), fact_count, description, StudyLimits(new_per_day, reviews_per_day),
                        {k: Source(k, None if f is None else Path(f), t, u) for k, f, t, u in sources}, dict(quotes))
        return cls(info, ids, dict(zip(ids, blobs)), needs)


def _encode(card: Card) -> bytes:
    return marshal.dumps((card.id, card.deck, card.fact, card.blank, card.kind.value, card.type.value, card.prompt,
                          card.answer, card.accept, card.full_text, card.sources, card.tags, card.note, card.options,
                          card.answer_index, card.distractor_pool, card.pool_preferred))


def _decode(blob: Card | bytes) -> Card:
    if isinstance(blob, Card):
        return blob
    (cid, deck, fact, blank, kind, type_, prompt, answer, accept, full_text, sources, tags, note, options,
     answer_index, pool, preferred) = marshal.loads(blob)
    return Card(cid, deck, fact, blank, CardKind(kind), AnswerType(type_), prompt, answer, accept, full_text,
                sources, tags, note, options, answer_index, pool, preferred)


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


def _read(directory: Path, path: Path, key: str) -> _Entry | None:
    """The current entry for `path`, or None (absent, stale, unreadable, or a named file is gone)."""
    entry_path = _entry_path(directory, path)
    try:
        entry = _Entry.load(entry_path.read_bytes(), key)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if entry is None or not all(os.path.isfile(need) for need in entry.needs):
        return None
    try:
        os.utime(entry_path)  # recently used: kept by the pruning in _write
    except OSError:
        pass
    return entry


def _write(directory: Path, path: Path, key: str, entry: _Entry) -> None:
    """Save an entry atomically; the cache is optional, so a failure to write is not an error."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        write_atomic(_entry_path(directory, path), entry.dump(key), durable=False)  # lost in a crash: regenerated
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


def _refuse_duplicate_ids(files: Sequence[Path], entries: Sequence[_Entry]) -> None:
    """Two deck files with one id: let the loader report it as it always does."""
    ids = [entry.info.id for entry in entries]
    if len(set(ids)) == len(ids):
        return
    load_decks(files, with_warnings=False)  # raises InputError naming both files
    raise InputError([Problem(files[0], None, "id", "two decks have the same id.",
                              "give one of the decks another `id:`; deck ids key study history.")])
