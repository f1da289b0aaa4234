"""Split paragraphs into sentences, and decide which sentences could become facts.

Splitting uses pysbd (rule-based, no model: it knows abbreviations, initials, decimals and quotes).
`skip_reason` names why a sentence should not become a card: boilerplate, bylines and photo
captions, questions, opinions, and sentences that are broken or cut off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quizgen.draft import gazetteer as gz
from quizgen.draft.clauses import EVERYONES_WE, plain_statement
from quizgen.draft.readers import Document
from quizgen.draft.words import NOUN, VERB, can_be_verb, classes, known, past_form

#: Sentences shorter than this many words rarely state a fact worth a card.
MIN_WORDS = 5
#: Longer ones are usually several facts run together; a curator would split them.
MAX_WORDS = 60


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document, exactly as written; `position` orders sentences in the document."""

    doc: int
    paragraph: int
    position: int
    text: str


@lru_cache(maxsize=1)
def _segmenter():  # type: ignore[no-untyped-def]
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


#: A full stop a page glued to the next sentence ("... a sphygmomanometer.A cuff with ..."): a word of
#: three lower-case letters or more, the stop, a capitalised word and a space.
_GLUED_STOP = re.compile(r"(?<=[a-z]{3}\.)(?=[A-Z][a-z]*(?:['’]s)?\s)")  # "... was found.Dolly's body was ..." too


#: A clock time's "a.m."/"p.m." at a piece's end, and what goes on naming that time after it: a time zone
#: ("10:32 p.m. Pacific time", "1:17 a.m. EDT"), a weekday or a month ("9 a.m. Monday", "5 p.m. Aug. 5").
_CLOCK_END = re.compile(r"\d\s?[ap]\.m\.$", re.IGNORECASE)
_TIME_GOES_ON = re.compile(
    r"(?:(?:Pacific|Eastern|Central|Mountain|Atlantic|Greenwich|Universal|Moscow|British|Indian)\b"
    r"|[A-Z]{1,4}T\b|GMT\b|UTC\b|CET\b|CEST\b|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,? (?:the|a|an|it|he|she|they|we)\b)"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d)"
)


def split_sentences(paragraph: str) -> list[str]:
    pieces: list[str] = []
    for piece in (p.strip() for s in _segmenter().segment(paragraph) for p in _GLUED_STOP.split(s)):
        if pieces and _CLOCK_END.search(pieces[-1]) and _TIME_GOES_ON.match(piece):
            pieces[-1] += " " + piece  # "at 10:32 p.m." + "Pacific time last night ...": the time goes on, no end
        elif pieces and re.match(r"[a-z]|-[a-z]", piece) and re.search(r"\b[a-z]{1,4}\.$", pieces[-1]):
            pieces[-1] += piece if piece[0] == "-" else " " + piece  # "an 804-ft." + "-long airship": an abbreviation, no end
        elif piece:
            pieces.append(piece)
    return pieces


#: Reference marks of encyclopedias ("[1]", "[note 2]", "[citation needed]"): not part of the prose.
_REFERENCE_MARK = re.compile(
    r"\[(?:\d+|[a-z]|note \d+|nb \d+|(?:lower|upper)-(?:alpha|roman) \d+|citation needed|\d+[–-]\d+)\](?:\s?:\s?\d+(?:[–-]\d+)?(?=\[|\s|$))?"
)  # "[lower-alpha 2]": a footnote's letter
# (with the page it cites: "[6]:100")


#: The label of a question or an answer on a Q&A page: "Q: ...", "A: ...", "Answer: ...".
_QA_LABEL = re.compile(r"^(?P<label>Q|A|Question|Answer)\s*[:.)]\s+(?=[A-Z0-9“\"])")


def document_sentences(doc_index: int, document: Document) -> list[Sentence]:
    sentences: list[Sentence] = []
    for p_index, paragraph in enumerate(document.paragraphs):
        if paragraph[:1] in "“\"" and paragraph.count(paragraph[0]) == 1 and "”" not in paragraph:
            paragraph = paragraph[1:]  # a stray opening quote a page left before its first sentence
        label = _QA_LABEL.match(paragraph)
        asked = label is not None and label.group("label") in {"Q", "Question"}
        if label is not None:
            paragraph = paragraph[label.end() :]  # "A: Swarming bees ...": the label is no part of the sentence
        for text in (piece for whole in split_sentences(_REFERENCE_MARK.sub("", paragraph)) for piece in _unquoted_split(whole)):
            if not re.search(r"\w", text):
                continue  # a closing quotation mark left alone
            if asked:
                text = "Q: " + text  # every sentence of a reader's question is the question ("There is a swarm in my garden.")
            text = _TEASER.sub("", _LEAD_PUNCTUATION.sub("", _ADDRESS_LEAD.sub("", text)))
            if not re.search(r"\w", text):
                continue
            previous = sentences[-1] if sentences else None
            if previous is not None and _LONE_LABEL.fullmatch(previous.text) and previous.paragraph == p_index - 1 and text[:1].isupper():
                # "Assimilation:" on its line above "The nitrates ... are absorbed ...": the label is the term the text
                # defines, one sentence "Assimilation: The nitrates ..."; a text that names the term itself stands alone
                label = _LONE_LABEL.fullmatch(previous.text).group("label")  # type: ignore[union-attr]
                if not re.search(rf"\b{re.escape(label)}\b", text, re.IGNORECASE):
                    sentences[-1] = Sentence(doc_index, p_index, previous.position, f"{label}: {text}")
                    continue
            labelled = _LABEL_OPEN.match(text)
            if labelled and re.search(rf"\b{re.escape(labelled.group('label'))}\b", text[labelled.end():], re.IGNORECASE):
                text = text[labelled.end():]  # "Denitrification: The process ... is known as denitrification."
            if previous is not None and previous.text.endswith(":") and text[:1] in "\"“" and previous.paragraph >= p_index - 1:
                # "The plaque reads:" + "“Here men from ...”": one sentence, the colon opens the quotation
                sentences[-1] = Sentence(doc_index, p_index, previous.position, previous.text + " " + text)
                continue
            sentences.append(Sentence(doc_index, p_index, len(sentences), text))
    return sentences


