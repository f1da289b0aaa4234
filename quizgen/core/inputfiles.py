"""Files named on the command line (decks, documents to draft, files to import): regular files only.

A FIFO, a device (`/dev/zero`, `/dev/stdin`), a socket or a folder named where a file is to be read
would make quizgen wait forever for a writer, or read without end. Each is refused with one line
before anything is read. `read_regular` opens without waiting (`O_NONBLOCK`: opening a FIFO does not
wait for a writer) and checks the open file itself (`fstat`), so nothing put in the path's place
between a look and the read gets through; `refuse_irregular` is the same check by the path, for the
readers that open the file themselves (zip, SQLite, spreadsheet readers).

The files a deck names (`image:`, a source's `file:`) follow the stricter rules of containment.py,
which describes a file's kind with `kind_of` too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from quizgen.core.problems import InputError, Problem

#: What to do about a pipe or a device, for every command.
FIX = "name a regular file (to read what a pipe or a program gives, save it to a file first: `cmd > FILE`)."


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, for a message: "a FIFO", "a device", ..."""
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def _refused(path: Path, mode: int, fix: str) -> InputError:
    what = kind_of(mode)
    reason = "" if what == "a folder" else " (quizgen never reads from a pipe or a device: it could wait or read forever)"
    return InputError([Problem(path, None, None, f"is {what}, not a regular file{reason}.", fix)])


def refuse_irregular(path: Path, fix: str = FIX) -> None:
    """InputError if `path` is there and is not a regular file (symlinks followed; nothing is opened).
    A path that is not there passes: the reader says "no such file" in its own words."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode):
        raise _refused(path, mode, fix)


def read_regular(path: Path, fix: str = FIX) -> bytes:
    """The bytes of the regular file at `path`; InputError if it is anything else. OSError (such as
    FileNotFoundError) as `open` raises it, for the caller's own message."""
    refuse_irregular(path, fix)  # a socket cannot even be opened
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _refused(path, mode, fix)
        return handle.read()
