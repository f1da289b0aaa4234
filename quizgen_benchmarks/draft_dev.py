"""How well `quizgen draft` drafts real articles: the development set in quizgen_benchmarks/draft_dev/.

The article texts live outside the repository (others' writing): `run(folder)` reads
`<folder>/<name>.txt` for each article of articles.yaml, checks its SHA-256, feeds it to the
drafter in the article's format (text, an HTML page, a PDF), drafts each group of articles about
one event together, writes the deck, runs `quizgen check` on it, and judges the draft against the
gold lists by the rubric of docs/draft.md:

- a gold fact is *found* when a drafted fact quotes its sentence (the quote holds every `cue`) and
  has a blank accepting one of its answers; recall = found / required gold facts;
- a drafted fact is *junk* when no gold fact (required or optional) is stated by its sentence, or
  when none of its blanks is a good one;
- each drafted blank is *good* (a gold answer, or an `also` answer, of its sentence), *broken* (a
  fragment of a unit: part of a number, a time, a date range or a name, checked mechanically) or
  *poor* (a whole unit a teacher would not ask);
- a merged fact is right when every two of its sentences from different articles state gold facts
  paired `same` or `may` in pairs.yaml; a `disagree` pair must carry a note on both facts.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import tempfile
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from quizgen.core.blanks import parse_blanks
from quizgen.core.model import Fact
from quizgen.core.text import normalize

DATA = Path(__file__).resolve().parent / "draft_dev"
#: The check set: pages kept apart from the development set, to measure on what was not tuned on.
CHECK = Path(__file__).resolve().parent / "draft_check"


@dataclass(frozen=True)
class Gold:
    article: str
    id: str
    answers: frozenset[str]  # answer keys a blank may accept to find this fact
    also: frozenset[str]  # further answer keys that are good blanks in this sentence
    cue: tuple[str, ...]
    required: bool

    @property
    def key(self) -> str:
        return f"{self.article}:{self.id}"


@dataclass
class ArticleFigures:
    name: str
    genre: str
    format: str
    required: int = 0
    found: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    why: dict[str, str] = field(default_factory=dict)  # missed gold id -> why (dropped, not blanked, merged away)
    drafted: int = 0
    junk: list[str] = field(default_factory=list)  # quotes of junk facts
    blanks: Counter[str] = field(default_factory=Counter)  # good / poor / broken
    poor: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return len(self.found) / max(1, self.required)

    @property
    def junk_rate(self) -> float:
        return len(self.junk) / max(1, self.drafted)


@dataclass
class GroupFigures:
    name: str
    articles: list[str]
    check_status: int
    warnings: int
    facts: int
    merged: int = 0
    merged_right: int = 0
    wrong_merges: list[str] = field(default_factory=list)
    same_pairs: int = 0
    same_merged: int = 0
    disagreements: int = 0
    disagreements_flagged: int = 0
    asks: Counter[str] = field(default_factory=Counter)
    blanks_with_mcq: int = 0
    blank_count: int = 0


@dataclass
class DevReport:
    articles: list[ArticleFigures]
    groups: list[GroupFigures]
    skipped: list[str] = field(default_factory=list)  # pages whose text was missing (--allow-missing)

    def totals(self) -> dict[str, Any]:
        required = sum(a.required for a in self.articles)
        found = sum(len(a.found) for a in self.articles)
        drafted = sum(a.drafted for a in self.articles)
        junk = sum(len(a.junk) for a in self.articles)
        blanks = sum((a.blanks for a in self.articles), Counter())
        merged = sum(g.merged for g in self.groups)
        return {
            "recall": found / max(1, required), "found": found, "required": required,
            "junk_rate": junk / max(1, drafted), "junk": junk, "drafted": drafted,
            "blanks": sum(blanks.values()), "good_blanks": blanks["good"], "poor_blanks": blanks["poor"],
            "broken_blanks": blanks["broken"],
            "merged": merged, "merged_right": sum(g.merged_right for g in self.groups),
            "same_pairs": sum(g.same_pairs for g in self.groups), "same_merged": sum(g.same_merged for g in self.groups),
            "disagreements": sum(g.disagreements for g in self.groups),
            "disagreements_flagged": sum(g.disagreements_flagged for g in self.groups),
            "checks_passed": sum(1 for g in self.groups if g.check_status == 0), "decks": len(self.groups),
            "asks": dict(sum((g.asks for g in self.groups), Counter())),
            "blanks_with_mcq": sum(g.blanks_with_mcq for g in self.groups),
            "facts": sum(g.facts for g in self.groups),
        }


def answer_key(text: str) -> str:
    """How answers compare: `normalize`, ordinal suffixes dropped ("October 5th" = "October 5")."""
    return re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", normalize(text))


def load_gold(data: Path = DATA) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, list[Gold]]]:
    articles = yaml.safe_load((data / "articles.yaml").read_text(encoding="utf-8"))["articles"]
    pairs = yaml.safe_load((data / "pairs.yaml").read_text(encoding="utf-8"))
    gold: dict[str, list[Gold]] = {}
    for article in articles:
        listed = yaml.safe_load((data / "gold" / f"{article['name']}.yaml").read_text(encoding="utf-8"))
        items = []
        for required, entries in ((True, listed.get("facts") or []), (False, listed.get("optional") or [])):
            for entry in entries:
                answers = {answer_key(a) for part in parse_blanks(entry["fact"]) if not isinstance(part, str) for a in part.answers}
                items.append(Gold(article["name"], entry["id"], frozenset(answers),
                                  frozenset(answer_key(str(a)) for a in entry.get("also") or []),
                                  tuple(entry["cue"]), required))
        gold[article["name"]] = items
    return articles, pairs, gold


def _holds(quote: str, cue: str) -> bool:
    return re.search(r"(?<![a-z0-9])" + re.escape(normalize(cue)), normalize(quote)) is not None


def sentence_gold(gold: list[Gold], quote: str) -> list[Gold]:
    """The gold facts this source sentence states: those whose cues it holds."""
    return [g for g in gold if all(_holds(quote, c) for c in g.cue)]


def blank_verdict(fact: Fact, index: int, golds: list[Gold]) -> str:
    """good, broken or poor (see the module docstring and docs/draft.md)."""
    blank = fact.blanks[index]
    if is_fragment(fact, index):
        return "broken"
    keys = {answer_key(a) for a in blank.accept}
    if any(keys & (g.answers | g.also) for g in golds):
        return "good"
    return "poor"


_UNIT_GLUE = re.compile(r"[\d][,.:]$|[–-]$")  # "115,{000}", "1:{23}", "25–{26 April}"
_TITLE_WORDS = frozenset(
    "the a an in on at of by for from to and or king queen president commander pilot captain sir lord "
    "lady dr mr mrs ms saint st general prince princess emperor pope pharaoh professor module lunar command "
    # role and rank words (round 12): the gold lists blank the person after them ("Deputy Project Manager
    # {Richard Cook}", "Rear-Admiral {Horatio Nelson}"), so they are no part of the name either
    "manager director deputy administrator admiral minister secretary governor senator mayor chief officer "
    "colonel major lieutenant sergeant inspector chancellor ambassador engineer scientist".split()
)


def is_fragment(fact: Fact, index: int) -> bool:
    """The blank cuts a unit: glued to the letters or digits around it, inside a number, a time or a
    range, or a name whose capitalised neighbour word is left outside."""
    before = fact.render(frozenset({fact.blanks[index].index}), mask="\0").split("\0")[0]
    after = fact.render(frozenset({fact.blanks[index].index}), mask="\0").split("\0")[1]
    answer = fact.blanks[index].answer
    if re.search(r"\w$", before) or re.match(r"\w", after):
        return True
    if _UNIT_GLUE.search(before) or re.match(r"[,.:][\d]|[–-]\d", after):
        return True
    if answer[:1].isupper():
        previous = re.search(r"([A-Z][\w’']*)\s+$", before)
        following = re.match(r"\s+([A-Z][\w’']*)", after)
        neighbour = previous.group(1).lower().rstrip(".").rsplit("-", 1)[-1] if previous else ""
        possessor = previous is not None and re.search(r"['’]s$", previous.group(1)) is not None  # "NASA’s {Jet Propulsion Laboratory}"
        # a neighbour that is itself a blank of the fact is a unit of its own ("the {Chilean Navy} {Roberto Rios}")
        segments = getattr(fact, "segments", ())
        marked = "".join(s if isinstance(s, str) else ("\0" if s.index == fact.blanks[index].index else "\1" + s.answer + "\1") for s in segments)
        blank_before = "\0" in marked and marked.split("\0")[0].endswith("\1 ")
        blank_after = "\0" in marked and marked.split("\0")[1].startswith(" \1")
        if previous and neighbour not in _TITLE_WORDS and not possessor and not blank_before and not re.search(r"[.!?:;]\s*\S+\s+$", before) and before.strip() != previous.group(1):
            return True
        if following and following.group(1).lower() not in _TITLE_WORDS and not blank_after:
            return True
    if re.fullmatch(r"(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}", answer) and re.match(r",? \d{4}", after):
        return True
    return False


def _to_html(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>" + html.escape(title) + "</title></head><body>\n"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/about'>About us</a></li></ul></nav>\n"
        f"<main><article><h1>{html.escape(title)}</h1>\n{body}\n"
        "<figure><img src='photo.jpg' alt=''><figcaption>A file photo. Photo: Archive</figcaption></figure>\n"
        "</article></main>\n<footer><p>Copyright 2024. All rights reserved.</p><p>Subscribe to our newsletter.</p></footer>\n"
        "</body></html>\n"
    )


def _to_typst(text: str) -> str:
    escaped = re.sub(r"([\\#*_`$<>@=\-+/\[\]~])", r"\\\1", text)
    return "#set page(width: 15cm, height: auto, margin: 1.5cm)\n#set text(size: 10pt)\n" + escaped


def write_input(text: str, name: str, fmt: str, folder: Path) -> Path:
    """The article as the user would give it: a text file, an HTML page, or a PDF."""
    if fmt == "txt":
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        return path
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    if fmt == "html":
        title, paragraphs = blocks[0], blocks[1:]
        path = folder / f"{name}.html"
        path.write_text(_to_html(title, paragraphs), encoding="utf-8")
        return path
    if fmt == "pdf":
        import typst

        source = folder / f"{name}.typ"
        source.write_text(_to_typst(text), encoding="utf-8")
        path = folder / f"{name}.pdf"
        typst.compile(str(source), output=str(path))
        return path
    raise ValueError(f"unknown format {fmt!r}")


def read_article(folder: Path, article: dict[str, Any]) -> str:
    path = folder / f"{article['name']}.txt"
    if not path.exists():
        raise SystemExit(f"{path}: missing: save the page's text ({article['url']}) there")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != article["sha256"]:
        raise SystemExit(f"{path}: not the text the gold list was written for (SHA-256 differs)")
    return data.decode("utf-8")


def run(folder: Path, keep: Path | None = None, data: Path = DATA, allow_missing: bool = False) -> DevReport:
    from quizgen.cli import main as quizgen_main
    from quizgen.core.deckfile import load_decks
    from quizgen.core.model import Deck
    from quizgen.draft.drafter import draft
    from quizgen.draft.writer import render_deck, write_atomically

    articles, pairs, gold = load_gold(data)
    by_name = {a["name"]: a for a in articles}
    report = DevReport([], [])
    with tempfile.TemporaryDirectory() as temp:
        work = keep or Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        for group_name, group in pairs.items():
            names = group["articles"]
            if allow_missing:  # measure on the pages at hand; pairs naming a missing page are not counted
                names = [n for n in names if (folder / f"{n}.txt").exists()]
                report.skipped.extend(n for n in group["articles"] if n not in names)
                if not names:
                    continue
                group = _only(group, set(names))
            paths = [write_input(read_article(folder, by_name[n]), n, by_name[n]["format"], work) for n in names]
            result = draft(paths)
            deck_path = work / f"{group_name}.yaml"
            deck_path.unlink(missing_ok=True)
            out, err = io.StringIO(), io.StringIO()
            if result.facts:
                write_atomically(deck_path, render_deck(result, deck_path), force=True)
                with redirect_stdout(out), redirect_stderr(err):
                    status = quizgen_main(["check", str(deck_path)])
                deck = load_decks([deck_path], with_warnings=False).decks[0]
            else:  # `quizgen draft` writes no deck (exit 2, "found no sentence stating a checkable fact")
                status, deck = 2, Deck(id=group_name, title=group_name, path=deck_path, facts=())
            key_to_article = dict(zip((s.key for s in result.sources), names))
            figures = {n: ArticleFigures(n, by_name[n]["genre"], by_name[n]["format"]) for n in names}
            warnings = len(re.findall(r": warning: ", err.getvalue() + out.getvalue()))
            group_figures = GroupFigures(group_name, names, status, warnings, len(deck.facts))
            _judge(deck, key_to_article, gold, figures, group_figures, group)
            _explain_misses(result, deck, key_to_article, gold, figures)
            _count_mcqs(deck, group_figures)
            report.articles.extend(figures.values())
            report.groups.append(group_figures)
    return report


def _only(group: dict[str, Any], names: set[str]) -> dict[str, Any]:
    """The group's pairs between the pages at hand."""
    kept = dict(group, articles=[n for n in group["articles"] if n in names])
    for kind in ("same", "may", "disagree"):
        kept[kind] = [p for p in group.get(kind) or [] if all(k.split(":")[0] in names for k in p)]
    return kept


