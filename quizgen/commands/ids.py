"""`quizgen ids DECK... [--restore FACT=OLD_ID]`: write the facts' derived ids into the deck files once."""

from __future__ import annotations

import argparse
import os
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, ContextManager, NamedTuple

from quizgen.commands._decks import add_db_argument, resolve_db
from quizgen.core.deckfile import ID_PATTERN, load_deck, load_decks
from quizgen.core.model import Deck
from quizgen.core.problems import InputError, Problem

if TYPE_CHECKING:
    from quizgen.study.store import Collection

_BOM = "\ufeff"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ids", help="write each fact's id into the deck file (so correcting an answer keeps its history)",
        description="A fact without `id:` takes an id derived from its answers, so correcting an answer "
        "would start its cards afresh (their history orphaned, a new Anki note). This writes the ids the "
        "facts have now into the file, as an `id:` line after each fact's first line; nothing else in the "
        "file changes, and the file is replaced at once (a temporary file, then a rename). When the "
        "collection holds history of a fact id no fact has now that a fact being pinned could take back, "
        "nothing is written until you say which (--restore) or that none is (--no-restore).")
    parser.add_argument("decks", metavar="DECK", nargs="+", type=Path, help="deck files (.yaml) or folders of them")
    parser.add_argument("--allow-outside", action="append", default=[], type=Path, metavar="DIR",
                        help="let the decks' `image:` and `file:` name files in DIR too (see docs/safety.md)")
    parser.add_argument("--restore", action="append", default=[], metavar="FACT=OLD_ID",
                        help="give the fact FACT (its id now, as `quizgen orphans` suggests) the id OLD_ID its "
                        "history is under in the collection; checked first: FACT has no `id:` and no history, "
                        "OLD_ID is no fact now and has history; repeat for several")
    parser.add_argument("--no-restore", action="store_true",
                        help="write the ids even though the collection holds history a fact could take back "
                        "(it stays orphaned: `quizgen orphans`)")
    add_db_argument(parser)
    parser.set_defaults(func=run)


class _Edit(NamedTuple):
    deck: Deck
    count: int  # facts given an id
    restored: dict[str, str]  # fact id now -> the old id it takes
    data: bytes  # the new file


def run(args: argparse.Namespace) -> int:
    decks = load_decks(args.decks, with_warnings=False, allow_outside=args.allow_outside).decks  # exit 2 if bad
    restores = _restores(args.restore, decks)
    with _collection(args, required=bool(restores)) as collection:
        if collection is not None:
            _check_restores(collection, decks, restores, skip_hints=args.no_restore, db=args.db)
    edits = [_edit(deck, restores.get(deck.id, {})) for deck in decks]  # every file's text before any is written
    for edit in edits:
        if edit.count:
            _write(edit, args.allow_outside)
        else:
            print(f"{edit.deck.path}: every fact has its `id:`; nothing to write.")
    return 0


def _collection(args: argparse.Namespace, *, required: bool) -> ContextManager[Collection | None]:
    """The study collection read-only, if there is one (a restore needs it)."""
    from quizgen.study.store import Collection

    db = resolve_db(args)
    if db.is_file():
        return Collection.open(db, read_only=True)
    if required:
        raise InputError([Problem(db, None, None, "no study collection here, so there is no history to restore.",
                                  "name the collection you study with: `--db PATH`.")])
    return nullcontext(None)


def _restores(texts: list[str], decks: tuple[Deck, ...]) -> dict[str, dict[str, str]]:
    """--restore FACT=OLD_ID values by deck id: {fact id now: old id}."""
    restores: dict[str, dict[str, str]] = {}
    problems = []
    for text in texts:
        fact, sep, old = (part.strip() for part in text.partition("="))
        if not sep or not fact or not old or not ID_PATTERN.match(old):
            problems.append(Problem("--restore", None, None, f"'{text}' is not FACT=OLD_ID.",
                                    "write the fact's id now, `=`, and the id its history is under: "
                                    "`--restore galileo=galileo-galilei`."))
            continue
        holders = [d for d in decks if any(f.id == fact for f in d.facts)] or \
                  [d for d in decks if any(f.id == old for f in d.facts)]  # named the wrong way round
        if len(holders) > 1:
            problems.append(Problem("--restore", None, None, f"the fact `{fact}` is in several of the decks named.",
                                    "name only the deck that holds it."))
            continue
        deck = holders[0] if holders else decks[0] if len(decks) == 1 else None
        if deck is None:
            problems.append(Problem("--restore", None, None, f"no deck named holds a fact `{fact}`.",
                                    "`quizgen cards DECK` shows the facts' ids."))
            continue
        restores.setdefault(deck.id, {})[fact] = old
    if problems:
        raise InputError(problems)
    return restores


