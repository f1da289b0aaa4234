"""Listed people's lives: sex, era, country, city, born and died, periods, who was alive when; people a text
names, by title, and the given names."""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.core import people as bundled_people
from quizgen.core.model import AnswerType
from quizgen.core.text import normalize
from quizgen.core.categories.lists import LISTS, Member
from quizgen.core.categories.catalogue import all_lists, listed_people, name_key


@lru_cache(maxsize=1)
def _sexes() -> dict[str, str]:
    return {normalize(m.name): m.sex for c in all_lists()[0].values() for m in c.members if m.sex}


def sex_of(name: str) -> str | None:
    """"f" or "m" for a person the lists know ("Sally Ride" -> "f"), else by a given name that the listed
    people of one sex only bear ("Gordon Cooper" -> "m", as Gordon Brown), else None."""
    key = name_key(name)
    sex = _sexes().get(key)
    if sex is None and " " in key:
        given = key.split()[0]
        sex = _given_sexes().get(given) or ("f" if given in _FEMALE_GIVEN else "m" if given in _MALE_GIVEN else None)
    return sex


#: Common given names of one sex, beside the listed people's (written for quizgen; short forms included).
_FEMALE_GIVEN = frozenset("""alena alina alla anastasia anya daria elena galina irina katya ksenia larisa ludmila
    lyudmila marina natalia natalya nadezhda olga svetlana tatiana tatyana valentina vera yelena yulia julia
    peggy sally susan kathy cathy betty judy nancy karen linda mary patricia barbara jennifer jessica sarah emma
    anna maria sophie laura lisa helen ellen""".split())

_MALE_GIVEN = frozenset("""gus wally pete jim jimmy joe bob bill ted tom dick harry jack gene buzz deke scott gordon
    alan neil frank fred ed eddie mike dave steve chuck ken ron don walt oleg anton vladimir klim yuri sergei gherman
    alexei aleksei pavel pyotr ivan nikolai dmitri boris igor viktor valeri valery konstantin""".split())


@lru_cache(maxsize=1)
def _given_sexes() -> dict[str, str]:
    """Given name -> the sex of every listed person who bears it (names borne by both are left out)."""
    seen: dict[str, set[str]] = {}
    for key, sex in _sexes().items():
        if " " in key:
            seen.setdefault(key.split()[0], set()).add(sex)
    return {given: next(iter(sexes)) for given, sexes in seen.items() if len(sexes) == 1}


@lru_cache(maxsize=1)
def _eras() -> dict[str, float]:
    return {normalize(m.name): m.era for c in all_lists()[0].values() if c.type is AnswerType.PERSON
            for m in c.members if m.era is not None}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {normalize(m.name): m.country for c in all_lists()[0].values() for m in c.members if m.country}


@lru_cache(maxsize=1)
def _cities_of() -> dict[str, str]:
    return {normalize(m.name): m.city for c in all_lists()[0].values() for m in c.members if m.city}


def city_of(name: str) -> str | None:
    """The city (normalized) the lists place a thing in ("Louvre" -> "paris"), if any."""
    return _cities_of().get(normalize(name))


def country_of(name: str) -> str | None:
    """The country code the lists give a person or a place, if any."""
    return _countries().get(name_key(name))


@lru_cache(maxsize=1)
def _periods() -> dict[str, tuple[int, int]]:
    return {normalize(m.name): (m.born, m.died) for c in all_lists()[0].values() if c.type is not AnswerType.PERSON
            for m in c.members if m.born is not None and m.died is not None}


def is_period(key: str) -> bool:
    """Whether a normalized name is a listed period (an art movement)."""
    return key in _periods()


#: Two periods further apart than this (years between their spans) are of other ages (Baroque for Romanticism).
PERIOD_GAP = 30


def period_apart(name: str, other: str, year: float | None = None) -> float | None:
    """How many years lie between two listed periods' spans (0 when they overlap); a period and the fact's year
    when the first is not listed. None when either is unknown."""
    periods = _periods()
    own = periods.get(normalize(name)) or ((year, year) if year is not None else None)
    theirs = periods.get(normalize(other))
    if own is None or theirs is None:
        return None
    return max(0.0, theirs[0] - own[1], own[0] - theirs[1])


def alive_in(name: str, years: tuple[float, float], age: int = 0) -> bool:
    """Whether a listed person lived during the years (first, last), aged at least `age` by the last
    (True for a name the lists give no dates)."""
    member = listed_people().get(name_key(name))
    return member is None or member.alive_in(years, age)


@lru_cache(maxsize=1)
def _by_name_words() -> dict[str, Member | None]:
    """Listed people with dates by full name and by surname (None: a surname two people share)."""
    out: dict[str, Member | None] = {}
    for key, member in listed_people().items():
        out[key] = member
        surname = key.split()[-1]
        if surname != key and len(surname) >= 4:
            out[surname] = None if surname in out and out[surname] != member else member
    return out

_NAME_RUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von))*")


