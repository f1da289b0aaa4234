"""What a common noun is, from WordNet's hierarchy of nouns: its kind classes, and the nouns of its kind.

The table (data/wordnet_nouns.tsv, derived from Princeton WordNet 3.0 by tools/wordnet/build_terms.py; WordNet's
licence in data/LICENSE.wordnet) is read once per process, on the first question. A term is looked up as written
(lower case, without a leading article), then as the singular of a plural; a phrase WordNet does not know is read
by its head noun ("red blood cell" is a cell) for its kind, never for wrong answers. Only a noun's most used
senses count (`build_terms.py`): "bone" is the tissue and the part of a skeleton, not the colour.

Two terms are of one kind when a class they share is specific: a few steps above each (xylem and phloem are
vascular tissue, the amygdala and the hippocampus are parts of the brain), never a class every noun falls in
("entity", "abstraction", "object", "whole", "artifact": `_GENERIC`, and anything as near the top).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, NamedTuple

from quizgen.core.tables import data_file
from quizgen.core.wordclass import singulars

#: A shared class at most this many steps above each term makes them of one kind.
MAX_STEPS = 3
#: A shared class this near WordNet's top (steps from "entity") says nothing of a kind.
MIN_DEPTH = 4
#: Classes too general to make two terms of one kind whatever their depth (WordNet's own names).
_GENERIC = frozenset((
    "entity", "physical entity", "abstraction", "object", "whole", "artifact", "matter", "thing", "part",
    "relation", "psychological feature", "attribute", "measure", "group", "act", "event", "state", "communication",
    "cognition", "content", "process", "physical process", "causal agent", "living thing", "organism", "person",
    "substance", "material", "unit", "instrumentality", "structure", "device", "container", "location", "region",
    "area", "point", "property", "quality", "condition", "activity", "action", "change", "happening", "phenomenon",
    "natural phenomenon", "natural object", "body part", "organ", "component", "piece", "portion", "collection",
    "social group", "organization", "idea", "concept", "category", "kind", "type", "form", "shape", "system",
    "quantity", "amount", "magnitude", "fundamental quantity", "time period", "period", "written communication",
    "message", "word", "term", "name", "language unit", "knowledge domain", "discipline", "field", "science",
    "natural science", "natural process", "chemical compound", "compound", "chemical element", "element",
    "implement", "commodity", "consumer goods", "solid", "fluid", "liquid", "food", "nutriment", "foodstuff",
    "creation", "product", "representation", "symbol", "sign", "signal", "information", "datum", "evidence",
    "body", "animal", "plant", "vascular plant", "woody plant", "herb", "chordate", "vertebrate", "mammal",
    "placental", "invertebrate", "arthropod", "worker", "adult", "expert", "leader", "professional",
))
#: Head nouns of classes too loose to draw wrong answers from, though specific enough to tie two terms: the other
#: "atmospheric phenomena" of condensation are the weather and storms, the other "binary compounds" of water salts.
_LOOSE_HEADS = frozenset(("phenomenon", "process", "property", "attribute", "state", "act", "activity", "event",
                          "action", "quality", "relation", "compound", "substance", "matter", "structure", "part",
                          "condition", "feature", "object", "entity", "thing", "agent", "material"))
_DATA = "wordnet_nouns.tsv"
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


class _Table(NamedTuple):
    synsets: list[str]  # by synset number: its line (parents, wholes, lemmas), split when first read (`_synset`)
    words: dict[str, str]  # lemma -> its senses as written (`_senses_of` reads them)


@lru_cache(maxsize=1)
def _table() -> _Table:
    """The table as lines and a dict of lemmas; the fields are split when asked (a deck reads a few hundred of
    its 180,000 lines)."""
    text = data_file(_DATA)
    synsets, _, words = text.partition("\n%%\n")
    return _Table(synsets.split("\n")[1:], dict(line.split("\t") for line in words.split("\n") if line))


class _Synset(NamedTuple):
    parents: tuple[int, ...]  # its hypernyms
    wholes: tuple[int, ...]  # what it is a part of
    lemmas: tuple[str, ...]


@lru_cache(maxsize=None)
def _synset(number: int) -> _Synset:
    ups, wholes, lemmas = _table().synsets[number].split("\t")
    return _Synset(tuple(int(p) for p in ups.split(",")) if ups else (),
                   tuple(int(p) for p in wholes.split(",")) if wholes else (), tuple(lemmas.split("|")))


@lru_cache(maxsize=65536)
def _senses_of(lemma: str) -> tuple[tuple[int, int], ...] | None:
    """A lemma's kept senses, most used first, as (synset, tag count); None when it is no noun lemma."""
    raw = _table().words.get(lemma)
    if raw is None:
        return None
    return tuple((int(i), int(c)) for i, _, c in (s.partition(":") for s in raw.split()))


