"""Key terms that are ordinary noun phrases ("steam explosion", "thylakoid membranes", "lumen").

No tagger: a noun phrase is a run of lower-case content words between function words, verbs and
punctuation, with weak modifiers ("destructive", "subsequent", "late-night") trimmed from its
front and participles from its end. A phrase becomes a candidate blank when the sentence defines
it ("is called the lumen", "also called dark reactions", "the light-dependent reactions, or
photoreduction,"), places something in it ("located in the stroma"), or is a compound of two or
three words ("steam explosion", "g-forces": a term of art more often than not). A lone common
noun ("the mission") is never one: without a dictionary, it can't be told from a key term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from quizgen.draft import gazetteer as gz
from quizgen.draft import words as dictionary

#: A word of English letters; not a piece of a word with other letters in it ("n" and "hvalr" of "náhvalr").
_WORD = re.compile(r"(?<![^\W\d_])(?:[A-Za-z][A-Za-z'’-]*[A-Za-z0-9+]|[A-Za-z])(?![^\W_])")
#: Cues right before a single word that say it is where something happens ("located in the stroma").
_PLACING = re.compile(
    r"\b(?:(?:located|occurs?|occurred|takes? place|took place|found|stored)\s+(?:in|on|into|inside)|(?:is|are|was|were|be|been) used\s+(?:in|as|for)"
    r"|built\s+(?:on|upon)|(?:filled|packed|lined|coated)\s+with|(?:isolated|sealed|shielded|cut off)\s+from|layers?\s+of"
    r"|(?:created|creates|caused|causes|triggered|triggers|generated|generates|sparked|sparks|set off|sets off)\s+(?:a|an|the)"
    r"|(?:become|became|becomes|becoming)\s+(?:a|an))"  # what someone became: "his dream of becoming a {pianist}"  # what an event set off: "created a huge {wave}"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed\s+)?$"
)  # what a thing is built on, filled with, cut off from, a layer of: "built on closely spaced {oak posts}"  # "stored in the stroma"; what a thing is used in or as: "silicon was used in radar as a detector"
#: A hyphenated verb and particle used as a noun ("go-ahead", "lead-up", "break-in").
_PHRASAL = re.compile(r"^[a-z]+-(?:ahead|up|out|off|in|down|over|back|away|through|on)$", re.IGNORECASE)
#: Cues that say a phrase is the method or the cause of something ("determined through radiocarbon
#: dating", "caused by the gravitational pull").
_METHOD = re.compile(
    r"\b(?:(?:determined|measured|dated|established|confirmed|shown|found|obtained)\s+(?:through|by means of|using|via|by)"
    r"|(?:caused|driven|produced|powered)\s+by|due\s+to|(?:the\s+)?result\s+of"
    r"|\bby\s+(?:using|imposing|applying|adding|heating|cooling|passing|mixing|measuring)"  # "by imposing an outside electric field"
    r"|\busing\s+(?:the\s+)?(?:process|technique|method)\s+of"  # "using the process of nuclear transfer"
    r"|(?:pressed|turned|turns|turn|converted|converts|changed|changes|compacted|transformed|transforms)\s+into)\s+(?:the\s+|a\s+|an\s+)?$"
)
#: Cues right before a term that say the sentence names or defines it, or what a thing is made of
#: ("built of pure iron", "in the form of light").
_DEFINING = re.compile(
    r"(?:\b(?:called|known as|named|termed|referred to as|such as|identifying it as|(?:identified|recognized|recognised|classified|confirmed) (?:it|them|him|her) as|"
    r"(?:made|built|composed|formed)(?: (?:mainly|mostly|largely|primarily|chiefly|entirely|partly))? (?:of|from)|consists of|consisting of|in the form of|formed by|"
    r"(?:the )?(?:world['’]s )?first-ever|(?:credited|regarded|hailed|described|remembered|recognized|recognised|considered|known) as (?:the )?(?:world['’]s )?first|"
    r"\b(?:a|an)\s+(?:[a-z-]+\s+)?(?:species|type|kind|sort|variety|genus|breed) of|"
    r"\bthe (?:discovery|invention|isolation|synthesis) of)|,\s+or)"  # "the discovery of induced pluripotent stem cells"
    r"\s+(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)
#: A measure or an analogy names what it compares with: "about the size of a continent", "as heavy as
#: an elephant", "the world's first ...".
_MEASURE = re.compile(
    r"\b(?:(?:size|mass|weight|width|length|height|diameter|area|volume|age|temperature|shape) of|"
    r"as (?:big|large|small|heavy|tall|long|wide|old|hot|cold|bright|fast) as|world['’]s first)\s+(?:a|an|the)?\s*$"
)
#: Right after a phrase, a determiner or a clause: the phrase's last word was its verb ("historians debate whether").
_AFTER_VERB = re.compile(r"\s+(?:the|a|an|whether|that|if|how|why|what|its|their|his|her|this|these|those|some|no|each)\b")
#: "X is the Y": defines Y only when Y is a compound ("is the electron transport chain"); a lone
#: noun there is a relation ("is the source of", "was the capital of"), not a term.
_COPULAR = re.compile(r"\b(?:is|are|was|were) (?:the|a|an)\s+$", re.IGNORECASE)
MAX_WORDS = 3
#: Words that end a run of content words without being its noun ("with the moon's pull alone").
_NO_NOUN_ENDS = frozenset("alone together apart instead ahead away too again else inside outside beneath behind within".split())
#: Words that close "it is a ..." without naming anything ("it is a first").
_NO_HEADS = frozenset("first last best worst next only same one".split())
_ADJECTIVE_END = re.compile(r"(?:ous|ful|able|ible|ific|ical)$")


@dataclass(frozen=True, slots=True)
class Phrase:
    start: int
    end: int
    text: str
    defined: bool
    placed: bool = False  # the sentence says something happens in it, or is done by it
    copular: bool = False  # after "is the": a compound, or a lone noun that ends the clause
    coordinated: bool = False  # one half of "X and Y": a half is never a blank, the whole may be


def phrases(text: str) -> Iterator[Phrase]:
    """The noun phrases of a sentence, trimmed, with whether the sentence defines them; the two
    halves of a coordination ("dust and ice", "the original guest and staff registers") are marked,
    and the whole is a phrase of its own where a cue defines it ("formed by dust and ice")."""
    speech = [m.span() for m in re.finditer(r"[\"“][^\"“”]*[\"”]", text) if len(m.group().split()) >= 5]
    found = [p for p in _phrases(text) if not any(a <= p.start < b for a, b in speech)]  # words of a quoted speech are no terms
    halves: set[int] = set()
    wholes: list[Phrase] = []
    for i, (left, right) in enumerate(zip(found, found[1:])):
        if text[left.end : right.start] in (" and ", " or "):
            halves |= {i, i + 1}
            if left.defined and len(left.text.split()) + len(right.text.split()) <= 4 and not _LIST_CUE.search(text[: left.start]):
                wholes.append(Phrase(left.start, right.end, text[left.start : right.end], True, left.placed))
    for i, phrase in enumerate(found):
        yield Phrase(phrase.start, phrase.end, phrase.text, phrase.defined, phrase.placed, phrase.copular, i in halves)
    yield from wholes


def _phrases(text: str) -> Iterator[Phrase]:
    run: list[re.Match[str]] = []
    for match in _WORD.finditer(text):
        if run and not _adjacent(text, run[-1], match):
            yield from _close(text, run)
            run = []
        if _content(match.group()) or run and _noun_after_adjective(run[-1].group(), match.group()):
            run.append(match)
        else:
            yield from _close(text, run)
            run = []
    yield from _close(text, run)


def _noun_after_adjective(previous: str, word: str) -> bool:
    """A word listed as a verb is the noun of its phrase after a word that can only be an adjective
    ("the process of nuclear {transfer}", "its rapid growth"): an adjective goes with a noun."""
    lower = word.lower()
    return (
        word[0].islower() and (lower in gz.COMMON_VERBS or lower in gz.VERB_FORMS) and lower not in gz.FUNCTION_WORDS
        and dictionary.only_adjective(previous.lower()) and dictionary.NOUN in dictionary.classes(lower)
    )


def _verb_like(text: str, word: re.Match[str]) -> bool:
    """A participle opening a run after a word that is no determiner: "Fleming was conducting experiments"."""
    before = re.findall(r"[A-Za-z]+", text[: word.start()])
    return not before or before[-1].lower() not in {"a", "an", "the", "of", "its", "their", "his", "her"}


def _adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    return text[left.end() : right.start()] == " "


def _content(word: str) -> bool:
    lower = word.lower()
    return (
        word[0].islower()
        and lower not in gz.FUNCTION_WORDS
        and lower not in gz.COMMON_VERBS
        and lower not in gz.VERB_FORMS
        and lower not in gz.NUMBER_WORDS
        and not lower.endswith("ly")
        and not re.search(r"['’]", word)
    )


def _close(text: str, run: list[re.Match[str]]) -> Iterator[Phrase]:
    words = list(run)
    if any(_PHRASAL.search(w.group()) for w in words):
        return  # "the go-ahead", "the lead-up": a verb and its particle, not a term
    while words and words[0].group().split("-")[0].lower() in gz.NUMBER_WORDS:
        words.pop(0)  # "a three-quarter phase": a fraction or a count, not part of a term
    while words and (re.search(r"(?:ed|ing)$", words[-1].group()) and words[-1].group() not in gz.ING_NOUNS
                     or words[-1].group().lower() in _NO_NOUN_ENDS):
        words.pop()  # "the reactor operators arranging": a participle is no head; "the moon's pull alone"
    while len(words) > 1 and re.search(r"[A-Z][\w'’-]*\s+$", text[: words[0].start()]) and dictionary.classes(words[0].group().lower()) == {
        dictionary.VERB
    } and dictionary.past_form(words[0].group()):
        words.pop(0)  # "Anning sold shells": after a name, a past form is its verb
    for i in range(1, len(words)):
        word = words[i].group()
        if words[i - 1].group()[0].isupper() and dictionary.classes(word.lower()) == {dictionary.VERB} and dictionary.past_form(word):
            yield from _close(text, words[:i])
            yield from _close(text, words[i + 1 :])
            return  # "the young Anning sold shells": a verb's past form, and nothing else, ends the subject
        if i == len(words) - 1:
            break
        if word.endswith("s") and not words[i - 1].group().endswith("s") and dictionary.can_be_verb(word) and not run[0].start() == 0:
            yield from _close(text, words[:i])
            yield from _close(text, words[i + 1 :])
            return  # "the sun pulls water away": a subject, its verb and its object are no term
    if words and words[-1].group().lower() in _CLASSIFIERS and text.startswith(" of ", words[-1].end()):
        return  # "a primitive species of lobe-finned fish": the kind is named after "of", the classifier is no term
    if len(words) > 1 and _subject_and_verb(text, words[-2].group(), words[-1]):
        words.pop()  # "as the ventricles relax, ...", "when a comet heats up": a subject and its verb
    agrees = len(words) > 1 and words[-1].group().endswith("s") and not words[-2].group().endswith("s")
    determined = bool(run) and re.search(
        r"\b(?:a|an|the|this|that|its|their|his|her|our|each|every|of|in|on|at|from|with|by|for|into)\s+$", text[: run[0].start()], re.IGNORECASE
    ) or bool(run) and _DEFINING.search(text[: run[0].start()])
    # after a determiner or a preposition the run is a noun phrase: "pieces of comet dust no larger"; after
    # a naming cue too: "pieces called tectonic plates that fit together"
    if len(words) > 1 and words[-1].group().endswith("s") and not words[-2].group().endswith("s") and dictionary.can_be_verb(words[-1].group()):
        following = re.match(r" and ([a-z]+s)\b", text[words[-1].end():])
        if following and dictionary.can_be_verb(following.group(1)):
            words.pop()  # "the volatile ice warms and releases gases": a subject and its verbs
    if len(words) > 1 and not determined and dictionary.can_be_verb(words[-1].group()) and (
        _AFTER_VERB.match(text[words[-1].end():]) or agrees and _AFTER_VERB.match(text[words[-1].end():].replace(",", "", 1))
    ):
        words.pop()  # "historians debate whether": the subject and its verb are no term ("a routine
        # pressure test that ...", after a determiner, is a noun phrase and its clause)
    before = text[: run[0].start()] if run else ""  # the cue stands before any weak modifier: "built of pure iron"
    if len(words) > 1 and _SUBJECT_BEFORE.search(before) and dictionary.can_be_verb(words[0].group()):
        words.pop(0)  # "he rarely grants interviews", "they built boats": after its subject, a word that can be a verb is one
    if len(words) > 1 and re.search(r"\b(?:that|which|who)\s+$", before) and dictionary.can_be_verb(words[0].group()):
        words.pop(0)  # "the pigments that trap light": a relative clause's verb is no modifier
    named = bool(_DEFINING.search(before)) and not _LISTED_OR.search(before) or bool(
        words and re.search(r"\bthe world['’]s\s+$", before) and re.fullmatch(r"first|only", words[0].group())
    )  # "Dolly, the world’s first cloned mammal": the first or only one of a kind names what the subject is
    formed = named and len(words) == 1 and bool(re.search(r"\bformed (?:by|from|of)\s+(?:the\s+|a\s+|an\s+)?$", before)) \
        and not re.match(r"\s+(?:and|or)\s", text[words[0].end():])  # "formed by dust and ice" is one blank
    named = named and not formed  # "fragments ... formed by impacts": a lone noun says how, it names nothing
    while words and (
        words[0].group().lower() in gz.WEAK_MODIFIERS
        or len(words) > MAX_WORDS + (1 if named else 0)  # a named term may be four words ("induced pluripotent stem cells")
        or re.search(r"(?:ed|ing)$", words[0].group()) and words[0].group().lower() not in gz.ING_NOUNS
        and len(words) > 1 and _verb_like(text, words[0]) and not named
    ):
        words.pop(0)
    if named:
        pass  # a phrase the sentence names is taken whole ("called self-organized criticality")
    elif len(words) >= 3 and "-" in words[0].group() and not _COPULAR.search(before):
        words.pop(0)  # "late-night safety test" -> "safety test"; what a thing is keeps its kind ("is a
        # {wrought-iron lattice tower}", "is the {most-visited paid monument}")
    elif len(words) == 2 and "-" in words[0].group():
        if re.search(r"(?:ed|ing|ent|ant|ive|ous|ful|less|able)$", words[0].group()):
            return  # "fluid-filled area", "light-dependent reactions": a description, not a term
        words.pop()  # "zero-gravity training": the modifier is what the sentence tells
    caused = bool(_METHOD.search(before)) and len(words) > 1  # "caused by the gravitational interaction": a cause names
    if not words or words[-1].group().lower() in gz.GENERIC_NOUNS and not caused or _ADJECTIVE_END.search(words[-1].group()):
        return  # "a larger scientific (and educational project)": an adjective is no head
    if len(words) == 1 and not named and dictionary.only_adjective(words[0].group().lower()):
        return  # "the process of nuclear transfer": a lone adjective is no head (its noun was read as a verb)
    start, end = words[0].start(), words[-1].end()
    if re.search(rf"(?:\d|\b(?:{'|'.join(sorted(gz.NUMBER_WORDS))}))\s*$", text[:start], re.IGNORECASE):
        return  # "155,000 square kilometers": the unit of a number, not a term
    if re.match(r",? [A-Z“\"]", text[end:]):
        return  # "the war film Battle for Sevastopol", "space agency Roscosmos": a name's category
    # "... is the stroma, where ...": a lone noun closing the clause is named; "is the source of" relates
    related = re.match(r"\s+(?:of|for|to|in|on|at|with|between|behind|that|who|which|than)\b", text[end:])
    lone = len(words) == 1
    copular = bool(_COPULAR.search(before)) and not (lone and (related or words[0].group().lower() in _NO_HEADS))
    copular = copular or not lone and bool(re.search(r"^(?:[A-Z][a-z]+|(?:The|A|An) [a-z]+)(?: [a-z]+)? (?:are|were)\s+$", before))
    # "Asteroids are minor planets": a plural subject and the compound it is
    placed = placed_after(before) or formed
    yield Phrase(start, end, text[start:end], named, placed, copular)


#: ", or" closing a list ("tan, gray, or blue") is no restatement ("the aurora, or northern lights").
_LISTED_OR = re.compile(r"\b[a-z]+, [a-z]+(?: [a-z]+)?, or\s+$")


def placed_after(before: str) -> bool:
    """The text before a phrase says where or how something happens, or what it measures against
    ("located in the", "caused by", "about the size of an")."""
    return bool(_PLACING.search(before) or _METHOD.search(before) or _MEASURE.search(before))


#: A subject pronoun, perhaps with an adverb, right before a run: the run starts with its verb.
_SUBJECT_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou)\s+(?:[a-z]+ly\s+)?$")
#: Nouns that classify what follows their "of": "a species of lobe-finned fish", "a type of rock".
_CLASSIFIERS = frozenset("species type kind sort variety genus breed".split())
#: What may follow a verb that ends its clause: a stop, or a particle ("heats up", "flow into").
_CLAUSE_AFTER_VERB = re.compile(
    r"[,.;:!?]| (?:up|down|out|off|away|back|into|in|to|from|through|on|for|among|at|with|over|around|across|along|toward|towards)\b"
    r"| [a-z]{3,}ly\b"
)  # "the swarm hangs on a branch", "scouts look for a home", "antigens circulate among the cells"


def _subject_and_verb(text: str, before: str, last: re.Match[str]) -> bool:
    """The last two words of a run are a subject and its verb, not a compound: a plural noun and a
    word that can be a verb, the clause ending there ("the ventricles relax,"); or a word that is
    only a verb in its -s form, or one before a particle ("a comet heats up", "the water flows out")."""
    word = last.group()
    if not _CLAUSE_AFTER_VERB.match(text, last.end()):
        return False
    plural = before.endswith("s") and not before.endswith("ss") and dictionary.NOUN in dictionary.classes(before)
    if plural and not word.endswith("s") and dictionary.can_be_verb(word):
        return True
    particle = re.match(r" (?:up|down|out|off|away|back)\b", text[last.end() :])
    return word.endswith("s") and not before.endswith("s") and (
        dictionary.classes(word) == {dictionary.VERB} or particle is not None and dictionary.can_be_verb(word)
    )


def rank(phrase: Phrase) -> int:
    """How good a blank the phrase is: 5 defined, 3 placed (where something happens), 2 a compound
    ("steam explosion", "g-forces"), 0 not a candidate (a lone common noun: "the mission")."""
    key = phrase.text.lower()
    words = key.split()
    if phrase.copular and not phrase.defined and any(w in gz.EVALUATIVE for w in re.split(r"[ -]", key)):
        return 0  # "is a {favored pet}": a judgement, not what the thing is
    if phrase.defined or phrase.copular:
        return 5
    if phrase.coordinated or any(w in gz.EVALUATIVE for w in re.split(r"[ -]", key)):
        return 0  # "the {original guest} and staff registers", "a {landmark moment}"
    if phrase.placed:
        return 3
    if len(words) >= 2 or "-" in key:
        return 2  # "steam explosion", "g-forces"
    return 0


#: Word endings of adjectives, and common adjectives: "cultural relics", "high tides" describe; a
#: compound of two nouns ("steam explosion", "safety test", "thylakoid membranes") names a thing.
_ADJECTIVE = re.compile(r"(?:al|ic|ical|ive|ous|ful|ing|ed|ant|ent|ary|ory|ish|less|ible|able|ian|ese)$")


_ORDINALS = frozenset("first second third fourth fifth last earliest latest".split())


def describes(text: str) -> bool:
    """A phrase whose modifiers describe (an adjective before its noun), or a lone hyphenated adjective."""
    words = text.split()
    modifiers = [w for w in words[:-1] if w.lower() not in _ORDINALS] if len(words) > 1 else []
    if not modifiers:
        return False
    return any(
        dictionary.only_adjective(m) or m.lower() in gz.COMMON_ADJECTIVES or not dictionary.known(m) and _ADJECTIVE.search(m.lower())
        for m in modifiers
    )  # "chemical energy", "antibiotic drug": a word that is a noun too still names


#: A sentence that defines its own subject: "Spring tides are the highest tides ...", "The stroma
#: is the fluid ...", "A blue moon happens when ...", "Neap tides occur during ...".
_DEFINED_SUBJECT = re.compile(
    r"^(?:(?:The|A|An) )?(?P<term>[A-Za-z][a-z]+(?:[ -][a-z][a-z-]*){0,2})"
    r"(?:,[^,]{1,30},)?\s+(?:"
    r"(?P<copula>(?:is|are|was|were)\s+(?:(?:a|an|the|one of the)\s+(?!\d)|(?:[a-z]+ly\s+)?[a-z]+\s+[a-z]+s\b))"
    r"|(?:happens?|occurs?|takes? place|forms?)\s+(?:just |only |usually |mostly |always )?(?:when|after|before|during|if|as)\b"
    r"|(?P<used>(?:is|are)\s+(?:often |usually |also |then )?used\s+(?:to|for)\b)"
    r"|(?P<plural>(?<=[a-rt-z]s )are\s+(?=[a-z]{3,}(?<!ss)s\b))"  # "Faults are fractures in ...": a plural kind and what kind it is  # "A stethoscope is used to listen ...": an instrument and its use
    r")"
)


def defined_subject(text: str) -> Phrase | None:
    """The subject the sentence defines, if it does (see _DEFINED_SUBJECT): a common noun phrase,
    not a name ("Paris is the capital ..."), a pronoun or a function word. `copular` tells "X is a
    Y" (X is the answer) from "X occurs when ..." (the when may be)."""
    match = _DEFINED_SUBJECT.match(text)
    if match is None:
        return None
    words = match.group("term").split()
    first = words[0]
    if first in gz.SENTENCE_STARTERS or first in gz.PLACES or first in gz.DEMONYMS or first in gz.CELESTIAL or first in gz.MONTHS:
        return None
    if not all(_content(w.lower()) for w in words):
        return None  # "It is", "This is": nothing defined
    if match.start("term") > 0 and first[0].isupper() or len(words) == 1 and not dictionary.known(first):
        return None  # "The Eiffel Tower is ...", "Cadiz is the most ancient city ...": a name
    if any(w.lower() in gz.GENERIC_NOUNS for w in words[-1:]):
        return None
    if len(words) == 1 and match.start("term") > 0 and re.match(r"\s+(?:is|are|was|were)\s+(?:the|a|an)\s+(?:[a-z]+\s+)?(?:result|product|outcome|work|subject|focus|source|cause|reason|first|latest|culmination|fruit)\b", text[match.end("term"):]):
        return None  # "The report is the result of ...": "the" + one noun points back to what came before
    # "X is a Y" defines X; in "X occurs when ..." the when is news as much as the X
    return Phrase(match.start("term"), match.end("term"), match.group("term"), True, copular=bool(match.group("copula") or match.group("used") or match.group("plural")))


