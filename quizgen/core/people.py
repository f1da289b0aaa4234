"""Notable people a school curriculum mentions, for blanks whose answer is a person.

The data is quizgen's own list (`data/people.tsv`, same licence as the project), written from
general knowledge: about 2,700 rulers, presidents and prime ministers, generals and admirals,
revolutionaries, explorers, philosophers, scientists, artists, composers, writers, religious figures,
economists and activists, from antiquity to today and from every continent. Nothing is downloaded.

Each row: `name` (the form a teacher writes), `aliases` (`;`-separated other forms), `born` and
`died` (years, negative for BC; conventional dates for "c." years), `countries` (GeoNames' country
names, the country of the main activity first), `roles` (words of `ROLES`), `gender` (m/f).
A blank `born` means unknown; a blank `died` means living when `born` is 1900 or later, unknown
before. To extend it, add rows (tab-separated, UTF-8) and run tests/core/test_people.py, which
checks every field and that no name or alias names two people.

Beside it, `wordnet_people` reads the people Princeton WordNet 3.0 names that the curated list lacks
(`data/wordnet_people.tsv`, the same columns, derived by tools/wordnet/build_instances.py; WordNet's licence
in `data/LICENSE.wordnet`): `lookup` reads them only for a name the curated list does not know, and
`quizgen.core.categories` joins them after the curated people. Edit the curated list, never the derived one,
then rerun the build (it leaves out WordNet's rows of curated people; tests/core/test_wordnet_instances.py fails
until the shipped table is the rebuilt one).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from quizgen.core.tables import data_file
from quizgen.core.text import normalize

#: The roles a person can have, each with the broader role it belongs to (or None).
#: A person listed as a "novelist" is also a "writer" for `people_with` and `has_role`.
ROLE_PARENTS: dict[str, str | None] = {
    "ruler": None, "consort": None, "politician": None, "president": "politician",
    "prime-minister": "politician", "diplomat": "politician", "judge": None, "lawyer": None,
    "military": None, "general": "military", "admiral": "military", "revolutionary": None,
    "explorer": None, "aviator": None, "astronaut": "explorer",
    "philosopher": None, "theologian": None, "religious-leader": None,
    "scientist": None, "physicist": "scientist", "chemist": "scientist", "biologist": "scientist",
    "naturalist": "scientist", "geologist": "scientist", "geographer": "scientist", "astronomer": "scientist",
    "computer-scientist": "scientist", "mathematician": None, "inventor": None, "engineer": None,
    "physician": None, "psychologist": None, "economist": None, "sociologist": None,
    "historian": None, "linguist": None, "anthropologist": None, "artist": None, "painter": "artist", "sculptor": "artist",
    "photographer": "artist", "architect": None, "filmmaker": None, "actor": None,
    "musician": None, "composer": "musician", "singer": "musician", "dancer": None,
    "writer": None, "novelist": "writer", "poet": "writer", "playwright": "writer",
    "journalist": "writer", "activist": None, "entrepreneur": None, "athlete": None,
}
ROLES: frozenset[str] = frozenset(ROLE_PARENTS)

#: Words teachers write in stems ("the king", "wrote", "field marshal"), normalized, -> the roles
#: they call for (any one of them fits).
role_words: dict[str, frozenset[str]] = {word: frozenset(roles) for word, roles in {
    "king": ("ruler",), "queen": ("ruler", "consort"), "emperor": ("ruler",), "empress": ("ruler", "consort"),
    "pharaoh": ("ruler",), "tsar": ("ruler",), "czar": ("ruler",), "sultan": ("ruler",), "shah": ("ruler",),
    "caliph": ("ruler",), "khan": ("ruler",), "shogun": ("ruler", "general"), "monarch": ("ruler",),
    "ruler": ("ruler",), "reigned": ("ruler",), "ruled": ("ruler",), "crowned": ("ruler",),
    "president": ("president",), "prime minister": ("prime-minister",), "premier": ("prime-minister",),
    "chancellor": ("prime-minister",), "politician": ("politician",), "statesman": ("politician",),
    "senator": ("politician",), "diplomat": ("diplomat",), "secretary of state": ("politician", "diplomat"),
    "judge": ("judge",), "justice": ("judge",), "lawyer": ("lawyer",),
    "general": ("general",), "field marshal": ("general",), "marshal": ("general",), "commander": ("general", "admiral"),
    "commanded": ("general", "admiral"), "admiral": ("admiral",), "navy": ("admiral",), "fleet": ("admiral",),
    "revolutionary": ("revolutionary",), "rebellion": ("revolutionary",), "led the revolt": ("revolutionary",),
    "explorer": ("explorer",), "sailed": ("explorer", "admiral"), "expedition": ("explorer",),
    "aviator": ("aviator",), "pilot": ("aviator", "astronaut"), "flew": ("aviator", "astronaut"),
    "astronaut": ("astronaut",), "cosmonaut": ("astronaut",),
    "philosopher": ("philosopher",), "theologian": ("theologian",), "saint": ("religious-leader", "theologian"),
    "pope": ("religious-leader",), "prophet": ("religious-leader",), "founded the religion": ("religious-leader",),
    "scientist": ("scientist",), "physicist": ("physicist",), "chemist": ("chemist",), "biologist": ("biologist",),
    "naturalist": ("naturalist", "biologist"), "geologist": ("geologist",), "astronomer": ("astronomer",),
    "mathematician": ("mathematician",), "theorem": ("mathematician",), "proved": ("mathematician",),
    "discovered": ("scientist", "mathematician", "explorer", "physician"), "inventor": ("inventor",),
    "invented": ("inventor", "engineer", "scientist"), "engineer": ("engineer",),
    "physician": ("physician",), "doctor": ("physician",), "surgeon": ("physician",), "vaccine": ("physician", "biologist"),
    "psychologist": ("psychologist",), "psychoanalysis": ("psychologist",), "economist": ("economist",),
    "sociologist": ("sociologist",), "historian": ("historian",),
    "painter": ("painter",), "painted": ("painter",), "sculptor": ("sculptor",), "sculpted": ("sculptor",),
    "artist": ("artist",), "architect": ("architect",), "designed": ("architect", "engineer"),
    "photographer": ("photographer",), "director": ("filmmaker",), "film": ("filmmaker", "actor"), "actor": ("actor",),
    "actress": ("actor",), "composer": ("composer",), "composed": ("composer",), "symphony": ("composer",),
    "opera": ("composer",), "musician": ("musician",), "singer": ("singer",), "sang": ("singer",),
    "writer": ("writer",), "author": ("writer",), "wrote": ("writer",), "novelist": ("novelist",), "novel": ("novelist",),
    "poet": ("poet",), "poem": ("poet",), "playwright": ("playwright",), "dramatist": ("playwright",), "play": ("playwright",),
    "journalist": ("journalist",), "activist": ("activist",), "campaigned": ("activist",), "civil rights": ("activist",),
    "suffragette": ("activist",), "abolitionist": ("activist",), "entrepreneur": ("entrepreneur",),
    "founded the company": ("entrepreneur",), "athlete": ("athlete",),
}.items()}

#: The longest lifespan the list allows; a person born before LIVING_SINCE with no death year
#: has an unknown death year rather than being alive.
MAX_LIFESPAN = 120
LIVING_SINCE = 1900


class Person(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    born: int | None
    died: int | None
    countries: tuple[str, ...]
    roles: tuple[str, ...]
    gender: str  # "m" or "f"

    @property
    def living(self) -> bool:
        return self.died is None and self.born is not None and self.born >= LIVING_SINCE

    @classmethod
    def from_row(cls, fields: list[str]) -> Person:
        name, aliases, born, died, countries, roles, gender = fields

        def names(text: str) -> tuple[str, ...]:
            return tuple(part.strip() for part in text.split(";") if part.strip())

        return cls(name, names(aliases), int(born) if born else None, int(died) if died else None,
                   names(countries), names(roles), gender)


@lru_cache(maxsize=1)
def people() -> tuple[Person, ...]:
    """Every listed person, in the file's order."""
    lines = data_file("people.tsv").splitlines()
    return tuple(Person.from_row(line.split("\t")) for line in lines[1:] if line.strip())


#: Words that end a name without being a surname ("Henry VIII", "Martin Luther King Jr." is a King).
_SUFFIXES = frozenset(("jr", "sr"))
_REGNAL_NUMBERS = frozenset("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii".split())


def surname(person: Person) -> str | None:
    """The normalized last word of a name of two words or more ("Winston Churchill" -> "churchill",
    "Nikolai Rimsky-Korsakov" -> "rimsky korsakov"), None for epithets ("Alexander the Great"),
    "of" names ("Augustine of Hippo") and regnal numbers ("Louis XIV")."""
    words = [normalize(word) for word in person.name.split()]
    while words and words[-1] in _SUFFIXES:
        words.pop()
    if len(words) < 2 or "the" in words or "of" in words or words[-1] in _REGNAL_NUMBERS:
        return None
    return words[-1]


@lru_cache(maxsize=1)
def wordnet_people() -> tuple[Person, ...]:
    """The people WordNet 3.0 names that the curated list lacks (`data/wordnet_people.tsv`, derived by
    tools/wordnet/build_instances.py; the columns of `people.tsv`, a blank gender unknown). Their years
    come from WordNet's glosses: a blank `died` of a person born after LIVING_SINCE says only that WordNet
    (2006) gave no death, so `well_dated` is what era rules read."""
    lines = data_file("wordnet_people.tsv").splitlines()
    return tuple(Person.from_row(line.split("\t")) for line in lines[1:] if line.strip())


