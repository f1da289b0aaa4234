"""Reusable widgets: they take attributes from their screen and post their own nested messages."""
