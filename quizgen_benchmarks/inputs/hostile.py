"""Hostile sizes (issue 12): decks and documents a careless or hostile author might hand quizgen.

Each maker writes one input into a folder and returns its path; `scale` shrinks it for the tests
and `--quick` (1.0 is the size the issue reports). The texts are generated, never copied.
"""

from __future__ import annotations

from pathlib import Path

HEADER = 'title: "Hostile sizes"\nid: {deck_id}\n'


def same_answer(folder: Path, facts: int = 20_000) -> Path:
    """Many facts sharing one answer and no ids: near-duplicate candidates all in one group, and
    every derived id from the same base ("paris")."""
    lines = [HEADER.format(deck_id="same-answer"), "facts:\n"]
    for n in range(facts):
        lines.append(f'  - text: "Fact {n} of the set says the capital of France is {{Paris}}, item {n * 7919 % 104729}."\n')
    return _write(folder / "same-answer.yaml", "".join(lines))


def many_blanks(folder: Path, blanks: int = 5_000, facts: int = 1) -> Path:
    """One fact with thousands of blanks (or `facts` facts of `blanks` blanks each, every word its own)."""
    lines = [HEADER.format(deck_id="many-blanks"), "facts:\n"]
    for fact in range(facts):
        text = " ".join(f"{{word{fact * blanks + n}}}" for n in range(blanks))
        lines.append(f'  - text: "{text}."\n')
    return _write(folder / "many-blanks.yaml", "".join(lines))


def huge_word(folder: Path, megabytes: float = 10, facts: int = 1) -> Path:
    """One fact whose answer is one word of many megabytes (or `facts` such facts, each word its own),
    then one ordinary fact."""
    length = int(megabytes * 1_000_000)
    lines = [HEADER.format(deck_id="huge-word"), "facts:\n"]
    for fact in range(facts):
        suffix = str(fact) if fact else ""
        lines.append(f'  - text: "The word is {{{"a" * (length - len(suffix)) + suffix}}}."\n')
    lines.append('  - text: "The capital of France is {Paris}."\n')
    return _write(folder / "huge-word.yaml", "".join(lines))


#: The length of the word `huge_word` writes so that its fact's text ("The word is {WORD}.") is
#: exactly at the limit of one text (quizgen.core.limits.FIELD_CHARS).
def word_at_limit_megabytes(field_chars: int) -> float:
    return (field_chars - len("The word is {}.")) / 1_000_000


def huge_description(folder: Path, megabytes: float = 60) -> Path:
    """A deck description of many megabytes (sentences, so it wraps like prose)."""
    sentence = "This deck is described at length, again and again. "
    description = sentence * int(megabytes * 1_000_000 / len(sentence))
    return _write(folder / "huge-description.yaml", HEADER.format(deck_id="huge-description")
                  + f'description: "{description}"\nfacts:\n  - text: "The capital of France is {{Paris}}."\n')


def big_html(folder: Path, megabytes: float = 10) -> Path:
    """An HTML page of many megabytes of paragraphs."""
    paragraph = ("<p>In {year} the council of {town} voted to build a bridge of {n} metres over the river, "
                 "and the work was finished by the engineer Anna Berg.</p>\n")
    parts, size, n = ["<html><head><title>Bridges</title></head><body><article>\n"], 0, 0
    while size < megabytes * 1_000_000:
        part = paragraph.format(year=1800 + n % 200, town=f"Town{n % 977}", n=100 + n % 900)
        parts.append(part)
        size, n = size + len(part), n + 1
    parts.append("</article></body></html>\n")
    return _write(folder / "big.html", "".join(parts))


def big_text(folder: Path, megabytes: float = 50) -> Path:
    """A plain-text document of many megabytes."""
    sentence = "In {year} the council of Town{town} voted to build a bridge of {n} metres over the river.\n"
    parts, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        part = sentence.format(year=1800 + n % 200, town=n % 977, n=100 + n % 900)
        parts.append(part)
        size, n = size + len(part), n + 1
    return _write(folder / "big.txt", "".join(parts))


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