def well_dated(person: Person) -> bool:
    """Whether both ends of a person's life are known: a curated person's, or a WordNet person's with a
    birth and a death year."""
    return person.born is not None and person.died is not None


@lru_cache(maxsize=2)
def _index(wordnet: bool = False) -> tuple[dict[str, tuple[Person, ...]], ...]:
    """Listed people (or WordNet's) by normalized full name, by alias and by surname."""
    indexes: tuple[dict[str, list[Person]], ...] = (defaultdict(list), defaultdict(list), defaultdict(list))
    by_name, by_alias, by_surname = indexes
    for person in wordnet_people() if wordnet else people():
        by_name[normalize(person.name)].append(person)
        for key in {normalize(alias) for alias in person.aliases} - {normalize(person.name)}:
            by_alias[key].append(person)
        if (last := surname(person)) is not None:
            by_surname[last].append(person)
    return tuple({key: tuple(found) for key, found in index.items()} for index in indexes)


def lookup(name: str) -> Person | None:
    """The person a teacher's answer text names (compared by `normalize`): the one person whose full
    name it is, else the one person it is an alias or the surname of ("Churchill" finds Winston
    Churchill only while no other listed person is called Churchill). None when unknown or ambiguous.
    Meant for answers and names, not for arbitrary words (a surname can be a common word).
    A name the curated list does not know at all is looked up, the same way, among `wordnet_people`
    (a full name or an alias of two words or more only: WordNet's surnames are too many to be read alone)."""
    key = normalize(name)
    by_name, by_alias, by_surname = _index()
    named = by_name.get(key, ())
    if len(named) == 1:
        return named[0]
    found = set(named) | set(by_alias.get(key, ())) | set(by_surname.get(key, ()))
    if not found and " " in key:
        by_name, by_alias, _ = _index(True)
        found = set(by_name.get(key, ())) or set(by_alias.get(key, ()))
    return found.pop() if len(found) == 1 else None


def all_people() -> tuple[Person, ...]:
    """The curated people, then WordNet's (`wordnet_people`): the one list the other modules join."""
    return people() + wordnet_people()


#: The one table of titles said before a name, normalized: honorifics and military and academic
#: ranks ("Sir Douglas Haig", "Professor Philip Zimbardo", "Marshal Ferdinand Foch"). A name with
#: or without them names the same person. Royal and religious titles ("King", "Saint") are not
#: here: "King John" and "John" are not one answer.
TITLES: frozenset[str] = frozenset((
    "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "professor", "prof",
    "reverend", "rev", "marshal", "field marshal", "general", "gen", "lieutenant general", "major general",
    "brigadier", "brigadier general", "colonel", "col", "lieutenant colonel", "major", "maj", "captain",
    "capt", "lieutenant", "lt", "sergeant", "sgt", "corporal", "cpl", "admiral", "adm", "vice admiral",
    "rear admiral", "commodore", "commander", "cdr", "air marshal", "air chief marshal"))
