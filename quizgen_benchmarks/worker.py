"""The child process of one benchmark step: `python -m quizgen_benchmarks.worker MODULE STEP WORK [--quick] [--profile]`.

Runs `benchmarks.MODULE.STEP(Context)`, which returns a JSON-able dict, and prints it on one line
with this process's peak memory. With `--profile`, the step runs under pyinstrument (statistical,
low overhead) and its call tree is written to WORK/profiles/MODULE.STEP.txt (the figures of a
profiled run are slower: compare them only with each other). Run by benchmarks.run.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any, Callable

from quizgen_benchmarks.harness import RESULT_MARK, Context, peak_rss_mb


def main(argv: list[str]) -> int:
    module_name, step, work = argv[:3]
    context = Context(Path(work), quick="--quick" in argv[3:])
    module = importlib.import_module(f"quizgen_benchmarks.{module_name}")
    function = getattr(module, step)
    if "--profile" in argv[3:]:
        data = profiled(function, context, context.work / "profiles" / f"{module_name}.{step}.txt")
    else:
        data = function(context)
    print(RESULT_MARK + json.dumps({"data": data, "peak_mb": peak_rss_mb()}), flush=True)
    return 0


def profiled(function: Callable[[Context], dict[str, Any]], context: Context, out: Path) -> dict[str, Any]:
    """Run the step under pyinstrument and write its call tree (async-aware) to `out`."""
    from pyinstrument import Profiler

    profiler = Profiler(async_mode="enabled")
    profiler.start()
    try:
        data = function(context)
    finally:
        profiler.stop()
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(profiler.output_text(unicode=True, show_all=False), encoding="utf-8")
    data["profile"] = str(out)
    return data


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