@lru_cache(maxsize=16384)
def people_named(text: str) -> tuple[Member, ...]:
    """The listed people (with dates) a text names, by full name or by a surname only one of them has."""
    table = _by_name_words()
    found: dict[str, Member] = {}
    for run in _NAME_RUN.findall(text):
        run = re.sub(r"['’]s$", "", run)
        key = name_key(run)
        member = table.get(key)
        if member is None and key:
            member = table.get(key.split()[-1])
        if member is None and " " in key:  # "President Kennedy": the one Kennedy of the presidents
            words = key.split()
            member = _by_title().get(f"{' '.join(words[:-1])} {words[-1]}")
            if member is None and words[0] in _TITLE_LISTS:  # "President Lyndon B. Johnson": his full name
                member = table.get(name_key(" ".join(words[1:])))
        if member is not None:
            found[member.name] = member
    return tuple(found.values())


#: Titles a stem puts before a surname, and the lists whose members bear them.
_TITLE_LISTS = {"president": "presidents", "prime minister": "prime ministers", "premier": "prime ministers",
                "king": "monarchs", "queen": "monarchs", "emperor": "monarchs", "empress": "monarchs",
                "tsar": "monarchs", "general": "commanders", "admiral": "commanders", "marshal": "commanders",
                "chairman": "leaders"}


@lru_cache(maxsize=1)
def _by_title() -> dict[str, Member | None]:
    """"president kennedy" -> the listed person of that title's list with that surname (None: two share it)."""
    people = listed_people()
    lists = all_lists()[0]
    out: dict[str, Member | None] = {}
    for title, name in _TITLE_LISTS.items():
        for listed in lists[name].members:
            key = name_key(listed.name)
            member = people.get(key)
            if member is None or " " not in key:
                continue
            title_key = f"{title} {key.split()[-1]}"
            out[title_key] = None if title_key in out and out[title_key] != member else member
    return out


#: Common given names of the languages school decks meet (written for quizgen), beside the listed
#: people's own: a name that opens with one is a person's whatever its surname is ("Rosa Parks").
_GIVEN_NAMES = """aaron abraham adam adrian agnes alan albert alexander alexandre alfred alice amelia amy andrew andy
    angela anna anne antoine anton antonio arthur barbara benjamin bernard betty bill billy bob boris brian carl carlo
    carlos caroline catherine charles charlotte chris christian christopher clara claude daniel david diana diego
    dmitri donald dorothy edgar edith edmund edward eleanor elena elizabeth ella emily emma eric ernest esther eugene
    eva felix fernando florence frances francesco francis francisco frank franz frederick fyodor george georges
    gerald giovanni giuseppe grace hannah hans harold harriet harry helen henri henry herbert hugh hugo igor isaac
    isabel ivan jack jacob jacques james jan jane jean jeanne jennifer jesse jim joan johann johannes john jorge jose
    josé joseph juan julia julian karl kate katherine laura lewis louis louise lucy luis luke margaret maria marie mark
    martha martin mary matthew maurice max michael michel mikhail nancy nicholas nikolai oliver oscar otto pablo patrick
    paul pedro peter philip pierre pyotr rachel ralph richard robert roger rosa rose ruth samuel sarah sergei simon
    sophie stephen susan theodore thomas victor vincent vladimir walter william wolfgang""".split()


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of the listed people ("isaac", "marie", "edvard"): a name that opens with one is a
    person's even when its surname is a common word (Newton, Curie, Munch). Of the bundled people,
    only first words that are no English word ("Saint", "King", "Song", "Park" open other names too)."""
    from quizgen.core.wordclass import classes

    hand = {normalize(m.split(",")[0]).split()[0] for _, answer_type, members in LISTS.values()
            if answer_type is AnswerType.PERSON for m in members.split("; ") if " " in m.split(",")[0].strip()}
    bundled = {normalize(p.name).split()[0] for p in bundled_people.people() if " " in p.name.strip()}
    return frozenset(hand | {w for w in bundled - hand if not classes(w) - {"PROPN", "X"}} | set(_GIVEN_NAMES))


#: From this year of birth on, people of one generation were born at most this many years apart (Kalpana Chawla,
#: born 1962, is not of Neil Armstrong's, born 1930); earlier, lives decide (`lived_apart`: Schubert for Mozart).
#: Read for a person's fact that states no year (else who was alive and of age then decides).
MODERN_BIRTHS, GENERATION_BIRTHS = 1850, 30


def born_apart(name: str, key: str) -> bool:
    """Whether a listed person was born a generation or more from a modern key."""
    key_born = born(key)
    if key_born is None or key_born < MODERN_BIRTHS:
        return False
    other = born(name)
    return other is not None and abs(other - key_born) > GENERATION_BIRTHS


def born(name: str) -> int | None:
    """A listed person's year of birth."""
    member = listed_people().get(name_key(name))
    return member.born if member else None


#: A work a fact dates this few years after its maker's death was theirs to see begun (the Colosseum, opened in
#: 80 by Vespasian's son; Khufu's pyramid, finished c. 2560 BC): the fact's persons are of the years before.
POSTHUMOUS_YEARS = 10


def died(name: str) -> int | None:
    """A listed person's year of death."""
    member = listed_people().get(name_key(name))
    return member.died if member else None


def era_of(name: str) -> float | None:
    """The middle of a listed person's life, which places them better than the years of a fact
    about them ("Tutankhamun's tomb was found in 1922")."""
    key = name_key(name)
    era = _eras().get(key)
    if era is None and " " not in key and len(key) >= 4:
        member = _by_name_words().get(key)  # "Botticelli": the one listed person of that surname
        era = member.era if member is not None else None
    return era
