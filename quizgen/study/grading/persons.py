"""A person's name typed otherwise: without its title, middle names or epithet, by another name, the surname
alone."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA, Levenshtein

from quizgen.core import categories, people, wordclass
from quizgen.core.text import normalize
from quizgen.study.grading.text import GLUE_WORDS, typo_budget


#: Titles before a family name that others of the family share ("Lady Macbeth" is not Macbeth, "Mrs Bennet" not
#: Mr Bennet): with one name after them, the title is part of the name. After "Lord", "Sir" or a rank, the one
#: name is the person's ("Curzon" for "Lord Curzon").
_FAMILY_TITLES = frozenset("lady mrs mr ms miss mx dame madame".split())


def untitled_name(name: str, person: bool = False) -> str | None:
    """A person's name without the honorifics and ranks it opens with (`people.TITLES`): "Sir
    Douglas Haig" -> "Douglas Haig". None when it has none, or when what remains is no person's
    full name: a given name and a surname, or a person of quizgen's list ("General Motors",
    "Doctor Who" and "Major League Baseball" keep their first word). When the blank is known to be a
    person's (`person`), what remains is their name whatever it is ("Brigadier-General Reginald Dyer"
    -> "Reginald Dyer", "General Dyer" -> "Dyer"), and a key that is a title and one name ("Lord
    Curzon") is that name, which alone names them: "Curzon" is right, not a surname alone (but for the
    titles of `_FAMILY_TITLES`: "Macbeth" for "Lady Macbeth" stays almost)."""
    rest = people.without_title(name)
    if rest == name:
        return None
    if person and (len(rest.split()) >= 2 or normalize(name).split()[0] not in _FAMILY_TITLES):
        return rest
    if len(rest.split()) < 2:
        return None
    if normalize(rest).split()[0] in categories.given_names() or people.lookup(rest) is not None:
        return rest
    return None


def surname_misspelled(typed: str, words: list[str]) -> bool:
    """A name's last word typed alone with one slip (an edit or two letters swapped), or with the particle
    before it run in ("dantes" for "georges d anthes"), unless the list of people knows the typed word as
    someone else ("augustus" for "romulus augustulus": two slips, and another emperor); never when the typed
    word is the whole name spaced otherwise ("bfskinner": the spelling rules') or its first word ("alexandr"
    is no surname of "Alexander Fleming")."""
    whole = "".join(words)
    if Levenshtein.distance(typed, whole) <= typo_budget(len(whole)) or \
            Levenshtein.distance(typed, words[0]) <= typo_budget(len(words[0])):
        return False
    if people.lookup(typed) not in (None, people.lookup(" ".join(words))):
        return False  # another person the list knows: "Augustus" is not "Romulus Augustulus"
    ends = [words[-1]] + ([words[-2] + words[-1]] if len(words) > 2 and words[-2] in _PARTICLES else [])
    return any(OSA.distance(typed, end) <= min(1, typo_budget(len(end))) for end in ends)


def names_before(typed: str, answer: str) -> bool:
    """A one-word surname key typed with one or two given names before it, names none of quizgen's lists of
    people knows it or them by: "Rodion Raskolnikov" for "Raskolnikov", "Alexei Vronsky" for "Vronsky". Each
    word added is a given name of the lists or no word of the dictionary (no particle, title or common word:
    "Karel van Zbornak", "Count Vronsky" are not); the key is capitalized and no word of the dictionary either
    ("Fort Sumter" is the stem's rule's)."""
    typed_words, words = normalize(typed).split(), normalize(answer).split()
    if len(words) != 1 or not answer.strip()[:1].isupper() or not 1 <= len(typed_words) - 1 <= 2 or \
            typed_words[-1] != words[0] or not _name_word(words[0]):
        return False
    added = typed_words[:-1]
    if any(len(word) < 2 or word in _PARTICLES or word in people.TITLES or word in GLUE_WORDS or
           word not in categories.given_names() and not _name_word(word) for word in added):
        return False
    return people.lookup(answer) is None and people.lookup(typed) is None and not people.named_alike(typed)


def person_shaped(answer: str) -> bool:
    """An answer written as a person's name, whatever its card's type: a given name of quizgen's lists, then a
    surname that is no word of the dictionary, with particles between ("Georges d'Anthès", "Eugene Onegin",
    "Anna Karenina"), or a person of quizgen's list by their full name ("Isaac Newton"); not "Marie Byrd Land"
    (a word ends it) nor "Romeo and Juliet" (two names)."""
    words = normalize(answer).split()
    if not 2 <= len(words) <= 4 or GLUE_WORDS & set(words) or len(words[0]) < 2:
        return False
    if not all(word[:1].isupper() for word in re.findall(r"[^\W\d_]+", answer) if normalize(word) not in _PARTICLES):
        return False  # a name is capitalized: "ē plūribus ūnum" is none
    if len(words[-1]) >= 2 and all(word in _PARTICLES or _name_word(word) for word in words[1:]) and \
            words[0] in categories.given_names():
        return True
    person = people.lookup(answer)
    return person is not None and normalize(person.name) == " ".join(words)  # "Isaac Newton": a listed full name


def _name_word(word: str) -> bool:
    """A word (normalized) of no class of the dictionary but a proper noun's: "onegin", "raskolnikov"; not "land"."""
    return not wordclass.classes(word) - {"PROPN", "X"}