#: A cue before a list of examples or kinds: "such as", "including", "e.g.", or a colon ("three
#: main types: ..."); after a list, a copula naming what its items are ("... are the primary threats").
_LIST_CUE = re.compile(
    r"(?:\b(?:such as|such [a-z]+(?: [a-z]+)? as|including|includes|include|e\.g\.,?|namely|like|used as|used in|used for|"
    r"eats?|ate|feeds? on|fed on|preys? on|consists? of|made (?:up )?of|composed of)|:"  # "such body parts as", what it eats or is made of
    r"|\b(?:is|was|are|were) (?:an?|the)(?: [A-Z][a-z]+)?)\s+(?:the\s+)?$",  # "was an English fossil collector, dealer and palaeontologist"
    re.IGNORECASE,
)
#: A count of things and a comma, the things named after it: "discovered two chemical elements, polonium and radium".
_COUNTED_THINGS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten) (?:[a-z-]+ ){0,2}[a-z]+s,$")
_LIST_NAMED = re.compile(r"\s+(?:are|were)\s+(?:the|among|found|common|examples|called|known|types|kinds)\b")
_ITEM_WORD = r"(?!(?:" + "|".join(sorted(gz.FUNCTION_WORDS | gz.COMMON_VERBS | gz.VERB_FORMS | {"cannot"}, key=len, reverse=True)) + r")\b)[a-z][a-z-]*"
_ITEM = rf"{_ITEM_WORD}(?: {_ITEM_WORD}){{0,2}}"
_LIST = re.compile(rf"(?<![\w-])(?:{_ITEM})\0*(?:, (?:{_ITEM})\0*)+,? (?:and|or) (?:{_ITEM})\0*|(?<![\w-])(?:{_ITEM})\0* (?:and|or) (?:{_ITEM})\0*")
_QUANTIFIERS = frozenset("most many some all several few both".split())
MAX_ITEMS = 6


