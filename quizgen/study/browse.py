"""The card browser's search language and its rows: pure, no I/O.

A search is written as in Anki's browser: words are ANDed, `or` between two terms, `-` before a
term negates it, parentheses group, double quotes keep spaces:

    deck:challenge tag:cast is:suspended is:due prop:due<=3 "space station" -kind:cloze
    (tag:cast or tag:crew) prop:lapses>=2

- `word`, `"two words"`: the card's question, answer or fact text contains it (case-insensitive;
  `*` is any text)
- `deck:ID` (its id or title), `tag:NAME`, `fact:ID`: with `*` wildcards (`deck:chall*`)
- `kind:mcq`, `kind:cloze` (`card:` too, as in Anki)
- `is:new` `is:learn` `is:review` `is:suspended` `is:leech` `is:buried` `is:due` `is:flagged`: as Anki,
  `learn` and `review` both hold relearning cards; `due` is what a session would show today, limits aside
- `flag:1` (red) to `flag:7` (purple), `flag:0` (no flag): as Anki's seven flags
- `prop:due<=3`: due within 3 study days (0 today, negative overdue); also `ivl` (days), `lapses`,
  `reps`, `d` (FSRS difficulty 1-10), `s` (stability, days), with `<` `<=` `=` `!=` `>=` `>`

`parse` gives a `Query` (a `QueryError` saying what is wrong and where); `Query.predicate(now)`
compiles it into one test of a card's `CardFacts` (from its deck) and `CardStatus` (from the
collection); `sort_key` orders rows by due, lapses or difficulty; `BrowseIndex` holds every card.
"""

from __future__ import annotations

import math
import operator
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, NamedTuple, Sequence

import fsrs

from quizgen.core.model import Card
from quizgen.study.records import FLAGS, micros
from quizgen.study.scheduler import StudyDays

LEARNING, REVIEW, RELEARNING = int(fsrs.State.Learning), int(fsrs.State.Review), int(fsrs.State.Relearning)
MICROS_PER_DAY = 86_400_000_000
FIELDS = ("deck", "tag", "fact", "kind", "card", "is", "prop", "flag")
STATES = ("new", "learn", "learning", "review", "suspended", "leech", "buried", "due", "flagged")
PROPS = ("due", "ivl", "lapses", "reps", "d", "s")
SORTS = ("deck", "due", "lapses", "difficulty")
_OPS: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le, ">=": operator.ge, "!=": operator.ne, "<": operator.lt, ">": operator.gt, "=": operator.eq,
}


