"""Generators of the large inputs the benchmarks run on (written under quizgen_benchmarks/_work/, never committed)."""
