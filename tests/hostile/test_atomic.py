"""Hostile input and partial failure, part B (issue 12): all-or-nothing output sets, full disks, every
"one line, exit 2" promise, and collections that are left untouched.

Most cases are one table, `CASES`: a command on a hostile input -> the exit status and the shape of
the one message (`file[:line]: error: ...`, never a traceback). Each runs `quizgen.cli.main`, the
console script's entry point, in this process (those with an injected fault in a process of their
own). The cases that need more than a message (a SIGKILL at random points, a real
full file system, bytes compared before and after) are tests of their own below the table.

Exit statuses: 2 for bad input (the user can fix the file), 1 for a system that refused a write (a
full disk, no permission: the input was fine, nothing was changed). docs/safety.md says so.
"""

from __future__ import annotations

import errno
import functools
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


@pytest.fixture(scope="module")
def quiz_sets(tmp_path_factory: pytest.TempPathFactory) -> dict[int, dict[str, str]]:
    """The files of a complete quiz of the Challenge deck with seed 1 and with seed 2, each made once for the
    module's tests in a folder of its own."""
    sets = {}
    for seed in (1, 2):
        folder = tmp_path_factory.mktemp(f"reference-{seed}") / "quiz"
        run = quizgen("quiz", CHALLENGE, "-o", folder, "--seed", seed, *QUIZ_ARGS)
        assert run.status == 0, run.err
        sets[seed] = snapshot(folder)
    return sets


@pytest.mark.slow
def test_every_file_quiz_writes_is_named_as_part_of_its_set(tmp_path: Path) -> None:
    from quizgen.commands.quiz import SET_FILE

    run = quizgen("quiz", CHALLENGE, "-o", tmp_path / "q", "--versions", "4", "--answer-sheet", "--copies", "2")
    assert run.status == 0, run.err
    names = [p.name for p in (tmp_path / "q").iterdir()]
    assert len(names) > 20 and all(SET_FILE.fullmatch(name) for name in names), names


@pytest.mark.slow
def test_a_full_disk_during_quiz_leaves_the_old_set_whole_with_one_line(tmp_path: Path, quiz_sets) -> None:
    out = tmp_path / "quiz"
    first = quizgen("quiz", CHALLENGE, "-o", out, "--seed", "1", *QUIZ_ARGS)
    assert first.status == 0, first.err
    (out / "my notes.txt").write_text("the teacher's own file\n")
    before = snapshot(out)
    for fails_at in (1, 12):  # the disk fills at the first file, or at the twelfth
        run = quizgen("quiz", CHALLENGE, "-o", out, "--seed", "2", *QUIZ_ARGS, prelude=FULL_DISK,
                      env={"ATOMIC_FSYNC_FAILS_AT": str(fails_at)})
        assert_one_line(run, 1, where="quiz", says=r"No space left on device.*nothing was changed.*Fix: free")
        assert snapshot(out) == before
        assert leftovers(out) == []
    second = quizgen("quiz", CHALLENGE, "-o", out, "--seed", "2", *QUIZ_ARGS)
    assert second.status == 0
    after = snapshot(out)
    assert after == {**quiz_sets[2], "my notes.txt": before["my notes.txt"]}  # the teacher's file stays
    assert leftovers(out) == []


@pytest.mark.slow
def test_a_quiz_with_fewer_formats_replaces_the_whole_old_set(tmp_path: Path) -> None:
    out = tmp_path / "quiz"
    assert quizgen("quiz", CHALLENGE, "-o", out, "--seed", "1").status == 0
    assert quizgen("quiz", CHALLENGE, "-o", out, "--seed", "2", "--format", "md").status == 0
    # No seed-1 PDF or Kahoot file beside the seed-2 key.
    assert sorted(p.name for p in out.iterdir()) == ["answer-key.md", "quiz-A.md", "quiz-B.md", "quiz-C.md",
                                                      "quiz.json"]


def test_quiz_refuses_to_swap_the_current_folder(tmp_path: Path) -> None:
    run = quizgen("quiz", CHALLENGE, "-o", ".", cwd=tmp_path)
    assert_one_line(run, 2, where=".", says="current folder.*Fix: name a folder of the quiz's own")


def test_quiz_refuses_a_folder_that_holds_much_else(tmp_path: Path) -> None:
    busy = tmp_path / "documents"
    for index in range(120):
        (busy / f"folder-{index % 7}").mkdir(parents=True, exist_ok=True)
        (busy / f"folder-{index % 7}" / f"{index}.txt").write_text("a teacher's file\n")
    before = snapshot(busy)
    run = quizgen("quiz", CHALLENGE, "-o", busy)
    assert_one_line(run, 2, where="documents", says="holds more than 100 files and folders this command did not write")
    assert snapshot(busy) == before and leftovers(busy) == []