@lru_cache(maxsize=1)
def _below() -> tuple[tuple[tuple[int, ...], ...], dict[int, tuple[int, ...]]]:
    """Each synset's hyponyms, and the parts of each whole (read once, for the first wrong answers WordNet gives)."""
    lines = _table().synsets
    children: list[list[int]] = [[] for _ in lines]
    parts: dict[int, list[int]] = {}
    for number, line in enumerate(lines):
        ups, wholes, _ = line.split("\t", 2)
        if ups:
            for parent in ups.split(","):
                children[int(parent)].append(number)
        if wholes:
            for whole in wholes.split(","):
                parts.setdefault(int(whole), []).append(number)
    return tuple(tuple(c) for c in children), {w: tuple(p) for w, p in parts.items()}


@lru_cache(maxsize=65536)
def ancestors(synset: int) -> dict[int, int]:
    """Every class above a synset (and itself), with how many steps up it is (the fewest)."""
    found = {synset: 0}
    frontier = [synset]
    steps = 0
    while frontier:
        steps += 1
        above = []
        for s in frontier:
            for p in _synset(s).parents:
                if p not in found:
                    found[p] = steps
                    above.append(p)
        frontier = above
    return found


@lru_cache(maxsize=65536)
def depth(synset: int) -> int:
    """Steps from the top ("entity") by the shortest way."""
    ups = _synset(synset).parents
    return 0 if not ups else 1 + min(depth(p) for p in ups)


def name(synset: int) -> str:
    """A synset's first lemma, lower case ("vascular tissue")."""
    return _synset(synset).lemmas[0].lower()


class Lookup(NamedTuple):
    senses: tuple[int, ...]  # the term's main senses (of its head noun when `exact` is False): `_main`
    exact: bool  # the whole term is a WordNet lemma (or its plural)
    plural: bool  # found as a plural
    every: tuple[int, ...] = ()  # all its senses the table holds, most used first


@lru_cache(maxsize=65536)
def lookup(term: str) -> Lookup | None:
    """A term's main senses, or None when WordNet knows neither it nor its head noun. A term with a capital past
    its first letter, or a digit, is a name or a code, which this table does not hold."""
    text = _ARTICLE.sub("", term.strip().replace("’", "'").lower() if term[:1].isupper() else term.strip())
    words = text.split()
    if not words or any(w[:1].isupper() for w in term.split()[1:]) or any(c.isdigit() for c in text) or \
            term[1:2].isupper():
        return None
    found = _senses(words)
    if found is not None:
        return Lookup(_main(found[0]), True, found[1], tuple(s for s, _ in found[0]))
    if len(words) > 1:
        head = _senses(words[-1:])
        if head is not None:
            return Lookup(_main(head[0]), False, head[1], tuple(s for s, _ in head[0]))
    return None


def _main(senses: tuple[tuple[int, int], ...]) -> tuple[int, ...]:
    """A lemma's main senses: its first, and those tagged at least a quarter as often as the first (at most three):
    "bone" the tissue and the part of a skeleton, not the colour."""
    first = senses[0][1]
    return (senses[0][0], *[s for s, c in senses[1:] if c > 0 and 4 * c >= first][:2])


def _senses(words: list[str]) -> tuple[tuple[tuple[int, int], ...], bool] | None:
    senses = _senses_of(" ".join(words))
    if senses is not None:
        return senses, False
    for singular in singulars(words[-1], endings="whole"):
        senses = _senses_of(" ".join([*words[:-1], singular]))
        if senses is not None:
            return senses, True
    return None


