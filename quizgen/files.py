"""Writing a file so that no reader ever sees half of it: a temporary file in the same folder, then a rename.

The one way quizgen writes its outputs (Anki packages, drafted decks) and its card cache; `write_set`
writes a set of files that must match (a quiz's sheets, key and manifest) as one folder swapped in
at once. It imports nothing of quizgen, so every layer may use it.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Sequence


def write_atomic(path: Path, data: bytes | Callable[[BinaryIO], None], *, durable: bool = True,
                 check: Callable[[Path], None] | None = None) -> None:
    """Write `data` to `path` atomically: a crash or an error leaves the old file (or none), never part of one.

    `data` is the bytes, or a function that writes them to the open file (for output streamed as it is
    made). The file gets the mode any new file gets under the umask (a temporary file's would be 0600).
    `durable`: the data reaches the disk before the rename, so a crash cannot leave an empty file under
    the real name (off for files that may be lost, such as the card cache). `check` runs on the finished
    temporary file before the rename; if it raises, nothing is renamed and the temporary file goes.
    A failure of the system (a full disk, no permission) raises `WriteError`, with the old file intact.
    """
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise WriteError(path, error) from None
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
    except OSError as error:
        temp.unlink(missing_ok=True)
        if isinstance(error, WriteError):
            raise
        raise WriteError(path, error) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def make_folder(folder: Path) -> None:
    """Make the folder an output goes into, and the folders above it, where they are missing: the one
    rule of every command that writes (`-o`, `--db`, `--html`). `WriteError` if it cannot be made (a
    file in the way, no permission)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteError(folder, error, what="the folder") from None


def _new_file_mode() -> int:
    """The mode `open()` gives a new file under the current umask."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


class WriteError(OSError):
    """An output could not be written (a full disk, no permission): nothing was changed.

    The CLI prints it as one line (`str()`) and exits with status 1: the input was fine, the
    system refused. It is an OSError, so code that treats a failed write as optional still does.
    """

    def __init__(self, path: Path, error: OSError, *, what: str = "it") -> None:
        super().__init__(error.errno, error.strerror or str(error))
        self.path = path
        self.error = error
        self.what = what

    def __str__(self) -> str:
        reason = self.error.strerror or str(self.error)
        if self.error.errno is not None and self.error.strerror:
            reason += f" (errno {self.error.errno})"
        culprit = self.error.filename
        if culprit and Path(culprit).name.startswith(".") and Path(culprit).name.endswith(".tmp"):
            culprit = None  # our own temporary file: the user knows it by the target's name
        if culprit and os.path.abspath(culprit) != os.path.abspath(self.path):
            reason += f" at {culprit}"
        return f"{self.path}: error: could not write {self.what}: {reason}; nothing was changed. Fix: {self.fix}"

    @property
    def fix(self) -> str:
        if self.error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return "free some disk space (or write somewhere else) and run the command again."
        if self.error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "check the folder's permissions, or write somewhere else."
        return "check the disk and the path, then run the command again."


#: A set being made (or an old set being removed) beside its folder: `.NAME.set-PID-RANDOM.tmp`.
_SET_TEMP = ".{name}.set-{pid}-"


#: At most this many files in a set's folder that are not the set's own: they are linked into each new
#: set, so a set's folder is its own, never a home or a project folder that happens to be named.
MAX_OTHER_FILES = 100


def set_swap_problem(target: Path, is_set_file: Callable[[str], bool] = lambda name: False) -> str | None:
    """Why `write_set` cannot replace the folder `target` whole, or None if it can. `is_set_file(name)`:
    whether a name in the folder is a set's own file or folder (the others are counted; a set's own
    folder is not looked into)."""
    real = Path(os.path.realpath(target))
    if real.exists() and not real.is_dir():
        return "is a file, not a folder"
    if real.exists() and os.path.ismount(real):
        return "is a mount point, which cannot be replaced at once"
    cwd = os.path.realpath(os.getcwd())
    if cwd == str(real) or cwd.startswith(str(real) + os.sep):
        return "is the current folder (or holds it), which cannot be replaced at once"
    if real.is_dir():
        others = 0
        for folder, folders, names in os.walk(real):
            top = folder == str(real)
            if top:
                folders[:] = [name for name in folders if not is_set_file(name)]
            others += len(folders) + sum(1 for name in names if not (top and is_set_file(name)))
            if others > MAX_OTHER_FILES:
                return (f"holds more than {MAX_OTHER_FILES} files and folders this command did not write; "
                        "its files are replaced as one folder, which should be their own")
    return None


def write_set(target: Path, files: Sequence[tuple[str, bytes]], *, replaces: Iterable[str] = ()) -> None:
    """Write `files` (name, bytes) as the folder `target`, all at once: a reader sees the old set or
    the new one, never a mix, whatever happens (a full disk, SIGKILL, a power cut after the rename).
    A name may hold folders (`annotated/ana.pdf`): the set then owns that top folder whole.

    The new set is made in a hidden folder beside `target` (written and synced), with hard links to
    whatever else `target` holds (files this command did not write stay; `replaces` names the old
    set's files, which go), then swapped with `target` in one rename (`renameat2(RENAME_EXCHANGE)`
    on Linux; elsewhere two renames, between which `target` is briefly absent but never mixed).
    A failure raises `WriteError` with `target` as it was and the hidden folder removed; one left
    by a killed run is removed by the next (the old set's, after a swap) or renamed back.
    """
    real = Path(os.path.realpath(target))
    names = [name for name, _ in files]
    if real.is_dir() and not os.access(real, os.W_OK | os.X_OK):  # a folder its owner closed stays closed
        raise WriteError(real, PermissionError(errno.EACCES, os.strerror(errno.EACCES)), what="the files")
    _clean_stale_sets(real)
    try:
        temp = Path(tempfile.mkdtemp(prefix=_SET_TEMP.format(name=real.name, pid=os.getpid()), suffix=".tmp",
                                     dir=real.parent))
    except OSError as error:
        raise WriteError(real, error, what="the files") from None
    try:
        for name, data in files:
            path = temp / name
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(path, _new_file_mode())
        if real.is_dir():
            _link_others(real, temp, set(replaces) | {name.split("/", 1)[0] for name in names})
            os.chmod(temp, stat.S_IMODE(real.stat().st_mode))
        else:
            os.chmod(temp, 0o777 & ~_umask())
        _fsync_folder(temp)
        if real.is_dir():
            _exchange(temp, real)  # temp now holds the old set
        else:
            os.rename(temp, real)
        _fsync_folder(real.parent)
    except OSError as error:
        shutil.rmtree(temp, ignore_errors=True)
        raise WriteError(real, error, what="the files") from None
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    shutil.rmtree(temp, ignore_errors=True)


def _link_others(old: Path, new: Path, skip: set[str]) -> None:
    """Everything in `old` but the names in `skip`, into `new` as hard links (copies where a link is refused)."""
    def link(source: str, destination: str) -> None:
        try:
            os.link(source, destination, follow_symlinks=False)
        except OSError:
            shutil.copy2(source, destination, follow_symlinks=False)

    for entry in os.scandir(old):
        if entry.name in skip:
            continue
        destination = new / entry.name
        if entry.is_dir(follow_symlinks=False):
            shutil.copytree(entry.path, destination, symlinks=True, copy_function=link)
        else:
            link(entry.path, str(destination))


def _exchange(a: Path, b: Path) -> None:
    """Swap two folders in one step where the system can; else two renames (b is briefly absent)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            renameat2 = libc.renameat2
        except (OSError, AttributeError):
            renameat2 = None
        if renameat2 is not None:
            at_fdcwd, rename_exchange = -100, 2
            if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
                return
            code = ctypes.get_errno()
            if code not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
                raise OSError(code, os.strerror(code), str(b))
    aside = Path(tempfile.mkdtemp(prefix=_SET_TEMP.format(name=b.name, pid=os.getpid()), suffix=".old.tmp",
                                  dir=b.parent))
    os.rmdir(aside)
    os.rename(b, aside)
    try:
        os.rename(a, b)
    except BaseException:
        os.rename(aside, b)
        raise
    os.rename(aside, a)


def _clean_stale_sets(real: Path) -> None:
    """Remove the hidden folders a killed run left beside `real` (its process is gone); an old set
    moved aside (`.old.tmp`) whose folder is missing goes back instead."""
    prefix = f".{real.name}.set-"
    try:
        entries = [entry for entry in os.scandir(real.parent) if entry.name.startswith(prefix)
                   and entry.name.endswith(".tmp") and entry.is_dir(follow_symlinks=False)]
    except OSError:
        return
    for entry in entries:
        pid_text = entry.name[len(prefix):].split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        if entry.name.endswith(".old.tmp") and not real.exists():
            try:
                os.rename(entry.path, real)
            except OSError:
                pass
            continue
        shutil.rmtree(entry.path, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.EBADF):  # some file systems cannot sync a folder
            raise
    finally:
        os.close(fd)


def _umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask
