"""The review screen: one card at a time, MCQ or cloze, then the verdict and a rating.

Phases: loading -> answering -> graded (or revealed) -> saving -> answering (the next card) ...
Grading is pure and runs on the main thread; every step that writes the collection (rate, undo,
bury, suspend) runs in a thread worker that posts `CardReady` (or `SessionEnded`), and the handlers
here own all state.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Callable

from fsrs import Rating
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import var
from textual.widgets import Input, Static

from quizgen.core.model import CardKind
from quizgen.core.problems import InputError
from quizgen.study.edit import fact_line, reload_deck
from quizgen.study.library import skipped_text
from quizgen.study.records import FLAGS
from quizgen.study.session import Grade, Presented, StudySession, Summary
from quizgen.tui import messages
from quizgen.tui.editor import edit_at
from quizgen.tui.screens.flag_picker import FlagPickerScreen
from quizgen.tui.screens.set_due import SetDueScreen
from quizgen.tui.screens.base import StudyScreen
from quizgen.tui.widgets.deck_table import count_styles
from quizgen.tui.widgets.answer_input import AnswerInput
from quizgen.tui.widgets.feedback import Feedback, rating_hint
from quizgen.tui.widgets.keys_footer import KeysFooter
from quizgen.tui.widgets.options import McqOptions
from quizgen.tui.widgets.rating_bar import RatingBar, interval_text

MASK = "____"


class Phase(StrEnum):
    LOADING = "loading"
    ANSWERING = "answering"
    GRADED = "graded"
    REVEALED = "revealed"
    SAVING = "saving"


def prompt_text(prompt: str, dark: bool = True) -> Text:
    """The question with its blank drawn as a highlighted gap."""
    text = Text()
    for number, part in enumerate(prompt.split(MASK)):
        if number:
            text.append("_____", style="bold #88c0d0" if dark else "bold #005f87")
        text.append(part)
    return text


def elapsed_text(seconds: float) -> str:
    """A session's time as a clock: 4:07, 1:02:09."""
    minutes, seconds = divmod(max(0, int(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def progress_text(presented: Presented, now: datetime) -> Text:
    """Cards done and left today, and the session's time so far."""
    started = presented.started_at or now
    return Text.assemble(
        (str(presented.done_today), "bold"), " done · ",
        (str(presented.remaining.total), "bold"), " left · ",
        (elapsed_text((now - started).total_seconds()), "bold"),
    )


def again_text(presented: Presented) -> str | None:
    """What the learner is told when the card just answered comes straight back."""
    if not presented.again:
        return None
    if presented.ahead_by is not None:
        return f"Nothing else is due: this card again now, {interval_text(presented.ahead_by)} before its next step."
    return "This card again: its next step is due now."


def counts_text(presented: Presented, dark: bool = True) -> Text:
    left, styles = presented.remaining, count_styles(dark)
    return Text.assemble(
        (str(left.new), styles["new"]), " new  ",
        (str(left.learning), styles["learning"]), " learning  ",
        (str(left.due), styles["due"]), " due",
    )


class ReviewScreen(StudyScreen[None]):
    CSS_PATH = "review.tcss"
    BINDINGS = [
        Binding("a", "pick(0)", "Pick", key_display="a–d"),
        Binding("c", "pick(2)", "Pick", show=False),
        Binding("d", "pick(3)", "Pick", show=False),
        Binding("1", "rate(1)", "Rate", key_display="1–4", tooltip="Save this rating and go to the next card"),
        Binding("2", "rate(2)", "Rate", show=False),
        Binding("3", "rate(3)", "Rate", show=False),
        Binding("4", "rate(4)", "Rate", show=False),
        Binding("enter,space", "next", "Next"),
        Binding("enter,tab", "focus_answer", "Answer", show=False),
        Binding("escape", "leave_answer", "Keys"),
        Binding("u", "undo", "Undo"),
        # `b` picks option B while an MCQ waits for its answer (the first binding of a key that its
        # check allows wins); otherwise `b` buries. `B` buries in every phase.
        Binding("b", "pick(1)", "Pick", show=False),
        Binding("b,B", "bury", "Bury"),
        Binding("s,S", "suspend", "Suspend"),
        Binding("D", "set_due", "Due", show=False),  # Anki's "Set due date"; `d` is option D
        Binding("t", "stats", "Stats", show=False),  # listed by ? (the footer is full at 60 columns)
        Binding("i", "card_info", "Info", show=False),
        Binding("f", "flag(1)", "Flag", show=False),  # listed by ? (the footer is full at 80 columns)
        Binding("F", "pick_flag", "Flag", show=False),  # the seven colours; Anki's Ctrl+1..7 below
        *(Binding(f"ctrl+{number}", f"flag({number})", "Flag", show=False) for number in FLAGS),
        Binding("e", "edit", "Edit", show=False),
        Binding("slash", "browse", "Browse", show=False),
        Binding("question_mark", "app.help", "Keys"),
        Binding("q", "end_session", "Quit"),
    ]

    #: What the screen shows follows the phase (see `watch_phase`). A `var`: a change repaints only
    #: the parts the watcher changes, not the whole screen. always_update: a new card always lays
    #: out its parts, even after a step that went from answering to answering.
    phase: var[Phase] = var(Phase.LOADING, always_update=True)

    def __init__(self, deck_id: str | None) -> None:
        super().__init__()
        self.deck_id = deck_id
        self.presented: Presented | None = None
        self.grade: Grade | None = None
        self.rating: Rating | None = None
        self._progress_shown = ""
        self._again_shown: str | None = None
        self._in_stats = False  # the stats screen is over this one (the card's clock is paused)
        self._left = False  # the learner went to the browser or card info (see on_screen_resume)

    # --- layout ---------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="review-header"):
            yield Static("", id="deck-title")
            yield Static("", id="progress")
            yield Static("", id="counts")
        with VerticalScroll(id="review-body"):
            with Vertical(id="card"):
                yield Static("", id="again-note")
                yield Static("", id="prompt")
                yield McqOptions(id="options")
                yield AnswerInput(placeholder="Type the answer, then Enter (Enter alone reveals it)", id="typed")
            yield Feedback(id="feedback")
        # The rating row sits above the footer, so it stays in view however long the feedback is.
        with Horizontal(id="rate-row"):
            yield Static("Rating", id="rate-label")
            yield RatingBar(id="ratings")
            yield Static("", id="next-hint")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.start()
        self.set_interval(1.0, self.show_progress)
        self.app.theme_changed_signal.subscribe(self, self.show_counts)

    def on_resize(self) -> None:
        # On a short terminal the options lose their spacing, so a card and its verdict fit; on a
        # narrow one the rating row keeps only the four ratings.
        self.set_class(self.size.height < 34, "-compact")
        self.set_class(self.size.width < 72, "-narrow")

    def show_counts(self, _theme: object = None) -> None:
        """The counts left, in the colours of the theme (with each card, and when the theme changes)."""
        if self.presented is not None:
            dark = self.app.current_theme.dark
            self.query_one("#counts", Static).update(counts_text(self.presented, dark))
            self.query_one("#prompt", Static).update(prompt_text(self.presented.card.prompt, dark))

    def show_progress(self) -> None:
        """Cards done and left, and the time so far (each second, and with each card)."""
        if self.presented is not None:
            text = progress_text(self.presented, self.study_app.clock())
            if text.plain != self._progress_shown:  # the timer ticks each second: repaint only on a change
                self._progress_shown = text.plain
                self.query_one("#progress", Static).update(text)

    # --- the session in workers -----------------------------------------------------------------

    def _run(self, step: Callable[[StudySession], str | None]) -> None:
        """Run `step` on the session (in the calling worker thread), then post what comes next.

        The step and the reading of the next card happen under one hold of the session lock.
        """

        def step_then_next(session: StudySession) -> tuple[str | None, Presented | None, Summary | None]:
            notice = step(session)
            presented = session.current()
            return notice, presented, session.summary() if presented is None else None

        try:
            notice, presented, summary = self.study_app.with_session(step_then_next)
        except Exception as error:  # noqa: BLE001 - the learner sees a message, never a traceback
            self.post_message(messages.WorkFailed(f"Could not save to the collection: {error}"))
            return
        if summary is not None:
            self.post_message(messages.SessionEnded(summary, notice))
        else:
            self.post_message(messages.CardReady(presented, notice))

    @work(thread=True, exclusive=True, group="review-db")
    def start(self) -> None:
        self._run(lambda session: session.start(self.deck_id))

    @work(thread=True, exclusive=True, group="review-db")
    def commit(self, rating: Rating | None) -> None:
        self._run(lambda session: session.rate(rating))

    @work(thread=True, exclusive=True, group="review-db")
    def undo(self) -> None:
        self._run(lambda session: None if session.undo() else "Nothing to undo.")

    @work(thread=True, exclusive=True, group="review-db")
    def bury(self) -> None:
        def step(session: StudySession) -> str:
            session.bury()
            return "Buried until tomorrow (u to undo)."

        self._run(step)

    @work(thread=True, exclusive=True, group="review-db")
    def suspend(self) -> None:
        def step(session: StudySession) -> str:
            session.suspend()
            return "Suspended: it won't be shown again (u to undo)."

        self._run(step)

    @work(thread=True, exclusive=True, group="review-db")
    def set_due(self, text: str) -> None:
        def step(session: StudySession) -> str:
            row = session.set_due_current(text)
            assert row is not None and row.state_after.memory is not None  # a new card never gets here
            day = session.days.of(row.state_after.memory.due)
            days = (day - session.today()).days
            when = "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days ({day.day} {day:%b %Y})"
            reset = " (its interval starts again today)" if text.endswith("!") else ""
            return f"Due {when}{reset} (u to undo)."

        self._run(step)

    @work(thread=True, exclusive=True, group="review-db")
    def flag(self, flag: int = 1) -> None:
        try:
            presented = self.study_app.with_session(lambda session: session.toggle_flag(flag))
        except Exception as error:  # noqa: BLE001
            self.post_message(messages.WorkFailed(f"Could not save to the collection: {error}"))
            return
        self.post_message(messages.CardFlagged(presented))

    @work(thread=True, exclusive=True, group="review-db")
    def locate(self, deck_id: str, fact_id: str) -> None:
        """Find the fact's line in its deck file (a big one takes a moment), then edit it."""
        path = self.study_app.catalog.decks_by_id[deck_id].path
        self.post_message(messages.EditReady(deck_id, path, fact_line(path, fact_id)))

    @work(thread=True, exclusive=True, group="review-db")
    def reload(self, deck_id: str) -> None:
        """Read the edited deck again (as the browser does) and show the card as it reads now."""
        app = self.study_app
        try:
            catalog = reload_deck(app.catalog, deck_id)
        except InputError as error:
            problems = "\n".join(str(problem) for problem in error.problems[:3])
            self.post_message(messages.WorkFailed(
                f"The deck no longer checks, so it was not reloaded (your history is kept; fix it and press e "
                f"again):\n{problems}"))
            self._run(lambda session: None)
            return
        except Exception as error:  # noqa: BLE001
            self.post_message(messages.WorkFailed(f"Could not read the deck again: {error}"))
            self._run(lambda session: None)
            return
        app.call_from_thread(app.use_catalog, catalog)  # every session reads the new cards first
        reloaded = catalog.decks_by_id.get(deck_id)
        notice = f"Reloaded {reloaded.title if reloaded else 'the deck'}."
        if reloaded is not None and reloaded.skipped:
            notice = (f"Reloaded {reloaded.title} without {skipped_text(reloaded)} (their history is kept): "
                      f"{reloaded.skipped[0]}")
        self._run(lambda session: notice)

    @work(thread=True, exclusive=True, group="review-db")
    def finish(self, rating: Rating | None, commit_pending: bool) -> None:
        """End the session: save an answer already given, then show the summary."""
        try:
            if commit_pending:
                self.study_app.with_session(lambda session: session.rate(rating))
            summary = self.study_app.with_session(lambda session: session.summary())
        except Exception as error:  # noqa: BLE001
            self.post_message(messages.WorkFailed(f"Could not save to the collection: {error}"))
            return
        self.post_message(messages.SessionEnded(summary))

    # --- handlers: all state changes happen here -------------------------------------------------

    @on(messages.CardReady)
    def show_card(self, message: messages.CardReady) -> None:
        if message.notice:
            severity = "warning" if "leech" in message.notice.lower() else "information"
            self.notify(message.notice, severity=severity, timeout=8 if severity == "warning" else 3)
        presented = message.presented
        if presented is None or (presented is self.presented and self.phase is not Phase.SAVING):
            return  # back from the browser or card info with the same card on screen: it stays as it was
        self.presented, self.grade, self.rating = presented, None, None
        card = presented.card
        deck = self.study_app.catalog.decks_by_id.get(card.deck)
        title = Text(deck.title if deck else card.deck, style="bold")
        banner = self.study_app.session.banner  # custom study says what it is (cram: nothing saved)
        if banner:
            title.append(f"  ·  {banner}", style="bold #ebcb8b")
        self.query_one("#deck-title", Static).update(title)
        self.show_counts()
        self.show_progress()
        is_mcq = card.kind is CardKind.MCQ
        card_box = self.query_one("#card", Vertical)
        card_box.border_title = "Multiple choice" if is_mcq else "Fill in the blank"
        again = again_text(presented)
        self.show_state()
        note = self.query_one("#again-note", Static)
        if again != self._again_shown:  # seldom shown: most cards change nothing here
            self._again_shown = again
            note.display = again is not None
            note.update(again or "")
        if is_mcq:  # a cloze card hides the options: they keep the last MCQ's until the next one
            self.query_one(McqOptions).show(presented.options or ())
        typed = self.query_one("#typed", Input)
        typed.value = ""
        self.phase = Phase.ANSWERING
        if is_mcq:
            self.set_focus(None)
        else:
            typed.focus()
        self.query_one("#review-body", VerticalScroll).scroll_home(animate=False)
        self.study_app.gc_policy.idle(self.app)  # the learner reads the card

    @on(messages.CardFlagged)
    def card_flagged(self, message: messages.CardFlagged) -> None:
        presented = message.presented
        if self.presented is None or presented.card.id != self.presented.card.id:
            return
        self.presented = presented  # the same card, its flag changed: its phase stays
        self.show_state()
        if presented.flag:
            self.notify(f"Flagged {FLAGS[presented.flag]} (the same key again to unflag, u to undo; the browser "
                        f"finds it with flag:{presented.flag}).", timeout=4)
        else:
            self.notify("Flag taken off (u to undo).", timeout=3)

    def show_state(self) -> None:
        """The card box's subtitle: the card's state, "again" when it is straight back, its flag."""
        assert self.presented is not None
        presented = self.presented
        parts = [presented.state]
        if again_text(presented):
            parts.append("again")
        if presented.flag:
            parts.append(f"⚑ {FLAGS[presented.flag]}")
        self.query_one("#card", Vertical).border_subtitle = " · ".join(parts)

    @on(messages.EditReady)
    def edit_fact(self, message: messages.EditReady) -> None:
        """Open the editor at the fact (on the main thread: the app is suspended meanwhile)."""
        problem = edit_at(self.app, message.path, message.line)
        if problem is not None:
            self.notify(problem, severity="error", timeout=10)
            self._restore_phase()
            return
        self.reload(message.deck_id)

    def _restore_phase(self) -> None:
        if self.phase is Phase.SAVING:
            self.phase = Phase.REVEALED if self.grade and self.grade.verdict == "revealed" else \
                Phase.GRADED if self.grade else Phase.ANSWERING

    @on(messages.WorkFailed)
    def step_failed(self) -> None:
        # The app shows the message; here the learner gets the card back to try again.
        self._restore_phase()

    def show_grade(self, grade: Grade) -> None:
        assert self.presented is not None
        self.grade = grade
        self.rating = None if grade.verdict == "revealed" else grade.rating
        if self.presented.card.kind is CardKind.MCQ:
            picked = self.presented.options.index(grade.given) if grade.given in (self.presented.options or ()) else None
            self.query_one(McqOptions).reveal(picked, self.presented.answer_index)
        self.query_one(Feedback).show(self.presented, grade)
        self.query_one("#next-hint", Static).update(rating_hint(grade))
        ratings = self.query_one(RatingBar)
        ratings.intervals = grade.intervals
        ratings.selected = self.rating
        self.phase = Phase.REVEALED if grade.verdict == "revealed" else Phase.GRADED
        self.set_focus(None)
        self.study_app.gc_policy.idle(self.app)  # the learner reads the verdict

    @on(McqOptions.Picked)
    def option_clicked(self, message: McqOptions.Picked) -> None:
        self.action_pick(message.index)

    @on(RatingBar.Chosen)
    def rating_clicked(self, message: RatingBar.Chosen) -> None:
        self.action_rate(int(message.rating))

    @on(Input.Submitted, "#typed")
    def typed_answer(self, message: Input.Submitted) -> None:
        if self.phase is not Phase.ANSWERING or self.presented is None:
            return
        text = message.value
        self.study_app.gc_policy.busy(self.app)
        grade = self.study_app.with_session(lambda session: session.answer_text(text))
        self.show_grade(grade)

    def watch_phase(self, phase: Phase) -> None:
        """Show the parts of the phase and the card's kind, and the keys of the phase.

        The parts are shown and hidden through `display`, which only lays the screen out again;
        classes on the screen would restyle every widget of it on each change (15 ms a time).
        Saving shows what the verdict showed, and keeps its keys in the footer (each is refused
        meanwhile by `check_action`): for the few ms it lasts, a redraw would only flicker.
        Focus changes refresh the keys by themselves (Textual's `Screen.set_focus`).
        """
        answered = phase in (Phase.GRADED, Phase.REVEALED, Phase.SAVING)
        is_mcq = self._is_mcq()
        self.query_one("#card", Vertical).display = phase is not Phase.LOADING
        self.query_one(McqOptions).display = is_mcq
        self.query_one("#typed", Input).display = not is_mcq and not answered
        self.query_one(Feedback).display = answered
        self.query_one("#rate-row", Horizontal).display = answered
        if phase is not Phase.SAVING:
            self.refresh_bindings()

    # --- actions ---------------------------------------------------------------------------------

    def _is_mcq(self) -> bool:
        return self.presented is not None and self.presented.card.kind is CardKind.MCQ

    def _typing(self) -> bool:
        return self.query_one("#typed", Input).has_focus

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        phase = self.phase
        answering_mcq = phase is Phase.ANSWERING and self._is_mcq()
        answered = phase in (Phase.GRADED, Phase.REVEALED)
        if action == "pick":
            return answering_mcq and int(parameters[0]) < len(self.presented.options or ())  # type: ignore[union-attr,call-overload]
        if action == "rate":
            return answered
        if action == "next":
            return phase is Phase.GRADED or (phase is Phase.REVEALED and self.rating is not None)
        if action == "focus_answer":
            return phase is Phase.ANSWERING and not self._is_mcq() and not self._typing()
        if action == "leave_answer":
            return self._typing()
        if action in ("undo", "bury", "suspend", "flag", "pick_flag", "set_due", "edit"):
            return phase in (Phase.ANSWERING, Phase.GRADED, Phase.REVEALED) and not self._typing()
        if action == "stats":
            return phase in (Phase.ANSWERING, Phase.GRADED, Phase.REVEALED) and not self._typing()
        if action in ("card_info", "browse"):
            return phase is not Phase.SAVING and not self._typing()
        if action == "end_session":
            return phase is not Phase.SAVING and not self._typing()
        return True

    def action_pick(self, index: int) -> None:
        if self.phase is not Phase.ANSWERING or not self._is_mcq():
            return
        self.study_app.gc_policy.busy(self.app)
        grade = self.study_app.with_session(lambda session: session.answer_choice(index))
        self.show_grade(grade)

    def action_rate(self, value: int) -> None:
        if self.phase not in (Phase.GRADED, Phase.REVEALED):
            return
        # One rule, as Anki's answer buttons: 1-4 saves that rating and moves on, after an answer
        # and after a reveal alike; Enter (or Space) saves the implied rating.
        self.rating = Rating(value)
        self.query_one(RatingBar).selected = self.rating
        self.action_next()

    def action_next(self) -> None:
        if self.phase not in (Phase.GRADED, Phase.REVEALED) or self.rating is None:
            return
        self.phase = Phase.SAVING
        self.study_app.gc_policy.busy(self.app)
        self.commit(self.rating)

    def action_focus_answer(self) -> None:
        self.query_one("#typed", Input).focus()

    def action_leave_answer(self) -> None:
        self.set_focus(None)

    def action_undo(self) -> None:
        self.phase = Phase.SAVING
        self.study_app.gc_policy.busy(self.app)
        self.undo()

    def action_bury(self) -> None:
        self.phase = Phase.SAVING
        self.study_app.gc_policy.busy(self.app)
        self.bury()

    def action_suspend(self) -> None:
        self.phase = Phase.SAVING
        self.study_app.gc_policy.busy(self.app)
        self.suspend()

    def action_flag(self, flag: int = 1) -> None:
        if self.presented is not None:
            self.flag(flag)  # the card stays as it is: an answer given still waits for its rating

    def action_set_due(self) -> None:
        """`D`: Anki's "Set due date" for the card on screen (an answer not yet rated is not saved)."""
        if self.presented is None:
            return
        if self.presented.state == "new":
            self.notify("A new card has no due date to set: it comes with the new cards.", timeout=4)
            return
        if not self.study_app.session.previews_intervals:  # cram: answers schedule nothing, nor does D
            self.notify("Cram changes no schedule: set due dates in the browser or in a study session.", timeout=4)
            return

        def chosen(text: str | None) -> None:
            if text is not None and self.presented is not None:
                self.phase = Phase.SAVING
                self.study_app.gc_policy.busy(self.app)
                self.set_due(text)

        self.app.push_screen(SetDueScreen(), chosen)

    def action_pick_flag(self) -> None:
        """`F`: choose one of the seven flags (0: none); the same flag again takes it off."""
        if self.presented is None:
            return

        def chosen(flag: int | None) -> None:
            if flag is not None and self.presented is not None:
                self.flag(flag)

        self.app.push_screen(FlagPickerScreen(self.presented.flag), chosen)

    def action_edit(self) -> None:
        """Edit the card's fact in $EDITOR; the deck is read again and the card asked again as it
        reads now (an answer not yet rated is not saved)."""
        if self.presented is None:
            return
        card = self.presented.card
        if card.deck not in self.study_app.catalog.decks_by_id:
            return
        self.phase = Phase.SAVING
        self.study_app.gc_policy.busy(self.app)
        self.locate(card.deck, card.fact)

    def action_stats(self) -> None:
        # The card waits, its clock stopped (time reading stats is not time thinking), and is the
        # same card on return.
        self._in_stats = True
        self.pause_clock()
        self.post_message(messages.StatsRequested())

    @work(thread=True, group="review-clock")
    def pause_clock(self) -> None:
        self.study_app.with_session(lambda session: session.pause())

    @work(thread=True, group="review-clock")
    def resume_clock(self) -> None:
        self.study_app.with_session(lambda session: session.resume())

    def action_card_info(self) -> None:
        if self.presented is not None:
            self._left = True
            # Before its answer, the card's info gives nothing away (as Anki's): the answer shows after it.
            self.post_message(messages.CardInfoRequested(self.presented.card.id,
                                                         hide_answer=self.phase is Phase.ANSWERING))

    def action_browse(self) -> None:
        self._left = True
        self.post_message(messages.BrowseRequested())

    def on_screen_resume(self) -> None:
        # Back from the browser or card info: show the card the session has now (the browser may
        # have suspended, reset or edited the one on screen).
        if self._in_stats:  # back from stats: the same card, its clock going on
            self._in_stats = False
            self.resume_clock()
        if self._left:
            self._left = False
            self.refresh_card()

    @work(thread=True, exclusive=True, group="review-db")
    def refresh_card(self) -> None:
        self._run(lambda session: None)

    def action_end_session(self) -> None:
        # An answer already graded is saved (the learner saw the verdict); a bare reveal is not.
        commit_pending = self.phase is Phase.GRADED
        self.phase = Phase.SAVING
        self.finish(self.rating, commit_pending)
