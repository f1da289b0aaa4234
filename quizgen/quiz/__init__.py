"""Class quizzes: question choice and versions (`build`), one module per output format, and `lint`."""