#: After two nouns opening a sentence, what makes them its subject: an optional phrase saying whose
#: or by whom ("by humans"), then a plural verb ("have reduced", "were", "threaten", "destroyed").
_PAIR_VERB = re.compile(
    r"(?:\s+(?:by|of|from|in)\s+[a-z]+(?:\s+[a-z]+)?)?\s+"
    r"(?:(?:have|had|are|were|can|could|may|might|will|would|still|also|both|together)\s+)*"
    r"(?:have|had|are|were|[a-z]{3,}ed|(?:threaten|cause|destroy|reduce|kill|damage|harm|affect|make|help|lead|drive)s?)\b"
)


def _subject_pair(text: str, start: int, spans: list[tuple[int, int]], after: str) -> bool:
    """Two nouns opening the sentence are its subject, each a blank: "{Pollution} and {overhunting}
    by humans have reduced ...". Each must be a noun of one word, and a plural verb must follow."""
    nouns = [text[a:b].lower() for a, b in spans]  # a lower-case word the dictionary lacks is a noun too ("overhunting")
    if start != 0 or not all(" " not in w and (dictionary.NOUN in dictionary.classes(w) or not dictionary.known(w)) for w in nouns):
        return False
    return bool(_PAIR_VERB.match(after.replace("\0", "")))


