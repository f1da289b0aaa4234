"""Turn one kept sentence into a candidate fact: which spans become blanks, and an `ask` if reliable."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from quizgen.core.model import AnswerType
from quizgen.draft import gazetteer as gz
from quizgen.draft import terms
from quizgen.draft.clauses import content_phrases, of_phrase_end, plain_statement
from quizgen.draft.entities import Lexicon, Span, find_spans
from quizgen.draft.sentences import Sentence
from quizgen.draft.words import NOUN, classes, known, past_form
from quizgen.core.text import contains_phrase, normalize

#: Blanks of any kind per fact; strong ones (rank >= STRONG_RANK) may go up to MAX_STRONG_BLANKS.
MAX_BLANKS = 3
MAX_STRONG_BLANKS = 6
STRONG_RANK = 4
#: Spans ranked below this ("Earth") become blanks only when the sentence offers nothing better.
MIN_RANK = 2
#: Verbs a sentence-opening person may be the subject of, for a "Who ...?" question.
_SUBJECT_VERB = re.compile(
    r"^\s+(?:is|was|has|had|have|will|would|can|could|plays|played|directed|wrote|won|led|became|"
    r"founded|discovered|invented|starred|appeared|acted|[a-z]+ed\b)"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence with the spans chosen as its blanks (in text order) and every span found in it."""

    sentence: Sentence
    blanks: tuple[Span, ...]
    spans: tuple[Span, ...]
    #: A table line's wording: (where its value starts, what the fact says before it), e.g.
    #: (5, "Hindenburg disaster – date: ") for the line "Date May 6, 1937".
    lead: tuple[int, str] | None = None

    @property
    def text(self) -> str:
        return self.sentence.text


#: A name in at least this share of a document's sentences (and at least TOPIC_MIN of them) is what
#: the document is about: a poor blank there ({Fleming} in a page on Fleming), used only when the
#: sentence has nothing else.
TOPIC_SHARE = 0.4
TOPIC_MIN = 3
_NAMED = (AnswerType.PERSON, AnswerType.PLACE, AnswerType.ORGANIZATION, AnswerType.TITLE)
#: A title longer than this is a first paragraph taken for one (an HTML page's <title> can be), not a heading.
TITLE_WORDS = 20


def name_key(span: Span) -> str | None:
    """What two mentions of one name share ("Howard Carter", "Carter" -> "carter"), or None for a value."""
    if span.type not in _NAMED and not (span.type is AnswerType.TERM and span.text[:1].isupper() and span.text.istitle()):
        return None  # a capitalised term is a name too ("Gades", "Terracotta Army")
    words = normalize(span.text).split()
    if len(words) > 1 and words[0] in _SHIP_PREFIXES:
        words = words[1:]  # "SS Mont Blanc" is "Mont Blanc"
    return words[-1] if span.type is AnswerType.PERSON and words else " ".join(words)


_SHIP_PREFIXES = frozenset("hms hmas hmcs rms uss ss mv sms".split())