#: A label alone on its line above its text ("Assimilation:", "Nitrification :"): one to three words.
_LONE_LABEL = re.compile(r"(?P<label>[A-Z][a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2})\s?:")
#: A label opening a sentence: "Nitrification : The process of ...", "Heat and Pressure: ... by intense heat and pressure".
_LABEL_OPEN = re.compile(r"(?P<label>[A-Z][a-z][\w'’-]*(?: (?:[a-z][\w'’-]*|(?:and|or) [A-Z][a-z][\w'’-]*)){0,2})\s?:\s+(?=[A-Z])")
#: Punctuation a split left at a sentence's start (": Denitrification: ...").
_LEAD_PUNCTUATION = re.compile(r"^[:;,.]+\s*")
#: The writer turning to the reader before a colon: "Let’s see how nephrons work: Each nephron ...".
#: The writer building suspense before a dash or a colon: "..., something magical happens - it turns into ...".
_TEASER = re.compile(r"\b[Ss]omething (?:[a-z]+ )?(?:happens|occurs|takes place)\s*[-–—:]\s*(?=[a-z])")
_ADDRESS_LEAD = re.compile(r"^(?:Let['’]s|Let us|Here['’]s|Here is|Here are) [^:]{1,60}:\s+(?=[A-Z])")


def _unquoted_split(text: str) -> list[str]:
    """A "sentence" past MAX_WORDS that a quotation held together (a page quoting a whole passage,
    "“On December 23, 1938, ... . As he frequently did, ... . There she found ...”") split at its
    own full stops, the quotation marks around the passage dropped; other sentences as they are."""
    if len(text.split()) <= MAX_WORDS or not re.search(r"[“\"]", text):
        return [text]
    pieces = re.split(r"(?<=[a-z0-9)][.!?])[”\"]?\s+[“\"]?(?=[A-Z])", text)
    if len(pieces) < 2:
        return [text]
    lead = re.match(r"^([^“\"]{1,40}?)\s+[“\"](?=[A-Z])", pieces[0])
    if lead:  # "the coelacanth “On December 23, ...": a short answer line before the quoted passage
        pieces[0:1] = [lead.group(1), pieces[0][lead.end() :]]
    return [re.sub(r"^[“\"]", "", p) if p.count("“") + p.count('"') + p.count("”") == 1 else p for p in pieces]


def cut_clauses(text: str) -> str | None:
    """What is whole of a sentence a page cut off mid-way ("..., she joined the U.S. Bureau of Fisheries
    writing about fishing and the sea f"): the text before its last, cut word, without the function
    words and commas left dangling, ending in " …"; None when too little is left to state anything."""
    words = text.split()[:-1]
    whole_word = text.split()[-1].lower().strip(",;:") in _FUNCTION_ENDS  # "..., which": cut after a whole word, not in a name
    if whole_word:
        words = text.split()
    while not whole_word and words and words[-1][:1].isupper() and len(words) > 1:
        words.pop()  # a name may be what was cut ("in Port Harbou")
    while words and (words[-1].lower().strip(",;:—–-") in _FUNCTION_ENDS or re.search(r"[,;:—–(-]$", words[-1])):
        words = words[:-1] if words[-1].lower().strip(",;:—–-") in _FUNCTION_ENDS or len(words[-1]) < 2 else words[:-1] + [words[-1].rstrip(",;:—–(-")]
    if len(words) < 6:
        return None
    kept = " ".join(words)
    if re.match(r"(?:When|While|Although|Though|If|After|Before|As|Because|Since|Once|Until|Whether)\b", kept) and ("," not in kept or len(kept.split(",", 1)[-1].split()) < 6):
        return None  # "When he was able to visit ..., Smith": the main clause is what was cut
    if skip_reason(kept + ".") is not None:
        return None
    return kept + " …"


# --- why a sentence is left out -------------------------------------------------------------

