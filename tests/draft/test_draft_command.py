"""`quizgen draft` end to end: a deck that passes `quizgen check`, never a clobbered file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from quizgen.cli import main
from quizgen.core.deckfile import load_decks

REPO = Path(__file__).resolve().parents[2]
SEEDS = [REPO / "quizgen" / "bundled" / "decks" / "seeds" / "000_14ba5daab466d46c.txt", REPO / "quizgen" / "bundled" / "decks" / "seeds" / "001_6ba98531eb8c7951.txt"]


@pytest.fixture(scope="module")
def seed_deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A deck drafted from the seeds copied under its folder (a deck names files inside its folder)."""
    folder = tmp_path_factory.mktemp("decks")
    (folder / "sources").mkdir()
    copies = [folder / "sources" / seed.name for seed in SEEDS]
    for seed, copy in zip(SEEDS, copies):
        copy.write_bytes(seed.read_bytes())
    out = folder / "challenge-draft.yaml"
    assert main(["draft", *map(str, copies), "-o", str(out)]) == 0
    return out


def test_sources_outside_the_deck_folder_are_cited_by_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """The deck may not name a file outside its folder: the draft cites the source by its title (a
    comment says where the file is), and the facts' quotes keep their sentences."""
    out = tmp_path / "decks" / "outside.yaml"
    out.parent.mkdir()
    assert main(["draft", str(SEEDS[0]), "-o", str(out)]) == 0
    assert main(["check", str(out)]) == 0
    deck = load_decks([out]).decks[0]
    [source] = deck.sources.values()
    assert source.file is None and source.title
    assert "is outside the deck's folder" in out.read_text(encoding="utf-8")
    assert all(fact.quote for fact in deck.facts)


def test_drafted_deck_passes_check(seed_deck: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["check", str(seed_deck)]) == 0
    assert "ok: 1 deck" in capsys.readouterr().out


def test_drafted_deck_reads_like_a_curated_one(seed_deck: Path):
    text = seed_deck.read_text(encoding="utf-8")
    assert text.startswith("# Drafted by `quizgen draft` from 2 document(s)")
    deck = load_decks([seed_deck]).decks[0]
    assert deck.id == "challenge-draft"
    assert set(deck.sources) == {"russian-film-crew", "onboard-international-space"}
    assert deck.sources["russian-film-crew"].file == (seed_deck.parent / "sources" / SEEDS[0].name).resolve()
    ids = [f.id for f in deck.facts]
    assert "peresild-chosen-role" in ids
    assert all(part for i in ids for part in i.split("-"))
    # Skipped sentences are listed for the curator, with the reason.
    assert "broken or truncated: The cosmonauts were able to obtain the by" in text
    assert "boilerplate: This is a condensed version of the information." in text


def test_every_quote_is_an_exact_sentence_of_its_source(seed_deck: Path):
    deck = load_decks([seed_deck]).decks[0]
    texts = {key: source.file.read_text(encoding="utf-8") for key, source in deck.sources.items()}
    for fact in deck.facts:
        assert len(fact.quote) == len(fact.sources)
        for key, quote in zip(fact.sources, fact.quote):
            assert quote in texts[key]


def test_facts_keep_document_order(seed_deck: Path):
    deck = load_decks([seed_deck]).decks[0]
    original = SEEDS[0].read_text(encoding="utf-8")
    positions = [original.index(f.quote[0]) for f in deck.facts if f.sources[0] == "russian-film-crew"]
    assert positions == sorted(positions)


def test_nothing_left_out_becomes_a_fact(seed_deck: Path):
    deck = load_decks([seed_deck]).decks[0]
    quotes = " ".join(q for f in deck.facts for q in f.quote)
    for junk in ("condensed version", "obtain the by", "seen here", "Getty"):
        assert junk not in quotes


def test_existing_file_is_never_overwritten_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "mine.yaml"
    out.write_text("title: my curated deck\n", encoding="utf-8")
    assert main(["draft", str(SEEDS[0]), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "title: my curated deck\n"
    assert main(["draft", str(SEEDS[0]), "-o", str(out), "--force"]) == 0
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["title"].startswith("Draft: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.yaml"]  # no temporary file left


def test_bad_sources_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    nothing = tmp_path / "nothing.txt"
    nothing.write_text("Menu\n\nHome\n\nWhat is this?\n", encoding="utf-8")
    assert main(["draft", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "a.yaml")]) == 2
    assert "missing.txt: error: no such file." in capsys.readouterr().err
    assert main(["draft", str(nothing), "-o", str(tmp_path / "b.yaml")]) == 2
    assert "no sentence stating a checkable fact" in capsys.readouterr().err
    assert not (tmp_path / "a.yaml").exists() and not (tmp_path / "b.yaml").exists()


def test_html_and_markdown_sources_draft_together(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Apollo 11</title></head><body><nav><a href='/'>Home</a></nav><article>"
        "<h1>Apollo 11</h1><p>Neil Armstrong and Buzz Aldrin landed on the Moon on July 20, 1969, in the "
        "lunar module Eagle.</p><p>Astronaut Michael Collins stayed in orbit aboard Columbia for about 21 hours.</p>"
        "</article><footer>All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    notes = tmp_path / "notes.md"
    notes.write_text("# Apollo notes\n\nAstronaut Neil Armstrong and Buzz Aldrin landed on the Moon on July 20, 1969.\n",
                     encoding="utf-8")
    out = tmp_path / "apollo.yaml"
    assert main(["draft", str(page), str(notes), "-o", str(out)]) == 0
    deck = load_decks([out]).decks[0]
    landing = [f for f in deck.facts if "July 20, 1969" in f.full_text]
    assert len(landing) == 1 and len(landing[0].sources) == 2
    assert deck.sources[landing[0].sources[0]].file == page.resolve()


def test_works_offline_in_a_real_process(tmp_path: Path):
    """No network at run time: sockets fail in this process, and drafting still works."""
    out = tmp_path / "offline.yaml"
    code = (
        "import socket, sys\n"
        "def refuse(*a, **k): raise OSError('network disabled in this test')\n"
        "socket.socket.connect = refuse\nsocket.create_connection = refuse\nsocket.getaddrinfo = refuse\n"
        "from quizgen.cli import main\n"
        f"sys.exit(main(['draft', {str(SEEDS[0])!r}, {str(SEEDS[1])!r}, '-o', {str(out)!r}]))\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "NLTK_DATA": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert load_decks([out]).decks[0].facts
