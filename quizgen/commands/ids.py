"""`quizgen ids DECK... [--restore FACT=OLD_ID]`: write the facts' derived ids into the deck files once."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from quizgen.commands._decks import add_db_argument, resolve_db
from quizgen.core.deckfile import ID_PATTERN, expand_paths, load_deck
from quizgen.core.model import Deck
from quizgen.core.problems import InputError, Problem

_BOM = "\ufeff"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ids", help="write each fact's id into the deck file (so correcting an answer keeps its history)",
        description="A fact without `id:` takes an id derived from its answers, so correcting an answer "
        "would start its cards afresh (their history orphaned, a new Anki note). This writes the ids the "
        "facts have now into the file, as an `id:` line after each fact's first line; nothing else in the "
        "file changes, and the file is replaced at once (a temporary file, then a rename). --restore "
        "gives a fact whose answer was already corrected back the id its history is under.")
    parser.add_argument("decks", metavar="DECK", nargs="+", type=Path, help="deck files (.yaml) or folders of them")
    parser.add_argument("--allow-outside", action="append", default=[], type=Path, metavar="DIR",
                        help="let the decks' `image:` and `file:` name files in DIR too (see docs/safety.md)")
    parser.add_argument("--restore", action="append", default=[], metavar="FACT=OLD_ID",
                        help="give the fact FACT (its id now, as `quizgen orphans` suggests) the id OLD_ID its "
                        "history is under in the collection (--db); checked first: FACT has no `id:` and no "
                        "history, OLD_ID is no fact now and has history; repeat for several")
    add_db_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    files = expand_paths(args.decks)
    decks = [load_deck(path, args.allow_outside) for path in files]  # InputError (exit 2) for a bad deck
    restores = _restores(args.restore, decks)
    if restores:
        _check_restores(args, restores)
    for deck in decks:
        _pin(deck, restores.get(deck.id, {}), args.allow_outside)
    return 0


def _restores(texts: list[str], decks: list[Deck]) -> dict[str, dict[str, str]]:
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


def _check_restores(args: argparse.Namespace, restores: dict[str, dict[str, str]]) -> None:
    """Every --restore must pass `restore_problem` against the collection, or nothing is written."""
    from quizgen.study.orphans import fact_histories, restore_problem
    from quizgen.study.store import Collection

    db = resolve_db(args)
    if not db.is_file():
        raise InputError([Problem(db, None, None, "no study collection here, so there is no history to restore.",
                                  "name the collection you study with: `--db PATH`.")])
    decks = {d.id: d for d in (load_deck(p, args.allow_outside) for p in expand_paths(args.decks))}
    problems = []
    with Collection.open(db, read_only=True) as collection:
        for deck_id, pairs in restores.items():
            deck = decks[deck_id]
            histories = fact_histories(collection, deck_id)
            current = {f.id: (len(f.blanks), f.id_declared) for f in deck.facts}
            olds = list(pairs.values())
            for fact, old in pairs.items():
                why = restore_problem(histories, current, fact, old)
                if why is None and olds.count(old) > 1:
                    why = f"`{old}` is named for several facts"
                if why is not None:
                    problems.append(Problem(deck.path, None, "--restore", f"`{fact}={old}`: {why}."))
    if problems:
        raise InputError(problems)


def _pin(deck: Deck, restores: dict[str, str], allow_outside: list[Path]) -> None:
    """Write the ids of the deck's facts without `id:` (or the restored ones) into its file."""
    from quizgen.core.pinids import pin_ids
    from quizgen.files import write_atomic

    wanted = {i: restores.get(f.id, f.id) for i, f in enumerate(deck.facts) if not f.id_declared}
    if not wanted:
        print(f"{deck.path}: every fact has its `id:`; nothing to write.")
        return
    raw = deck.path.read_bytes()
    text = raw.decode("utf-8")
    bom = _BOM if text.startswith(_BOM) else ""
    new_text = pin_ids(text[len(bom):], deck.path, wanted)
    expected = [restores.get(f.id, f.id) for f in deck.facts]

    def same_deck(temp: Path) -> None:
        """The written file must read as the same deck, every fact with the id meant and written."""
        pinned = load_deck(deck.path, allow_outside, text=temp.read_bytes().decode("utf-8-sig"))
        if [f.id for f in pinned.facts] != expected or not all(f.id_declared for f in pinned.facts):
            raise InputError([Problem(deck.path, None, "facts", "the ids did not read back as written, so the file "
                                      "was left as it was.", "add the `id:` lines by hand.")])

    mode = os.stat(deck.path).st_mode
    write_atomic(deck.path, (bom + new_text).encode("utf-8"), check=same_deck)
    os.chmod(deck.path, mode & 0o7777)
    restored = [f"`{fact}` is `{old}` again" for fact, old in restores.items()]
    print(f"{deck.path}: wrote {len(wanted)} fact id(s)" + (f" ({', '.join(restored)}: its history is back)"
          if restored else " (the ids the facts already had)") +
          "; correcting an answer now keeps its cards' history and Anki notes.")

