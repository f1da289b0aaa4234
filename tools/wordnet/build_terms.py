"""Derive quizgen/core/data/wordnet_nouns.tsv from WordNet 3.0: what common nouns are (issue 11).

Run from the repository root: `python tools/wordnet/build_terms.py` (WORDNET_DIR to read another copy). The
table holds WordNet's hierarchy of common nouns (no instances: persons, places and events named by a proper name
are left out) and, for each noun lemma, its most used senses. quizgen/core/wordnet.py reads it at run time.

Format (UTF-8, tab-separated): the first line is a comment (`#`: the source and its licence); then one line per
synset, numbered from 0 by line (`<parents> <wholes> <names>`: its hypernyms' numbers, comma-separated, empty for
a root; the wholes it is a part of (part holonyms: the nucleus is part of a cell); its lemmas as written, `|`-separated, what
a stem's kind noun is compared with); a line `%%`; then one line per noun lemma (`<lemma> <senses>`: lower case,
its senses most used first as `number:count`, count being the sense's tag count in WordNet's semantic concordance,
from cntlist.rev, 0 when never tagged; at most six, the rarest left out). Lemmas of more than three words or with digits are left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import wndb  # noqa: E402  (the one reader of WordNet's files)

OUT = Path(__file__).resolve().parents[2] / "quizgen" / "core" / "data" / "wordnet_nouns.tsv"
MAX_SENSES = 6


def sense_counts(directory: Path) -> dict[tuple[str, int], int]:
    """(lemma, sense number) -> tag count, for nouns (cntlist.rev: `sense_key sense_number tag_cnt`)."""
    counts: dict[tuple[str, int], int] = {}
    with open(directory / "cntlist.rev", encoding="utf-8") as lines:
        for line in lines:
            key, number, count = line.split()
            lemma, _, rest = key.partition("%")
            if rest[:1] == "1":  # ss_type 1: a noun
                counts[(lemma.replace("_", " "), int(number))] = int(count)
    return counts


def build(directory: Path = wndb.DEFAULT_DIR) -> str:
    synsets = wndb.noun_index(directory)
    # an instance (Mozart, the Nile) has an instance hypernym ("@i") and no hypernym of its own
    common = {o: s for o, s in synsets.items() if not s.targets("@i") or s.targets("@")}
    ids = {offset: i for i, offset in enumerate(common)}
    counts = sense_counts(directory)
    words: list[str] = []
    with open(directory / "index.noun", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, n_synsets, n_pointers = fields[0].replace("_", " "), int(fields[2]), int(fields[3])
            offsets = [int(o) for o in fields[6 + n_pointers: 6 + n_pointers + n_synsets]]
            senses = [(ids[o], counts.get((lemma, number), 0))
                      for number, o in enumerate(offsets, 1) if o in ids]
            if not senses or len(lemma.split()) > 3 or any(c.isdigit() for c in lemma):
                continue
            kept = senses[:MAX_SENSES]
            words.append(f"{lemma}\t" + " ".join(f"{i}:{c}" for i, c in kept))
    out = ["# Derived from Princeton WordNet 3.0 by tools/wordnet/build_terms.py; WordNet's licence: LICENSE.wordnet "
           "beside this file (WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved)."]
    for synset in common.values():
        parents = ",".join(str(ids[p]) for p in synset.targets("@") if p in ids)
        wholes = ",".join(str(ids[p]) for p in synset.targets("#p") if p in ids)
        out.append(f"{parents}\t{wholes}\t" + "|".join(dict.fromkeys(synset.lemmas)))
    out.append("%%")
    out += words
    return "\n".join(out) + "\n"


def main() -> None:
    text = build()
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(text.encode()) / 1e6:.1f} MB, {text.count(chr(10))} lines")


if __name__ == "__main__":
    main()
