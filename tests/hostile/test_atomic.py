"""Hostile input and partial failure, part B (issue 12): all-or-nothing output sets, full disks, every
"one line, exit 2" promise, and collections that are left untouched.

Most cases are one table, `CASES`: a command on a hostile input -> the exit status and the shape of
the one message (`file[:line]: error: ...`, never a traceback). Each runs the real `quizgen` in a
process of its own. The cases that need more than a message (a SIGKILL at random points, a real
full file system, bytes compared before and after) are tests of their own below the table.

Exit statuses: 2 for bad input (the user can fix the file), 1 for a system that refused a write (a
full disk, no permission: the input was fine, nothing was changed). docs/safety.md says so.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

REPO = Path(__file__).resolve().parents[2]
CHALLENGE = REPO / "quizgen" / "bundled" / "decks" / "challenge.yaml"

#: Runs `quizgen` with `os.fsync` failing with ENOSPC from its Nth call on ($ATOMIC_FSYNC_FAILS_AT):
#: the disk fills up part way through writing a set of files.
FULL_DISK = textwrap.dedent("""
    import errno, os, sys
    real_fsync, calls, fail_at = os.fsync, [0], int(os.environ["ATOMIC_FSYNC_FAILS_AT"])
    def fsync(fd):
        calls[0] += 1
        if calls[0] >= fail_at:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_fsync(fd)
    os.fsync = fsync
    from quizgen.cli import main
    sys.exit(main(sys.argv[1:]))
