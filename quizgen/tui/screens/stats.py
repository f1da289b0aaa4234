"""Statistics: reviews per day (30 days), true retention (overall and per deck, 30 days and all time),
cards by state, streak, a calendar heatmap of the last year and the 14-day due forecast.

The figures come from `quizgen.study.stats.compute_stats` (the same as `quizgen stats`), computed in
a worker; until it delivers them the screen says it is reading (no zeros, no empty boxes), and it
only draws them.
"""

from __future__ import annotations

from typing import Sequence

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Static

from quizgen.study.library import LibraryRow
from quizgen.study.stats import Retention, StudyStats, compute_stats, heatmap_grid
from quizgen.tui import messages
from quizgen.tui.screens.base import StudyScreen
from quizgen.tui.widgets.charts import BarRows, ColumnChart
from quizgen.tui.widgets.heatmap import Heatmap

STATE_STYLES = {
    "new": "#5fafff",
    "learning": "#ff8787",
    "review": "#87d787",
    "relearning": "#ffaf5f",
    "suspended": "#d7d787",
}


LOADING = "Reading your review history…"



def answers_text(count: int) -> str:
    return "1 answer" if count == 1 else f"{count:,} answers"

def retention_text(stats: StudyStats) -> Text:
    recent, all_time = stats.retention_recent, stats.retention_all_time
    lines = [("\n", ""), *_split_line(recent, "last 30 days")]
    if all_time.share is not None:
        lines += [(f"\n{all_time.share:.1%} of {all_time.answers} all time", "dim")]
    if recent.share is None:
        return Text.assemble(("–", "bold"), ("\nnone in the last 30 days", "dim"), *lines[2:])
    return Text.assemble((f"{recent.share:.1%}", "bold"), (f" of {recent.answers}, last 30 days", "dim"), *lines[1:])


def _split_line(figures: Retention, label: str) -> list[tuple[str, str]]:
    """Young and mature (interval of 21 days or more) apart, as Anki's true retention table."""
    if not figures.answers:
        return []
    young, mature = figures.young.share, figures.mature.share
    return [(f"\nyoung {'–' if young is None else f'{young:.0%}'} · mature {'–' if mature is None else f'{mature:.0%}'}",
             "dim")]


def not_counted_text(rows: Sequence[LibraryRow]) -> Text:
    """The library decks that cannot be read, so not counted here (their history is kept)."""
    return Text("\n".join(f"Not counted ({row.status}): {row.path}" for row in rows))


def _share(retention: Retention) -> Text:
    if retention.share is None:
        return Text("–", style="dim", justify="right")
    return Text.assemble((f"{retention.share:.1%}", "bold"), (f" of {retention.answers}", "dim"), justify="right")


def deck_retention_table(stats: StudyStats, titles: dict[str, str]) -> Table | Text:
    """True retention per deck, last 30 days and all time (as Anki's "true retention" table)."""
    if not stats.deck_retention:
        return Text("No answers to cards in review yet: true retention starts with the first review "
                    "after a card's learning steps.", style="dim")
    table = Table(box=None, expand=True, padding=(0, 1), show_edge=False)
    table.add_column("Deck", ratio=3, no_wrap=True, overflow="ellipsis")
    table.add_column(f"Last {len(stats.reviews_per_day)} days", ratio=1, justify="right", no_wrap=True)
    table.add_column("All time", ratio=1, justify="right", no_wrap=True)
    for row in stats.deck_retention:
        table.add_row(titles.get(row.deck_id, row.deck_id), _share(row.recent), _share(row.all_time))
    if len(stats.deck_retention) > 1:
        table.add_row(Text("All decks", style="italic"), _share(stats.retention_recent),
                      _share(stats.retention_all_time))
    return table


def streak_text(stats: StudyStats) -> Text:
    days = "day" if stats.streak == 1 else "days"
    return Text.assemble((f"{stats.streak} {days}", "bold"), (f"\n{answers_text(stats.total_reviews)} in all", "dim"))


