"""quizgen's benchmarks: `python -m quizgen_benchmarks.run [--quick] [--only NAME]` (see docs/benchmarks.md)."""