_BOILERPLATE = re.compile(
    r"condensed version|all rights reserved|\bclick here|\bsubscribe|\bsign up\b|newsletter|\bread more\b|"  # not "spread more"
    r"\bfollow us\b|\bcookies?\b|advertisement|share this|copyright|©|this (article|story|post|page) "
    r"(was|has been|is)|contributed to this report|editing by|reporting by|terms of (use|service)|"
    r"privacy policy|related articles?|you may also like|originally (published|appeared)|last (modified|updated)\b|"
    r"photo gallery",
    re.IGNORECASE,
)
#: A writer's role names a byline in a short line ("Jane Doe, staff writer"); a longer sentence only cites one.
_BYLINE_ROLE = re.compile(r"\b(staff (writer|reporter)|correspondent|senior editor)\b", re.IGNORECASE)
BYLINE_WORDS = 15
_BYLINE = re.compile(
    r"^(by|written by|words by|posted by)\s+(?-i:[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3})\s*(,|\||$|and\b)|"
    r"^(published|updated|posted)\b.*\d|"
    r"^(?:updated|reviewed|medically reviewed|edited|fact[- ]checked)(?: and \w+)? by:?\s+(?-i:[A-Z])|^review date\b|"
    # a health page's credit: "Updated by: Neil K. Kaneshiro, MD, ..."
    r"[\w.+-]+@[\w-]+\.[\w.]+",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"\bseen here\b|\bpictured\b|\bphoto(graph)?( by|:|\s*credit)|\bimage:|\bcredit:|"
    r"\b(getty( images)?|afp|reuters|ap photo|shutterstock)\s*/|/\s*(getty|afp|reuters|ap)\b|"
    r"\bpictured:|\bfile photo\b|\(l-r\)|\bleft to right\b|\bartist['’]s (impression|rendering)\b|"
    r"\b(painting|drawing|engraving|illustration|lithograph|sculpture) by (?-i:[A-Z])|"
    r"[).](?-i:[A-Z][A-Za-z]{1,24})$|"  # a credit glued to the caption's end: "... docked (2011-05-23)NASA"
    r"^in this (?:\w+ )?(?:image|photo|photograph|picture)\b|\bhandout (?:image|photo)\b|"
    r"\b(?:image|photo|photograph)s? (?:provided|released|supplied|distributed) by\b",
    # "In this handout image provided by NASA, ...", "This undated photo shows ..."
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(I|I'm|I’m|I've|I’ve|I'd|I’d|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've|[Ww]e’ve|[Mm]y|[Yy]ou|[Yy]our|[Yy]ou're|[Yy]ou’re)\b|"
    r"(?i:\b(in my (view|opinion)|should|must see|arguably|amazing|awesome|terrible|unfortunately|"
    r"hopefully|sadly|fortunately|it seems|obviously)\b)",
)
#: A comment adverb as an aside ("In 1906 unfortunately her husband died"): the writer's feeling about a
#: fact, not an opinion, when the sentence states a value (a year, a number, a name) beside it.
_COMMENT_ADVERB = re.compile(r"(?i:\b(?:unfortunately|sadly|fortunately|luckily|tragically)\b),?")
#: The writer's "our" and "us" ("laying the groundwork for our understanding"): an aside only when
#: the sentence states nothing checkable (no number, no name after its first word).
_WEAK_OPINION = re.compile(r"\b([Oo]ur|us)\b")
#: A relative clause of everyone's "we" right after its noun: "the food (that) we eat", "the air we breathe".
_GENERIC_WE = re.compile(r"(?<=[a-z]) (?:that |which )?we [a-z]+\b(?= *[,.;]| (?:is|are|was|were|comes?|came|makes?|made)\b)")
#: Everyone's "our" and "us": the human body and senses, the planet ("our eyes are more sensitive to blue",
#: "the sky appears blue to us"); a fact about people in general, not the writer's aside.
_GENERIC_OUR = re.compile(
    r"\bour (?:eyes|ears|bodies|body|skin|brains?|lungs|hearts?|blood|bones|teeth|senses|planet|world|Earth|atmosphere|"
    r"solar system|galaxy|sun|moon)\b|\b(?:appears?|looks?|seems?|sounds?) [a-z]+ to us\b"
)
#: Everyone's "we" in a definition: "A full moon is when we see the whole disc": what anyone sees, no view.
_DEFINING_WE = re.compile(r"\b(?:is|are|was|were) when (?:we|you) (?:see|observe|notice|get|find)\b")
#: "We know (that) ...", "Today we know ...": the writer reporting a fact, not giving a view.
_REPORTING = re.compile(r"\b(?:(?:Today|Now|Thus|So),? )?[Ww]e (?:now |also )?know(?: that)?\s+")
#: A roman numeral after a name is no pronoun: "Photosystem I", "World War I".
_NUMERAL_I = re.compile(r"(?<=\s)([A-Z][\w-]*) I\b")
#: Sentences about the page rather than its subject ("MailOnline takes a look at ...", "Good question!").
_DISCOURSE = re.compile(
    r"\b(takes? a (closer )?look at|let['’]s (take a )?look|here['’]s (how|what|why|a)|here (is|are) (how|what|why|some)|"
    r"in this (article|post|piece|guide|video|section)|read on\b|find out (more|how|why|what)|stay tuned|"
    r"(good|great) question|as (mentioned|noted|discussed|seen) (above|below|earlier))",
    re.IGNORECASE,
)
#: An article or preposition followed straight by another function word or a stop: a lost word,
#: as in "were able to obtain the by performing" (not the end of a name or an initial: "Xi'an in",
#: "Xi'an,", "her B.A in mathematics").
_BROKEN = re.compile(
    r"(?<![\w'’.-])\b(the|a|an|their|its)\s+(the|a|an|of|to|by|with|for|from|in|on|at|and|or|is|was|were|are)\b|"
    r"(?<![\w'’.-])\b(the|a|an|of)\s*[.,;:!?](?![a-z]\.)",  # "a.m.", "a.k.a." are no lost word
    re.IGNORECASE,
)
#: A glossary line, a label and its definition: "Meteorite: A meteor that hits Earth without ...".
_GLOSSARY = re.compile(r"^[A-Z][a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}: (?:A|An|The|Any) [a-z][\w'’-]*(?: [\w'’,-]+){3,}[.!]$")
_QUOTES = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|'[^']*'(?!\w)|«[^»]*»")  # «...»: guillemets, as Spanish and French pages quote