#: A surname's particles: "de Valera" alone is a surname alone, as "Valera" is.
_PARTICLES = frozenset("van von de da di du del della der den la le ter ten bin ibn al el d".split())


def epithet_at(words: list[str]) -> int | None:
    """Where the "the" of a name with an epithet stands ("alfred the great" -> 1), None for another name."""
    return words.index("the") if "the" in words[1:-1] else None


def epithet_dropped(typed_words: list[str], words: list[str]) -> bool:
    """A name with an epithet ("X the Y") typed as its first name alone ("Alfred" for "Alfred the
    Great", as a surname alone is) or without its "the" ("Robert Bruce" for "Robert the Bruce"), or
    such a name typed with a "the" the key does not have ("Robert the Bruce" for "Robert Bruce")."""
    at = epithet_at(words)
    if at is not None and (typed_words == words[:at] or typed_words == words[:at] + words[at + 1:] and
                           epithet_is_name(words[at + 1:])):
        return True
    typed_at = epithet_at(typed_words)
    return typed_at is not None and typed_words[:typed_at] + typed_words[typed_at + 1:] == words and \
        epithet_is_name(typed_words[typed_at + 1:])


def epithet_is_name(epithet: list[str]) -> bool:
    """An epithet that is a name itself ("the Bruce"), not a word of the dictionary ("the Great", "the
    Conqueror"): without its "the" it still names the person, as "Alexander Great" does not."""
    return all(not wordclass.classes(word) for word in epithet)


def initials_written_out(typed_words: list[str], words: list[str]) -> bool:
    """The key's initials written out as the names they stand for, the surname the same: "John Fitzgerald
    Kennedy" for "John F. Kennedy" (read the other way round, the given names typed as their initials: "W. E.
    Gladstone" for "William Ewart Gladstone"). Every initial must be written out (a name typed with fewer or
    other words is left to the middle-name and surname rules)."""
    if len(words) < 2 or len(typed_words) != len(words) or typed_words[-1] != words[-1] or typed_words == words:
        return False
    return all(t == w or (len(w) == 1 and len(t) > 1 and t.startswith(w)) for t, w in zip(typed_words[:-1], words[:-1]))


def middle_names_verdict(typed: str, answer: str) -> str | None:
    """A person's name typed with middle names or initials left out or added ("John Watson",
    "John Broadus Watson" for "John B. Watson"): right, unless quizgen's list of people knows the
    typed name as someone else ("John Adams" is not John Quincy Adams: None, left to the spelling
    rules) or gives the answer's person a surname of two words ("David George" for "David Lloyd
    George"), or knows several people it may be short for ("George Bush" for "George W. Bush" could
    be his father as well: "almost")."""
    person, typed_person = people.lookup(answer), people.lookup(typed)
    if typed_person is not None and typed_person != person:
        return None
    compound = person and people.compound_surname(person)
    if compound and not normalize(typed).endswith(" " + compound):
        return None  # "David George" for "David Lloyd George": "Lloyd George" is his surname
    if person is None and typed_person is not None and typed_person in people.named_alike(answer):
        return "right"  # "George W. Bush" for "George Bush": the one the typed name is
    return "almost" if any(other != person for other in people.named_alike(typed)) else "right"


def known_as(typed: str, answer: str) -> bool:
    """Whether quizgen's list of people (quizgen.core.people) names the answer's person by the typed
    name too: its full name, a single name it lists the person as known by ("Galileo" for "Galileo
    Galilei", "Michelangelo", "Tutankhamen"), or a longer other name ("Jeanne d'Arc" for "Joan of
    Arc"). A longer name that is only a near spelling of the answer ("Dmitri Mendeleyev") is left
    to the spelling rules, as any near spelling is; the surname alone is not one of these names
    ("Galilei" stays "almost", by the rule below)."""
    person = people.lookup(answer)
    if person is None:
        return False
    names = {normalize(name) for name in (person.name, *person.aliases)}
    typed_key, answer_key = normalize(typed), normalize(answer)
    if answer_key not in names or typed_key not in names or typed_key == people.surname(person) or \
            people.lookup(typed) != person:
        return False
    full = normalize(person.name).split()
    typed_words = typed_key.split()
    if len(typed_words) < len(full) and (full[-len(typed_words):] == typed_words and typed_words[0] in _PARTICLES
                                         or epithet_dropped(typed_words, full)):
        return False  # the surname alone with its particle ("de Valera"), the first name of "Alfred the Great"
    return (typed_key == normalize(person.name) or len(typed_key.split()) == 1
            or Levenshtein.distance(typed_key, answer_key) > typo_budget(len(answer_key)))