@pytest.mark.slow
def test_sigkill_during_quiz_leaves_the_old_set_or_the_new_never_a_mix(tmp_path: Path, quiz_sets) -> None:
    sets = quiz_sets
    out = tmp_path / "quiz"
    started = time.monotonic()
    assert quizgen("quiz", CHALLENGE, "-o", out, "--seed", "1", *QUIZ_ARGS).status == 0
    full_run = time.monotonic() - started
    assert snapshot(out) == sets[1]  # the same decks and seed: the same bytes
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


# --- `quizgen mark`'s results are one set too ----------------------------------------------------------

@pytest.fixture(scope="module")
def marking(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A quiz with four numbered answer sheets, and two batches of their scans (copies 1-2, 3-4)."""
    import cv2

    from quizgen.quiz import manifest
    from quizgen.sheet import synthetic

    folder = tmp_path_factory.mktemp("marking")
    quiz = folder / "quiz"
    run = quizgen("quiz", CHALLENGE, "-o", quiz, "--format", "pdf", "-n", "12", "--answer-sheet", "--copies", "4")
    assert run.status == 0, run.err
    scanned = synthetic.filled_scans((quiz / "answer-sheets.pdf").read_bytes(), manifest.load(quiz / "quiz.json"),
                                     random.Random(3), degrade="scanner", copies=4)
    for batch, copies in (("first", (0, 1)), ("second", (2, 3))):
        (folder / batch).mkdir()
        for copy in copies:
            (folder / batch / f"copy-{copy + 1}.jpg").write_bytes(cv2.imencode(".jpg", scanned[copy][0])[1].tobytes())
    return folder


def mark(marking: Path, batch: str, results: Path, **options: object) -> Run:
    return quizgen("mark", marking / batch, "--quiz", marking / "quiz" / "quiz.json", "-o", results, **options)


@pytest.fixture(scope="module")
def marked_sets(marking: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    """The files of `quizgen mark` on each batch, marked once for the module's tests into a folder of their own."""
    sets = {}
    for batch in ("first", "second"):
        folder = tmp_path_factory.mktemp(f"reference-{batch}") / "results"
        run = mark(marking, batch, folder)
        assert run.status in (0, 2) and "Traceback" not in run.err, run.err  # 2: items flagged for the teacher
        sets[batch] = snapshot(folder)
    return sets


@pytest.mark.slow
def test_a_full_disk_during_mark_leaves_the_old_results_whole_with_one_line(marking: Path, tmp_path: Path,
                                                                          marked_sets) -> None:
    results = tmp_path / "results"
    first = mark(marking, "first", results)
    assert first.status in (0, 2), first.err
    (results / "my notes.txt").write_text("the teacher's own file\n")
    before = snapshot(results)
    assert any(name.startswith("annotated/") for name in before) and "marks.csv" in before
    for fails_at in (1, 5):  # the disk fills at the first file, or at the fifth
        run = mark(marking, "second", results, prelude=FULL_DISK, env={"ATOMIC_FSYNC_FAILS_AT": str(fails_at)})
        assert_one_line(run, 1, where="results", says=r"No space left on device.*nothing was changed.*Fix: free")
        assert snapshot(results) == before
        assert leftovers(results) == []
    second = mark(marking, "second", results)
    assert second.status in (0, 2), second.err
    # The second batch's results whole, none of the first's students left beside them, the teacher's file kept.
    assert snapshot(results) == {**marked_sets["second"], "my notes.txt": before["my notes.txt"]}
    assert leftovers(results) == []


@pytest.mark.slow
def test_sigkill_during_mark_leaves_the_old_results_or_the_new_never_a_mix(marking: Path, tmp_path: Path,
                                                                          marked_sets) -> None:
    sets = marked_sets
    assert set(sets["first"]) != set(sets["second"])  # other students: other annotated PDFs and pages
    results = tmp_path / "results"
    started = time.monotonic()
    assert mark(marking, "first", results).status in (0, 2)
    full_run = time.monotonic() - started
    assert snapshot(results) == sets["first"]  # the same scans: the same bytes
    rng = random.Random(13)
    for attempt in range(10):
        batch = "second" if attempt % 2 == 0 else "first"
        process = subprocess.Popen([sys.executable, "-m", "quizgen", "mark", str(marking / batch), "--quiz",
                                    str(marking / "quiz" / "quiz.json"), "-o", str(results)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 1.15) * full_run)  # mostly while it marks and writes
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = snapshot(results)
        assert now in (sets["first"], sets["second"]), sorted(set(now) ^ set(sets["first"]))
        assert not [p for p in results.rglob("*") if p.name.endswith(".tmp")]
    assert mark(marking, "second", results).status in (0, 2)
    assert snapshot(results) == sets["second"]
    assert leftovers(results) == []


def test_mark_refuses_to_swap_the_current_folder(marking: Path) -> None:
    run = quizgen("mark", marking / "first", "--quiz", marking / "quiz" / "quiz.json", "-o", ".", cwd=marking)
    assert_one_line(run, 2, where=".", says="current folder.*Fix: name a folder of the results' own")


def _user_namespaces() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _user_namespaces(), reason="needs `unshare -rm` (a user namespace) to mount a small tmpfs")
def test_a_really_full_file_system_during_quiz_and_export(tmp_path: Path) -> None:
    """A real ENOSPC: a 900 KB tmpfs holding one quiz set (~500 KB), filled up to 60 KB free."""
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
        def fill(name, leave):
            free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
            (disk / name).write_bytes(bytes(max(free - leave, 0)))
        report = {{"first": quizgen("quiz", {str(CHALLENGE)!r}, "-o", str(out), "--seed", "1", "--answer-sheet")}}
        before = snap(out)
        fill("filler-1", 60_000)  # room for a few of the new files, not for all of them
        report["second"] = quizgen("quiz", {str(CHALLENGE)!r}, "-o", str(out), "--seed", "2", "--answer-sheet")
        report["same"] = snap(out) == before
        report["beside"] = sorted(os.listdir(disk))
        apkg = disk / "deck.apkg"
        apkg.write_bytes(b"the old package")
        fill("filler-2", 4096)
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
    assert report["same"] and report["beside"] == ["filler-1", "quiz"]
    assert_one_line(Run(report["export"][0], "", report["export"][1]), 1, where="deck.apkg",
                    says="No space left on device.*nothing was changed")
    assert report["apkg"] == "the old package"
    assert report["after_export"] == ["deck.apkg", "filler-1", "filler-2", "quiz"]


