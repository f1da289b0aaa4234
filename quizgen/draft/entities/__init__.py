"""Find what a quiz would ask about in a sentence: names, dates, years, numbers, titles, key terms.

No language model: names are typed by the words around them ("actress Yulia Peresild", "space
agency Roscosmos", "the drama film Nevesta", "Oleg Artemyev, a Russian cosmonaut"), first across
all input documents (a `Lexicon`), so that a later bare "Peresild" or "Challenge" is known too.
Dates, years and numbers with their units come from their form. Each `Span` has a rank: how sure
and how quiz-worthy it is; overlapping spans keep the best one.

Modules: `model` (Span, Lexicon), `patterns` (the forms spans are found by), `name_types` (what a
name is, from its shape and cues), `names` (names by their capitals), `measures` (numbers with
their units), `keyterms` (titles, acronyms, called names, key terms), `adjust` (spans refined
after they are found), `lexicon` (build_lexicon), `find` (find_spans, overlaps resolved).
"""

from quizgen.draft.entities.find import find_spans
from quizgen.draft.entities.lexicon import build_lexicon
from quizgen.draft.entities.model import Lexicon, Span

__all__ = ["Lexicon", "Span", "build_lexicon", "find_spans"]