def topic_names(sentences: list[Sentence], lexicon: Lexicon, title: str | None = None) -> dict[str, int]:
    """The names one document is about (those in TOPIC_SHARE of its sentences, and those its title
    names: "History of {Cadiz}"), each with the position of the sentence that first names it in full:
    there it is still a blank ("{Alexander Fleming} discovered ..."), after that it is what every
    sentence is about."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    named: dict[str, str] = {}  # a person's surname -> the full name that first names them
    keys: set[str] = set()
    for sentence in sentences:
        for word in set(re.findall(r"\b[a-z]{3,}\b", sentence.text)) - gz.FUNCTION_WORDS:
            counts["~" + word] = counts.get("~" + word, 0) + 1  # a word most sentences use: "terracotta"
        spans = find_spans(sentence.text, lexicon)
        for key in {name_key(s) for s in spans} - {None}:
            keys.add(key)  # type: ignore[arg-type]
            if any(name_key(s) == key and " " in s.text for s in spans):
                first.setdefault(key, sentence.position)  # type: ignore[arg-type]
                full = next(s for s in spans if name_key(s) == key and " " in s.text)
                if full.type is AnswerType.PERSON:
                    named.setdefault(key, normalize(full.text))  # type: ignore[arg-type]
    for key in keys:  # a name counts in every sentence that says it, a blank there or not ("Morrow sold ...")
        said = re.compile(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", re.IGNORECASE)
        counts[key] = sum(1 for sentence in sentences if said.search(normalize(sentence.text)))
    least = max(TOPIC_MIN, TOPIC_SHARE * len(sentences))
    titled = {name_key(s) for s in find_spans(title, lexicon)} - {None} if title and len(title.split()) <= TITLE_WORDS else set()
    for span in find_spans(title, lexicon) if title and len(title.split()) <= TITLE_WORDS else []:
        if span.type is AnswerType.PERSON and " " in span.text and name_key(span):
            named[name_key(span)] = normalize(span.text)  # type: ignore[index]
    topics = {key: first.get(key, -1) for key, n in counts.items() if n >= least or key in titled}
    # the person the page is about, in full: another person of that surname ("Pierre Curie" on a page
    # about Marie Curie) is no subject of the page
    topics.update({_FULL + name: 0 for key, name in named.items() if key in topics})
    return topics


#: The key prefix of a topic person's full name in `topic_names`.
_FULL = "full:"


def _subject(span: Span, topics: dict[str, int], position: int) -> bool:
    """The span names what the page is about, past the sentence that first names it in full."""
    key = name_key(span) or ""
    if topics.get(key, position) >= position:
        return False
    if span.type is AnswerType.PERSON and " " in span.text and any(k.startswith(_FULL) for k in topics):
        fulls = {k[len(_FULL):] for k in topics if k.startswith(_FULL) and k.rsplit(" ", 1)[-1] == key}
        if fulls and normalize(span.text) not in fulls:
            return False  # "Pierre Curie" on Marie Curie's page
    return True


def make_candidate(sentence: Sentence, lexicon: Lexicon, topics: dict[str, int] | None = None) -> Candidate | None:
    """The sentence as a fact candidate, or None when it has nothing a quiz could ask."""
    topics = topics or {}
    spans = [
        replace(s, rank=min(s.rank, 1)) if _subject(s, topics, sentence.position)
        or s.rank <= COMPOUND_RANK and any("~" + w in topics for w in s.text.lower().split()) else s
        for s in find_spans(sentence.text, lexicon)
    ]  # the page's subject ({Fleming}; {terracotta soldiers} on a page about them) is a poor blank
    spans = _with_terms_named(sentence.text, spans)
    usable = [s for s in spans if not _repeated(sentence.text, s)]
    blanks = choose_blanks(usable, sentence.text)
    blanks = [_with_of_phrase(sentence.text, b, blanks) for b in blanks]
    blanks = [b for i, b in enumerate(blanks) if not any(a.end <= b.start < _taken_end(sentence.text, a) for a in blanks[:i])]
    # (a blank inside the unit the one before takes, "{24-karat gold}", is no blank of its own)
    if not blanks:
        return _description(sentence, spans, usable)
    if all(b.type is AnswerType.NUMBER and _COUNTED_KINDS.match(sentence.text, b.end) and not _large_count(b.text) for b in blanks):
        return None  # "There are three types, and each ...": a count of kinds it does not name announces them
    compounds = {normalize(s.text) for s in usable if s.rank == COMPOUND_RANK and _compound_noun(s.text)}
    if all(b.rank <= COMPOUND_RANK for b in blanks) and (
        _PRONOUN_SUBJECT.match(sentence.text) or not compounds or len(compounds) < MIN_COMPOUNDS
        and (_tells_a_story(sentence.text) or not any(re.fullmatch(r"\W*", sentence.text[b.end :]) for b in blanks))
    ):
        return _description(sentence, spans, usable)  # "They collected samples, did scientific tests ...", "... the
        # local cultural workers thought the national treasures ...": only a described thing to ask, no term
    blanks = _with_definiens(sentence.text, blanks, spans)
    if all(b.rank <= CONTENT_RANK for b in blanks) and len(blanks) < MAX_BLANKS:
        # the weak blanks of a description ("the {sun} heats ...") beside the phrase its clause states
        extra = [d for d in _described(sentence.text, [s for s in usable if s.rank <= COMPOUND_RANK])
                 if not any(d.start < b.end and b.start < d.end for b in spans if b.rank > 1)]
        blanks = sorted(blanks + extra[: MAX_BLANKS - len(blanks)], key=lambda b: b.start)
    return Candidate(sentence, tuple(blanks), tuple(spans))


#: A term a revision sheet's line defines, as its label ("Weathering and Erosion: Igneous rocks are broken
#: down ..."): one to four words, capitalised, before a colon and a capitalised text.
_TERM_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’-]*(?:/[A-Z]?[\w'’-]+)?(?: (?:[A-Za-z][\w'’-]*)(?:/[A-Za-z][\w'’-]+)?){0,3}):\s+(?=[A-Z])")
#: Labels that are page furniture or a clause, not a term: "Note:", "Update:", "The cycle is continuous:".
_NOT_TERM_LABEL = frozenset(
    "note notes warning tip tips update updates source sources example examples answer question summary important caution "
    "credit credits photo image video watch read listen breaking exclusive editor editors opinion analysis step fact facts "
    "related see also more sponsored advertisement recommended trending live latest top watch "
    "is are was were be been isn't aren't wasn't has have had can will would should must do does did not".split()
)
#: Examples a sentence gives in brackets: "(e.g., granite)", "(e.g. marble, slate)", "(for example, ...)".
_EXAMPLES = re.compile(r"\((?:e\.g\.|for example|such as),?\s+(?P<items>[^()]+?)\)")
_EXAMPLE_ITEM = re.compile(r"[A-Za-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}")


def _with_terms_named(text: str, spans: list[Span]) -> list[Span]:
    """The term a "Label: definition" line defines and the examples it gives in brackets are strong
    blanks ("{Compaction and Cementation}: ... forming sedimentary rocks (e.g., {sandstone}, {limestone})");
    the spans found inside them give way."""
    named: list[Span] = []
    label = _TERM_LABEL.match(text)
    if label and not any(w.lower() in _NOT_TERM_LABEL for w in label.group("label").split()):
        words = label.group("label")
        parts = tuple(p for p in words.split("/") if p) if "/" in words else ()
        named.append(Span(0, label.end("label"), words, AnswerType.TERM, STRONG_RANK, parts))
    for examples in _EXAMPLES.finditer(text):
        offset = examples.start("items")
        for item in re.finditer(r"[^,]+", examples.group("items")):
            piece = re.sub(r"^\s*(?:and |or )?|\s*(?:etc\.?)?\s*$", "", item.group())
            if not piece or not _EXAMPLE_ITEM.fullmatch(piece):
                continue
            start = offset + item.start() + item.group().index(piece)
            named.append(Span(start, start + len(piece), piece, AnswerType.TERM, STRONG_RANK))
    if not named:
        return spans
    kept = [s for s in spans if not any(s.start < n.end and n.start < s.end for n in named)]
    return sorted(kept + named, key=lambda s: s.start)


def _with_definiens(text: str, blanks: list[Span], spans: list[Span]) -> list[Span]:
    """A definition "X is a Y" blanks what defines as well as what is defined: "The {heart} is a
    powerful {muscle|powerful muscle} with ...", "{Faults} are {fractures} in ...": the complement's
    noun phrase (its head alone accepted) beside the defined subject, where the sentence has room."""
    subject = terms.defined_subject(text)
    if subject is None or not subject.copular or len(blanks) >= MAX_BLANKS:
        return blanks
    if not any(b.start == subject.start and b.end == subject.end for b in blanks):
        return blanks
    complement = next((p for p in content_phrases(text) if p.start > subject.end), None)
    if complement is None or not re.search(r"[a-z]{3,}", complement.text) or any(
        w in gz.EVALUATIVE for w in re.split(r"[ -]", complement.text.lower())
    ) or _repeated(text, Span(complement.start, complement.end, complement.text, AnswerType.TERM, 0)):
        return blanks
    if any(complement.start < o.end and o.start < complement.end for o in blanks):
        return blanks
    added = Span(complement.start, complement.end, complement.text, AnswerType.TERM, CONTENT_RANK, complement.alternatives)
    return sorted([*blanks, added], key=lambda b: b.start)


def _with_of_phrase(text: str, blank: Span, blanks: list[Span]) -> Span:
    """A defined one-word term with the "of" phrase that completes it: "consists of a {spectrum of
    colors|spectrum}" (the head alone is accepted too); not where another blank starts inside it."""
    if blank.type is not AnswerType.TERM or " " in blank.text or not blank.text.islower() or not re.search(r"\b(?:a|an|the) $", text[: blank.start]):
        return blank
    end = of_phrase_end(text, blank.end)
    if end is None or any(blank.end < other.start < end for other in blanks):
        return blank
    return replace(blank, end=end, text=text[blank.start : end], alternatives=(blank.text, *blank.alternatives))


