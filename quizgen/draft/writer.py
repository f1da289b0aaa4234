"""Write a draft as a deck file a teacher can curate: commented, in document order, written atomically."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Callable

from quizgen.core.containment import DeckTree, FileKind, Refused, resolve
from quizgen.core.problems import InputError, Problem
from quizgen.core.text import slugify
from quizgen.draft.drafter import Draft, DraftFact
from quizgen.files import make_folder, write_atomic

#: Skipped sentences listed at the end of the file, so the curator sees what was left out and why.
MAX_SKIPPED_SHOWN = 40


def render_deck(draft: Draft, deck_path: Path) -> str:
    """The deck file's text. Source files are written relative to the deck's folder."""
    lines: list[str] = []
    both = draft.merged
    lines += [
        f"# Drafted by `quizgen draft` from {len(draft.sources)} document(s): {len(draft.facts)} candidate facts"
        + (f",\n# {both} of them stated by more than one source and merged into one." if len(draft.sources) > 1 else "."),
        "# This is a draft: curate it before studying. Drop weak facts, tighten the wording, check each",
        "# blank and its type, and add `pools:` of wrong answers where `quizgen check` asks for them.",
        "# `quote` is the exact source sentence a fact was drafted from; lines starting `# check:` flag",
        "# wording to look at, and a fact's `note` flags sources that disagree.",
        f"title: {_quoted('Draft: ' + draft.title)}",
        f"id: {slugify(deck_path.stem) or 'draft'}",
        f"description: {_quoted(_description(draft))}",
        "",
        "sources:",
    ]
    for source in draft.sources:
        doc = source.document
        lines.append(f"  {source.key}:")
        relative = _relative(doc.path, deck_path.parent)
        refused = _refusal(deck_path, relative)
        if refused is None:
            lines.append(f"    file: {_quoted(relative)}")
        else:  # the facts quote their sentences: the deck needs no file it may not read
            lines.append(f"    # file: {_quoted(relative)}: {refused} (docs/safety.md); the facts' `quote:` keep "
                         "their sentences.")
        if doc.title or (refused is not None and not doc.url):
            lines.append(f"    title: {_quoted(doc.title or doc.path.name)}")
        if doc.url:
            lines.append(f"    url: {_quoted(doc.url)}")
    lines += _pools_template(draft)
    lines += ["", "facts:"]
    for fact in draft.facts:
        lines += _fact_lines(fact, multiple_sources=len(draft.sources) > 1)
    lines += _skipped_lines(draft)
    return "\n".join(lines) + "\n"


def _description(draft: Draft) -> str:
    titles = [s.document.title or s.document.path.name for s in draft.sources]
    return "Candidate facts drafted from " + "; ".join(titles) + "."


def _fact_lines(fact: DraftFact, multiple_sources: bool) -> list[str]:
    lines = [""]
    lines += [f"  # {hint}" for hint in fact.hints]
    lines.append(f"  - id: {fact.id}")
    lines.append(f"    text: {_quoted(fact.text)}")
    if fact.ask:
        lines.append(f"    ask: {_quoted(fact.ask)}")
    types = [t.value for t in fact.types]
    lines.append(f"    type: {types[0]}" if len(types) == 1 else f"    type: [{', '.join(types)}]")
    if multiple_sources or fact.sources:
        keys = list(fact.sources)
        lines.append(f"    source: {keys[0]}" if len(keys) == 1 else f"    source: [{', '.join(keys)}]")
    if len(fact.quotes) == 1:
        lines.append(f"    quote: {_quoted(fact.quotes[0])}")
    else:
        lines.append("    quote:")
        lines += [f"      - {_quoted(q)}" for q in fact.quotes]
    if fact.note:
        lines.append(f"    note: {_quoted(fact.note)}")
    return lines


def _pools_template(draft: Draft) -> list[str]:
    """A commented `pools:` block for the answer types whose wrong answers can't be synthesized."""
    needed = sorted({t.value for f in draft.facts for t in f.types} - {"date", "year", "number"})
    if not needed:
        return []
    lines = ["", "# Wrong answers for the multiple-choice cards, by answer type: fill in and uncomment.",
             "# pools:"]
    lines += [f"#   {answer_type}: []" for answer_type in needed]
    return lines


def _skipped_lines(draft: Draft) -> list[str]:
    if not draft.skipped:
        return []
    reasons = Counter(s.reason for s in draft.skipped)
    summary = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common())
    lines = ["", f"# Left out: {len(draft.skipped)} of {draft.sentences} sentences ({summary}):"]
    for skipped in draft.skipped[:MAX_SKIPPED_SHOWN]:
        text = re.sub(r"\s+", " ", skipped.text)
        text = text if len(text) <= 90 else text[:87] + "..."
        lines.append(f"#   {skipped.source}, {skipped.reason}: {text}")
    if len(draft.skipped) > MAX_SKIPPED_SHOWN:
        lines.append(f"#   ... and {len(draft.skipped) - MAX_SKIPPED_SHOWN} more")
    return lines


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML), line breaks flattened."""
    return json.dumps(re.sub(r"\s+", " ", text).strip(), ensure_ascii=False)


def _refusal(deck_path: Path, relative: str) -> str | None:
    """Why a deck at `deck_path` may not name the file `relative` (`quizgen.core.containment`), or None."""
    try:
        resolve(DeckTree.of(deck_path), deck_path.parent, relative, FileKind.SOURCE)
    except Refused as refused:
        return refused.message.rstrip(".")
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    return None


def _relative(path: Path, folder: Path) -> str:
    return Path(os.path.relpath(path.resolve(), folder.resolve())).as_posix()


def write_atomically(path: Path, text: str, force: bool, validate: Callable[[Path], None] | None = None) -> None:
    """Write the drafted deck `text` to `path` atomically (`quizgen.files.write_atomic`). Refuses to
    replace a file unless `force`. `validate` runs on the finished temporary file; if it raises,
    nothing is renamed."""
    if path.exists() and not force:
        raise InputError(
            [Problem(path, None, None, "already exists; drafting never overwrites a deck.", "pass --force to replace it, or choose another -o file.")]
        )
    make_folder(path.parent)  # a missing folder is made, as for every output
    write_atomic(path, text.encode("utf-8"), check=validate)
