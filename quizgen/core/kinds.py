"""What a blank's answer is, read from the words around it: its kind ("king", "novel", "river",
"hormone"), the person's gender, the number its verb agrees with, an article before it, the
quantity a number counts, and a type for a blank whose deck gives none.

The rules read English stems the way a teacher writes them:
- a title or kind noun right before the blank ("King ____", "the river ____", "Vitamin ____") or
  right after it ("____ River", "the ____ gland");
- a predicate noun ("____ is a hormone", "____ was the last leader of ...") or a subject noun
  ("The largest planet is ____", "The capital of France is ____");
- "an organ called ____"; the `ask` ("Which city ...", "Who ...", "How many bones ...");
- verbs ("____ painted ...", "painted by ____", "wrote ____");
- he/she in a one-blank fact.
The nouns are in `lexicon`; places come from the gazetteer too.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache

from quizgen.core import categories, gazetteer, people
from quizgen.core.lexicon import (FEMALE, GROUP_OF, MALE, OBJECT_VERBS, QUALIFIERS, STOP, SUBJECT_VERBS,
                                  WORK_OF_GROUP, group_of, type_of_kind)
from quizgen.core.model import AnswerType, Blank, Fact
from quizgen.core.text import normalize
from quizgen.core.wordclass import english, gloss_form, singulars

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|[.;:!?,]")
_PLACE_VERBS = frozenset("lies lie flows flow borders border stands runs rises".split())
_COPULAS = frozenset("is are was were became becomes remains remained".split())
_ARTICLES = frozenset("a an the".split())
_PARTICIPLES = {"painted": "painter", "written": "writer", "composed": "composer", "discovered": "scientist",
                "invented": "inventor", "directed": "director", "led": "leader", "ruled": "leader",
                "sculpted": "sculptor", "commanded": "commander", "founded": "", "assassinated": "", "killed": "",
                "murdered": "", "elected": "politician", "crowned": "ruler", "proposed": "scientist",
                "formulated": "scientist", "designed": "", "built": "", "played": "", "sung": "musician",
                "explored": "explorer", "signed": "", "published": "", "born": ""}
_WHICH = re.compile(r"^\s*(?:which|what)\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+)?(?P<noun>[a-z][a-z\-]*)",
                    re.IGNORECASE)
_HOW_MANY = re.compile(r"\bhow\s+(?:many|much)\s+(?P<noun>[a-z][a-z\-]*)", re.IGNORECASE)
_FEMALE_WORDS = frozenset("she her hers herself mother".split())  # "the mother of modern nursing"
_MALE_WORDS = frozenset("he his him himself father".split())  # "the father of modern art"
#: Another woman or man the fact names, whom a pronoun of that sex may mean instead of the blank's person.
_OTHER_WOMAN = frozenset("heroine heroines wife daughter sister widow niece actress princess".split())
_OTHER_MAN = frozenset("hero heroes son brother nephew prince".split())
#: "one of the few women to ...", "one of only two women who ...": the blank's person is of that sex.
_ONE_OF_SEX = re.compile(r"\bone of (?:the )?(?:\w+ ){0,2}(?P<sex>women|men)\b")
#: Words inside a name that say what it is ("Mount Everest", "Nile River", "Labour Party").
_NAME_HEADS = {
    "river": "river", "mount": "mountain", "mountain": "mountain", "mountains": "range", "lake": "lake",
    "ocean": "ocean", "sea": "sea", "gulf": "sea", "bay": "sea", "strait": "strait", "desert": "desert", "island": "island",
    "islands": "island", "peninsula": "island", "party": "party", "company": "company", "university": "university",
    "treaty": "treaty", "battle": "battle", "war": "war", "revolution": "revolution", "empire": "empire",
    "dynasty": "dynasty", "kingdom": "kingdom", "republic": "republic", "cathedral": "cathedral", "palace": "palace",
    "league": "league", "union": "union", "pact": "pact", "declaration": "declaration", "act": "act",
    "canal": "canal", "falls": "waterfall", "volcano": "volcano",
}
#: Heads that open a name ("Mount Everest", "Lake Baikal", "Treaty of Versailles").
_PREFIX_HEADS = frozenset("mount lake river cape treaty battle university kingdom republic isle".split())
_PERSON_NAME = re.compile(r"^(?:[A-Z](?:[a-zà-ÿ'’\-]+\.?|\.)\s*){1,3}(?:(?:de|da|van|von|der|du|di|la|le|bin|ibn|al)\s+)*"
                          r"[A-Z][a-zà-ÿ'’\-]+(?:\s+(?:I{1,3}|IV|V|VI{1,3}|IX|X|Jr\.?|Sr\.?))?$")
_REGNAL = re.compile(r"^[A-Z][a-zà-ÿ]+\s+(?:the\s+[A-Z][a-z]+|[IVX]{1,5})$")
#: Words that make a capitalized name something other than a person ("Wall Street Crash").
_THINGS = frozenset(
    """street crash war revolution act treaty theses empire ocean sea river lake mount mountain mountains desert
    island islands city crisis plague depression affair incident massacre rebellion movement agreement conference
    congress plan doctrine era age period dynasty programme program project mission museum theatre theater gallery
    prize award cup games olympics station telescope bridge tower wall canal square way farm party company
    university college school church cathedral palace castle park valley falls bay gulf coast cape union league
    republic kingdom state states house hall road bank council committee institute society times news cross
    international organization organisation fund foundation association federation corporation nations trust
    service forum front army navy brigade guard network trade bureau office fleet""".split()
)
_DETERMINERS = frozenset("the a an his her its their this that these those".split())
#: Kind nouns whose name follows "of": "the city of Athens", "the Palace of Westminster".
_NAMED_AFTER_OF = frozenset("city town village port island isle kingdom republic state province county region "
                            "palace castle cathedral city-state".split())
#: Words whose "of ____" is a country: "the capital of France", "the king of Spain", "the people of Peru".
_COUNTRY_OF = frozenset("capital king queen president flag currency people population emperor tsar sultan "
                        "shah chancellor premier".split())
#: Rulers' titles of one land (the data's country code): "the pharaoh ____" wants a pharaoh.
LAND_TITLES: dict[str, frozenset[str]] = {
    "pharaoh": frozenset({"EG"}), "tsar": frozenset({"RU"}), "czar": frozenset({"RU"}), "tsarina": frozenset({"RU"}),
    "czarina": frozenset({"RU"}), "kaiser": frozenset({"DE"}), "shah": frozenset({"IR"}),
    "sultan": frozenset({"TR"}), "caliph": frozenset(), "khan": frozenset({"MN"}), "pope": frozenset(),
}
_CODE = re.compile(r"^[A-Z][A-Z0-9\-]{0,3}$|^[A-Z]\d{1,3}$")


@dataclass(frozen=True, slots=True)
class Cues:
    """What the words around one blank say about its answer."""

    kind: str | None = None
    strict: bool = False  # the kind is a title that forms part of the name ("King ____")
    gender: str | None = None  # "f" or "m"
    plural: bool | None = None  # from the verb after the blank
    article: str | None = None  # "a" or "an" right before the blank
    initial: bool = False  # the blank opens a sentence: its capital letter says nothing
    quantity: str | None = None  # what a number counts ("bones")
    person: bool = False  # the stem says the answer is a person ("Who ...", "painted by ____")
    place: bool = False  # "Where ..."
    at_place: bool = False  # "in ____", "____ lies ...": the stem reads it as a place
    quoted: bool = False  # the stem quotes a word or phrase (a gloss, in a vocabulary deck)
    gloss_verb: bool = False  # ... which is a verb ("'to run'")
    pair: str | None = None  # a front/back fact ("hablar: ____"): the form of the word asked ("to" for "to eat")
    qualifiers: frozenset[str] = frozenset()  # what the stem says of the answer: "smallest", "island", ...
    language: str | None = None  # the language the answer is in ("french" for "The French for 'dog' is ____")
    grammar: frozenset[str] = frozenset()  # grammatical form the stem states: "feminine", "plural", ...
    gloss_pos: frozenset[str] = frozenset()  # the word classes of the quoted gloss ("'big'": ADJ)
    gloss_plural: bool = False  # the quoted English gloss is a plural noun ("'the houses'")
    roles: frozenset[str] = frozenset()  # the role words around the blank (`_roles`): ">painted", "<surrendered at"
    front_english: bool | None = None  # a front/back card ("chakula: ____"): whether its front is English


def cues(fact: Fact, blank: Blank) -> Cues:
    """The cues of one blank of a fact (other blanks read as their answers)."""
    left, right = text_around(fact, blank)
    single = len(fact.blanks) == 1
    # Digits say nothing to these rules (words are letters): facts that differ only in their
    # numbers share one entry of the cache.
    return _cues(left.translate(_DIGITS_AS_ZERO), right.translate(_DIGITS_AS_ZERO), fact.ask or "", single)


def text_around(fact: Fact, blank: Blank) -> tuple[str, str]:
    """A fact's text before and after one of its blanks, its other blanks read as their answers."""
    left: list[str] = []
    right: list[str] = []
    seen = False
    for segment in fact.segments:
        if segment is blank:
            seen = True
            continue
        (right if seen else left).append(segment if isinstance(segment, str) else segment.answer)
    return "".join(left), "".join(right)


