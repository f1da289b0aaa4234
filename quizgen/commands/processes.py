"""How many processes a command may generate decks in, decided here at the command edge.

Generating a big deck's cards is CPU work in Python. When the card cache has no current entry for
several decks (the first `quizgen study` after editing them, or with an empty cache), the commands
that read decks through it (`study`, `stats`, `orphans`, `suspended`, `library`) let it generate
each of those decks in a process of its own, as many at once as this says
(`quizgen.study.cardcache.load_catalog(processes=)`). The cards are the same either way: each
process runs the same reading and generation and writes the deck's entry, which is then read like
any other. Library callers and tests get one process unless they ask, as with the collector's
policy (quizgen.commands.gcpolicy).
"""

from __future__ import annotations

import os

#: Never more than this many, whatever the machine: each process holds one deck's cards while it works.
MOST = 4


def deck_processes() -> int:
    """One process per core this process may run on, at most MOST."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(MOST, cores))
