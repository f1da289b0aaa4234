"""The browser's search language and sorting (quizgen.study.browse): pure tables on hand-made cards."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import fsrs
import pytest

from quizgen.study.browse import BrowseIndex, CardFacts, CardStatus, QueryError, Today, parse
from quizgen.study.records import micros
from quizgen.study.scheduler import StudyDays

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
DAYS = StudyDays(UTC, 4)
TODAY = Today(DAYS.of(NOW), DAYS, {"space": "space test deck", "rivers": "rivers of europe"})
REVIEW, LEARNING, RELEARNING = int(fsrs.State.Review), int(fsrs.State.Learning), int(fsrs.State.Relearning)


def at(days: float) -> int:
    return micros(NOW + timedelta(days=days))


def facts(card_id: str, prompt: str, answer: str, text: str, tags: tuple[str, ...] = ()) -> CardFacts:
    deck, fact, _blank, kind = card_id.split(":")
    search = "\n".join((prompt, text, answer)).casefold()
    return CardFacts(card_id, deck, fact, kind, prompt, answer, search, tuple(t.casefold() for t in tags))


CARDS = [
    facts("space:actress:1:mcq", "Who plays the lead role?", "Yulia Peresild",
          "Russian actress Yulia Peresild plays the lead role.", ("cast",)),
    facts("space:actress:1:cloze", "Russian actress ____ plays the lead role.", "Yulia Peresild",
          "Russian actress Yulia Peresild plays the lead role.", ("cast",)),
    facts("space:station:1:cloze", "They flew to the ____.", "International Space Station",
          "They flew to the International Space Station.", ("crew", "orbit")),
    facts("rivers:danube:1:mcq", "Which river flows through Vienna?", "Danube",
          "The Danube flows through Vienna.", ("Europe",)),
    facts("rivers:rhine:1:cloze", "The ____ rises in the Alps.", "Rhine", "The Rhine rises in the Alps."),
]
STATUSES = {
    # due in 2 days, 3 lapses, hard
    "space:actress:1:mcq": CardStatus(REVIEW, at(2), 4.0, 8.5, at(-2), 9, 3),
    # due yesterday (overdue), suspended
    "space:actress:1:cloze": CardStatus(REVIEW, at(-1), 10.0, 3.0, at(-11), 4, 0, suspended=True),
    # learning, due in 10 minutes: due today
    "space:station:1:cloze": CardStatus(LEARNING, at(0.007), 1.0, 5.0, at(0), 1, 0),
    # relearning, a leech, buried until tomorrow
    "rivers:danube:1:mcq": CardStatus(RELEARNING, at(0.01), 0.5, 9.5, at(0), 12, 8, leech=True,
                                      buried_until=TODAY.today + timedelta(days=1)),
    # rivers:rhine has no row: new
}


def ids(text: str, order: str = "deck", reverse: bool = False) -> list[str]:
    index = BrowseIndex(CARDS, [])
    index.statuses.update(STATUSES)
    return [CARDS[i].card_id for i in index.search(parse(text), TODAY, order, reverse)]


@pytest.mark.parametrize(("text", "expected"), [
    ("", ["space:actress:1:mcq", "space:actress:1:cloze", "space:station:1:cloze", "rivers:danube:1:mcq",
          "rivers:rhine:1:cloze"]),
    ("peresild", ["space:actress:1:mcq", "space:actress:1:cloze"]),
    ('"space station"', ["space:station:1:cloze"]),
    ("flows vienna", ["rivers:danube:1:mcq"]),  # words are ANDed, in any order
    ("vien*a", ["rivers:danube:1:mcq"]),
    ("deck:rivers", ["rivers:danube:1:mcq", "rivers:rhine:1:cloze"]),
    ("deck:riv*", ["rivers:danube:1:mcq", "rivers:rhine:1:cloze"]),
    ('deck:"space test deck"', ["space:actress:1:mcq", "space:actress:1:cloze", "space:station:1:cloze"]),
    ("tag:cast", ["space:actress:1:mcq", "space:actress:1:cloze"]),
    ("tag:europe", ["rivers:danube:1:mcq"]),  # case-insensitive
    ("tag:or*", ["space:station:1:cloze"]),
    ("fact:rhine", ["rivers:rhine:1:cloze"]),
    ("kind:mcq", ["space:actress:1:mcq", "rivers:danube:1:mcq"]),
    ("card:cloze deck:space", ["space:actress:1:cloze", "space:station:1:cloze"]),
    ("is:new", ["rivers:rhine:1:cloze"]),
    ("is:learn", ["space:station:1:cloze", "rivers:danube:1:mcq"]),  # relearning counts, as in Anki
    ("is:review", ["space:actress:1:mcq", "space:actress:1:cloze", "rivers:danube:1:mcq"]),
    ("is:suspended", ["space:actress:1:cloze"]),
    ("is:leech", ["rivers:danube:1:mcq"]),
    ("is:buried", ["rivers:danube:1:mcq"]),
    ("is:due", ["space:station:1:cloze"]),  # the overdue one is suspended, the relearning one buried
    ("prop:due<=3", ["space:actress:1:mcq", "space:actress:1:cloze", "space:station:1:cloze", "rivers:danube:1:mcq"]),
    ("prop:due=2", ["space:actress:1:mcq"]),
    ("prop:due<0", ["space:actress:1:cloze"]),
    ("prop:lapses>=3", ["space:actress:1:mcq", "rivers:danube:1:mcq"]),
    ("prop:reps>10", ["rivers:danube:1:mcq"]),
    ("prop:d>8", ["space:actress:1:mcq", "rivers:danube:1:mcq"]),
    ("prop:s>=10", ["space:actress:1:cloze"]),
    ("prop:ivl>=10", ["space:actress:1:cloze"]),
    ("-deck:space", ["rivers:danube:1:mcq", "rivers:rhine:1:cloze"]),
    ("tag:cast or tag:europe", ["space:actress:1:mcq", "space:actress:1:cloze", "rivers:danube:1:mcq"]),
    ("(tag:cast OR is:new) -kind:cloze", ["space:actress:1:mcq"]),
    ("-(deck:space or is:new)", ["rivers:danube:1:mcq"]),
    ('"deck:space"', []),  # quoted from its start: text, not a field
    ("deck:x tag:y is:suspended is:due prop:due<=3 \"text\"", []),
])
def test_search(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(("order", "reverse", "expected"), [
    # soonest due first (the overdue one leads); never-answered cards last
    ("due", False, ["space:actress:1:cloze", "space:station:1:cloze", "rivers:danube:1:mcq", "space:actress:1:mcq",
                    "rivers:rhine:1:cloze"]),
    ("lapses", False, ["rivers:danube:1:mcq", "space:actress:1:mcq", "space:actress:1:cloze",
                       "space:station:1:cloze", "rivers:rhine:1:cloze"]),
    ("difficulty", False, ["rivers:danube:1:mcq", "space:actress:1:mcq", "space:station:1:cloze",
                           "space:actress:1:cloze", "rivers:rhine:1:cloze"]),
    ("deck", True, ["rivers:rhine:1:cloze", "rivers:danube:1:mcq", "space:station:1:cloze",
                    "space:actress:1:cloze", "space:actress:1:mcq"]),
])
def test_sort(order: str, reverse: bool, expected: list[str]) -> None:
    assert ids("", order, reverse) == expected


@pytest.mark.parametrize(("text", "position", "says"), [
    ("foo:bar", 0, "unknown search `foo:`"),
    ("cast is:sleeping", 5, "`is:sleeping`: use one of"),
    ("prop:due<<3", 0, "write prop:NAME<OP>NUMBER"),
    ("prop:speed>3", 0, "`prop:speed`: use one of"),
    ("kind:essay", 0, "the kinds are mcq and cloze"),
    ("(tag:a or tag:b", 0, "not closed"),
    ("tag:a)", 5, "no opening one"),
    ('say "hello', 4, "quote"),
    ("tag:a or", 6, "`or` needs a term after it"),
    ("or tag:a", 0, "`or` needs a term before it"),
    ("deck:", 0, "needs a value"),
])
def test_bad_searches_say_what_and_where(text: str, position: int, says: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(text)
    assert says in caught.value.message
    assert caught.value.position == position


def test_a_status_row_from_the_collection_reads_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from quizgen.study.store import Collection

    with Collection.open(tmp_path / "c.sqlite3") as collection:
        collection.update_flags(["space:actress:1:mcq"], NOW, suspended=True,
                                buried_until=date(2026, 3, 11))
        index = BrowseIndex(CARDS, collection.status_rows())
    status = index.status("space:actress:1:mcq")
    assert (status.memory, status.suspended, status.buried_until) == (None, True, date(2026, 3, 11))
    assert index.status("rivers:rhine:1:cloze") == CardStatus()
