"""Running the learner's editor from the app (the browser's `e`, the review screen's `e`), the app
suspended meanwhile: the one route both screens take."""

from __future__ import annotations

import signal
import subprocess
import threading
from pathlib import Path

from textual.app import App, SuspendNotSupported

from quizgen.study.edit import editor_command


def run_editor(app: App[object], command: list[str]) -> subprocess.CompletedProcess[bytes]:
    """Run the editor with the app suspended (`App.suspend`: the editor has the terminal); where the
    driver cannot suspend (the headless driver of the tests), the editor simply runs. An editor that
    cannot start raises its OSError after the app is back (Textual 8.2's `suspend` does not resume
    the app when an exception leaves its block)."""

    def run() -> subprocess.CompletedProcess[bytes] | OSError:
        # Ctrl+C in the editor reaches the whole foreground group, this process too: it is the
        # editor's (as git does for its editor). A handler, not SIG_IGN, which the editor would inherit.
        main = threading.current_thread() is threading.main_thread()  # only there can handlers change
        previous = signal.signal(signal.SIGINT, lambda number, frame: None) if main else None
        try:
            return subprocess.run(command, check=False)
        except OSError as error:
            return error
        finally:
            if main:
                signal.signal(signal.SIGINT, previous)

    try:
        with app.suspend():
            result = run()
    except SuspendNotSupported:
        result = run()
    if isinstance(result, OSError):
        raise result
    return result


def edit_at(app: App[object], path: Path, line: int) -> str | None:
    """Open the learner's editor at `path`:`line` (`run_editor`); None once it has run, else why it could
    not start. An editor that exits with an error is noted as a warning: the deck is read again anyway."""
    command = editor_command(path, line)
    try:
        result = run_editor(app, command)
    except OSError as error:
        return f"Could not start the editor ({' '.join(command)}): {error}. Set $EDITOR."
    if result.returncode != 0:
        app.notify(f"The editor exited with status {result.returncode}; reading the deck again anyway.",
                   severity="warning")
    return None