_TITLE = re.compile(r"^(?:(?:" + "|".join(sorted((t.replace(" ", r"[\s-]+") for t in TITLES), key=len, reverse=True))
                    + r")\.?\s+)+", re.IGNORECASE)


def without_title(name: str) -> str:
    """`name` without the titles of `TITLES` it opens with ("Field Marshal Sir Douglas Haig" ->
    "Douglas Haig"); `name` itself when it opens with none or is nothing but titles."""
    match = _TITLE.match(name.strip())
    rest = name.strip()[match.end():] if match else ""
    return rest if rest.strip() else name


#: Words inside a name that are no middle name: an epithet's or a place's ("Alexander the Great",
#: "Augustine of Hippo"), two people's ("Lewis and Clark"), a surname's particle ("van Gogh", "da Vinci").
_NOT_MIDDLE_NAMES = frozenset("the of and van von de da di du del della der den la le ter ten bin ibn al el y".split())


def _initial_of(short: str, word: str) -> bool:
    return short == word or len(short) == 1 and word.startswith(short)


def middle_names_differ(name: str, other: str) -> bool:
    """Whether two names (normalized) are one name but for middle names or initials: the same first
    and last words, the middle words of the shorter a part of the other's, in order, an initial
    standing for a name ("john watson", "john b watson", "john broadus watson")."""
    words, other_words = name.split(), other.split()
    if words == other_words or min(len(words), len(other_words)) < 2 or \
            words[0] != other_words[0] or words[-1] != other_words[-1] or len(words[0]) < 2:
        return False
    if not _NOT_MIDDLE_NAMES.isdisjoint(words + other_words) or words[-1] in _SUFFIXES | _REGNAL_NUMBERS:
        return False  # "Alexander the Great", "Vincent van Gogh", "Lewis and Clark", "Martin Luther King Jr."
    short, long = sorted((words[1:-1], other_words[1:-1]), key=len)
    at = 0
    for word in short:
        while at < len(long) and not (_initial_of(word, long[at]) or _initial_of(long[at], word)):
            at += 1
        if at == len(long):
            return False
        at += 1
    return True


#: Countries whose names are a family name, then a given name, with no middle names ("Qin Shi Huang",
#: "Mao Zedong", "Kim Il-sung"): the first country of a listed person's (`Person.countries`).
FAMILY_NAME_FIRST = frozenset(("China", "Taiwan", "Japan", "South Korea", "North Korea", "Vietnam", "Mongolia",
                               "Singapore"))


def middle_names_dropped(typed: str, answer: str) -> bool:
    """Whether a typed name is the answer's (both as written) but for middle names or initials
    (`middle_names_differ`), reading the answer's hyphenated names as one word ("Jean Sartre" is not
    "Jean-Paul Sartre", "Kim Sung" not "Kim Il-sung"; "Antoine-Laurent Lavoisier" is "Antoine Lavoisier"
    with a given name added), and never for a listed person of a country whose names have no middle
    names (`FAMILY_NAME_FIRST`: "Qin Huang" is not "Qin Shi Huang")."""
    if not middle_names_differ(normalize(typed), normalize(answer.replace("-", ""))):
        return False
    return not any(person is not None and person.countries[:1] and person.countries[0] in FAMILY_NAME_FIRST
                   for person in (lookup(answer), lookup(typed)))


def compound_surname(person: Person) -> str | None:
    """The surname of two words or more the list gives a person as an alias that ends the name
    ("lloyd george" of David Lloyd George, "garcia marquez"), normalized; None when it gives none."""
    name = normalize(person.name)
    endings = [key for key in (normalize(alias) for alias in person.aliases)
               if len(key.split()) >= 2 and name.endswith(" " + key)]
    return max(endings, key=len, default=None)


