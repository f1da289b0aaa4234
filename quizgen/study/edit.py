"""Editing a fact from the browser: where it is in its deck file, the editor's command, reloading the deck.

The deck file stays the truth: the browser opens it in the learner's editor (`$VISUAL`, else
`$EDITOR`, else `vi`) at the fact's line, and on return reads that one deck again through the card
cache, the same route as `quizgen study` (`cardcache.load_catalog`, its broken facts left out as
there). A deck that no longer checks (outside its facts, or no fact left) raises the loader's InputError and the catalog in use stays as it was: the collection is never
touched by an edit, so no history is lost either way.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path
from typing import Mapping

from quizgen.core.deckfile import load_deck
from quizgen.core.problems import InputError
from quizgen.core.yamlfile import LineDict, LineList, parse_yaml
from quizgen.study.catalog import Catalog


def fact_line(path: Path, fact_id: str) -> int:
    """The line the editor opens fact `fact_id` of deck file `path` at: its `id:` line (where the fact
    is named, whichever of its keys comes first), from the file's YAML, so a deck that does not check
    now is found too; a fact without `id:` (a derived id) at its first line, from the deck as read;
    else 1."""
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"), path)
    except (InputError, OSError, UnicodeDecodeError):
        return 1
    facts = data.get("facts") if isinstance(data, LineDict) else None
    if isinstance(facts, LineList):
        for entry in facts:
            if isinstance(entry, LineDict) and entry.get("id") == fact_id:
                return entry.line_of("id")
    try:
        for fact in load_deck(path).facts:
            if fact.id == fact_id:
                return fact.line or 1
    except InputError:
        pass
    return 1


def editor_command(path: Path, line: int, environ: Mapping[str, str] | None = None) -> list[str]:
    """`$EDITOR +LINE FILE` (`$VISUAL` first, as most tools; `vi` when neither is set)."""
    environ = os.environ if environ is None else environ
    editor = environ.get("VISUAL") or environ.get("EDITOR") or "vi"
    return [*shlex.split(editor), f"+{line}", str(path)]


def reload_deck(catalog: Catalog, deck_id: str) -> Catalog:
    """`catalog` with deck `deck_id` read again from its file, as `quizgen study` reads it (a fact
    with an error is left out, `DeckInfo.skipped`; InputError if the deck itself no longer checks)."""
    from quizgen.study.cardcache import load_catalog

    info = catalog.decks_by_id[deck_id]
    return catalog.with_decks(load_catalog([info.path], allow_outside=catalog.allow_outside, skip_broken_facts=True),
                              replacing=deck_id)
