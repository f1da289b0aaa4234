"""Writing a file so that no reader ever sees half of it: a temporary file in the same folder, then a rename.

The one way quizgen writes its outputs (quizzes, Anki packages, drafted decks) and its card cache. It
imports nothing of quizgen, so every layer may use it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable


def write_atomic(path: Path, data: bytes | Callable[[BinaryIO], None], *, durable: bool = True,
                 check: Callable[[Path], None] | None = None) -> None:
    """Write `data` to `path` atomically: a crash or an error leaves the old file (or none), never part of one.

    `data` is the bytes, or a function that writes them to the open file (for output streamed as it is
    made). The file gets the mode any new file gets under the umask (a temporary file's would be 0600).
    `durable`: the data reaches the disk before the rename, so a crash cannot leave an empty file under
    the real name (off for files that may be lost, such as the card cache). `check` runs on the finished
    temporary file before the rename; if it raises, nothing is renamed and the temporary file goes.
    """
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                data(handle)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(temp, _new_file_mode())
        if check is not None:
            check(temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _new_file_mode() -> int:
    """The mode `open()` gives a new file under the current umask."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
