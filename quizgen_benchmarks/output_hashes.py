"""Hashes of what quizgen writes, to check that speed work changes no output byte.

    python -m quizgen_benchmarks.output_hashes --save FILE.json    # before a change
    python -m quizgen_benchmarks.output_hashes --check FILE.json   # after: exit 1 on any difference

Covered: `cards --json` and `cards` (text) of the bundled deck, of every deck of the quality corpus
(tests/quality/corpus), of every deck of the quality sets (quizgen_benchmarks/quality_sets/*/decks,
each alone) and of a synthetic deck (`--facts N`, default 20,000, from
quizgen_benchmarks/inputs/deck.py, with two seeds); `check` and `lint` output of the bundled deck and
the corpus; `export anki` (.apkg, SOURCE_DATE_EPOCH fixed) and `quiz` (every file) of the bundled
deck and the corpus. Every command runs in-process through `quizgen.cli.main`.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import sys
import tempfile
from pathlib import Path

from quizgen_benchmarks.inputs.deck import write_deck

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "quizgen" / "bundled" / "decks" / "challenge.yaml"
CORPUS = ROOT / "tests" / "quality" / "corpus"
QUALITY_SETS = ROOT / "quizgen_benchmarks" / "quality_sets"


def _run(argv: list[str]) -> tuple[int, bytes, bytes]:
    from quizgen.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue().encode(), err.getvalue().encode()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _folder_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def hashes(facts: int, work: Path) -> dict[str, str]:
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    corpus = sorted(CORPUS.glob("*.yaml"))
    synthetic = work / f"synthetic_{facts}.yaml"
    if not synthetic.exists():
        write_deck(synthetic, facts, seed=3, deck_id="synthetic")
    result: dict[str, str] = {}

    def record(name: str, argv: list[str], with_stderr: bool = True) -> None:
        code, out, err = _run(argv)
        # Paths in messages are the ones given: relative to the repository root, stable across worktrees;
        # the work folder (a temporary one by default) is named WORK, so two runs compare alike.
        out, err = (data.replace(str(work).encode(), b"WORK") for data in (out, err))
        result[name] = f"{code}:{_digest(out)}:{_digest(err) if with_stderr else '-'}"

    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        bundled, corpus_rel = str(BUNDLED.relative_to(ROOT)), [str(p.relative_to(ROOT)) for p in corpus]
        groups = {"bundled": [bundled], **{p.stem: [str(p.relative_to(ROOT))] for p in corpus},
                  "corpus": corpus_rel}
        for name, decks in groups.items():
            record(f"cards-json:{name}", ["cards", "--json", *decks])
            record(f"cards-text:{name}", ["cards", *decks])
            record(f"check:{name}", ["check", *decks])
            record(f"lint:{name}", ["lint", *decks])
        for path in sorted(QUALITY_SETS.glob("*/decks/*.yaml")):
            name = f"{path.parent.parent.name}/{path.stem}"
            record(f"cards-json:{name}", ["cards", "--json", str(path.relative_to(ROOT))])
            record(f"cards-text:{name}", ["cards", str(path.relative_to(ROOT))])
        for seed in (7, 11):
            record(f"cards-json:synthetic:{seed}", ["cards", "--json", "--seed", str(seed), str(synthetic)],
                   with_stderr=False)
        record("check:synthetic", ["check", str(synthetic)])
        for name, decks in (("bundled", [bundled]), ("corpus", corpus_rel)):
            apkg = work / f"{name}.apkg"
            record(f"export-anki:{name}:log", ["export", "anki", *decks, "-o", str(apkg)])
            result[f"export-anki:{name}"] = _digest(apkg.read_bytes())
            out = work / f"quiz-{name}"
            record(f"quiz:{name}:log", ["quiz", *decks, "-o", str(out), "-n", "12", "--versions", "2"])
            result[f"quiz:{name}"] = _folder_digest(out)
    finally:
        os.chdir(cwd)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, metavar="FILE.json")
    group.add_argument("--check", type=Path, metavar="FILE.json")
    parser.add_argument("--facts", type=int, default=20_000, help="facts in the synthetic deck (default 20,000)")
    parser.add_argument("--work", type=Path, help="where the synthetic deck and outputs go (default: a temporary folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        found = hashes(args.facts, work)
    if args.save:
        args.save.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n")
        print(f"{len(found)} hashes saved to {args.save}")
        return 0
    expected = json.loads(args.check.read_text())
    differ = sorted(k for k in expected.keys() | found.keys() if expected.get(k) != found.get(k))
    for key in differ:
        print(f"DIFFERS {key}: {expected.get(key)} -> {found.get(key)}")
    print(f"{len(found) - len(differ)} of {len(expected)} outputs identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