@lru_cache(maxsize=65536)
def _specific(synset: int) -> bool:
    return depth(synset) >= MIN_DEPTH and name(synset) not in _GENERIC


@lru_cache(maxsize=65536)
def classes(term: str) -> frozenset[int]:
    """The specific classes a term belongs to: at most MAX_STEPS above one of its main senses (a phrase read by
    its head noun: one step fewer), and the wholes a sense is a part of (as negative numbers: `-1 - whole`, so
    the nucleus and the cytoplasm, parts of a cell, share one); empty when unknown."""
    found = lookup(term)
    if found is None:
        return frozenset()
    out: set[int] = set()
    for sense in found.senses:
        out |= _sense_classes(sense, MAX_STEPS - (0 if found.exact else 1))
    return frozenset(out)


@lru_cache(maxsize=65536)
def _sense_classes(sense: int, steps: int = MAX_STEPS) -> frozenset[int]:
    """The specific classes at most `steps` above a sense, and the wholes it is a part of (`classes`)."""
    out = {synset for synset, up in ancestors(sense).items() if up <= steps and _specific(synset)}
    out.update(-1 - whole for whole in _synset(sense).wholes if _specific(whole))
    return frozenset(out)


def stated_sense(term: str, words: Iterable[str]) -> int | None:
    """The sense of a term its fact states: one whose class a word of the fact names ("the largest artery ...":
    the aorta, an artery), or shares with a word of the fact ("Plants take in ____ and give off oxygen": carbon
    dioxide, a gas, as oxygen is), or that is a part of what a word names; each word read by its main senses.
    None when no word of the fact says which (then WordNet offers nothing: it would guess the sense)."""
    found = lookup(term)
    if found is None or not found.exact:
        return None
    context = [sense for word in sorted(set(words)) if (known := lookup(word)) is not None and known.exact
               for sense in known.senses]
    if not context:
        return None
    for sense in found.every:
        mine = _sense_classes(sense)
        above = ancestors(sense)
        for other in context:
            if other == sense or sense in ancestors(other):
                continue  # the key's own word, or a kind of it
            if other in above and _specific(other) or not mine.isdisjoint(_sense_classes(other)) or \
                    other in _synset(sense).wholes:
                return sense
    return None


@lru_cache(maxsize=65536)
def same_kind(a: str, b: str) -> bool | None:
    """Whether two terms are of one kind: True when they share a specific class, False when WordNet knows both
    and they share none (or one is the other's class: "tissue" is no rival of "xylem"), None when it does not
    know one of them (nothing is said)."""
    ka, kb = lookup(a), lookup(b)
    if ka is None or kb is None:
        return None
    if not (ka.exact or kb.exact):
        return None  # two phrases read by their head nouns ("red blood cell", "prison cell"): nothing is said
    if not _apart(ka, kb):
        return False  # one is the other, or its class ("tissue" for "xylem"): no rival of its kind
    if not classes(a).isdisjoint(classes(b)):
        return True
    return False if ka.exact and kb.exact else None


def _apart(a: Lookup, b: Lookup) -> bool:
    """Whether no sense of one is a sense of the other, or above it."""
    return not any(s in ancestors(t) or t in ancestors(s) for s in a.senses for t in b.senses)


@lru_cache(maxsize=65536)
def is_a(term: str, kind: str) -> bool | None:
    """Whether a term is a `kind` (a noun the stem names: "gland", "process") by WordNet's classes: a class above
    one of its main senses has the noun as a lemma. None when WordNet knows not the term or not the noun."""
    found = lookup(term)
    noun = kind.lower().strip()
    if found is None or _senses_of(noun) is None:
        return None
    return any(noun in _lower(above) for sense in found.senses for above in ancestors(sense))


@lru_cache(maxsize=65536)
def _lower(synset: int) -> frozenset[str]:
    return frozenset(lemma.lower() for lemma in _synset(synset).lemmas)