def test_export_anki_on_a_full_disk_keeps_the_old_file_with_one_line(tmp_path: Path) -> None:
    apkg = tmp_path / "deck.apkg"
    apkg.write_bytes(b"the old package")
    run = quizgen("export", "anki", CHALLENGE, "-o", apkg, prelude=FULL_DISK, env={"ATOMIC_FSYNC_FAILS_AT": "1"})
    assert_one_line(run, 1, where="deck.apkg", says=r"No space left on device \(errno 28\); nothing was changed")
    assert apkg.read_bytes() == b"the old package"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.apkg"]


# --- builders of hostile inputs ----------------------------------------------------------------------

DECK = """\
title: Rivers
id: rivers
{study}facts:
  - id: nile
    text: "The {{Nile}} flows north into the {{Mediterranean Sea}}.{extra}"
    type: place
    distractors: [[Amazon, Congo, Niger], [Red Sea, Black Sea, Caspian Sea]]
  - id: amazon
    text: "The {{Amazon}} carries more water than any other river."
    distractors: [Nile, Yangtze, Mississippi]
"""


def deck(folder: Path, *, study: str = "", extra: str = "") -> Path:
    path = folder / "deck.yaml"
    path.write_text(DECK.format(study=study, extra=extra), encoding="utf-8")
    return path


def collection(folder: Path, *, answered: int = 3) -> Path:
    """A real collection with a Good answer to each of the Challenge deck's first cards, and their states."""
    from datetime import UTC, datetime, timedelta

    import fsrs

    from quizgen.study.scheduler import Scheduler
    from quizgen.study.session import answered_state
    from quizgen.study.settings import Settings
    from quizgen.study.store import Collection, ReviewDraft

    path = folder / "collection.sqlite3"
    settings = Settings(enable_fuzzing=False)
    scheduler = Scheduler(settings)
    ids = _challenge_ids()
    now = datetime(2026, 11, 1, 9, tzinfo=UTC)
    with Collection.open(path) as store:
        for index, card_id in enumerate(ids[:answered]):
            at = now + timedelta(minutes=index)

            def decide(before, reviews, card_id=card_id, at=at):  # type: ignore[no-untyped-def]
                after, _ = answered_state(scheduler, settings, card_id, before, fsrs.Rating.Good, at, reviews, 1200)
                return ReviewDraft(at, fsrs.Rating.Good, "mcq", "right", "x", None, 1200, after)

            store.apply_review(card_id, decide)
        store.update_flags([ids[answered]], now, suspended=True)
    return path


