"""Generators of the large inputs the benchmarks run on (written under benchmarks/_work/, never committed)."""
