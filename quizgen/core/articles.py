"""The articles of the languages decks teach: one table, read by the generator (`distractors`: a
vocabulary option opens with the key's article, plurals with plural articles) and by grading (a word
typed without the article that carries its gender is "almost")."""

from __future__ import annotations

#: The one table of articles: each word's readings as (language, number, gender); "" where it says none (English
#: articles, German case forms). A word says a noun's number when all its readings agree ("le" is French singular
#: and Italian plural: it says none; "die" likewise). Portuguese "a" reads as the English article first.
ARTICLE_TABLE: dict[str, tuple[tuple[str, str, str], ...]] = {
    "le": (("fr", "sg", "m"), ("it", "pl", "f")), "la": (("fr", "sg", "f"), ("es", "sg", "f"), ("it", "sg", "f")),
    "les": (("fr", "pl", ""),), "un": (("fr", "sg", "m"), ("es", "sg", "m"), ("it", "sg", "m")),
    "une": (("fr", "sg", "f"),), "des": (("fr", "pl", ""),),
    "il": (("it", "sg", "m"),), "lo": (("it", "sg", "m"),), "uno": (("it", "sg", "m"),),
    "una": (("es", "sg", "f"), ("it", "sg", "f")), "i": (("it", "pl", "m"),), "gli": (("it", "pl", "m"),),
    "el": (("es", "sg", "m"),), "los": (("es", "pl", "m"),), "las": (("es", "pl", "f"),),
    "unos": (("es", "pl", "m"),), "unas": (("es", "pl", "f"),),
    "der": (("de", "sg", "m"),), "die": (("de", "sg", "f"), ("de", "pl", "")), "das": (("de", "sg", "n"),),
    "ein": (("de", "sg", "m"), ("de", "sg", "n")), "eine": (("de", "sg", "f"),),
    "den": (("de", "", ""),), "dem": (("de", "", ""),),
    "o": (("pt", "sg", "m"),), "os": (("pt", "pl", "m"),), "as": (("pt", "pl", "f"),), "um": (("pt", "sg", "m"),),
    "uma": (("pt", "sg", "f"),), "uns": (("pt", "pl", "m"),), "umas": (("pt", "pl", "f"),),
    "het": (("nl", "sg", "n"),), "een": (("nl", "sg", ""),), "de": (("nl", "sg", "c"), ("nl", "pl", "")),
    "the": (("en", "", ""),), "a": (("en", "", ""),), "an": (("en", "", ""),),
}


#: The articles that carry a word's gender or number in a language other than English.
FOREIGN_ARTICLES = frozenset(w for w, readings in ARTICLE_TABLE.items() if any(r[0] != "en" for r in readings))


def _of_number(number: str) -> frozenset[str]:
    return frozenset(w for w, readings in ARTICLE_TABLE.items() if all(r[1] == number for r in readings))


#: The articles that say a noun's number: every reading agrees.
PLURAL_ARTICLES = _of_number("pl")
SINGULAR_ARTICLES = _of_number("sg")
#: The articles of the vocabulary languages that open a noun (English's and German case forms left out).
DETERMINERS = frozenset(w for w, readings in ARTICLE_TABLE.items() if any(r[0] != "en" and r[1] for r in readings))

