"""The study app: a thin Textual layer over `quizgen.study` (screens, widgets, messages).

Build it with `quizgen.tui.app.create_app`; the `quizgen study` command and the tests both do.
"""
