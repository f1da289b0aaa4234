"""`quizgen study [DECK...] [--decks DIR] [--db PATH]`: study in the terminal (the Textual app).

Without DECK: the library's decks (`quizgen add`), else the bundled deck. A library deck that
moved or no longer checks is listed on the deck list with its problem, not studied. A deck whose
only errors are in some of its facts is studied without those facts; the deck list names the file,
line and problem of each, and their history stays in the collection (`quizgen check` stays strict).

Decks and the collection are opened before the app starts, so a bad deck or an unusable database
ends with one clear message and exit status 2, never a half-drawn screen; so does a run with no
terminal to draw on or read keys from (input from a file or /dev/null: the app would wait forever),
checked after the decks are read and before the collection is opened or made. Cards come through the
card cache (quizgen.study.cardcache): a deck file is read and its cards generated only when it
changed since the last start.
"""

from __future__ import annotations

import argparse
from quizgen.commands._decks import add_db_argument, add_deck_arguments, add_decks_dir_argument, \
    read_study_catalog, resolve_db


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "study",
        help="study decks in the terminal (spaced repetition)",
        description="Open the study app: a deck list with today's new, learning and due cards; "
        "multiple-choice and fill-in-the-blank reviews scheduled with FSRS; statistics. "
        "Every answer is saved before the next card shows. Press ? in the app for the keys.",
    )
    add_deck_arguments(parser)
    add_decks_dir_argument(parser)
    add_db_argument(parser)
    parser.set_defaults(func=run)


def refuse_without_terminal() -> None:
    """InputError unless keys come from a terminal and the screen goes to one (Textual draws on
    stderr, so `quizgen study > log` still works)."""
    import sys

    from quizgen.core.problems import InputError, Problem

    streams = {"its input (stdin)": sys.__stdin__, "its screen (stderr)": sys.__stderr__}
    missing = [name for name, stream in streams.items() if stream is None or not stream.isatty()]
    if missing:
        what = f"{missing[0]} is not one" if len(missing) == 1 else f"{' and '.join(missing)} are not terminals"
        raise InputError([Problem("quizgen study", None, None,
                                  f"study needs a terminal: {what} (a file, a pipe or /dev/null), so it could "
                                  "never read a key.",
                                  "run it in a terminal window; `quizgen stats` shows the figures without one.")])


def run(args: argparse.Namespace) -> int:
    import sys
    from datetime import UTC, datetime

    from quizgen.commands.gcpolicy import StudyCollector, paused_gc
    from quizgen.study.exam import past_exam_warnings
    from quizgen.study.settings import Settings, default_settings_path
    from quizgen.tui.app import create_app

    with paused_gc():  # reading decks and making cards: many acyclic objects (see gcpolicy)
        # The library's decks that cannot be read: rows of their own; a deck with broken facts is
        # studied without them (the deck list says which), as Anki never loses a deck over one card.
        catalog, broken = read_study_catalog(args, skip_broken_facts=True)
        settings_path = default_settings_path()  # the app remembers a theme picked there
        settings = Settings.load(settings_path)
        refuse_without_terminal()  # after what can be wrong in the input, before the collection is made
        for warning in past_exam_warnings(catalog, datetime.now(UTC), settings):
            print(warning, file=sys.stderr)
        collector = StudyCollector()
        app = create_app(catalog, resolve_db(args), settings=settings, settings_path=settings_path, broken=broken,
                         gc_policy=collector)
    try:
        # What exists now (decks, cards, the session) lives as long as the app: frozen, so full passes
        # do not walk it again and again; the collector runs while the learner reads (see gcpolicy).
        with collector.applied():
            app.run()
    finally:
        app.close_collection()
    return app.return_code or 0
