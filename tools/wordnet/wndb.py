"""Read Princeton WordNet 3.0's database files (WNDB format) at build time.

Only the scripts in tools/ use this, to derive the compact tables that quizgen ships inside the package;
quizgen never reads WordNet at run time. The files come with Debian's `wordnet-base` package
(`apt-get install wordnet-base`, files in /usr/share/wordnet). WordNet's licence (LICENSE.wordnet beside
this file) asks that its notice goes with every copy of derived data; the docs name each file that holds some (docs/decks.md, "Data bundled").
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DIR = Path(os.environ.get("WORDNET_DIR", "/usr/share/wordnet"))

# The lexicographer files, by number (WordNet's lexnames file).
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
    "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
    "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
    "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
    "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
    "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()


@dataclass(frozen=True, slots=True)
class Pointer:
    symbol: str  # "@" hypernym, "@i" instance hypernym, "#p" part holonym, ... (WordNet's wninput(5WN))
    offset: int
    pos: str


@dataclass(frozen=True, slots=True)
class Synset:
    offset: int
    pos: str
    lexname: str
    lemmas: tuple[str, ...]  # as written, underscores turned into spaces
    pointers: tuple[Pointer, ...]
    gloss: str

    def targets(self, *symbols: str) -> tuple[int, ...]:
        return tuple(p.offset for p in self.pointers if p.symbol in symbols)


def read_synsets(pos: str = "noun", directory: Path = DEFAULT_DIR) -> Iterator[Synset]:
    """Every synset of `data.<pos>`, in file order (the licence header lines start with spaces)."""
    with open(directory / f"data.{pos}", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            offset, lex, ss_type = int(fields[0]), int(fields[1]), fields[2]
            n_words = int(fields[3], 16)
            words = fields[4 : 4 + 2 * n_words : 2]
            at = 4 + 2 * n_words
            n_pointers = int(fields[at])
            pointers = tuple(
                Pointer(fields[at + 1 + 4 * i], int(fields[at + 2 + 4 * i]), fields[at + 3 + 4 * i])
                for i in range(n_pointers)
            )
            lemmas = tuple(_lemma(word) for word in words)
            yield Synset(offset, ss_type, LEXNAMES[lex], lemmas, pointers, gloss.strip())


def _lemma(word: str) -> str:
    # Adjectives may carry a syntactic marker: "galore(ip)".
    if word.endswith(")") and "(" in word:
        word = word[: word.index("(")]
    return word.replace("_", " ")


def noun_index(directory: Path = DEFAULT_DIR) -> dict[int, Synset]:
    return {synset.offset: synset for synset in read_synsets("noun", directory)}