def _judge(deck, key_to_article, gold, figures, group_figures, group) -> None:  # type: ignore[no-untyped-def]
    found: set[str] = set()
    pair_of = {frozenset(p) for p in group.get("same", []) + group.get("may", [])}
    same = [frozenset(p) for p in group.get("same", [])]
    merged_keys: list[list[set[str]]] = []
    flagged: dict[str, bool] = {}
    for fact in deck.facts:
        sentences = [(key_to_article[s], q) for s, q in zip(fact.sources, fact.quote)]
        golds_per_sentence = [sentence_gold(gold[a], q) for a, q in sentences]
        golds = [g for gs in golds_per_sentence for g in gs]
        verdicts = [blank_verdict(fact, i, golds) for i in range(len(fact.blanks))]
        first_article = sentences[0][0]
        figures[first_article].drafted += 1
        for verdict, blank in zip(verdicts, fact.blanks):
            figures[first_article].blanks[verdict] += 1
            if verdict == "poor":
                figures[first_article].poor.append(blank.answer)
            elif verdict == "broken":
                figures[first_article].broken.append(fact.render(frozenset({blank.index}), mask="{" + blank.answer + "}"))
        if not golds or "good" not in verdicts:
            figures[first_article].junk.append(sentences[0][1])
        for g in golds:
            keys = {answer_key(a) for b, v in zip(fact.blanks, verdicts) if v != "broken" for a in b.accept}
            if g.answers & keys:
                found.add(g.key)
            flagged[g.key] = flagged.get(g.key, False) or bool(fact.note and "disagree" in fact.note.lower())
        if len(sentences) > 1:  # across documents, or a restatement within one
            group_figures.merged += 1
            keys_per_sentence = [{g.key for g in gs} for gs in golds_per_sentence]
            merged_keys.append(keys_per_sentence)
            right = all(
                any(frozenset({x, y}) in pair_of for x in keys_a for y in keys_b)
                for i, (a, keys_a) in enumerate(zip(sentences, keys_per_sentence))
                for (b, keys_b) in list(zip(sentences, keys_per_sentence))[i + 1 :]
            )
            if right:
                group_figures.merged_right += 1
            else:
                group_figures.wrong_merges.append(" + ".join(q for _, q in sentences))
        if fact.ask:
            group_figures.asks[fact.ask.split()[0].lower() if not fact.ask.lower().startswith("how many") else "how many"] += 1
    for pair in same:
        group_figures.same_pairs += 1
        if any(any(pair <= (x | y) for x in keys for y in keys if x is not y) for keys in merged_keys):
            group_figures.same_merged += 1
    for pair in group.get("disagree", []):
        group_figures.disagreements += 1
        if all(flagged.get(k) for k in pair):
            group_figures.disagreements_flagged += 1
    for name, article_figures in figures.items():
        required = [g for g in gold[name] if g.required]
        article_figures.required = len(required)
        article_figures.found = [g.id for g in required if g.key in found]
        article_figures.missed = [g.id for g in required if g.key not in found]


