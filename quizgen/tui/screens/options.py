"""Options (`o` on the deck list, or Ctrl+P -> Options): the study settings in effect, where each comes
from, and the global ones edited and saved to the settings file.

What a row shows is quizgen.study.options' (pure); saving is `settings.save_settings` in a worker,
which validates with the settings file's own rule before it writes: a bad value is shown under its
field and nothing is saved. A deck's `study:` values are shown read-only with the deck's file: the
deck file is their source. The app applies the saved settings (`messages.SettingsSaved`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Footer, Input, Label, Static

from quizgen.core.problems import InputError, Problem
from quizgen.study import options
from quizgen.study.settings import read_toml, save_settings
from quizgen.tui import messages
from quizgen.tui.screens.base import StudyScreen


def overrides_text(row: options.SettingRow) -> Text:
    """The row's hint, then each deck that sets its own value (read-only: its file is the source)."""
    text = Text(row.hint, style="dim")
    for deck in row.overrides:
        text.append(f"\n{deck.title}: {deck.text}", style="bold")
        text.append(f" (the deck's study: block, {deck.path}; edit the deck file to change it)")
    return text


class OptionsScreen(StudyScreen[None]):
    CSS_PATH = "options.tcss"
    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("ctrl+s", "save", "Save"),
    ]

    @dataclass
    class SourcesRead(Message):
        """The keys the settings file sets (read in a worker)."""

        keys: frozenset[str]

    @dataclass
    class Invalid(Message):
        """Saving was refused: these problems, nothing written."""

        problems: list[Problem]

    def compose(self) -> ComposeResult:
        app = self.study_app
        path = app.settings_path
        with VerticalScroll(id="options-panel"):
            yield Static("Options", id="options-title")
            where = f"Saved to {path}." if path is not None else "No settings file in this run: nothing can be saved."
            yield Static(Text(f"{where} A deck's study: block overrides a value for that deck."), id="options-where")
            for row in options.rows(app.settings, (), app.catalog.decks):
                with Horizontal(classes="option"):
                    yield Label(row.label, classes="option-label")
                    yield Input(row.text, id=f"option-{row.key}")
                    yield Static("", classes="option-source", id=f"source-{row.key}")
                yield Static(overrides_text(row), classes="option-hint")
                yield Static("", classes="option-error", id=f"error-{row.key}")
            blocks = options.deck_blocks(app.catalog.decks)
            if blocks:
                decks = Text("Decks' own values (their study: block; read-only here, edit the deck file):",
                             style="bold")
                for block in blocks:
                    decks.append(f"\n{block.title}", style="bold")
                    decks.append(f": {block.text}  ({block.path})")
                yield Static(decks, id="options-decks")
            theme = app.settings.theme or app.theme
            fuzz = "on" if app.settings.enable_fuzzing else "off"
            yield Static(f"Theme: {theme} (Ctrl+P, then Theme). Interval fuzz: {fuzz} (enable_fuzzing, in the file).",
                         classes="option-hint", id="options-other")
            yield Static("", id="options-error")
            yield Button("Save", id="save", variant="primary", disabled=path is None)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(f"#option-{options.EDITABLE[0][0]}", Input).focus()
        self.read_sources()

    @work(thread=True, exclusive=True, group="options")
    def read_sources(self) -> None:
        path = self.study_app.settings_path
        try:
            read = read_toml(path, what="the settings file", fix="") if path is not None else None
        except InputError:
            read = None  # shown as defaults; saving reports the problem
        self.post_message(self.SourcesRead(frozenset(read[0]) if read else frozenset()))

    @on(SourcesRead)
    def show_sources(self, message: SourcesRead) -> None:
        for key, *_ in options.EDITABLE:
            self.query_one(f"#source-{key}", Static).update("settings file" if key in message.keys else "default")

    def texts(self) -> dict[str, str]:
        return {key: self.query_one(f"#option-{key}", Input).value for key, *_ in options.EDITABLE}

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        path = self.study_app.settings_path
        for key, *_ in options.EDITABLE:
            self.query_one(f"#error-{key}", Static).update("")
        self.query_one("#options-error", Static).update("")
        if path is None:
            self.query_one("#options-error", Static).update("No settings file in this run: nothing can be saved.")
            return
        edits = options.changed(self.study_app.settings, self.texts())
        if not edits:
            self.notify("Nothing changed.")
            self.dismiss(None)
            return
        self.save(path, edits)

    @work(thread=True, exclusive=True, group="options")
    def save(self, path: Path, edits: dict[str, str]) -> None:
        try:
            saved = save_settings(path, options.toml_values(edits))
        except InputError as error:
            self.post_message(self.Invalid(list(error.problems)))
            return
        except OSError as error:
            self.post_message(self.Invalid([Problem(path, None, None, f"could not write the settings file: {error}")]))
            return
        # The settings in effect, with the saved values (the app's may differ from the file's elsewhere).
        settings = replace(self.study_app.settings, **{key: getattr(saved, key) for key in edits})
        self.post_message(messages.SettingsSaved(settings, path))

    @on(Invalid)
    def invalid(self, message: Invalid) -> None:
        general: list[str] = []
        editable = {key for key, *_ in options.EDITABLE}
        for problem in message.problems:
            if problem.field in editable:
                self.query_one(f"#error-{problem.field}", Static).update(Text(f"Not saved: {problem.message}"))
            else:
                general.append(str(problem))
        if general:
            self.query_one("#options-error", Static).update(Text("Not saved: " + "\n".join(general)))

    def action_close(self) -> None:
        self.dismiss(None)
