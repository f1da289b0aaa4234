"""pysbd installs a top-level `benchmarks` package of its own: make sure this repository's is the one
the drafting tests import (until the package is renamed, issue 13)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if sys.path[0] != str(REPO):
    sys.path.insert(0, str(REPO))
if "benchmarks" in sys.modules and not str(sys.modules["benchmarks"].__file__).startswith(str(REPO)):
    for name in [n for n in sys.modules if n == "benchmarks" or n.startswith("benchmarks.")]:
        del sys.modules[name]