def _outside_quotes(text: str) -> str:
    return _QUOTES.sub(" quote ", text)


#: Verbs that open an instruction to the reader ("View the photo gallery", "Watch this video").
_IMPERATIVE = re.compile(
    r"^(View|Watch|Read|See|Click|Tap|Subscribe|Follow|Share|Download|Listen|Sign|Learn|Find|Check|"
    r"Explore|Join|Visit|Complete|Try|Look|Take|Let|Note|Remember|Imagine|Consider|Do|Don't|Please)\b"
)
#: An invitation to the reader after an opening phrase: "On the tenth anniversary of the museum, explore ...".
_OPENED_IMPERATIVE = re.compile(
    r"^[A-Z][^,]{0,80}, (?:dive into|explore|discover|learn|read|find out|check out|take a look|join|visit|watch|meet|enjoy|get to know)\b"
    r"(?! (?:is|are|was|were)\b)"
)
#: A sentence opening on a bare verb and its object, after an optional "Then" or "Now": an
#: instruction to the reader ("Use two books to model ...", "Then show a world map ..."); or a
#: transition announcing what comes ("Now comes the mechanism ...", "Next comes the question of ...").
_BARE_VERB_OPEN = re.compile(
    r"^(?:(?:Then|Now|Next|First|Finally|Also|Second|Third|Afterwards|Again),?\s+)?(?P<verb>[A-Za-z]+)\s+"
    r"(?:the|a|an|two|three|four|five|six|several|some|them|it|this|these|those|each|every|one|both|all|\d)\b"
)
_TRANSITION = re.compile(r"^(?:Now|Here|Next|Then|Finally)\s+comes?\s+(?:the|a|an|what|how|our|some)\b")


def _instruction(text: str) -> bool:
    """An instruction to the reader or a transition (see _BARE_VERB_OPEN, _TRANSITION): a bare
    verb's base form (no -s, -ed, -ing), which a noun opening a statement is not followed by."""
    if _TRANSITION.match(text):
        return True
    match = _BARE_VERB_OPEN.match(text)
    if match is None:
        return False
    verb = match.group("verb")
    if match.start("verb") == 0 and not verb[0].isupper() or verb.lower() in gz.FUNCTION_WORDS:
        return False
    return verb.lower() in _INSTRUCTING_VERBS


#: Verbs that open the steps of an activity or an exercise ("Use two books ...", "Draw a line ...").
#: A closed list: a word that can be a verb may be a name or a noun opening a statement ("Dolly the sheep ...").
_INSTRUCTING_VERBS = frozenset(
    """use show make put place draw add mix cut hold ask write compare measure pour fill turn slide push pull give
    tell keep leave open close pick choose describe explain discuss name list identify label record observe repeat
    build cover heat cool shine drop roll fold stick tape glue attach connect paint colour color trace sketch plot
    count weigh predict test sort match discover investigate research pretend think picture stack arrange
    lay spread stir shake blow press""".split()
)


_VERB_HINT = re.compile(
    r"\b(is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|may|might|must|shall|should)(?:n['’]t)?\b|"
    r"\b[a-z]{3,}(ed|es)\b|\b(made|found|began|led|took|gave|became|won|built|held|left|went|came|saw|knew|lost|"
    r"wrote|grew|spread|set|put|kept|brought|told|said|got|ran|rose|fell|stood|lay|meant|met|paid|sent|shot)\b"
)


