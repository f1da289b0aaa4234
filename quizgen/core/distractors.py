"""Wrong answers for a blank, ranked by how plausible they are to a student, best first.

Candidates come from the blank's own hand-picked `distractors`, the deck's pools of the blank's
kind, other answers of the deck, the deck's pools of its type, reference data (places from the
gazetteer, the general lists of `categories`), values synthesized from the answer (numbers,
years, dates) and, last, for a term where those gave too few, the nouns of its WordNet class that the
deck writes (`wordnet`). Every candidate must pass the rules a teacher applies: the same type; for numbers,
years and dates the same written shape and quantity, near the key and within what the fact states;
otherwise the same kind for this stem (no river for a mountain, no queen for "King ____", no enzyme
for "____ is a hormone"), the same form (a letter code for a letter code, a personal name for a
name, the case and number the stem needs, the article before the blank), no answer of a fact that
says the same thing (it would be true too), and something that ties it to the key (its kind, a
tag, shared words). What fails is never offered: the blank gets fewer options, or no MCQ, and
`check` says why.

Speed: every answer is featurized once per deck (`Answer`); the rules that depend only on those
features are decided once per pair of feature signatures (`_static_verdict`, memoized per deck);
candidates are read best source first and reading stops once a blank has enough good ones.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from functools import lru_cache
from typing import Callable, Iterable, NamedTuple

from quizgen.core import categories, gazetteer, instances, wordnet
from quizgen.core import people as bundled_people
from quizgen.core.answers import MONTHS, NO_BOUNDS, Bounds, date_shape, number_form, synthesize, value_of
from quizgen.core.articles import ARTICLE_TABLE, DETERMINERS, PLURAL_ARTICLES, SINGULAR_ARTICLES
from quizgen.core.kinds import LAND_TITLES, WORK_ROLE, Cues, form_of, name_kind
from quizgen.core.lexicon import NUMBERED_SERIES, OBJECT_VERBS, STOP, SUBJECT_VERBS, group_of, type_of_kind
from quizgen.core.wordclass import classes, english, phrase_classes, plural_of
from quizgen.core.model import AnswerType, Blank, Deck, Fact
from quizgen.core.text import normalize, normalize_once
from quizgen.core.timeline import Timeline

#: Kinds a verb implies ("wrote ____" a book): the lists may know better (a play).
_VERB_KINDS = frozenset(OBJECT_VERBS.values()) | frozenset(k for k in SUBJECT_VERBS.values() if k)
#: Types whose key takes the kind of a list holding it that its stem names anywhere (`categories.stem_kind`).
_STEM_KINDS = frozenset((AnswerType.TERM, AnswerType.TITLE))
#: How many valid distractors a blank keeps, so study sessions can redraw options at each review.
POOL_SIZE = 8
#: Reading stops once this many candidates passed (the best POOL_SIZE of them are kept).
_ENOUGH = POOL_SIZE + 4
#: How many deck answers nearest the key (in length, or in value for numbers) are read per bucket.
_WINDOW = 16
NUMERIC = frozenset((AnswerType.NUMBER, AnswerType.YEAR, AnswerType.DATE))
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = re.compile(r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                           r"seventy|eighty|ninety)(?:-\w+)?\b")
_CONTENT = re.compile(r"[a-z][a-z\-]{3,}")
#: Years and dates of the deck further than this from the key are never offered (rubric E).
MAX_YEARS_OFF = 50
#: A century moves by centuries: one of them counts as this many years of MAX_YEARS_OFF (two centuries off is the limit).
_CENTURY_STEPS = 100 / (MAX_YEARS_OFF / 2)
#: A person of the deck whose own facts are dated this far from the key's is of another generation
#: (Bram Stoker's Dracula of 1897 for The Hobbit of 1937); for an office (an emperor, a president)
#: the nearer span, as reigns are short.
WORKING_YEARS, IN_OFFICE_YEARS = 25, 20
_OFFICES = frozenset(("ruler", "politician"))


def _span(target: Target, candidate: Answer) -> float:
    """How far apart (in years) the key's fact and a deck or pool person may be dated; unbounded when
    the lists date both (their lives, not their facts' years, then decide: `categories.related`)."""
    if categories.era_of(candidate.text) is not None and categories.era_of(target.blank.answer) is not None:
        return math.inf
    return IN_OFFICE_YEARS if group_of(target.kind) in _OFFICES else WORKING_YEARS
#: A year or date of another fact is offered only this near the key (else the synthesized ones).
DECK_YEARS_NEAR = 15
#: How far apart two answers' ages may be: `categories.era_gap` (150 years near today, wider going back).
#: "in 1656, when": a year; "1,781": not; "c. 1274 BC": a year BC (`_ERA_YEARS`), not AD 1274 as well
_YEARISH = re.compile(r"(?<![\d,.])(1\d{3}|20\d{2})(?!\d|,\d|\s*(?:BC|BCE|B\.C\.))")
_DAYS_PER_YEAR = 365.25
#: The months a date names, for a date of a three-digit year ("25 December 800", "December 25, 800").
_MONTHS = "(?:" + "|".join(month.capitalize() for month in MONTHS) + ")"  # the one list of months, `answers`
#: The years with an era or a year word a text states. The leading lookahead names the characters a match can
#: begin with (a digit, or the first letter of an era or year word: keep it in step with the words, which
#: tests/core/test_fast_paths.py checks): it matches nothing the alternatives would not, and lets the engine pass
#: over every other position at once (fact_years reads every fact: ~40% faster).
_ERA_YEARS = re.compile(r"(?=[\dACDFIJMNOiSsUuacy])(?:"
                        r"\b(?:(?P<bc>\d{1,4})\s*(?:BC|BCE|B\.C\.)|(?:AD|A\.D\.|CE)\s*(?P<ad>\d{1,4})|"
                        r"(?:\d{1,2}\s+" + _MONTHS + r"|" + _MONTHS + r"\s+\d{1,2},?)\s+(?P<dated>[1-9]\d{2})"
                        r"(?!\d|[,.]\d|\s*(?:km|m|kg|people|years|BC|BCE|AD|CE)\b)|"
                        r"(?P<ad2>\d{1,4})\s*(?:AD|CE|A\.D\.)|(?:[Ii]n|year|[Ss]ince|[Uu]ntil|around|c\.|circa|Day)\s+"
                        r"(?P<plain>[1-9]\d{2})(?![\d,%]|[.]\d|\s*(?:km|m|kg|people|years|BC|BCE|AD|CE)\b))|"
                        r"(?P<ago>\d{1,3}(?:,\d{3})?|\d{1,5})\s+years\s+ago)")

#: A superlative scoped to a region the lists know nothing of ("the highest mountain in Africa"; "in 1655" is a year).
_SCOPED = re.compile(r"\b(?:largest|biggest|smallest|longest|shortest|highest|tallest|deepest|oldest|lowest)\b.*"
                     r"\bin (?!the world|the solar system|the human body|the body|earth|the universe|\d)")
_RULER = frozenset(("ruler",))


def _event_year(kind: str, name: str) -> float | None:
    """The year WordNet dates an event a pool names ("Tannenberg", a battle: 1914), its middle if it lasted."""
    spans = instances.event_spans_named(f"the {kind} of {name}")
    return (spans[0][0] + spans[0][1]) / 2 if len(spans) == 1 else None


#: A blank that names a dated event ("the Battle of ____ in 490 BC", "the Treaty of ____, signed in 1783") takes no
#: event of the deck dated further than this from the stem's years: judges kept battles 3 and 10 years apart
#: (Granicus for Gaugamela, Marathon for Thermopylae) and struck those 93 to 159 years apart (heldout8, heldout11).
EVENT_GAP = 20
#: How far an event nothing dates ranks below one the deck or WordNet dates near the stem's (a ranking, not a refusal:
#: refusing them cost heldout15's Scottish battles, which judges kept).
_UNDATED_EVENT = 3.0
_EVENT_STEM = re.compile(r"\b(?:battles?|siege|treaty|peace|massacre|revolt|rebellion|uprising) of (?:the )?qqq\b")
_EVENT_KINDS = frozenset(("battle", "siege", "treaty", "war"))
#: How far down its list a scoped feature's rivals are read ("the highest mountain in Africa": the list's own
#: mountains first, then WordNet's, which `categories` appends).
_SCOPED_LIMIT = 120
# Origins, best source first.
OWN, KIND_POOL, DECK, POOL, DATA, SYNTH = "own", "kind-pool", "deck", "pool", "data", "synth"
_BONUS = {KIND_POOL: 3.0, DATA: 1.5, POOL: 0.5}
#: The origins whose wrong answers are sure to be of the key's kind: the author's own picks for the blank and
#: values computed near the key within what the fact states. Another deck answer, an entry of a pool (even a pool
#: of the key's kind: the author's list of ships or battles is of the kind, not of this stem's age or side) or a
#: name from quizgen's lists is only likely to be: judged on the eight quality sets, a name from a pool of its kind
#: was bad 23-30% of the time in every leave-one-set-out fold (the deck's answers 6-10%, the lists' 16-21%), the
#: author's own 8-14%, a computed value 1-8%. An MCQ shows at most two likely wrong answers (`generator.offered`).
#: In a vocabulary fact, another deck word of the key's article, or a single word like it, is sure too (`rank`).
SURE = frozenset((OWN, SYNTH))
#: How far each likely origin's wrong answers are trusted, best first, by the same figures: another deck answer
#: (bad 6-10% in every fold), a name from quizgen's lists (16-21%), a pool of the key's kind (23-30%), a type
#: pool (25-50%). A sure one is 0. An MCQ that shows only two likely ones shows the most trusted (`offered`).
TRUST = {DECK: 1, DATA: 2, KIND_POOL: 3, POOL: 4}
_POOLS = frozenset((KIND_POOL, POOL))
_UNDECIDED = object()  # a pair of signatures not yet judged
_SIG_BITS = 20  # a pair's key in `DistractorIndex.verdict`'s memo: the target's signature shifted by this, | the candidate's


@lru_cache(maxsize=65536)
def shape_key(answer: str) -> str:
    """The form of an answer with its values abstracted: "more than 30" -> "more than #",
    "four astronauts" -> "#w astronauts", "October 5" and "August 31" -> the same date format."""
    date = date_shape(answer)
    if date is not None:
        return f"date:{date}"
    key = normalize(answer)
    if number_form(answer) == "fraction":  # "one third", "two thirds", "a third" and "a quarter": words; "1/3": digits
        return "fraction:" + ("/" if "/" in answer else "w")
    return _NUMBER_WORDS.sub("#w", _DIGITS.sub("#", key))


def context_words(text: str) -> frozenset[str]:
    """The content words of a text (4 letters or more, no stop words): what a fact is about."""
    return frozenset(w for w in _CONTENT.findall(text.lower()) if w not in STOP)


class Answer(NamedTuple):
    """One possible answer (a deck answer, a pool entry, a data or synthesized value) with every
    feature the rules compare, computed once."""

    text: str
    key: str  # normalized
    origin: str
    sig: int  # the signature of its static features, as a candidate (see `_static_verdict`)
    length: int
    context: frozenset[str] = frozenset()  # its fact's content words, without the answers
    tags: frozenset[str] = frozenset()
    stem: str = ""  # its fact with its blank masked, normalized: the same stem means also true
    era: float | None = None  # the mean of the years its fact states
    quantity: str | None = None  # what a number counts
    value: float | None = None  # numbers, years and dates
    shape: str = ""  # numbers, years and dates: `shape_key` and `number_form`
    initial: bool = False  # its blank opens a sentence (a capital that says nothing)
    role: frozenset[str] = frozenset()  # its blank's role words (`Cues.roles`): the same role is the same kind


class Target(NamedTuple):
    """The blank being asked, with what ranking compares candidates against."""

    blank: Blank
    cues: Cues
    kind: str | None
    sig: int  # the signature of its static features, as a key
    context: frozenset[str]
    tags: frozenset[str]
    stem: str
    era: float | None = None
    bounds: Bounds = NO_BOUNDS
    value: float | None = None
    shape: str = ""
    event: tuple[float, float] | None = None  # a person's fact: the years it states (first, last), which the key lived
    gap: float = 0.0  # how many years apart an answer may be and still be of the key's age
    stated: frozenset[str] = frozenset()  # a place or person: the countries the stem names, the key's among them
    role: frozenset[str] = frozenset()  # the blank's role words (`Cues.roles`)
    age: int = 0  # a person's fact with years: the age a listed person must have reached then to fill the role
    states: bool = False  # a country that was a state in its fact's year (1500-1900): so must its wrong answers be
    nationality: frozenset[str] = frozenset()  # a person: the countries of "The Portuguese sailor ____"
    office: bool = False  # a person in office in the fact's years (`event`): so must a head of state offered be
    deeds: tuple[float, float] | None = None  # a person's fact: the years of the key's deed it states (not its youth)
    genres: frozenset[str] = frozenset()  # a writer: the genres the stem names that the key wrote in ("poem", "play")
    subject: frozenset[str] = frozenset()  # a listed person: the fields of the deck's subject the key holds


_LIFETIME = categories.LIFETIME
_PLURAL_AFTER = re.compile(r"\bqqq (?:[a-z]+ )?[a-z]{3,}[^s\W]s\b")
_ISLANDS = re.compile(r"\b(?:islands?|isles?|archipelago|coast|coastline|seaport)\b")
#: A member of a numbered series, as a whole answer ("Apollo 13", "Chang'e 4") and inside a fact's text.
_SERIES_ITEM = re.compile(r"^\s*(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) (?P<n>\d{1,3})\s*$")
_SERIES_IN_TEXT = re.compile(r"\b(?P<name>[A-Z][\w'’-]*) (?P<n>\d{1,3})\b(?![.,]?\d)")


#: A monarch's regnal number closing a name ("Henry IV", "William II"): a name many rulers bear.
_REGNAL = re.compile(r"\s(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})\s*$")


def _near_life(era: float, years: tuple[float, float]) -> bool:
    """Whether a life centred on `era` can have overlapped the years (first, last)."""
    return years[0] - _LIFETIME <= era <= years[1] + _LIFETIME


class FactText(NamedTuple):
    """What a fact's blanks share: its content words without the answers, the text with every blank
    masked (normalized), and its era."""

    context: frozenset[str]
    rest: str
    era: float | None
    event: tuple[float, float] | None = None  # the first and last year the fact states ("reigned from 1837 to 1901")


def fact_text(fact: Fact) -> FactText:
    rest = normalize_once(fact.render(frozenset(b.index for b in fact.blanks), " qqq "))
    answer_words = {w for b in fact.blanks for w in normalize(b.answer).split()}
    context = frozenset(w for w in _CONTENT.findall(rest) if w not in STOP and w not in answer_words and w != "qqq")
    years = fact_years(fact.full_text)
    return FactText(context, rest, sum(years) / len(years) if years else None,
                    (min(years), max(years)) if years else None)


#: A century a text names ("in the 13th century", "the 5th century BC"): its first and last years.
_CENTURY = re.compile(r"\b(?:(?P<part>early|mid|late)[ -](?:in the )?)?(?P<n>[1-9]|1\d|20|21)(?:st|nd|rd|th)[ -]"
                      r"century(?P<bc>\s*(?:BC|BCE|B\.C\.))?", re.IGNORECASE)
#: The word every match of `_CENTURY` holds, found far faster than the whole pattern is tried at every position.
_CENTURY_WORD = re.compile("century", re.IGNORECASE)
#: The years of a century's early, middle and late part (from its first year, AD).
_CENTURY_PARTS = {None: (0, 99), "early": (0, 39), "mid": (30, 69), "late": (60, 99)}


def fact_years(text: str) -> list[float]:
    """The years a text states: 1000-2099 as they stand, years with an era or a year word
    ("399 BC", "AD 79", "in 800", "the year 622"), and a century's first and last ("the 13th
    century": 1201, 1300); BC negative."""
    years = [float(y) for y in _YEARISH.findall(text)]
    for match in _CENTURY.finditer(text) if _CENTURY_WORD.search(text) else ():  # most facts name no century
        first, (low, high) = 100 * int(match["n"]) - 99, _CENTURY_PARTS[(match["part"] or "").lower() or None]
        years += [-(first + 99 - low), -(first + 99 - high)] if match["bc"] else [first + low, first + high]
    for match in _ERA_YEARS.finditer(text):
        if match["bc"]:
            years.append(-float(match["bc"]))
        elif match["ad"] or match["ad2"]:
            years.append(float(match["ad"] or match["ad2"]))
        elif match["plain"] or match["dated"]:
            years.append(float(match["plain"] or match["dated"]))
        elif match["ago"]:
            years.append(categories.PRESENT - float(match["ago"].replace(",", "")))
    return years


def blank_stem(fact: Fact, blank: Blank, shared: FactText) -> str:
    """The fact with this blank masked, normalized (a one-blank fact's is its masked text)."""
    if len(fact.blanks) == 1:
        return shared.rest
    return normalize_once(fact.render(frozenset((blank.index,)), " qqq "))


def gloss_of(cue: Cues, answer: str) -> tuple | None:
    """In a vocabulary fact, what kind of gloss the answer is: for a quoted gloss, whether it is a
    verb ("'to run'"); for a front/back pair ("hablar: {to speak}"), the form of the word asked and
    whether the answer is an infinitive, so "comer" is never offered for "to speak"."""
    if cue.pair:
        return ("pair", cue.pair, answer.lower().startswith("to "))
    return ("quote", cue.gloss_verb) if cue.quoted else None


def vocab_of(cue: Cues, answer: str) -> tuple | None:
    """In a vocabulary fact, what a wrong answer must share with the key: its language ("The
    French for ..."), the grammatical form the stem states or its article shows ("feminine",
    "plural": "les chevaux", not "le chat") and its part of speech (of the gloss, or of the answer
    when the answer is the English gloss: "often" an adverb)."""
    side = card_side(cue, answer)
    if cue.language is None and not cue.quoted:
        return None if side is None else (None, frozenset(), frozenset(), side)  # a bare card: its side alone
    grammar = set(cue.grammar)
    first = answer.split()[0].lower() if answer.split() else ""
    if cue.gloss_plural and cue.language != "english":
        grammar.add("plural")  # "the houses": "die Häuser"
    if first in PLURAL_ARTICLES:
        grammar.add("plural")
    elif first in SINGULAR_ARTICLES or first.startswith(("l'", "l’")):
        grammar.discard("plural")
    if first in ARTICLE_TABLE or first.startswith(("l'", "l’")):
        grammar.add("article")  # "the cat" is not offered beside "fast", nor "le chat" beside "pomme"
    pos = phrase_classes(answer) if cue.language == "english" else cue.gloss_pos
    return (cue.language, frozenset(grammar), pos, side)


def card_side(cue: Cues, answer: str) -> str | None:
    """Which side of a two-language vocabulary deck an answer is on: "english" for the English gloss of a
    foreign front ("chakula: {food}"), "word" for the foreign word of an English front ("bread: {mkate}"),
    else what the stem's language says ("The French for ..."); None when nothing tells."""
    if cue.front_english is not None:
        answer_english = english(answer)
        if answer_english != cue.front_english:
            return "english" if answer_english else "word"
    if cue.language:
        return "english" if cue.language == "english" else "word"
    return None


def _vocab_conflict(key: tuple | None, other: tuple | None) -> bool:
    """A deck answer of another language, stated form or part of speech than the key."""
    if key is None or other is None:
        return False
    (language, grammar, pos, side), (other_language, other_grammar, other_pos, other_side) = key, other
    if language and other_language and language != other_language:
        return True
    if side and other_side and side != other_side:
        return True  # "mkate" (the Swahili of "bread") among English glosses of Swahili words
    if grammar != other_grammar:
        return True
    return bool(pos and other_pos and not pos & other_pos)


class _Signatures:
    """Static features as small ints: equal features, equal signature."""

    def __init__(self) -> None:
        self.ids: dict[tuple, int] = {}
        self.features: list[tuple] = []

    def of(self, features: tuple) -> int:
        sig = self.ids.get(features)
        if sig is None:
            sig = self.ids[features] = len(self.features)
            self.features.append(features)
        return sig


@lru_cache(maxsize=65536)  # answers recur across facts, pools and data lists
def _text_features(text: str, initial: bool) -> tuple:
    """What the rules read off an answer's own text."""
    words = text.split()
    upper = text[:1].isupper()
    rest_lower = text[1:].islower()
    last = words[-1].lower() if words else ""
    return (form_of(text), upper, initial, any(w[:1].isupper() for w in words[1:]), len(words), name_kind(text),
            _article_for(text), rest_lower, _plural(text), _word_class(text) if rest_lower else frozenset(),
            last[-3:] if last.endswith(("ism", "ist")) else "", determiner_of(text))


def determiner_of(text: str) -> str:
    """The article a vocabulary answer opens with ("le chien" -> "le", "l'eau" -> "l'"), else "": every option
    of a vocabulary noun opens with the same one (`articles.DETERMINERS`; elided "l'" and "un'" each their own)."""
    first = text.split()[0].lower().replace("’", "'") if text.split() else ""
    for elided in ("l'", "un'"):
        if first.startswith(elided) and len(first) > len(elided):
            return elided
    return first if first in DETERMINERS and len(text.split()) > 1 else ""


def vocabulary_determiner(cue: Cues, answer: str) -> str:
    """In a vocabulary fact (a gloss or a language the stem names), the article its answer opens
    with: every wrong option must open with the same one (`_static_verdict`)."""
    return determiner_of(answer) if gloss_of(cue, answer) or vocab_of(cue, answer) else ""


def _word_class(text: str) -> frozenset[str]:
    """What a lower-case English term's head word can be (noun, verb, adjective, adverb): an
    adjective is never offered for a noun ("igneous" for "crust"). Empty when the dictionary does
    not know it (a foreign word, a compound)."""
    words = text.lower().split()
    return classes(words[-1]) - {"AUX", "PROPN", "X"} if words and words[-1].isalpha() else frozenset()


#: Kinds the gazetteer knows every member of: a place not known as one is not one.
_LISTED_PLACES = frozenset(("country", "continent", "state", "ocean"))


def _once_per_index(plain: Callable[..., Answer]) -> Callable[..., Answer]:
    """`DistractorIndex.plain` made once per text, origin, kind and person in each index (a data
    list's names come back for many blanks; signatures are the index's own, so the memo is too)."""

    @functools.wraps(plain)
    def memoized(index: DistractorIndex, text: str, origin: str, kind: str | None = None,
                 person: bool = False) -> Answer:
        key = (text, origin, kind, person)
        answer = index._plain.get(key)
        if answer is None:
            answer = index._plain[key] = plain(index, text, origin, kind, person)
        return answer

    return memoized


class DistractorIndex:
    """Every answer of a deck with its features, by type (and, for numbers, years and dates, by
    written shape), sorted by length (by value for numbers), so each blank reads only a few windows
    of candidates: generation stays linear in deck size."""

    def __init__(self, deck: Deck):
        self._plain: dict[tuple[str, str, str | None, bool], Answer] = {}  # see `_once_per_index`
        self._signatures = _Signatures()
        self._verdicts: dict[int, tuple | None] = {}
        self._deck = deck
        # the fields of people the deck's subject names ("History of mathematics": mathematicians)
        self._subject = bundled_people.subject_fields(f"{deck.title} {deck.description or ''}")
        # the one country the deck's title names ("Scottish history": GB), where its rulers reigned
        home = gazetteer.countries_in(normalize(deck.title), demonyms=True)
        self.home = next(iter(home)) if len(home) == 1 else None
        self.timeline = Timeline(deck)  # what the deck dates of the things its stems name, read on first use
        self._series: dict[str, frozenset[int]] | None = None  # `series`, read on first use
        self._text: str | None = None  # `text`, read on first use
        self.cues: dict[tuple[str, int], tuple[Cues, str | None]] = {}
        self.facts: dict[str, FactText] = {}
        self.answers: dict[tuple[str, int], Answer] = {}
        self.targets: dict[tuple[str, int], int] = {}
        grouped: dict[object, dict[str, Answer]] = {}
        dated: dict[str, list[float]] = {}
        event_dated: dict[str, list[float]] = {}
        first_deeds: dict[str, float] = {}
        kinds_in_pools = {normalize(item): kind for kind, pool in deck.kind_pools.items() for item in pool}
        self._typed_pools = frozenset(t for t, pool in deck.pools.items() if pool)
        from quizgen.core.kinds import cues as cues_of

        for fact in deck.facts:
            shared = self.facts[fact.id] = fact_text(fact)
            tags = frozenset(fact.tags)
            for blank in fact.blanks:
                cue = cues_of(fact, blank)
                listed = categories.own_kind(blank.answer, blank.type)
                if listed == "unit" and _ordinal_asked(blank.answer, blank_stem(fact, blank, shared)):
                    listed = None  # "Gandhi attended only the ____" (second): an ordinal, not the unit of time
                if cue.kind in _VERB_KINDS and listed and type_of_kind(listed) is type_of_kind(cue.kind):
                    cue_kind = listed  # "wrote ____": a book, or the play the lists know it is
                else:
                    cue_kind = cue.kind
                kind = blank.kind or kinds_in_pools.get(normalize(blank.answer)) or cue_kind or listed
                if kind is None and blank.type in _STEM_KINDS:  # "the thigh bone, or ____": the lists' bones
                    kind = categories.stem_kind(blank.answer, blank.type, blank_stem(fact, blank, shared))
                self.cues[(fact.id, blank.index)] = (cue, kind)
                answer = self._deck_answer(fact, blank, cue, kind, shared, tags)
                self.answers[(fact.id, blank.index)] = answer
                if kind in _EVENT_KINDS and shared.era is not None:  # a battle the deck dates, placed as a pool entry too
                    event_dated.setdefault(answer.key, []).append(shared.era)
                if blank.type is AnswerType.PERSON and shared.era is not None:
                    dated.setdefault(answer.key, []).append(shared.era)
                    first = shared.event[0]  # type: ignore[index]  (a fact with an era states its years)
                    first_deeds[answer.key] = min(first, first_deeds.get(answer.key, first))
                for bucket in _buckets(blank.type, answer.shape, kind):
                    grouped.setdefault(bucket, {}).setdefault(answer.key, answer)
                if blank.type not in NUMERIC:
                    for tag in fact.tags:
                        grouped.setdefault((blank.type, "tag", tag), {}).setdefault(answer.key, answer)
                    determiner = vocabulary_determiner(cue, blank.answer)
                    if determiner:  # a vocabulary noun's options share its article: read those first
                        grouped.setdefault((blank.type, "article", determiner), {}).setdefault(answer.key, answer)
        # a person the deck dates (the years of the facts they answer) is placed by them as a pool entry too
        self._deck_kinds = {key: kind for (fact_id, index), (cue, kind) in self.cues.items() if kind
                            for key in (self.answers[(fact_id, index)].key,)}
        self._person_eras = {key: sum(eras) / len(eras) for key, eras in dated.items()}
        self._event_eras = {key: sum(eras) / len(eras) for key, eras in event_dated.items()}
        self.first_deeds = first_deeds  # a person of the deck: the earliest year the facts they answer state
        self._by_bucket = {bucket: _sorted(list(answers.values()), bucket[0] in NUMERIC)
                           for bucket, answers in grouped.items()}
        self._pools = {t: _sorted([self.plain(p, POOL, person=t is AnswerType.PERSON) for p in pool], False)
                       for t, pool in deck.pools.items()}
        self._kind_pools = {k: [self.plain(p, KIND_POOL, kind=k, person=True) for p in pool]
                            for k, pool in deck.kind_pools.items()}

    def text(self) -> str:
        """The deck's facts, normalized, one a line between spaces (read once, on the first key WordNet offers
        nouns for)."""
        if self._text is None:
            self._text = "\n".join(f" {normalize(fact.render(frozenset(), ''))} " for fact in self._deck.facts)
        return self._text

    def series(self, name: str) -> frozenset[int]:
        """The numbers of a numbered series ("apollo") that exist: the lists' (`NUMBERED_SERIES`), else those
        the deck's facts name ("Apollo 8", "Apollo 11"); the deck is read once, on the first series key."""
        if self._series is None:
            named: dict[str, set[int]] = {}
            for fact in self._deck.facts:
                for match in _SERIES_IN_TEXT.finditer(fact.render(frozenset(), "")):
                    named.setdefault(normalize(match["name"]), set()).add(int(match["n"]))
            self._series = {key: frozenset(numbers) for key, numbers in named.items()}
        return NUMBERED_SERIES.get(name) or self._series.get(name, frozenset())

    def _deck_answer(self, fact: Fact, blank: Blank, cue: Cues, kind: str | None, shared: FactText,
                     tags: frozenset[str]) -> Answer:
        text = blank.answer
        group = group_of(kind)
        gloss = gloss_of(cue, text)
        vocab = vocab_of(cue, text)
        if blank.type in NUMERIC:
            value, shape = value_of(text, blank.type), f"{shape_key(text)}|{number_form(text)}"
            sig = target = 0
        else:
            value, shape = None, ""
            own = _text_features(text, cue.initial)
            gender = cue.gender or (categories.sex_of(text) if blank.type is AnswerType.PERSON else None)
            sig = self._signatures.of(("c", kind, group, cue.strict, gender, cue.plural, (gloss, vocab), DECK,
                                       *own))
            target = self._signatures.of(("t", blank.type, kind, group, cue.strict, cue.gender, cue.plural,
                                          (gloss, vocab), cue.article, *own,
                                          # what the lists call the key, read only where an author's type
                                          # pool may need it (`_static_verdict`)
                                          (kind if group else None) or (categories.listed_kind(text) or kind
                                                                        if blank.type in self._typed_pools else kind)))
        self.targets[(fact.id, blank.index)] = target
        era = categories.era_of(text) if blank.type is AnswerType.PERSON else \
            categories.work_year(text) if blank.type is AnswerType.TITLE else None  # a listed work: its own year
        return Answer(text, normalize(text), DECK, sig, len(text), shared.context, tags,
                      blank_stem(fact, blank, shared), shared.era if era is None else era, cue.quantity, value, shape,
                      cue.initial, cue.roles)

    @_once_per_index
    def plain(self, text: str, origin: str, kind: str | None = None, person: bool = False) -> Answer:
        """A candidate known only by its text (a pool entry, a data value): of a person, the data may
        know the sex."""
        plural = _plural(text) if text[1:].islower() else None  # a common noun says its number
        role = False
        if kind is None and origin == POOL:
            # a pool entry the lists know ("Mars" a planet, Napoleon a monarch): the author chose it for
            # this type, so what the lists say binds only a title ("Archduke ____", "King ____")
            kind = categories.own_kind(text, None) or categories.listed_kind(text) or \
                self._deck_kinds.get(normalize(text))  # or the kind its own fact in the deck gives it
            role = kind is not None
        sig = self._signatures.of(("c", kind, group_of(kind), role, categories.sex_of(text) if person else None,
                                   plural, (None, None), origin, *_text_features(text, False)))
        # a listed person's own dates place an author's pool entry too (no Titian for Frida Kahlo)
        # a listed work's year places it (kind pools are read as persons too: "Great Expectations" is a novel of 1861)
        era = categories.work_year(text) or \
            ((categories.era_of(text) or self._person_eras.get(normalize(text))) if person else None) or \
            (self._event_eras.get(normalize(text)) or _event_year(kind, text) if kind in _EVENT_KINDS else None)
        return Answer(text, normalize(text), origin, sig, len(text), era=era)

    def target(self, fact: Fact, blank: Blank, bounds: Bounds) -> Target:
        cue, kind = self.cues[(fact.id, blank.index)]
        answer = self.answers[(fact.id, blank.index)]
        event = self.facts[fact.id].event
        if event is None and blank.type is AnswerType.PERSON and answer.era is not None:
            # "the day of the Pearl Harbor attack": dated by the deck (read only for a key with years: see below)
            event = self.timeline.years_of(fact.render(frozenset((blank.index,)), "____"), fact.id)
        died = categories.died(blank.answer) if event is not None and blank.type is AnswerType.PERSON else None
        if died is not None and 0 < event[0] - died <= categories.POSTHUMOUS_YEARS:  # type: ignore[index]
            event = (died, died)  # "begun by Vespasian and opened in 80" (he died in 79): the years he lived to see
        if event is None or blank.type is not AnswerType.PERSON or answer.era is None or \
                not categories.alive_in(blank.answer, event) or not _near_life(answer.era, event):
            # no year, or years the key did not live through (a tomb found in 1922); but a regnal name many monarchs
            # bear is another one than the listed namesake ("King Henry IV ... the Edict of Nantes in 1598" is not
            # the emperor who died in 1106): the fact's years stand, and so wrong rulers must have lived then
            if not (event is not None and blank.type is AnswerType.PERSON and _REGNAL.search(blank.answer)):
                event = None
        gap = categories.era_gap(answer.era) if answer.era is not None else 0.0
        age = 0
        if event is not None:
            age = categories.OFFICE_AGE if group_of(kind) == "politician" else categories.ADULT_AGE
            born = categories.born(blank.answer)
            if born is not None and event[1] - born < age:
                age = 0  # the years are the key's youth ("born in Stratford in 1564"), not a role's
        deeds = self.facts[fact.id].event if blank.type is AnswerType.PERSON else None
        if deeds is not None and (answer.era is None or not _near_life(answer.era, deeds) or
                                  (born := categories.born(blank.answer)) is not None and deeds[1] - born < categories.ADULT_AGE):
            deeds = None  # the years are not the key's deed: a tomb found in 1922, "born in Stratford in 1564"
        stated: frozenset[str] = frozenset()
        if blank.type is AnswerType.PLACE:
            named = _stated_countries(answer.stem)
            if named and _home(blank.answer) in named:
                stated = named
        elif blank.type is AnswerType.TERM:  # a listed thing of one country ("the Louvre"), placed by the stem
            home = categories.country_of(blank.answer)
            if home and not home.isupper():  # a moon's planet: "Jupiter's moon ____" (a stem naming it)
                stated = frozenset((home,)) if f" {normalize(home)} " in f" {answer.stem} " else frozenset()
            elif home:
                cities = gazetteer.cities_named(fact.render(frozenset((blank.index,)), "____"))
                named = _stated_countries(answer.stem) | frozenset(code for _, code in cities)
                town = categories.city_of(blank.answer)
                if home in named:  # the key's city too when the stem names it ("in Paris": "@paris")
                    stated = named | frozenset("@" + name for name, _ in cities if name == town)
        elif blank.type is AnswerType.PERSON:  # a listed person's country first: most stems name none
            home = categories.country_of(blank.answer)
            named = _stated_countries(answer.stem) if home else frozenset()
            if home and home not in named:  # "founded at the Gdańsk shipyard ..., led by ____": a Pole
                cities = gazetteer.cities_named(fact.render(frozenset((blank.index,)), "____"))
                named |= frozenset(code for _, code in cities)
            if home in named:
                stated = named
            elif home and categories.commands(blank.answer, kind):
                stated = frozenset((home,))  # "General ____ defeated Rommel": a commander of the key's side
        # a country named in a fact of its own time is a state then; one named before it was a state
        # ("the Aztec Empire in Mexico in 1521") is a land, and so are its wrong answers
        states = blank.type is AnswerType.PLACE and answer.era is not None and gazetteer.dated(answer.era) and \
            gazetteer.place_kind(blank.answer) == "country" and gazetteer.existed(blank.answer, answer.era)
        nationality = _nationality(answer.stem) if blank.type is AnswerType.PERSON else frozenset()
        # "President ____ called the day ... (1941)": a head of state in office then, not one before or after
        term = categories.term_of(blank.answer) if event is not None and group_of(kind) == "politician" else None
        office = term is not None and term[0] <= event[1] and event[0] <= term[1] and \
            not categories.OFFICE_CHANGE.search(answer.stem)  # type: ignore[index]
        return Target(blank, cue, kind, self.targets[(fact.id, blank.index)], answer.context, answer.tags,
                      answer.stem, answer.era, bounds, answer.value, answer.shape, event, gap, stated,
                      answer.role, age, states, nationality, office, deeds,
                      categories.stated_genres(blank.answer, answer.stem) if blank.type is AnswerType.PERSON else frozenset(),
                      categories.key_fields(blank.answer, self._subject) if blank.type is AnswerType.PERSON
                      else frozenset())

    def deck_candidates(self, target: Target) -> list[Answer]:
        """Deck answers of the blank's type (and shape) nearest it: of its kind first, then of its
        tags, then any (one list: `rank` reads a source whole once it starts it)."""
        blank = target.blank
        if blank.type in NUMERIC:
            if target.value is not None:
                return _nearest(self._by_bucket.get(_buckets(blank.type, target.shape, None)[0]), target.value, _WINDOW)
            return []
        length = len(blank.answer)
        buckets = _buckets(blank.type, "", target.kind)
        found: list[Answer] = []  # never one of the index's own lists, which `_nearest` may return
        determiner = vocabulary_determiner(target.cues, blank.answer)
        if determiner:
            found += _nearest(self._by_bucket.get((blank.type, "article", determiner)), length, _WINDOW)
        if len(buckets) > 1:
            found += _nearest(self._by_bucket.get(buckets[0]), length, _WINDOW)
        for tag in sorted(target.tags)[:2]:
            found += _nearest(self._by_bucket.get((blank.type, "tag", tag)), length, _WINDOW // 2)
        found += _nearest(self._by_bucket.get(buckets[-1]), length, _WINDOW // 2)
        return found

    def pool(self, answer_type: AnswerType, length: int) -> list[Answer]:
        return _nearest(self._pools.get(answer_type), length, _WINDOW // 2)

    def kind_pool(self, kind: str | None) -> list[Answer]:
        return self._kind_pools.get(kind, []) if kind else []

    def verdict(self, target_sig: int, candidate_sig: int) -> tuple | None:
        memo_key = target_sig << _SIG_BITS | candidate_sig
        verdict = self._verdicts.get(memo_key, _UNDECIDED)
        if verdict is _UNDECIDED:
            verdict = self._verdicts[memo_key] = _static_verdict(self._signatures.features[target_sig],
                                                                 self._signatures.features[candidate_sig])
        return verdict


#: Words that are an ordinal and a unit's name; and what makes a stem ask the unit ("the SI unit of time, the
#: ____"; "60 ____s in a minute"; "measured in ____s").
_ORDINAL_UNITS = frozenset(("second",))
_UNIT_ASKED = re.compile(r"\b(?:units?|si|measured|measures?|minutes?|hours?)\b|\d\s*qqq\b")


def _ordinal_asked(answer: str, stem: str) -> bool:
    """Whether a key that names a unit and an ordinal ("second") is the ordinal here: no unit, measure or number
    beside it. `stem` is normalized with the blank as qqq."""
    return normalize(answer) in _ORDINAL_UNITS and not _UNIT_ASKED.search(stem)


@lru_cache(maxsize=65536)  # a year or number recurs across blanks (synthesized near several keys)
def _valued(text: str, origin: str, answer_type: AnswerType) -> Answer:
    """A number, year or date candidate: its value and written shape are all the rules read."""
    return Answer(text, normalize_once(text), origin, 0, len(text), value=value_of(text, answer_type),
                  shape=f"{shape_key(text)}|{number_form(text)}")


@lru_cache(maxsize=16384)  # decks repeat answers (and their bounds): each is synthesized and featurized once
def _synthesized(answer: str, answer_type: AnswerType, bounds: Bounds) -> tuple[Answer, ...]:
    """The values synthesized from a key (`answers.synthesize`), as candidates."""
    return tuple([_valued(text, SYNTH, answer_type) for text in synthesize(answer, answer_type, bounds)])


def _sorted(answers: list[Answer], by_value: bool) -> tuple[list[float], list[Answer]]:
    if by_value:
        answers = [a for a in answers if a.value is not None]
        ordered = sorted(answers, key=lambda a: (a.value, a.text))
        return [a.value for a in ordered], ordered  # type: ignore[misc]
    ordered = sorted(answers, key=lambda a: (a.length, a.text))
    return [a.length for a in ordered], ordered


def _nearest(sorted_answers: tuple[list[float], list[Answer]] | None, near: float, width: int) -> list[Answer]:
    """The `width` answers nearest `near` (all of them when there are no more)."""
    if not sorted_answers:
        return []
    keys, answers = sorted_answers
    if len(answers) <= width:
        return answers
    start = min(max(0, bisect.bisect_left(keys, near) - width // 2), len(answers) - width)
    return answers[start: start + width]


def _buckets(answer_type: AnswerType, shape: str, kind: str | None) -> tuple[object, ...]:
    if answer_type in NUMERIC:
        return ((answer_type, shape),)
    return ((answer_type, "kind", kind), (answer_type,)) if kind else ((answer_type,),)


def rank(index: DistractorIndex, target: Target, own: tuple[str, ...], excluded: str,
         accepted: list[str]) -> tuple[tuple[str, ...], int, int, tuple[bool, ...], tuple[int, ...]]:
    """The blank's wrong answers, best first (at most POOL_SIZE); how many of them the author
    picked; how many candidates were refused as implausible (for `check`'s message); which of them
    are sure (`SURE`: the author's picks, values computed near the key); how far each is trusted (`TRUST`).

    `excluded` is the prompt normalized between spaces (a candidate it shows is never offered);
    `accepted` the blank's accepted answers normalized between spaces."""
    blank = target.blank
    numeric = blank.type in NUMERIC
    seen: set[str] = {"", *(a[1:-1] for a in accepted)}
    within = excluded if numeric else "\n".join([excluded, *accepted])
    first, others = ("", ()) if numeric else (accepted[0], accepted[1:])

    def valid(key: str) -> bool:
        padded = f" {key} "
        return not (key in seen or padded in within or first and (first in padded or any(a in padded for a in others)))

    chosen: list[str] = []
    lived = target.event if blank.type is AnswerType.PERSON else None
    unlived: set[str] = set()  # the author's picks not alive at the stem's date (counted as refused, for `check`)
    for text in own:  # the author's own picks come first, as written
        key = normalize(text)
        if lived is not None and not _picked_alive(target, text, lived):
            unlived.add(key)  # "defeated Edward II at Bannockburn in 1314": not Edward I, dead by 1307, nor Edward
            continue  # III, aged two
        if valid(key) and len(chosen) < POOL_SIZE:
            seen.add(key)
            chosen.append(text)
    preferred = len(chosen)
    judge = _judge_value if numeric else _judge_name
    scored: list[tuple[float, int, Answer]] = []
    refused: set[str] = set(unlived)  # a name refused from one source may still come from another (the data)
    # this loop runs for every candidate of every blank: its methods are bound once per blank
    see, refuse, keep = seen.add, refused.add, scored.append
    for source in _sources(index, target):
        if isinstance(source, _Fallback) and len(scored) >= FALLBACK_BELOW:
            continue  # the other sources gave enough: WordNet's nouns are read only where they gave too few
        for candidate in source:
            key = candidate.key
            # `valid(key)`, inlined
            if key in seen:
                continue
            padded = f" {key} "
            if padded in within or first and (first in padded or others and any(a in padded for a in others)):
                continue
            score = judge(index, target, candidate)
            if score is None:
                refuse(key)
                continue
            see(key)
            keep((score, -len(scored), candidate))
        if len(scored) >= _ENOUGH:
            break  # the sources further down are weaker: enough good ones are in hand
    scored.sort(reverse=True)  # by score, then first read: the second items differ, candidates are never compared
    key_case = target.blank.answer[:1]
    recased = key_case.isupper() and target.cues.initial or key_case.islower()  # else `_display` keeps the text
    if blank.type is AnswerType.PERSON:  # one person once: not "Sandro Botticelli" beside "Botticelli"
        surnames = {_surname(t) for t in chosen}
        kept = []
        for item in scored:
            surname = _surname(item[2].text)
            if surname not in surnames:
                surnames.add(surname)
                kept.append(item)
        scored = kept
    by_surname = _surname_key(target)
    sure = [True] * len(chosen)
    trust = [0] * len(chosen)
    # a vocabulary word's deck answers are sure when they open with the key's article (same language, number
    # and gender: `_static_verdict`) or are single words like a single-word key in the language the stem names
    vocabulary = not numeric and bool(gloss_of(target.cues, blank.answer) or vocab_of(target.cues, blank.answer))
    determiner = determiner_of(blank.answer) if vocabulary else ""
    vocabulary = vocabulary and bool(determiner or " " not in normalize(blank.answer) and
                                     target.cues.language not in (None, "english"))  # a word of the language taught
    for _, _, candidate in scored[: POOL_SIZE - len(chosen)]:
        if by_surname and " " in candidate.text.strip():
            chosen.append(_surname_shown(candidate.text))  # "Who wrote ...?" Sieyès: Mirabeau, Danton
        else:
            chosen.append(_display(target, candidate) if recased else candidate.text)
        sure.append(candidate.origin in SURE or vocabulary and candidate.origin == DECK and
                    bool(determiner or " " not in candidate.key))
        trust.append(0 if sure[-1] else TRUST.get(candidate.origin, 0))
    return tuple(chosen), preferred, len(refused - seen), tuple(sure), tuple(trust)


def _picked_alive(target: Target, text: str, years: tuple[float, float]) -> bool:
    """Whether an author's pick for a person blank can have lived through the stem's years (`Target.event`) at the
    role's age. Its life is read from the lists only when the listed person of that name is of the key's trade (a
    role they share, or a key the list does not know): a listed namesake of another trade is another person (the
    author's Diego Velázquez for "landed in Mexico in 1519" is the conquistador, not the painter born in 1599)."""
    if categories.alive_in(text, years, target.age):
        return True
    key, pick = bundled_people.lookup(target.blank.answer), bundled_people.lookup(text)
    return key is not None and pick is not None and not set(key.roles) & set(pick.roles)


def _sources(index: DistractorIndex, target: Target) -> Iterable[Iterable[Answer]]:
    """Where candidates come from, best first (each read lazily)."""
    blank = target.blank
    yield index.kind_pool(target.kind)
    yield index.deck_candidates(target)
    yield index.pool(blank.type, len(blank.answer))
    yield _data_candidates(index, target)
    yield _Fallback(_wordnet_candidates(index, target))
    if blank.type in NUMERIC:
        yield _synthesized(blank.answer, blank.type, target.bounds)


class _Fallback:
    """A source read only when the ones before it gave fewer than FALLBACK_BELOW wrong answers."""

    def __init__(self, items: Iterable[Answer]):
        self._items = items

    def __iter__(self):
        return iter(self._items)


#: WordNet's nouns of the key's kind are read only when the deck, its pools and the lists gave fewer wrong answers
#: than an MCQ shows of likely ones (`generator.UNSURE_SHOWN`).
FALLBACK_BELOW = 2


def _data_candidates(index: DistractorIndex, target: Target) -> Iterable[Answer]:
    """Reference data of the key's own kind: places from the gazetteer, the general category lists."""
    blank = target.blank
    if blank.type is AnswerType.PLACE:
        kind = name_kind(blank.answer)
        if kind is None and group_of(target.kind) == "city":
            kind = "city" if gazetteer.city(blank.answer) else None
        if kind in ("city", None) and _historical_city(blank.answer, target):
            kind = None  # a city of another age: the lists' cities of history, not today's
        elif kind is None and not gazetteer.place_kind(blank.answer) and \
                (gazetteer.city(blank.answer) or _NO_CITY).population >= _BIG_CITY:
            kind = "city"  # a big city the stem does not call one ("captured ____ in 1099"), not a state too
        if kind == "state" and group_of(target.kind) != "region" and \
                (gazetteer.city(blank.answer) or _NO_CITY).population >= _BIG_CITY:
            kind = "city"  # "New York": a big city unless the stem says state
        if kind == "city" and target.era is not None and target.era < _MODERN_CITIES:
            return  # the data's cities are today's: Houston was not there for a fact of 1787
        if kind in ("country", "continent", "state", "city", "ocean"):
            # a dated fact reads further down the list: `gazetteer.existed` refuses the states of later ages
            limit = 60 if target.states else 8
            for name in gazetteer.related(blank.answer, kind, target.cues.qualifiers, target.stem, limit):
                yield index.plain(name, DATA, kind=kind)
            return
    category = categories.category_for(blank.answer, target.kind, blank.type, declared=blank.kind == target.kind)
    if category is not None and category.name in categories.FEATURE_LISTS and _SCOPED.search(target.stem):
        # "the highest mountain in South America": the list's features of that continent only (the lists place
        # their features, and WordNet's: `gazetteer.feature_continents`), none when the stem's scope is not placed
        region = gazetteer.region_of(target.stem) | gazetteer.placed_in(target.stem)
        own = gazetteer.feature_continents(blank.answer)
        if region and own and own <= region:
            for member in categories.related(blank.answer, category, limit=_SCOPED_LIMIT):
                if gazetteer.feature_continents(member.name) & own:
                    yield index.plain(member.name, DATA, kind=target.kind or category.kind)
        return
    if category is not None and not (category.type is not AnswerType.PERSON and _SCOPED.search(target.stem)):
        countries = gazetteer.countries_in(target.stem, demonyms=category.type is AnswerType.PLACE) \
            if category.type in (AnswerType.PERSON, AnswerType.PLACE) else frozenset()
        if category.type is AnswerType.PERSON and target.stated:
            countries = countries or target.stated  # "at the Gdańsk shipyard ..., led by ____": Poles
        if category.type is AnswerType.PERSON and target.kind in LAND_TITLES:
            countries = countries or LAND_TITLES[target.kind]  # "the pharaoh ____": Egypt's rulers
        if category.type is AnswerType.PERSON:
            countries = countries or categories.realm(blank.answer, target.stem)  # "King ____": the key's realm
            if not countries and categories.holds_role(blank.answer, _RULER):
                # a ruler's wrong answers from the lists reigned on the key's continent (its country's, or the deck
                # title's): no Moctezuma II nor Huayna Capac for James IV, "killed at the Battle of Flodden"
                home = categories.country_of(blank.answer) or index.home
                countries = gazetteer.continent_codes(home) if home else countries
        # the role the stem names ("Admiral ____", "The poet ____") or the author's `kind:`, not the lists' own kind
        roles = categories.stated_roles(blank.answer, target.cues.kind or blank.kind) \
            if category.type is AnswerType.PERSON else frozenset()
        roles = roles or (target.subject if category.type is AnswerType.PERSON else frozenset())  # the deck's field
        for member in categories.related(blank.answer, category, target.era, target.cues.gender, countries,
                                         alive=target.event, age=target.age, kind=target.kind, roles=roles):
            yield index.plain(member.name, DATA, kind=target.kind or category.kind,
                              person=blank.type is AnswerType.PERSON)._replace(era=member.era)


#: Facts dated before this year take no city from the data (which knows today's cities, not when
#: they were founded): only the deck's, the author's and the lists' cities of history.
_MODERN_CITIES = 1850
#: A city the data knows with this many people is a city whatever the stem says (not a district).
_BIG_CITY = 500_000
_NO_CITY = gazetteer.Place("", "city", "", "", 0)


_BEFORE_MASK = re.compile(r"((?:\S+ ){1,3})qqq\b")
_WORD_BEFORE_MASK = re.compile(r"(\S+) qqq\b")


_TWO_BEFORE_MASK = re.compile(r"(?:^|\s)(\S+ \S+) qqq\b")


#: Words that make a country's name one said with "the" ("the United Kingdom", "the Czech Republic"), and the
#: countries said with it for their plural names (Barbados, Honduras and Laos are not).
_THE_WORDS = frozenset("republic kingdom states union islands emirates federation".split())
_THE_COUNTRIES = frozenset("bahamas philippines netherlands maldives seychelles comoros gambia".split())


#: "the Swiss city of ____", "the French port of ____": a demonym before the noun of a settlement and the blank.
_DEMONYM_CITY = re.compile(r"\b([a-z]+) (?:city|town|port|capital|village) (?:of )?qqq\b")


def _other_country_city(target: Target, candidate: str) -> bool:
    """A city of the data from another country than the one the stem says the key city is in ("the Swiss city of
    ____": not Moscow nor Berlin). Only the demonym before the city's noun is read: "the capital of Portugal is
    ____" keeps Madrid and Moscow, which teachers keep as wrong answers."""
    found = _DEMONYM_CITY.search(target.stem)
    if found is None:
        return False
    countries = _stated_countries(found.group(1))
    home = _home(candidate) if countries else None
    return home is not None and home not in countries


_FORM_HEAD = re.compile(r"^(?:the\s+)?(?:battle|siege|treaty|sack|fall|peace|edict)\s+of\b", re.IGNORECASE)
_BINOMIAL = re.compile(r"^[A-Z][a-z]+ [a-z]{2,}(?:us|um|a|i|is|ae|es|ii|ensis|ens|ans|ax|ix)$")
_GENUS = re.compile(r"^[A-Z][a-z]{3,}$")


def _other_form(key: str, candidate: str) -> bool:
    """A wrong answer in another form than the key: an event's name ("Battle of Hastings") for a bare place
    (Buxar), or the reverse; a species' two names (Yersinia pestis) for a genus (Plasmodium), or the reverse."""
    (key_event, key_binomial, key_genus), (event, binomial, genus) = _name_form(key), _name_form(candidate)
    if key_event != event:
        return True
    return key_binomial and genus or key_genus and binomial


@lru_cache(maxsize=65536)  # asked of the key and of each candidate, for every pair a blank judges
def _name_form(text: str) -> tuple[bool, bool, bool]:
    """What `_other_form` reads of one name: whether it is an event's name, a species' two names, a genus."""
    return bool(_FORM_HEAD.match(text)), bool(_BINOMIAL.match(text)), bool(_GENUS.match(text))


@lru_cache(maxsize=65536)
def _takes_the(name: str) -> bool:
    """Whether a country's name is said with "the": a plural ("the Bahamas", "the Netherlands") or a name with a
    common noun of states ("the United Kingdom"); a name the gazetteer does not list as a country is not read."""
    if gazetteer.place_kind(name) != "country":
        return False
    words = normalize(name).removeprefix("the ").split()
    return bool(words) and (" ".join(words) in _THE_COUNTRIES or not _THE_WORDS.isdisjoint(words))


def _repeats_stem(stem: str, candidate_key: str, key: str = "") -> bool:
    """Whether a candidate opens with the two words the stem writes just before the blank ("battle of"), or
    says a descriptor of its own where the stem gives the blank one and the key says none ("Gulf of ____": no
    "Caspian Sea", which would read "Gulf of Caspian Sea"). `key` is the blank's answer (normalized here, only
    when the rest holds)."""
    before = _two_before(stem)
    if before and f"{candidate_key} ".startswith(before):
        return True
    if any(f" {candidate_key}".endswith(after) and not f" {key}".endswith(after) for after in _words_after(stem)):
        return True  # "The ____ ice shelf": "Ronne Ice Shelf" would read "Ronne Ice Shelf ice shelf"
    return _name_head(stem) is not None and not _DESCRIPTORS.isdisjoint(candidate_key.split()) and \
        _DESCRIPTORS.isdisjoint(normalize(key).split())


#: Words that say what kind of thing a name is when written beside it ("the Gulf of ____", "the ____ Mountains",
#: "the ____ Film Festival", "the ____ Prize").
_DESCRIPTORS = frozenset("gulf sea ocean bay strait straits lake river mount mountains range desert island islands "
                         "peninsula canal channel cape festival prize award".split())
#: Of those, the ones whose name is lent by another thing (a city's festival, a person's prize): a title beside
#: one of them is of another kind than a title without (Cannes, a festival, is no film; Parasite is no festival).
_NAMED_BY = frozenset(("festival", "prize", "award"))
_HEAD_BEFORE = re.compile(r"(?:^|\s)(\S+ of|mount|lake|river|cape) qqq\b")
_HEAD_AFTER = re.compile(r"\bqqq (\S+)(?: (\S+))?")


@lru_cache(maxsize=65536)
def _name_head(stem: str) -> str | None:
    """The descriptor written beside a name's blank: "gulf" for "the gulf of qqq", "festival" for "the qqq film
    festival" (one word between at most), None when the stem writes none."""
    before = _HEAD_BEFORE.search(stem)
    if before is not None and before.group(1).removesuffix(" of") in _DESCRIPTORS:
        return before.group(1).removesuffix(" of")
    after = _HEAD_AFTER.search(stem)
    if after is not None:
        for word in after.groups():
            if word in _DESCRIPTORS:
                return word
    return None


@lru_cache(maxsize=65536)
def _words_after(stem: str) -> tuple[str, ...]:
    """A space and the word after the blank, and the two words after it (" ice", " ice shelf"; " river" of "the
    qqq river flows"), while no stop word comes first; () when the blank is followed by a stop word or nothing."""
    after = _HEAD_AFTER.search(stem)
    if after is None or after.group(1) in STOP:
        return ()
    second = after.group(2)
    one = f" {after.group(1)}"
    return (one, f"{one} {second}") if second and second not in STOP else (one,)


@lru_cache(maxsize=65536)
def _two_before(stem: str) -> str:
    """The two words before the blank and a space ("battle of "), or "" (none, or only stop words)."""
    match = _TWO_BEFORE_MASK.search(stem)
    if match is None or all(w in STOP for w in match.group(1).split()):
        return ""
    return match.group(1) + " "


@lru_cache(maxsize=65536)
def _surname(name: str) -> str:
    """A person's surname, normalized (the last word but a regnal number or a suffix): "louis xvi" keeps both."""
    words = normalize(name).split()
    if len(words) > 1 and re.fullmatch(r"[ivx]+|jr|sr", words[-1]):
        return " ".join(words[-2:])
    return words[-1] if words else ""


def _surname_key(target: Target) -> bool:
    """Whether a person's key is a surname alone ("Sieyès", "Monet"), not a name the lists know by one word
    (Rembrandt, Michelangelo): its wrong answers are then shown by their surnames too."""
    key = target.blank.answer.strip()
    return target.blank.type is AnswerType.PERSON and " " not in key and not categories.categories_of(key) \
        and form_of(key) in ("name", "proper")


_PARTICLES = frozenset("van von der den da di".split())


@lru_cache(maxsize=16384)
def _surname_shown(name: str) -> str:
    """A full name as its surname ("Honoré de Mirabeau" -> "Mirabeau", "Vincent van Gogh" -> "van Gogh")."""
    words = name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


@lru_cache(maxsize=4096)
def _after_given_name(stem: str) -> bool:
    """Whether a person's blank follows a given name ("sandro qqq painted ..."): it asks for a surname."""
    match = _WORD_BEFORE_MASK.search(stem)
    return match is not None and match.group(1) in categories.given_names()


@lru_cache(maxsize=4096)
def _nationality(stem: str) -> frozenset[str]:
    """The countries an adjective of nationality names just before a person's blank ("the irish
    writer qqq", "the italian composer qqq"), which the wrong answers must share."""
    match = _BEFORE_MASK.search(stem)
    if match is None:
        return frozenset()
    if match.group(1).split()[-1] in _KNIGHTED:
        return _KNIGHTED[match.group(1).split()[-1]]  # "Sir ____": a knight of a Commonwealth realm
    return frozenset(gazetteer.DEMONYMS[w] for w in match.group(1).split() if w in gazetteer.DEMONYMS)


#: Honours said before a name that only a subject of the British Crown's realms carries ("Sir ____", "Dame ____"):
#: no Bergman, Fellini or Kurosawa for Sir Alfred Hitchcock.
_REALMS = frozenset(("GB", "AU", "NZ", "CA"))
_KNIGHTED = {"sir": _REALMS, "dame": _REALMS}


@lru_cache(maxsize=4096)
def _stated_countries(stem: str) -> frozenset[str]:
    return gazetteer.countries_in(stem, demonyms=True)


@lru_cache(maxsize=65536)
def _home(place: str, person: bool = False) -> str | None:
    """The country of a listed place or person, or of a city the data knows (asked only where a
    stem names a country, so the city table is loaded only then)."""
    listed = categories.country_of(place)
    if listed is None and not person:
        found = gazetteer.city(place)
        listed = found.country if found else None
    return listed


#: Superlatives in a stem: the lists' own order (by height, length, area) then ranks the wrong answers.
_SUPERLATIVES = frozenset("largest biggest smallest tiniest longest shortest highest tallest lowest deepest".split())
_IN_LIST_ORDER = 10.0
#: The kinds whose lists are ordered by the measure a superlative asks of (height, length).
_MEASURED = frozenset(("mountain", "river"))


def _historical_city(answer: str, target: Target) -> bool:
    """A city the lists know from history, asked of another age (a fact set before 1800), or whose
    namesake in the data is only a small modern town ("Sparta")."""
    if categories.own_kind(answer, AnswerType.PLACE) != "city":
        return False
    modern = gazetteer.city(answer)
    return target.era is not None and target.era < 1800 or modern is None or modern.population < 100_000


def _wordnet_kin(target: Target, candidate: Answer) -> bool | None:
    """What WordNet says of a term candidate's kind beside the key (`wordnet`): True when it is of the key's kind
    (the stem's kind noun is a class of both, or, where the stem names none, they share a specific class), False
    when WordNet knows it as another kind (read as no evidence, never as a refusal), None when it cannot say (an
    unknown word, a name, the author's own kind pool)."""
    key = target.blank.answer
    if candidate.origin == KIND_POOL or _vocabulary(target):
        return None  # the author's list of the kind; a vocabulary fact (its options are words of a language)
    if target.kind:
        if wordnet.is_a(key, target.kind):  # "the ____ gland": only when WordNet's sense of the noun is the key's
            return wordnet.is_a(candidate.text, target.kind)
        return None
    return wordnet.same_kind(key, candidate.text)


def _vocabulary(target: Target) -> bool:
    return bool(gloss_of(target.cues, target.blank.answer) or vocab_of(target.cues, target.blank.answer))


def _wordnet_candidates(index: DistractorIndex, target: Target) -> Iterable[Answer]:
    """Common nouns of the key's kind from WordNet (`wordnet.co_hyponyms`) in the sense its fact states
    (`wordnet.stated_sense`), in the key's number: read last, where the deck, its pools and the lists gave too few.
    A key WordNet does not know as a whole term, or whose sense the fact does not state, gets none."""
    key = target.blank.answer
    if target.blank.type is not AnswerType.TERM or _vocabulary(target) or not key[1:].islower() or \
            key[:1].isupper() and not target.stem.startswith("qqq"):
        return  # a name ("the Space Shuttle Challenger"), a word taught in a vocabulary deck
    found = wordnet.lookup(key)
    if found is None or not found.exact or normalize(key).split()[0] in ARTICLE_TABLE:
        return
    sense = wordnet.stated_sense(key, target.context | {target.kind} if target.kind else target.context)
    if sense is None:
        return  # nothing in the fact says which sense of the word it asks: WordNet would guess
    text = index.text()
    size = len(key.split())
    rivals = []
    for rival in wordnet.co_hyponyms(key, sense):
        plural = plural_of(rival.lemma)
        shown = plural if found.plural else rival.lemma
        forms = [f" {normalize(form)} " for form in (rival.lemma, plural) if form]
        if shown is not None and any(form in text for form in forms) and \
                not any(form in f" {target.stem} " for form in forms):  # the stem's own word: derivable (L)
            rivals.append((-min(rival.count, 5), rival.steps, abs(len(rival.lemma.split()) - size), shown))
    # only nouns the deck itself writes (its subject's words: the anther and the stigma beside the stamen; WordNet's
    # other nouns of a kind were bad about half the time, as the developer read them), the most used and nearest first
    for *_, shown in sorted(rivals):
        yield index.plain(shown, DATA, kind=target.kind)


def _judge_value(index: DistractorIndex, target: Target, candidate: Answer) -> float | None:
    """How plausible a number, year or date is as a wrong answer (higher is better), or None."""
    if candidate.shape != target.shape:
        return None
    key_value, value = target.value, candidate.value
    if value is None or key_value is None or value == key_value or not target.bounds.admits(value):
        return None
    answer_type = target.blank.type
    synthesized = candidate.origin == SYNTH
    if answer_type is AnswerType.NUMBER and not target.bounds.year:
        series = _SERIES_ITEM.match(target.blank.answer)
        if series:  # "Apollo 13": only members that exist; "the first ... Vostok 1": any other reads off "first"
            other = _SERIES_ITEM.match(candidate.text)
            if other is None or normalize(other["name"]) != normalize(series["name"]) or \
                    series["n"] == "1" and " first " in f" {target.stem} " or \
                    int(other["n"]) not in index.series(normalize(series["name"])):
                return None
        if (value == 1) != (key_value == 1) and _PLURAL_AFTER.search(target.stem):
            return None  # "the ____ astronauts of Apollo 1": never "one" for "three" (nor "three" for "one")
        if synthesized:
            return 1.0
        # A deck number counts the same thing, at a believable magnitude.
        if not target.cues.quantity or target.cues.quantity != candidate.quantity:
            return None
        if key_value > 0 and not 0.3 <= value / key_value <= 3.3:
            return None
        return 2.0 - abs(math.log((abs(value) + 1) / (abs(key_value) + 1)))
    years = abs(value - key_value) / (_DAYS_PER_YEAR if answer_type is AnswerType.DATE else 1)
    if "century" in target.shape:
        years /= _CENTURY_STEPS  # "the 14th century": the 13th and 15th are its near neighbours, two centuries the farthest
    if years > MAX_YEARS_OFF and (answer_type is AnswerType.YEAR or target.bounds.year or target.shape.rsplit("|", 1)[0].endswith("year")):
        return None
    if years > DECK_YEARS_NEAR and not synthesized:
        return None  # another fact's year is of another event: synthesized years near the key serve better
    if synthesized:
        return 1.0  # synthesized values keep the order they were made in (spread around the key)
    return 2.0 - years / MAX_YEARS_OFF


# What a verdict's flags say must still hold once the candidate's fact is known.
_NEEDS_TIE, _WEAK_TIE, _TERM_OR_OTHER_KIND, _PERSON_FROM_DECK = 1, 2, 4, 8


def _same_field(target: Target, candidate: Answer) -> bool:
    """Whether a deck's person is of the field of the deck's subject that the key holds (`Target.subject`): in a
    psychology deck, Piaget for Jung; in a mathematics deck, Hilbert for Gödel. Evidence of the key's kind where
    the stems share no role word (measured on heldout2-14: docs/quality.md, "Round 16")."""
    return target.blank.type is AnswerType.PERSON and bool(target.subject) and \
        categories.holds_role(candidate.text, target.subject) is True


def _judge_name(index: DistractorIndex, target: Target, candidate: Answer) -> float | None:
    """How plausible a name or term is as a wrong answer (higher is better), or None."""
    # `index.verdict`, its memo read here first: this line runs for every pair a blank judges
    verdict = index._verdicts.get(target.sig << _SIG_BITS | candidate.sig, _UNDECIDED)
    if verdict is _UNDECIDED:
        verdict = index.verdict(target.sig, candidate.sig)
    if verdict is None:
        return None
    score, flags = verdict
    # Positive evidence only: an answer of the deck is offered when its kind is the key's (the
    # static verdict), or when its fact gives it the same role ("____ painted ..." and "____
    # painted ..."). Shared topic words, tags or years say what a fact is about, not what kind of
    # answer fills its blank. Read first: the rules below can only refuse it too, and cost more.
    role = bool(target.role) and not target.role.isdisjoint(candidate.role)
    # WordNet's word that the candidate is of the key's kind ties it as a role would (never a refusal: measured on
    # the judged options, WordNet's "another kind" struck three good options for each bad one: docs/quality.md)
    kin = _wordnet_kin(target, candidate) if flags & (_WEAK_TIE | _NEEDS_TIE) and not role and \
        candidate.origin == DECK and target.blank.type is AnswerType.TERM else None
    if flags & (_WEAK_TIE | _NEEDS_TIE) and not role and not kin and candidate.origin == DECK and \
            not _same_field(target, candidate):
        return None  # nothing says it is the same kind of thing as the key, for this stem
    if target.cues.qualifiers and target.blank.type is AnswerType.PLACE and not gazetteer.fits(
            candidate.text, target.blank.answer, target.cues.qualifiers, target.stem):
        return None  # "the smallest country", "an island country": not Brazil
    if target.event is not None and (
            not categories.alive_in(candidate.text, target.event, target.age)
            or candidate.era is not None and not _near_life(candidate.era, target.event)):
        return None  # "crowned emperor in 800": not a king born in 849; "executed in 1793": not one dead by
        # then; "elected President in 1860": not a boy of two then
    if categories.same_maker(target.blank.answer, candidate.text, target.stem):
        return None  # "Sophocles wrote ____": not Antigone, his too
    if target.blank.type is AnswerType.PERSON and categories.office_for_crown(candidate.text, target.cues.kind):
        return None  # "Tsar ____ of Russia": not Stalin
    if target.office:
        term = categories.term_of(candidate.text)
        if term is not None and not (term[0] <= target.event[1] and target.event[0] <= term[1]):  # type: ignore[index]
            return None  # "President ____ called the day of Pearl Harbor ...": not Hoover, out of office by 1941
    if target.states and not gazetteer.existed(candidate.text, target.era):  # type: ignore[arg-type]
        return None  # "bought Louisiana from ____ in 1803": not Italy, a state from 1861
    if target.blank.type is AnswerType.PLACE:
        if gazetteer.states_a_form(target.stem) and \
                not gazetteer.fits_stated(candidate.text, target.blank.answer, target.stem):
            return None  # "the largest landlocked country": not Indonesia; "the Himalayan kingdom of ____": no Iran
        if target.era is not None and target.era >= 1900 and gazetteer.existed_then(target.blank.answer, target.era) \
                and not gazetteer.existed_then(candidate.text, target.era):
            return None  # "Germany invaded ____ in 1939": not Czechia nor Ukraine, states from the 1990s
        if not (target.cues.qualifiers & _SUPERLATIVES and gazetteer.worldwide(target.stem) or
                "populous" in target.cues.qualifiers) and \
                not gazetteer.near_countries(target.blank.answer, candidate.text) and \
                not (target.role and not target.role.isdisjoint(candidate.role)):
            return None  # a country of another part of the world: no Taiwan for Nepal, no Kenya for Egypt
        if target.era is not None and (gazetteer.founded(candidate.text) or -math.inf) > target.era >= \
                (gazetteer.founded(target.blank.answer) or -math.inf):
            return None  # "Bolívar was born in ____ in 1783": not Brasília, founded in 1960
        if gazetteer.landlocked(candidate.text) and _ISLANDS.search(target.stem) and \
                not gazetteer.landlocked(target.blank.answer):  # the candidate's (cached) test first: the stem's is a search
            return None  # "The Galápagos Islands belong to ____": not Bolivia, which has no coast
        bordered = gazetteer.bordered(target.stem, target.blank.answer)
        if bordered and not gazetteer.borders(candidate.text, bordered):
            return None  # "Lake Titicaca, on the border of ____ and Bolivia": a neighbour of Bolivia, not Venezuela
        scoped = gazetteer.continents_named(target.stem)
        if scoped and gazetteer.continent_of(target.blank.answer) in scoped and \
                gazetteer.continent_of(candidate.text) not in scoped | {None}:
            return None  # "the largest country in Africa": not Ecuador
        if gazetteer.outside_stated(target.blank.answer, candidate.text, target.stem):
            return None  # "____ in Alaska is the highest mountain in North America": not Grand Teton, in Wyoming
        if gazetteer.range_stated(target.blank.answer, target.stem) and \
                not gazetteer.range_stated(candidate.text, target.stem):
            return None  # "the highest peak of the Alps": not Elbrus (of the Caucasus), nor a peak of no known range
        own = gazetteer.feature_continents(target.blank.answer)
        other = gazetteer.feature_continents(candidate.text)
        # "the deepest lake in the world", "on Earth", "on land": any continent, unless the stem places the key ("in
        # Siberia", or a country WordNet puts it in: Everest "on the border between Nepal and China")
        if own and other and (not gazetteer.worldwide(target.stem) or gazetteer.placed_in(target.stem) or
                              gazetteer.in_named_country(target.blank.answer, target.stem)):
            region = gazetteer.region_of(target.stem) | gazetteer.placed_in(target.stem)
            if own.isdisjoint(other) or region and not own.isdisjoint(region) and region.isdisjoint(other):
                return None  # the Matterhorn's rivals are in Europe; the Nile flows into no Baltic Sea
            parts, other_parts = gazetteer.feature_parts(target.blank.answer), gazetteer.feature_parts(candidate.text)
            if parts and other_parts and parts.isdisjoint(other_parts):
                return None  # the Tigris's rivals are rivers of western Asia, not the Amur or the Irrawaddy
        if gazetteer.is_listed_ocean(target.blank.answer) and gazetteer.ocean_fits(target.blank.answer, target.stem) \
                and not gazetteer.ocean_fits(candidate.text, target.stem):
            return None  # "the Amazon ... flows into the ____": not the Indian Ocean, which washes no South America
        named = gazetteer.stated_parts(target.stem)
        if named and not named.isdisjoint(gazetteer.parts_of(target.blank.answer)):
            theirs = gazetteer.parts_of(candidate.text)
            if theirs and theirs.isdisjoint(named):
                return None  # "the capital of Lebanon, on the Mediterranean coast": not Beijing nor Jakarta
    if target.blank.type is AnswerType.PLACE and candidate.origin == DATA and \
            _other_country_city(target, candidate.text):
        return None  # "the Swiss city of ____": not Moscow nor Berlin
    if target.blank.type is not AnswerType.PERSON and _other_form(target.blank.answer, candidate.text):
        return None  # "victory at ____" (Buxar): not "Battle of Hastings"; the genus Plasmodium: not Yersinia pestis
    if target.blank.type is AnswerType.PLACE and " the qqq " in f" {target.stem} " and \
            _takes_the(target.blank.answer) and not _takes_the(candidate.text):
        return None  # "an island in the ____" (the Bahamas, the Philippines): not Barbados, never "the Vietnam"
    if _repeats_stem(target.stem, candidate.key, target.blank.answer):
        return None  # "the battle of ____": not "Battle of Trafalgar", which says "battle of" twice
    if candidate.origin == DECK and target.blank.type is not AnswerType.PERSON and \
            _name_head(target.stem) != _name_head(candidate.stem) and \
            _NAMED_BY.intersection((_name_head(target.stem), _name_head(candidate.stem))):
        return None  # "The ____ Film Festival": Cannes, not Parasite (a film); "____ (1935)": a film, not Cannes
    if (candidate.origin == DECK or target.blank.type is AnswerType.TITLE) and target.blank.type in _STEM_KINDS and \
            target.era is not None and candidate.era is not None and (
                abs(target.era - candidate.era) > categories.title_gap(target.era) or
                target.blank.type is AnswerType.TITLE and candidate.era - target.era > categories.TITLE_LATER):
        return None  # a film of 2019 for one of 1935: another age of the art; a battle of 1709 for one of 1905;
        # a novel of 1949 for one of 1922 (it was not written yet)
    person = target.blank.type is AnswerType.PERSON
    if person and target.deeds is not None and \
            index.first_deeds.get(candidate.key, -math.inf) - target.deeds[1] > WORKING_YEARS:
        return None  # every deed the deck dates of them came a generation later: no Polyakov (1994) for 1965
    if person and target.genres and categories.of_other_genre(candidate.text, target.genres):
        return None  # "The poet ____", "____'s novel": a writer of that genre, not Joyce for Yeats nor Frost for Lee
    if person and _surname(candidate.text) == _surname(target.blank.answer):
        return None  # a relative of the key (Caroline Herschel for William): partly true, or a give-away
    if person and " " in candidate.text.strip() and len(_surname(candidate.text)) >= 4 and \
            f" {_surname(candidate.text)} " in f" {target.stem} ":
        return None  # "____ became President when Roosevelt died": not Franklin D. Roosevelt
    if person and " " in candidate.text.strip() and _after_given_name(target.stem):
        return None  # "Claude ____ painted ...": a surname, never a full name
    if target.nationality:
        home = categories.country_of(candidate.text)
        if home not in target.nationality and (home is not None or candidate.origin == DECK):
            return None  # "The Portuguese sailor ____": only a person the lists know to be Portuguese
            # (a person of the author's pools the lists do not know is the author's choice)
    if target.blank.type is AnswerType.TERM and categories.is_period(candidate.key):
        apart = categories.period_apart(target.blank.answer, candidate.text, target.era)
        if apart is not None and apart > categories.PERIOD_GAP:
            return None  # a movement of another age: no Baroque for Romanticism, no Renaissance for Cubism
    if target.stated and target.blank.type is AnswerType.TERM:
        home, town = categories.country_of(candidate.text), categories.city_of(candidate.text)
        if home and home not in target.stated or town and any(s[:1] == "@" for s in target.stated) and \
                "@" + town not in target.stated:
            return None  # "the ____ in Paris": not the Uffizi nor the Hermitage; "Amsterdam's ____": no Mauritshuis
    if target.stated and (candidate.origin == DECK or candidate.origin != DATA and
                          (person or target.blank.type is AnswerType.PLACE)):
        home = _home(candidate.text, person)
        if home and home not in target.stated:
            return None  # "the Roman town of ____": not Sparta; "____ is the capital of France": not Tokyo;
            # "____ led India's campaign against British rule": not Lenin
        if home is None and target.blank.type is AnswerType.PLACE and gazetteer.city(target.blank.answer):
            return None  # "Bolivia's seat of government is ____" (a city the data places): no Tenochtitlan,
            # which nothing places in Bolivia
    if person and target.era is not None and candidate.era is None and (
            categories.undated(candidate.text) or candidate.origin in _POOLS and
            not categories.categories_of(candidate.text) and
            (candidate.origin == KIND_POOL or categories.era_of(target.blank.answer) is not None)):
        return None  # a Parmenides (no known years) for Hobbes's Leviathan of 1651, from a pool or the deck; a pool's
        # name that neither the lists nor the deck date beside a key the lists date, or in a kind pool (a ship typed
        # a person); a type pool of names quizgen does not know, for a key it does not know either, is the author's
    if person and target.event is None and categories.born_apart(candidate.text, target.blank.answer):
        return None  # "____ and Buzz Aldrin walked on the Moon" (no year): not Kalpana Chawla, born 32 years after him
    if person and candidate.origin != DATA and categories.lived_apart(candidate.text, target.blank.answer):
        return None  # an author's Heidegger (born 1889) for Bentham (died 1832)
    if target.era is not None and (target.kind in _EVENT_KINDS or _EVENT_STEM.search(target.stem)):
        if candidate.era is not None and abs(target.era - candidate.era) > EVENT_GAP:
            return None  # "the Battle of ____ in 490 BC": not Gaugamela (331 BC); Poltava (1709): not Borodino
        if candidate.era is None:
            score -= _UNDATED_EVENT  # a battle nothing dates (Kursk for Poltava) only after those of its age
    if candidate.origin == DATA:  # the data lists its nearest first: that order is kept
        if target.era is not None and candidate.era is not None and abs(target.era - candidate.era) > target.gap:
            return None
        if target.cues.qualifiers & _SUPERLATIVES and group_of(target.kind) in _MEASURED:
            return _IN_LIST_ORDER  # "the highest mountain": the next highest, as the list orders them
        return score
    key_length, length = len(target.blank.answer), candidate.length
    score -= abs(key_length - length) / max(key_length, length, 1)
    if candidate.origin != DECK:
        if target.era is not None and candidate.era is not None:
            apart = abs(target.era - candidate.era)
            if apart > target.gap or person and candidate.origin != DATA and apart > _span(target, candidate):
                return None
            score -= apart / target.gap
        return score
    # Also true: a fact that says the same thing of another answer.
    if candidate.stem == target.stem:
        return None
    context, key_context = candidate.context, target.context
    shared = len(key_context & context) if context and key_context else 0
    if shared and len(key_context) + len(context) - shared >= 4 and shared * 4 >= 3 * (
            len(key_context) + len(context) - shared):
        return None
    if target.era is not None and candidate.era is not None:
        apart = abs(target.era - candidate.era)
        if apart > target.gap:
            return None  # another age: Gorbachev did not reach the Caribbean in 1492
        if person and apart > _span(target, candidate):
            return None  # the years each fact states: Tiberius (AD 14) did not invade Britain in AD 43
        score -= apart / target.gap
    tags = len(target.tags & candidate.tags) if target.tags and candidate.tags else 0
    if flags & _TERM_OR_OTHER_KIND and target.tags and candidate.tags and not tags and \
            not (role and WORK_ROLE <= target.role & candidate.role):
        return None  # tagged as another topic (a colour for a food word); two works of their years ("____ (1939)")
        # are of one kind whatever their topics
    if flags & _PERSON_FROM_DECK and not (shared or tags or role):
        return None  # a person from an unrelated fact: another country, another field
    return score + 0.6 * min(shared, 4) + 2.0 * min(tags, 2)


def _static_verdict(key: tuple, other: tuple) -> tuple[float, int] | None:
    """The rules that depend only on the key's and the candidate's own features and cues: None when
    a teacher would strike the candidate whatever its fact says, else a score and the flags of what
    its fact must still show."""
    (_, answer_type, key_kind, key_group, key_strict, gender, plural, key_gloss, article,
     key_form, key_upper, key_initial, _, key_words, named_key, _, key_rest_lower, key_plural, key_class,
     key_suffix, key_determiner, key_listed) = key
    (_, kind, group, strict, other_gender, other_plural, gloss, origin,
     form, upper, initial, others_upper, words, named, other_article, rest_lower, other_plural_form,
     other_class, suffix, determiner) = other
    if key_suffix and suffix and key_suffix != suffix:
        return None  # "Cubism" for "the Surrealist movement": a noun for the adjective
    if answer_type is AnswerType.PLACE and origin != KIND_POOL and named_key != named and (
            named in _LISTED_PLACES and group_of(named_key or key_kind) != group_of(named)
            or named_key in _LISTED_PLACES and group_of(named or kind) != group_of(named_key)):
        return None  # a city among countries, a country among cities: the gazetteer knows every country
    if key_class and other_class and not key_class & other_class and answer_type is AnswerType.TERM:
        return None  # an adjective among nouns ("igneous" for "crust"), a verb for a noun
    if answer_type is AnswerType.PERSON and origin == POOL and key_group in _RANKS and group != key_group:
        return None  # "Queen ____", "Pope ____", "the admiral ____": an entry of the author's person pool only
        # when the lists or the deck's own facts give it that rank (a revolutionary is no queen)
    if origin == POOL and strict and (key_kind or key_listed) and \
            not (key_listed and _kind_group(key_listed) == _kind_group(kind)):
        return None  # the lists know the author's entry as another kind than the key (a writer for a heroine)
    score = 0.0
    weak_tie = False
    same_kind = bool(key_kind and kind and (key_kind == kind or key_group and key_group == group))
    if key_kind and kind:
        if key_kind == kind:
            score += 3
        elif same_kind and not (key_strict or strict):
            score += 2
        elif origin == POOL and strict and not key_strict and (same_kind or not (key_group and group)):
            pass  # only the lists know the author's entry's kind: a role noun of its group does not exclude it
        elif (key_group and group) or key_strict:
            return None
    elif key_kind and key_strict and (origin != POOL or named and group_of(named) != key_group):
        return None
    elif key_kind and key_group and origin == DECK:
        weak_tie = True  # the stem names a kind, and nothing says this answer is one
    if named_key and named:
        if named_key != named:
            return None
        score += 2
    elif (named_key or named) and answer_type is AnswerType.PLACE:
        # a country for a river, a river for a lake: one known, the other not of that kind
        known = named_key or named
        other_kind = kind if named_key else key_kind
        if other_kind and group_of(other_kind) and group_of(other_kind) != group_of(known):
            return None
    if gender and gender != other_gender and (origin == DECK or other_gender or answer_type is AnswerType.PERSON):
        return None  # the stem says "she" (or "King", "the first woman"): only answers known to be the same fit
    if plural is not None and other_plural is not None and plural != other_plural:
        return None
    (key_gloss, key_vocab), (gloss, vocab) = key_gloss, gloss
    if (key_gloss or gloss) and key_gloss != gloss and (origin == DECK or key_gloss and key_gloss[0] == "pair"):
        return None  # a noun for a verb, an English gloss for a Spanish word
    if origin == DECK and _vocab_conflict(key_vocab, vocab):
        return None  # English among French, a plural among singulars, an adverb among nouns
    if key_determiner and (key_gloss or key_vocab) and determiner != key_determiner:
        return None  # a vocabulary noun learnt with its article: "la porte" is no option for "le chien"
    if article and other_article != article:
        return None
    # Form: a letter code for a code, a name for a name, the same case (a capital that only opens
    # a sentence says nothing).
    if (key_form == "code") != (form == "code") and answer_type is not AnswerType.PLACE and not (
            answer_type is AnswerType.ORGANIZATION and origin in (POOL, KIND_POOL)):
        return None  # a letter code for a code ("D", "Fe"; "NATO" from the lists); the author's "NASA" beside "Roscosmos"
    if answer_type is AnswerType.PERSON and key_form == "name" and form not in ("name", "proper"):
        return None
    if key_upper != upper and not (key_upper and key_initial or upper and initial and not others_upper):
        return None
    if abs(key_words - words) >= 3:
        return None
    score -= 0.4 * abs(key_words - words) - _BONUS.get(origin, 0.0)
    # A plural common noun for a plural one ("platelets", not "haemoglobin"); proper names have none.
    if key_rest_lower and rest_lower and not (key_upper and upper) and key_plural != other_plural_form:
        return None
    # A vocabulary fact's gloss is its role ("The French for '...' is ____"); a quotation in another
    # stem ("the 'Moonlight' Sonata") says nothing of the answer's kind.
    vocabulary = key_vocab is not None and bool(key_vocab[0])
    tied = same_kind or origin in (POOL, KIND_POOL, DATA) or bool(named_key and named) or key_gloss is not None \
        and key_gloss == gloss and (key_gloss[0] == "pair" or vocabulary) or vocabulary and key_vocab == vocab
    flags = (0 if tied else _NEEDS_TIE) | (_WEAK_TIE if weak_tie and not (named_key and named) else 0)
    if origin == DECK and (answer_type is AnswerType.TERM or not same_kind):
        flags |= _TERM_OR_OTHER_KIND
    if answer_type is AnswerType.PERSON and origin == DECK:
        flags |= _PERSON_FROM_DECK
    return score, flags


#: Groups of a rank or office a person holds, which an author's general person pool does not give its entries.
_RANKS = frozenset(("ruler", "noble", "military", "religious", "politician"))


def _kind_group(kind: str) -> str:
    """A kind's group, by its head noun ("prime minister" -> "politician"), else the kind itself."""
    return group_of(kind) or group_of(kind.split()[-1]) or kind


def _plural(text: str) -> bool:
    word = text.split()[-1].lower() if text.split() else ""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "os")) or word in ("alveoli", "villi",
                                                                                         "mitochondria", "bacteria")


def _article_for(text: str) -> str:
    word = normalize(text)
    return "an" if word[:1] in tuple("aeiou") and not word.startswith(("uni", "use", "one", "eu")) else "a"


def _display(target: Target, candidate: Answer) -> str:
    """The candidate as an option beside this key: a sentence-opening capital matches the key's."""
    text = candidate.text
    key = target.blank.answer
    if key[:1].isupper() and target.cues.initial and text[:1].islower():
        return text[:1].upper() + text[1:]
    if key[:1].islower() and candidate.initial and text[:1].isupper() and text[1:2].islower() and \
            not wordnet.capitalized(text):  # a name WordNet writes with its capital ("Broca's area") keeps it
        return text[:1].lower() + text[1:]
    return text
