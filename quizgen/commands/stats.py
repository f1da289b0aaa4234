"""`quizgen stats [--json] [DECK...]`: study statistics without the UI."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from quizgen.commands._decks import add_db_argument, add_deck_arguments, add_decks_dir_argument, read_study_catalog, \
    resolve_db

BAR_WIDTH = 40


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "stats", help="show study statistics",
        description="Today's studied cards (as the deck list counts them), reviews per day over the last 30 days, true retention (overall, and per deck over "
        "the last 30 days and all time), cards by state, the current streak, a heatmap of the last year "
        "and the due forecast for the next 14 days. Without DECK: your library (`quizgen add`), else the "
        "bundled deck. --json prints them as one JSON object (documented in docs/study.md).")
    add_deck_arguments(parser)
    add_decks_dir_argument(parser)
    add_db_argument(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run, pause_gc=True)  # many acyclic objects: see quizgen.commands.gcpolicy


def now() -> datetime:
    """The command's clock: the one place it reads the time (tests pin it)."""
    return datetime.now(UTC)


def run(args: argparse.Namespace) -> int:
    from quizgen.study.exam import exam_forecasts, exam_text, past_exam_warnings
    from quizgen.study.settings import Settings
    from quizgen.study.stats import MATURE_DAYS, compute_stats, heat_legend, heatmap_grid, heatmap_lines
    from quizgen.study.store import Collection

    settings = Settings.load()
    # Without DECK: the library's decks (each broken one is listed); a deck with broken facts counts the
    # others, as the study app (and its statistics screen) studies them.
    catalog, broken = read_study_catalog(args, skip_broken_facts=True)
    decks = catalog.decks
    with Collection.open(resolve_db(args), read_only=True) as collection:
        collection.verify()  # stats reads the whole history anyway: check the whole file too
        at = now()
        stats = compute_stats(collection, at, card_ids=catalog.ids(), deck_ids=[d.id for d in decks],
                              rollover_hour=settings.day_rollover_hour)
        exams = exam_forecasts(collection, catalog, settings, at)
    for warning in past_exam_warnings(catalog, at, settings):
        print(warning, file=sys.stderr)
    for deck in decks:
        if deck.skipped:
            from quizgen.study.library import skipped_text

            print(f"warning: {deck.path}: counted without {skipped_text(deck)} (as `study` studies it); the "
                  f"first: {deck.skipped[0]}", file=sys.stderr)
    if args.json:
        figures = stats.to_json() | {"exams": [exam.to_json() for exam in exams]}
        figures["unreadable_decks"] = [{"path": str(row.path), "status": row.status, "problem": row.problem}
                                       for row in broken]
        json.dump(figures, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    out = sys.stdout
    total_30 = sum(n for _, n in stats.reviews_per_day)
    out.write(f"Study statistics for {', '.join(d.title for d in decks) or 'no deck'} (study day {stats.today})\n")
    for row in broken:
        out.write(f"  not counted ({row.status}): {row.problem}\n")
    out.write("\n")
    out.write(f"Today: {stats.studied_today.text()}\n")
    out.write(f"Reviews in the last {len(stats.reviews_per_day)} days: {total_30} "
              f"({total_30 / len(stats.reviews_per_day):.1f} a day); all time: {stats.total_reviews}\n")
    _bars(out, [(d.strftime("%b %d"), n) for d, n in stats.reviews_per_day if n])
    retention = "n/a (no review-state answers yet)" if stats.retention is None else \
        f"{100 * stats.retention:.1f}% of {stats.retention_reviews} answers to cards in review"
    out.write(f"\nTrue retention (last {len(stats.reviews_per_day)} days): {retention}\n")
    if stats.retention_all_time.answers:
        recent, all_time = stats.retention_recent, stats.retention_all_time
        out.write(f"  young / mature (an interval under / from {MATURE_DAYS} days): "
                  f"{_percent(recent.young.share)} of {recent.young.answers} / "
                  f"{_percent(recent.mature.share)} of {recent.mature.answers}; all time "
                  f"{_percent(all_time.young.share)} of {all_time.young.answers} / "
                  f"{_percent(all_time.mature.share)} of {all_time.mature.answers}\n")
    out.write("Cards: " + " · ".join(f"{name} {n}" for name, n in stats.card_states.items()) + "\n")
    out.write(f"Streak: {stats.streak} day{'s' if stats.streak != 1 else ''}\n")
    titles = {d.id: d.title for d in decks}
    _retention_table(out, stats, titles)
    year_total = sum(n for _, n in stats.year)
    studied = sum(1 for _, n in stats.year if n)
    out.write(f"\nThe last year ({stats.year[0][0]:%d %b %Y} to today): {year_total} answer{'s' if year_total != 1 else ''} on {studied} "
              f"day{'s' if studied != 1 else ''}\n")
    grid = heatmap_grid(stats.year)
    for line in heatmap_lines(grid):
        out.write(f"  {line}\n")
    out.write(f"  {heat_legend(grid)}\n")
    out.write(f"\nDue in the next {len(stats.forecast)} days:\n")
    _bars(out, [(d.strftime("%a %b %d"), n) for d, n in stats.forecast])
    for exam in exams:
        out.write("\n" + exam_text(exam, catalog.decks_by_id[exam.deck].title) + "\n")
    return 0


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{100 * share:.1f}%"


def _retention_table(out, stats, titles: dict[str, str]) -> None:
    """True retention per deck, last 30 days and all time (as Anki's "true retention" table)."""
    days = len(stats.reviews_per_day)
    rows = [(titles.get(r.deck_id, f"{r.deck_id} (not loaded)"), r.recent, r.all_time) for r in stats.deck_retention]
    if not rows:
        return
    if len(rows) > 1:
        rows.append(("All decks", stats.retention_recent, stats.retention_all_time))
    width = max(len(name) for name, _, _ in rows)
    out.write("\nTrue retention by deck (answers to cards in review; learning steps left out):\n")
    out.write(f"  {'':<{width}}  {f'last {days} days':>18}  {'all time':>18}\n")
    for name, recent, all_time in rows:
        out.write(f"  {name:<{width}}  {_percent(recent.share):>7} of {recent.answers:>6}  "
                  f"{_percent(all_time.share):>7} of {all_time.answers:>6}\n")


def _bars(out, rows: list[tuple[str, int]]) -> None:
    """A plain-text bar chart, one row per label."""
    peak = max((n for _, n in rows), default=0)
    width = max((len(label) for label, _ in rows), default=0)
    for label, n in rows:
        bar = "#" * (round(BAR_WIDTH * n / peak) if peak else 0)
        out.write(f"  {label:<{width}}  {bar} {n}\n")
