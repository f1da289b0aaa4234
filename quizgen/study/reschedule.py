"""Set due date, as Anki's (the browser's and the review screen's `D`, `quizgen set-due`): what the
learner types, and the card's state after it. Pure: the day, the time and the random draw are given.

The syntax is Anki's: `0` today, `1` tomorrow, `7` in a week, `3-7` a day drawn from 3 to 7 days
from today (each card its own), and a `!` after either to reset the card's interval too (`5!`,
`3-7!`). The due date is the start of that study day (the rollover hour), so a card set to `0` is
due at once and one set to `1` comes with tomorrow's reviews.

FSRS's state stays one FSRS could have made: a card in its learning or relearning steps becomes a
review card (as in Anki), its stability and difficulty kept. Without `!` only the due date moves:
the memory (stability, difficulty, the last review) is untouched, so recall is predicted as before
and the next answer is scheduled from the real time since the last review. With `!` the interval
starts again today, as Anki's `!` resets it: the last review becomes now and the stability becomes
the one whose interval, at the deck's retention, is the days chosen (FSRS's own interval rule, so
the card is due when its predicted recall falls to the retention); difficulty is kept.

A new card (never answered) has no schedule to move: it is left as it is and counted apart, as it
comes with the new cards anyway.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import fsrs

from quizgen.study.records import CardState
from quizgen.study.scheduler import MAXIMUM_INTERVAL_DAYS, StudyDays

_SYNTAX = re.compile(r"\s*(\d{1,6})\s*(?:-\s*(\d{1,6})\s*)?(!?)\s*")
#: What the prompt says of the syntax (the review screen, the browser, `quizgen set-due --help`).
SYNTAX_HELP = "0 today, 1 tomorrow, 3-7 a day from 3 to 7 days away; add ! to reset the interval too (5!, 3-7!)"


@dataclass(frozen=True)
class DueDays:
    """A parsed "Set due date" entry: a day from `low` to `high` days after today; `reset`: the `!`."""

    low: int
    high: int
    reset: bool

    @classmethod
    def parse(cls, text: str) -> DueDays:
        """ValueError (its message says what to type) for anything but Anki's syntax."""
        found = _SYNTAX.fullmatch(text)
        if found is None:
            raise ValueError(f"'{text.strip()}' is not a due date: type {SYNTAX_HELP}.")
        low = int(found.group(1))
        high = int(found.group(2)) if found.group(2) is not None else low
        if high < low:
            raise ValueError(f"'{text.strip()}': the range goes from the smaller number to the larger ({high}-{low}).")
        if high > MAXIMUM_INTERVAL_DAYS:
            raise ValueError(f"'{text.strip()}': at most {MAXIMUM_INTERVAL_DAYS} days (100 years).")
        return cls(low, high, bool(found.group(3)))

    @property
    def text(self) -> str:
        """The entry written the one way: "3-7!", "0"."""
        days = str(self.low) if self.low == self.high else f"{self.low}-{self.high}"
        return days + ("!" if self.reset else "")

    def draw(self, card_id: str, reps: int, now: datetime) -> int:
        """The days from today for this card: seeded by the card, its answers so far and the time, so
        the same change gives the same day (a test, an undo and redo) and each card of a range its own."""
        if self.low == self.high:
            return self.low
        return random.Random(f"set-due:{card_id}:{reps}:{now.astimezone(UTC).isoformat()}").randint(self.low, self.high)


def stability_for_interval(scheduler: fsrs.Scheduler, days: int) -> float:
    """The stability whose interval at the scheduler's desired retention is `days` (at least 1):
    FSRS's interval rule, `interval = S / F * (r ^ (1 / decay) - 1)`, solved for S."""
    days = max(days, 1)
    factor = scheduler._FACTOR  # noqa: SLF001 - fsrs's own constants, so the rule is exactly its own
    decay = scheduler._DECAY  # noqa: SLF001
    return days * factor / (scheduler.desired_retention ** (1 / decay) - 1)


def rescheduled(state: CardState, due_days: DueDays, now: datetime, study_days: StudyDays,
                scheduler: fsrs.Scheduler) -> CardState | None:
    """`state` with its due date set (see the module's note), or None for a new card (no memory)."""
    memory = state.memory
    if memory is None:
        return None
    now = now.astimezone(UTC)
    days = due_days.draw(state.card_id, state.reps, now)
    today = study_days.of(now)
    # The start of that study day (today's has begun: due at once); `0!` is due now, its interval 0.
    due = now if due_days.reset and not days else study_days.start(today + timedelta(days=days))
    card = fsrs.Card(card_id=memory.card_id, state=fsrs.State.Review, step=None, stability=memory.stability,
                     difficulty=memory.difficulty, due=due, last_review=memory.last_review)
    if due_days.reset:
        card.stability = stability_for_interval(scheduler, days)
        card.last_review = now
    return replace(state, memory=card)


def due_day(state: CardState, study_days: StudyDays) -> date | None:
    """The study day a card is due on (None: new)."""
    return None if state.memory is None else study_days.of(state.memory.due)
