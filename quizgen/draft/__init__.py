"""Drafting decks from documents: readers -> sentences -> entities -> candidates -> merge -> writer (docs/draft.md)."""
