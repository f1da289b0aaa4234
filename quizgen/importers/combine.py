"""Put the decks read from several files together: one deck per foreign deck, or one (`--flatten`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from quizgen.importers.model import ImportedDeck, ImportedFact, unique_ids


def combine(decks: Sequence[ImportedDeck], flatten: bool) -> list[ImportedDeck]:
    """Decks with the same path merge (facts in order, ids made unique); with `flatten`, every deck
    merges into the first, each fact tagged with its sub-deck's path (`Verbs::Irregular`)."""
    if not decks:
        return []
    if flatten:
        root = common_root([d.path for d in decks])
        facts: list[ImportedFact] = []
        for deck in decks:
            rest = deck.path[len(root):]
            tag = re.sub(r"\s+", "_", "::".join(rest)) if rest else ""
            for fact in deck.facts:
                facts.append(replace(fact, tags=(*fact.tags, tag)) if tag and tag not in fact.tags else fact)
        first = decks[0]
        title = root[-1] if root else first.title
        merged = replace(first, path=root, title=title, facts=tuple(unique_ids(facts)),
                         sources=_merged_sources(decks))
        return [merged]
    by_path: dict[tuple[str, ...], list[ImportedDeck]] = {}
    for deck in decks:
        by_path.setdefault(deck.path, []).append(deck)
    combined = []
    for same in by_path.values():
        first = same[0]
        facts = [fact for deck in same for fact in deck.facts]
        combined.append(replace(first, facts=tuple(unique_ids(facts)), sources=_merged_sources(same)))
    return combined


def common_root(paths: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    prefix = paths[0]
    for path in paths[1:]:
        n = 0
        while n < min(len(prefix), len(path)) and prefix[n] == path[n]:
            n += 1
        prefix = prefix[:n]
    return prefix


def _merged_sources(decks: Sequence[ImportedDeck]) -> tuple:
    seen = {}
    for deck in decks:
        for source in deck.sources:
            seen.setdefault(source.key, source)
    return tuple(seen.values())