def _description(sentence: Sentence, spans: list[Span], usable: list[Span]) -> Candidate | None:
    """A sentence with nothing strong to ask, as the phrase its clause states, or None."""
    described = _described(sentence.text, usable)
    return Candidate(sentence, described, tuple(spans) + described) if described else None


#: Rank of the phrase a description's clause is about ("light is split into a {spectrum of colours}"):
#: a blank only where the sentence has no name, number or term of higher rank.
CONTENT_RANK = 3
def _described(text: str, spans: list[Span]) -> tuple[Span, ...]:
    """A sentence that describes or defines with everyday words: no span of higher rank than a
    compound, a plain declarative main clause, and the phrases it states (see `clauses`)."""
    if any(s.rank > COMPOUND_RANK for s in spans) or not plain_statement(text):
        return ()
    found = [Span(p.start, p.end, p.text, AnswerType.TERM, CONTENT_RANK, p.alternatives) for p in content_phrases(text)]
    return tuple(
        s for s in found
        if re.search(r"[a-z]{3,}", s.text) and normalize(s.text) not in gz.FUNCTION_WORDS and not _repeated(text, s)
    )


def _large_count(number: str) -> bool:
    """A count in digits above a dozen ("354 steps"): a measure of something, not a list of kinds announced."""
    digits = re.sub(r"[^\d]", "", number)
    return bool(digits) and int(digits) > 12


#: A noun that counts kinds or ways: a count of them alone ("three types") announces what follows.
_COUNTED_KINDS = re.compile(
    r"\s+(?:main\s+|major\s+|different\s+|basic\s+|key\s+|important\s+)?(?:[a-z]+\s+(?=types?\b|kinds?\b))?(?:types?|kinds?|sorts?|ways?|forms?|classes|categories|"
    r"groups|stages|steps|reasons|things|factors|features|methods|parts|styles|varieties)\b"
)


#: A line of an infobox or a table: a label of one to three words (the first capitalised), then its
#: value, which starts with a capital or a digit ("Date May 6, 1937", "Flight origin Frankfurt am
#: Main, Germany", "Fatalities: 36 (13 passengers, ...)").
_TABLE_LINE = re.compile(
    r"^(?P<label>[A-Z][a-z]+(?: [a-z]+){0,2}(?: \([a-z -]+\))?)(?::\s*|\s+)(?P<value>[A-Z0-9$€£][^°]*)$"
)
#: A label glued to its value: a lower-case letter, then a capital or a digit ("DateJanuary 15, 1919").
_GLUED_LABEL = re.compile(r"^(?P<label>[A-Z][a-z]+(?:[ -][a-z]+){0,2})(?=[A-Z][a-z]+\b(?![A-Z])|\d)")
#: Where a table value's answer ends: what follows says where or what more ("Frankfurt am Main, Germany").
_VALUE_END = re.compile(r"\s*\(|, (?!\d{4}\b)|;|\s/\s|\s+(?:in|at|on|near|of)\s+(?=[A-Z])")