""")

#: One message line: `where: error: ...` (where = a file, optionally :line), nothing else.
ONE_LINE = re.compile(r"^(?P<where>[^\n:]+(?::\d+)?): error: [^\n]+$")


@dataclass
class Run:
    status: int
    out: str
    err: str

    def lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def quizgen(*args: str | Path, env: dict[str, str] | None = None, prelude: str | None = None,
            cwd: Path | None = None, timeout: float = 120) -> Run:
    """The real command in a process of its own (`prelude`: a script run instead of `python -m quizgen`)."""
    command = [sys.executable, "-c", prelude, *map(str, args)] if prelude else [sys.executable, "-m", "quizgen",
                                                                                 *map(str, args)]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=cwd,
                            timeout=timeout)
    return Run(result.returncode, result.stdout, result.stderr)


def assert_one_line(run: Run, status: int, *, where: str | None = None, says: str = "") -> str:
    """Exit `status`, no traceback, exactly one error line naming `where` (a file, maybe :line) and saying `says`."""
    assert "Traceback" not in run.err, run.err
    errors = [line for line in run.lines() if ": error: " in line]
    assert run.status == status, (run.status, run.err)
    assert len(errors) == 1, run.err
    match = ONE_LINE.match(errors[0])
    assert match, errors[0]
    if where is not None:
        assert match["where"].endswith(where), (match["where"], where)
    assert re.search(says, errors[0], re.IGNORECASE), (says, errors[0])
    return errors[0]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative name -> sha256), hidden ones included."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    """Temporary files or folders a write left in or beside `folder`."""
    beside = [p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}.")]
    inside = [str(p) for p in folder.rglob("*") if p.name.endswith(".tmp")] if folder.is_dir() else []
    return beside + inside


# --- a set of outputs is all or nothing --------------------------------------------------------------

QUIZ_ARGS = ("--answer-sheet",)


def quiz_set(tmp_path: Path, seed: int) -> dict[str, str]:
    """The files of a complete quiz of the Challenge deck with `seed` (made once per test in its own folder)."""
    folder = tmp_path / f"reference-{seed}"
    run = quizgen("quiz", CHALLENGE, "-o", folder, "--seed", seed, *QUIZ_ARGS)
    assert run.status == 0, run.err
    return snapshot(folder)


def test_every_file_quiz_writes_is_named_as_part_of_its_set(tmp_path: Path) -> None:
    from quizgen.commands.quiz import SET_FILE

    run = quizgen("quiz", CHALLENGE, "-o", tmp_path / "q", "--versions", "4", "--answer-sheet", "--copies", "2")
    assert run.status == 0, run.err
    names = [p.name for p in (tmp_path / "q").iterdir()]
    assert len(names) > 20 and all(SET_FILE.fullmatch(name) for name in names), names


def test_a_full_disk_during_quiz_leaves_the_old_set_whole_with_one_line(tmp_path: Path) -> None:
    out = tmp_path / "quiz"
    first = quizgen("quiz", CHALLENGE, "-o", out, "--seed", "1", *QUIZ_ARGS)
    assert first.status == 0, first.err
    (out / "my notes.txt").write_text("the teacher's own file\n")
    before = snapshot(out)
    for fails_at in (1, 3, 12):  # the disk fills at the first, third and twelfth file
        run = quizgen("quiz", CHALLENGE, "-o", out, "--seed", "2", *QUIZ_ARGS, prelude=FULL_DISK,
                      env={"ATOMIC_FSYNC_FAILS_AT": str(fails_at)})
        assert_one_line(run, 1, where="quiz", says=r"No space left on device.*nothing was changed.*Fix: free")
        assert snapshot(out) == before
        assert leftovers(out) == []
    second = quizgen("quiz", CHALLENGE, "-o", out, "--seed", "2", *QUIZ_ARGS)
    assert second.status == 0
    after = snapshot(out)
    assert after == {**quiz_set(tmp_path, 2), "my notes.txt": before["my notes.txt"]}  # the teacher's file stays
    assert leftovers(out) == []


def test_a_quiz_with_fewer_formats_replaces_the_whole_old_set(tmp_path: Path) -> None:
    out = tmp_path / "quiz"
    assert quizgen("quiz", CHALLENGE, "-o", out, "--seed", "1").status == 0
    assert quizgen("quiz", CHALLENGE, "-o", out, "--seed", "2", "--format", "md").status == 0
    # No seed-1 PDF or Kahoot file beside the seed-2 key.
    assert sorted(p.name for p in out.iterdir()) == ["answer-key.md", "quiz-A.md", "quiz-B.md", "quiz-C.md",
                                                      "quiz.json"]


def test_quiz_refuses_to_swap_the_current_folder(tmp_path: Path) -> None:
    run = quizgen("quiz", CHALLENGE, "-o", ".", cwd=tmp_path)
    assert_one_line(run, 2, where=".", says="current folder.*Fix: name a folder inside it")


@pytest.mark.slow
def test_sigkill_during_quiz_leaves_the_old_set_or_the_new_never_a_mix(tmp_path: Path) -> None:
    sets = {1: quiz_set(tmp_path, 1), 2: quiz_set(tmp_path, 2)}
    out = tmp_path / "quiz"
    started = time.monotonic()
    assert quizgen("quiz", CHALLENGE, "-o", out, "--seed", "1", *QUIZ_ARGS).status == 0
    full_run = time.monotonic() - started
    rng = random.Random(12)
    outcomes = []
    for attempt in range(14):
        seed = 2 if attempt % 2 == 0 else 1
        process = subprocess.Popen([sys.executable, "-m", "quizgen", "quiz", str(CHALLENGE), "-o", str(out),
                                    "--seed", str(seed), *QUIZ_ARGS],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 1.15) * full_run)  # mostly while it renders and writes
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = snapshot(out)
        assert now in (sets[1], sets[2]), sorted(set(now) ^ set(sets[1]))
        assert not [name for name in os.listdir(out) if name.endswith(".tmp")]
        outcomes.append(1 if now == sets[1] else 2)
    assert quizgen("quiz", CHALLENGE, "-o", out, "--seed", "2", *QUIZ_ARGS).status == 0
    assert snapshot(out) == sets[2]
    assert leftovers(out) == []  # a killed run's hidden folder is gone after the next run


def _user_namespaces() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _user_namespaces(), reason="needs `unshare -rm` (a user namespace) to mount a small tmpfs")
def test_a_really_full_file_system_during_quiz_and_export(tmp_path: Path) -> None:
    """A real ENOSPC: a 900 KB tmpfs holding one quiz set (~500 KB) has no room for a second."""
    script = tmp_path / "inside.py"
    script.write_text(textwrap.dedent(f"""
        import hashlib, json, os, subprocess, sys
        from pathlib import Path
        disk = Path({str(tmp_path / "disk")!r}); disk.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=900k", "tmpfs", str(disk)], check=True)
        def snap(folder):
            return {{p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}}
        def quizgen(*args):
            r = subprocess.run([sys.executable, "-m", "quizgen", *args], capture_output=True, text=True,
                               env={{**os.environ, "TMPDIR": str(disk)}})
            return [r.returncode, r.stderr]
        out = disk / "quiz"
        report = {{"first": quizgen("quiz", {str(CHALLENGE)!r}, "-o", str(out), "--seed", "1", "--answer-sheet")}}
        before = snap(out)
        report["second"] = quizgen("quiz", {str(CHALLENGE)!r}, "-o", str(out), "--seed", "2", "--answer-sheet")
        report["same"] = snap(out) == before
        report["beside"] = sorted(os.listdir(disk))
        apkg = disk / "deck.apkg"
        apkg.write_bytes(b"the old package")
        filler = disk / "filler"
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        filler.write_bytes(bytes(max(free - 4096, 0)))
        report["export"] = quizgen("export", "anki", {str(CHALLENGE)!r}, "-o", str(apkg))
        report["apkg"] = apkg.read_bytes().decode()
        report["after_export"] = sorted(os.listdir(disk))
        print(json.dumps(report))
    """))
    result = subprocess.run(["unshare", "-rm", sys.executable, str(script)], capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["first"][0] == 0, report["first"]
    assert_one_line(Run(report["second"][0], "", report["second"][1]), 1, says="No space left on device")
    assert report["same"] and report["beside"] == ["quiz"]
    assert_one_line(Run(report["export"][0], "", report["export"][1]), 1, where="deck.apkg", says="No space left on device.*nothing was changed")
    assert report["apkg"] == "the old package"
    assert report["after_export"] == ["deck.apkg", "filler", "quiz"]


def test_export_anki_on_a_full_disk_keeps_the_old_file_with_one_line(tmp_path: Path) -> None:
    apkg = tmp_path / "deck.apkg"
    apkg.write_bytes(b"the old package")
    run = quizgen("export", "anki", CHALLENGE, "-o", apkg, prelude=FULL_DISK, env={"ATOMIC_FSYNC_FAILS_AT": "1"})
    assert_one_line(run, 1, where="deck.apkg", says=r"No space left on device \(errno 28\); nothing was changed")
    assert apkg.read_bytes() == b"the old package"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.apkg"]
