"""Terms a page marks as the ones it defines: a word or two in double quotation marks.

An explainer puts the term it explains in quotation marks ('A "new moon" is ...', 'In the "waning
gibbous" phase, ...', 'Two "quarters," also called "half moons," ...'): those are the words a teacher
blanks. A quotation of what someone said is longer, or is said by someone ("... ," he said); a
sentence that is mostly quotation is no definition either.
"""

from __future__ import annotations

import re

from quizgen.core.model import AnswerType
from quizgen.draft.entities import Span

#: Words of a marked term at most.
MAX_WORDS = 4
#: A quoted word or few, the comma or stop an American page puts inside the marks left out.
_QUOTED = re.compile(r"[\"“](?P<term>[A-Za-z][A-Za-z'’ -]*?[A-Za-z])[,.]?[\"”]")
#: Before or after the marks, a verb of saying: a quotation, not a term ("he said", "told ... ").
_SAID = re.compile(r"\b(?:said|says|say|told|tells|asked|wrote|writes|added|adds|replied|shouted|tweeted)\b", re.IGNORECASE)


def quoted_terms(text: str, rank: int) -> list[Span]:
    """The terms the sentence puts in double quotation marks, as blanks of `rank`."""
    found = []
    words = len(text.split())
    for match in _QUOTED.finditer(text):
        term = match.group("term")
        if len(term.split()) > MAX_WORDS or len(term.split()) * 2 > words:
            continue
        around = text[max(0, match.start() - 12) : match.start()] + " " + text[match.end() : match.end() + 12]
        if _SAID.search(around):
            continue
        found.append(Span(match.start("term"), match.end("term"), term, AnswerType.TERM, rank))
    return found
