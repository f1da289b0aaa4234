"""A name of a place, building, institution or thing with its head word or the stem's words dropped or added."""

from __future__ import annotations

import re

from quizgen.core.text import normalize
from quizgen.study.grading.text import GLUE_WORDS, abbreviated


#: Generic head words naming the kind of a place or thing, which a student may drop or add ("the
#: Atlantic", "Lake Victoria", "Vostok" for "Vostok Station").
_DESCRIPTOR = re.compile(r"\b(?:ocean|sea|river|lake|mount|mountain|mountains|desert|island|islands|canal|bay|gulf|"
                         r"strait|peninsula|falls|station|glacier|plateau|reef|valley|volcano|operation|"
                         r"hms|uss|rms|hmcs|hmas|hmnzs|ss|mv|palace|castle)\b")  # ship prefixes too: "Erebus" for "HMS Erebus"


#: Words that are no name left alone, without the head word they describe ("Red" of "Red Sea",
#: "Dead" of "Dead Sea", "Great" of "Great Rift Valley", "Death" of "Death Valley").
_NO_NAME_ALONE = frozenset("red black white yellow green blue dead death great little big grand high low long "
                           "north south east west northern southern eastern western upper lower middle central "
                           "new old rift".split())


#: Head words of a building or a town's feature, named after the town or district it stands in
#: ("Westminster Abbey", "Osborne House", "London Bridge", "Hyde Park"): without it the name is the town's,
#: or another building's ("Westminster" is the Palace of Westminster too), so dropping one is "almost"
#: and adding one names another place. A palace or castle (`_DESCRIPTOR`) goes by its town's name:
#: "Windsor" for "Windsor Castle" is right.
_BUILDING = frozenset("abbey cathedral church chapel minster basilica mosque temple monastery priory tower bridge "
                      "house hall park square street gardens".split())


def _name_and_heads(key: str) -> tuple[list[str], set[str]]:
    """A name's words without the head words (`_DESCRIPTOR`, `_BUILDING`) it opens or ends with, and those head
    words: "mount everest" -> (["everest"], {"mount"}); a head word inside a name stays ("aoraki mount cook")."""
    words, heads = key.split(), set()
    while words and (_DESCRIPTOR.fullmatch(words[0]) or words[0] in _BUILDING):
        heads.add(words.pop(0))
    while words and (_DESCRIPTOR.fullmatch(words[-1]) or words[-1] in _BUILDING):
        heads.add(words.pop())
    return words, heads


def head_word_optional(typed_key: str, answer_key: str) -> str | None:
    """The same name with a generic head word dropped or added on one side: what remains is the same
    and still a name, and no side's head word is missing from the other's ("Victoria Falls" is not
    "Lake Victoria", nor "Vostok Station" "Lake Vostok"). "right" for the kind of a place
    (`_DESCRIPTOR`: "Vostok" for "Vostok Station"), "almost" when a building's word is dropped
    (`_BUILDING`: "Westminster" for "Westminster Abbey"), None otherwise (one added: "London Bridge" is no
    "London")."""
    (typed_name, typed_heads), (answer_name, answer_heads) = _name_and_heads(typed_key), _name_and_heads(answer_key)
    if not answer_name or typed_name != answer_name or typed_key == answer_key:
        return None
    if not (typed_heads <= answer_heads or answer_heads <= typed_heads):
        return None
    if set(answer_name) <= _NO_NAME_ALONE | GLUE_WORDS:
        return None
    if typed_heads - answer_heads & _BUILDING:
        return None  # "London Bridge" for "London": a building for its town
    return "almost" if answer_heads - typed_heads & _BUILDING else "right"


#: Words naming the kind of an institution: "University of St Andrews", "St Andrews University" and
#: "St Andrews" (a town too) are the same name with it dropped, added or moved.
_INSTITUTION = frozenset(["univ", "university", "college", "institute", "academy", "school", "polytechnic"])


def _institution_name(text: str) -> tuple[str, str | None]:
    """A name without its institution word (`_INSTITUTION`) and the word: "University of St Andrews" ->
    ("st andrews", "univ"); (the name, None) when it has none."""
    words = abbreviated(text).split()
    kinds = [w for w in words if w in _INSTITUTION]
    if len(kinds) != 1 or len(words) < 2:
        return " ".join(words), None
    at = words.index(kinds[0])
    if at == 0 and len(words) > 2 and words[1] == "of":
        return " ".join(words[2:]), kinds[0]
    if at == len(words) - 1:
        return " ".join(words[:-1]), kinds[0]
    return " ".join(words), None


def institution_named(typed: str, answer: str) -> bool:
    """The same name with an institution word dropped, added or moved ("St Andrews", "St Andrews
    University" for "University of St Andrews"): almost, for a town may share the name, and
    "Washington University" is not the "University of Washington"."""
    (typed_name, typed_kind), (answer_name, answer_kind) = _institution_name(typed), _institution_name(answer)
    if not typed_name or typed_name != answer_name or (typed_kind is None and answer_kind is None):
        return False
    return typed_kind is None or answer_kind is None or typed_kind == answer_kind


def stem_words_added(typed_key: str, answer_key: str, prompt: str) -> bool:
    """The answer with a word of the stem typed around it: "Operation Overlord" for "Operation ____",
    "Murray River" where the stem calls it a river. The answer itself must be there whole."""
    typed_words, answer_words = typed_key.split(), answer_key.split()
    n = len(answer_words)
    if not answer_words or "____" not in prompt or len(typed_words) <= n:
        return False
    before, _, after = prompt.partition("____")
    before_words, after_words = normalize(before).split(), normalize(after).split()
    common = {normalize(w) for w in re.findall(r"[^\W\d_]+", prompt) if w.islower()} - GLUE_WORDS
    for at in range(len(typed_words) - n + 1):
        if typed_words[at:at + n] != answer_words:
            continue
        head, tail = typed_words[:at], typed_words[at + n:]
        if len(head) + len(tail) > 2:
            continue
        if (not head or before_words[-len(head):] == head) and (not tail or after_words[:len(tail)] == tail):
            return True  # the words right before or after the blank, typed with it
        if len(head) + len(tail) == 1 and (head + tail)[0] in common:
            return True  # one common noun the stem uses ("river", "lake")
    return False
