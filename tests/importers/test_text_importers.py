"""Moodle GIFT and XML samples written by hand as Moodle's docs describe them, CSV/TSV, Quizlet and
Markdown flashcards: what each becomes, what is listed as not imported, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parent / "data"


def _import(run, tmp_path: Path, source: Path, *extra: str) -> tuple[Path, dict]:
    out = tmp_path / "out.yaml"
    status, _, err = run("import", source, "-o", out, *extra)
    assert status == 0, err
    assert run("check", out)[0] == 0
    return out, {f["id"]: f for f in yaml.safe_load(out.read_text())["facts"]}


def test_gift_multiple_choice_short_answer_and_what_is_listed(run, tmp_path):
    out, facts = _import(run, tmp_path, DATA / "hand_written.gift")
    assert facts["capital-fr"] == {"id": "capital-fr", "text": "What is the capital of France? {Paris}",
                                   "ask": "What is the capital of France?",
                                   "distractors": ["London", "Berlin", "Madrid"], "tags": ["Geography::Europe"]}
    assert facts["gandhi"]["text"] == "Mahatma Gandhi's birthplace is {Porbandar|Porbandar, Gujarat} in India."
    assert facts["who-wrote-hamlet"]["text"] == "Who wrote Hamlet? {William Shakespeare|Shakespeare}"
    assert facts["year"]["text"] == "In which year did WWII end? {1945}"
    assert facts["escaped"]["ask"] == "What does {x} mean in set notation : ?"
    assert facts["escaped"]["note"] == "Sets are written with braces."
    text = out.read_text()
    for name, reason in (("TF", "true/false"), ("Pi", "numerical range"), ("Match", "matching"),
                         ("Essay", "essay"), ("Multi", "partial credit")):
        assert f"question '{name}'" in text and reason in text


def test_moodle_xml_choices_short_answers_embedded_answers_and_categories(run, tmp_path):
    out, facts = _import(run, tmp_path, DATA / "hand_written.moodle.xml")
    assert facts["powerhouse"]["distractors"] == ["Ribosome", "Golgi apparatus", "Nucleus"]
    assert facts["powerhouse"]["ask"] == "Which organelle is the powerhouse of the cell?"
    assert facts["powerhouse"]["tags"] == ["Biology::Cells"]
    assert facts["basic-unit"]["text"] == "What is the basic unit of life? {cell|the cell}"
    assert facts["basic-unit"]["tags"] == ["Biology::Cells", "intro"]
    assert facts["embedded"]["text"] == "DNA is found in the {nucleus|cell nucleus} and uses {thymine}."
    assert yaml.safe_load(out.read_text())["title"] == "Cells"
    text = out.read_text()
    assert "question 'Pairs': matching" in text and "question 'Range': numerical range" in text
    assert "question 'TF': true/false" in text


def test_markdown_flashcards_in_the_common_styles(run, tmp_path, cards_of):
    out, facts = _import(run, tmp_path, DATA / "flashcards.md")
    texts = {f["text"] for f in facts.values()}
    assert {"What is the powerhouse of the cell? {The mitochondrion}", "What does DNA stand for? {Deoxyribonucleic acid}",
            "The {nucleus} holds the cell's {DNA}.", "Photosynthesis happens in the {chloroplast}.",
            "The {ribosome} makes proteins.", "osmosis: {diffusion of water through a membrane}",
            "ATP: {adenosine triphosphate}", "adenosine triphosphate: {ATP}"} == texts
    assert facts["chloroplast"]["tags"] == ["Cells"] and facts["atp"]["tags"] == ["Words"]
    assert yaml.safe_load(out.read_text())["title"] == "Biology"


def test_csv_with_a_header_and_tsv_with_columns(run, tmp_path):
    csv_file = tmp_path / "capitals.csv"
    csv_file.write_text('Question,Answer,Wrong 1,Wrong 2,Tags,Extra\n'
                        '"What is the capital of France?",Paris,Lyon,Marseille,"geo, europe",Since 508\n'
                        'The capital of Spain?,Madrid,Seville,Valencia,geo,\n', encoding="utf-8")
    _, facts = _import(run, tmp_path, csv_file)
    assert facts["paris"] == {"id": "paris", "text": "What is the capital of France? {Paris}",
                              "ask": "What is the capital of France?", "distractors": ["Lyon", "Marseille"],
                              "tags": ["geo", "europe"], "note": "Since 508"}
    tsv_file = tmp_path / "cloze.tsv"
    tsv_file.write_text("The {{c1::Seine}} flows through Paris.\tgeo\nc2\t\n", encoding="utf-8")
    out = tmp_path / "tsv.yaml"
    status, _, err = run("import", tsv_file, "-o", out, "--columns", "text,tags")
    assert status == 0, err
    facts = yaml.safe_load(out.read_text())["facts"]
    assert facts[0]["text"] == "The {Seine} flows through Paris." and facts[0]["tags"] == ["geo"]
    assert "row 2: no blank" in out.read_text()


def test_quizlet_with_chosen_separators(run, tmp_path):
    source = tmp_path / "set.txt"
    source.write_text("perro - dog;gato - cat;casa - house", encoding="utf-8")
    _, facts = _import(run, tmp_path, source, "--separator", " - ", "--card-separator", ";", "--from", "quizlet")
    assert [f["text"] for f in facts.values()] == ["perro: {dog}", "gato: {cat}", "casa: {house}"]


@pytest.mark.parametrize("name, content, args, message", [
    ("few.csv", "question,answer,tags\nonly one cell\n", (), "row 2 has 1 column(s)"),
    ("noheader.csv", "hablar,to speak\n", (), "does not name the columns"),
    ("latin1.csv", "question,answer\ncaf\xe9,coffee\n", (), "not UTF-8"),
    ("set.txt", "perro dog\n", ("--from", "quizlet"), "card 1 has no separator"),
    ("notes.pdf", "x", (), "cannot tell what kind of file"),
    ("bad.xml", "<quiz><question>", (), "not well-formed XML"),
    ("bad.gift", "::Q:: What? {=a ~b\n", (), "never closed"),
    ("cards.md", "Q: a question without its answer\n", (), "has no `A:` line"),
])
def test_bad_input_is_one_line_naming_the_file_and_exit_2(run, tmp_path, name, content, args, message):
    source = tmp_path / name
    source.write_bytes(content.encode("latin-1"))
    out = tmp_path / "out.yaml"
    status, _, err = run("import", source, "-o", out, *args)
    assert status == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(source) in lines[0] and message in lines[0] and "Fix:" in lines[0]
    assert not out.exists() and not list(tmp_path.glob(".out.yaml*"))


def test_nothing_is_overwritten_without_force(run, tmp_path):
    source = tmp_path / "set.txt"
    source.write_text("perro\tdog\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    out.write_text("my curated deck\n")
    status, _, err = run("import", source, "-o", out)
    assert status == 2 and "already exists" in err
    assert out.read_text() == "my curated deck\n"
    assert run("import", source, "-o", out, "--force")[0] == 0
    assert "perro: {dog}" in out.read_text()
