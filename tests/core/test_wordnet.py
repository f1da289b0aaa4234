"""quizgen.core.wordnet through its real bundled table (derived from WordNet 3.0 by tools/wordnet/build_terms.py)."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

from quizgen.core import wordnet


def test_the_table_and_its_licence_ship_as_package_data():
    data = resources.files("quizgen.core.data")
    table = data.joinpath("wordnet_nouns.tsv").read_text(encoding="utf-8")
    assert table.startswith("# Derived from Princeton WordNet 3.0") and "\n%%\n" in table
    assert "Princeton University" in data.joinpath("LICENSE.wordnet").read_text(encoding="utf-8")
    assert len(table.encode()) < 6_000_000


def test_importing_the_module_reads_nothing():
    code = "from quizgen.core import wordnet; print(wordnet._table.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def test_lookup_reads_terms_plurals_and_head_nouns_but_no_names():
    assert wordnet.lookup("xylem").exact
    mitochondria = wordnet.lookup("mitochondria")
    assert mitochondria.exact and mitochondria.plural
    assert wordnet.lookup("mitochondrion").senses == mitochondria.senses
    head = wordnet.lookup("tiny purple cell")
    assert head is not None and not head.exact
    assert wordnet.lookup("Space Shuttle") is None  # a capital past the first word: a name
    assert wordnet.lookup("Apollo 11") is None
    assert wordnet.lookup("zzyzxq") is None


def test_same_kind_by_a_specific_shared_class():
    assert wordnet.same_kind("xylem", "phloem") is True  # vascular tissue
    assert wordnet.same_kind("amygdala", "hippocampus") is True  # neural structures
    assert wordnet.same_kind("nucleus", "cytoplasm") is True  # parts of a cell
    assert wordnet.same_kind("xylem", "amygdala") is False
    assert wordnet.same_kind("xylem", "tissue") is False  # its class, not a rival of its kind
    assert wordnet.same_kind("xylem", "zzyzxq") is None  # unknown: nothing is said
    assert wordnet.same_kind("tiny purple cell", "large green cell") is None  # two phrases read by their head nouns


def test_is_a_reads_the_classes_above_a_term():
    assert wordnet.is_a("pituitary gland", "gland") is True
    assert wordnet.is_a("insulin", "hormone") is True
    assert wordnet.is_a("insulin", "gland") is False
    assert wordnet.is_a("zzyzxq", "gland") is None


def test_the_sense_a_fact_states_decides_the_nouns_of_its_kind():
    cell = wordnet.stated_sense("nucleus", ["cell", "genetic", "material"])
    assert cell is not None and wordnet.name(wordnet._synset(cell).parents[0]) == "organelle"
    rivals = {r.lemma for r in wordnet.co_hyponyms("nucleus", cell)}
    assert {"cytoplasm", "nucleolus"} <= rivals
    assert wordnet.stated_sense("executive", ["legislative", "judicial"]) is None  # no word says which sense


def test_co_hyponyms_hold_neither_the_key_nor_its_classes_nor_its_wholes():
    rivals = {r.lemma for r in wordnet.co_hyponyms("stamen")}
    assert {"carpel", "pistil", "ovary"} <= rivals
    assert not rivals & {"stamen", "flower", "reproductive structure", "plant organ"}
    assert wordnet.co_hyponyms("tiny purple cell") == ()  # only a term WordNet knows whole


def test_capitalized_names():
    assert wordnet.capitalized("Broca's area")
    assert not wordnet.capitalized("Hippocampus")
    assert not wordnet.capitalized("zzyzxq")