class QueryError(ValueError):
    """A search that cannot be read: `message` says what and how to fix it, `position` where (0-based)."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


class CardFacts(NamedTuple):
    """What the browser shows and searches of a card, from its deck (fixed for a deck version)."""

    card_id: str
    deck: str
    fact: str
    kind: str  # "mcq" | "cloze"
    prompt: str
    answer: str
    search: str  # question, answer and fact text, casefolded: what a text term looks in
    tags: tuple[str, ...]  # casefolded

    @classmethod
    def of(cls, card: Card) -> CardFacts:
        search = "\n".join((card.prompt, card.full_text, *card.accept)).casefold()
        return cls(card.id, card.deck, card.fact, card.kind.value, card.prompt, card.answer, search,
                   tuple(tag.casefold() for tag in card.tags))


class CardStatus(NamedTuple):
    """A card's study state as the browser reads it from the collection's columns (no fsrs.Card built)."""

    memory: int | None = None  # the fsrs.State value; None: never answered
    due: int | None = None  # micros
    stability: float | None = None
    difficulty: float | None = None
    last_review: int | None = None  # micros
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    leech: bool = False
    buried_until: date | None = None
    flag: int = 0  # records.FLAGS; 0: none

    @property
    def state(self) -> str:
        """"new" | "learning" | "review" | "relearning" (as `CardState.state`)."""
        return "new" if self.memory is None else fsrs.State(self.memory).name.lower()

    @property
    def interval_days(self) -> float | None:
        """Days from the last review to the due date (None for a new card)."""
        if self.due is None or self.last_review is None:
            return None
        return (self.due - self.last_review) / MICROS_PER_DAY

    def buried(self, today: date) -> bool:
        return self.buried_until is not None and self.buried_until > today


NEW = CardStatus()


@dataclass(frozen=True)
class Today:
    """Where the search stands in time: the study day and its days (for `is:due`, `prop:due`)."""

    today: date
    days: StudyDays
    deck_titles: dict[str, str]  # deck id -> title, casefolded (for `deck:`)

    @property
    def end(self) -> int:
        """The end of today, in micros."""
        return micros(self.days.end(self.today))


# --- the parsed query ----------------------------------------------------------------------------


def _pattern(text: str) -> re.Pattern[str]:
    """A casefolded glob (`*` any text) as a regular expression matching a whole value."""
    return re.compile("".join(".*" if part == "*" else re.escape(part) for part in re.split(r"(\*)", text.casefold())),
                      re.DOTALL)


#: A compiled search: does this card (its facts and status) match?
Predicate = Callable[[CardFacts, CardStatus], bool]


@dataclass(frozen=True)
class Term:
    """One search term: `field` ("" for text) and its value."""

    field: str
    value: str
    op: str = ""  # prop: only
    number: float = 0.0  # prop: only

    def compile(self, now: Today) -> Predicate:
        field, value = self.field, self.value
        if field == "":
            if "*" in value:
                search = _pattern(f"*{value}*").fullmatch
                return lambda facts, status: search(facts.search) is not None
            return lambda facts, status: value in facts.search
        if field == "deck":
            match = _pattern(value).fullmatch
            decks = {deck: bool(match(deck.casefold()) or match(title)) for deck, title in now.deck_titles.items()}

            def in_deck(facts: CardFacts, status: CardStatus) -> bool:
                found = decks.get(facts.deck)
                if found is None:
                    found = decks[facts.deck] = match(facts.deck.casefold()) is not None
                return found

            return in_deck
        if field == "tag":
            match = _pattern(value).fullmatch
            return lambda facts, status: any(match(tag) for tag in facts.tags)
        if field == "fact":
            match = _pattern(value).fullmatch
            return lambda facts, status: match(facts.fact.casefold()) is not None
        if field == "kind":
            return lambda facts, status: facts.kind == value
        if field == "is":
            return _is(value, now)
        if field == "flag":
            flag = int(value)
            return lambda facts, status: status.flag == flag
        return _prop(self, now)


def _is(state: str, now: Today) -> Predicate:
    today = now.today
    if state == "new":
        return lambda facts, status: status.memory is None
    if state in ("learn", "learning"):
        return lambda facts, status: status.memory in (LEARNING, RELEARNING)
    if state == "review":
        return lambda facts, status: status.memory in (REVIEW, RELEARNING)
    if state == "suspended":
        return lambda facts, status: status.suspended
    if state == "leech":
        return lambda facts, status: status.leech
    if state == "buried":
        return lambda facts, status: status.buried(today)
    if state == "flagged":
        return lambda facts, status: status.flag != 0
    end = now.end  # due: what a study session would show today, limits aside

    return lambda facts, status: (status.memory is not None and status.due is not None and status.due < end
                                  and not status.suspended and not status.buried(today))


def _prop(term: Term, now: Today) -> Predicate:
    name, compare, number = term.value, _OPS[term.op], term.number
    if name == "due":
        return _due_within(term.op, number, now)
    if name == "ivl":
        return lambda facts, status: (days := status.interval_days) is not None and compare(days, number)
    if name in ("lapses", "reps"):
        index = CardStatus._fields.index(name)
        return lambda facts, status: compare(status[index], number)
    index = CardStatus._fields.index("difficulty" if name == "d" else "stability")
    return lambda facts, status: (value := status[index]) is not None and compare(value, number)


def _due_within(op: str, number: float, now: Today) -> Predicate:
    """`prop:due OP N` (study days from today to the due day) as a range of due times, so that each
    card costs one comparison: the day boundaries are the learner's study days (time zone, rollover)."""
    whole = math.floor(number) == number

    def start(offset: int) -> int:  # the start of study day today + offset, in micros
        return micros(now.days.start(now.today + timedelta(days=offset)))

    low: int | None = None  # due >= low
    high: int | None = None  # due < high
    if op == "<=":
        high = start(math.floor(number) + 1)
    elif op == "<":
        high = start(math.ceil(number))
    elif op == ">=":
        low = start(math.ceil(number))
    elif op == ">":
        low = start(math.floor(number) + 1)
    elif op in ("=", "!="):
        if not whole:
            return lambda facts, status: op == "!=" and status.memory is not None and status.due is not None
        low, high = start(int(number)), start(int(number) + 1)

    def within(facts: CardFacts, status: CardStatus) -> bool:
        due = status.due
        if status.memory is None or due is None:
            return False
        inside = (low is None or due >= low) and (high is None or due < high)
        return inside != (op == "!=")

    return within


@dataclass(frozen=True)
class Not:
    term: Node

    def compile(self, now: Today) -> Predicate:
        inner = self.term.compile(now)
        return lambda facts, status: not inner(facts, status)