def _explain_misses(result, deck, key_to_article, gold, figures) -> None:  # type: ignore[no-untyped-def]
    """Why each missed gold fact was missed: its sentence left out (and the drafter's reason), merged
    into another page's wording, drafted with a broken blank, or drafted without its answer blanked."""
    by_id = {g.id: g for name in figures for g in gold[name]}
    for name, article_figures in figures.items():
        for gold_id in article_figures.missed:
            g = next(x for x in gold[name] if x.id == gold_id)
            holds = lambda quote: all(_holds(quote, c) for c in g.cue)  # noqa: E731
            why = None
            for fact in deck.facts:
                for position, (source, quote) in enumerate(zip(fact.sources, fact.quote)):
                    if key_to_article.get(source) == name and holds(quote):
                        if position > 0:
                            why = "merged away into: " + fact.quote[0][:70]
                        else:
                            blanks = [b.answer for b in fact.blanks]
                            broken = [b.answer for i, b in enumerate(fact.blanks) if is_fragment(fact, i)]
                            why = f"blank broken: {broken}" if broken else f"not blanked (blanks {blanks})"
                        break
                if why and not why.startswith("merged"):
                    break
            if why is None:
                left = [s for s in result.skipped if key_to_article.get(s.source) == name and holds(s.text)]
                why = f"sentence dropped: {left[0].reason}" if left else "sentence not found (split wrong?)"
            article_figures.why[gold_id] = why
    del by_id


