"""Running the learner's editor from the app (the browser's `e`, the review screen's `e`), the app
suspended meanwhile: the one route both screens take."""

from __future__ import annotations

import signal
import subprocess
import threading

from textual.app import App, SuspendNotSupported


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