@dataclass(frozen=True)
class All:
    terms: tuple[Node, ...]

    def compile(self, now: Today) -> Predicate:
        parts = [term.compile(now) for term in self.terms]
        if len(parts) == 1:
            return parts[0]
        return lambda facts, status: all(part(facts, status) for part in parts)


@dataclass(frozen=True)
class Any_:
    terms: tuple[Node, ...]

    def compile(self, now: Today) -> Predicate:
        parts = [term.compile(now) for term in self.terms]
        return lambda facts, status: any(part(facts, status) for part in parts)


Node = Term | Not | All | Any_


@dataclass(frozen=True)
class Query:
    """A parsed search (`parse`); the empty search matches every card."""

    text: str
    root: Node

    @property
    def everything(self) -> bool:
        return self.root == All(())

    def predicate(self, now: Today) -> Predicate:
        """The search compiled for `now`: one call per card."""
        return self.root.compile(now)

    def matches(self, facts: CardFacts, status: CardStatus, now: Today) -> bool:
        return self.predicate(now)(facts, status)


# --- parsing ---------------------------------------------------------------------------------------


class _Token(NamedTuple):
    kind: str  # "word" | "(" | ")" | "-"
    text: str
    position: int
    quoted: bool = False  # the word began with a quote: text, whatever it holds ("deck:x" is text)


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            i += 1
            continue
        if char in "()":
            tokens.append(_Token(char, char, i))
            i += 1
            continue
        if char == "-" and i + 1 < n and not text[i + 1].isspace():
            tokens.append(_Token("-", "-", i))
            i += 1
            continue
        start, word = i, []
        while i < n and not text[i].isspace() and text[i] not in "()":
            if text[i] == '"':
                end = text.find('"', i + 1)
                if end < 0:
                    raise QueryError('a quote (") is not closed; close it or remove it', i)
                word.append(text[i + 1:end])
                i = end + 1
                continue
            word.append(text[i])
            i += 1
        tokens.append(_Token("word", "".join(word), start, text[start] == '"'))
    return tokens


def parse(text: str) -> Query:
    """The query of a search text; QueryError (with its position) when it cannot be read."""
    tokens = _tokens(text)
    parser = _Parser(tokens, text)
    root = parser.expression()
    if parser.at < len(tokens):
        token = tokens[parser.at]
        raise QueryError("a closing parenthesis has no opening one; remove it", token.position)
    return Query(text, root)


class _Parser:
    """expression = group ("or" group)* ; group = unary+ ; unary = "-" unary | "(" expression ")" | term."""

    def __init__(self, tokens: Sequence[_Token], text: str) -> None:
        self.tokens = tokens
        self.text = text
        self.at = 0

    def _peek(self) -> _Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    @staticmethod
    def _is_or(token: _Token | None) -> bool:
        return token is not None and token.kind == "word" and not token.quoted and token.text.lower() == "or"

    def expression(self) -> Node:
        groups = [self.group()]
        while self._is_or(self._peek()):
            token = self.tokens[self.at]
            self.at += 1
            if self._peek() is None or self._peek().kind == ")":  # type: ignore[union-attr]
                raise QueryError("`or` needs a term after it", token.position)
            groups.append(self.group())
        return groups[0] if len(groups) == 1 else Any_(tuple(groups))

    def group(self) -> Node:
        terms: list[Node] = []
        while (token := self._peek()) is not None and token.kind != ")" and not self._is_or(token):
            terms.append(self.unary())
        if not terms:
            token = self._peek()
            if token is not None and self._is_or(token):
                raise QueryError("`or` needs a term before it", token.position)
            return All(())
        return terms[0] if len(terms) == 1 else All(tuple(terms))

    def unary(self) -> Node:
        token = self.tokens[self.at]
        self.at += 1
        if token.kind == "-":
            if self._peek() is None:
                raise QueryError("`-` needs a term after it", token.position)
            return Not(self.unary())
        if token.kind == "(":
            inner = self.expression()
            closing = self._peek()
            if closing is None or closing.kind != ")":
                raise QueryError("a parenthesis is not closed; add `)`", token.position)
            self.at += 1
            return inner
        if token.kind == ")":
            raise QueryError("a closing parenthesis has no opening one; remove it", token.position)
        return _term(token)