def table_candidate(sentence: Sentence, lexicon: Lexicon, subject: str | None) -> Candidate | None:
    """A line of an infobox as a fact: its value is the blank, its label says what the value is:
    "Date May 6, 1937" -> "Hindenburg disaster – date: {May 6, 1937}" (`subject` is the document's
    title). A teacher keeps these; a line with no value to ask (lower case, "unknown"), one whose
    value is the page's own subject, or a label that is a sentence is left out."""
    glued = _GLUED_LABEL.match(sentence.text)
    if glued and known(glued.group("label").split()[-1].lower()):
        # a page's infobox cells run together when its markup is dropped: "TimeApproximately 12:30 pm", "Deaths21"
        sentence = replace(sentence, text=f"{glued.group('label')} {sentence.text[glued.end('label'):]}")
    line = _TABLE_LINE.match(sentence.text.strip())
    if line is None or len(sentence.text) > 120:
        return None
    if subject and normalize(sentence.text).startswith(normalize(subject) + " "):
        return None  # "Giant Panda range" on a page titled "Giant Panda": a caption, not a label and its value
    label, value = line.group("label"), line.group("value")
    if label.split()[0].lower() in gz.FUNCTION_WORDS or label.split()[-1].lower() in gz.FUNCTION_WORDS or _FINITE_VERB.search(label):
        # "Panda at National Zoo ...": a caption's words, not a label
        return None
    if not known(label.split()[0].lower()) and value[:1].isupper() and not line.group(0)[line.end("label") : line.start("value")].strip():
        return None  # "Lyme Regis, Dorset, England": a name running on, not a label and its value
    start = sentence.text.index(value, line.start("value"))
    cut = _VALUE_END.search(value)
    answer = value[: cut.start()] if cut else value
    answer = answer.rstrip(" .,;:")
    if not answer or len(answer.split()) > 6 or subject and normalize(answer) in normalize(subject):
        return None
    if any(past_form(word) for word in re.findall(r"[A-Za-z]+", answer)):
        return None  # "Status Closed down in 1932.": a clause, not a value
    spans = find_spans(answer, lexicon)
    whole = next((s for s in spans if s.start == 0 and s.end == len(answer)), None)
    counted = next((s for s in spans if s.start == 0 and s.type is AnswerType.NUMBER), None)
    kind = whole.type if whole else AnswerType.NUMBER if counted or re.fullmatch(r"[\d,.]+", answer) else AnswerType.TERM
    bare = re.sub(rf"^(?:{'|'.join(gz.NUMBER_QUALIFIERS)})\s+", "", answer, flags=re.IGNORECASE)  # "Approximately 12:30 pm"
    alternatives = (whole.alternatives if whole else ()) + ((bare,) if bare != answer else ())
    blank = Span(start, start + len(answer), answer, kind, 4, alternatives)
    named = label if label.isupper() else label[0].lower() + label[1:]
    lead = f"{subject} – {named}: " if subject else f"{label}: "
    return Candidate(sentence, (blank,), (blank,), (start, lead))


#: Words after which a past form is no past tense: a present passive ("are located") or a noun
#: ("the ground", "a found object").
_NOT_BEFORE_PAST = frozenset("is are am be being the a an this that these those its their his her our my your of to".split())


def _tells_a_story(text: str) -> bool:
    """The sentence is in the past: a past form that is no present passive ("are located")."""
    tokens = re.findall(r"[A-Za-z’']+", text)
    for before, word in zip(["", *tokens], tokens):
        if word.lower() in {"was", "were", "had", "did"}:
            return True
        if before.lower() not in _NOT_BEFORE_PAST and past_form(word):
            return True
    return False


def _compound_noun(text: str) -> bool:
    if " " not in text:
        return "-" in text  # "g-forces"
    return not terms.describes(text)


#: A sentence whose subject is a pronoun, after an optional opening phrase ("In his time, he ...").
_PRONOUN_SUBJECT = re.compile(r"^(?:[A-Z][^,]{0,40}, )?(?:[Tt]hey|[Hh]e|[Ss]he|[Ii]t)\b")


def evaluation(candidate: Candidate) -> bool:
    """The sentence judges rather than states: an evaluative word ("sensational", "reads like")
    with a pronoun for its subject ("It was a sensational moment"), or with nothing strong to ask."""
    text = _QUOTED.sub(" ", candidate.text)
    if not _EVALUATIVE.search(text):
        return False
    if _PRONOUN_FRAME.match(text):
        return True
    verb = _FINITE_VERB.search(text)
    if verb and not _EVALUATIVE.search(text[verb.start():]) and not re.match(r"(?:it|this|that|these|those)\b", text, re.IGNORECASE):
        return False  # "This stunning photograph ... shows ...": the judgement is a modifier of the subject, the fact is the verb's
    if verb and not _EVALUATIVE.search(text[verb.start():]) and any(s.start > verb.start() and s.rank >= MIN_RANK + 1 for s in candidate.spans):
        return False
    return not any(s.rank >= STRONG_RANK for s in candidate.spans)


