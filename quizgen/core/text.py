"""Text comparison: when two answers are "the same" to a learner."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_SLUG_NON_WORD = re.compile(r"[^a-z0-9]+")
#: ASCII characters `_NON_WORD` matches, each mapped to a space.
_ASCII_NON_WORD_TO_SPACE = str.maketrans({c: " " for c in map(chr, range(128)) if _NON_WORD.match(c)})


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Casefolded, accents stripped, punctuation dropped, spaces collapsed.

    "  Yúlia  PERESILD! " and "yulia peresild" normalize alike; so do "Salyut-7" and "salyut 7".
    """
    return normalize_once(text)


def normalize_once(text: str) -> str:
    """`normalize` without its cache: for texts seen once (a card's prompt), which would only push
    the answers that recur out of the cache."""
    if text.isascii():  # the common case: no accents, and no regex needed
        collapsed = " ".join(text.lower().translate(_ASCII_NON_WORD_TO_SPACE).split())
        return collapsed.replace("_", " ").strip() if "_" in collapsed else collapsed
    return _NON_WORD.sub(" ", fold(text)).replace("_", " ").strip()


#: Letters that Unicode does not decompose into a base letter and an accent, read as the letters
#: a keyboard without them types ("Wałęsa" as "walesa", "Ødegaard" as "odegaard").
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})


def fold(text: str) -> str:
    """Casefolded with accents stripped, punctuation kept: "Yúlia!" -> "yulia!", "Wałęsa" -> "walesa"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def contains_phrase(haystack: str, needle: str) -> bool:
    """Whether `needle` appears in `haystack` as whole words, compared by `normalize`."""
    needle_n = normalize(needle)
    if not needle_n:
        return False
    return f" {needle_n} " in f" {normalize(haystack)} "


def slugify(text: str, max_length: int = 48) -> str:
    """A readable id fragment: "Yulia Peresild" -> "yulia-peresild"."""
    slug = _SLUG_NON_WORD.sub("-", normalize(text)).strip("-")
    return slug[:max_length].rstrip("-")