@functools.lru_cache(maxsize=1)
def _challenge_ids() -> tuple[str, ...]:
    from quizgen.study.cardcache import load_catalog

    return tuple(load_catalog([CHALLENGE], cache_dir=None).ids())


def sql(path: Path, *statements: str) -> Path:
    db = sqlite3.connect(path)
    with db:
        for statement in statements:
            db.execute(statement)
    db.close()
    return path


def foreign_db(folder: Path, *, application_id: int = 0, user_version: int = 0) -> Path:
    """An SQLite file quizgen did not make: another program's id, or a schema version, and no tables."""
    path = folder / "other.sqlite3"
    return sql(path, f"PRAGMA application_id = {application_id}", f"PRAGMA user_version = {user_version}")


def schema3_with_bad_state(folder: Path) -> Path:
    """A collection at schema 3 (state as JSON text) whose one card state is not JSON."""
    from quizgen.study.migrations import MIGRATIONS
    from quizgen.study.store import APPLICATION_ID

    path = folder / "collection.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for steps in MIGRATIONS[:3]:
        for step in steps:
            step(db) if callable(step) else db.execute(step)
    db.execute("PRAGMA user_version = 3")
    values = {"card_id": "'challenge:title:1:mcq'", "deck": "'challenge'", "fact": "'title'", "state": "'{not json'",
              "updated_at": "'2026-11-01T00:00:00+00:00'"}
    db.execute(f"INSERT INTO card_state ({', '.join(values)}) VALUES ({', '.join(values.values())})")
    db.commit()
    db.close()
    return path


def pdf(text_lines: list[str], *, content: bytes | None = None) -> bytes:
    """A one-page PDF with `text_lines` in Helvetica (or the raw, Flate-compressed `content` stream)."""
    import zlib

    if content is None:
        body = "BT /F1 11 Tf 50 750 Td 14 TL " + " ".join(
            f"({line.replace('(', '').replace(')', '')}) Tj T*" for line in text_lines) + " ET"
        content = body.encode("latin-1")
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


ARTICLE = ["In 1969, Neil Armstrong became the first person to walk on the Moon.",
           "The Apollo 11 mission launched from Florida on 16 July 1969.",
           "Michael Collins stayed in lunar orbit while Armstrong and Aldrin landed.",
           "The crew returned to Earth on 24 July 1969 and splashed down in the Pacific Ocean."]


def encrypted(data: bytes, user_password: str) -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# --- the table: command x case -> exit status, message shape --------------------------------------------

@dataclass(frozen=True)
class Case:
    """`setup(folder)` makes the hostile input and returns the arguments (relative names are in `folder`).
    `status` and the one line: `where` (the end of its file[:line]) and `says` (a regex); `then` checks
    what the run left behind (files kept byte for byte, a deck that loads)."""

    name: str
    setup: Callable[[Path], list[str]]
    status: int
    where: str | None = None
    says: str = ""
    env: dict[str, str] = field(default_factory=dict)
    then: Callable[[Path, Run], None] | None = None
    prelude: str | None = None  # FULL_DISK: the disk fills at the $ATOMIC_FSYNC_FAILS_AT-th sync


def _study_args(folder: Path, db: Path) -> list[str]:
    return ["--db", str(db), str(CHALLENGE)]


def _unchanged(name: str) -> Callable[[Path, Run], None]:
    """After the run: `name` has the bytes it had before (saved by the setup as NAME.before) and no WAL beside it."""
    def check(folder: Path, run: Run) -> None:
        assert (folder / name).read_bytes() == (folder / f"{name}.before").read_bytes()
        assert not (folder / f"{name}-wal").exists() and not (folder / f"{name}-shm").exists()
    return check


def _keep(path: Path) -> Path:
    shutil.copyfile(path, path.with_name(path.name + ".before"))
    return path


def _drafted_deck_loads(folder: Path, run: Run) -> None:
    deck_path = folder / "draft.yaml"
    text = deck_path.read_text(encoding="utf-8")
    assert "\x93" not in text and "\ufffe" not in text and "\u201c" in text  # U+0093 was a left quote
    assert quizgen("check", deck_path).status == 0