def _check_restores(collection: Collection, decks: tuple[Deck, ...], restores: dict[str, dict[str, str]], *,
                    skip_hints: bool, db: Path | None) -> None:
    """Every --restore must pass `restore_problem`; and history a fact being pinned could take back is
    not left behind unasked (unless --no-restore). Either raises InputError: nothing is written."""
    from quizgen.study.orphans import fact_histories, restorable, restore_hint, restore_problem

    problems = []
    for deck in decks:
        pairs = restores.get(deck.id, {})
        histories = fact_histories(collection, deck.id)
        current = {f.id: (len(f.blanks), f.id_declared) for f in deck.facts}
        olds = list(pairs.values())
        for fact, old in pairs.items():
            why = restore_problem(histories, current, fact, old)
            if why is None and olds.count(old) > 1:
                why = f"`{old}` is named for several facts"
            if why is not None:
                problems.append(Problem(deck.path, None, "--restore", f"`{fact}={old}`: {why}."))
        if skip_hints or problems:
            continue
        db_option = f" --db {db}" if db else ""
        for history, fits in restorable(collection, deck):
            if history.fact not in olds:
                problems.append(Problem(deck.path, None, None, "the collection holds history under a fact id no fact "
                                        "has now; once every id is written, no fact could take it back. " +
                                        restore_hint(deck, history, fits, db_option),
                                        "say which fact it is with --restore, or that none is with --no-restore."))
    if problems:
        raise InputError(problems)


def _edit(deck: Deck, restores: dict[str, str]) -> _Edit:
    """The deck file with the ids of its facts without `id:` (or the restored ones) written in."""
    from quizgen.core.pinids import pin_ids

    wanted = {i: restores.get(f.id, f.id) for i, f in enumerate(deck.facts) if not f.id_declared}
    if not wanted:
        return _Edit(deck, 0, {}, b"")
    text = deck.path.read_bytes().decode("utf-8")
    bom = _BOM if text.startswith(_BOM) else ""
    return _Edit(deck, len(wanted), restores, (bom + pin_ids(text[len(bom):], deck.path, wanted)).encode("utf-8"))


def _write(edit: _Edit, allow_outside: list[Path]) -> None:
    from quizgen.files import write_atomic

    deck = edit.deck
    expected = [edit.restored.get(f.id, f.id) for f in deck.facts]

    def same_deck(temp: Path) -> None:
        """The written file must read as the same deck, every fact with the id meant and written."""
        pinned = load_deck(deck.path, allow_outside, text=temp.read_bytes().decode("utf-8-sig"))
        if [f.id for f in pinned.facts] != expected or not all(f.id_declared for f in pinned.facts):
            raise InputError([Problem(deck.path, None, "facts", "the ids did not read back as written, so the file "
                                      "was left as it was.", "add the `id:` lines by hand.")])

    target = Path(os.path.realpath(deck.path))  # a symlinked deck: its file changes, the link stays
    mode = os.stat(target).st_mode
    write_atomic(target, edit.data, check=same_deck)
    os.chmod(target, mode & 0o7777)
    restored = [f"`{fact}` is `{old}` again" for fact, old in edit.restored.items()]
    print(f"{deck.path}: wrote {edit.count} fact id(s)" + (f" ({', '.join(restored)}: its history is back)"
          if restored else " (the ids the facts already had)") +
          "; correcting an answer now keeps its cards' history and Anki notes.")
