"""The pieces every benchmark shares: its context, its result rows, and the child-process protocol.

Each step of a benchmark (making its inputs, the baseline, quizgen's run) runs in a fresh Python
process (`python -m quizgen_benchmarks.worker MODULE STEP ...`), so that imports, caches and peak memory
of one step never leak into another. The worker prints one line `BENCH-RESULT {json}` holding what
the step returned plus the process's peak resident memory (`ru_maxrss`).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

REPO = Path(__file__).resolve().parents[1]
DEFAULT_WORK = REPO / "quizgen_benchmarks" / "_work"
RESULT_MARK = "BENCH-RESULT "
#: Every benchmark module, in the order the table lists them (issue 7's numbering).
BENCHMARKS = ("generation", "anki_export", "study_start", "answer_latency", "class_quiz", "optimize", "anki_import",
              "omr", "scaling", "versus_anki", "hostile")


@dataclass(frozen=True)
class Context:
    """Where a benchmark keeps its inputs, and whether it runs at the small `--quick` sizes."""

    work: Path
    quick: bool
    profile: bool = False  # run the quizgen step under pyinstrument (see benchmarks.worker)

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    @property
    def inputs(self) -> Path:
        """The folder for generated inputs, shared by the benchmarks and reused between runs."""
        path = self.work / ("quick" if self.quick else "full")
        path.mkdir(parents=True, exist_ok=True)
        return path

    def scratch(self, name: str) -> Path:
        """An empty folder for one step's outputs."""
        path = self.inputs / "scratch" / name
        if path.exists():
            _remove_tree(path)
        path.mkdir(parents=True)
        return path


@dataclass(frozen=True)
class Row:
    """One line of the results table."""

    benchmark: str
    figure: str
    value: str  # the measured figure, formatted (e.g. "3.21 s", "median 12 ms")
    baseline: str  # the same-run baseline it is compared with, formatted
    ratio: float | None  # value / baseline, when both are times
    cpu_ratio: float | None  # the same ratio on CPU time (process_time), steadier on a busy machine
    peak_mb: float | None  # peak resident memory of the measured process
    target: str
    passed: bool | None  # None where the issue sets no target (a figure reported for information)
    note: str = ""
    baseline_peak_mb: float | None = None  # peak resident memory of the baseline's process


@dataclass
class StepResult:
    """What one step's process reported; `error` is set when it failed."""

    data: dict[str, Any] = field(default_factory=dict)
    peak_mb: float = 0.0
    wall_seconds: float = 0.0
    error: str | None = None

    def __getitem__(self, key: str) -> Any:
        return self.data[key]


@contextmanager
def timer() -> Iterator[dict[str, float]]:
    """`with timer() as t: ...` then `t["seconds"]` holds the elapsed wall time and
    `t["cpu_seconds"]` the CPU time this process used meanwhile (all its threads)."""
    box: dict[str, float] = {}
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        yield box
    finally:
        box["seconds"] = time.perf_counter() - started
        box["cpu_seconds"] = time.process_time() - cpu_started


def cpu_with_children() -> float:
    """CPU seconds used so far by this process (all threads) and by its child processes that have
    ended (the processes a cold start generates decks in)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def peak_children_mb() -> float:
    """The largest peak resident memory of this process's ended child processes, in MiB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MiB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_step(module: str, step: str, context: Context, timeout: float) -> StepResult:
    """Run `benchmarks.<module>.<step>(context)` in a fresh Python process and collect its result."""
    command = [sys.executable, "-m", "quizgen_benchmarks.worker", module, step, str(context.work)]
    if context.quick:
        command.append("--quick")
    if context.profile and step == "quizgen":
        command.append("--profile")
    env = dict(os.environ, PYTHONHASHSEED="0")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    started = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return StepResult(wall_seconds=timeout, error=f"{module}.{step} took longer than {timeout:.0f} s")
    wall = time.perf_counter() - started
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            payload = json.loads(line[len(RESULT_MARK):])
            return StepResult(payload["data"], payload["peak_mb"], wall)
    tail = (done.stderr or done.stdout).strip().splitlines()[-12:]
    return StepResult(wall_seconds=wall, error=f"{module}.{step} failed (exit {done.returncode}):\n" + "\n".join(tail))


def ratio(value: float, baseline: float) -> float | None:
    return value / baseline if baseline > 0 else None


def cpu_ratio(ours: StepResult, base: StepResult) -> float | None:
    """Ratio of the CPU seconds two steps reported (None if either did not report any)."""
    if "cpu_seconds" not in ours.data or "cpu_seconds" not in base.data:
        return None
    return ratio(ours["cpu_seconds"], base["cpu_seconds"])


def with_gc_paused(step: Callable[[Context], dict[str, Any]]) -> Callable[[Context], dict[str, Any]]:
    """A baseline step run with Python's cyclic garbage collector paused, as quizgen pauses it while
    building big trees: a stricter baseline, reported beside the issue's (see RESULTS.md)."""

    def paused(context: Context) -> dict[str, Any]:
        import gc

        gc.disable()  # the step runs in a process of its own: nothing else to restore
        return step(context)

    return paused


def gc_paused_row(name: str, title: str, ours: StepResult, strict: StepResult, what: str) -> Row:
    """The informational row comparing quizgen with a `with_gc_paused` baseline."""
    return Row(name, f"{title}, against {what} with the GC paused too", seconds_text(ours["seconds"]),
               seconds_text(strict["seconds"]), ratio(ours["seconds"], strict["seconds"]), cpu_ratio(ours, strict),
               ours.peak_mb, "(none: reported)", None,
               f"quizgen pauses the cyclic GC while it builds its objects; the issue's baseline ({what}) does not",
               strict.peak_mb)


def seconds_text(seconds: float) -> str:
    if seconds < 0.1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def _remove_tree(path: Path) -> None:
    for child in sorted(path.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        child.rmdir() if child.is_dir() and not child.is_symlink() else child.unlink()
    path.rmdir()
