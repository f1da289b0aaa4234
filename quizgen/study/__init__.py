"""Studying in the terminal, without the terminal: scheduling (FSRS-6), the SQLite collection,
study sessions, grading, statistics, parameter fitting and orphan cleanup. No UI imports here."""