class Rival(NamedTuple):
    """A noun of a term's kind: its lemma as written, its sense's tag count, how far from the key (1 a sibling)."""

    lemma: str
    count: int
    steps: int


@lru_cache(maxsize=16384)
def co_hyponyms(term: str, sense: int | None = None, limit: int = 24) -> tuple[Rival, ...]:
    """Common nouns of the term's own kind, nearest first: the other members of its first sense's class (two
    levels down from it), then the other parts of what it is a part of; each by a lemma whose main sense it is and that a student meets (tagged in WordNet's concordance, or a
    noun of the English dictionary, word by word). Empty for a term WordNet does not know as a whole."""
    found = lookup(term)
    if found is None or not found.exact:
        return ()
    if sense is None:
        sense = found.senses[0]
    children, parts = _below()
    mine = ancestors(sense)
    out: list[Rival] = []
    words: set[str] = set()
    seen: set[int] = set(mine) | _wholes_above(sense)  # no class of the key, nor what it is a part of
    groups: list[list[tuple[int, int]]] = []
    ups = _synset(sense).parents  # the key's class (by the first hypernym: its main line)
    if ups and _specific(ups[0]) and name(ups[0]).split()[-1] not in _LOOSE_HEADS:
        groups.append(_descendants(ups[0], children, 2))
    for whole in _synset(sense).wholes:
        if _specific(whole):
            groups.append([(part, 1) for part in parts.get(whole, ())])
    for group in groups:
        for member, steps in group:
            if member in seen:
                continue
            seen.add(member)
            if sense in ancestors(member):
                continue  # a kind of the key itself (a hyponym): partly true
            common = _common_lemma(member)
            if common is not None and common[0].lower() not in words:
                words.add(common[0].lower())
                out.append(Rival(common[0], common[1], steps))
        if len(out) >= limit:
            break
    return tuple(out[:limit])


def _wholes_above(sense: int, levels: int = 3) -> set[int]:
    """What a sense is a part of, and what that is a part of (the cerebellum: the brain, the nervous system), and
    the classes of those."""
    out: set[int] = set()
    frontier = [sense]
    for _ in range(levels):
        frontier = [w for s in frontier for w in _synset(s).wholes if w not in out]
        for whole in frontier:
            out.update(ancestors(whole))
    return out


def _common_lemma(synset: int) -> tuple[str, int] | None:
    """The lemma a student would call a synset by: the most tagged of those whose main sense it is, else the
    first such lemma the English dictionary knows word by word as nouns."""
    best, best_count = None, -1
    for lemma in _synset(synset).lemmas:
        senses = _senses_of(lemma.lower()) or ((-1, 0),)
        count = next((c for s, c in senses if s == synset), None)
        if synset not in _main(senses) or count is None or len(lemma) < 4 or not lemma.replace(" ", "").replace("-", "").isalpha():
            continue
        if count > best_count and (count > 0 or _known(lemma)):
            best, best_count = lemma, count
    return None if best is None else (best, best_count)


def _known(lemma: str) -> bool:
    from quizgen.core.wordclass import classes as word_classes

    words = lemma.split()
    return "NOUN" in word_classes(words[-1]) and all(word_classes(w) for w in words[:-1])


def _descendants(synset: int, children: tuple[tuple[int, ...], ...], levels: int) -> list[tuple[int, int]]:
    """The synsets below one, nearest first, at most `levels` down, with how many levels down each is."""
    out: list[tuple[int, int]] = []
    frontier = [synset]
    for level in range(1, levels + 1):
        frontier = [c for s in frontier for c in children[s]]
        out += [(c, level) for c in frontier]
    return out


@lru_cache(maxsize=16384)
def capitalized(term: str) -> bool:
    """Whether WordNet writes a noun with a capital in every sense it holds ("Broca's area", "Achilles tendon"):
    a name, whatever case a sentence gave it."""
    lower = term.strip().lower()
    senses = _senses_of(lower)
    if not senses:
        return False
    written = [lemma for s, _ in senses for lemma in _synset(s).lemmas if lemma.lower() == lower]
    return bool(written) and all(lemma[:1].isupper() for lemma in written)
