"""Anki card templates, CSS and the MCQ script (package data, read by notetypes.py)."""