def skip_reason(text: str, final: bool = False, ends_document: bool = False) -> str | None:
    """Why this sentence should not become a fact, or None when it may.

    `final`: the sentence ends its paragraph, so a missing full stop may just be a missing full stop
    (web pages drop them) when the sentence is otherwise complete; at the very end of a document
    (`ends_document`) it more likely means the text was cut off, unless it ends on a value.
    """
    words = text.split()
    if _BOILERPLATE.search(text):
        return "boilerplate"
    if _CAPTION.search(text):
        return "photo caption or credit"
    if _BYLINE.search(text) or _BYLINE_ROLE.search(text) and len(words) <= BYLINE_WORDS:
        return "byline"  # (a long sentence "... according to a Reuters correspondent in ..." is a sentence)
    if text.rstrip("\"”’') ").endswith("?") or text.startswith("Q: "):
        return "question"
    # a relative clause set off by commas may point at the page ("the drawing, which is included in this
    # article, and ...") while the sentence states a fact about something else
    unaside = re.sub(r",\s+(?:which|that|who)\b[^,]*,", ",", text)
    if _IMPERATIVE.match(text) or _OPENED_IMPERATIVE.match(text) or _DISCOURSE.search(unaside) or _instruction(text):
        return "opinion or address to the reader"
    if not re.search(r"[.!]([\"”’')\]]*)$", text) and not (final and _complete(text, ends_document)) and not _lead_in(text, final):
        return "not a full sentence"
    if len(words) < MIN_WORDS and not _short_fact(text):
        return "too short"
    if len(words) <= 12 and not _has_verb(text) and not _GLOSSARY.match(text):
        return "not a full sentence"  # a title or a label with a full stop: "The Last Day of Pompeii."
    if len(words) <= 10 and _title_case(words):
        return "heading"  # "It is Not Just a Wall.": a FAQ's section label with a full stop
    if len(words) > MAX_WORDS and len(_without_asides(text).split()) > MAX_WORDS:
        return "too long"  # a long bracketed aside is not the sentence's own length
    if text[0].islower() or _unbalanced(text) or _BROKEN.search(_outside_quotes(text)) or _cut_with_ellipsis(text):
        return "broken or truncated"
    if "\ufffd" in text:
        return "garbled characters"
    core = _REPORTING.sub("", _NUMERAL_I.sub(r"\1 one", re.sub(r"\([^()]*\)", " ", _outside_quotes(text))))
    if re.search(r"\d", core):  # "Bees pollinate a third of the food we eat.": everyone's "we" beside a number
        core = _GENERIC_WE.sub(" ", core)
    core = _GENERIC_OUR.sub(" ", EVERYONES_WE.sub(r"\g<noun>", _DEFINING_WE.sub(" is when ", core)))
    if _states_a_value(core):
        core = _COMMENT_ADVERB.sub(" ", core)
    if _OPINION.search(core) or _WEAK_OPINION.search(core) and not _states_a_value(core):
        return "opinion or address to the reader"
    if re.search(r"!\s*$", _outside_quotes(text)) and not re.search(r"\d", core) and not plain_statement(text):
        return "exclamation"  # "... about 180L per day!": a children's explainer states its values with a "!"
    if _POINTS_BACK.search(text) and not re.search(r"\d|(?<=\s)[A-Z][a-z]", text) and not _NAMING.search(text):
        return "points back"  # "Yet this explains only one ...", "The effect of this is ...": about the sentence before
    if _quotation(text):
        return "quotation of a person"
    if _hearsay(text):
        return "opinion or address to the reader"  # "Hillary reported that the snow ...", "Many people still wonder if ..."
    if _UNCERTAIN.search(core) and not re.search(r"\b(?:but|although|though|while|whereas)\b", core):
        return "uncertain"  # "The purpose of the tusk has been the subject of much debate.": no answer to check
        # ("... remains unclear, but officials said the eight are in good health": the rest is known)
    return None


#: A sentence saying its point is not known: debated, unclear, only possible. A teacher asks what is known.
_UNCERTAIN = re.compile(
    r"\b(?:(?:has been|is|was|remains|remained) the (?:subject|matter|topic) of (?:much |some |considerable |long |great )?"
    r"(?:debate|speculation|controversy|dispute)|remains? (?:unclear|unknown|uncertain|a mystery)"
    r"|(?:is|was|it['’]s) (?:not |un)clear (?:whether|if|how|why|what)|(?:is|are|was|were) possibly)\b"
)


#: A bare "this" as what a sentence is about, after an opening conjunction or as the thing an "of" names
#: ("But, this is not usual.", "Yet this explains ...", "The noticeable effect of this is ..."): the sentence
#: speaks of the one before it and states nothing alone (unless it names or counts something, or defines).
_POINTS_BACK = re.compile(
    r"^(?:(?:Yet|But|And|So|Thus|Still|Again|Also)\b,? )?(?:this|This|that|That)\b(?= (?:is|was|can|could|explains|means|shows|happens|makes|causes|leads)\b)"
    r"|\b(?:of|from|by) this (?:is|was)\b"
)
_NAMING = re.compile(r"\b(?:called|known as|named|termed|referred to as)\b")


