"""The lists built once: members parsed, people's fields, the bundled and WordNet people joined, features,
aliases; `categories_of`, the lists that hold an answer."""

from __future__ import annotations

from functools import lru_cache

from quizgen.core import gazetteer
from quizgen.core import people as bundled_people
from quizgen.core.model import AnswerType
from quizgen.core.text import normalize
from quizgen.core.categories.lists import Category, LISTS, Member
from quizgen.core.categories.eras import PRESENT


#: Scientists' fields: a physicist's wrong answers are physicists when the list has enough of them.
_FIELDS = {
    "physics": "Archimedes; Galileo Galilei; Johannes Kepler; Isaac Newton; Robert Hooke; Alessandro Volta; "
               "Michael Faraday; James Clerk Maxwell; Nikola Tesla; Thomas Edison; Max Planck; Marie Curie; "
               "Ernest Rutherford; Albert Einstein; Niels Bohr; Erwin Schrödinger; Edwin Hubble; Werner Heisenberg; "
               "Lise Meitner; Stephen Hawking; Nicolaus Copernicus",
    "chemistry": "Robert Boyle; Antoine Lavoisier; John Dalton; Dmitri Mendeleev; Dorothy Hodgkin; Marie Curie; "
                 "Rosalind Franklin; Louis Pasteur",
    "biology": "William Harvey; Carl Linnaeus; Edward Jenner; Charles Darwin; Gregor Mendel; Louis Pasteur; "
               "Alexander Fleming; Barbara McClintock; Rosalind Franklin; Rachel Carson; Jane Goodall; "
               "Joseph Lister; Robert Koch; Jonas Salk; Karl Landsteiner; Robert Hooke; Antonie van Leeuwenhoek",
    "medicine": "Hippocrates; Galen; Andreas Vesalius; William Harvey; Edward Jenner; Joseph Lister; Robert Koch; Jonas Salk; Karl Landsteiner; "
                "Alexander Fleming; Florence Nightingale",
    "computing": "Ada Lovelace; Alan Turing",
    "earth": "Alfred Wegener",
    "astronomy": "Ptolemy; Nicolaus Copernicus; Tycho Brahe; Galileo Galilei; Johannes Kepler; Giovanni Cassini; "
                 "Christiaan Huygens; Edmond Halley; William Herschel; Caroline Herschel; Charles Messier; "
                 "Urbain Le Verrier; Percival Lowell; Henrietta Leavitt; Edwin Hubble; Clyde Tombaugh; Gerard Kuiper; "
                 "Carl Sagan; Stephen Hawking",
}


#: Fields of the life sciences: their people are not offered for a physicist's or chemist's key.
_LIFE_FIELDS = frozenset(("biology", "medicine"))


@lru_cache(maxsize=1)
def person_fields() -> dict[str, frozenset[str]]:
    fields: dict[str, set[str]] = {}
    for field, names in _FIELDS.items():
        for name in names.split("; "):
            fields.setdefault(normalize(name), set()).add(field)
    for person in bundled_people.all_people():  # the bundled people's fields, where `_FIELDS` names none
        own = {_ROLE_FIELDS[r] for r in person.roles if r in _ROLE_FIELDS
               and (_ROLE_FIELDS[r] not in _MAIN_ROLE_FIELDS or r == person.roles[0])}
        if own and normalize(person.name) not in fields:
            fields[normalize(person.name)] = own
    return {name: frozenset(f) for name, f in fields.items()}


def _member(text: str) -> Member:
    if " @" in text:  # "Athens @GR": a place and its country; "Louvre @FR Paris": a thing, its country and city
        name, country = text.rsplit(" @", 1)
        code, _, town = country.strip().partition(" ")
        return Member(name.strip(), country=code, city=normalize(town))
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 5 and parts[1].lstrip("-").isdigit():
        born, died = int(parts[1]), int(parts[2])
        return Member(parts[0], (born + died) / 2, parts[3], parts[4], born, died)
    name, _, year = text.rpartition(", ")
    if name and year.lstrip("-").isdigit():  # a work and its year ("The Waste Land, 1922")
        return Member(name.strip(), float(year))
    return Member(text.strip())


