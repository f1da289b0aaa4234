"""The files a deck names (`image:`, a source's `file:`): inside the deck's folder, regular, of sane size.

One rule, checked where a deck is read (`quizgen.core.deckfile`) and again by every reader of those
files (the Anki export's media, the source sentences the study app shows), so that a file swapped
for a symlink after the deck was read is refused too:

- the path resolves (symlinks followed) inside the deck's folder tree: the deck file's folder and
  everything below it, or a folder the user names with `--allow-outside DIR` (no exception for the
  bundled deck either: the articles it cites are in `bundled/decks/seeds/`, below its folder);
- it is a regular file (not a FIFO, a device such as /dev/zero, or a folder) of at most
  `LIMITS[kind]` bytes;
- an image is a PNG, JPEG, GIF or WebP, by its first bytes (not its name). SVG is refused: it is
  a program (scripts, external references) more than a picture.

A refusal is a `Refused` (what is wrong and how to fix it), which the deck reader turns into a
problem naming the file, line and field.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Sequence

from quizgen.core.inputfiles import kind_of

class FileKind(StrEnum):
    IMAGE = "image"
    SOURCE = "source"


#: The largest file of each kind a deck may name, in bytes (10 MB each).
LIMITS = {FileKind.IMAGE: 10_000_000, FileKind.SOURCE: 10_000_000}

#: Image types by their first bytes, with the suffix their packaged copy gets.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
)
_HEAD = 16


class Refused(Exception):
    """A file a deck may not use: `message` says why, `fix` what to do."""

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix


class Outside(Refused):
    """A path that leads outside the deck's folder tree (`message` says where it leads)."""


@dataclass(frozen=True, slots=True)
class DeckTree:
    """The folders (resolved) whose files a deck may name."""

    roots: tuple[Path, ...]

    @classmethod
    def of(cls, deck_path: Path, allow_outside: Sequence[Path] = ()) -> DeckTree:
        folder = deck_path.resolve().parent
        roots = [folder]
        roots.extend(Path(extra).expanduser().resolve() for extra in allow_outside)
        return cls(tuple(dict.fromkeys(roots)))

    def contains(self, path: Path) -> bool:
        return any(path.is_relative_to(root) for root in self.roots)


def resolve(tree: DeckTree, base: Path, text: str, kind: FileKind) -> Path:
    """The file `text` (relative to `base`, the deck's folder) names, checked; its real path.

    Raises `FileNotFoundError` when nothing is there, `Refused` when the deck may not use it.
    """
    if "\x00" in text:
        raise Refused("the path holds a NUL character.", "write the file's name as plain text.")
    named = base / text  # an absolute `text` stays itself; `~` is a folder name, as it always was
    real = Path(os.path.realpath(named))
    if not tree.contains(real):
        home = tree.roots[0]
        through = f"is a symlink to {real}, " if real != Path(os.path.abspath(named)) else "is "
        raise Outside(f"'{text}' {through}outside the deck's folder ({home}).",
                      f"copy the file into {home} (or a folder below it), or name its folder with "
                      f"--allow-outside DIR.")
    if not real.exists():
        raise FileNotFoundError(real)
    check(real, kind, read=False)
    return real


def check(path: Path, kind: FileKind, *, read: bool = True) -> bytes:
    """The bytes of the file at `path` (a real path from `resolve`), or only its first bytes when
    `read` is false. Raises `Refused` if it is no longer where `resolve` found it (a symlink was put
    in its way), not a regular file, too large, or not an image; OSError if it cannot be read."""
    if Path(os.path.realpath(path)) != path:
        raise Refused(f"'{path}' has become a symlink to {os.path.realpath(path)} since the deck was read.",
                      "name the file itself, inside the deck's folder.")
    limit = LIMITS[kind]
    # Non-blocking: opening a FIFO must not wait for a writer. No following a symlink put here late.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(f"'{path}' is not a regular file ({kind_of(info.st_mode)}).",
                          f"name an ordinary {kind.value} file.")
        if info.st_size > limit:
            raise Refused(f"'{path}' has {_size(info.st_size)}; the limit for {kind.value} files is "
                          f"{_size(limit)}.", _smaller(kind))
        data = handle.read(limit + 1 if read else _HEAD)
    if len(data) > limit:  # a file that grew, or one (in /proc) whose size says nothing
        raise Refused(f"'{path}' has more than {_size(limit)}, the limit for {kind.value} files.", _smaller(kind))
    if kind is FileKind.IMAGE:
        image_suffix(data, path)
    return data


def image_type(data: bytes) -> str | None:
    """The suffix of the image type `data` starts with (".png", ".jpg", ".gif", ".webp"), or None."""
    for magic, suffix in _MAGIC:
        if data.startswith(magic):
            return suffix
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    return None


def image_suffix(data: bytes, path: Path) -> str:
    """The suffix of the image type `data` starts with; `Refused` if it is none we accept."""
    suffix = image_type(data)
    if suffix is not None:
        return suffix
    found = "an SVG drawing" if b"<svg" in data[:_HEAD].lower() or path.suffix.lower() == ".svg" else \
        "text" if data[:_HEAD].isascii() else "some other file"
    raise Refused(f"'{path}' is not an image quizgen packages ({found}): images must be PNG, JPEG, GIF or WebP.",
                  "convert it to PNG or JPEG (for an SVG: `rsvg-convert -o out.png in.svg`).")


def read_image(path: Path) -> tuple[bytes, str]:
    """An image's bytes and the suffix of its type, checked as `check` does."""
    data = check(path, FileKind.IMAGE)
    return data, image_suffix(data, path)


def read_source_text(path: Path) -> str | None:
    """A source file's text, checked as `check` does; None if it is not UTF-8 text (a PDF, say)."""
    try:
        return check(path, FileKind.SOURCE).decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _size(count: int) -> str:
    if count >= 1_000_000_000:
        return f"{count / 1e9:.1f} GB"
    if count >= 1_000_000:
        return f"{count / 1e6:.0f} MB" if count % 1_000_000 == 0 else f"{count / 1e6:.1f} MB"
    return f"{count:,} bytes"


def _smaller(kind: FileKind) -> str:
    if kind is FileKind.IMAGE:
        return "use a smaller image (scale it down, or save it as JPEG)."
    return "cite a shorter text (the part the facts come from), or give the fact a `quote:` instead."
