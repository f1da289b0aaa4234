"""What an English word can be, from a dictionary: noun, verb, adjective, adverb, or not a word.

The dictionary is LemmInflect's (MIT; its lemma tables ship inside the package, nothing is
downloaded). It answers out of context ("debate" can be a noun or a verb). The drafter reads
phrase edges with it; the generator reads the part of speech of a vocabulary fact's gloss, so a
verb is never offered for an adjective. The singulars of a plural noun (`singulars`) are read here too,
the one rule the kind guesser, the WordNet lookup and the drafter share.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

NOUN, VERB, ADJ, ADV = "NOUN", "VERB", "ADJ", "ADV"


@lru_cache(maxsize=65536)
def classes(word: str) -> frozenset[str]:
    """The word classes the dictionary gives a word (lower-cased), empty when it is not in it."""
    from lemminflect import getAllLemmas

    lower = word.lower().replace("’", "'")
    found = set(getAllLemmas(lower))
    if not found and "-" in lower:
        found = set(getAllLemmas(lower.rsplit("-", 1)[1]))  # "well-preserved": as its last part
    return frozenset(found)


@lru_cache(maxsize=65536)
def phrase_classes(phrase: str) -> frozenset[str]:
    """The classes of a short English phrase: "to eat" a verb, "the dog" or "a pen" a noun, a
    capitalized word a noun (a name), one word what the dictionary says; empty when unknown."""
    words = phrase.strip().split()
    if not words:
        return frozenset()
    first = words[0].lower()
    if first == "to" and len(words) > 1:
        return frozenset({VERB})
    if first in ("the", "a", "an", "some", "my", "your") and len(words) > 1:
        return frozenset({NOUN})
    if len(words) == 1:
        found = classes(words[0]) - {"AUX", "PROPN"}
        if not found and words[0][:1].isupper():
            return frozenset({NOUN})  # a name ("Monday", "July")
        return found
    return frozenset()


@lru_cache(maxsize=65536)
def plural_noun(word: str) -> bool:
    """Whether the dictionary reads an English word only as the plural of a noun ("books", "children",
    "women"; not "glasses", which is also a noun of its own, nor "news")."""
    from lemminflect import getAllLemmas

    lower = word.lower()
    nouns = getAllLemmas(lower).get("NOUN", ())
    return bool(nouns) and lower not in nouns


@lru_cache(maxsize=4096)
def plural_of(noun: str) -> str | None:
    """A noun's plural (of its last word, by the dictionary: "anther" -> "anthers", "red blood cell" -> "red
    blood cells"), or None when it knows none other than the word itself."""
    from lemminflect import getInflection

    words = noun.split()
    forms = getInflection(words[-1], "NNS")
    return " ".join([*words[:-1], forms[0]]) if forms and forms[0] != words[-1] else None


def singulars(word: str, *, endings: Literal["dictionary", "whole", "short"] = "dictionary") -> list[str]:
    """The singulars a plural noun may have, most likely first, for a caller to try against its own table; empty
    when there is none other than the word. Three readings, each for a kind of caller, as they differ on purpose:

    - "dictionary": the dictionary's (LemmInflect) lemma of a lower-cased noun ("leopards" -> "leopard",
      "children" -> "child"), for a caller with no table of its own (the drafter's accepted answers);
    - "whole": by the ending alone, for a table as large as a dictionary (WordNet), where a wrong cut finds a wrong
      word: "-es" is cut only after a hiss ("boxes", "churches"; not "bites" -> "bit"), "-us"/"-is" are no
      plurals, Latin plurals count ("bacteria" -> "bacterion", "bacterium"; "alveoli" -> "alveolus"). Not the
      dictionary, which reads verbs and names as nouns ("caused" -> "cause", "india" -> "indium");
    - "short": by the ending alone, for a short list of kind nouns, where a wrong cut finds nothing: any "-ies",
      "-es", "-s" (after three letters at least), the plain "-s" cut last, which a caller may keep as a guess.
    """
    if endings == "dictionary":
        from lemminflect import getLemma

        lemma = getLemma(word.lower(), upos="NOUN")
        return [lemma[0]] if lemma and lemma[0] != word.lower() else []
    if endings == "short":
        return [word[: -len(suffix)] + replacement for suffix, replacement in (("ies", "y"), ("es", ""), ("s", ""))
                if word.endswith(suffix) and len(word) > len(suffix) + 2]
    if word.endswith("ies"):
        return [word[:-3] + "y"]
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return [word[:-2], word[:-1]]
    if word.endswith("a"):
        return [word[:-1] + "on", word[:-1] + "um"]
    if word.endswith("i"):
        return [word[:-1] + "us"]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return [word[:-1]]
    return []


#: The words that open an English noun gloss, and whether each makes it definite.
_GLOSS_DETERMINERS = {"the": "def", "a": "indef", "an": "indef", "some": "indef", "these": "def", "those": "def"}


@lru_cache(maxsize=65536)
def english(phrase: str) -> bool:
    """Whether every word of a short phrase is an English word (an article may open it): the front of "chakula:
    {food}" is not, "bread" of "bread: {mkate}" is; which side of a vocabulary card a word is on."""
    bare = [w.strip("?!.,;'\"").lower() for w in phrase.replace("(", " ").replace(")", " ").split()]
    return bool(bare) and all(classes(w) or i == 0 and w in _GLOSS_DETERMINERS for i, w in enumerate(bare) if w)


@lru_cache(maxsize=65536)
def gloss_form(phrase: str) -> str:
    """What an English gloss says of the word it glosses, for a front/back vocabulary pair ("the children:
    ____"): definite or not, plural, a question ("the books" -> ":def:pl", "a boy" -> ":indef", "how are
    you?" -> ":?"); "" for a phrase that is not English (the front of "a água: {the water}" is Portuguese)."""
    if not english(phrase):
        return ""
    bare = [w.strip("?!.,;'\"").lower() for w in phrase.replace("(", " ").replace(")", " ").split()]
    first = bare[0]
    form = ""
    if first in _GLOSS_DETERMINERS and len(bare) > 1:
        form += ":" + _GLOSS_DETERMINERS[first]
        noun = next((w for w in reversed(bare[1:]) if w and w not in ("male", "female", "masculine", "feminine")), "")
        if noun and plural_noun(noun):
            form += ":pl"
    if phrase.rstrip().endswith("?"):
        form += ":?"
    return form