def _term(token: _Token) -> Term:
    text = token.text
    field, colon, value = text.partition(":")
    if token.quoted or not colon:
        return Term("", text.casefold())
    field = field.lower()
    if field not in FIELDS:
        raise QueryError(f"unknown search `{field}:`; use one of {', '.join(f + ':' for f in FIELDS)} "
                         '(quote text with a colon: "a:b")', token.position)
    if not value:
        raise QueryError(f"`{field}:` needs a value", token.position)
    if field in ("kind", "card"):
        kind = value.lower()
        if kind not in ("mcq", "cloze"):
            raise QueryError(f"`{field}:{value}`: the kinds are mcq and cloze", token.position)
        return Term("kind", kind)
    if field == "is":
        state = value.lower()
        if state not in STATES:
            raise QueryError(f"`is:{value}`: use one of {', '.join('is:' + s for s in STATES if s != 'learning')}",
                             token.position)
        return Term("is", state)
    if field == "prop":
        return _prop_term(value, token.position)
    if field == "flag":
        if value not in ("0", *map(str, FLAGS)):
            raise QueryError(f"`flag:{value}`: use flag:0 (none) or flag:1 to flag:{max(FLAGS)} "
                             f"({', '.join(f'{n} {name}' for n, name in FLAGS.items())})", token.position)
        return Term("flag", value)
    return Term(field, value)


_PROP = re.compile(r"^([a-z]+)(<=|>=|!=|<|>|=)(-?\d+(?:\.\d+)?)$", re.IGNORECASE)


def _prop_term(value: str, position: int) -> Term:
    match = _PROP.match(value)
    if match is None:
        raise QueryError(f"`prop:{value}`: write prop:NAME<OP>NUMBER, e.g. prop:due<=3 or prop:lapses>2", position)
    name, op, number = match.group(1).lower(), match.group(2), float(match.group(3))
    if name not in PROPS:
        raise QueryError(f"`prop:{name}`: use one of {', '.join('prop:' + p for p in PROPS)}", position)
    return Term("prop", name, op, number)


# --- sorting ---------------------------------------------------------------------------------------


def sort_key(order: str) -> Callable[[tuple[int, CardStatus]], tuple[object, ...]]:
    """A key for (deck-order position, status) pairs: "deck" (the decks' order), "due" (soonest
    first, never-answered cards after, in deck order), "lapses" or "difficulty" (most first; cards
    without a difficulty last)."""
    if order == "deck":
        return lambda item: (item[0],)
    if order == "due":
        return lambda item: (0, item[1].due, item[0]) if item[1].memory is not None and item[1].due is not None \
            else (1, 0, item[0])
    if order == "lapses":
        return lambda item: (-item[1].lapses, item[0])
    if order == "difficulty":
        return lambda item: (0, -item[1].difficulty, item[0]) if item[1].difficulty is not None else (1, 0, item[0])
    raise ValueError(f"unknown order {order!r}; one of {SORTS}")


def status_of(row: Sequence[object]) -> tuple[str, CardStatus]:
    """(card id, status) of a `Collection.status_rows` row."""
    card_id, memory, due, stability, difficulty, last, reps, lapses, suspended, leech, buried, flag = row
    return str(card_id), CardStatus(
        memory, due, stability, difficulty, last, int(reps or 0), int(lapses or 0),  # type: ignore[arg-type]
        bool(suspended), bool(leech), None if buried is None else date.fromisoformat(str(buried)),
        int(flag or 0))  # type: ignore[call-overload]


class BrowseIndex:
    """Every card of a catalog with its status: what a search runs over (built once, in a worker).

    `facts` are in deck order; `statuses` are kept up to date by `update` after the browser changes
    cards. `search` gives the positions (in `facts`) of the matching cards in the order asked.
    """

    def __init__(self, facts: Sequence[CardFacts], rows: Sequence[Sequence[object]]) -> None:
        self.facts = list(facts)
        self.position = {f.card_id: i for i, f in enumerate(self.facts)}
        self.statuses: dict[str, CardStatus] = {}
        self.update(rows)

    def status(self, card_id: str) -> CardStatus:
        return self.statuses.get(card_id, NEW)

    def update(self, rows: Sequence[Sequence[object]], card_ids: Sequence[str] = ()) -> None:
        """Take in fresh status rows (`card_ids`: cards whose rows may be gone, e.g. back to no row)."""
        for card_id in card_ids:
            self.statuses.pop(card_id, None)
        for row in rows:
            card_id, status = status_of(row)
            if card_id in self.position:
                self.statuses[card_id] = status

    def search(self, query: Query, now: Today, order: str = "deck", reverse: bool = False) -> list[int]:
        get = self.statuses.get
        if query.everything:
            found = [(i, get(f.card_id, NEW)) for i, f in enumerate(self.facts)]
        else:
            matches = query.predicate(now)
            found = [(i, status) for i, f in enumerate(self.facts) if matches(f, status := get(f.card_id, NEW))]
        if order != "deck" or reverse:
            found.sort(key=sort_key(order), reverse=reverse)
        return [i for i, _ in found]
