"""Judging kit for the quality sets (README.md beside this file). From the repository root:
  python quizgen_benchmarks/quality_sets/score.py sheet DECKDIR VERDICTS.yaml OUT.yaml  # MCQs with unjudged options
  python quizgen_benchmarks/quality_sets/score.py score DECKDIR VERDICTS.yaml           # the figures
VERDICTS.yaml: card id -> {option: "" good | rubric codes (T R F I E P L)}; shared across checkouts
(an option judged once keeps its verdict when another checkout shows it again)."""
import sys, quizgen
from collections import defaultdict
from pathlib import Path
import yaml
from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import AnswerType, CardKind

def load(deckdir):
    decks = load_decks(sorted(Path(deckdir).glob("*.yaml")), with_warnings=False).decks
    return list(decks), generate_cards(decks)

def wrong(c):
    return [o for i, o in enumerate(c.options or ()) if i != c.answer_index]

def main():
    cmd, deckdir, vfile = sys.argv[1:4]
    v = yaml.safe_load(Path(vfile).read_text()) if Path(vfile).exists() else {}
    v = v or {}
    decks, cards = load(deckdir)
    print("quizgen from", Path(quizgen.__file__).parent, file=sys.stderr)
    if cmd == "sheet":
        out = {}
        for c in cards:
            if c.kind is CardKind.MCQ and any(o not in v.get(c.id, {}) for o in wrong(c)):
                out[c.id] = {"_prompt": c.prompt, "_key": c.answer, "_type": c.type.value,
                             **{o: v.get(c.id, {}).get(o, "") for o in wrong(c)}}
        Path(sys.argv[4]).write_text(yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=200))
        print(len(out), "MCQs to judge")
        return
    blanks = defaultdict(int); bt = defaultdict(int)
    for d in decks:
        for f in d.facts:
            for b in f.blanks:
                blanks[d.id] += 1; bt[b.type.value] += 1
    mcq = defaultdict(int); bad = defaultdict(int); mt = defaultdict(int); btd = defaultdict(int)
    codes = defaultdict(int); unj = 0
    ids = {c.id for c in cards}
    for c in cards:
        if c.kind is not CardKind.MCQ: continue
        found = [v.get(c.id, {}).get(o) for o in wrong(c)]
        if any(x is None for x in found): unj += 1; continue
        mcq[c.deck] += 1; mt[c.type.value] += 1
        if any(found):
            bad[c.deck] += 1; btd[c.type.value] += 1
            for code in {ch for x in found if x for ch in x if not ch.isspace()}: codes[code] += 1
    num_missing = sum(1 for d in decks for f in d.facts for b in f.blanks
                      if b.type in (AnswerType.YEAR, AnswerType.DATE, AnswerType.NUMBER)
                      and f"{d.id}:{f.id}:{b.index}:mcq" not in ids)
    def row(n, b, m, x): return f"| {n} | {b} | {m} ({m/b:.0%}) | {x} ({(x/m if m else 0):.1%}) |"
    print("| | blanks | with an MCQ | bad |\n|---|---|---|---|")
    for d in sorted(blanks): print(row(d, blanks[d], mcq[d], bad[d]))
    print(row("all", sum(blanks.values()), sum(mcq.values()), sum(bad.values())))
    for t in sorted(bt): print(row(t, bt[t], mt[t], btd[t]))
    print("codes:", dict(codes), "unjudged MCQs:", unj, "year/date/number blanks without MCQ:", num_missing)

if __name__ == "__main__":
    main()