class StatsScreen(StudyScreen[None]):
    CSS_PATH = "stats.tcss"
    BINDINGS = [
        Binding("escape,t,enter", "app.pop_screen", "Back"),
        Binding("question_mark", "app.help", "Keys"),
        Binding("q", "app.quit", "Quit"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="stats-body"):
            yield Static("Statistics", id="stats-title")
            yield Static(LOADING, id="stats-loading")
            yield Static(not_counted_text(self.study_app.broken_decks), id="stats-not-counted")
            with Vertical(id="stats-content"):
                yield from self._figures()
        yield Footer()

    def _figures(self) -> ComposeResult:
        """The boxes, hidden until the figures arrive."""
        with Vertical(id="reviews-box", classes="box"):
            yield ColumnChart(id="reviews-chart")
        with Horizontal(id="figures"):
            with Vertical(id="figure-column"):
                with Vertical(id="retention-box", classes="box figure"):
                    yield Static("", id="retention")
                with Vertical(id="streak-box", classes="box figure"):
                    yield Static("", id="streak")
            with Vertical(id="states-box", classes="box"):
                yield BarRows(id="states-chart")
        with Vertical(id="decks-box", classes="box"):
            yield Static("", id="deck-retention")
        with Vertical(id="year-box", classes="box"):
            yield Heatmap(id="heatmap")
        with Vertical(id="forecast-box", classes="box"):
            yield ColumnChart(id="forecast-chart")

    def on_mount(self) -> None:
        self.query_one("#stats-not-counted").display = bool(self.study_app.broken_decks)
        self.query_one("#reviews-box").border_title = "Reviews per day · last 30 days"
        self.query_one("#retention-box").border_title = "True retention"
        self.query_one("#streak-box").border_title = "Streak"
        self.query_one("#states-box").border_title = "Cards by state"
        self.query_one("#forecast-box").border_title = "Due · next 14 days"
        self.query_one("#decks-box").border_title = "True retention by deck"
        self.query_one("#year-box").border_title = "Reviews · last year"
        self.query_one("#stats-content").display = False
        self.load_stats()

    @work(thread=True, exclusive=True, group="stats")
    def load_stats(self) -> None:
        app = self.study_app
        try:
            stats = app.with_session(
                lambda session: compute_stats(
                    session.collection,
                    session.now(),
                    card_ids=app.catalog.ids(),
                    deck_ids=[deck.id for deck in app.catalog.decks],  # the decks of this study, as `quizgen stats`
                    tz=session.tz,
                    rollover_hour=session.settings.day_rollover_hour,
                )
            )
        except Exception as error:  # noqa: BLE001 - shown to the learner, never a traceback
            self.post_message(messages.WorkFailed(f"Could not read the statistics: {error}"))
            return
        self.post_message(messages.StatsLoaded(stats))

    @on(messages.WorkFailed)
    def stats_failed(self, message: messages.WorkFailed) -> None:
        # Not stopped: the app shows the error too.
        self.query_one("#stats-loading", Static).update(message.text)

    @on(messages.StatsLoaded)
    def show_stats(self, message: messages.StatsLoaded) -> None:
        stats = message.stats
        self.query_one("#stats-loading").display = False
        self.query_one("#stats-content").display = True
        reviews = self.query_one("#reviews-chart", ColumnChart)
        reviews.values = tuple(float(n) for _, n in stats.reviews_per_day)
        first, last = stats.reviews_per_day[0][0], stats.reviews_per_day[-1][0]
        reviews.x_labels = (f"{first:%d %b}", "today" if last == stats.today else f"{last:%d %b}")
        self.query_one("#reviews-box").border_subtitle = answers_text(sum(n for _, n in stats.reviews_per_day))

        self.query_one("#retention", Static).update(retention_text(stats))
        self.query_one("#streak", Static).update(streak_text(stats))

        states = self.query_one("#states-chart", BarRows)
        states.bar_styles = STATE_STYLES
        states.rows = tuple((name, float(count)) for name, count in stats.card_states.items())

        titles = {deck.id: deck.title for deck in self.study_app.catalog.decks}
        self.query_one("#deck-retention", Static).update(deck_retention_table(stats, titles))
        self.query_one("#heatmap", Heatmap).grid = heatmap_grid(stats.year)
        studied = sum(1 for _, n in stats.year if n)
        self.query_one("#year-box").border_subtitle = (
            f"{answers_text(sum(n for _, n in stats.year))} on {studied} day{'s' if studied != 1 else ''}")

        forecast = self.query_one("#forecast-chart", ColumnChart)
        forecast.values = tuple(float(n) for _, n in stats.forecast)
        forecast.x_labels = ("today", f"{stats.forecast[-1][0]:%d %b}")
        self.query_one("#forecast-box").border_subtitle = f"{sum(n for _, n in stats.forecast)} cards"
