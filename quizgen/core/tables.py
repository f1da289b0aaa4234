"""The tables that ship inside the package (quizgen/core/data/: the people list, the WordNet tables; their sources
and licences in docs/decks.md), read as text. Nothing is downloaded: a table is read from the installed package."""

from __future__ import annotations

from importlib import resources


def data_file(name: str) -> str:
    """The text of one bundled table of data/ ("people.tsv", "wordnet_nouns.tsv")."""
    return resources.files("quizgen.core").joinpath(f"data/{name}").read_text(encoding="utf-8")
