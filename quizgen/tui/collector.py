"""The seam through which the study app tells a garbage-collector policy when the learner waits.

The app never touches Python's collector itself: it says when work starts on a key (`busy`: an
answer to grade, a rating to save and the next card to choose) and when the screen waits for the
learner again (`idle`: a card or a verdict is on screen). What to do then is the policy's business;
`quizgen study` passes the one in quizgen.commands.gcpolicy (`StudyCollector`: no collection in the
middle of answer -> next card, one while the learner reads). The default leaves the collector
alone, so tests and callers of `create_app` get their collector as they had it.
"""

from __future__ import annotations

from typing import Any, Protocol


class CollectorPolicy(Protocol):
    def busy(self, app: Any) -> None:
        """A key started work the learner waits for (grading, saving, the next card)."""

    def idle(self, app: Any) -> None:
        """The screen waits for the learner (a card or a verdict was just put on screen)."""


class LeaveCollectorAlone:
    """The policy of an app built without one: nothing is done."""

    def busy(self, app: Any) -> None:
        pass

    def idle(self, app: Any) -> None:
        pass
