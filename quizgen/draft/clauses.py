"""The parts of a declarative sentence: its subject, its verb group, and the phrase that carries
what the sentence states about the subject (the object, the complement, the agent).

A small rule chunker over word classes (LemmInflect's dictionary, `words.py`), no tagger: the main
clause is what is left after an opening subordinate clause or phrase ("When light passes ..., ",
"Inside the raindrop, ") and a reporting frame ("Witnesses said ..."); its verb group is the first
auxiliary, or the first word that can be a verb right after a noun; the content phrase is then

- the agent of a passive ("are preyed upon by {leopards}"),
- the object of a preposition right after a passive or an intransitive verb ("is split into a
  {spectrum of different colors}", "act as a {mirror}", "browses on {leaves}"),
- the object of a transitive verb ("engulfed the {spire}"),
- the complement of "be": a noun phrase (the definiens: "is the {use of sound waves}"), a placing
  phrase ("must be {behind the viewer}"), or an adjective ("is {airborne}"),
- the subject of a passive with nothing after it ("{Bronze statues} were removed last week").

A noun phrase runs over adjectives and nouns, one "of" phrase ("{back of the raindrop}") and one
"and"/"or" of two short halves ("{neck and legs}"); its determiner stays out. This is what a
teacher blanks in a description or a definition of everyday words, where no name, number or
defined term is in the sentence.

`plain_statement` is the tone test built on it: a sentence states plainly when it does not speak to
the reader or of the writer, quote, judge or point back ("This has ..."), and has such a clause; the
drafter keeps an exclamation only when it states plainly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.draft import gazetteer as gz
from quizgen.draft.words import ADJ, ADV, NOUN, VERB, can_be_verb, classes, only_adjective, past_form, singulars

_TOKEN = re.compile(r"[A-Za-z0-9][\w'’-]*|[^\w\s]")
_BE = frozenset("is are was were be been being am".split())
_MODALS = frozenset("do does did can could may might must will would shall should cannot".split())
_AUX = _BE | frozenset("has have had do does did can could may might must will would shall should cannot".split())
_DETERMINERS = frozenset(
    "the a an its their his her our this these those that some any each every all both many several much no "
    "such another other most".split()
)
_ADVERBS = frozenset("not also still often usually always never once already then just only even now mostly sometimes "
                     "generally typically easily quickly rapidly slowly gradually finally eventually first later "
                     "actually really very highly largely mainly simply".split())
_PARTICLES = frozenset("up out off down back away over".split())
#: Prepositions whose object is the content of a clause ("act as a mirror", "split into a spectrum").
_CONTENT_PREPOSITIONS = frozenset("as into of on with from in by to through for at toward towards upon onto".split())
#: Prepositions of place: kept with their object after "be" ("must be behind the viewer").
_PLACING = frozenset("behind above below beneath under inside outside near beside between among within".split())
#: Prepositions of where a thing is on another ("patches around the eyes"): a second phrase to ask.
_AROUND = frozenset("around over across along".split())
_SUBORDINATORS = frozenset(
    "when while although though if as because since after before once until unless whereas whenever where".split()
)
#: Verbs whose clause reports, judges or feels rather than states (their object is no fact).
_FRAMING_VERBS = frozenset(
    "say says said tell tells told think thinks thought believe believes believed know knows knew seem seems seemed "
    "sound sounds sounded feel feels felt hope hopes hoped want wants wanted wonder wonders wondered depend depends "
    "depended mean means meant like likes liked love loves loved".split()
)
_REPORTING = frozenset(
    "say said says report reported reports added adds explained explains noted notes stated states announced confirmed "
    "believe believes believed think thinks thought suggest suggests suggested argue argues argued estimate estimates estimated".split()
)
_RELATIVES = frozenset("that which who whom whose".split())
#: Heads that only relate their "of" phrase to the subject ("is a part of the story", "a result of"):
#: the "of" phrase is the content.
_RELATION_HEADS = frozenset(
    "part result kind type sort lot number piece example member variety series couple pair group range amount "
    "majority rest half form way one".split()
)
#: Heads that name or do what the phrase after their link says ("the generic term for", "a process involving").
_LIGHT_HEADS = frozenset("term name word label process procedure".split())
_LIGHT_LINKS = frozenset("for involving of called".split())
_TIME_WORDS = frozenset("last next this yesterday today earlier later recently soon then again".split())
#: Nouns of position and general nouns: alone, no answer ("at the top", "in a way").
_GENERAL_NOUNS = frozenset(
    "top bottom side sides end front back middle edge centre center part parts way ways time times place places "
    "thing things area areas lot lots kind sort type fact case point story history idea matter reason aspect".split()
)
_IDIOM_NOUNS = frozenset("order front spite terms addition means behalf favour favor regard respect".split())
_POSSESSIVES = frozenset("its their his her our my your".split())
_PRONOUNS = frozenset("it they he she we i you this that these those there one".split())
MAX_PHRASE_WORDS = 6


@dataclass(frozen=True, slots=True)
class Phrase:
    """`text[start:end]`, the phrase a teacher would blank, and answers it also accepts."""

    start: int
    end: int
    text: str
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")


#: Contractions read as their two words: "it's" is "it is", "can't" is "can not".
_CONTRACTION = re.compile(r"(?i)^(?P<stem>it|that|there|here|he|she|what|who|[a-z]+(?=n['’]t$))(?P<tail>['’](?:s|re|ll)|n['’]t)$")
_CONTRACTED = {"'s": "is", "'re": "are", "'ll": "will", "n't": "not", "ca": "can", "wo": "will", "sha": "shall"}


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for m in _TOKEN.finditer(text):
        split = _CONTRACTION.match(m.group())
        if split is None:
            tokens.append(_Token(m.start(), m.end(), m.group()))
            continue
        middle = m.start() + len(split.group("stem"))
        tokens.append(_Token(m.start(), middle, _CONTRACTED.get(split.group("stem").lower(), split.group("stem"))))
        tokens.append(_Token(middle, m.end(), _CONTRACTED[split.group("tail").lower().replace("’", "'")]))
    return tokens


#: Words of a sentence that speaks to the reader, quotes someone or judges, in which the clause's
#: phrase is no fact: first and second persons, quotation marks, an evaluative word.
_NOT_STATED = re.compile(
    rf"\b(?:I|me|my|we|us|our|you|your|[Ww]e['’]re|[Yy]ou['’]re|{'|'.join(sorted(gz.EVALUATIVE))}|amazing|magical|laughable|exceptional)\b|[“”\"]",
    re.IGNORECASE,
)
#: A main clause whose subject points back rather than names ("This has provided ...", "There are ...").
_DEICTIC_SUBJECT = re.compile(
    r"^(?:[^,]{0,60}, )?(?:(?:This|That|These|Those)\b(?! [a-z]+s? (?:is|are|was|were)\b)|(?:There|Here|No one|Nobody|Little|Such|In summary|In short|In conclusion|To sum up|Overall)\b"
    r"|(?:Some|Many|Most|Few|Several|Both|All|Others)\b(?= (?:are|is|were|was|have|has|can|may|do)\b))"
)


#: Everyone's "we" closing a noun phrase: "causing the shaking {we feel}", "the air we breathe.": a fact about
#: people in general, not the writer's voice.
EVERYONES_WE = re.compile(r"(?<=\bthe )(?P<noun>[a-z]{3,}) we [a-z]{3,}\b(?= *[,.;]|$)")


def plain_statement(text: str) -> bool:
    """The sentence states rather than greets, exclaims, quotes or speaks to the reader: no first or
    second person, no quotation marks, no evaluative word, no subject pointing back ("This has ..."),
    and a main clause with a phrase to ask (`content_phrases`)."""
    unquoted = _SCARE_QUOTES.sub(r"\g<words>", text)  # the perceived "dangerous" influences: a word set apart, no speech
    unquoted = EVERYONES_WE.sub(r"\g<noun>", unquoted)
    return not _NOT_STATED.search(unquoted) and not _DEICTIC_SUBJECT.match(text) and bool(content_phrases(text))


#: One or two words in quotation marks inside a sentence: a scare quote or a name, not a quotation.
_SCARE_QUOTES = re.compile(r"(?<=\w )[“\"](?P<words>[\w'’-]+(?: [\w'’-]+)?)[”\"](?= \w)")


def content_phrases(text: str) -> list[Phrase]:
    """The phrase carrying what a declarative sentence states (see the module docstring), and the
    object of the preposition right after it ("send out {sound waves} through the {nose or the mouth}");
    none when the main clause cannot be read or has no such phrase (an intransitive verb alone:
    "The crowd gasped")."""
    first = _content_phrase(text)
    if first is None:
        kind = _kind_subject(text)  # "{Killer T cells} gather and attack ...": the subject is all there is to ask
        return [kind] if kind is not None else []
    found = [first]
    tokens = _tokens(text)
    following = next((i for i, t in enumerate(tokens) if t.start >= first.end), None)
    if following is not None and tokens[following].lower in (_CONTENT_PREPOSITIONS - {"of", "to", "for", "as"}) | _PLACING | _AROUND:
        second = _noun_phrase(text, tokens, following + 1)
        if second is not None and second.start >= first.end and re.search(r"[a-z]{3,}", second.text):
            found.extend(_between(tokens[following].lower, second))
    agent = _RELATIVE_AGENT.match(text, found[-1].end)
    if agent is not None:  # "has short horns that are completely covered by {skin}": what the phrase is covered by
        third = _noun_phrase(text, tokens, next(i for i, t in enumerate(tokens) if t.start >= agent.end()))
        if third is not None and re.search(r"[a-z]{3,}", third.text):
            found.append(third)
    last = _second_predicate(text, found[-1].end)
    return [*found, last] if last is not None else found


def _between(preposition: str, phrase: Phrase) -> list[Phrase]:
    """What lies "between A and B" is two things, each an answer: "between a {new moon} and {first quarter}"."""
    parts = re.fullmatch(r"(?P<a>.+?) and (?:(?:a|an|the) )?(?P<b>[^,]+)", phrase.text)
    if preposition != "between" or parts is None or " and " in parts.group("b") or "," in parts.group("a"):
        return [phrase]
    b_start = phrase.start + parts.start("b")
    return [Phrase(phrase.start, phrase.start + parts.end("a"), parts.group("a")), Phrase(b_start, phrase.end, parts.group("b"))]


#: A relative clause of the phrase in the passive, to its agent: " that are completely covered by ".
_RELATIVE_AGENT = re.compile(r",? (?:that|which) (?:is|are|was|were)(?: [a-z]+ly)? [a-z]+(?:ed|en) by (?=[a-z])")


#: "and" opening a second verb phrase of the same subject: "... and have been successfully bred in ...",
#: "..., and supplements its diet with ...".
_AND_VERB = re.compile(r",? and (?=(?:(?:has|have|had|is|are|was|were|can|may|also|often|then|later|been|successfully) )*[a-z]{3,}\b)")


def _second_predicate(text: str, after: int) -> Phrase | None:
    """The phrase a second verb phrase of the main clause states ("Okapis have been exhibited in many
    zoos and have been successfully bred in {captivity}"): read as a clause of its own, "They" + the
    verb phrase; none when what follows "and" is a noun phrase (a list) or a new clause with its subject."""
    match = _AND_VERB.search(text, after)
    if match is None:
        return None
    rest = text[match.end():]
    head = rest.split(" ", 1)[0].lower()
    if head in _DETERMINERS or head in _PRONOUNS or not (head in _AUX or head in _ADVERBS or can_be_verb(head)):
        return None
    if head not in _AUX and head not in _ADVERBS and (NOUN in classes(head) or ADJ in classes(head)) and not head.endswith("s"):
        return None  # "... and fruit", "... and white": the list goes on
    prefix = "They "
    phrase = _content_phrase(prefix + rest)
    if phrase is None or phrase.start < len(prefix):
        return None
    shift = match.end() - len(prefix)
    return Phrase(phrase.start + shift, phrase.end + shift, phrase.text, phrase.alternatives)


def _kind_subject(text: str) -> Phrase | None:
    """The main clause's subject when it names a kind by a modifier and its noun ("{Killer T cells}
    gather and attack ...", "The {secondary rainbow} is usually seen above ..."): the thing a
    description is about, which a teacher asks as much as what it does. One word ("The okapi"), a
    pronoun, a name, a subject with a determiner other than "the" or a possessive is none."""
    text = _ASIDE.sub(lambda m: " " * len(m.group()), text)
    tokens = _tokens(text)
    start = _main_clause(tokens)
    if start is None:
        return None
    verb = _verb_index(tokens, start)
    if verb is None or verb - start < 2:
        return None
    group_end, _passive, copula = _verb_group(tokens, verb)
    if copula or tokens[verb].lower not in _AUX and any(can_be_verb(t.lower) for t in tokens[start + 1 : verb]):
        return None  # "The barn owl is not diurnal": what it is, not the owl, is asked; "The children make noises"
    subject = tokens[start:verb]
    while subject and subject[0].lower in _ADVERBS:
        subject = subject[1:]  # "Then suppressor T cells stop ..."
    if not subject or subject[0].lower in _DETERMINERS and subject[0].lower != "the":
        return None
    words = subject[1:] if subject[0].lower == "the" else subject
    if not 2 <= len(words) <= 4 or any(not _word(t) or t.lower in gz.FUNCTION_WORDS or t.lower in _PRONOUNS or t.lower.endswith(("'s", "’s")) for t in words):
        return None
    if any(t.text[:1].isupper() and not re.fullmatch(r"[A-Z](?:-[a-z]+)?", t.text) for t in words[1:]):
        return None  # a name; "T cells", "B-cells" are no names
    if any(can_be_verb(t.lower) and NOUN not in classes(t.lower) and ADJ not in classes(t.lower) for t in words):
        return None
    head = words[-1].lower
    if NOUN not in classes(head) and classes(head) or head in _GENERAL_NOUNS or words[0].lower in _VAGUE_MODIFIERS:
        return None
    return Phrase(words[0].start, words[-1].end, text[words[0].start : words[-1].end])


#: Modifiers that judge or only count rather than name a kind ("the beautiful sunsets", "Different vaccines").
_VAGUE_MODIFIERS = frozenset(
    "beautiful wonderful amazing great good bad nice best worst famous incredible different various other many "
    "several few most more less same certain such old new young small large big little long short tall high low "
    "huge tiny".split()  # ... and those of size and age: "The old town is built on ..." describes, names no kind
)


#: A discourse aside between commas ("Red light, for instance, has ..."): no part of the clause.
_ASIDE = re.compile(r", (?:for (?:instance|example)|however|in fact|of course|therefore|though|too|also|then|indeed|no matter how [a-z]+),")


def _content_phrase(text: str) -> Phrase | None:
    text = _ASIDE.sub(lambda m: " " * len(m.group()), text)  # offsets stay those of the sentence
    tokens = _tokens(text)
    start = _main_clause(tokens)
    if start is None:
        return None
    verb = _verb_index(tokens, start)
    if verb is None or verb == start:
        return None
    subject = tokens[start:verb]
    group_end, passive, copula = _verb_group(tokens, verb)
    if any(t.lower in _FRAMING_VERBS for t in tokens[verb:group_end]):
        return None
    if group_end >= len(tokens):
        return _subject_phrase(text, subject) if passive else None
    after = tokens[group_end]
    if passive:
        by = next((i for i in range(group_end, min(group_end + 3, len(tokens))) if tokens[i].lower == "by"), None)
        if by is not None:
            return _noun_phrase(text, tokens, by + 1)
        if after.lower in _CONTENT_PREPOSITIONS and not _infinitive(tokens, group_end):
            return _noun_phrase(text, tokens, group_end + 1)
        if tokens[group_end - 1].lower in {"called", "named", "termed"}:
            return _noun_phrase(text, tokens, group_end)  # "The first step is called {evaporation}"
        if not _word(after) or after.lower in _SUBORDINATORS or after.lower in _TIME_WORDS:
            return _subject_phrase(text, subject)
        return None
    if copula:
        if after.lower in _PLACING:
            phrase = _noun_phrase(text, tokens, group_end + 1)
            if phrase is None:
                return None
            whole = text[after.start : phrase.end]
            return Phrase(after.start, phrase.end, whole, (phrase.text,))
        if re.fullmatch(r"[a-z]{3,}er", after.lower) and classes(after.lower) == {ADJ} and not (
            group_end + 1 < len(tokens) and tokens[group_end + 1].lower == "than"
        ):
            return _subject_phrase(text, subject)  # "its neck and legs are shorter": what is compared
        if after.lower == "that" and group_end + 1 < len(tokens) and tokens[group_end + 1].lower in _DETERMINERS | _PRONOUNS:
            return None  # "the explanation was that the infection ...": a clause, not a phrase
        if after.lower in _DETERMINERS or _nominal(after) and ADJ not in classes(after.lower):
            return _noun_phrase(text, tokens, group_end)
        if after.lower in {"able", "unable"} and group_end + 1 < len(tokens) and _infinitive(tokens, group_end + 1):
            return _infinitive_clause(text, tokens, group_end + 2)  # "are able to make {their own food}"
        if after.lower in {"able", "unable", "likely", "unlikely", "about", "going", "due"}:
            return None  # "are able to hear": the infinitive, not "able", says what
        if ADJ in classes(after.lower) and NOUN not in classes(after.lower) and group_end + 2 < len(tokens) and (
            tokens[group_end + 1].lower in _RELATION_PREPOSITIONS
        ) and after.lower not in gz.EVALUATIVE:
            related = _noun_phrase(text, tokens, group_end + 2)  # "is inversely proportional to the {square of the distance}"
            if related is not None and re.search(r"[a-z]{3,}", related.text):
                return related
        nominal = _noun_phrase(text, tokens, group_end) if _nominal(after) else None
        if nominal is not None or after.lower in {"like", "unlike"}:
            return nominal  # "is like a game": a simile, no fact
        if not any(t.lower in {"is", "are", "be"} for t in tokens[verb:group_end]) or not any(
            t.lower in {"not", "never", "n't"} for t in tokens[verb:group_end]
        ):
            return None  # "The weather was pleasant": a scene; "are large": a detail; "are not blind": a correction
        return _adjective_phrase(text, tokens, group_end)
    if tokens[group_end - 1].lower in _CATENATIVE and (_infinitive(tokens, group_end) or can_be_verb(after.lower) and not _nominal(after)):
        # "Vaccines help to give the body {immunity}", "help fend off": the second verb says what
        return _infinitive_clause(text, tokens, group_end + 1 if after.lower == "to" else group_end)
    if after.lower in _CONTENT_PREPOSITIONS - {"from", "to"} and not _infinitive(tokens, group_end):
        return _telling(_noun_phrase(text, tokens, group_end + 1), after.lower in _TELLING_PREPOSITIONS)
    counted = after.lower in _COUNT_WORDS and group_end + 1 < len(tokens) and _nominal(tokens[group_end + 1])
    if after.lower in _DETERMINERS or _nominal(after) or counted:
        phrase = _noun_phrase(text, tokens, group_end + 1 if counted else group_end)
        if phrase is not None and tokens[group_end - 1].lower in _GIVING and re.fullmatch(r"[a-z]+ [a-z]+", phrase.text) and all(
            NOUN in classes(w) for w in phrase.text.split()
        ):  # "give the body immunity": who receives, then what is given
            head = phrase.text.split()[1]
            return Phrase(phrase.end - len(head), phrase.end, head, tuple(singulars(head)))
        if phrase is not None and after.lower == "no" and not counted:
            # "corals have {no head}": an absence is what the clause states, even after a light verb
            return Phrase(after.start, phrase.end, text[after.start : phrase.end], ())
        told = _telling(phrase, False, tokens[group_end - 1].lower)
        if told is None and phrase is not None:
            # "propel blood through the {systemic circulation}": past a plain one-noun object, the phrase
            # of the preposition after it is what the clause tells
            at = next((i for i, t in enumerate(tokens) if t.start >= phrase.end), len(tokens))
            if at < len(tokens) and tokens[at].lower == "as" and tokens[group_end - 1].lower in _LIGHT_VERBS | {"used"}:
                role = _noun_phrase(text, tokens, at + 1)  # "use the sunlight as {energy}": what the thing serves as
                if role is not None and re.search(r"[a-z]{3,}", role.text):
                    return role
            if at < len(tokens) and tokens[at].lower in (_CONTENT_PREPOSITIONS - {"of", "to", "for", "as", "with"}) | _PLACING:
                further = _noun_phrase(text, tokens, at + 1)
                if further is not None and " " in further.text and re.search(r"[a-z]{3,}", further.text):
                    return further
        if told is None:
            # "make up one pump that propels blood through the {pulmonary circulation}": the relative clause of
            # a plain object (one noun, or a count or rank and one: "the second pump") tells what it does
            start = phrase.end if phrase is not None else after.start
            relative = _RELATIVE_VERB.search(text, start, start + 30)
            if relative is not None and not re.search(r"[,;:()]", text[start : relative.start()]) and len(text[start : relative.start()].split()) <= 3:
                return _clause_of(text, relative.end())
        return told
    return None


#: Prepositions after an adjective of "be" naming what the subject relates to: "is proportional to", "is rich in".
_RELATION_PREPOSITIONS = frozenset("to in".split())


#: Number words that open a noun phrase as its count ("one pump", "two chambers").
_COUNT_WORDS = gz.NUMBER_WORDS | {"one"}
#: Prepositions opening a long contrast before the main clause and its comma.
_CONTRASTING = frozenset("unlike like despite besides".split())
#: A relative clause right after an object, opening with its verb: " that propels", " which carried".
_RELATIVE_VERB = re.compile(r" (?:that|which) (?=[a-z]{3,}(?:s|ed)\b)")


def _clause_of(text: str, start: int) -> Phrase | None:
    """The phrase of the clause at `start` read as "They" + its verb phrase (a relative clause's)."""
    prefix = "They "
    phrase = _content_phrase(prefix + text[start:])
    if phrase is None or phrase.start < len(prefix):
        return None
    shift = start - len(prefix)
    return Phrase(phrase.start + shift, phrase.end + shift, phrase.text, phrase.alternatives)


#: Verbs of giving, whose first object is who receives ("give the body {immunity}").
_GIVING = frozenset("give gives gave giving offer offers offered grant grants granted lend lends lent teach teaches taught".split())


#: Verbs whose infinitive says what is done: "help to give", "manage to reach", "tend to form".
_CATENATIVE = frozenset("help helps helped manage manages managed tend tends tended try tries tried need needs needed".split())


def _infinitive_clause(text: str, tokens: list[_Token], verb: int) -> Phrase | None:
    """The phrase of the clause an infinitive opens, read as "They" + its verb phrase ("are able to make
    their own food" -> "They make {their own food}")."""
    if verb >= len(tokens):
        return None
    prefix = "They "
    start = tokens[verb].start
    phrase = _content_phrase(prefix + text[start:])
    if phrase is None or phrase.start < len(prefix):
        return None
    shift = start - len(prefix)
    return Phrase(phrase.start + shift, phrase.end + shift, phrase.text, phrase.alternatives)


#: Prepositions after a verb whose object alone is what the clause says ("act as a {mirror}", "turns into {ice}").
_TELLING_PREPOSITIONS = frozenset("as into by of in through".split())


def _telling(phrase: Phrase | None, cued: bool, verb: str = "") -> Phrase | None:
    """An active verb's object: one plain noun ("make {echoes}", "possess {horns}") is the next word of a
    story, not a fact's answer, unless a telling preposition introduces it, or a verb of content in the
    present (not a light verb) takes a plural noun: "they attract {macrophages}"."""
    if phrase is None or cued or " " in phrase.text or "-" in phrase.text:
        return phrase
    if verb and verb not in _LIGHT_VERBS and not past_form(verb) and not verb.endswith("ed") and phrase.text.endswith("s") and (
        NOUN in classes(phrase.text.lower()) or not classes(phrase.text.lower())
    ):
        return phrase
    return None


#: Verbs that say little by themselves: their one-noun object is no answer ("make echoes", "have legs").
_LIGHT_VERBS = frozenset(
    "make makes do does have has get gets take takes give gives use uses see sees find finds possess possesses "
    "need needs want wants keep keeps put puts show shows let lets include includes".split()
)


def of_phrase_end(text: str, end: int) -> int | None:
    """Where the "of" phrase right after `end` ends ("a {spectrum} of colors" -> after "colors"), or None."""
    if not re.match(r" of ", text[end:]):
        return None
    tokens = _tokens(text)
    at = next((i for i, t in enumerate(tokens) if t.start > end + 1), None)
    phrase = _noun_phrase(text, tokens, at, 1) if at is not None else None
    return phrase.end if phrase is not None else None


def _infinitive(tokens: list[_Token], at: int) -> bool:
    """"to" and a verb ("used to access"): a purpose, not a place or a thing."""
    return tokens[at].lower == "to" and at + 1 < len(tokens) and can_be_verb(tokens[at + 1].lower) and tokens[at + 1].lower not in _DETERMINERS


def _word(token: _Token) -> bool:
    return token.text[:1].isalpha()


def _main_clause(tokens: list[_Token]) -> int | None:
    """Where the main clause starts: after an opening subordinate clause or phrase and its comma,
    and after a reporting frame ("Witnesses said the whole island ...": the report is the clause)."""
    if not tokens:
        return None
    if len(tokens) > 2 and tokens[1].text == "," and classes(tokens[0].lower) == {ADV} and tokens[0].lower.endswith("ly"):
        inner = _main_clause(tokens[2:])  # "Crucially, unlike ..., magnetic fields ...": a comment adverb opens no clause
        return None if inner is None else inner + 2
    start = 0
    first = tokens[0].lower
    opening = first in gz.FUNCTION_WORDS and first not in _DETERMINERS and first not in _PRONOUNS
    if first in _SUBORDINATORS or opening or first in _PLACING or first.endswith("ing") and len(first) > 5:
        window = 20 if first in _SUBORDINATORS or first in _CONTRASTING else 10  # "Unlike animals that have to eat ..., plants"
        comma = next((i for i, t in enumerate(tokens[:window]) if t.text == ","), None)
        if comma is None:
            return None if first in _SUBORDINATORS else 0
        start = comma + 1
    for i in range(start + 1, min(start + 6, len(tokens) - 1)):
        if tokens[i].lower in _REPORTING and all(_word(t) for t in tokens[start:i]):
            return i + 2 if tokens[i + 1].lower == "that" else i + 1
    return start if start < len(tokens) else None


def _nominal(token: _Token) -> bool:
    """A word that may open a noun phrase: a noun or an adjective, not a function word or a verb only."""
    if not _word(token) or token.lower in gz.FUNCTION_WORDS or token.lower in _AUX:
        return False
    found = classes(token.lower)
    return not found or bool(found & {NOUN, ADJ}) or token.text[:1].isupper()


def _verb_index(tokens: list[_Token], start: int) -> int | None:
    """The first word of the main clause's verb group: an auxiliary, or a word that can be a verb
    right after a noun of the subject (not after a determiner or a preposition); a relative clause
    inside the subject ("Flames that began in the evening burst ...") is passed over."""
    relative = False
    for i in range(start + 1, min(len(tokens), start + 20)):
        token = tokens[i]
        back = i - 1
        while back > start and (tokens[back].lower in _ADVERBS or classes(tokens[back].lower) == {ADV}):
            back -= 1  # "They once lived", "charges typically move": the word before the adverb
        before = tokens[back]
        if token.text in {",", ";", ":", "(", "—", "–"} and i > start + 1:
            return None  # an aside before any verb: the clause is not a plain one
        if token.lower in _AUX:
            if before.lower in _RELATIVES:
                relative = True
                continue
            return i
        if not _word(token) or token.text[:1].isupper() or token.lower in gz.FUNCTION_WORDS or "-" in token.text:
            continue
        if before.lower in _RELATIVES:
            relative = True
            continue
        if before.lower in gz.FUNCTION_WORDS and before.lower not in _PRONOUNS or not _word(before):
            continue
        if not can_be_verb(token.lower) or i + 1 < len(tokens) and tokens[i + 1].lower in _AUX:
            continue  # "Draw wells were used": a noun before the auxiliary
        if i + 1 < len(tokens) and tokens[i + 1].lower == "by" and _participle(tokens, i):
            relative = True  # "the tsunami created by the blast wiped out ...": a participle qualifying the subject
            continue
        if relative and not past_form(token.lower) and not token.lower.endswith("s"):
            continue
        if _plural_head(tokens, i, before):
            continue  # "turbulent winds cause ...", "Heavy rains partially flooded ...": the noun the adjective goes with
        plural_before = before.lower in {"they", "we", "you", "i"} or (
            before.lower.endswith("s") and not before.lower.endswith(("ss", "'s"))
        ) or not relative and any(t.lower == "and" for t in tokens[start + 1 : back]) and NOUN in classes(before.lower) and not past_form(token.lower)
        # ("The left atrium and left ventricle propel ...": two nouns joined by "and" make a plural subject)
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        base_ok = plural_before and (
            following is None or not _nominal(following) or following.lower in _DETERMINERS
            or NOUN not in classes(token.lower) or before.lower in {"they", "we", "you", "i"} or only_adjective(following.lower)
            or (NOUN in classes(before.lower[:-1]) or not classes(before.lower[:-1])) and before.lower[:-1] not in gz.FUNCTION_WORDS
        )  # "The chloroplasts use sunlight": a plural noun seldom modifies another noun  # "they attract macrophages", "cells engulf antigens": a word that is only a verb, or one after a pronoun
        if token.lower.endswith("s") and not token.lower.endswith("ss") or past_form(token.lower) or base_ok:
            return i
    return None


def _plural_head(tokens: list[_Token], i: int, before: _Token) -> bool:
    """A plural noun after its adjective, with the verb right after it (past adverbs): "turbulent {winds}
    cause", "heavy {rains} partially flooded": the -s word is the subject's head, not its verb."""
    word = tokens[i].lower
    if not word.endswith("s") or word.endswith("ss") or ADJ not in classes(before.lower) or before.lower in gz.FUNCTION_WORDS:
        return False
    after = i + 1
    while after < len(tokens) and (tokens[after].lower in _ADVERBS or classes(tokens[after].lower) == {ADV}):
        after += 1
    if after >= len(tokens) or not _word(tokens[after]) or tokens[after].text[:1].isupper():
        return False
    following = tokens[after].lower
    if following in gz.FUNCTION_WORDS or not can_be_verb(following):
        return False
    # a base form that is no adjective ("cause", "move"; not "needs {warm} soil"), or a past ("flooded")
    return past_form(following) or not following.endswith("s") and ADJ not in classes(following)


def _verb_group(tokens: list[_Token], verb: int) -> tuple[int, bool, bool]:
    """Where the verb group ends, whether it is a passive, and whether its verb is "be" alone."""
    i, be, participle = verb, False, False
    main = None
    while i < len(tokens):
        lower = tokens[i].lower
        if lower in _AUX or lower in {"n't", "not"}:
            be = be or lower in _BE
            i += 1
        elif lower in _ADVERBS or lower.endswith("ly") and len(lower) > 4 and lower not in gz.FUNCTION_WORDS - _ADVERBS:
            i += 1
        elif main is not None and ADV in classes(lower) and NOUN not in classes(lower) and lower not in gz.FUNCTION_WORDS and i + 1 < len(tokens) and (
            tokens[i + 1].lower in gz.FUNCTION_WORDS
        ):
            i += 1  # "bows inward toward the back"
        elif main is None and _word(tokens[i]) and VERB in classes(lower) and lower not in gz.FUNCTION_WORDS and (
            i == verb or _participle(tokens, i) or lower.endswith("ing")
            or tokens[i - 1].lower in _MODALS or tokens[i - 1].lower in {"not", "n't"} and tokens[i - 2].lower in _MODALS
        ):
            main = lower
            participle = be and _participle(tokens, i)
            i += 1
            if i < len(tokens) and tokens[i].lower in _PARTICLES and i + 1 < len(tokens) and (
                tokens[i + 1].lower in _DETERMINERS or _nominal(tokens[i + 1]) or tokens[i + 1].lower in {"into", "to", "from"}
                or tokens[i + 1].lower in _COUNT_WORDS  # "make up one pump"
            ):
                i += 1  # "send out sound waves", "heats up water"
            if i < len(tokens) and tokens[i].lower == "upon":
                i += 1  # "preyed upon by"
        else:
            break
    copula = be and main is None
    return i, participle, copula


def _participle(tokens: list[_Token], i: int) -> bool:
    """A past participle: its form, or a verb right before "by" or "into" ("is split into")."""
    lower = tokens[i].lower
    return lower.endswith(("ed", "en")) or past_form(lower) or lower in gz.IRREGULAR_PASTS or (
        i + 1 < len(tokens) and tokens[i + 1].lower in {"by", "into"}
    )


def _noun_phrase(text: str, tokens: list[_Token], at: int, depth: int = 0) -> Phrase | None:
    """The noun phrase opening at token `at`, its determiner left out."""
    while at < len(tokens) and (tokens[at].lower in _DETERMINERS or tokens[at].lower.endswith("'s") and at + 1 < len(tokens)):
        at += 1
    if at + 1 < len(tokens) and tokens[at].lower.endswith("ing") and VERB in classes(tokens[at].lower) and depth == 0 and (
        tokens[at + 1].lower in _DETERMINERS or _nominal(tokens[at + 1])
    ):
        return _noun_phrase(text, tokens, at + 1, depth + 1)  # "at saving the northern tower": what is saved
    words: list[_Token] = []
    i = at
    while i < len(tokens):
        token = tokens[i]
        if token.text == "," and words and only_adjective(words[-1].lower) and i + 1 < len(tokens) and _nominal(tokens[i + 1]):
            i += 1  # "large, distinctive black patches"
            continue
        if token.lower == "own" and not words and i > 0 and tokens[i - 1].lower in _POSSESSIVES:
            words.append(token)  # "make their {own food}" (accepting "their own food")
            i += 1
            continue
        if not _nominal(token) or token.text[:1].isdigit():
            break
        if words and can_be_verb(token.lower) and NOUN not in classes(token.lower):
            break
        if words and i + 1 < len(tokens) and tokens[i + 1].lower in {"the", "a", "an", "its", "their"} and can_be_verb(token.lower):
            break  # "the water droplets puts the droplets": the phrase's last word was a verb
        words.append(token)
        i += 1
    if not words or len(words) > MAX_PHRASE_WORDS or all(only_adjective(w.lower) or ADJ in classes(w.lower) and NOUN not in classes(w.lower) for w in words):
        return None  # a phrase names a thing: an adjective alone is no noun phrase ("was pleasant")
    if len(words) == 1 and words[0].lower in _IDIOM_NOUNS and i < len(tokens) and tokens[i].lower in {"to", "of", "for"}:
        return None  # "in order to", "in order for", "in front of", "by means of": a preposition of several words, no phrase
    if len(words) == 1 and words[0].lower in _GENERAL_NOUNS and not (i < len(tokens) and tokens[i].lower == "of"):
        return None  # "sealed at the top": a position or a general noun alone says nothing to ask
    if words[-1].lower in _GENERAL_NOUNS and all(w.lower in _VAGUE_MODIFIERS for w in words[:-1]) and not (i < len(tokens) and tokens[i].lower == "of"):
        return None  # "work in different ways": a vague modifier adds nothing to a general noun
    if words[0].text[:1].isupper() and words[0] is not tokens[0]:
        return None  # a name: the drafter's name rules type it, or it is none
    end = words[-1].end
    alternatives: list[str] = []
    follow = tokens[i].lower if i < len(tokens) else ""
    if follow in _LIGHT_LINKS and depth == 0 and words[-1].lower in _LIGHT_HEADS and i + 1 < len(tokens) and all(
        only_adjective(w.lower) or ADJ in classes(w.lower) for w in words[:-1]
    ):
        # "the generic term for a {low-pressure system}", "a process involving the {separation of electrical
        # charges}": a word for naming or doing says nothing; what it names is the content
        inner = _noun_phrase(text, tokens, i + 1, depth)
        if inner is not None and inner.text.lower() not in _GENERAL_NOUNS:
            return inner
    if follow == "of" and depth == 0:
        inner = _noun_phrase(text, tokens, i + 1, depth + 1)
        if len(words) == 1 and words[0].lower in _RELATION_HEADS:
            # "a result of the {preferential scattering}"; "a part of the story": a general noun, nothing
            return inner if inner is None or inner.text.lower() not in _GENERAL_NOUNS else None
        if inner is not None:
            alternatives.append(inner.text)
            if len(words) > 1 and not all(w.lower in _VAGUE_MODIFIERS for w in words[:-1]):
                alternatives.append(text[words[0].start : words[-1].end])  # "the {left side of the heart|left side}"
            end = inner.end
    elif follow == "," and depth == 0 and len(words) <= 3 and (listed := _list_end(text, tokens, i)) is not None:
        end = listed  # "use {sunlight, carbon dioxide and water}": a list of three or more is one answer
    elif follow in {"and", "or"} and depth <= 1 and len(words) <= 2:
        other = _noun_phrase(text, tokens, i + 1, 2)
        if other is not None and len(other.text.split()) <= 3 and _closes(text, other.end):
            end = other.end
            if follow == "or":  # "through the {nose or the mouth}": either is the answer
                alternatives += [text[words[0].start : words[-1].end], other.text]
    if words[0].lower == "own":
        alternatives.append(text[tokens[at - 1].start : end])
    nouns = [w.text for w in words if not only_adjective(w.lower)]
    if nouns and len(nouns) < len(words) and end == words[-1].end:
        alternatives.append(" ".join(nouns))  # "tiny puddles" accepts "puddles"
    phrase = text[words[0].start : end]
    if end == words[-1].end and len(words) == 1:
        alternatives += singulars(words[0].text)  # "preyed upon by {leopards}" accepts "leopard"
    return Phrase(words[0].start, end, phrase, tuple(a for a in alternatives if a != phrase))


def _list_end(text: str, tokens: list[_Token], comma: int) -> int | None:
    """Where a list of short noun phrases ends that goes on at the comma at token `comma` ("sunlight,
    carbon dioxide and water", "leaves, fungi, and fruit"): after its last item, one that "and" or "or"
    opens; None when it is no such list (two items, a long item, a clause after the comma)."""
    i, items = comma, 1
    while i < len(tokens) and tokens[i].text == ",":
        i += 1
        closing = i < len(tokens) and tokens[i].lower in {"and", "or"}
        if closing:
            i += 1
        item = _noun_phrase(text, tokens, i, 3)
        if item is None or len(item.text.split()) > 3 or item.start != tokens[i].start:
            return None
        items += 1
        i = next((k for k, t in enumerate(tokens) if t.start >= item.end), len(tokens))
        if closing:
            return item.end if items >= 3 and _closes(text, item.end) else None
        if i < len(tokens) and tokens[i].lower in {"and", "or"}:
            last = _noun_phrase(text, tokens, i + 1, 3)
            if last is None or len(last.text.split()) > 3 or items + 1 < 3 or not _closes(text, last.end):
                return None
            return last.end
    return None


def _closes(text: str, end: int) -> bool:
    return bool(re.match(r"\s*(?:[.;:!)]|,(?! [A-Z])|$|(?:in|on|at|to|for|with|when|where|which|that|because|up|down)\b)", text[end:]))


def _subject_phrase(text: str, subject: list[_Token]) -> Phrase | None:
    """The subject, when it is a noun phrase (not a pronoun): "{Bronze statues} were removed"."""
    words = [t for t in subject if t.lower not in _DETERMINERS]
    if not words or len(words) > MAX_PHRASE_WORDS or any(t.lower in _PRONOUNS or not _word(t) for t in words):
        return None
    if any(t.lower in gz.FUNCTION_WORDS and t.lower not in {"and", "or"} for t in words) or words[-1].lower in {"and", "or"}:
        return None
    if any(t.text[:1].isupper() for t in words[1:]):
        return None  # a name: the drafter's name rules type it
    return Phrase(words[0].start, words[-1].end, text[words[0].start : words[-1].end])


def _adjective_phrase(text: str, tokens: list[_Token], at: int) -> Phrase | None:
    """An adjective complement of "be": "is {airborne}", "are {sleek and deep brown}"."""
    words: list[_Token] = []
    i = at
    while i < len(tokens) and (_word(tokens[i]) and (ADJ in classes(tokens[i].lower) or tokens[i].lower in {"and", "or"} and words)):
        words.append(tokens[i])
        i += 1
    while words and words[-1].lower in {"and", "or"}:
        words.pop()
    if not words or len(words) > 4 or i < len(tokens) and _nominal(tokens[i]) and tokens[i].lower not in _CONTENT_PREPOSITIONS:
        return None
    return Phrase(words[0].start, words[-1].end, text[words[0].start : words[-1].end])
