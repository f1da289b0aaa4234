"""What the study app's screens share: the app itself, typed (Textual types `Screen.app` as any App)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.screen import Screen

if TYPE_CHECKING:
    from quizgen.tui.app import StudyApp

ResultType = TypeVar("ResultType")


class StudyScreen(Screen[ResultType]):
    """A screen of the study app: `study_app` gives the app with its session, catalog and settings."""

    @property
    def study_app(self) -> StudyApp:
        from quizgen.tui.app import StudyApp  # here: the app module imports the screens

        app = self.app
        if not isinstance(app, StudyApp):
            raise TypeError(f"{type(self).__name__} runs only in the study app, not in {type(app).__name__}")
        return app