#: The first finite verb of a sentence: where its subject ends.
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|does|did|will|can|could|would|shows|showed|reveals|revealed|[a-z]{3,}(?:ed|es))\b")


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
#: Words of a writer's judgement or feeling beyond the gazetteer's evaluative adjectives.
_JUDGING = frozenset("bewildering unnerving unnervingly impresses unpopular".split())
_EVALUATIVE = re.compile(rf"\b(?:{'|'.join(sorted(gz.EVALUATIVE | _JUDGING))})\b|\breads? like\b|\bpretty (?=[a-z]+\b)", re.IGNORECASE)
#: "It was ...", "This is ...", "Although this is ...": the writer's comment on what came before.
_PRONOUN_FRAME = re.compile(
    r"^(?:(?:Although|Though|While|But|And|Yet|Still),? )?(?:it|this|that|these|those|such|what)\b(?:\s+\w+)?\s+"
    r"(?:is|was|are|were|remains|remained|seems|seemed|became|has been|had been|must have been)\b",
    re.IGNORECASE,
)


def _repeated(text: str, span: Span) -> bool:
    """The answer also appears elsewhere in the sentence, so hiding it would give it away."""
    rest = text[: span.start] + " … " + text[span.end :]
    if span.type is AnswerType.NUMBER and with_unit(text, span) > span.end:
        # "{25 windows} ... 25 gemstones": the number with what it counts is the answer, and that is said once
        counted = span.text + text[span.end : with_unit(text, span)]
        return contains_phrase(text[: span.start] + " … " + text[with_unit(text, span) :], counted)
    return contains_phrase(rest, span.text)


#: Compound terms (rank 2) are blanks only where nothing strong is, and two per fact at most
#: (hyphenated ones first: "g-forces", "zero-gravity" say more than "giant machine").
COMPOUND_RANK = 2
MAX_COMPOUNDS = 2
#: A sentence telling a story whose best blanks are compounds is a fact only when it names at least
#: this many ("The event occurred during a late-night safety test which simulated a station
#: blackout"); one compound in a story ("... or tomb robbers have removed these") is what a teacher
#: deletes. A sentence in the present states how things are ("... are built into the thylakoid
#: membranes"): one compound there is a term.
MIN_COMPOUNDS = 2
#: What may follow a sentence's last phrase: its stop and closing marks.
_ENDS = re.compile(r"[.!]?[\"”’')\]]*\s*")
#: A past verb and an article right before a phrase: the verb's object ("unleashed a ").
_VERB_AND_ARTICLE = re.compile(r"\b[a-z]{3,}ed (?:a|an|the) $")


def choose_blanks(spans: list[Span], text: str = "") -> list[Span]:
    """Up to MAX_BLANKS spans: the best of each answer type first, so one fact tests several things;
    a plain compound noun ("safety test") only where the sentence has little else to ask, or where it is
    the object that ends the sentence (`text`), the place of what it tells: "... also unleashed a {sonic boom}."."""
    good = [s for s in spans if s.rank >= MIN_RANK]
    strong = sum(1 for s in good if s.rank >= STRONG_RANK)
    compounds = sorted((s for s in good if s.rank == COMPOUND_RANK), key=lambda s: ("-" not in s.text, s.start))
    long_terms = [s for s in compounds if len(s.text.split()) >= 3 or text and _ENDS.fullmatch(text, s.end)
                  and _VERB_AND_ARTICLE.search(text, 0, s.start)] if strong else []  # "adult somatic cell": a term of art
    good = [s for s in good if s.rank != COMPOUND_RANK] + (compounds[:MAX_COMPOUNDS] if not strong else [])
    by_quality = sorted(good, key=lambda s: (-s.rank, s.start))
    chosen: list[Span] = []
    seen_types: set[AnswerType] = set()
    for span in by_quality:
        if span.type not in seen_types and len(chosen) < MAX_BLANKS:
            chosen.append(span)
            seen_types.add(span.type)
    for span in by_quality:
        if span not in chosen and (len(chosen) < MAX_BLANKS or span.rank >= STRONG_RANK and len(chosen) < MAX_STRONG_BLANKS):
            chosen.append(span)
    if long_terms and len(chosen) < MAX_BLANKS:
        chosen.append(long_terms[0])  # beside the names and numbers, where a place is left
    return sorted(chosen, key=lambda s: s.start)


#: A plain clause before its last phrase: a subject without commas, an auxiliary, the rest.
_CLAUSE = re.compile(
    r"^(?P<subject>(?:The|A|An|[A-Z][\w'’-]*)(?: [\w'’-]+){0,5}?) (?P<aux>is|was|are|were|will|has been|have been|had been) "
    r"(?P<rest>[a-z][\w ,'’-]*?)$"
)
_TAILS = {".", "this year.", "last year.", "next year."}
#: A counted subject: "134 servicemen were hospitalized ...", after an optional opening phrase.
_COUNTED = re.compile(
    r"^(?P<unit>[a-z][a-z-]*(?: [a-z][a-z-]*)?) (?P<verb>(?:is|was|are|were|had|have|has|will|would|could|did|died|"
    r"[a-z]+ed(?= (?:in|on|at|by|with|from|to|into|for|of)\b))\b.*)$"
)
#: Where a question stops: the next clause or a list ("..., which is almost half of Italy").
_CLAUSE_END = re.compile(
    r"\s*(?:[:;(]|,\s+(?:and|or|but|which|of which|while|when|where|whereas|as|because|who|whose|although|though|"
    r"after|before|making|leading|including|during|so|then|with|in which|to which|by which|from which)\b|\s—|\s–).*$"
)
_HAVE = {"has": "does", "have": "do", "had": "did"}


