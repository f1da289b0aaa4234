"""Shared fixtures of the hostile-input tests."""

from __future__ import annotations

import signal
from typing import Iterator

import pytest


@pytest.fixture
def no_hang() -> Iterator[None]:
    """A read that blocks (a FIFO, a device) fails the test instead of hanging the run."""
    def expire(signum: int, frame: object) -> None:
        raise TimeoutError("the command blocked: it opened a FIFO or read a device")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(30)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