def _settings(folder: Path, line: str, db: Path) -> str:
    """settings.toml (in $XDG_CONFIG_HOME, which the test points at `folder`/config) with `line`; returns `db`."""
    (folder / "config" / "quizgen").mkdir(parents=True, exist_ok=True)
    (folder / "config" / "quizgen" / "settings.toml").write_text(f"desired_retention = 0.9\n{line}\n")
    return str(db)


SUPERSCRIPT = {"study": 'study:\n  new_per_day: "²"\n'}
NUL = {"extra": "\x00"}
DECK_COMMANDS = {
    "check": lambda d: ["check", d], "cards": lambda d: ["cards", d, "--json"], "lint": lambda d: ["lint", d],
    "export": lambda d: ["export", "anki", d, "-o", "out.apkg"], "quiz": lambda d: ["quiz", d, "-o", "quiz"],
    "study": lambda d: ["study", "--db", "c.sqlite3", d], "stats": lambda d: ["stats", "--db", "c.sqlite3", d],
}
COLLECTION_COMMANDS = {
    "stats": lambda db: ["stats", "--db", db, str(CHALLENGE)],
    "optimize": lambda db: ["optimize", "--db", db],
    "export": lambda db: ["export", "anki", str(CHALLENGE), "-o", "out.apkg", "--with-history", "--db", db],
    "orphans": lambda db: ["orphans", "--db", db, str(CHALLENGE)],
    "suspended": lambda db: ["suspended", "--db", db, str(CHALLENGE)],
}

CASES: list[Case] = [
    # "²" is a digit to str.isdigit but not to int(): every command reads the deck.
    *(Case(f"{name}-new_per_day-superscript", lambda f, a=args: a(str(deck(f, **SUPERSCRIPT))), 2,
           where="deck.yaml:4", says=r"new_per_day: expected a whole number, found '²'") for name, args in
      DECK_COMMANDS.items()),
    # A NUL byte: the file and the line.
    *(Case(f"{name}-nul-byte", lambda f, a=args: a(str(deck(f, **NUL))), 2, where="deck.yaml:5",
           says=r"a NUL byte \(U\+0000\) at column \d+") for name, args in DECK_COMMANDS.items()),
    # A learning step past what a date can hold.
    *(Case(f"{name}-learning-step-overflow", lambda f, a=args: a(_settings(f, 'learning_steps = ["1m", '
                                                                           '"99999999999d"]', collection(f))),
           2, where="settings.toml:2", says=r"learning_steps: expected a step of at most 3650 days")
      for name, args in {"stats": COLLECTION_COMMANDS["stats"], "optimize": COLLECTION_COMMANDS["optimize"],
                         "study": lambda db: ["study", "--db", db, str(CHALLENGE)]}.items()),
    # Stored values that do not decode: a date that is no date, a time past year 9999, parameters that are not JSON.
    *(Case(f"{name}-bad-buried-date", lambda f, a=args: a(str(sql(
        collection(f), "UPDATE card_state SET buried_until = 'soon'"))), 2, where="collection.sqlite3",
        says=r"damaged .*state does not decode") for name, args in COLLECTION_COMMANDS.items()
      if name in ("stats", "export", "suspended")),
    *(Case(f"{name}-answer-time-past-9999", lambda f, a=args: a(str(sql(
        collection(f), f"UPDATE review_log SET at = {2**62} WHERE id = 1"))), 2, where="collection.sqlite3",
        says=r"damaged .*answer's time does not decode") for name, args in COLLECTION_COMMANDS.items()
      if name in ("stats", "optimize", "export")),
    *(Case(f"{name}-state-number-is-text", lambda f, a=args: a(str(sql(
        collection(f), "UPDATE card_state SET stability = 'high', step = x'00ff'"))), 2, where="collection.sqlite3",
        says=r"damaged .*state does not decode") for name, args in COLLECTION_COMMANDS.items()
      if name in ("stats", "export")),
    *(Case(f"export-answer-{column}-is-text", lambda f, c=column: COLLECTION_COMMANDS["export"](str(sql(
        collection(f), f"UPDATE review_log SET {c} = 'slow' WHERE id = 2"))), 2, where="collection.sqlite3",
        says=rf"damaged \(answer 2 does not decode: {column} 'slow'\)") for column in ("duration_ms", "a_due")),
    Case("optimize-bad-parameters-json", lambda f: COLLECTION_COMMANDS["optimize"](str(sql(
        collection(f), "INSERT INTO fsrs_parameters (created_at, parameters, source, reviews) "
        "VALUES ('2026-11-01T00:00:00+00:00', '[0.2, oops', 'x', 1)"))), 2, where="collection.sqlite3",
        says=r"damaged .*parameters does not decode"),
    Case("stats-schema-3-bad-state-json", lambda f: COLLECTION_COMMANDS["stats"](str(schema3_with_bad_state(f))), 2,
         where="collection.sqlite3", says=r"damaged .*does not decode"),
    # Another program's SQLite file, or one with no tables but a schema version: refused, byte for byte the same.
    *(Case(f"{name}-foreign-application-id", lambda f, a=args: a(str(_keep(foreign_db(f, application_id=0x1234)))),
           2, where="other.sqlite3", says=r"another program's SQLite database \(application_id 0x00001234\); "
           r"it was left untouched\. Fix: pass another file", then=_unchanged("other.sqlite3"))
      for name, args in COLLECTION_COMMANDS.items()),
    *(Case(f"{name}-tableless-foreign", lambda f, a=args: a(str(_keep(foreign_db(f, user_version=7)))), 2,
           where="other.sqlite3", says=r"not a quizgen collection; it was left untouched\. Fix: ",
           then=_unchanged("other.sqlite3")) for name, args in COLLECTION_COMMANDS.items()),
    # draft: locked and hostile PDFs, characters a deck cannot hold.
    Case("draft-pdf-with-password", lambda f: ["draft", _write(f / "locked.pdf", encrypted(pdf(ARTICLE), "pw")),
                                               "-o", "draft.yaml"], 2, where="locked.pdf",
         says=r"encrypted PDF that needs a password.*Fix: save a copy without the password"),
    Case("draft-pdf-aes-no-password", lambda f: ["draft", _write(f / "aes.pdf", encrypted(pdf(ARTICLE), "")),
                                                 "-o", "draft.yaml"], 0),
    Case("draft-pdf-zip-bomb", lambda f: ["draft", _write(f / "bomb.pdf", pdf([], content=b" " * 90_000_000)),
                                          "-o", "draft.yaml"], 2, where="bomb.pdf", says=r"safety limit"),
    Case("draft-c1-and-noncharacter", lambda f: ["draft", _write(f / "article.txt", (
        "\n\n".join(ARTICLE[:2]) + "\n\nThe command module was called \x93Columbia\x94 by its crew in 1969.\ufffe\n\n"
        + ARTICLE[3] + "\n").encode()), "-o", "draft.yaml"], 0, then=_drafted_deck_loads),
]