def ask_for(candidate: Candidate) -> str | None:
    """A question for a one-blank fact, only in shapes that always read right: who, what or which for
    the subject of the sentence, how many for a counted subject or object, when and where for a plain
    clause ending in its date or place, what for a term the sentence defines ("X is called {Y}")."""
    if len(candidate.blanks) != 1:
        return None
    blank = candidate.blanks[0]
    text = candidate.text.rstrip()
    before, after = text[: blank.start].strip(), text[blank.end :].strip()
    if re.search(r"\b(he|she|his|her|him|they|them|their|it|its)\b", before + " " + after, re.IGNORECASE) or "\"" in text or "“" in text:
        return None  # a question about "he" or a quotation reads badly and half answers itself
    if blank.type is AnswerType.NUMBER:
        return _how_many(before, after)
    if not before:
        return _subject_question(blank, after)
    if blank.type in (AnswerType.DATE, AnswerType.YEAR):
        return _clause_question("When", before, after, ("on", "in"))
    if blank.type is AnswerType.PLACE or blank.type is AnswerType.TERM and re.search(r"\b(located|found|take place|takes place|occur|occurs)\s+(in|on|at)(?: the)?$", before):
        return _clause_question("Where", before, after, ("in", "at", "near", "on"))
    if blank.type is AnswerType.TERM:
        named = re.match(r"^(?P<subject>(?:The|A|An) [\w ’'-]+?) (?P<aux>is|are|was|were) (?P<how>(?:also |often |usually |now )?(?:called|known as|named))(?: the| a| an)?$", before)
        if named and after == ".":
            subject = named["subject"][0].lower() + named["subject"][1:]
            return f"What {named['aux']} {subject} {named['how']}?"
    return None


def _subject_question(blank: Span, after: str) -> str | None:
    """"{Neil Armstrong} climbed down the ladder." -> "Who climbed down the ladder?"."""
    after = _CLAUSE_END.sub("", after)
    if not _SUBJECT_VERB.match(" " + after) or re.match(r"\s*and\b", after):
        return None
    word = {AnswerType.PERSON: "Who", AnswerType.ORGANIZATION: "Which organisation", AnswerType.TITLE: "What",
            AnswerType.TERM: "What"}.get(blank.type)
    if word is None:
        return None
    return f"{word} {after.rstrip('.!')}?"


def _how_many(before: str, after: str) -> str | None:
    """"{134} servicemen were hospitalized ..." -> "How many servicemen were hospitalized ...?";
    "There are {four} complexes in X." -> "How many complexes are there in X?";
    "The membrane has {four} protein complexes." -> "How many protein complexes does the membrane have?"."""
    rest = _CLAUSE_END.sub("", after.rstrip(".!"))
    opening = re.fullmatch(r"(?:[A-Z][^,]*,)?", before)  # "Over the coming weeks," is left out
    counted = _COUNTED.match(rest)
    if opening is not None and counted is not None:
        return f"How many {counted['unit']} {counted['verb']}?"
    there = re.fullmatch(r"There (?P<verb>are|were|is|was)", before)
    rest = rest.split(",")[0]
    # "rings of holes" is what is counted; "in the old mill" is where
    unit = re.match(r"(?P<unit>[a-z][a-z ]*?(?: of [a-z]+)?)(?P<rest>(?: (?:in|on|to|at|for|from)\b.*)?)$", rest)
    if there and unit:
        return f"How many {unit['unit']} {there['verb']} there{unit['rest']}?"
    owner = re.fullmatch(r"(?P<subject>The [a-z][\w ’'-]*?) (?P<verb>has|have|had)", before)
    if owner and unit:
        subject = "the" + owner["subject"][3:]
        return f"How many {unit['unit']} {_HAVE[owner['verb']]} {subject} have{unit['rest']}?"
    return None


def _clause_question(word: str, before: str, after: str, prepositions: tuple[str, ...]) -> str | None:
    """"The space station was launched on {April 19, 1982}." -> "When was the space station launched?"."""
    for preposition in prepositions:
        if before.endswith(" " + preposition) or before.endswith(" " + preposition + " the"):
            head = before[: before.rindex(" " + preposition)]
            break
    else:
        return None
    head = head.rsplit(", ", 1)[-1]  # "After ten test missions, Apollo 11 was launched on"
    clause = _CLAUSE.match(head[0].upper() + head[1:] if re.match(r"(?:the|a|an) ", head) else head)
    if clause is None or after not in _TAILS:
        return None
    if re.search(r"\b(?:a|an|the|of|on|in|at)\b", clause["rest"]) or len(clause["rest"].split()) > 3:
        return None  # "Where is the tower an iron lattice tower located on ...?": the verb has an object
    subject = clause["subject"]
    if subject.split()[0] in {"The", "A", "An"}:
        subject = subject[0].lower() + subject[1:]
    rest = clause["rest"] + ("" if after == "." else " " + after.rstrip("."))
    return f"{word} {clause['aux']} {subject} {rest}?"