def _count_mcqs(deck, group_figures: GroupFigures) -> None:  # type: ignore[no-untyped-def]
    from quizgen.core.generator import generate_cards
    from quizgen.core.model import CardKind

    cards = generate_cards([deck])
    group_figures.blank_count = sum(len(f.blanks) for f in deck.facts)
    group_figures.blanks_with_mcq = sum(1 for c in cards if c.kind is CardKind.MCQ)


def print_report(report: DevReport, as_json: bool = False, show: bool = False) -> None:
    import json

    totals = report.totals()
    if as_json:
        print(json.dumps({
            "totals": totals,
            "articles": [{"name": a.name, "genre": a.genre, "format": a.format, "recall": round(a.recall, 3),
                          "found": len(a.found), "required": a.required, "drafted": a.drafted, "junk": len(a.junk),
                          "blanks": dict(a.blanks), "missed": a.missed} for a in report.articles],
            "groups": [{"name": g.name, "check_status": g.check_status, "warnings": g.warnings, "merged": g.merged,
                        "merged_right": g.merged_right, "same_pairs": g.same_pairs, "same_merged": g.same_merged,
                        "disagreements": g.disagreements, "flagged": g.disagreements_flagged,
                        "blanks": g.blank_count, "mcq": g.blanks_with_mcq} for g in report.groups],
        }, indent=2, default=str))
        return
    print(f"{'article':26} {'genre':12} {'fmt':4} {'recall':>12} {'junk':>9} {'good':>5} {'poor':>5} {'broken':>6}")
    for a in report.articles:
        print(f"{a.name:26} {a.genre:12} {a.format:4} {a.recall:5.0%} {len(a.found):2}/{a.required:<3} "
              f"{a.junk_rate:4.0%} {len(a.junk)}/{a.drafted:<2} {a.blanks['good']:5} {a.blanks['poor']:5} {a.blanks['broken']:6}")
    t = totals
    blanks = max(1, t["blanks"])
    print(f"\nrecall {t['recall']:.0%} ({t['found']}/{t['required']}), junk {t['junk_rate']:.0%} ({t['junk']}/{t['drafted']}), "
          f"blanks good {t['good_blanks'] / blanks:.0%}, poor {t['poor_blanks'] / blanks:.0%}, broken {t['broken_blanks'] / blanks:.0%} (of {t['blanks']})")
    print(f"merges right {t['merged_right']}/{t['merged']}, same-fact pairs merged {t['same_merged']}/{t['same_pairs']}, "
          f"disagreements flagged {t['disagreements_flagged']}/{t['disagreements']}, decks passing check {t['checks_passed']}/{t['decks']}")
    print(f"questions (ask): {t['asks']}; MCQ cards with main's generator: {t['blanks_with_mcq']} for {t['blanks']} blanks")
    if report.skipped:
        print(f"skipped (text missing): {', '.join(report.skipped)}")
    if show:
        for a in report.articles:
            print(f"\n== {a.name}: missed {a.missed}")
            for gold_id, why in a.why.items():
                print(f"   miss {gold_id}: {why}")
            for quote in a.junk:
                print(f"   junk: {quote[:110]}")
            if a.poor:
                print(f"   poor: {a.poor}")
            for broken in a.broken:
                print(f"   broken: {broken[:110]}")
        for g in report.groups:
            for wrong in g.wrong_merges:
                print(f"   wrong merge ({g.name}): {wrong[:200]}")