def named_alike(name: str) -> tuple[Person, ...]:
    """The listed people whose full name is `name` but for middle names or initials ("George Bush" ->
    George H. W. Bush and George W. Bush; "John Adams" -> John Adams and John Quincy Adams)."""
    key = normalize(name)
    by_name, _, by_surname = _index()
    last = key.split()[-1:] or [""]
    candidates = set(by_name.get(key, ())) | set(by_surname.get(last[0], ()))
    return tuple(sorted((person for person in candidates if normalize(person.name) == key
                         or middle_names_differ(key, normalize(person.name))), key=lambda person: person.name))


def alive_in(person: Person, year: int) -> bool | None:
    """Whether `person` was alive in `year`; None when their years do not say."""
    if person.born is not None and year < person.born:
        return False
    if person.died is not None and year > person.died:
        return False
    if person.born is None:
        return None
    if person.died is None and not person.living:
        return None
    return True


def has_role(person: Person, role: str) -> bool:
    """Whether `person` has `role` or a narrower one ("poet" counts as "writer")."""
    for own in person.roles:
        while own is not None:
            if own == role:
                return True
            own = ROLE_PARENTS.get(own)
    return False


#: Words of a deck's subject (its title and description), normalized, -> the fields of people they name: a
#: "History of mathematics" deck's persons are mathematicians, a "World religions" deck's are religious figures.
subject_words: dict[str, frozenset[str]] = {word: frozenset(roles) for word, roles in {
    "mathematics": ("mathematician",), "mathematicians": ("mathematician",), "maths": ("mathematician",),
    "math": ("mathematician",), "religions": ("religious-leader", "theologian", "philosopher"),
    "religion": ("religious-leader", "theologian", "philosopher"), "faiths": ("religious-leader", "theologian", "philosopher"),
    "astronomy": ("astronomer",), "stars": ("astronomer",), "galaxies": ("astronomer",), "cosmology": ("astronomer",),
    "physics": ("physicist",), "chemistry": ("chemist",), "biology": ("biologist",), "medicine": ("physician",),
    "philosophy": ("philosopher",), "philosophers": ("philosopher",), "painters": ("painter",),
    "painting": ("painter",), "music": ("musician",), "composers": ("composer",), "literature": ("writer",),
    "poetry": ("poet",), "film": ("filmmaker", "actor"), "economics": ("economist",), "psychology": ("psychologist",),
    "explorers": ("explorer",), "exploration": ("explorer",), "inventions": ("inventor", "engineer"),
    "inventors": ("inventor", "engineer"), "computing": ("computer-scientist", "engineer", "inventor"),
}.items()}


def subject_fields(text: str) -> frozenset[str]:
    """The fields of people a deck's subject names ("History of mathematics" -> mathematician), `subject_words`."""
    found: set[str] = set()
    for word in normalize(text).split():
        found |= subject_words.get(word, frozenset())
    return frozenset(found)


def roles_in(text: str) -> frozenset[str]:
    """The roles the words of a stem call for: "General ____ commanded the Afrika Korps" -> general, admiral."""
    padded = f" {normalize(text)} "
    found: set[str] = set()
    for word, roles in role_words.items():
        if f" {word} " in padded:
            found |= roles
    return frozenset(found)


def people_with(roles: Iterable[str] = (), countries: Iterable[str] = (),
                years: tuple[int, int] | None = None) -> list[Person]:
    """Listed people having any of `roles` (or a narrower one), active in any of `countries`, and
    alive at some time in `years` (inclusive). Empty filters do not filter; with `years`, people
    whose lifespan is not known at both ends are left out. In the file's order."""
    wanted_roles = tuple(roles)
    wanted_countries = {normalize(country) for country in countries}
    chosen: list[Person] = []
    for person in people():
        if wanted_roles and not any(has_role(person, role) for role in wanted_roles):
            continue
        if wanted_countries and not wanted_countries.intersection(normalize(c) for c in person.countries):
            continue
        if years is not None:
            if person.born is None or (person.died is None and not person.living):
                continue
            low, high = years
            if person.born > high or (person.died is not None and person.died < low):
                continue
        chosen.append(person)
    return chosen
