"""What an English word can be, from a dictionary: noun, verb, adjective, adverb, or not a word at all.

The dictionary is LemmInflect's (MIT; its lemma tables ship inside the package, nothing is
downloaded). It answers out of context ("debate" can be a noun or a verb), which is what the
drafter's rules need to decide a phrase's edges without a tagger: a word that can only be an
adjective makes a noun phrase a description ("white substance", "popular spot"), a word that can be
a verb ends a phrase where a determiner or a clause follows it ("historians debate whether ..."),
and a capitalised run made of ordinary words is no person's name ("Blue Anchor Line", "Milky Way").
"""

from __future__ import annotations

from quizgen.core.wordclass import ADJ, ADV, NOUN, VERB, classes, singulars

from functools import lru_cache

__all__ = ["ADJ", "ADV", "NOUN", "VERB", "can_be_verb", "classes", "known", "only_adjective", "only_noun", "past_form", "singulars"]


def known(word: str) -> bool:
    """An ordinary English word ("line", "blue"), not a name only ("Gothenburg", "Courtenay")."""
    return bool(classes(word))


def only_adjective(word: str) -> bool:
    """A word that describes and never names: "white", "popular", "fierce", "well-preserved", "cobbled"."""
    found = classes(word)
    if not found:
        return False
    return NOUN not in found and (ADJ in found or found == {VERB} and word.lower().endswith("ed"))


def can_be_verb(word: str) -> bool:
    return VERB in classes(word)


def only_noun(word: str) -> bool:
    return classes(word) == {NOUN}


@lru_cache(maxsize=65536)
def past_form(word: str) -> bool:
    """A verb's past tense or past participle: "drew", "carried", "become", "thought"."""
    from lemminflect import getAllLemmas, getInflection

    lower = word.lower()
    for lemma in getAllLemmas(lower, upos="VERB").get("VERB", ()):
        if lemma != lower and lower in getInflection(lemma, tag="VBD") + getInflection(lemma, tag="VBN"):
            return True
    return False
