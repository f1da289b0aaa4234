"""The app's garbage-collector seam (quizgen.tui.collector) through the real app and Pilot: the policy
is told when the learner waits and when a key starts work, and `quizgen study`'s policy
(quizgen.commands.gcpolicy.StudyCollector) collects while the learner reads, never between a key
and the screen it leads to, with memory bounded when the learner never pauses."""

from __future__ import annotations

import gc
from typing import Any

from textual.widgets import Input
from tui_helpers import SIZE, open_deck, pilot_test, settle

from quizgen.commands.gcpolicy import StudyCollector
from quizgen.core.model import CardKind
from quizgen.tui.screens.review import ReviewScreen

KEYS = "abcd"


class RecordingPolicy:
    """A fake policy: the calls, in order."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def busy(self, app: Any) -> None:
        self.calls.append("busy")

    def idle(self, app: Any) -> None:
        self.calls.append("idle")


class Watched(StudyCollector):
    """The real policy, with the moments it was told of kept, and the collector's passes meanwhile."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.busy_at: list[int] = []
        self.idle_at: list[int] = []
        self.passes: list[int] = []  # the generation of each pass, in order
        self.moments = 0

    def busy(self, app: Any) -> None:
        self.moments += 1
        self.busy_at.append(len(self.passes))
        super().busy(app)

    def idle(self, app: Any) -> None:
        self.idle_at.append(len(self.passes))
        super().idle(app)

    def record(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.passes.append(info["generation"])


async def answer(pilot: Any, right: bool = True) -> None:
    """Answer the card on screen (right or wrong), wait for the verdict, then Enter: the next card."""
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    presented = screen.presented
    if presented.card.kind is CardKind.MCQ:
        index = presented.answer_index if right else (presented.answer_index + 1) % len(presented.options)
        await pilot.press(KEYS[index])
    else:
        screen.query_one("#typed", Input).value = presented.card.answer if right else "no idea"
        await pilot.press("enter")
    await pilot.press("enter")
    await settle(pilot)


@pilot_test
async def test_the_policy_is_told_when_the_learner_waits_and_when_a_key_starts_work(make_app):
    policy = RecordingPolicy()
    app = make_app(gc_policy=policy)
    async with app.run_test(size=SIZE) as pilot:
        await open_deck(pilot, "space")
        assert policy.calls == ["idle"]  # the first card is on screen
        await answer(pilot)
        await answer(pilot, right=False)
    # Each answer: the answer key (busy), its verdict (idle), Enter (busy), the next card (idle).
    assert policy.calls == ["idle"] + ["busy", "idle", "busy", "idle"] * 2


@pilot_test
async def test_the_collector_runs_while_the_learner_reads_and_never_between_a_key_and_its_screen(make_app):
    policy = Watched(idle_after=0.05)
    app = make_app(gc_policy=policy)
    gc.callbacks.append(policy.record)
    try:
        with policy.applied():
            async with app.run_test(size=SIZE) as pilot:
                await open_deck(pilot, "space")
                for number in range(6):
                    await pilot.pause(0.15)  # the learner reads the card
                    await answer(pilot, right=number % 2 == 0)
                assert gc.isenabled()  # on again while the learner reads
    finally:
        gc.callbacks.remove(policy.record)
    assert policy.idle_collections >= 6
    # Between each key (busy) and the screen it leads to (idle) no pass of any generation ran.
    assert len(policy.busy_at) == 12
    later_idles = policy.idle_at[1:]
    assert [policy.passes[busy:idle] for busy, idle in zip(policy.busy_at, later_idles)] == [[]] * 12
    assert 2 in policy.passes  # the full collections ran, while the learner read


@pilot_test
async def test_memory_stays_bounded_when_the_learner_never_pauses(make_app):
    # Never idle long enough for the reading-time collection: the young generations are collected
    # after a screen is drawn, once `young_limit` objects were made.
    policy = Watched(idle_after=60.0, young_limit=5_000, full_every=3)
    app = make_app(gc_policy=policy)
    counts: list[int] = []
    with policy.applied():
        async with app.run_test(size=SIZE) as pilot:
            await open_deck(pilot, "space")
            for number in range(40):
                await answer(pilot, right=number % 3 == 0)  # wrong answers bring the cards back
                counts.append(gc.get_count()[0])
            collected = policy.young_passes + policy.full_passes
    assert policy.idle_collections == 0
    assert policy.young_passes >= 2 and policy.full_passes >= 1
    # Objects made since the last pass never pile up: at most the limit and what one answer makes.
    per_answer = max(later - earlier for earlier, later in zip(counts, counts[1:]))
    assert per_answer > 0
    assert max(counts) <= policy.young_limit + per_answer
    # Without the forced passes the count would only have grown: by at least one answer's worth each time.
    made = sum(max(0, later - earlier) for earlier, later in zip(counts, counts[1:]))
    assert made > 2 * policy.young_limit and collected >= made // (policy.young_limit + per_answer) - 1


def test_the_policy_gives_the_collector_back_as_it_found_it() -> None:
    frozen, threshold = gc.get_freeze_count(), gc.get_threshold()
    policy = StudyCollector(threshold=(12_345, 11, 12))
    with policy.applied():
        assert gc.get_threshold() == (12_345, 11, 12) and gc.isenabled()
        assert gc.get_freeze_count() > frozen
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == frozen and gc.isenabled()
    gc.disable()
    try:
        with policy.applied():
            assert gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()



class FakeApp:
    """What the policy asks of the app: timers (never fired here) and callbacks after the refresh (kept)."""

    def __init__(self) -> None:
        self.after_refresh: list[Any] = []

    def set_timer(self, delay: float, callback: Any) -> Any:
        class Timer:
            def stop(self) -> None:
                pass

        return Timer()

    def call_after_refresh(self, callback: Any, *args: Any) -> None:
        self.after_refresh.append(lambda: callback(*args))


def test_a_key_before_the_screen_is_drawn_puts_off_the_forced_pass() -> None:
    # A key that comes before the screen that asked for a pass was drawn (Pilot, a fast learner):
    # the pass does not run after that key, before the screen it leads to; the next screen asks again.
    policy = Watched(idle_after=60.0, young_limit=0, full_every=3)
    app = FakeApp()
    gc.callbacks.append(policy.record)
    try:
        with policy.applied():
            policy.idle(app)  # a verdict on screen: a pass is asked for after its refresh
            app.after_refresh.pop(0)()  # the first hop asks again after the refresh
            policy.busy(app)  # Enter before that refresh
            app.after_refresh.pop(0)()
            assert policy.passes == [] and policy.young_passes == 0
            policy.idle(app)  # the next card: asked again, and run after its refresh
            app.after_refresh.pop(0)()
            app.after_refresh.pop(0)()
            assert policy.passes == [1] and policy.young_passes == 1
    finally:
        gc.callbacks.remove(policy.record)