#: Abbreviated units a number is asked with ("about 120 mm Hg", "5 km/h"), besides gz.MEASURE_UNITS.
_UNIT_ABBREVIATIONS = frozenset("mm cm km m mg g kg ml l ft mi mph kph km/h m/s hz khz mhz ghz kw mw w v mb gb".split())
#: The unit or counted noun right after a number: "mm Hg", "a.m.", or one word.
_AFTER_NUMBER = re.compile(
    r"\s+(?:mm\s?Hg\b|[ap]\.m\.|[AP]M\b|(?P<area>square|cubic) (?=[a-z]+\b)|(?P<word>[a-z]+(?:/[a-z]+)?|[A-Z]{2,4})\b(?![-/’'\w]))"
    r"|-(?P<joined>[a-z]+)\b\.?(?=[-\s,;])"  # "an {804-ft.}-long airship", "a {12-metre} mast"
)
#: A unit with the system it is counted in: "U.S. gallons", "short tons", "metric tons", "nautical miles".
_QUALIFIED_UNIT = re.compile(rf"\s+{gz.UNIT_SYSTEM}\s+(?P<unit>[a-z]+)\b")
#: The one noun a hyphenated quantity qualifies, ending its phrase: "24-karat {gold}.", "a 3-day {trek} to".
_HEAD_NOUN = re.compile(r" ([a-z]{3,})(?=[.,;:!?]|$| (?:in|on|at|of|for|with|by|from|to|and|or)\b)")
_IRREGULAR_PLURALS = frozenset("people men women children feet teeth geese mice oxen".split())


def with_unit(text: str, blank: Span) -> int:
    """Where a number's blank ends when it takes its unit or what it counts ("about {120 mm Hg}",
    "{15,000 cigarettes}", "{about 15 minutes}", "{about 7 p.m.}"): a teacher asks the quantity, not the
    bare digits. A word that only may follow a number ("10 round trips", "19 other finalists") stays out."""
    if blank.type is not AnswerType.NUMBER:
        return blank.end
    qualified = _QUALIFIED_UNIT.match(text, blank.end)
    if qualified and (qualified.group("unit") in gz.MEASURE_UNITS or qualified.group("unit") in _UNIT_ABBREVIATIONS):
        return _per_unit(text, qualified.end())  # "{2.3 million U.S. gallons}", "{13,000 short tons}"
    after = _AFTER_NUMBER.match(text, blank.end)
    if after is None:
        return blank.end
    if after.group("joined") is not None:
        joined = after.group("joined")
        if joined in {"year", "month", "week", "day"} and text.startswith("-old", after.end()):
            return after.end() + 4  # "{six-year-old} Dolly": an age in one word
        if joined in gz.MEASURE_UNITS or joined in _UNIT_ABBREVIATIONS:
            rate = re.match(r"-per-(?:hour|second|minute|day)\b", text[after.end():])
            return after.end() + (rate.end() if rate else 0)  # "{40-mile-per-hour} winds": a speed in one word
        head = _HEAD_NOUN.match(text, after.end())
        if head and NOUN in classes(joined) and NOUN in classes(head.group(1)) and head.group(1) not in gz.FUNCTION_WORDS:
            return head.end()  # "sheets of {24-karat gold}": the number and what it qualifies are one answer
        return blank.end
    if after.group("area") is not None:  # "{two square kilometres}": an area or a volume is one unit
        unit = re.match(r"[a-z]+\b", text[after.end():])
        if unit is None or not (unit.group() in gz.MEASURE_UNITS or unit.group() in _UNIT_ABBREVIATIONS):
            return blank.end
        return _per_unit(text, after.end() + unit.end())
    word = after.group("word")
    if word is None:
        return after.end()
    if word.isupper():  # "{17,500 MPH}": an abbreviated unit in capitals
        return after.end() if word.lower() in _UNIT_ABBREVIATIONS else blank.end
    if word in gz.MEASURE_UNITS or word in _UNIT_ABBREVIATIONS:
        if word not in {"years", "year", "months", "month", "weeks", "days"}:
            return _per_unit(text, after.end())
        old = re.match(r" old\b", text[after.end():])  # "{12 years old}": an age is said with its "old"
        return after.end() + (old.end() if old and word in {"years", "year", "months", "month", "weeks", "days"} else 0)
    if word == "times" and re.match(r"\s*(?:[.!,;]|a |per |each |every |an? (?:day|week|month|year|hour|minute|second)\b)", text[after.end():]):
        rate = re.match(r" (?:per|each|every|a|an) (?:day|week|month|year|hour|minute|second)\b", text[after.end():])
        return after.end() + (rate.end() if rate and not rate.group().startswith((" a ", " an ")) else 0)
        # "about {50 times} a day": how often, not "ten times larger"; "{60 times each minute}": a rate is one unit
    if word == "times" and re.match(r" (?:that|those) of\b| as\b| (?:more|less)\b| [a-z]{3,}er\b", text[after.end():]):
        return after.end()  # "{27 million times} that of the moon", "{ten times} more clearly": a multiple (the number alone is accepted)
    if word in gz.FUNCTION_WORDS or word in {"others", "times", "percent"} or NOUN not in classes(word):
        return blank.end
    plural = word in _IRREGULAR_PLURALS or word.endswith("men") or word.endswith("s") and not word.endswith(("ss", "us", "is"))
    if not plural:
        return blank.end
    measure = re.match(r" of ([a-z]{3,})\b(?! of\b)", text[after.end():])
    if measure and NOUN in classes(measure.group(1)) and measure.group(1) not in gz.FUNCTION_WORDS and word in _CONTAINERS:
        return after.end() + measure.end()  # "{twenty flights of stairs}", "{three cups of beans}": a measure and what it measures
    return after.end()


#: Counted nouns that measure what their "of" names: "flights of stairs", "cups of beans", "bags of rice".
_CONTAINERS = frozenset(
    "flights cups bags boxes bottles buckets barrels tons tonnes sacks loads piles rows pairs sheets pieces slices "
    "spoonfuls handfuls glasses jars crates cases cans layers rolls bundles".split()
)


