"""`quizgen results`: what a class answered (Moodle, Canvas, Kahoot, quizgen marks) -> item analysis,
kept per fact beside the decks for `quizgen lint` and `quizgen quiz --select weakest`."""