#: A sentence that goes on from the one before it and says nothing alone: "This is when the earth is
#: between ...", "This process can be repeated ...", "It is 8.6 times saltier ...", "Others suggested ...",
#: "The moon is closer to the sun at this phase ..." (the phase the sentence before names).
#: It is drafted with that sentence, as one fact (see `joins_previous`).
_GOES_ON = re.compile(
    r"^(?:(?:This|That) (?:is|was) (?:when|where|why|how|because)\b"
    r"|(?:This|These) (?:process|phase|stage|step|cycle|effect|change|pattern|happens|means)\b"
    r"|(?=[^,;]*\b(?:at|in|during) this (?:phase|stage|step)\b)"
    r"|It (?:is|was) (?:also )?(?:about |roughly |nearly |some |almost )?\d"
    r"|Others (?:suggested|proposed|believed|thought|argued|claimed|said)\b)"
)
#: Words of two sentences drafted as one at most: longer, they are two facts a curator would split.
JOIN_WORDS = 45


def joins_previous(text: str, previous: str) -> bool:
    """The sentence goes on from `previous` (see _GOES_ON), and the two are short enough to be one fact."""
    return _GOES_ON.match(text) is not None and len(text.split()) + len(previous.split()) <= JOIN_WORDS


#: Small words that prose never capitalises inside a sentence, and a title-case heading does ("Not Just a").
_HEADING_WORDS = frozenset("Not Just Is Are Was Were Its How Why What Only Also Very More Than But Into".split())


def _title_case(words: list[str]) -> bool:
    """Words of a heading in title case: two or more capitalised after the first, one of them a small
    word that a sentence writes in lower case (a name's "The" or "Of" does not count)."""
    rest = [w.strip("\"“”’'(),.;:!?") for w in words[1:]]
    capitalised = [w for w in rest if w[:1].isupper()]
    return len(capitalised) >= 2 and any(w in _HEADING_WORDS for w in capitalised)


def _hearsay(text: str) -> bool:
    """Someone's report, wonder or wish as the main clause, without a value (see _HEARSAY); a group
    named by a common noun ("Scientists reported ...") states what a field holds: kept; what someone
    thought or believed ("Darwin thought that species change ...") may be the fact: kept."""
    match = _HEARSAY.match(text)
    if match is None or re.search(r"\d", text):
        return False
    subject = match.group("who")
    if match.group("verb") in {"says", "said"} and subject not in {"He", "She", "They"}:
        return False  # "Marlow said the ship was built at Tarnby": a witness's report may be the fact
    return subject in _HEARSAY_PEOPLE or not any(known(w) for w in subject.split())


_HEARSAY_PEOPLE = frozenset({"He", "She", "They", "Many people", "Some people", "People", "Many", "Some"})
#: Someone's words, wonder or wishes as the main clause: "He says faeces and urine ...", "Many
#: people still wonder if ...", "Ang Tshering wants the government to ...".
_HEARSAY = re.compile(
    r"^(?P<who>Many people|Some people|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: still| also| now| often)? "
    r"(?P<verb>says|said|reported|reports|wonders?|wondered|wants?|wanted|hopes?|hoped|feels?|felt)\b(?!,)"
)  # "Per reports, the wave wiped out ...": a source named before the claim, no one's words


#: Verbs that frame someone's words: "..., Doehner told the Associated Press."
_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|recalled|recalls|added|adds|explained|explains|wrote|writes|asked|remembered|remembers|exclaimed|shouted|replied|noted|notes)\b")


def _quotation(text: str) -> bool:
    """The sentence is someone's words and who said them ("“Instantly, the whole place was on fire,”
    Doehner told the Associated Press."): what a witness felt or said is no fact a teacher asks. A
    quoted name or term inside a statement ("called it “The Iron Lady”") is no quotation."""
    quoted = sum(len(q.split()) for q in _QUOTES.findall(text))
    frame = _QUOTES.sub(" ", text)
    direct = text[:1] in "“\"‘«" or len(frame.split()) <= 6  # the words open the sentence, or a short frame ("He said: ...")
    if _FRAME_FACT.search(frame):
        return False  # "“...,” said Ian Wilmut, who headed the team who created her in 1996.": the frame states a fact
    if text[:1] in "“\"‘«" and quoted >= 2 and len(frame.split()) <= 8 and re.match(r"\s*,?\s*(?:said|says|told|added|asked|wrote)\b", frame):
        return True  # "“Rome is burning,” said X, 40.": words opening the sentence, then who said them
    if quoted >= 8 and quoted > 2 * len(frame.split()):
        return True  # "Famous lines on the sea: “...”": a quoted passage carries the sentence, whoever wrote it
    if _QUOTED_PREDICATE.search(text):
        return True  # "... and later “has drawn the interest of builders”": the page quotes someone's wording of the fact
    return direct and quoted >= 4 and quoted >= len(frame.split()) and bool(_SPEECH.search(frame))


#: A quoted verb phrase of several words: someone's wording, not the page's statement.
_QUOTED_PREDICATE = re.compile(r"[“\"](?:has|have|had|is|are|was|were|will) [a-z][^”\"]{12,}[”\"]")