def _old_file(name: str, data: bytes = b"the old file") -> Callable[[Path, Run], None]:
    def check(folder: Path, run: Run) -> None:
        assert (folder / name).read_bytes() == data
        assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
    return check


FULL_DISK_CASES = [
    Case("draft-full-disk", lambda f: ["draft", _write(f / "article.txt", "\n\n".join(ARTICLE).encode()), "-o",
                                       _write(f / "draft.yaml", b"the old file"), "--force"], 1, where="draft.yaml",
         says="No space left on device.*nothing was changed", env={"ATOMIC_FSYNC_FAILS_AT": "1"}, prelude=FULL_DISK,
         then=_old_file("draft.yaml")),
    Case("import-full-disk", lambda f: ["import", str(REPO / "tests" / "importers" / "data" / "hand_written.gift"),
                                        "-o", _write(f / "imported.yaml", b"the old file"), "--force"], 1,
         where="imported.yaml", says="No space left on device.*nothing was changed",
         env={"ATOMIC_FSYNC_FAILS_AT": "1"}, prelude=FULL_DISK, then=_old_file("imported.yaml")),
]
CASES += FULL_DISK_CASES


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return path.name


def in_process(args: list[str], env: dict[str, str], cwd: Path, monkeypatch: pytest.MonkeyPatch,
               capsys: pytest.CaptureFixture[str]) -> Run:
    """`quizgen.cli.main(args)`, the console script's own entry point, in this process (a second per case
    saved); any exception that escapes it fails the test, as a traceback would."""
    from quizgen.cli import main

    monkeypatch.chdir(cwd)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    capsys.readouterr()
    try:
        status = main(args)
    except SystemExit as exit:  # argparse
        status = int(exit.code or 0)
    captured = capsys.readouterr()
    return Run(status, captured.out, captured.err)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_hostile_case(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
    env = {"QUIZGEN_DB": str(tmp_path / "default.sqlite3"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "QUIZGEN_CONFIG_DIR": str(tmp_path / "config" / "quizgen"), **case.env}
    args = case.setup(tmp_path)
    if case.prelude is None:
        run = in_process(args, env, tmp_path, monkeypatch, capsys)
    else:  # a fault injected into a process of its own
        run = quizgen(*args, env=env, cwd=tmp_path, prelude=case.prelude)
    if case.status == 0:
        assert run.status == 0 and "Traceback" not in run.err, run.err
    else:
        assert_one_line(run, case.status, where=case.where, says=case.says)
    if case.then is not None:
        case.then(tmp_path, run)


# --- read-only collections, drafted decks' permissions, damaged card-cache entries ------------------------

def _read_only_run(folder: Path, commands: list[list[str]]) -> list[Run]:
    """Run `commands` with `folder` read-only: by its mode for a normal user; for root (whom modes do not
    stop) under a read-only bind mount in a user namespace."""
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in [folder, *folder.iterdir()]}
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            return [quizgen(*command, cwd=folder.parent) for command in commands]
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
    if not _user_namespaces():
        pytest.skip("root without user namespaces: no way to make a folder read-only here")
    script = folder.parent / "read_only.py"
    script.write_text(textwrap.dedent(f"""
        import json, subprocess, sys
        folder = {str(folder)!r}
        subprocess.run(["mount", "--bind", folder, folder], check=True)
        subprocess.run(["mount", "-o", "remount,bind,ro", folder], check=True)
        runs = [subprocess.run([sys.executable, "-m", "quizgen", *c], capture_output=True, text=True)
                for c in json.loads(sys.argv[1])]
        print(json.dumps([[r.returncode, r.stdout, r.stderr] for r in runs]))
    """))
    result = subprocess.run(["unshare", "-rm", sys.executable, str(script), json.dumps(commands)],
                            capture_output=True, text=True, cwd=folder.parent, timeout=300)
    assert result.returncode == 0, result.stderr
    return [Run(*run) for run in json.loads(result.stdout)]


def test_stats_and_export_with_history_read_a_read_only_collection(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = collection(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["collection.sqlite3"]  # no -wal or -shm to lean on
    before = snapshot(folder)
    stats, export = _read_only_run(folder, [
        ["stats", "--json", "--db", str(db), str(CHALLENGE)],
        ["export", "anki", str(CHALLENGE), "-o", str(tmp_path / "out.apkg"), "--with-history", "--db", str(db)],
    ])
    assert stats.status == 0, stats.err
    assert json.loads(stats.out)["total_reviews"] == 3
    assert export.status == 0, export.err
    assert "progress for 4 cards, 3 reviews" in export.err  # three answered, one suspended
    assert snapshot(folder) == before


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_a_drafted_deck_gets_the_users_normal_permissions(tmp_path: Path, umask: int, mode: int) -> None:
    source = tmp_path / "article.txt"
    source.write_text("\n\n".join(ARTICLE) + "\n")
    result = subprocess.run([sys.executable, "-m", "quizgen", "draft", str(source), "-o", str(tmp_path / "d.yaml")],
                            capture_output=True, text=True, preexec_fn=lambda: os.umask(umask))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d.yaml").stat().st_mode & 0o777 == mode


def test_a_damaged_card_cache_entry_is_regenerated_and_the_collection_is_not_blamed(
        tmp_path: Path, card_cache: Path) -> None:
    from datetime import UTC, datetime

    from quizgen.study.cardcache import load_catalog
    from quizgen.study.session import StudySession
    from quizgen.study.settings import Settings
    from quizgen.study.store import Collection

    fresh = load_catalog([CHALLENGE], cache_dir=None)
    load_catalog([CHALLENGE], cache_dir=card_cache)  # writes the entry
    (entry,) = card_cache.glob("*.cards")
    db = sqlite3.connect(entry)
    with db:
        db.execute("UPDATE card SET blob = x'00ff00ff'")  # "bad marshal data" for every card
    db.close()
    catalog = load_catalog([CHALLENGE], cache_dir=card_cache)
    first = fresh.ids()[0]
    assert catalog.card(first) == fresh.card(first)
    assert catalog.ids() == fresh.ids()
    assert not entry.exists()  # the next start writes a good one
    # The session the study app runs, on an entry damaged again: it shows a card and saves its answer.
    load_catalog([CHALLENGE], cache_dir=card_cache)  # a good entry again
    db = sqlite3.connect(entry)
    with db:
        db.execute("UPDATE card SET blob = x'00ff00ff'")
    db.close()
    now = datetime(2026, 11, 1, 9, tzinfo=UTC)
    with Collection.open(tmp_path / "c.sqlite3") as store:
        session = StudySession(store, load_catalog([CHALLENGE], cache_dir=card_cache), clock=lambda: now,
                               settings=Settings(enable_fuzzing=False), tz=UTC)
        session.start()
        shown = session.current()
        assert shown is not None and shown.card == fresh.card(shown.card.id)
        if shown.options is not None:
            session.answer_choice(shown.answer_index)
        else:
            session.answer_text(shown.card.answer)
        session.rate()
        assert [row.card_id for row in store.review_log()] == [shown.card.id]
    damaged = load_catalog([CHALLENGE], cache_dir=card_cache)
    assert damaged.card(first) == fresh.card(first)


# --- quizgen.files.write_set itself: the fallback swap, a killed run's leftovers, links, modes ---------------

def test_write_set_swaps_with_two_renames_where_the_system_cannot_exchange(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    from quizgen import files

    class NoExchange:  # a libc whose renameat2 says EINVAL, as on a file system that cannot exchange
        def renameat2(self, *args: object) -> int:
            ctypes.set_errno(errno.EINVAL)
            return -1

    monkeypatch.setattr(files.ctypes, "CDLL", lambda *a, **k: NoExchange())
    target = tmp_path / "out"
    files.write_set(target, [("a.txt", b"one"), ("b.txt", b"one")])
    files.write_set(target, [("a.txt", b"two"), ("b.txt", b"two")], replaces=["a.txt", "b.txt"])
    assert snapshot(target) == snapshot(_folder(tmp_path / "expected", {"a.txt": b"two", "b.txt": b"two"}))
    assert leftovers(target) == []


def test_a_killed_runs_leftovers_are_removed_or_put_back(tmp_path: Path) -> None:
    from quizgen import files

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()  # a process id that has ended
    target = tmp_path / "out"
    # Killed between the fallback's two renames: the old set is aside and `out` is missing.
    _folder(tmp_path / f".out.set-{dead}-abc.old.tmp", {"quiz.json": b"old"})
    _folder(tmp_path / f".out.set-{dead}-def.tmp", {"quiz.json": b"half of the new"})
    files.write_set(target, [("quiz.json", b"new")], replaces=["quiz.json"])
    assert (target / "quiz.json").read_bytes() == b"new"
    assert leftovers(target) == []
    # A leftover of a live process (a run going on now) is not touched.
    live = _folder(tmp_path / f".out.set-{os.getppid()}-ghi.tmp", {"quiz.json": b"being written"})
    files.write_set(target, [("quiz.json", b"newer")], replaces=["quiz.json"])
    assert live.is_dir()


def test_write_set_keeps_other_files_the_folders_mode_and_a_symlink_to_it(tmp_path: Path) -> None:
    from quizgen import files

    real = _folder(tmp_path / "real", {"quiz.json": b"old", "notes.txt": b"mine", "scans/p1.jpg": b"jpeg"})
    real.chmod(0o750)
    (tmp_path / "link").symlink_to(real)
    files.write_set(tmp_path / "link", [("quiz.json", b"new")], replaces=["quiz.json"])
    assert (tmp_path / "link").is_symlink()
    assert snapshot(real) == {"notes.txt": _sha(b"mine"), "quiz.json": _sha(b"new"), "scans/p1.jpg": _sha(b"jpeg")}
    assert real.stat().st_mode & 0o777 == 0o750


def test_write_set_owns_the_folders_its_names_hold(tmp_path: Path) -> None:
    """A set whose files are in a folder (`annotated/NAME.pdf`) replaces that folder whole: no PDF of
    an earlier set stays beside the new ones; a folder it does not write is kept; and a folder of
    its own does not count against the folder's "much else"."""
    from quizgen import files

    real = _folder(tmp_path / "results", {"annotated/old.pdf": b"old", "marks.csv": b"old", "scans/p1.jpg": b"jpeg",
                                          **{f"pages/{n}.jpg": b"page" for n in range(150)}})
    assert files.set_swap_problem(real, lambda name: name in ("annotated", "marks.csv", "pages")) is None
    assert files.set_swap_problem(real) is not None  # counted as another's, 150 pages are too many
    files.write_set(real, [("annotated/new.pdf", b"new"), ("marks.csv", b"new")])
    assert snapshot(real) == {"annotated/new.pdf": _sha(b"new"), "marks.csv": _sha(b"new"),
                              "scans/p1.jpg": _sha(b"jpeg"), **{f"pages/{n}.jpg": _sha(b"page") for n in range(150)}}


def _folder(path: Path, contents: dict[str, bytes]) -> Path:
    for name, data in contents.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_bytes(data)
    return path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
