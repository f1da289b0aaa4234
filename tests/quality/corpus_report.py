"""The development corpus, generated and measured against its hand judgements.

`python tests/quality/corpus_report.py` prints the figures of docs/quality.md; `--template` prints
judgement entries for MCQs not judged yet (every option "" = good, to be edited by hand).
The rubric is in docs/quality.md.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import yaml

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import AnswerType, Card, CardKind

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
JUDGEMENTS = HERE / "judgements.yaml"
CODES = {"T": "wrong kind for the stem", "R": "contradicts a role the stem states", "F": "form or grammar differs",
         "I": "impossible or absurd value", "E": "year or date more than 50 years off", "P": "also or partly true",
         "L": "derivable from the stem or the other options"}


def corpus_cards() -> tuple[list, list[Card]]:
    decks = load_decks(sorted(CORPUS.glob("*.yaml")), with_warnings=False).decks
    return list(decks), generate_cards(decks)


def judgements() -> dict[str, dict[str, str]]:
    return yaml.safe_load(JUDGEMENTS.read_text(encoding="utf-8")) or {}


def distractors(card: Card) -> list[str]:
    return [o for i, o in enumerate(card.options or ()) if i != card.answer_index]


def figures() -> dict:
    decks, cards = corpus_cards()
    judged = judgements()
    blanks: dict[str, int] = defaultdict(int)
    blanks_by_type: dict[str, int] = defaultdict(int)
    for deck in decks:
        for fact in deck.facts:
            for blank in fact.blanks:
                blanks[deck.id] += 1
                blanks_by_type[blank.type.value] += 1
    mcq: dict[str, int] = defaultdict(int)
    bad: dict[str, int] = defaultdict(int)
    mcq_type: dict[str, int] = defaultdict(int)
    bad_type: dict[str, int] = defaultdict(int)
    codes: dict[str, int] = defaultdict(int)
    unjudged = []
    for card in cards:
        if card.kind is not CardKind.MCQ:
            continue
        verdicts = judged.get(card.id, {})
        found = [verdicts.get(o) for o in distractors(card)]
        if any(v is None for v in found):
            unjudged.append(card.id)
            continue
        mcq[card.deck] += 1
        mcq_type[card.type.value] += 1
        if any(found):
            bad[card.deck] += 1
            bad_type[card.type.value] += 1
            for code in {c for v in found if v for c in v}:
                codes[code] += 1
    numeric_missing = [f"{d.id}:{f.id}:{b.index}" for d in decks for f in d.facts for b in f.blanks
                       if b.type in (AnswerType.YEAR, AnswerType.DATE, AnswerType.NUMBER)
                       and f"{d.id}:{f.id}:{b.index}:mcq" not in {c.id for c in cards}]
    return {"blanks": dict(blanks), "mcq": dict(mcq), "bad": dict(bad), "blanks_by_type": dict(blanks_by_type),
            "mcq_by_type": dict(mcq_type), "bad_by_type": dict(bad_type), "codes": dict(codes),
            "unjudged": unjudged, "numeric_without_mcq": numeric_missing}


def _table(rows: list[tuple[str, int, int, int]]) -> str:
    lines = ["| | blanks | with an MCQ | MCQs with a bad option |", "|---|---|---|---|"]
    for name, blanks, mcq, bad in rows:
        share = f"{mcq / blanks:.0%}" if blanks else "-"
        rate = f"{bad / mcq:.1%}" if mcq else "-"
        lines.append(f"| {name} | {blanks} | {mcq} ({share}) | {bad} ({rate}) |")
    return "\n".join(lines)


def main() -> None:
    if "--template" in sys.argv:
        _, cards = corpus_cards()
        judged = judgements()
        entries = {c.id: {o: judged.get(c.id, {}).get(o, "") for o in distractors(c)} for c in cards
                   if c.kind is CardKind.MCQ and any(o not in judged.get(c.id, {}) for o in distractors(c))}
        print(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False))
        return
    f = figures()
    rows = [(deck, f["blanks"][deck], f["mcq"].get(deck, 0), f["bad"].get(deck, 0)) for deck in sorted(f["blanks"])]
    rows.append(("all", sum(f["blanks"].values()), sum(f["mcq"].values()), sum(f["bad"].values())))
    print("By deck:\n" + _table(rows))
    types = [(t, f["blanks_by_type"][t], f["mcq_by_type"].get(t, 0), f["bad_by_type"].get(t, 0))
             for t in sorted(f["blanks_by_type"])]
    print("\nBy answer type:\n" + _table(types))
    print("\nBad options by rubric code (MCQs):", ", ".join(f"{c} {n}" for c, n in sorted(f["codes"].items())))
    print("Year/date/number blanks without an MCQ:", ", ".join(f["numeric_without_mcq"]) or "none")
    if f["unjudged"]:
        print("Not judged yet:", ", ".join(f["unjudged"]))


if __name__ == "__main__":
    main()