#: Nouns that say no more than the answer type ("the first person to walk on the Moon").
_NO_KINDS = frozenset("person people man men woman women one thing things place name".split())
_DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")
_PAIR = re.compile(r"^\s*(?P<head>[^:=]{1,40}?)\s*(?::|=|—|–| - )\s*$")
_PAIR_RIGHT = re.compile(r"^\s*[.!]?\s*$")
_QUOTE_IN = re.compile(r"['\"‘“][^'\"’”]+['\"’”]")
_QUOTED_VERB = re.compile(r"['\"‘“]to [a-z]")


def _qualifiers(words: list[str]) -> frozenset[str]:
    found = {w for w in words if w in QUALIFIERS}
    for i in range(len(words) - 1):
        if words[i] in ("most", "least") and words[i + 1] in QUALIFIERS:
            found.add(f"{words[i]} {words[i + 1]}")
    return frozenset(found)


@lru_cache(maxsize=65536)
def _cues(left: str, right: str, ask: str, single: bool) -> Cues:
    left_words = _WORD.findall(left)
    right_words = _WORD.findall(right)
    lower_left = [w.lower() for w in left_words]
    lower_right = [w.lower() for w in right_words]
    prev = left_words[-1] if left_words else ""
    prev_l = prev.lower()
    nxt_l = lower_right[0] if lower_right else ""
    kind: str | None = None
    strict = False
    person = False
    # 1. a title or kind noun right before the blank
    if prev_l in GROUP_OF and prev_l not in STOP:
        kind = prev_l
        if len(lower_left) > 1 and f"{lower_left[-2]} {prev_l}" in GROUP_OF:
            kind = f"{lower_left[-2]} {prev_l}"  # "the dwarf planet ____": not a planet
        # a title that is part of the name ("King ____", "Vitamin ____"), or a ruler's title of one
        # land only ("the pharaoh ____": a pharaoh, not any king)
        strict = prev[:1].isupper() or prev_l in LAND_TITLES
    # "the city of ____" names a city; "the capital of ____", "the king of ____" a country
    if kind is None and prev_l == "of" and len(lower_left) > 1:
        before = _singular(lower_left[-2])
        if before in _NAMED_AFTER_OF:
            kind = before
        elif before in _COUNTRY_OF:
            kind = "country"
    # 2. right after it
    # ("____ plays the lead": a verb before an article, not the noun "play")
    if kind is None and nxt_l and nxt_l not in STOP and not (len(lower_right) > 1 and lower_right[1] in _DETERMINERS):
        singular = _singular(nxt_l)
        if singular in GROUP_OF:
            kind = singular
    # 3. "____ is a hormone ...", "____ was the last leader of ...", "____ was Prime Minister ..."
    if kind is None and nxt_l in _COPULAS and len(lower_right) > 2 and lower_right[1] in _ARTICLES:
        kind = _head(lower_right[2:])
    elif kind is None and nxt_l in _COPULAS and len(lower_right) > 1:
        head = _head(lower_right[1:3])
        kind = head if group_of(head) else None
    # 4. "The largest planet is ____", "The capital of France is (the) ____"
    if kind is None and prev_l in _COPULAS:
        kind = _subject_head(lower_left[:-1])
    elif kind is None and prev_l in _ARTICLES and len(lower_left) > 1 and lower_left[-2] in _COPULAS:
        kind = _subject_head(lower_left[:-2])
    elif kind is None and prev_l in _ARTICLES and len(lower_left) > 1 and lower_left[-2] == ",":
        kind = _subject_head(lower_left[:-2])  # "The smallest bone in the body, the ____, ..."
    # 5. "an organ called ____"
    if kind is None and prev_l in ("called", "named") and len(lower_left) > 1 and lower_left[-2] not in STOP:
        kind = _singular(lower_left[-2])
    if kind is None and len(lower_left) > 2 and lower_left[-2:] == ["known", "as"] and lower_left[-3] not in STOP:
        kind = _singular(lower_left[-3])
    # 6. verbs: "painted ____" (a painting), "____ painted" / "painted by ____" (a painter)
    subject = None
    if kind is None and prev_l in OBJECT_VERBS:
        kind = OBJECT_VERBS[prev_l]
        subject = _subject_group(left_words[:-1])
        kind = WORK_OF_GROUP.get(subject or "", kind)  # "Tchaikovsky wrote ____": a composition
    if kind is None and nxt_l in SUBJECT_VERBS:
        kind = SUBJECT_VERBS[nxt_l] or None
        person = True
    if prev_l == "by" and len(lower_left) > 1 and lower_left[-2] in _PARTICIPLES:
        person = True
        kind = kind or _PARTICIPLES[lower_left[-2]] or None
    # 7. the question
    quantity = None
    place = False
    if ask:
        ask_l = ask.strip().lower()
        if ask_l.startswith(("who ", "whom ", "whose ")) or ask_l.startswith("who's"):
            person = True
        elif ask_l.startswith("where "):
            place = True
        which = _WHICH.match(ask)
        if which and kind is None:
            noun = _singular(which["noun"].lower())
            if noun not in STOP and noun not in ("year", "date", "day", "month", "number"):
                kind = noun
        many = _HOW_MANY.search(ask)
        if many:
            quantity = _singular(many["noun"].lower())
    if quantity is None and nxt_l and nxt_l.isalpha() and nxt_l not in STOP:
        quantity = _singular(nxt_l)
    gender = None
    if kind in FEMALE:
        gender = "f"
    elif kind in MALE:
        gender = "m"
    elif single or _sentence_start(left) and "." not in right.rstrip(" .!?\"'"):
        # one blank, or the subject of a one-sentence fact: "____ set Tess ... in his county of Wessex"
        words = {*lower_left, *lower_right}
        female, male = bool(words & _FEMALE_WORDS), bool(words & _MALE_WORDS)
        # "____'s A Doll's House, whose heroine Nora walks out on her husband": "her" is the heroine's
        female, male = female and not words & _OTHER_WOMAN, male and not words & _OTHER_MAN
        gender = "f" if female and not male else "m" if male and not female else None
    if gender is None and single:  # "____, one of the few women to rule as pharaoh, ..."
        among = _ONE_OF_SEX.search(" ".join(lower_left[-8:] + lower_right[:8]))
        gender = ("f" if among["sex"] == "women" else "m") if among else None
    plural = None
    if nxt_l in ("is", "was", "has"):
        plural = False
    elif nxt_l in ("are", "were", "have"):
        plural = True
    article = prev_l if prev_l in ("a", "an") else None
    whole = left + right + " " + ask
    quoted = bool(_QUOTE_IN.search(whole))
    gloss_verb = bool(_QUOTED_VERB.search(whole))
    if kind is not None and group_of(kind) is None and (kind in STOP or kind in LANGUAGES or kind in _NO_KINDS):
        kind = None  # "The French for ...": a language says what the answer is in, not what it is; "the
        # first person to ...": any person
    at_place = prev_l in ("in", "at", "near", "from") or nxt_l in _PLACE_VERBS
    pair = front_english = None
    if single and _PAIR_RIGHT.match(right):
        head = _PAIR.match(left)
        if head and len(head["head"].split()) <= 4:
            front_english = english(head["head"])
        if head and len(head["head"].split()) <= 4 and not quoted:
            text = head["head"]
            # the English gloss says more of the word asked: "the books" a plural, "a boy" indefinite, "how are
            # you?" a question; a wrong answer glossed otherwise is of another form (`distractors.gloss_of`)
            pair = "to" if text.lower().startswith("to ") else form_of(text) + gloss_form(text)
    qualifiers = _qualifiers(lower_left + lower_right + [w.lower() for w in _WORD.findall(ask)])
    language = _language(lower_left, lower_right)
    grammar = _GRAMMAR_WORDS.intersection(lower_left).union(_GRAMMAR_WORDS.intersection(lower_right)) \
        if not (_GRAMMAR_WORDS.isdisjoint(lower_left) and _GRAMMAR_WORDS.isdisjoint(lower_right)) else _NO_WORDS
    gloss_pos, gloss_plural = _gloss_pos(whole) if quoted else (frozenset(), False)
    roles = _roles(lower_left, lower_right, subject) | _template(left, right) if quoted else \
        _roles(lower_left, lower_right, subject)
    if _WORK_YEAR.match(right):  # "____ (1939) won eight Oscars": a work and its year, as "Casablanca (1942)" is
        roles = roles | WORK_ROLE
    return Cues(kind, strict, gender, plural, article, _sentence_start(left), quantity, person, place, at_place,
                quoted, gloss_verb, pair, qualifiers, language, grammar, gloss_pos, gloss_plural, roles,
                front_english)


