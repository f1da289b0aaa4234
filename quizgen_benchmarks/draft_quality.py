"""How well `quizgen draft` drafts: the seed articles, and the development set of real articles.

    python -m quizgen_benchmarks.draft_quality [--json] [--show]                  # the seed articles
    python -m quizgen_benchmarks.draft_quality --articles FOLDER [--set check] [--json] [--show] [--keep DIR]

With --articles, FOLDER holds the texts of the pages listed in quizgen_benchmarks/draft_dev/articles.yaml
(`<name>.txt`), or with `--set check` those of quizgen_benchmarks/draft_check/ (pages kept apart, to
measure on what was not tuned on); see quizgen_benchmarks/draft_dev.py for how they are judged.

Without it: drafts seeds/*.txt (original first) into a temporary deck, loads it with the real deck
loader, and compares it with quizgen/bundled/decks/challenge.yaml (see quizgen_benchmarks/draft_metrics.py for the rules):
recall, the automatic junk rate (drafted facts matching no curated fact), blank precision, the
hand-labelled junk rate (tests/draft/data/seed_labels.yaml) and the cross-article merges against
the hand-labelled sentence pairs. tests/draft/test_quality.py asserts floors under these numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "quizgen" / "bundled" / "decks" / "seeds").glob("*.txt"))
CURATED = REPO / "quizgen" / "bundled" / "decks" / "challenge.yaml"
LABELS = REPO / "tests" / "draft" / "data" / "seed_labels.yaml"


@dataclass(frozen=True)
class Report:
    curated: int
    drafted: int
    recall: float
    unmatched_rate: float
    blank_precision: float
    hand_junk: int
    hand_labelled: int
    unlabelled: tuple[str, ...]
    merged: int
    true_merges: int
    expected_merges: int
    missed_curated: tuple[str, ...]
    unmatched_drafted: tuple[str, ...]

    @property
    def hand_junk_rate(self) -> float:
        return self.hand_junk / max(1, self.hand_labelled)

    def as_dict(self) -> dict[str, Any]:
        return {
            "curated_facts": self.curated,
            "drafted_facts": self.drafted,
            "recall": round(self.recall, 3),
            "junk_rate_unmatched": round(self.unmatched_rate, 3),
            "junk_rate_hand_labelled": round(self.hand_junk_rate, 3),
            "blank_precision": round(self.blank_precision, 3),
            "merged": self.merged,
            "merged_correctly": self.true_merges,
            "merges_expected": self.expected_merges,
            "unlabelled_drafted_facts": list(self.unlabelled),
            "missed_curated": list(self.missed_curated),
            "unmatched_drafted": list(self.unmatched_drafted),
        }


def _first_words(text: str, n: int = 8) -> str:
    from quizgen.core.text import normalize

    return " ".join(normalize(text).split()[:n])


def run() -> Report:
    from quizgen.core.deckfile import load_decks
    from quizgen.draft.drafter import draft
    from quizgen_benchmarks.draft_metrics import measure
    from quizgen.draft.writer import render_deck, write_atomically

    result = draft(SEEDS)
    with tempfile.TemporaryDirectory() as folder:
        deck_path = Path(folder) / "drafted.yaml"
        write_atomically(deck_path, render_deck(result, deck_path), force=False)
        drafted = load_decks([deck_path], with_warnings=False).decks[0]
        curated = load_decks([CURATED], with_warnings=False).decks[0]
    quality = measure(curated, drafted)

    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    verdicts = {_first_words(item["quote"]): item["verdict"] for item in labels["facts"]}
    judged = [verdicts.get(_first_words(f.quote[0])) for f in drafted.facts]
    unlabelled = tuple(f.id for f, v in zip(drafted.facts, judged) if v is None)
    pairs = {(_first_words(a), _first_words(b)) for a, b in labels["same_fact_pairs"]}
    merged_pairs = {
        (_first_words(f.quote[0]), _first_words(f.quote[1])) for f in drafted.facts if len(f.quote) == 2
    }
    return Report(
        curated=quality.curated,
        drafted=quality.drafted,
        recall=quality.recall,
        unmatched_rate=quality.unmatched_rate,
        blank_precision=quality.blank_precision,
        hand_junk=sum(1 for v in judged if v == "junk"),
        hand_labelled=sum(1 for v in judged if v is not None),
        unlabelled=unlabelled,
        merged=result.merged,
        true_merges=len(merged_pairs & pairs),
        expected_merges=len(pairs),
        missed_curated=quality.missed_curated,
        unmatched_drafted=quality.unmatched_drafted,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show", action="store_true", help="also list missed and unmatched facts")
    parser.add_argument("--articles", type=Path, help="folder with the development set's article texts")
    parser.add_argument("--keep", type=Path, help="with --articles: keep the inputs and drafted decks here")
    parser.add_argument("--allow-missing", action="store_true", help="with --articles: skip pages whose text is missing")
    sets = ("dev", *sorted((p.name.removeprefix("draft_") for p in Path(__file__).parent.glob("draft_check*") if p.is_dir()),
                           key=lambda n: (len(n), n)))
    parser.add_argument("--set", choices=sets, default="dev", help="with --articles: which set of pages (default dev)")
    args = parser.parse_args(argv)
    if args.articles is not None:
        from quizgen_benchmarks.draft_dev import DATA, print_report
        from quizgen_benchmarks.draft_dev import run as run_dev

        data = DATA if args.set == "dev" else DATA.parent / f"draft_{args.set}"
        print_report(run_dev(args.articles, args.keep, data, args.allow_missing), as_json=args.json, show=args.show)
        return 0
    report = run()
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
        return 0
    print(f"curated facts (quizgen/bundled/decks/challenge.yaml): {report.curated}")
    print(f"drafted facts:                         {report.drafted}")
    print(f"recall (curated with a counterpart):  {report.recall:.0%} ({report.curated - len(report.missed_curated)}/{report.curated})")
    print(f"junk, automatic (match no curated):   {report.unmatched_rate:.0%} ({len(report.unmatched_drafted)}/{report.drafted})")
    print(f"junk, hand-labelled:                  {report.hand_junk_rate:.0%} ({report.hand_junk}/{report.hand_labelled})")
    print(f"blank precision:                      {report.blank_precision:.0%}")
    print(f"cross-article merges:                 {report.merged} ({report.true_merges} of {report.expected_merges} labelled pairs)")
    if report.unlabelled:
        print(f"unlabelled drafted facts: {', '.join(report.unlabelled)}", file=sys.stderr)
    if args.show:
        print("missed curated facts: " + ", ".join(report.missed_curated))
        print("unmatched drafted facts: " + ", ".join(report.unmatched_drafted))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