def list_items(text: str) -> list[tuple[int, int, str]]:
    """The items of a list of kinds or examples the sentence names (start, end, text): three or
    more noun phrases ("X, Y and Z") after a cue or before a copula saying what they are ("three
    main types: divergent boundaries (...), convergent boundaries (...), and transform
    boundaries"; "Climate change, pollution and fishing are the primary threats"), or two after
    "such as" or "including" ("such as germanium and silicon"). Each item is a blank of its own; items
    sharing their last noun ("... boundaries") are told apart by what comes before it ("{divergent}")."""
    masked = re.sub(r"\s*\([^()]*\)", lambda m: "\0" * len(m.group()), text)
    if masked[:1].isupper():
        masked = masked[0].lower() + masked[1:]  # "Climate change, pollution ...": the first word of the sentence
    found: list[tuple[int, int, str]] = []
    for match in _LIST.finditer(masked):
        items = [(m.start() + match.start(), m.end() + match.start()) for m in re.finditer(r"(?:(?<=^)|(?<=, )|(?<=and )|(?<=or ))(?!(?:and|or) )[a-z][a-z -]*?(?=\0|,|$| and | or )", match.group())]
        spans: list[tuple[int, int]] = []
        cued_inside = False
        if len(items) >= 3 and _COUNTED_THINGS.search(masked[: items[0][1] + 1]):
            items, cued_inside = items[1:], True  # "two chemical elements, polonium and radium": the count announces them
        for index, (start, end) in enumerate(items):
            words = text[start:end].split()
            for cut in range(1, len(words)) if index == 0 else ():
                after_cue = start + len(" ".join(words[:cut])) + 1
                if _LIST_CUE.search(masked[:after_cue]):  # "the fox eats insects, worms ...": the cue inside the first run
                    start, words, cued_inside = after_cue, words[cut:], True
                    break
            while index == 0 and len(words) > 1 and words[0].lower() in _QUANTIFIERS | gz.FUNCTION_WORDS:
                start += len(words.pop(0)) + 1  # "Most earthquakes, volcanoes, and mountain ranges"
            if not words or not all(_content(w.lower()) or "-" in w and w[:1].islower() for w in words):
                break
            spans.append((start, start + len(" ".join(words))))
        else:
            before, after = masked[: match.start()], masked[match.end() :].lstrip("\0")
            cued = cued_inside or bool(_LIST_CUE.search(before))
            enough = len(spans) >= 3 and (cued or _LIST_NAMED.match(after)) or len(spans) == 2 and (cued or _subject_pair(text, match.start(), spans, after))
            if not enough or len(spans) > MAX_ITEMS:
                continue
            heads = {text[a:b].split()[-1].lower() for a, b in spans}
            if len(spans) == 2 and " " not in text[spans[0][0] : spans[0][1]] and dictionary.only_adjective(text[spans[0][0] : spans[0][1]].lower()):
                found.append((spans[0][0], spans[1][1], text[spans[0][0] : spans[1][1]]))
                continue  # "the large and robust embryos": two adjectives of one noun, one answer
            if len(heads) == 1 and all(len(text[a:b].split()) == 2 for a, b in spans):
                spans = [(a, a + text[a:b].rindex(" ")) for a, b in spans]  # "divergent boundaries" -> "divergent"
                # (not "red blood cells and white blood cells": "{red blood}" cuts a compound)
            found += [(a, b, text[a:b]) for a, b in spans]
    return found
