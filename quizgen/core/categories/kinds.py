"""An answer's own kind: the list a key belongs to, whether a stem's kind agrees, `category_for`, `stem_kind`."""

from __future__ import annotations

from functools import lru_cache

from quizgen.core.lexicon import group_of
from quizgen.core.model import AnswerType
from quizgen.core.categories.lists import Category
from quizgen.core.categories.eras import SAME_KIND
from quizgen.core.categories.catalogue import OTHER_PEOPLE, all_lists, categories_of


@lru_cache(maxsize=65536)
def own_kind(answer: str, answer_type: AnswerType | None) -> str | None:
    """The kind the lists say an answer is, when they agree on one ("Latin" a language, "Isaac
    Newton" a scientist); None when it is in none or in lists of different kinds ("Mercury")."""
    return _listed_kind(answer, answer_type, False)


@lru_cache(maxsize=65536)
def listed_kind(answer: str) -> str | None:
    """The kind the lists give a name, roles included ("Napoleon Bonaparte" a monarch): what an
    author's pool entry is, so "Archduke ____" is not offered it."""
    return _listed_kind(answer, None, True)


def _listed_kind(answer: str, answer_type: AnswerType | None, roles: bool) -> str | None:
    found = [c for c in categories_of(answer) if (answer_type is None or c.type is answer_type)
             and c.name != OTHER_PEOPLE]
    groups = {_head_group(c.kind) or c.kind for c in found}
    if not found or len(groups) != 1 or not roles and any(c.name in _ROLE_LISTS for c in found):
        return None
    return found[0].kind


#: Lists whose members differ in what a stem may ask of them, so membership alone does not make a
#: wrong answer fit: the organs of different systems, rulers and leaders (a battle's fact is not
#: about kingship). They serve only a stem that names their kind.
_ROLE_LISTS = frozenset(("organs", "glands", "blood cells", "muscles", "organelles", "hormones", "enzymes", "bones",
                         "arteries", "veins", "monarchs", "leaders", "presidents", "prime ministers",
                         "commanders"))


#: Lists of an office of one country: a president of another country contradicts the stem's role
#: ("President ____ resigned in 1974": not Nelson Mandela), however few the key's country has.
OFFICES = frozenset(("presidents", "prime ministers"))


def _head_group(kind: str) -> str | None:
    return group_of(kind) or group_of(kind.split()[-1])


def agrees(category: Category, kind: str | None) -> bool:
    """Whether a stem's kind names this list: its own noun, or a noun of the same group ("king" for
    the monarchs, "novelist" for the writers, "minister" for the prime ministers)."""
    if not kind:
        return False
    if kind == category.kind:
        return True
    group = _head_group(kind)
    return group is not None and group == _head_group(category.kind)


def category_for(answer: str, kind: str | None, answer_type: AnswerType, declared: bool = False) -> Category | None:
    """The list to draw wrong answers from: the key is a member and the stem names its kind (the
    list of exactly that kind first: "leader" takes the leaders before the presidents). With
    `declared` (the author wrote `kind:`), a list of exactly that kind serves a key it does not hold."""
    found = [c for c in categories_of(answer) if c.type is answer_type and agrees(c, kind) and c.name != OTHER_PEOPLE]
    if not found and declared and kind:
        found = [c for c in all_lists()[0].values() if c.type is answer_type and c.kind == kind
                 and c.name != OTHER_PEOPLE]
    kind = SAME_KIND.get(kind or "", kind)
    exact = [c for c in found if c.kind == kind or c.kind.split()[-1] == kind]
    return (exact or found or [None])[0]


def stem_kind(answer: str, answer_type: AnswerType, stem: str) -> str | None:
    """The kind of a list holding the key whose noun the stem itself says, anywhere ("the thigh bone, or ____":
    a bone; "____ ... the cell's genetic material": no list says cell of a nucleus): positive evidence that the
    key is asked as one of them, where no kind stands beside the blank. `stem` normalized; one kind only."""
    padded = f" {stem} "
    found = {c.kind for c in categories_of(answer) if c.type is answer_type and c.name != OTHER_PEOPLE
             and (f" {c.kind} " in padded or f" {c.kind}s " in padded)}
    return next(iter(found)) if len(found) == 1 else None