#: A clause about the speaker with a year or a number in it: what the frame of a quotation states.
_FRAME_FACT = re.compile(r",\s+(?:who|which)\s+[a-z]+\b[^“\"”]*\b\d{2,4}\b")


def _lead_in(text: str, final: bool) -> bool:
    """A whole sentence ending its paragraph with a colon, before the list it introduces: "The heart
    has two bundles of nerves that control its beating:" states a fact. A label ("Ingredients:") or
    a quotation's frame ("He said:") does not."""
    if not final or not text.endswith(":") or len(text.split()) < 6:
        return False
    if re.search(r"\b(?:said|says|say|wrote|writes|reads|read|added|explained|told|following|below|include|includes|are|as follows)\s*:$", text, re.IGNORECASE):
        return False
    return _has_verb(text[:-1]) and bool(re.match(r"[A-Z]", text))


#: A verb's -s form right after a singular noun opening the sentence: "The owl {eats} ...".
_THIRD_PERSON = re.compile(
    r"^(?:(?:The|A|An|Each|Every|This|Its) (?:[a-z]+ )?(?P<noun>[a-z]{3,})|(?P<head>[A-Z][a-z]{3,}(?:tion|sion|sis|ment|ance|ence|ism|ity)))"
    r" (?P<verb>[a-z]{3,}(?<!s)s)\b(?= [a-z]| \d)"
)  # "Gestation lasts 14–16 months": a process noun needs no article


_PLURAL_SUBJECT = re.compile(r"^(?:(?:The|Most|Many|Some|All) )?(?:[a-z]+ )?(?P<noun>[A-Za-z]{2,}[^s\W]s) (?P<verb>[a-z]{3,}(?<!s))\b(?= (?:about|the|a|an|\d|[a-z]+s\b))")


#: A plural noun, then a word that can be its verb (perhaps after an adverb), then what a verb takes: "cells gather
#: and", "cells stop the", "glaciers always carve deep valleys", "bees make honey combs".
_PLURAL_THEN_VERB = re.compile(
    r"\b(?P<noun>[A-Za-z][a-z]+[^s\W]s) (?:(?:always|often|never|usually|also|still|only|mostly|[a-z]{3,}ly) )?(?P<verb>[a-z]{3,}(?<!s)) "
    r"(?=(?:the|a|an|and|to|into|on|in|with|its|their|them|it)\b|[a-z]+ [a-z]{3,}[^s\W]s\b|[a-z]{3,}[^s\W]s\b)"
)


def _has_verb(text: str) -> bool:
    """A verb anywhere: a form of "be", "have" or a modal, an -ed or -es word, or a listed verb."""
    if _VERB_HINT.search(text) or _past_after_noun(re.findall(r"[\w'’-]+", text)):
        return True
    third = _THIRD_PERSON.search(re.sub(r" \([^()]*\)", "", text))  # "Gestation (the period ...) lasts ..."
    if third and can_be_verb(third.group("verb")) and not (third.group("noun") or "").endswith("s"):
        return True  # "The owl eats mice, voles and beetles.": a singular subject and its verb
    plural = _PLURAL_SUBJECT.search(text)
    if plural and plural.group("verb") not in gz.FUNCTION_WORDS and can_be_verb(plural.group("verb")):
        return True  # "Bees pollinate a third of the crops.": a plural subject and its verb
    if any(w in gz.VERB_FORMS or w in gz.COMMON_VERBS for w in re.findall(r"[a-z]+", text.lower())):
        return True
    for match in _PLURAL_THEN_VERB.finditer(text):  # "Killer T cells gather and attack ...", "... cells stop the attack"
        noun, verb = match.group("noun").lower(), match.group("verb")
        if NOUN in classes(noun[:-1]) and can_be_verb(verb) and verb not in gz.FUNCTION_WORDS and classes(verb) != {NOUN}:
            return True
    # a verb's irregular past form after the first word ("The young Anning sold shells ...", "spoke")
    return any(classes(w) == {VERB} and past_form(w) for w in re.findall(r"(?<=\s)[a-z]{3,}\b", text))


def _short_fact(text: str) -> bool:
    """A sentence of three or four words that still states something: a name given ("It was named
    Neptune.") or a number ("It weighs 45 tons.")."""
    if len(text.split()) < 3 or not _has_verb(text):
        return False
    return bool(re.search(r"\b(?:named|called|renamed|dubbed|christened|nicknamed|known as) [A-Z“\"]|\d|\b(?:has|have|had) no [a-z]{3,}", text))
    # "Drones have no sting.": what a thing lacks is a fact


def _states_a_value(text: str) -> bool:
    """A number, or a capitalised word after the first: something a blank could hold."""
    return bool(re.search(r"\d|(?<=\s)[A-Z][a-z]", text))


