"""quizgen: turn curated facts into MCQ and cloze cards; study them, export them, print them."""

__version__ = "0.1.0"
