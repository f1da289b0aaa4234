"""What drafting real articles needs, on sentences written for these tests: whole-unit blanks,
names with their state words, noun-phrase terms, teacher questions, odd line breaks, missing full
stops, tables, and merging only what states the same thing. The figures on real pages come from
`python -m quizgen_benchmarks.draft_quality --articles FOLDER` (docs/draft.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.core.model import AnswerType as T
from quizgen.draft.candidates import ask_for, fact_text, make_candidate
from quizgen.draft.drafter import draft_documents
from quizgen.draft.entities import build_lexicon, find_spans
from quizgen.draft.readers import Document, read_document
from quizgen.draft.sentences import Sentence, skip_reason

from quizgen_benchmarks.draft_dev import is_fragment, load_gold


def spans(text: str) -> list[tuple[str, T]]:
    return [(s.text, s.type) for s in find_spans(text, build_lexicon([text]))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some 42,000 people left the valley in 1951.", [("Some 42,000", T.NUMBER), ("1951", T.YEAR)]),
        ("The alarm rang at 2:47 am and the doors shut at 2:51:30.", [("2:47 am", T.NUMBER), ("2:51:30", T.NUMBER)]),
        ("The siege lasted from 12–14 March 1602 near the harbour.", [("12–14 March 1602", T.DATE)]),
        ("The temple was finished on March 3, AD 12 by the builders.", [("March 3, AD 12", T.DATE)]),
        ("Approximately 9,500 square miles were flooded.", [("Approximately 9,500", T.NUMBER)]),
        ("The pumps moved 2.5 million litres a day.", [("2.5 million", T.NUMBER)]),
        ("The town joined the Soviet Union after the war.", [("Soviet Union", T.PLACE)]),
        ("The crew listed Mission Specialist Carla Jensen as its lead.", [("Carla Jensen", T.PERSON)]),
        ("The sample held the fungus Aspergillus niger in a jar.", [("Aspergillus niger", T.TERM)]),
    ],
)
def test_blanks_are_whole_units(sentence: str, expected: list[tuple[str, T]]):
    assert [s for s in spans(sentence) if s[1] is not T.TERM or s in expected] == expected


def test_a_defined_term_and_a_compound_noun_are_blanks():
    made = make_candidate(Sentence(0, 0, 0, "The jelly inside the seed is called the endosperm."), build_lexicon([]))
    assert fact_text(made) == "The jelly inside the seed is called the {endosperm}."
    made = make_candidate(Sentence(0, 0, 0, "A sudden pressure wave caused a subsequent roof collapse."), build_lexicon([]))
    assert [b.text for b in made.blanks] == ["pressure wave", "roof collapse"]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Over the first week, 212 volunteers were trained in first aid.", "How many volunteers were trained in first aid?"),
        ("There are five chambers in the old mill, all dry and empty.", "How many chambers are there in the old mill?"),
        ("The old mill has six wooden wheels.", "How many wooden wheels does the old mill have?"),
        ("After the storm, the Harbour Bridge was reopened on May 3, 1921.", "When was the Harbour Bridge reopened?"),
        ("The inner layer of the seed coat is called the tegmen.", "What is the inner layer of the seed coat called?"),
        ("Our 14 guides said it was fine.", None),
    ],
)
def test_questions_a_teacher_asks(sentence: str, question: str | None):
    made = make_candidate(Sentence(0, 0, 0, sentence), build_lexicon([sentence]))
    assert made is not None
    asks = [ask_for(made.__class__(made.sentence, (b,), made.spans)) for b in made.blanks]
    assert (question in asks) if question else not any(asks)


def test_hard_wrapped_lines_and_a_stop_on_the_next_line(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(
        "A mill on the river\n\nThe mill was built by Ada Morrow—the town's\nengineer,\nas well as two helpers.\n"
        "The wheel turned for the first time in 1851 and powered the whole valley\n. It stopped in 1932 after a flood.\n",
        encoding="utf-8",
    )
    sentences = [s for p in read_document(path).paragraphs for s in [p]]
    assert sentences == [
        "The mill was built by Ada Morrow—the town's engineer, as well as two helpers.",
        "The wheel turned for the first time in 1851 and powered the whole valley. It stopped in 1932 after a flood.",
    ]


def test_a_table_block_is_not_prose_its_label_value_lines_are_facts(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Old mill\n\nBuilt 1851\nOwner Ada Morrow\nHeight 12 m\nStatus Closed down in 1932.\n\nThe mill stood on the river.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.tables == {0, 1, 2, 3}
    result = draft_documents([doc])
    assert [f.text for f in result.facts] == ["Old mill – built: {1851}", "Old mill – owner: {Ada Morrow}", "Old mill – height: {12 m}"]
    assert [f.quotes for f in result.facts][1] == ("Owner Ada Morrow",)  # the quote is the line as written
    assert [s.reason for s in result.skipped if "Closed" in s.text] == ["table or infobox line"]  # a clause, no value


def test_infobox_rows_of_varied_length_stay_rows(tmp_path: Path):
    path = tmp_path / "a.txt"
    rows = ["Date 2 March 1911", "Site Harbour Quay in Lowtown, Eastshire, on the north bank of the river Avel",
            "Crew 12", "Fatalities 4 (2 crewmen, 2 dock workers)", "Survivors 8", "Operator Avel Steam Company"]
    path.write_text("Loss of the Marigold\n\n" + "\n".join(rows) + "\n\nThe boiler burst at noon.\n", encoding="utf-8")
    texts = [f.text for f in draft_documents([read_document(path)]).facts]
    assert "Loss of the Marigold – fatalities: {4} (2 crewmen, 2 dock workers)" in texts
    assert "Loss of the Marigold – survivors: {8}" in texts  # not joined to the long line before it
    assert "Loss of the Marigold – site: {Harbour Quay} in Lowtown, Eastshire, on the north bank of the river Avel" in texts


def test_prose_stored_in_one_block_with_an_infobox_is_still_prose(tmp_path: Path):
    # A stored page whose infobox lines and text paragraphs share one block: the infobox is a
    # table, the paragraphs after it are drafted (they were all dropped as "table" lines).
    path = tmp_path / "a.txt"
    path.write_text(
        "Old mill\nBuilt | 1851 |\n|\n---|---|\nOwner | Ada Morrow |\nHeight | 12 m |\nStatus | closed |\n"
        "The old mill is a stone building on the river Wend, built by the engineer Ada Morrow in 1851.\n"
        "Its wheel powered the whole valley until a flood stopped it in 1932, after eighty-one years.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    prose = [i for i, p in enumerate(doc.paragraphs) if "stone building" in p or "flood" in p]
    assert prose and not set(prose) & doc.tables
    assert any("Height" in doc.paragraphs[i] for i in doc.tables)
    result = draft_documents([doc])
    assert not [s for s in result.skipped if "flood" in s.text or "stone building" in s.text]


@pytest.mark.parametrize(
    ("sentence", "final", "ends_document", "reason"),
    [
        ("The mill was sold to the town council in 1932", True, False, None),
        ("The mill was sold to the town council in 1932", True, True, None),
        ("The mill was sold to the town council for a", True, False, "not a full sentence"),
        ("The mill was sold to the town council", False, False, "not a full sentence"),
        ("Water was drawn from the river through their sluice", True, True, "not a full sentence"),
        ("View the photo gallery of the mill and its wheels.", False, False, "boilerplate"),
        ("Watch this video about the old mill and the town.", False, False, "opinion or address to the reader"),
    ],
)
def test_missing_full_stops(sentence: str, final: bool, ends_document: bool, reason: str | None):
    assert skip_reason(sentence, final=final, ends_document=ends_document) == reason


def doc(name: str, *paragraphs: str) -> Document:
    return Document(Path(f"{name}.txt"), name.title(), paragraphs)


def test_one_shared_number_is_no_shared_fact_and_a_disagreement_is_flagged():
    a = doc("first", "The great flood lasted for about six days.", "Forty houses were lost within the next six years.")
    b = doc("second", "The flood lasted for 8 days, during which the mill was closed.")
    facts = draft_documents([a, b]).facts
    assert all(len(f.sources) == 1 for f in facts)
    notes = {f.quotes[0]: f.note for f in facts}
    assert notes["The great flood lasted for about six days."] == 'Sources disagree: "about six days" vs "8 days".'
    assert notes["The flood lasted for 8 days, during which the mill was closed."] is not None
    assert notes["Forty houses were lost within the next six years."] is None


def test_the_same_statement_from_two_sources_is_merged():
    a = doc("first", "The mill was built by the engineer Ada Morrow in 1851 on the river Tay.")
    b = doc("second", "Engineer Ada Morrow built the mill on the river Tay in 1851.")
    facts = draft_documents([a, b]).facts
    assert any(len(f.sources) == 2 for f in facts)


def test_the_rubric_calls_a_cut_unit_broken():
    from quizgen.core.deckfile import load_decks  # noqa: F401

    class F:  # the two methods is_fragment reads, on a written fact
        def __init__(self, before: str, answer: str, after: str):
            from quizgen.core.model import AnswerType, Blank

            self.blanks = (Blank(1, answer, (), AnswerType.TERM),)
            self._parts = (before, after)

        def render(self, hidden, mask="____"):
            return self._parts[0] + mask + self._parts[1]

    assert is_fragment(F("About 115,", "000", " people left."), 0)
    assert is_fragment(F("It began at 1:", "23", " am."), 0)
    assert is_fragment(F("It ran on 25–", "26 April 1986", "."), 0)
    assert is_fragment(F("It joined the Soviet ", "Union", "."), 0)
    assert is_fragment(F("It launched on ", "July 16", ", 1969."), 0)
    assert not is_fragment(F("About ", "115,000", " people left."), 0)
    assert not is_fragment(F("It was led by King ", "Louis XVI", "."), 0)
    assert not is_fragment(F("A ", "30", "-kilometre zone was closed."), 0)


def test_the_gold_lists_load_and_name_real_facts():
    articles, pairs, gold = load_gold()
    assert len(articles) >= 8 and {a["genre"] for a in articles} >= {"encyclopedia", "news", "textbook", "q&a"}
    assert all(gold[a["name"]] for a in articles)
    keys = {g.key for items in gold.values() for g in items}
    for group in pairs.values():
        for kind in ("same", "may", "disagree"):
            for pair in group.get(kind, []):
                assert set(pair) <= keys, pair


def test_a_page_that_drafts_nothing_counts_as_all_missed(tmp_path: Path):
    """`quizgen draft` writes no deck for a page with no checkable sentence; the measure counts its gold as missed."""
    import hashlib

    from quizgen_benchmarks.draft_dev import run

    text = "Wow!\n\nLook up!\n\nIsn't it lovely?\n"
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "page.txt").write_text(text, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "page.yaml").write_text('facts:\n  - id: up\n    fact: "Look {up}."\n    cue: ["Look up"]\n')
    sha = hashlib.sha256(text.encode()).hexdigest()
    (tmp_path / "articles.yaml").write_text(
        f"articles:\n  - name: page\n    genre: q&a\n    format: txt\n    url: x\n    sha256: {sha}\n")
    (tmp_path / "pairs.yaml").write_text("page:\n  articles: [page]\n  same: []\n  may: []\n  disagree: []\n")
    totals = run(tmp_path / "texts", None, tmp_path).totals()
    assert (totals["found"], totals["required"], totals["drafted"]) == (0, 1, 0)
    assert totals["checks_passed"] == 0