def _complete(text: str, ends_document: bool) -> bool:
    """A sentence without its full stop that still reads as a whole sentence."""
    words = re.findall(r"[\w'’-]+", text)
    if len(words) < 6 or not (_VERB_HINT.search(text) or _past_after_noun(words)) or re.search(r"[,;:(—–-]\s*$", text):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    if capitalised > 0.6 * len(words):
        return False  # a heading in title case
    last = words[-1].lower()
    if last in _FUNCTION_ENDS:
        return False
    # At the very end of a document a missing stop more likely means the text was cut off ("arrived
    # in New York Harbou"): only a number there is taken as a whole ending.
    return not ends_document or bool(re.fullmatch(r"\d[\d,.]*", words[-1]))


def _past_after_noun(words: list[str]) -> bool:
    """A past form right after a lower-case noun: "A second eruption hit on Saturday ..." (any verb's past,
    from the dictionary, not only those of _VERB_HINT)."""
    from lemminflect import getAllLemmas, getInflection

    from quizgen.draft.words import NOUN, classes

    def past(word: str) -> bool:  # "hit", "cut", "set" too: a past the same as its base
        return any(word in getInflection(lemma, tag="VBD") for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()))

    return any(NOUN in classes(before) and past(w) for before, w in zip(words, words[1:]) if before.islower() and w.islower())


#: Words a complete sentence does not end on.
_FUNCTION_ENDS = frozenset(
    "a an the of to in on at by for from with and or but as is was were are be that which who its their his her this".split()
)


def _cut_with_ellipsis(text: str) -> bool:
    """A snippet cut off with an ellipsis after a verb or a function word: "..., and more, make …"
    (a clause ending on its name, "... went to school in Hartwell …", is whole)."""
    match = re.search(r"\b([a-z]+)\s*(?:…|\.\.\.)$", text)
    if match is None:
        return False
    word = match.group(1)
    return word in gz.FUNCTION_WORDS or can_be_verb(word) and not re.search(r"s$", word) and word not in {"more", "else"}


#: An aside opened by a bracket and never closed runs at least this many words to the sentence's end
#: before it counts as a lost closing bracket rather than a sentence cut off.
LOST_CLOSE_WORDS = 12


def _lost_close(text: str) -> bool:
    """The last "(" is never closed and opens a long aside: the page lost its ")" ("... the son of the
    vicar (the Reverend X, who had served ..., and his wife Y, ..., which still stands today.")."""
    if "(" not in text or text.count("(") != text.count(")") + 1:
        return False
    aside = text[text.rindex("(") + 1 :]
    return ")" not in aside and len(aside.split()) >= LOST_CLOSE_WORDS


def _without_asides(text: str) -> str:
    """The sentence without its bracketed asides, and without an aside whose ")" was lost."""
    if _lost_close(text):
        text = text[: text.rindex("(")]
    return re.sub(r"\([^()]*\)", "", text)


def _unbalanced(text: str) -> bool:
    """Brackets or quotes left open; a quotation opened after a comma or colon and running to the
    sentence's end (its closing mark lost: `..., "in recognition of ... Becquerel.`) is not."""
    if _open_quote_to_end(text):
        text = text[: _open_quote_to_end(text)]
    pairs = [("(", ")"), ("[", "]")]
    if _lost_close(text):
        text = text[: text.rindex("(")]
    if any(text.count(a) != text.count(b) for a, b in pairs):
        return True
    # pages mix their quotation marks ("(Phoenician ”walled city\")"): only an odd count is open
    marks = sum(text.count(q) for q in '"“”')
    if marks == 1 and re.search(r"[.!][\"”]$", text):
        return False  # the last sentence of a quoted passage opened sentences before: its closing mark
    return marks % 2 == 1


def _open_quote_to_end(text: str) -> int:
    """Where an unclosed final quotation starts, or 0."""
    match = re.search(r"[,:]\s+([\"“])[^\"“”]{12,}[.!]$", text)
    if match is None:
        return 0
    before = text[: match.start(1)]
    balanced = before.count('"') % 2 == 0 and before.count("“") == before.count("”")
    return match.start(1) if balanced else 0


#: A photo credit in brackets closing a paragraph: "(Photo: Suez Canal Authority)", "(Image credit: NASA)".
_BRACKETED_CREDIT = re.compile(r"\((?:photo|photograph|image|picture|credit)(?: credit)?(?: by)?:? [^()]+\)\s*$", re.IGNORECASE)


def caption_paragraphs(document: Document) -> set[int]:
    """Paragraphs that are a photo caption block: the caption, its credit, and the label above it."""
    captions: set[int] = set()
    for index, paragraph in enumerate(document.paragraphs):
        # A paragraph opening with a caption is one; a caption after a sentence of prose ("... in a
        # uraninite sample. Pictured: ...") is left out on its own, by `skip_reason`.
        sentences = split_sentences(paragraph) if paragraph.strip() else [""]
        # ... and so is a short one that ends with its credit in brackets: "Ship stuck in the canal. (Photo: X)"
        credited = len(sentences) <= 2 and _BRACKETED_CREDIT.search(paragraph) is not None
        if _CAPTION.search(sentences[0]) or credited:
            captions.add(index)
            previous = document.paragraphs[index - 1] if index else ""
            if index and len(previous.split()) <= 6 and not re.search(r"[.!?]$", previous):
                captions.add(index - 1)
    return captions