#: The bundled people's roles (`quizgen.core.people`) -> the people lists they join (a sculptor who
#: never painted joins no painters: "____ painted" is no stem for Rodin).
_ROLE_LISTS_OF = {"philosopher": "philosophers", "theologian": "philosophers", "painter": "painters",
                  "composer": "composers", "writer": "writers", "scientist": "scientists",
                  "mathematician": "scientists", "inventor": "scientists", "physician": "scientists",
                  "explorer": "explorers", "astronaut": "astronauts", "president": "presidents",
                  "prime-minister": "prime ministers", "general": "commanders", "admiral": "commanders",
                  "ruler": "monarchs", "politician": "leaders", "revolutionary": "leaders", "activist": "leaders",
                  "military": "commanders", "aviator": "explorers", "engineer": "scientists",
                  "economist": "economists"}


#: The list of the bundled people no other list takes (a religious leader, an economist, an actor): known
#: as persons with their years, sex and country, never a list a stem's kind names.
OTHER_PEOPLE = "other people"


#: Their roles that name a scientist's field (`_FIELDS`).
_ROLE_FIELDS = {"physicist": "physics", "astronomer": "physics", "chemist": "chemistry", "biologist": "biology",
                "naturalist": "biology", "physician": "medicine", "computer-scientist": "computing",
                "geologist": "earth", "geographer": "earth", "inventor": "invention", "engineer": "invention"}


#: Fields a person has only by their first (main) role: Leonardo, a painter first, is no inventor's wrong answer.
_MAIN_ROLE_FIELDS = frozenset(("invention",))


#: How many years a life is counted around a known end when the other is not known.
_HALF_LIFE = 35


def _bundled_member(person: bundled_people.Person) -> Member:
    """A person of the bundled list as a list member: their years, sex and first country's code."""
    born, died = person.born, person.died
    if died is None and person.living:
        died = PRESENT
    elif died is None and born is not None:
        died = min(PRESENT, born + 2 * _HALF_LIFE)  # one end known: a life of its usual length around it
    elif born is None and died is not None:
        born = died - 2 * _HALF_LIFE
    era = (born + died) / 2 if born is not None and died is not None else None
    codes = gazetteer.countries_in(f" {normalize(person.countries[0])} ") if person.countries else frozenset()
    country = next(iter(codes)) if len(codes) == 1 else ""
    return Member(person.name, era, person.gender or None, country, born, died)


#: Whether WordNet's well-dated people join the lists of their roles (and so are offered), or are only known.
WORDNET_IN_ROLE_LISTS = True


def _wordnet_member(person: bundled_people.Person) -> Member:
    """A WordNet person as a list member: dated only when both ends of the life are known (`well_dated`: a
    birth year alone from WordNet's 2006 glosses does not say the person lives), else of no known age."""
    if bundled_people.well_dated(person):
        return _bundled_member(person)
    member = _bundled_member(person._replace(born=None, died=None))
    return member


@lru_cache(maxsize=1)
def all_lists() -> tuple[dict[str, Category], dict[str, list[Category]]]:
    """The lists, the bundled people joined to the lists of their roles, and each member's lists
    by its name (and by a bundled person's other names)."""
    lists: dict[str, list[Member]] = {}
    for name, (kind, answer_type, members) in LISTS.items():
        lists[name] = [_member(m) for m in members.split("; ")] if members else []
    listed = {name: {normalize(m.name) for m in members} for name, members in lists.items()}
    people_lists = {name for name, (_, answer_type, _) in LISTS.items() if answer_type is AnswerType.PERSON}
    hand = {normalize(m.name): m for name in people_lists for m in lists[name]}  # their years win
    lists[OTHER_PEOPLE] = []
    for person in bundled_people.people():
        joins = {_ROLE_LISTS_OF[r] for r in _ROLE_LISTS_OF if bundled_people.has_role(person, r)}
        key = normalize(person.name)
        for name in sorted(joins or ({OTHER_PEOPLE} if key not in hand else set())):
            if key not in listed.setdefault(name, set()):
                lists[name].append(hand.get(key) or _bundled_member(person))
                listed[name].add(key)
    known = set().union(*listed.values())
    for person in bundled_people.wordnet_people():  # the people the curated ones lack (`people.all_people`)
        key = normalize(person.name)
        if key in known:
            continue
        known.add(key)
        joins = {_ROLE_LISTS_OF[r] for r in _ROLE_LISTS_OF if bundled_people.has_role(person, r)} \
            if WORDNET_IN_ROLE_LISTS and bundled_people.well_dated(person) else set()
        for name in sorted(joins or {OTHER_PEOPLE}):
            lists[name].append(_wordnet_member(person))
    _join_features(lists)
    by_name: dict[str, Category] = {}
    by_member: dict[str, list[Category]] = {}
    kinds = {**{name: (kind, answer_type) for name, (kind, answer_type, _) in LISTS.items()},
             OTHER_PEOPLE: ("person", AnswerType.PERSON)}
    for name, (kind, answer_type) in kinds.items():
        category = Category(name, kind, answer_type, tuple(lists[name]))
        by_name[name] = category
        for member in category.members:
            by_member.setdefault(normalize(member.name), []).append(category)
    return by_name, by_member


