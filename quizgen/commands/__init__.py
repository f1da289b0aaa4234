"""One module per `quizgen` subcommand; each defines `register(subparsers)`."""