def _taken_end(text: str, blank: Span) -> int:
    """Where a blank's answer ends in the fact: its unit, and the bracket restating it in other units."""
    end = with_unit(text, blank)
    restated = _RESTATED.match(text, end) if end > blank.end else None
    return restated.end() if restated else end


#: A bracket right after a quantity's unit restating it in other units: " (30 centimeters)", " (65 mi)",
#: a range too (" (19-31 miles)") and a qualified value (" (nearly 10 ft)").
_RESTATED = re.compile(
    r" (?:\((?P<value>(?:about |around |c\. |nearly |almost |roughly |over |some )?\d[\d,.]*(?:[–-]\d[\d,.]*)?\s?(?:[a-z]+\.?(?:/[a-z]+)?)(?: [a-z]+)?)\)"
    r"|\[(?P<range>\d[\d,.]*[–-]\d[\d,.]*\s?[a-z]+\.?)\])"  # or a range in square brackets: " [13–16 ft]"
)
_PER_UNIT = re.compile(r" per (?:square |cubic )?(?P<unit>[a-z]+)\b")  # "pounds per square inch"


def _per_unit(text: str, end: int) -> int:
    """A rate is one unit: "{5 miles per second}" ("a day" stays out: "{6-8 miles} a day")."""
    per = _PER_UNIT.match(text, end)
    if per and (per.group("unit") in gz.MEASURE_UNITS or per.group("unit") in _UNIT_ABBREVIATIONS) and not per.group("unit").endswith("s"):
        return per.end()
    return end


def fact_text(candidate: Candidate, units: bool = True) -> str:
    """The sentence in deck syntax: blanks as {answer|alternative}, literal braces escaped. With
    `units`, a number's blank takes its unit or counted noun and accepts the bare number too
    ("{15,000 cigarettes|15,000}"); a fact asked "How many cigarettes ...?" keeps the bare number
    and accepts it with its noun ("{15,000|15,000 cigarettes}")."""
    text = candidate.text
    parts: list[str] = []
    cursor = 0
    if candidate.lead is not None:
        cursor = candidate.lead[0]
        parts.append(_escape(candidate.lead[1]))
    for blank in candidate.blanks:
        parts.append(_escape(text[cursor : blank.start]))
        unit_end = with_unit(text, blank)
        restated = _RESTATED.match(text, unit_end) if units and unit_end > blank.end else None
        end = restated.end() if restated else unit_end if units else blank.end
        # asked "How many rays ...?", the bare number is the answer and "seven rays" is accepted too
        accepted = [blank.text + text[blank.end : end], blank.text, blank.text + text[blank.end : unit_end],
                    *(a for a in blank.alternatives if normalize(a) != normalize(blank.text)),
                    *(a + text[blank.end : unit_end] for a in blank.alternatives if unit_end > blank.end and blank.text.endswith(" " + a))]
        per = _PER_UNIT.search(text, blank.end, unit_end)
        if per and units and per.group("unit") in {"second", "minute", "hour", "day"}:  # "{10 to 12 miles per second|10 to 12 miles}": a speed accepts its distance (the time is in the question)
            accepted.append(blank.text + text[blank.end : per.start()])
        if restated:  # "{about 12 inches (30 centimeters)|12 inches}": the bracket would give the answer away
            accepted += [a + text[blank.end : unit_end] + restated.group() for a in blank.alternatives if unit_end > blank.end and blank.text.endswith(" " + a)]
            accepted += [blank.text + text[blank.end : unit_end], restated.group("value") or restated.group("range")]
        in_digits = re.fullmatch(r"(?P<words>.+) \((?P<digits>\d[\d,.]*)\)", blank.text)
        if in_digits and unit_end > blank.end:  # "{four (4) feet|four feet|4 feet}"
            accepted += [in_digits["words"] + text[blank.end : unit_end], in_digits["digits"] + text[blank.end : unit_end]]
        age = re.fullmatch(r"-(year|month|week|day)-old", text[blank.end : unit_end])
        if age:  # "{six-year-old|six|six years old|six years}"
            accepted += [f"{blank.text} {age.group(1)}s old", f"{blank.text} {age.group(1)}s"]
        joined = re.match(r"-(year|month|week|day|hour|minute|second|mile|kilometre|kilometer|metre|meter|foot|inch|ton|tonne)\b", text[blank.end : unit_end])
        if joined and not age and re.fullmatch(r"[\d,.]+", blank.text):  # "a {36-week|36 weeks} voyage": the measure said as a noun
            accepted.append(f"{blank.text} {_PLURAL_UNITS.get(joined.group(1), joined.group(1) + 's')}")
        if text[blank.end : unit_end].endswith(" old"):  # "{approximately 2232 years old|2232 years old|2232 years}"
            accepted += [a[: -len(" old")] for a in accepted if a.endswith(" old")]
        accepted = [a for i, a in enumerate(accepted) if normalize(a) not in {normalize(b) for b in accepted[:i]}]
        parts.append("{" + "|".join(_escape(a).replace("|", "/") for a in accepted) + "}")
        cursor = end
    parts.append(_escape(text[cursor:]))
    return "".join(parts)


#: Units whose plural is not the singular and an "s".
_PLURAL_UNITS = {"foot": "feet", "inch": "inches"}


def _escape(text: str) -> str:
    return text.replace("{", r"\{").replace("}", r"\}")
