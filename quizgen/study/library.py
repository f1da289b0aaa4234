"""The learner's library: the deck files and folders that `study`, `stats` and `export anki` use
when no DECK is named (the bundled deck while the library is empty).

It is kept in `library.toml` beside `settings.toml` (`quizgen.study.settings.config_dir()`), one
absolute path a line, and changed with `quizgen add PATH...` / `quizgen remove PATH...`:

    decks = [
        "/home/me/decks/spanish.yaml",
        "/home/me/decks/history",
    ]

A folder stands for the deck files in it at each start. A deck that moved, was deleted or no longer
checks stays in the library as a broken row (`missing` or `error`, with its first problem): it is
shown, never dropped, and its study history stays in the collection untouched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Literal, Sequence

from quizgen.core.deckfile import DECK_SUFFIXES, DeckSet, duplicate_deck_id, load_decks
from quizgen.core.generator import DEFAULT_SEED
from quizgen.core.inputfiles import refuse_irregular
from quizgen.core.model import Deck
from quizgen.core.problems import InputError, Problem
from quizgen.files import write_atomic
from quizgen.study.catalog import Catalog, DeckInfo
from quizgen.study.settings import config_dir, line_of_key, read_toml

LIBRARY_FILE = "library.toml"
Status = Literal["ok", "missing", "error"]

_HEADER = (
    "# quizgen's library: the decks `quizgen study`, `quizgen stats` and `quizgen export anki` use when\n"
    "# no DECK is named. Change it with `quizgen add PATH...` and `quizgen remove PATH...`.\n"
)


def default_library_path() -> Path:
    return config_dir() / LIBRARY_FILE


@dataclass(frozen=True)
class LibraryRow:
    """One deck file of the library (or an entry that gives none), with what became of it."""

    path: Path
    status: Status
    deck: DeckInfo | None = None
    #: Why it cannot be studied, one line each (the first is what lists show).
    problems: tuple[str, ...] = ()
    #: The deck file's line of the first problem, where one is known.
    line: int | None = None

    @property
    def problem(self) -> str:
        return self.problems[0] if self.problems else ""

    @classmethod
    def in_error(cls, path: Path, problems: Sequence[Problem]) -> LibraryRow:
        """The row of a deck file that does not check."""
        return cls(path, "error", problems=tuple(str(p) for p in problems),
                   line=next((p.line for p in problems if p.line), None))


@dataclass(frozen=True)
class LibraryDecks:
    """The library read: the catalog of the decks that check, and every row in library order."""

    catalog: Catalog
    rows: tuple[LibraryRow, ...]

    @property
    def broken(self) -> tuple[LibraryRow, ...]:
        return tuple(row for row in self.rows if row.status != "ok")


@dataclass(frozen=True)
class Library:
    path: Path
    entries: tuple[Path, ...] = field(default=())

    @classmethod
    def load(cls, path: Path | None = None) -> Library:
        """The library at `path` (default: beside the settings); empty when the file does not exist."""
        path = default_library_path() if path is None else path
        read = read_toml(path, what="the library",
                         fix="fix the line, or delete the file and `quizgen add` the decks again")
        if read is None:
            return cls(path)
        data, text = read
        problems = [Problem(path, line_of_key(text, key), key, "unknown key in the library.", "the only key is `decks`.")
                    for key in data if key != "decks"]
        decks = data.get("decks", [])
        if not isinstance(decks, list) or not all(isinstance(item, str) and item.strip() for item in decks):
            problems.append(Problem(path, line_of_key(text, "decks"), "decks", "expected a list of paths.",
                                    'write decks = ["/path/to/deck.yaml", "/path/to/folder"].'))
        if problems:
            raise InputError(problems)
        entries: list[Path] = []
        for item in decks:
            entry = Path(item).expanduser()
            entry = entry if entry.is_absolute() else path.parent / entry
            if entry not in entries:
                entries.append(entry)
        return cls(path, tuple(entries))

    def save(self) -> None:
        """Write the library file atomically (its folder is made if need be)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lines = "".join(f"    {_toml_string(str(entry))},\n" for entry in self.entries)
        write_atomic(self.path, f"{_HEADER}decks = [\n{lines}]\n".encode())

    def covering(self, path: Path) -> Path | None:
        """The entry that brings `path` into the library: itself, or a folder entry holding it."""
        if path in self.entries:
            return path
        return next((entry for entry in self.entries if path.parent == entry), None)

    def added(self, paths: Sequence[Path]) -> tuple[Library, list[str]]:
        """The library with `paths` added (checked first: InputError if any is not a deck file or a
        folder of them, and nothing changes), and a note for each path that was already in."""
        resolved = [_absolute(path) for path in paths]
        problems = [problem for path, absolute in zip(paths, resolved) for problem in _addable(path, absolute)]
        if problems:
            raise InputError(problems)
        entries = list(self.entries)
        notes: list[str] = []
        for path in resolved:
            covering = Library(self.path, tuple(entries)).covering(path)
            if covering == path:
                notes.append(f"{path} is already in the library")
                continue
            if covering is not None:
                notes.append(f"{path} is already in the library, with the folder {covering}")
                continue
            if path.is_dir():
                held = [entry for entry in entries if entry.parent == path]
                entries = [entry for entry in entries if entry not in held]
                notes.extend(f"{entry} now comes with the folder {path}" for entry in held)
            entries.append(path)
        return Library(self.path, tuple(entries)), notes

    def removed(self, paths: Sequence[Path]) -> Library:
        """The library without `paths` (InputError naming each one that is not an entry; nothing changes)."""
        problems = []
        gone: list[Path] = []
        for path in paths:
            absolute = _absolute(path)
            entry = next((e for e in (absolute, path.expanduser().absolute()) if e in self.entries), None)
            if entry is not None:
                gone.append(entry)
                continue
            folder = self.covering(absolute)
            fix = (f"it comes with the folder {folder}: remove the folder, or move the file out of it"
                   if folder is not None else "`quizgen library` lists what is in it")
            problems.append(Problem(path, None, None, "is not in the library.", fix))
        if problems:
            raise InputError(problems)
        return Library(self.path, tuple(entry for entry in self.entries if entry not in gone))

    def files(self) -> tuple[list[Path], list[LibraryRow]]:
        """The deck files the entries stand for now, and a row for each entry that gives none."""
        files: list[Path] = []
        broken: list[LibraryRow] = []
        for entry in self.entries:
            if entry.is_dir():
                found = sorted(p for p in entry.iterdir() if p.suffix in DECK_SUFFIXES and p.is_file())
                if not found:
                    broken.append(LibraryRow(entry, "missing", problems=(
                        f"{entry}: the folder holds no deck files (*.yaml) any more. "
                        "Fix: put the decks back, or `quizgen remove` the folder.",)))
                files.extend(p for p in found if p not in files)
            elif entry.exists():
                if entry not in files:
                    files.append(entry)
            else:
                broken.append(LibraryRow(entry, "missing", problems=(
                    f"{entry}: moved or deleted. Fix: put it back, or `quizgen remove` it and "
                    "`quizgen add` it where it is now (its history is kept: it follows the deck's id).",)))
        return files, broken

    def read(self, *, seed: int = DEFAULT_SEED, cache_dir: Path | None | str = "default",
             allow_outside: Sequence[Path] = (), processes: int = 1,
             skip_broken_facts: bool = False) -> LibraryDecks:
        """The catalog of the library's decks that check (through the card cache), and every row.
        `allow_outside`: the folders besides each deck's own its files may name (as `load_decks`);
        `processes`, `skip_broken_facts`: as `load_catalog`'s."""
        from quizgen.study.cardcache import load_catalog

        files, broken = self.files()
        errors: dict[Path, InputError] = {}
        catalog = load_catalog(files, seed=seed, cache_dir=cache_dir, allow_outside=allow_outside,
                               on_error=errors.__setitem__, processes=processes,
                               skip_broken_facts=skip_broken_facts)
        ok = iter(catalog.decks)
        rows = {row.path: row for row in broken}
        for path in files:
            if path in errors:
                rows[path] = LibraryRow.in_error(path, errors[path].problems)
            else:
                rows[path] = LibraryRow(path, "ok", deck=next(ok))
        return LibraryDecks(catalog, tuple(sorted(rows.values(), key=self._order(files))))

    def read_decks(self, *, allow_outside: Sequence[Path] = (), with_warnings: bool = True,
                   read: Callable[..., Deck] | None = None) -> tuple[DeckSet, tuple[LibraryRow, ...]]:
        """The library's decks with their facts (for exports) and its broken rows; their warnings
        with `with_warnings`; each file read by `read` (as `load_decks`' own)."""
        files, broken = self.files()
        decks: list[Deck] = []
        warnings: list[Problem] = []
        rows = list(broken)
        seen: dict[str, Path] = {}
        for path in files:
            try:
                deck_set = load_decks([path], allow_outside=allow_outside, with_warnings=with_warnings, read=read)
            except InputError as error:
                rows.append(LibraryRow.in_error(path, error.problems))
                continue
            deck = deck_set.decks[0]
            if deck.id in seen:
                rows.append(LibraryRow.in_error(path, [duplicate_deck_id(path, deck.id, seen[deck.id])]))
                continue
            seen[deck.id] = path
            decks.append(deck)
            warnings.extend(deck_set.warnings)
        return DeckSet(tuple(decks), warnings), tuple(sorted(rows, key=self._order(files)))

    def _order(self, files: Sequence[Path]):
        """Sort key: rows in the order of the entries, then of the files within a folder."""
        position = {path: i for i, path in enumerate(files)}

        def key(row: LibraryRow) -> tuple[int, int]:
            entry = self.covering(row.path) or row.path
            rank = self.entries.index(entry) if entry in self.entries else len(self.entries)
            return rank, position.get(row.path, -1)

        return key


def _absolute(path: Path) -> Path:
    return path.expanduser().resolve()


def _addable(given: Path, path: Path) -> list[Problem]:
    """Why `path` cannot go into the library (nothing if it can)."""
    how = "`quizgen add` takes deck files (.yaml, .yml) and folders of them"
    if not path.exists():
        return [Problem(given, None, None, "no such file or folder.", f"check the path; {how}.")]
    if path.is_dir():
        if not any(p.suffix in DECK_SUFFIXES and p.is_file() for p in path.iterdir()):
            return [Problem(given, None, None, "this folder holds no deck files (*.yaml).", f"{how}.")]
        return []
    try:
        refuse_irregular(given, f"{how}; a pipe or a device is never read.")
    except InputError as error:
        return error.problems
    if path.suffix not in DECK_SUFFIXES:
        return [Problem(given, None, None, "is not a deck file (.yaml or .yml).", f"{how}.")]
    return []


def _toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; TOML also wants DEL escaped)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")




def skipped_text(deck: DeckInfo) -> str:
    """How many of the deck's facts are left out for their errors: "1 broken fact", "3 broken facts"."""
    count = deck.skipped_facts
    return f"{count} broken fact{'s' if count != 1 else ''}"
