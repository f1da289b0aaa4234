"""`quizgen set-due [DECK...] --days DAYS (--card CARD_ID... | --search QUERY)`: the browser's "Set due date"
(`D`) without the app, by the same rule (`StudySession.set_due`)."""

from __future__ import annotations

import argparse

from quizgen.commands._decks import add_db_argument, add_deck_arguments, add_decks_dir_argument, read_catalog, resolve_db


def register(subparsers: argparse._SubParsersAction) -> None:
    from quizgen.study.reschedule import SYNTAX_HELP

    parser = subparsers.add_parser(
        "set-due", help="set cards' due dates, as Anki's Set due date (D in the study app)",
        description=f"Set the due date of cards, as Anki's \"Set due date\" and the study app's D: --days is "
        f"{SYNTAX_HELP}. New cards are left as they are. Each change is kept in the collection's history "
        "(card info shows it).")
    parser.add_argument("--days", required=True, metavar="DAYS", help="0, 1, 3-7, 5! ... (see above)")
    add_deck_arguments(parser)
    add_decks_dir_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--card", action="append", metavar="CARD_ID", default=[],
                        help="a card's id (as `quizgen cards` or the browser's card info show it); repeat for several")
    parser.add_argument("--search", metavar="QUERY",
                        help="the cards the browser's search finds (e.g. \"deck:space is:due\", \"tag:cast prop:ivl>30\")")
    parser.set_defaults(func=run, pause_gc=True)


def run(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from quizgen.core.problems import InputError, Problem, did_you_mean
    from quizgen.study.browse import BrowseIndex, CardFacts, QueryError, Today, parse
    from quizgen.study.reschedule import DueDays
    from quizgen.study.session import StudySession
    from quizgen.study.settings import Settings
    from quizgen.study.store import Collection

    try:
        DueDays.parse(args.days)
    except ValueError as error:
        raise InputError([Problem("--days", None, None, str(error), "e.g. `quizgen set-due --days 3-7 --search is:due`")])
    if not args.card and args.search is None:
        raise InputError([Problem("set-due", None, None, "no cards named",
                                  "name them with --card CARD_ID (repeatable) or --search QUERY")])
    settings = Settings.load()
    catalog = read_catalog(args)
    ids = set(catalog.ids())
    unknown = [card_id for card_id in args.card if card_id not in ids]
    if unknown:
        raise InputError([Problem("--card", None, None, f"{card_id} is not a card of these decks",
                                  f"did you mean {hint}?" if (hint := did_you_mean(card_id, ids)) else
                                  "`quizgen cards DECK` lists the cards")
                          for card_id in unknown])
    with Collection.open(resolve_db(args)) as collection:
        session = StudySession(collection, catalog, clock=lambda: datetime.now(UTC), settings=settings)
        chosen = list(args.card)
        if args.search is not None:
            try:
                query = parse(args.search)
            except QueryError as error:
                raise InputError([Problem("--search", None, None, f"cannot read the search: {error}",
                                          "use the browser's search language, e.g. \"deck:space is:due\"")])
            facts = [CardFacts.of(card) for info in catalog.decks if (part := catalog.part(info.id)) is not None
                     for card in part.cards()]
            index = BrowseIndex(facts, collection.status_rows())
            titles = {info.id: info.title.casefold() for info in catalog.decks}
            chosen += [facts[i].card_id for i in index.search(query, Today(session.today(), session.days, titles))]
        chosen = list(dict.fromkeys(chosen))
        rows = session.set_due(chosen, args.days)
    left = len(chosen) - len(rows)
    for row in rows:
        assert row.state_after.memory is not None
        print(f"{row.card_id}  due {session.days.of(row.state_after.memory.due).isoformat()}")
    print(f"Set the due date of {len(rows)} card{'' if len(rows) == 1 else 's'} ({DueDays.parse(args.days).text})."
          + (f" New, left as they are (no schedule to move): {left}." if left else ""))
    return 0