#: The lists WordNet's natural features join, by their kind (`gazetteer.FEATURE_KINDS`).
_FEATURE_LISTS = {"river": "rivers", "lake": "lakes", "mountain": "mountains", "volcano": "volcanoes",
                  "desert": "deserts", "range": "ranges"}


#: The names of the lists of natural features.
FEATURE_LISTS = frozenset(_FEATURE_LISTS.values())


def _join_features(lists: dict[str, list[Member]]) -> None:
    """WordNet's rivers, lakes, peaks, volcanoes, deserts and ranges (`gazetteer.wordnet_features`) that WordNet
    places in a country, after each list's own members, with their first country (which `related` reads: the
    Severn's rivals are British rivers first, then Europe's). A name WordNet gives another kind of place too, or that
    names a country or a US state, is left out: "the Council of Trent" (a city), the USS Missouri."""
    from quizgen.core import instances

    listed = {normalize(m.name) for members in lists.values() for m in members}
    seen = {gazetteer.wordnet_feature(m.name) for members in lists.values() for m in members
            if m.born is None}  # a place or thing (the Dead Sea, a sea here, is no lake to join)
    for feature in gazetteer.wordnet_features():
        if feature.countries and feature not in seen and normalize(feature.name) not in listed and \
                gazetteer.FEATURE_KINDS.get(instances.place_kind(feature.name) or "") == feature.kind and \
                gazetteer.place_kind(feature.name) is None:
            lists[_FEATURE_LISTS[feature.kind]].append(Member(feature.name, country=feature.countries[0]))
            listed.add(normalize(feature.name))


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """A bundled person's other names (normalized) -> their listed name, where no list member has it."""
    by_member = all_lists()[1]
    out: dict[str, str] = {}
    for person in bundled_people.people():
        name = normalize(person.name)
        if name not in by_member:
            continue
        for alias in person.aliases:
            key = normalize(alias)
            if key not in by_member:
                out[key] = name
    wordnet: dict[str, set[str]] = {}  # WordNet's: other names of two words or more, of one person only
    for person in bundled_people.wordnet_people():
        name = normalize(person.name)
        for key in {normalize(alias) for alias in person.aliases} - {name}:
            if " " in key and key not in by_member and key not in out and name in by_member:
                wordnet.setdefault(key, set()).add(name)
    out.update((key, names.pop()) for key, names in wordnet.items() if len(names) == 1)
    short: dict[str, set[str]] = {}  # a name of three words or more without its middle ones: "Gustav Kirchhoff"
    for name, member in listed_people().items():
        for full in {name, *(key for key, listed in out.items() if listed == name)}:
            words = full.split()
            if len(words) >= 3 and not _PARTICLES.intersection(words[1:-1]) and words[-1] not in _SUFFIXES:
                short.setdefault(f"{words[0]} {words[-1]}", set()).add(name)
    out.update((key, names.pop()) for key, names in short.items()
               if len(names) == 1 and key not in by_member and key not in out)
    return out


#: Words inside a name that join it rather than being a middle name ("Robert the Bruce", "Vasco da Gama").
_PARTICLES = frozenset(("the", "of", "da", "de", "del", "della", "di", "do", "dos", "du", "la", "le", "van", "von",
                        "der", "den", "ibn", "bin", "al", "el", "y", "zu", "ten", "ter"))

_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A name's key in the lists: normalized, a bundled person's other name read as their listed one."""
    key = normalize(name)
    return _aliases().get(key, key)


def categories_of(answer: str) -> list[Category]:
    """The lists the answer is a member of (the leading "the" ignored)."""
    by_member = all_lists()[1]
    key = name_key(answer)
    found = by_member.get(key) or (by_member.get(key[4:]) if key.startswith("the ") else None)
    return found or []


@lru_cache(maxsize=1)
def listed_people() -> dict[str, Member]:
    return {normalize(m.name): m for c in all_lists()[0].values() if c.type is AnswerType.PERSON
            for m in c.members if m.born is not None}