#: A blank written just before a year in brackets names a work of that year (digits read as zeros here).
_WORK_YEAR = re.compile(r"^\s*\(0{3,4}\)")
WORK_ROLE = frozenset(("(year)",))


#: Language names a vocabulary fact states ("The French for ...", "... in English").
LANGUAGES = frozenset("english french spanish german italian portuguese latin greek russian chinese mandarin "
                      "japanese arabic dutch welsh irish swahili hindi korean turkish polish".split())
#: Words that state the grammatical form asked ("'beautiful' (feminine)", "the plural of ...").
_GRAMMAR_WORDS = frozenset("feminine masculine neuter plural singular infinitive participle".split())
_QUOTED = re.compile(r"['\"‘“]([^'\"’”]+)['\"’”]")


_NO_WORDS: frozenset[str] = frozenset()


def _language(left: list[str], right: list[str]) -> str | None:
    """The answer's language: "... ____ in English" says it after the blank; "The French for ...
    is ____", "'Red' in French is ____" before it; "'x' means ____" glosses in English."""
    if LANGUAGES.isdisjoint(left) and LANGUAGES.isdisjoint(right[1:2]) and "means" not in left[-2:] and \
            "meaning" not in left[-2:]:
        return None
    if len(right) > 1 and right[0] == "in" and right[1] in LANGUAGES:
        return right[1]
    named = [w for w in left if w in LANGUAGES]
    if "means" in left[-2:] or "meaning" in left[-2:]:
        return "english"
    return named[-1] if named else None


