"""The child process of one benchmark step: `python -m benchmarks.worker MODULE STEP WORK [--quick]`.

Runs `benchmarks.MODULE.STEP(Context)`, which returns a JSON-able dict, and prints it on one line
with this process's peak memory. Run by benchmarks.run; not meant to be called by hand.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from benchmarks.harness import RESULT_MARK, Context, peak_rss_mb


def main(argv: list[str]) -> int:
    module_name, step, work = argv[:3]
    context = Context(Path(work), quick="--quick" in argv[3:])
    module = importlib.import_module(f"benchmarks.{module_name}")
    data = getattr(module, step)(context)
    print(RESULT_MARK + json.dumps({"data": data, "peak_mb": peak_rss_mb()}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
