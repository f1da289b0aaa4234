"""Roles, fields and genres a key holds or a stem states; realms, crowns, commands."""

from __future__ import annotations

from functools import lru_cache

from quizgen.core import people as bundled_people
from quizgen.core.lexicon import group_of
from quizgen.core.categories.lives import country_of


#: The field a stem's kind noun names ("the astronomer ____": astronomers only, however few).
KIND_FIELDS = {"astronomer": "astronomy", "physicist": "physics", "chemist": "chemistry", "biologist": "biology",
                "naturalist": "biology", "botanist": "biology", "physician": "medicine", "doctor": "medicine",
                "surgeon": "medicine", "geologist": "earth"}


#: The roles that say in what a commander served: for a military rank the bundled roles do not name ("Captain
#: ____", army or navy), a wrong answer shares one of them with the key (Captain Scott, an explorer: no generals).
_SERVICE_ROLES = frozenset(("admiral", "general", "explorer", "aviator", "astronaut"))


@lru_cache(maxsize=4096)
def stated_roles(key: str, kind: str | None) -> frozenset[str]:
    """The roles a person's wrong answers must hold when the stem names the key's role ("Admiral ____", "The
    poet ____", "the mathematician ____": `people.role_words`), read only when the key itself holds one of them
    (else the word is not the key's role); for another military rank ("Captain ____"), the key's own service
    roles. Empty when the stem names no role or the bundled list does not know the key."""
    if not kind:
        return frozenset()
    person = bundled_people.lookup(key)
    if person is None:
        return frozenset()
    roles = bundled_people.role_words.get(kind) or bundled_people.role_words.get(kind.split()[-1], frozenset())
    if roles and any(bundled_people.has_role(person, role) for role in roles):
        return roles
    if group_of(kind) == "military":
        return frozenset(person.roles) & _SERVICE_ROLES
    return frozenset()


@lru_cache(maxsize=4096)
def key_fields(key: str, subject: frozenset[str]) -> frozenset[str]:
    """The fields of the deck's subject (`people.subject_fields`) that the bundled list gives the key: a mathematics
    deck's Riemann takes mathematicians (no Daimler or Bunsen of his age); a religions deck's Laozi, a philosopher,
    takes philosophers (no Jerome). Empty when the key holds none of them or the list does not know the key."""
    person = bundled_people.lookup(key) if subject else None
    if person is None:
        return frozenset()
    return frozenset(role for role in subject if bundled_people.has_role(person, role))


@lru_cache(maxsize=4096)
def realm(key: str, stem: str) -> frozenset[str]:
    """The key's own country when the stem names a monarch's role ("King ____", "became king in 1509",
    "reigned", `people.role_words` giving "ruler") and the bundled list knows the key as a ruler of a listed
    country: a king's wrong answers are rulers of the same realm (no Matthias Corvinus at Bosworth, no Ismail I
    marrying Catherine of Aragon). Empty otherwise."""
    person = bundled_people.lookup(key)
    if person is None or not bundled_people.has_role(person, "ruler") or \
            "ruler" not in bundled_people.roles_in(stem):
        return frozenset()
    home = country_of(key)
    return frozenset((home,)) if home else frozenset()


#: The genres a stem may name of a writer ("the poet", "poem", "play", "novel": `people.role_words`).
_GENRES = frozenset(("poet", "novelist", "playwright"))


@lru_cache(maxsize=4096)
def stated_genres(key: str, stem: str) -> frozenset[str]:
    """The genres the stem's words name ("the irish poet qqq", "qqq s novel mrs dalloway") that the bundled list
    knows the key wrote in: a listed wrong answer must have written in one of them. Judged on the quality sets, a
    listed writer of none of the stem's genres was struck 9 times of 16 on heldout2-10 (one of them 5 of 30) and 10 of
    10 on heldout11. Empty when the stem names none or the list does not know the key."""
    person = bundled_people.lookup(key)
    if person is None:
        return frozenset()
    return frozenset(g for g in bundled_people.roles_in(stem) & _GENRES if bundled_people.has_role(person, g))


@lru_cache(maxsize=65536)
def of_other_genre(name: str, genres: frozenset[str]) -> bool:
    """Whether the bundled list knows a person as no writer of `genres`: a writer of other genres only (a
    novelist for "the poet ____") or no writer at all. A writer whose genres the list does not give (Swift) is not."""
    person = bundled_people.lookup(name)
    if person is None or any(bundled_people.has_role(person, genre) for genre in genres):
        return False
    return not bundled_people.has_role(person, "writer") or any(r in _GENRES for r in person.roles)


#: A monarch's titles before a blank ("Tsar ____", "the emperor ____"), and the roles of those who hold power by
#: office, not by birth: no wrong answer for a crowned head (Stalin and Khrushchev for "Tsar ____ of Russia").
_MONARCHS = frozenset("king queen tsar czar tsarina emperor empress kaiser sultan shah pharaoh caliph monarch".split())

_BY_OFFICE = frozenset(("politician", "president", "prime-minister"))


@lru_cache(maxsize=65536)
def office_for_crown(name: str, kind: str | None) -> bool:
    """Whether the stem names a monarch's title for the blank (`kind`, the cue's kind noun) and the bundled list
    knows `name` as a politician, president or prime minister, a ruler by office: judged R on heldout12 and 14
    (Stalin, Khrushchev for the tsars Nicholas I and II)."""
    if not kind or kind.split()[-1] not in _MONARCHS:
        return False
    person = bundled_people.lookup(name)
    return person is not None and any(role in _BY_OFFICE for role in person.roles)


#: The roles of a commander: one whose stem names that role has wrong answers of the same side.
_COMMANDERS = frozenset(("general", "admiral"))


@lru_cache(maxsize=4096)
def commands(key: str, kind: str | None) -> bool:
    """Whether the stem names the key's role as a commander ("General ____", "Marshal ____", "____'s Eighth Army",
    `stated_roles`) and the bundled list knows the key as a general or admiral: its wrong answers are then of the
    key's own country (no Patton for Rommel, no Paulus for Zhukov). Judged on the quality sets, a commander of
    another country was struck 15 times of 18, one of the key's own 16 of 24."""
    return bool(stated_roles(key, kind) & _COMMANDERS)


@lru_cache(maxsize=65536)
def holds_role(name: str, roles: frozenset[str]) -> bool | None:
    """Whether the bundled list gives a person one of `roles` (or a narrower one); None when it does not know them."""
    person = bundled_people.lookup(name)
    return None if person is None else any(bundled_people.has_role(person, role) for role in roles)


#: Fields near enough that one's people are believable for the other's key when the key's own field has too few.
NEAR_FIELDS = {"physics": frozenset(("physics", "chemistry", "astronomy", "computing")),
                "chemistry": frozenset(("chemistry", "physics")),
                "astronomy": frozenset(("astronomy", "physics")),
                "biology": frozenset(("biology", "medicine")), "medicine": frozenset(("medicine", "biology")),
                "computing": frozenset(("computing", "physics")), "earth": frozenset(("earth", "physics")),
                "invention": frozenset(("invention", "physics", "computing"))}  # no surgeon for an inventor's key


#: From this year on, two people of one age lived at one time or a generation apart at most: a key's
#: wrong answers lived within GENERATION years of its life (no Lafayette for de Gaulle, no Heidegger for
#: Bentham; Schubert for Mozart). Before it, ages are longer (`era_gap`).
CONTEMPORARY_FROM, GENERATION = 1500, 30
