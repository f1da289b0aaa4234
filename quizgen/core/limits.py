"""Size limits on what quizgen reads: past each, one clear line and exit 2 instead of minutes of work.

A deck written by hand, or drafted, or imported, stays far inside these; a file past them is a
mistake (a pasted book, a generated file gone wrong) or an attack, and the work it would cost grows
faster than its size (every card shows the whole text, every blank is asked against the others).
docs/safety.md lists them; each check below is the one place its limit is applied.
"""

from __future__ import annotations

from pathlib import Path

from quizgen.core.problems import InputError, Problem

#: A deck file's size in bytes (checked before it is read).
DECK_FILE_BYTES = 50_000_000
#: The characters of any one text in a deck: a title, description, fact text, ask, note, quote,
#: distractor, pool entry, tag or source title.
FIELD_CHARS = 10_000
#: Blanks in one fact (each makes a card that shows the whole text).
BLANKS_PER_FACT = 50
#: Each fact is compared for near duplicates with at most this many earlier facts sharing its answers.
NEAR_DUPLICATE_WINDOW = 200
#: `quizgen draft`: characters of text taken from one document after extraction (`--max-size` raises
#: it). Drafting costs ~30 ms a sentence on a 2-core machine: this much text is about 3 minutes.
DRAFT_CHARS = 500_000
#: `quizgen draft`: a document file's size, checked before it is read: ten times the text limit (a
#: web page is bigger than its text), and for a PDF at least this many bytes (scans, fonts, images).
DRAFT_FILE_FACTOR = 10
DRAFT_PDF_BYTES = 50_000_000


def megabytes(size: int) -> str:
    """A size for a message: "50,000,030 bytes (50.0 MB)"."""
    return f"{size:,} bytes ({size / 1_000_000:.1f} MB)"


def check_deck_file(path: Path) -> None:
    """Refuse a deck file over DECK_FILE_BYTES before reading it (a missing file is reported by the reader)."""
    try:
        size = path.stat().st_size
    except OSError:
        return
    if size > DECK_FILE_BYTES:
        raise InputError([Problem(path, None, None, f"is {megabytes(size)}, over the {megabytes(DECK_FILE_BYTES)} "
                                  "a deck file may hold.", "split it into several deck files (a folder of decks "
                                  "studies as one).")])


def field_too_long(text: str) -> str | None:
    """The message for a deck text over FIELD_CHARS, or None when it fits."""
    if len(text) <= FIELD_CHARS:
        return None
    return f"is {len(text):,} characters long, over the {FIELD_CHARS:,} one text in a deck may hold."


FIELD_FIX = "shorten it (cards and lists show each text whole); keep long material in a source document (`sources:`)."


def blanks_too_many(count: int) -> str | None:
    if count <= BLANKS_PER_FACT:
        return None
    return f"has {count} blanks, over the {BLANKS_PER_FACT} one fact may hold."


BLANKS_FIX = "split it into several facts, each with the few blanks worth asking."


def check_draft_file(path: Path, limit: int) -> None:
    """Refuse a document file too big to extract before reading it (`limit` is the text limit)."""
    try:
        size = path.stat().st_size
    except OSError:
        return  # the reader says why it cannot be read
    allowed = DRAFT_FILE_FACTOR * limit
    if path.suffix.lower() == ".pdf":
        allowed = max(allowed, DRAFT_PDF_BYTES)
    if size > allowed:
        raise InputError([Problem(path, None, None, f"is {megabytes(size)}, over the {megabytes(allowed)} `draft` "
                                  "reads as one document.", "draft from the chapters you need (split the file), "
                                  f"or raise the limit with `--max-size {-(-size // DRAFT_FILE_FACTOR)}`.")])


def check_draft_text(path: Path, chars: int, limit: int) -> None:
    """Refuse a document whose extracted text is over `limit` characters (`quizgen draft --max-size`)."""
    if chars > limit:
        raise InputError([Problem(path, None, None, f"holds {chars:,} characters of text, over the {limit:,} "
                                  "`draft` reads from one document.", "draft from the chapters you need (split "
                                  f"the file), or raise the limit with `--max-size {chars}`.")])
