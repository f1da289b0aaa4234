"""Run quizgen's benchmarks and print a table: `python -m quizgen_benchmarks.run [--quick] [--only NAME]`.

Every figure is an absolute time, its ratio to a baseline measured in the same run, the peak
memory of the process that measured it, the issue's target, and pass/miss. Each step (inputs,
baseline, quizgen) runs in its own process. Inputs are generated under quizgen_benchmarks/_work/ (git-ignored)
and reused by later runs. `--results quizgen_benchmarks/RESULTS.md` rewrites the table and machine section
of that file, keeping the hand-written analysis around them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # `python quizgen_benchmarks/run.py`: make `quizgen_benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizgen_benchmarks.harness import BENCHMARKS, DEFAULT_WORK, Context, Row, StepResult, run_step  # noqa: E402

START_MARK = "<!-- results:start -->"
END_MARK = "<!-- results:end -->"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m quizgen_benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny inputs (seconds, for the smoke test)")
    parser.add_argument("--only", action="append", choices=BENCHMARKS, metavar="NAME",
                        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK,
                        help="folder for generated inputs and outputs (default quizgen_benchmarks/_work/)")
    parser.add_argument("--results", type=Path, metavar="FILE.md",
                        help="write the machine and the table into this Markdown file (between its markers)")
    parser.add_argument("--json", type=Path, metavar="FILE.json", help="also write the rows as JSON")
    parser.add_argument("--profile", action="store_true",
                        help="run quizgen's side under pyinstrument; call trees go to WORK/profiles/ "
                        "(needs `pip install pyinstrument`; profiled times are slower)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds allowed per step (default 900)")
    return parser.parse_args(argv)


def run_benchmark(name: str, context: Context, timeout: float) -> tuple[list[Row], dict[str, StepResult]]:
    module = importlib.import_module(f"quizgen_benchmarks.{name}")
    results: dict[str, StepResult] = {}
    for step in module.STEPS:
        print(f"  {name}: {step} ...", file=sys.stderr, flush=True)
        result = run_step(name, step, context, timeout)
        results[step] = result
        if result.error:
            return [Row(name, module.TITLE, "error", "", None, None, None, module.TARGET, False, result.error)], results
    return module.report(results, context), results


def machine() -> dict[str, str]:
    """The machine the figures were measured on."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "cpus (nproc)": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "load average at start": " ".join(f"{x:.2f}" for x in load),
    }


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table (readable as plain text too)."""
    header = ["#", "benchmark", "figure", "quizgen", "baseline", "ratio", "CPU ratio", "peak MiB (quizgen / baseline)",
              "target", "result"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        number = BENCHMARKS.index(row.benchmark) + 1
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else ""
        cpu = f"{row.cpu_ratio:.2f}x" if row.cpu_ratio is not None else ""
        peak = f"{row.peak_mb:.0f}" if row.peak_mb is not None else ""
        if row.peak_mb is not None and row.baseline_peak_mb is not None:
            peak += f" / {row.baseline_peak_mb:.0f}"
        result = {True: "pass", False: "MISS", None: "info"}[row.passed]
        cells = [str(number), row.benchmark, row.figure, row.value, row.baseline, ratio, cpu, peak, row.target,
                 result]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    notes = [f"- {row.benchmark}: {row.note}" for row in rows if row.note]
    return "\n".join(lines + ([""] + notes if notes else []))


def write_results(path: Path, rows: list[Row], info: dict[str, str], quick: bool, seconds: float) -> None:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = "\n".join(
        [START_MARK, f"Run {when} ({'--quick' if quick else 'full sizes'}, {seconds:.0f} s in all).", "",
         "| machine | |", "|---|---|", *[f"| {k} | {v} |" for k, v in info.items()], "", table(rows), END_MARK]
    )
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Benchmark results\n\n{START_MARK}\n{END_MARK}\n"
    if START_MARK in text and END_MARK in text:
        before, rest = text.split(START_MARK, 1)
        after = rest.split(END_MARK, 1)[1]
        text = before + section + after
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    temp = path.with_suffix(".tmp")
    temp.write_text(text, encoding="utf-8")
    temp.replace(path)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.profile:
        try:
            import pyinstrument  # noqa: F401
        except ImportError:
            print("--profile needs pyinstrument: .venv/bin/pip install pyinstrument", file=sys.stderr)
            return 2
    context = Context(args.work.resolve(), args.quick, args.profile)
    names = args.only or list(BENCHMARKS)
    info = machine()
    print("machine: " + "; ".join(f"{k} {v}" for k, v in info.items()), file=sys.stderr)
    started = time.perf_counter()
    rows: list[Row] = []
    for name in BENCHMARKS:
        if name in names:
            benchmark_rows, _ = run_benchmark(name, context, args.timeout)
            rows.extend(benchmark_rows)
    seconds = time.perf_counter() - started
    print(table(rows))
    print(f"\n{len(rows)} figures in {seconds:.0f} s; inputs under {context.inputs}")
    if args.profile:
        print(f"profiles (call trees of quizgen's steps): {context.work / 'profiles'}")
    if args.results:
        write_results(args.results, rows, info, args.quick, seconds)
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "rows": [asdict(r) for r in rows]}, indent=2))
    return 1 if any(row.value == "error" for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
