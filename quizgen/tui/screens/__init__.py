"""One module per screen, each with its own .tcss file rooted at the screen's type."""
