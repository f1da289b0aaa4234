"""Typed answers against a teacher's marks: python quizgen_benchmarks/quality_sets/typed.py DECKDIR TYPEDDIR"""
import sys
from pathlib import Path
import yaml
from quizgen.core.deckfile import load_decks
from quizgen.core.generator import generate_cards
from quizgen.core.model import CardKind
from quizgen.study.grading import compare



def main() -> None:
    deckdir, typeddir = sys.argv[1:3]
    decks = load_decks(sorted(Path(deckdir).glob("*.yaml")), with_warnings=False).decks
    cards = [c for c in generate_cards(decks) if c.kind is not CardKind.MCQ]
    agree = total = wrong_acc = missing = 0
    rows = []
    for f in sorted(Path(typeddir).glob("*.yaml")):
        for e in yaml.safe_load(f.read_text()) or []:
            key = str(e["blank"]).strip().lower(); fact = str(e.get("deck_fact", "")).lower()
            # A blank written with "|" alternatives is its card's first alternative.
            keys = {key, key.split("|")[0].strip()}
            cands = [c for c in cards if c.answer.strip().lower() in keys and (fact in c.fact.lower() or fact[:25] in c.full_text.lower())]
            if not cands:
                cands = [c for c in cards if c.answer.strip().lower() in keys]
            if not cands:
                missing += 1; rows.append(("NOCARD", f.stem, e)); continue
            c = cands[0]
            got, _ = compare(str(e["typed"]), c.accept, c.type, c.prompt)
            total += 1; agree += got == e["verdict"]
            if got == "right" and e["verdict"] == "wrong": wrong_acc += 1
            if got != e["verdict"]: rows.append((got, f.stem, e))
    for r in rows: print(r)
    print(f"agreement {agree}/{total} = {agree/max(total,1):.0%}; wrong accepted {wrong_acc}; no card {missing}")


if __name__ == "__main__":
    main()
