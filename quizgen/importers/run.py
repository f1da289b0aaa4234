"""`quizgen import`, from files to written decks (and, for Anki, study history)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from quizgen.core.problems import InputError, Problem
from quizgen.files import make_folder
from quizgen.importers import ImportOptions, read_file
from quizgen.importers.combine import combine
from quizgen.importers.model import Imported, ImportedDeck, Skipped
from quizgen.importers.writer import (
    check_targets,
    media_folder,
    media_names,
    plan_files,
    render_deck,
    write_deck_file,
    write_media,
)


@dataclass
class ImportReport:
    lines: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    facts: int = 0
    cards_with_history: int = 0
    reviews: int = 0


def import_files(paths: Sequence[Path], output: Path, options: ImportOptions, *, force: bool = False,
                 with_history: bool = False, db: Path | None = None) -> ImportReport:
    """Read every file (all problems first, nothing written), then write the decks, their images
    and, with `with_history`, the Anki review history."""
    if output.is_dir():
        raise InputError([Problem(output, None, "--output", "is a folder.",
                                  "give the deck file to write, e.g. decks/imported.yaml.")])
    if output.suffix.lower() not in (".yaml", ".yml"):
        raise InputError([Problem(output, None, "--output", "a deck file ends in .yaml.",
                                  f"write to {output.with_suffix('.yaml')} instead.")])
    results: list[Imported] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            results.append(read_file(path, options))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    decks = combine([deck for result in results for deck in result.decks], options.flatten)
    skipped = [item for result in results for item in result.skipped]
    if not decks or not any(deck.facts for deck in decks):
        raise InputError([Problem(paths[0], None, None, "found nothing to import as a fact"
                                  + (f" ({_skipped_summary(skipped)})" if skipped else "") + ".",
                                  "check that this is the right file; see docs/import.md for what each kind needs.")])
    decks = [deck for deck in decks if deck.facts]
    planned = plan_files(decks, output)
    check_targets(planned, force)
    history_plan = None
    if with_history:
        from quizgen.importers.anki.history import plan_history

        history_plan = plan_history(results, planned, db)  # refuses before anything is written
    names = media_names(planned)
    folder = media_folder(output)
    kind = " + ".join(dict.fromkeys(result.kind for result in results))
    source = paths[0] if len(paths) == 1 else Path(f"{paths[0].name} and {len(paths) - 1} more")
    texts = []
    for index, item in enumerate(planned):
        texts.append(render_deck(item, source=source, kind=kind, skipped=skipped if index == 0 else (),
                                 media_dir=folder.name, names=names,
                                 extra_header=_hierarchy_line(item.deck, planned)))
    make_folder(output.parent)  # a missing folder is made, as for every output
    written_media = write_media(folder, names, force)
    report = ImportReport()
    for item, text in zip(planned, texts):
        write_deck_file(item.file, text)
        report.files.append(item.file)
        report.facts += len(item.deck.facts)
        report.lines.append(f"wrote {item.file}: {len(item.deck.facts)} facts (deck '{item.deck_id}')")
    if written_media:
        report.lines.append(f"copied {written_media} image(s) to {folder}")
    if skipped:
        report.lines.append(f"not imported: {len(skipped)} item(s) ({_skipped_summary(skipped)}); "
                            f"listed at the end of {planned[0].file}")
    if history_plan is not None:
        cards, reviews, flags = history_plan.commit()
        report.cards_with_history, report.reviews = cards, reviews
        flagged = f", {flags} flag{'s' if flags != 1 else ''}" if flags else ""
        report.lines.append(f"history: {reviews} reviews of {cards} cards{flagged} written to {history_plan.db_path}")
    report.lines.append("next: run `quizgen check " + " ".join(str(f) for f in report.files) + "`")
    return report


def _skipped_summary(skipped: Sequence[Skipped]) -> str:
    reasons = Counter(item.reason.split(":")[0] for item in skipped)
    return ", ".join(f"{n} {reason}" for reason, n in reasons.most_common(4))


def _hierarchy_line(deck: ImportedDeck, planned: Sequence) -> list[str]:
    if len(planned) < 2 or not deck.path:
        return []
    return [f"Deck '{'::'.join(deck.path)}' of the package (one file per deck; --flatten makes one)."]
