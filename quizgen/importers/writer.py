"""Write imported decks as commented deck files, with their images beside them.

Nothing is written until every deck is rendered and checked: each deck file is written to a
temporary file, loaded as a deck (a failure there is an importer bug, and nothing is renamed),
then renamed into place. Images go to a `<deck stem>-media/` folder next to the deck.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from quizgen.core.deckfile import ID_PATTERN, load_decks
from quizgen.core.problems import InputError, Problem
from quizgen.core.text import slugify
from quizgen.draft.writer import write_atomically
from quizgen.files import write_atomic
from quizgen.importers.combine import common_root
from quizgen.importers.model import ImportedDeck, ImportedFact, Skipped

#: Skipped items listed in the deck file (all of them are counted).
MAX_SKIPPED_SHOWN = 60
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,80}$")


@dataclass(frozen=True, slots=True)
class PlannedDeck:
    """An imported deck with the file it goes to and its quizgen deck id."""

    file: Path
    deck_id: str
    deck: ImportedDeck


def plan_files(decks: Sequence[ImportedDeck], output: Path) -> list[PlannedDeck]:
    """One file per deck: `output` for a single deck (or the root of a hierarchy), else
    `<stem>-<sub deck>.yaml` beside it. Deck ids follow the file names unless the source says."""
    stem = output.stem
    base_id = slugify(stem) or "imported"
    if len(decks) == 1:
        deck = decks[0]
        return [PlannedDeck(output, deck.id or base_id, deck)]
    common = common_root([d.path for d in decks])
    planned: list[PlannedDeck] = []
    taken: set[Path] = set()
    for deck in decks:
        rest = deck.path[len(common):]
        suffix = slugify("-".join(rest)) if rest else ""
        file = output if not suffix else output.with_name(f"{stem}-{suffix}{output.suffix}")
        n = 2
        while file in taken:
            file, n = output.with_name(f"{stem}-{suffix or 'deck'}-{n}{output.suffix}"), n + 1
        taken.add(file)
        deck_id = deck.id or (f"{base_id}-{suffix}" if suffix else base_id)
        planned.append(PlannedDeck(file, deck_id, deck))
    return planned




def media_folder(output: Path) -> Path:
    return output.with_name(f"{output.stem}-media")


def media_names(decks: Sequence[PlannedDeck]) -> dict[bytes, str]:
    """A file name for each distinct image (by content): its own name when safe and unique, else a hash."""
    names: dict[bytes, str] = {}
    used: set[str] = set()
    for planned in decks:
        for fact in planned.deck.facts:
            media = fact.image
            if media is None or media.data in names:
                continue
            name = media.name if _SAFE_NAME.match(media.name) and ".." not in media.name else ""
            if not name or name.lower() in used:
                digest = hashlib.sha256(media.data).hexdigest()[:12]
                suffix = re.sub(r"[^A-Za-z0-9.]", "", Path(media.name).suffix.lower())[:8]
                name = f"image-{digest}{suffix}"
            used.add(name.lower())
            names[media.data] = name
    return names


def render_deck(planned: PlannedDeck, *, source: Path, kind: str, skipped: Sequence[Skipped],
                media_dir: str, names: dict[bytes, str], extra_header: Sequence[str] = ()) -> str:
    deck = planned.deck
    lines = [
        f"# Imported by `quizgen import` from {source.name} ({kind}): {len(deck.facts)} facts.",
        *(f"# {line}" for line in extra_header),
        "# Check it with `quizgen check`, then curate: tighten the wording, check each blank, and",
        "# add `distractors:` or `pools:` where `quizgen check` asks for them. Keep the `id:`s: they key",
        "# your study history, and importing the same file again gives the same ids.",
        f"title: {quoted(deck.title)}",
        f"id: {planned.deck_id}",
    ]
    if deck.description:
        lines.append(f"description: {quoted(deck.description)}")
    if deck.sources:
        lines += ["", "sources:"]
        for item in deck.sources:
            lines.append(f"  {item.key}:")
            lines.append(f"    title: {quoted(item.title or item.key)}")
            if item.url:
                lines.append(f"    url: {quoted(item.url)}")
    if deck.pools:
        lines += ["", "pools:"]
        lines += [f"  {key}: {flow_list(values)}" for key, values in deck.pools.items()]
    lines += ["", "facts:"]
    for fact in deck.facts:
        lines += _fact_lines(fact, media_dir, names)
    lines += skipped_lines(skipped)
    return "\n".join(lines) + "\n"


def _fact_lines(fact: ImportedFact, media_dir: str, names: dict[bytes, str]) -> list[str]:
    lines = [""]
    if fact.origin:
        lines.append(f"  # from {one_comment(fact.origin)}")
    lines += [f"  # check: {one_comment(hint)}" for hint in fact.hints]
    lines.append(f"  - id: {fact.id}")
    lines.append(f"    text: {quoted(fact.text)}")
    if fact.ask:
        lines.append(f"    ask: {quoted(fact.ask)}")
    if fact.types:
        lines.append(f"    type: {fact.types[0]}" if len(set(fact.types)) == 1 else f"    type: [{', '.join(fact.types)}]")
    if fact.distractors:
        lines.append(f"    distractors: {flow_list(fact.distractors)}")
    if fact.sources:
        lines.append(f"    source: {flow_list(fact.sources)}")
    if fact.tags:
        lines.append(f"    tags: {flow_list(fact.tags)}")
    if fact.note:
        lines.append(f"    note: {quoted(fact.note)}")
    if fact.image is not None:
        lines.append(f"    image: {quoted(f'{media_dir}/{names[fact.image.data]}')}")
    if fact.quote:
        lines.append(f"    quote: {flow_list(fact.quote)}")
    return lines


def skipped_lines(skipped: Sequence[Skipped]) -> list[str]:
    if not skipped:
        return []
    lines = ["", f"# Not imported: {len(skipped)} item(s) quizgen cannot represent as facts:"]
    for item in skipped[:MAX_SKIPPED_SHOWN]:
        lines.append(f"#   {one_comment(item.where)}: {one_comment(item.reason)}")
    if len(skipped) > MAX_SKIPPED_SHOWN:
        lines.append(f"#   ... and {len(skipped) - MAX_SKIPPED_SHOWN} more")
    return lines


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML); line breaks are kept as \\n."""
    return json.dumps(text.strip(), ensure_ascii=False)


