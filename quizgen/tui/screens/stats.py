"""Statistics: reviews per day (30 days), true retention, cards by state, 14-day due forecast, streak.

The figures come from `quizgen.study.stats.compute_stats` (the same as `quizgen stats`), computed in
a worker; this screen only draws them.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Static

from quizgen.study.stats import StudyStats, compute_stats
from quizgen.tui import messages
from quizgen.tui.screens.base import StudyScreen
from quizgen.tui.widgets.charts import BarRows, ColumnChart

STATE_STYLES = {
    "new": "#5fafff",
    "learning": "#ff8787",
    "review": "#87d787",
    "relearning": "#ffaf5f",
    "suspended": "#d7d787",
}


def retention_text(stats: StudyStats) -> Text:
    if stats.retention is None:
        return Text.assemble(("–", "bold"), ("\nno reviews of mature cards yet", "dim"))
    return Text.assemble(
        (f"{stats.retention:.1%}", "bold"), (f"\nof {stats.retention_reviews} reviews, last 30 days", "dim")
    )


def streak_text(stats: StudyStats) -> Text:
    days = "day" if stats.streak == 1 else "days"
    return Text.assemble((f"{stats.streak} {days}", "bold"), (f"\n{stats.total_reviews} answers in all", "dim"))


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
            with Vertical(id="forecast-box", classes="box"):
                yield ColumnChart(id="forecast-chart")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#reviews-box").border_title = "Reviews per day · last 30 days"
        self.query_one("#retention-box").border_title = "True retention"
        self.query_one("#streak-box").border_title = "Streak"
        self.query_one("#states-box").border_title = "Cards by state"
        self.query_one("#forecast-box").border_title = "Due · next 14 days"
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
                    tz=session.tz,
                    rollover_hour=session.settings.day_rollover_hour,
                )
            )
        except Exception as error:  # noqa: BLE001 - shown to the learner, never a traceback
            self.post_message(messages.WorkFailed(f"Could not read the statistics: {error}"))
            return
        self.post_message(messages.StatsLoaded(stats))

    @on(messages.StatsLoaded)
    def show_stats(self, message: messages.StatsLoaded) -> None:
        stats = message.stats
        reviews = self.query_one("#reviews-chart", ColumnChart)
        reviews.values = tuple(float(n) for _, n in stats.reviews_per_day)
        first, last = stats.reviews_per_day[0][0], stats.reviews_per_day[-1][0]
        reviews.x_labels = (f"{first:%d %b}", "today" if last == stats.today else f"{last:%d %b}")
        self.query_one("#reviews-box").border_subtitle = f"{sum(n for _, n in stats.reviews_per_day)} answers"

        self.query_one("#retention", Static).update(retention_text(stats))
        self.query_one("#streak", Static).update(streak_text(stats))

        states = self.query_one("#states-chart", BarRows)
        states.bar_styles = STATE_STYLES
        states.rows = tuple((name, float(count)) for name, count in stats.card_states.items())

        forecast = self.query_one("#forecast-chart", ColumnChart)
        forecast.values = tuple(float(n) for _, n in stats.forecast)
        forecast.x_labels = ("today", f"{stats.forecast[-1][0]:%d %b}")
        self.query_one("#forecast-box").border_subtitle = f"{sum(n for _, n in stats.forecast)} cards"