def _gloss_pos(text: str) -> tuple[frozenset[str], bool]:
    """The word classes of the quoted gloss of a vocabulary fact ("'to eat'" a verb, "'the dog'" a
    noun, "'big'" what the dictionary says of it), and whether it is a plural noun ("'the houses'")."""
    from quizgen.core.wordclass import phrase_classes

    quoted = _QUOTED.search(text)
    if not quoted:
        return frozenset(), False
    gloss = quoted.group(1).split()
    plural = len(gloss) > 1 and gloss[0].lower() in ("the", "some", "these", "those") and \
        gloss[-1].endswith("s") and not gloss[-1].endswith(("ss", "us", "is"))
    return phrase_classes(quoted.group(1)), plural


def _sentence_start(left: str) -> bool:
    """Whether the blank opens its sentence, or follows only a title there ("Cosmonaut ____ made ...")."""
    stripped = left.rstrip(" \"'“‘(")
    if stripped and _TITLE_OPENING.fullmatch(stripped.rsplit(". ", 1)[-1]):
        return True
    return not stripped or stripped[-1] in ".!?:"


_TITLE_OPENING = re.compile(r"(?:The\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


def _singular(word: str) -> str:
    """A kind noun's singular: the one of its singulars GROUP_OF lists, else the plain "-s" cut as a guess."""
    if word in GROUP_OF:
        return word
    forms = singulars(word, endings="short")
    return next((f for f in forms if f in GROUP_OF), forms[-1] if forms and not word.endswith("ss") else word)


def _head(words: list[str]) -> str | None:
    """The head noun of a noun phrase: skip leading stop words, take words up to the next one."""
    taken: list[str] = []
    for word in words:
        if word in STOP or not word.isalpha() and "-" not in word:
            if taken:
                break
            continue
        taken.append(word)
        if len(taken) == 4:
            break
    if not taken:
        return None
    listed = [w for w in taken if _singular(w) in GROUP_OF]
    return _singular(listed[-1] if listed else taken[-1])


def _subject_head(words: list[str]) -> str | None:
    """"the largest planet" -> "planet"; "the capital of france" -> "capital" (a sentence's subject
    that starts with an article)."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in ".;:!?":
            words = words[i + 1:]
            break
    if not words or words[0] not in _ARTICLES and words[0] not in ("its", "his", "her", "their"):
        return None
    for stop in ("of", "in", "on", ","):
        if stop in words:
            words = words[: words.index(stop)]
    return _head(words[1:])


@lru_cache(maxsize=65536)
def name_kind(answer: str) -> str | None:
    """A kind a name states itself ("Mount Everest", "the Nile River", "Labour Party", "red blood
    cells") or the gazetteer knows ("France" a country, "Pacific Ocean" an ocean); else None."""
    words = answer.replace(",", " ").split()
    if words:
        head = _NAME_HEADS.get(words[-1].lower())
        if head and (words[-1][:1].isupper() or len(words) > 1):
            return head
        head = _NAME_HEADS.get(words[0].lower()) if words[0].lower() in _PREFIX_HEADS and len(words) > 1 else None
        if head:
            return head
    if len(words) > 1 and answer[1:].islower():
        head = _singular(words[-1].lower())
        if head in GROUP_OF:
            return head
    return gazetteer.place_kind(answer)


@lru_cache(maxsize=65536)
def form_of(answer: str) -> str:
    """The answer's written form, for comparing options: "code" ("D", "B12", "ISS-66"), "name"
    (a personal name), "proper" (capitalized), "phrase" or "word" (lower case), "quoted"."""
    text = answer.strip()
    if _CODE.match(text):
        return "code"
    if text[:1] in "\"'“‘":
        return "quoted"
    if _PERSON_NAME.match(text) or _REGNAL.match(text):
        return "name"
    if text[:1].isupper() or (text.lower().startswith("the ") and text[4:5].isupper()):
        return "proper"
    return "phrase" if " " in text else "word"


def infer_type(fact: Fact, blank: Blank) -> AnswerType | None:
    """A type for a blank the deck does not type, from its cues, its name and the gazetteer
    (None: no evidence; the loader then falls back to `term`)."""
    cue = cues(fact, blank)
    answer = blank.answer
    form = form_of(answer)
    by_kind = type_of_kind(cue.kind)
    named = name_kind(answer)
    if named is not None:
        named_type = type_of_kind(named) or AnswerType.PLACE
        if gazetteer.place_kind(answer) and by_kind not in (None, AnswerType.PLACE):
            return by_kind
        return named_type
    if by_kind is AnswerType.PERSON and form in ("name", "proper") or (cue.person and form in ("name", "proper")):
        if not personal_name(answer) or not cue.strict and any(r.endswith(" of") for r in cue.roles) and \
                _town_not_person(answer):
            return None  # "the deputies swore the Tennis Court Oath", "Vermeer of Delft painted": no person
        return AnswerType.PERSON
    if by_kind is not None and by_kind is not AnswerType.PERSON:
        if by_kind is AnswerType.TERM and form in ("name",):
            return None
        return by_kind
    if (cue.place or cue.at_place) and form in ("proper", "name"):
        if _listed_person(answer):
            return AnswerType.PERSON  # "'I think, therefore I am' comes from René Descartes"
        return AnswerType.PLACE
    if by_kind is None and form in ("name", "proper", "word") and not cue.roles & _TITLE_OF:
        listed = {c.type for c in categories.categories_of(answer)}
        if len(listed) == 1:  # quizgen's lists know what it is ("Genghis Khan", "Latin", "Red Cross")
            return listed.pop()
    if by_kind is None and _REGNAL.match(answer):
        return AnswerType.PERSON  # "William the Conqueror", "Louis XIV"
    if by_kind is None and form == "name" and len(answer.split()) >= 2 and personal_name(answer):
        return AnswerType.PERSON  # "Johannes Gutenberg", "Louis XVI": a personal name
    if by_kind is None and titled_person(answer):
        return AnswerType.PERSON  # "Brigadier-General Reginald Dyer", "Sir Douglas Haig"
    return None


#: Titles in `people.TITLES` that also open names of things ("General Motors", "Major League Baseball",
#: "Doctor Who", "Captain America", "Commander Data"): before one of them, only a known personal name is a person.
_THING_TITLES = frozenset("general gen major maj doctor dr captain capt commander cdr marshal colonel col".split())


@lru_cache(maxsize=65536)
def titled_person(answer: str) -> bool:
    """An answer opening with an honorific or rank (`people.TITLES`) before a capitalized name: a person's,
    whatever the name ("Sir Christopher Wren", "Brigadier-General Reginald Dyer", "Lord Curzon"); after a
    title that also opens names of things (`_THING_TITLES`), only when the rest is a personal name."""
    rest = people.without_title(answer)
    if rest == answer or not rest or not all(w[:1].isupper() for w in rest.split()):
        return False
    title = normalize(answer[: len(answer) - len(rest)]).split()
    if len(title) == 1 and title[0] in _THING_TITLES:
        return len(rest.split()) >= 2 and personal_name(rest)
    return True


#: A blank after a title's "of" is the title's place, not its holder ("the Duke of ____": Wellington, whom the
#: people lists know as the Duke): the lists' persons are no options for it.
_TITLE_OF = frozenset(f"<{t} of" for t in "duke duchess earl marquis marquess count countess baron baroness prince "
                      "princess".split())


_SUFFIX = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X|Jr\.?|Sr\.?)$")
#: Articles that open a name of a thing or place, never of a person ("La Marseillaise", "Le Havre").
_NAME_ARTICLES = frozenset("la le les el il lo los las al the".split())


@lru_cache(maxsize=65536)
def personal_name(answer: str) -> bool:
    """Whether a capitalized answer can be a person's name: not a thing's ("Tennis Court Oath",
    "Rosetta Stone", "First Consul", "Hundred Days": a common English word at either end, and no
    given name the lists know before it: "Isaac Newton" and "Marie Curie" stay persons), nor one
    opened by an article ("La Marseillaise") or holding a word of things ("Committee of ...")."""
    if any(c.type is AnswerType.PERSON for c in categories.categories_of(answer)):
        return True
    words = [w for w in answer.split() if not _SUFFIX.match(w)]
    if not words:
        return False
    lower = [w.lower().strip(".,") for w in words]
    if _THINGS & set(lower) or len(words) > 1 and lower[0] in _NAME_ARTICLES:
        return False
    if _REGNAL.match(answer) or len(words) == 1:
        return True
    if lower[0] in categories.given_names():
        return True
    return not (_common_word(lower[0]) or _common_word(lower[-1]))


def _common_word(word: str) -> bool:
    from quizgen.core.wordclass import classes

    return bool(classes(word) - {"PROPN", "X"})


def _listed_person(answer: str) -> bool:
    """A name only quizgen's people lists know, and the gazetteer not ("René Descartes"; not "Wellington")."""
    listed = {c.type for c in categories.categories_of(answer)}
    return listed == {AnswerType.PERSON} and gazetteer.place_kind(answer) is None and gazetteer.city(answer) is None


def _town_not_person(answer: str) -> bool:
    """A one-word answer the gazetteer knows as a town and the lists not as a person ("Vermeer of Delft"), asked
    only after "<name> of" (the city table loads only then)."""
    return " " not in answer and gazetteer.city(answer) is not None and not categories.categories_of(answer)


#: Words skipped after a blank to reach its predicate ("____ was elected", "____ had painted").
_ROLE_SKIP = frozenset("is are was were be been being has have had also then first later finally soon often once "
                       "still never always".split())
#: Predicates any person or thing fills, which say nothing of its kind ("____ was born in 1809").
_GENERIC_ROLES = frozenset("born died lived made became become used called named known found seen given took "
                           "came went began begun ended".split())
_ROLE_PREPOSITIONS = frozenset("at in of by from to on for with into under over".split())
_ROLE_DETERMINERS = frozenset("a an the his her its their".split())


def _template(left: str, right: str) -> frozenset[str]:
    """A stem that quotes what it asks about ("The plural of 'le cheval' is ____"): its words before
    the quotation, the word before the blank and the words after it are the role ("=the plural
    of|is|.", which "The plural of 'l'œil' (the eye) is ____." shares)."""
    quote = re.search(r"['\"‘“]", left)
    opening = " ".join(_WORD.findall(left[: quote.start()] if quote else "")).lower()
    before = _WORD.findall(left)
    return frozenset((f"={opening}|{before[-1].lower() if before else ''}|{' '.join(_WORD.findall(right)).lower()}",))


def _role_word(word: str) -> bool:
    return word.isalpha() and len(word) >= 3 and word not in STOP and word not in _GENERIC_ROLES


def _subject_group(words: list[str]) -> str | None:
    """The group of what the named subject before a verb makes ("George Orwell wrote" -> "writer",
    "Tchaikovsky composed" -> "musician"), when quizgen's lists know the name."""
    name: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or word.lower() in STOP:
            break
        name.insert(0, word)
        if len(name) == 4:
            break
    if not name:
        return None
    return categories.maker_group(" ".join(name)) or categories.maker_group(name[-1])


def _roles(left_words: list[str], right_words: list[str], subject: str | None = None) -> frozenset[str]:
    """The role words of a blank (lower-case words before and after it): its predicate when it is
    the subject ("____ painted ...", "____ was elected ..." -> ">painted", ">elected"), and the verb
    or noun it is the object of, with its preposition ("surrendered at ____" -> "<surrendered at",
    "Botticelli painted ____" -> "<painted"). Two blanks with a role word in common fill the same
    role: one's answer is a wrong answer of the other's kind."""
    found: list[str] = []
    # the last word before the blank that is not an article or a possessive
    end = len(left_words)
    while end and left_words[end - 1] in _ROLE_DETERMINERS:
        end -= 1
    # the predicate, when the blank is the subject (nothing before it in its sentence but an article)
    if not end or left_words[end - 1] in ".;:!?":
        i, count = 0, len(right_words)
        while i < count and right_words[i] in _ROLE_SKIP:
            i += 1
        if i < count and _role_word(right_words[i]):
            found.append(">" + right_words[i])
    # the verb or noun it is the object of: "surrendered at ____", "the Battle of ____"
    elif end >= 2 and left_words[end - 1] in _ROLE_PREPOSITIONS and _role_word(left_words[end - 2]):
        # "the Battle of the ____" is not "the Battle of ____": the article is part of the name's form
        the = " the" if end < len(left_words) and left_words[end] == "the" else ""
        found.append(f"<{left_words[end - 2]} {left_words[end - 1]}{the}")
    elif _role_word(left_words[end - 1]):
        # the verb with what its subject makes: "Tchaikovsky wrote ____" is not "Orwell wrote ____"
        found.append("<" + left_words[end - 1] + (f"@{subject}" if subject else ""))
    return _shared(tuple(found)) if found else _NO_WORDS


@lru_cache(maxsize=65536)
def _shared(roles: tuple[str, ...]) -> frozenset[str]:
    """One frozenset per set of role words, however many blanks have it (decks repeat predicates)."""
    return frozenset(sys.intern(r) for r in roles)