def flow_list(items: Sequence[str]) -> str:
    return "[" + ", ".join(quoted(item) for item in items) + "]"


def one_comment(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 110 else text[:107] + "..."


def check_targets(planned: Sequence[PlannedDeck], force: bool) -> None:
    """Refuse (before anything is written) to replace existing decks without --force."""
    problems = []
    for item in planned:
        if item.file.exists() and not force:
            problems.append(Problem(item.file, None, None, "already exists; import never overwrites a deck.",
                                    "pass --force to replace it, or choose another -o file."))
        if not ID_PATTERN.match(item.deck_id):
            problems.append(Problem(item.file, None, None, f"'{item.deck_id}' cannot be a deck id.",
                                    "choose an -o file name made of letters, digits, '-' and '_'."))
    if problems:
        raise InputError(problems)


def write_media(folder: Path, names: dict[bytes, str], force: bool) -> int:
    """Copy the images into `folder` (each atomically); an existing different file needs --force."""
    if not names:
        return 0
    folder.mkdir(exist_ok=True)
    for data, name in names.items():
        target = folder / name
        if target.exists():
            if target.read_bytes() == data:
                continue
            if not force:
                raise InputError([Problem(target, None, None, "already exists with other content.",
                                          "pass --force to replace it, or choose another -o file.")])
        write_atomic(target, data, durable=False)  # copies of the package's images, as before: not synced
    return len(names)


def write_deck_file(path: Path, text: str) -> None:
    """Write one deck atomically, after checking that it loads as a deck."""

    def validate(temp: Path) -> None:
        load_decks([temp], with_warnings=False)

    write_atomically(path, text, force=True, validate=validate)


