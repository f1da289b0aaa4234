"""Find where a fact came from: the sentence of a source document that holds its answer."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

from quizgen.core.controls import visible
from quizgen.core.containment import Refused, read_source_text
from quizgen.core.model import Source
from quizgen.core.text import contains_phrase, normalize

# A sentence ends at . ! ? (and closing quotes) followed by space and a capital, or at a line break.
_SENTENCE_END = re.compile(r"([.!?][\"'”’)]?)[ \t]+(?=[\"'“‘(]?[A-Z0-9])")


@lru_cache(maxsize=64)
def _sentences(path: Path) -> tuple[str, ...]:
    try:
        text = read_source_text(path)  # checked again: the file may have been swapped since the deck was read
    except (OSError, Refused):
        return ()
    if text is None:
        return ()
    marked = _SENTENCE_END.sub("\\1\n", visible(text))  # shown in a terminal: controls made visible
    return tuple(s.strip() for s in marked.splitlines() if s.strip())


def source_sentence(sources: Mapping[str, Source], cited: Sequence[str], quotes: Sequence[str], full_text: str,
                    answer: str) -> tuple[str | None, str] | None:
    """(source title, sentence) for the first cited source that states the answer, or None.

    `sources` are the deck's sources by key, `cited` the keys a fact cites, `quotes` its `quote:`
    sentences and `full_text` its text with every blank filled in. A quote wins; otherwise the
    sentence sharing the most words with the fact is chosen among those that contain the answer.
    Reads the cited source files (each kept once read).
    """
    for quote in quotes:
        if contains_phrase(quote, answer):
            source = sources.get(cited[0]) if cited else None
            return (source.title if source else None, quote)
    fact_words = set(normalize(full_text).split())
    for key in cited:
        source = sources.get(key)
        if source is None or source.file is None:
            continue
        matching = [s for s in _sentences(source.file) if contains_phrase(s, answer)]
        if matching:
            best = max(matching, key=lambda s: len(fact_words & set(normalize(s).split())))
            return (source.title, best)
    return None
