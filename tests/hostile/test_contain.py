"""Hostile decks against every command that reads them: a deck never reaches outside its folder, no
deck text runs (as a spreadsheet formula, a link, a terminal escape), and a duplicate YAML key is an
error. See docs/safety.md for each rule and limit.

The table is command x case -> exit status and the shape of stderr: a refused deck gets exactly one
line `DECK:LINE: error: FIELD: MESSAGE Fix: ...` and exit 2, and no output file is written. Each case
is a small deck written here; the few that need a real consumer (openpyxl, Anki's own backend,
Textual's Pilot) follow the table.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import textwrap
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
import yaml

from quizgen.cli import main

#: A 1x1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
ARTICLE = "Russian actress Yulia Peresild plays the lead role in Challenge. It was shot on the ISS.\n"
#: Every control character a terminal acts on, and the bidirectional controls that reorder what follows
#: them: none of them allowed to reach a terminal.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

DECK = """\
title: Hostile
id: hostile
pools:
  person: [Anton Shkaplerov, Valentina Tereshkova, Yuri Gagarin, Oleg Novitsky, Alena Mordovina, Vladimir Mashkov]
{sources}facts:
  - id: lead
    text: "{{Yulia Peresild}} plays the lead role in Challenge."
    type: person
    distractors: [Alena Mordovina, Irina Alfyorova, Yulia Snigir]
{extra}"""


def image_deck(image: str) -> str:
    return DECK.format(sources="", extra=f"    image: {image}\n")


def source_deck(file: str) -> str:
    return DECK.format(sources=f"sources:\n  article: {{file: {file}, title: Article}}\n",
                       extra="    source: article\n")


def _nothing(folder: Path) -> list[str]:
    return []


@dataclass(frozen=True)
class Case:
    """A hostile deck: `build(folder)` writes it (and the files it names) into `folder`, returning
    extra arguments for the command; `status` and `message` (a regex on the one stderr line, after
    `DECK:LINE: error: FIELD: `) are what every command must give."""

    name: str
    deck: str
    build: Callable[[Path], list[str]] = _nothing
    status: int = 2
    field: str | None = None
    message: str = ""


def _png(relative: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(PNG)
        return []
    return build


def _article(relative: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")
        return []
    return build


def _symlink(name: str, target: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        (folder / name).symlink_to(target)
        return []
    return build


def _fifo(name: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        os.mkfifo(folder / name)
        return []
    return build


def _sparse(name: str, head: bytes = b"", size: int = 3 * 2**30) -> Callable[[Path], list[str]]:
    """A 3 GB file that takes no disk space."""
    def build(folder: Path) -> list[str]:
        with open(folder / name, "wb") as handle:
            handle.write(head)
            handle.truncate(size)
        return []
    return build


def _text_as(name: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        (folder / name).write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
        return []
    return build


def _svg(name: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        (folder / name).write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
                                   encoding="utf-8")
        return []
    return build


def _outside_png(folder: Path) -> list[str]:
    """An image in a sibling folder the user names with --allow-outside."""
    shared = folder.parent / "shared"
    shared.mkdir()
    (shared / "crew.png").write_bytes(PNG)
    return ["--allow-outside", str(shared)]


def _outside_article(folder: Path) -> list[str]:
    shared = folder.parent / "articles"
    shared.mkdir()
    (shared / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return ["--allow-outside", str(shared)]


def _allow_dev(folder: Path) -> list[str]:
    return ["--allow-outside", "/dev"]


def _allow_proc(folder: Path) -> list[str]:
    return ["--allow-outside", "/proc"]


def _inside_link(folder: Path) -> list[str]:
    (folder / "img").mkdir()
    (folder / "img" / "crew.png").write_bytes(PNG)
    (folder / "alias.png").symlink_to(Path("img") / "crew.png")
    return []


#: `<<: *base` then a key of its own: the own key wins, as YAML says; not a duplicate.
MERGE_DECK = """\
title: Merged
id: merged
pools:
  person: [Anton Shkaplerov, Valentina Tereshkova, Yuri Gagarin, Oleg Novitsky, Alena Mordovina, Vladimir Mashkov]
facts:
  - &base
    id: lead
    text: "{Yulia Peresild} plays the lead role in Challenge."
    type: person
    distractors: [Alena Mordovina, Irina Alfyorova, Yulia Snigir]
  - <<: *base
    id: director
    text: "{Klim Shipenko} directed Challenge."
"""

OUTSIDE = r"outside the deck's folder"
FIX_OUTSIDE = r"Fix: .*--allow-outside"

CASES = [
    # -- a deck must not reach outside its folder ------------------------------------------------
    Case("image-parent", image_deck("../../../../../../../../etc/passwd"), field="facts[1].image",
         message=OUTSIDE + ".*" + FIX_OUTSIDE),
    Case("image-proc", image_deck("/proc/self/environ"), field="facts[1].image", message=OUTSIDE),
    Case("image-symlink-out", image_deck("crew.png"), _symlink("crew.png", "/etc/passwd"),
         field="facts[1].image", message="symlink.*" + OUTSIDE),
    Case("image-not-image", image_deck("crew.png"), _text_as("crew.png"), field="facts[1].image",
         message="not an image"),
    Case("image-svg", image_deck("crew.svg"), _svg("crew.svg"), field="facts[1].image",
         message="not an image.*PNG, JPEG, GIF or WebP"),
    Case("image-fifo", image_deck("crew.png"), _fifo("crew.png"), field="facts[1].image",
         message="not a regular file"),
    Case("image-dev-zero", image_deck("/dev/zero"), _allow_dev, field="facts[1].image",
         message="not a regular file"),
    Case("image-3gb", image_deck("crew.png"), _sparse("crew.png", PNG), field="facts[1].image",
         message=r"3\.2 GB.*limit.* is 10 MB"),
    Case("source-parent", source_deck("../../../../../../../../etc/passwd"), field="sources.article.file",
         message=OUTSIDE),
    Case("source-shadow", source_deck("/etc/shadow"), field="sources.article.file", message=OUTSIDE),
    Case("source-proc", source_deck("/proc/self/environ"), field="sources.article.file", message=OUTSIDE),
    Case("source-symlink-out", source_deck("article.txt"), _symlink("article.txt", "/etc/passwd"),
         field="sources.article.file", message="symlink.*" + OUTSIDE),
    Case("source-fifo", source_deck("article.txt"), _fifo("article.txt"), field="sources.article.file",
         message="not a regular file"),
    Case("source-dev-zero", source_deck("/dev/zero"), _allow_dev, field="sources.article.file",
         message="not a regular file"),
    Case("source-3gb", source_deck("article.txt"), _sparse("article.txt"), field="sources.article.file",
         message=r"3\.2 GB.*limit.* is 10 MB"),
    # What is allowed: files inside the folder (through a symlink that stays inside, too), and a
    # folder the user names.
    Case("image-inside", image_deck("img/crew.png"), _png("img/crew.png"), status=0),
    Case("image-symlink-inside", image_deck("alias.png"), _inside_link, status=0),
    Case("image-allowed-outside", image_deck("../shared/crew.png"), _outside_png, status=0),
    Case("source-inside", source_deck("texts/a.txt"), _article("texts/a.txt"), status=0),
    Case("source-allowed-outside", source_deck("../articles/a.txt"), _outside_article, status=0),
    # -- duplicate keys are errors ----------------------------------------------------------------
    Case("duplicate-facts", DECK.format(sources="", extra="") + "facts:\n  - text: \"{Klim Shipenko} directed it.\"\n",
         field="facts", message=r"`facts` is given twice in this mapping \(first on line 5\).*Fix: "),
    Case("duplicate-text", DECK.format(sources="", extra="    text: \"{Klim Shipenko} directed it.\"\n"),
         field="facts[1].text", message=r"`text` is given twice.*first on line 7"),
    Case("duplicate-title", "title: One\n" + DECK.format(sources="", extra=""), field="title",
         message=r"`title` is given twice.*first on line 1"),
    Case("duplicate-source-key", DECK.format(sources="sources:\n  a: {title: A, title: B}\n", extra=""),
         field="sources.a.title", message="`title` is given twice"),
    Case("duplicate-pool", DECK.format(sources="", extra="").replace("pools:\n", "pools:\n  person: [Klim Shipenko]\n"),
         field="pools.person",
         message="`person` is given twice"),
    Case("duplicate-in-flow", DECK.format(sources="", extra="    tags: {a: 1, a: 2}\n"), field="facts[1].tags.a",
         message="`a` is given twice"),
    Case("merge-key-override", MERGE_DECK, status=0),
]

CASES_BY_NAME = {case.name: case for case in CASES}

#: Every command that reads decks: how to run it on one deck, with OUT a fresh output path.
COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "check": lambda deck, out: ["check", "--strict", str(deck)],
    "cards": lambda deck, out: ["cards", str(deck)],
    "cards-json": lambda deck, out: ["cards", "--json", str(deck)],
    "lint": lambda deck, out: ["lint", str(deck)],
    "export": lambda deck, out: ["export", "anki", str(deck), "-o", str(out / "deck.apkg")],
    "quiz": lambda deck, out: ["quiz", str(deck), "-o", str(out / "quiz"), "--format", "md,html,kahoot,moodle"],
    "stats": lambda deck, out: ["stats", "--db", str(out / "c.sqlite3"), str(deck)],
}
#: `study` opens the app once the decks are read: only run for decks that must be refused.
REFUSING_ONLY = {"study": lambda deck, out: ["study", "--db", str(out / "c.sqlite3"), str(deck)]}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def write_case(case: Case, tmp_path: Path) -> tuple[Path, list[str]]:
    folder = tmp_path / "project" / "decks"
    folder.mkdir(parents=True)
    deck = folder / "hostile.yaml"
    deck.write_text(textwrap.dedent(case.deck), encoding="utf-8")
    return deck, case.build(folder)


def _pairs() -> list[tuple[str, Case]]:
    pairs = [(command, case) for case in CASES for command in COMMANDS]
    pairs += [(command, case) for case in CASES if case.status != 0 for command in REFUSING_ONLY]
    return pairs


@pytest.mark.parametrize(("command", "case"), _pairs(), ids=[f"{c}-{k.name}" for c, k in _pairs()])
def test_hostile_deck(command: str, case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                      no_hang: None) -> None:
    deck, extra = write_case(case, tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    argv = {**COMMANDS, **REFUSING_ONLY}[command](deck, out_dir) + extra
    status, out, err = run(argv, capsys)
    if case.status == 0:
        assert status == 0, err
        assert "root:x:0:0" not in out
        return
    assert status == case.status, (out, err)
    lines = err.splitlines()
    assert len(lines) == 1, err  # one clear line
    field = re.escape(case.field) + ": " if case.field else r"(\S+: )?"
    shape = rf"{re.escape(str(deck))}:\d+: error: {field}.*{case.message}.*"
    assert re.fullmatch(shape, lines[0]) and re.search(r"\. Fix: \S", lines[0]), lines[0]
    assert "root:x:0:0" not in err + out
    assert [p.name for p in out_dir.iterdir() if p.name != "c.sqlite3"] == [], "an output was written"


# -- what the table cannot show: a file swapped after the deck was read -----------------------------

def test_a_source_swapped_for_a_symlink_after_reading_is_not_read(tmp_path: Path) -> None:
    """The study app looks a card's source sentence up long after the deck was read: the reader
    checks the file again, so a symlink put in its place shows nothing."""
    from quizgen.core.deckfile import load_decks
    from quizgen.core.sources import source_sentence

    deck, _ = write_case(CASES_BY_NAME["source-inside"], tmp_path)
    [loaded] = load_decks([deck]).decks
    fact = loaded.facts[0]
    assert source_sentence(loaded.sources, fact.sources, (), fact.full_text, "Yulia Peresild") is not None
    secret = tmp_path / "secret.txt"
    secret.write_text("Yulia Peresild: root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    article = deck.parent / "texts" / "a.txt"
    article.unlink()
    article.symlink_to(secret)
    from quizgen.core import sources
    sources._sentences.cache_clear()  # the first look-up is kept: forget it, as a new process would
    assert source_sentence(loaded.sources, fact.sources, (), fact.full_text, "Yulia Peresild") is None


def test_an_image_swapped_after_reading_is_not_packaged(tmp_path: Path) -> None:
    from quizgen.core.deckfile import load_decks
    from quizgen.core.problems import InputError
    from quizgen.export.anki.notes import read_media

    deck, _ = write_case(CASES_BY_NAME["image-inside"], tmp_path)
    decks = load_decks([deck]).decks
    image = deck.parent / "img" / "crew.png"
    image.unlink()
    image.symlink_to("/etc/passwd")
    with pytest.raises(InputError) as caught:
        read_media(decks)
    [problem] = caught.value.problems
    assert problem.field == "facts[lead].image" and "symlink" in problem.message and problem.fix


def test_a_cached_deck_whose_source_becomes_a_symlink_is_read_again_and_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The card cache keeps a deck's cards between runs: a named file that now leads elsewhere makes
    the entry stale, so the deck is read again, and refused."""
    deck, _ = write_case(CASES_BY_NAME["source-inside"], tmp_path)
    db = tmp_path / "c.sqlite3"
    assert run(["stats", "--db", str(db), str(deck)], capsys)[0] == 0  # the entry is written
    article = deck.parent / "texts" / "a.txt"
    article.unlink()
    article.symlink_to("/etc/passwd")
    status, out, err = run(["stats", "--db", str(db), str(deck)], capsys)
    assert status == 2 and "symlink to /etc/passwd" in err and len(err.splitlines()) == 1


def test_allowing_a_folder_is_part_of_the_cache_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A deck cached while --allow-outside named a folder is not served from the cache without it."""
    deck, extra = write_case(CASES_BY_NAME["source-allowed-outside"], tmp_path)
    db = tmp_path / "c.sqlite3"
    assert run(["stats", "--db", str(db), str(deck), *extra], capsys)[0] == 0
    status, _, err = run(["stats", "--db", str(db), str(deck)], capsys)
    assert status == 2 and "outside the deck's folder" in err


def test_the_bundled_deck_checks_wherever_its_folder_is_with_no_exception_for_it(
        challenge_deck: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The bundled deck cites seeds/ below its own folder: in the package, and in a copy of its folder
    anywhere (a clone beside a non-editable install), under the rule every deck follows."""
    status, out, err = run(["check", str(challenge_deck)], capsys)
    assert status == 0, err
    copy = tmp_path / "clone" / "quizgen" / "bundled" / "decks"
    shutil.copytree(challenge_deck.parent, copy)
    status, out, err = run(["check", str(copy / challenge_deck.name)], capsys)
    assert status == 0, err
    # a deck beside it citing ../ still cannot read the folder above its own
    (copy.parent / "secret.txt").write_text("not the deck's\n", encoding="utf-8")
    (copy / "peek.yaml").write_text("title: Peek\nid: peek\nsources:\n  s:\n    file: ../secret.txt\n"
                                    "facts:\n  - id: a\n    text: \"{Paris} is in France.\"\n    source: s\n",
                                    encoding="utf-8")
    status, out, err = run(["check", str(copy / "peek.yaml")], capsys)
    assert status == 2 and "outside the deck's folder" in err


# -- no text runs -------------------------------------------------------------------------------

#: The answer, its three distractors (each starting with another formula character) and the ask.
FORMULAS = ('=HYPERLINK("http://evil.example","click")', '+HYPERLINK("http://evil.example","go")',
            '-HYPERLINK("http://evil.example","open")', '@HYPERLINK("http://evil.example","see")')
ASK = "=cmd|' /C calc'!A0 is what?"
TITLE = '=HYPERLINK("http://evil.example","Quiz")'


def _formula_deck() -> str:
    """Every text of a Kahoot row starts with a formula character (JSON strings are YAML strings)."""
    return (f"title: {json.dumps(TITLE)}\nid: formulas\nfacts:\n  - id: lead\n"
            f"    text: {json.dumps('The cell holds {' + FORMULAS[0] + '}.')}\n"
            f"    ask: {json.dumps(ASK)}\n    kind: formula\n"
            f"    distractors: {json.dumps(list(FORMULAS[1:]))}\n")


def test_kahoot_cells_are_text_never_formulas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    deck = tmp_path / "formulas.yaml"
    deck.write_text(_formula_deck(), encoding="utf-8")
    status, out, err = run(["quiz", str(deck), "-o", str(tmp_path / "q"), "--format", "kahoot"], capsys)
    assert status == 0, err
    sheet = load_workbook(tmp_path / "q" / "quiz.kahoot.xlsx").active
    cells = {cell.value: cell.data_type for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)}
    hostile = {value: kind for value, kind in cells.items() if value[0] in "=+-@"}
    assert set(hostile) == {TITLE, ASK, *FORMULAS}, hostile  # read back as written
    assert set(hostile.values()) == {"s"}  # every one a text cell
    with zipfile.ZipFile(tmp_path / "q" / "quiz.kahoot.xlsx") as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()  # no formula at all


LINKS = [
    ("javascript:alert(document.cookie)", False),
    ("JaVaScRiPt:alert(1)", False),
    ("  javascript:alert(1)", False),
    ("java\\tscript:alert(1)", False),
    ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", False),
    ("vbscript:msgbox(1)", False),
    ("file:///etc/passwd", False),
    ("//evil.example/x", False),
    ("\\\\\\\\evil.example\\\\x", False),
    ("http:evil", False),
    ("https://example.org/story?a=1&b=2", True),
    ("HTTP://example.org/", True),
    ("notes/week1.html", True),
]


@pytest.mark.parametrize(("url", "linked"), LINKS, ids=[u for u, _ in LINKS])
def test_only_web_and_relative_urls_become_links(url: str, linked: bool) -> None:
    from quizgen.core.links import link_target

    url = url.encode().decode("unicode_escape")
    assert (link_target(url) is not None) is linked


def test_hostile_urls_are_text_in_anki(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Through the real Anki backend: the Source field of each note links only the http(s) source."""
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    sources = "".join(f"  s{i}: {{title: Source {i}, url: \"{url}\"}}\n" for i, (url, _) in enumerate(LINKS))
    facts = "".join(f"  - id: f{i}\n    text: \"{{Yulia Peresild}} plays lead role number {i}.\"\n    type: person\n"
                    f"    source: s{i}\n" for i in range(len(LINKS)))
    deck = tmp_path / "links.yaml"
    deck.write_text(f"title: Links\nid: links\npools:\n  person: [Anton Shkaplerov, Yuri Gagarin, Oleg Novitsky]\n"
                    f"sources:\n{sources}facts:\n{facts}", encoding="utf-8")
    package = tmp_path / "links.apkg"
    status, _, err = run(["export", "anki", str(deck), "-o", str(package)], capsys)
    assert status == 0, err
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions()))
        fields = {}
        for note_id in col.find_notes(""):
            note = col.get_note(note_id)
            if "Text" in note and note.note_type()["name"].endswith("Cloze"):
                fields[note["Text"]] = note["Source"]
    finally:
        col.close()
    assert len(fields) == len(LINKS)
    for i, (url, linked) in enumerate(LINKS):
        [source] = [value for text, value in fields.items() if f"number {i}." in text]
        if linked:
            assert source.startswith("<a href=") and f">Source {i}</a>" in source, source
        else:
            assert "<a" not in source and source.startswith(f"Source {i} ("), source


ESCAPES = {
    "osc-title": "\\e]0;pwned\\a",
    "osc52-clipboard": "\\e]52;c;cm0gLXJmIH4K\\a",
    "clear-screen": "\\e[2J\\e[H",
    "c1-csi": "\\x9b31m",
    "bell-backspace-cr": "\\a\\b\\r",
    "nul-del": "\\0\\x7f",
    # Text that reads one way and is another: an override reverses what follows it, an isolate
    # sets a run apart (on a terminal that lays out right-to-left text, in a PDF, in Anki).
    "bidi-override": "\\u202e\\u202d\\u202c",
    "bidi-embedding": "\\u202a\\u202b",
    "bidi-isolate": "\\u2066\\u2067\\u2068\\u2069",
}
ESCAPE_DECK = """\
title: "Escapes {e} deck"
id: escapes
description: "Described {e} here"
pools:
  person: [Anton Shkaplerov, "Valentina {e}Tereshkova", Yuri Gagarin, Oleg Novitsky]
sources:
  article: {{file: article.txt, title: "Article {e}"}}
facts:
  - id: lead
    text: "{{Yulia Peresild}} plays {e} the lead role in Challenge."
    type: person
    note: "A note {e} here."
    source: article
    tags: ["t{e}"]
  - id: director
    text: "{{Klim {e}Shipenko}} directed Challenge."
    ask: "Who {e} directed Challenge?"
    type: person
    distractors: ["Fyodor {e}Bondarchuk"]
"""


def escape_deck(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "article.txt").write_text(f"Yulia Peresild plays the lead role in Challenge \x1b]0;src\x07 film.\n",
                                        encoding="utf-8")
    deck = folder / "escapes.yaml"
    deck.write_text(ESCAPE_DECK.format(e=ESCAPES[name]), encoding="utf-8")
    return deck


@pytest.mark.parametrize("name", ESCAPES)
def test_terminal_escapes_never_reach_the_terminal(name: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    deck = escape_deck(tmp_path, name)
    for argv in (["cards", str(deck)], ["check", str(deck)], ["lint", str(deck)]):
        status, out, err = run(argv, capsys)
        assert status == 0, err
        assert not CONTROL.search(out + err), (argv, out + err)
    status, out, _ = run(["cards", str(deck)], capsys)
    assert "\\x" in out or "\\u2" in out  # shown, not dropped
    # An error message quoting deck text: an unknown key and an unknown source key.
    deck.write_text(deck.read_text(encoding="utf-8").replace("source: article", f"source: \"art{ESCAPES[name]}\"")
                    .replace("  - id: director", f"  - \"id{ESCAPES[name]}\": x\n    id: director"), encoding="utf-8")
    status, out, err = run(["check", str(deck)], capsys)
    assert status == 2 and len(err.splitlines()) == 2 and not CONTROL.search(err), err
    assert all(re.match(rf"{re.escape(str(deck))}:\d+: error: \S+: .* Fix: ", line) for line in err.splitlines())


#: A family emoji: three people joined by ZERO WIDTH JOINER (U+200D), which prose must keep.
FAMILY = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
#: Invisible format characters that can disguise a name: zero-width space, joiners, word joiner, LRM, BOM.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u200e", "\ufeff", "\u00ad"]


@pytest.mark.parametrize("invisible", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_in_a_key_is_shown_in_the_error_line(invisible: str, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """`te<ZWSP>xt:` looks like `text:` and is not it: the line names the key with the character
    made visible, so the author sees why a key that looks right is unknown."""
    deck = tmp_path / "names.yaml"
    deck.write_text(f'title: Names\nfacts:\n  - "te{invisible}xt": "{{Paris}} is the capital of France."\n',
                    encoding="utf-8")
    status, out, err = run(["check", str(deck)], capsys)
    point = ord(invisible)
    shown = f"te\\x{point:02x}xt" if point <= 0xFF else f"te\\u{point:04x}xt"
    assert status == 2, err
    assert f"facts[1].{shown}: unknown key `{shown}`" in err, err
    assert invisible not in err


def test_prose_keeps_its_joiners_and_error_lines_show_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A zero-width joiner in a fact's text is part of an emoji (and of Persian or Indic words): the
    cards keep it; a line about the fact shows it as `\\u200d`, as every line about a problem shows
    what the file holds."""
    deck = tmp_path / "family.yaml"
    deck.write_text(f'title: Family\nfacts:\n  - text: "A {FAMILY} lives in {{Paris}}."\n', encoding="utf-8")
    status, out, err = run(["cards", "--json", str(deck)], capsys)
    assert status == 0, err
    assert FAMILY in json.loads(out)[0]["text"]
    deck.write_text(deck.read_text(encoding="utf-8") + '    source: "nowhere"\n', encoding="utf-8")
    deck.write_text(deck.read_text(encoding="utf-8").replace("nowhere", f"now{FAMILY}here"), encoding="utf-8")
    status, out, err = run(["check", str(deck)], capsys)
    assert status == 2 and "\\u200d" in err and "\u200d" not in err, err


def test_draft_drops_a_pages_bidirectional_controls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A page's isolates and overrides are its layout, not its text: the drafted deck holds neither
    them nor their escapes, and loads."""
    article = tmp_path / "moon.txt"
    article.write_text("The Moon\n\nIn 1969, \u2068Neil Armstrong\u2069 became the first person to walk on the "
                       "\u202eMoon\u202c. The \u2067Apollo 11\u2069 crew returned to Earth on 24 July 1969.\n",
                       encoding="utf-8")
    output = tmp_path / "moon.yaml"
    status, out, err = run(["draft", str(article), "-o", str(output)], capsys)
    assert status == 0, err
    text = output.read_text(encoding="utf-8")
    assert "Neil Armstrong" in text and not CONTROL.search(text) and "\\u20" not in text, text
    assert run(["check", str(output)], capsys)[0] == 0


@pytest.mark.parametrize("name", ["osc52-clipboard", "c1-csi", "nul-del", "bidi-override"])
def test_quiz_writers_take_control_characters(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every format is written (XML, xlsx and PDF cannot hold a control character: they get the
    visible form), and each parses."""
    import xml.etree.ElementTree as ET

    from openpyxl import load_workbook

    deck = escape_deck(tmp_path, name)
    out_dir = tmp_path / "quiz"
    status, out, err = run(["quiz", str(deck), "-o", str(out_dir), "--versions", "1",
                            "--title", f"Title {yaml.safe_load(chr(34) + ESCAPES[name] + chr(34))}"], capsys)
    assert status == 0, err
    assert not CONTROL.search(out + err)
    names = {path.name for path in out_dir.iterdir()}
    assert {"quiz.kahoot.xlsx", "quiz.moodle.xml", "quiz.qti.zip", "quiz-A.pdf", "quiz-A.html"} <= names, names
    load_workbook(out_dir / "quiz.kahoot.xlsx")
    ET.parse(out_dir / "quiz.moodle.xml")
    for path in out_dir.iterdir():
        if path.suffix in (".md", ".html", ".xml", ".txt", ".json", ".gift"):
            assert not CONTROL.search(path.read_text(encoding="utf-8")), path.name


@pytest.mark.parametrize(("name", "shown"), [("osc52-clipboard", "\\x1b"), ("bidi-override", "\\u202e")])
def test_the_study_app_shows_escapes_as_text(name: str, shown: str, tmp_path: Path) -> None:
    """The real app on the deck, driven by Pilot: the deck list, the card, the answer, the note and
    the source sentence on screen hold no control character (nor a bidirectional one)."""
    import asyncio

    from quizgen.study.cardcache import load_catalog
    from quizgen.study.settings import Settings
    from quizgen.tui.app import create_app

    deck = escape_deck(tmp_path, name)
    app = create_app(load_catalog([deck]), tmp_path / "c.sqlite3", settings=Settings(enable_fuzzing=False))
    screens: list[str] = []

    async def drive() -> None:
        async with app.run_test(size=(100, 36)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            screens.append(app.export_screenshot())
            await pilot.press("enter")  # open the deck
            await app.workers.wait_for_complete()
            await pilot.pause()
            screens.append(app.export_screenshot())
            await pilot.press("a")  # answer the MCQ: the verdict, the fact, the note and the source
            await app.workers.wait_for_complete()
            await pilot.pause()
            screens.append(app.export_screenshot())

    try:
        asyncio.run(drive())
    finally:
        app.close_collection()
    assert "Escapes" in screens[0]  # the deck list
    assert any(shown in screen for screen in screens[1:])
    assert "A note" in screens[2] or "Article" in screens[2]
    for screen in screens:
        assert not CONTROL.search(screen)


def test_a_title_with_three_colons_does_not_nest_in_anki(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    deck = tmp_path / "colons.yaml"
    deck.write_text(DECK.format(sources="", extra="").replace("title: Hostile", "title: \"A:::B::::C :: D\""),
                    encoding="utf-8")
    package = tmp_path / "colons.apkg"
    assert run(["export", "anki", str(deck), "-o", str(package), "--parent", "Top"], capsys)[0] == 0
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions()))
        names = sorted(d.name for d in col.decks.all_names_and_ids())
    finally:
        col.close()
    assert "Top::A:B:C : D" in names and not any(name.startswith("Top::A::") for name in names), names


@pytest.mark.parametrize(("image", "message"), [
    ("../../../../../../../../etc/passwd", "outside the CSV file's folder"),
    ("/proc/self/environ", "outside the CSV file's folder"),
    ("notes.png", "is not an image"),
])
def test_import_copies_no_file_from_outside_the_csv_folder(image: str, message: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """`quizgen import` copies a CSV's images beside the new deck: by the same rule as a deck's."""
    (tmp_path / "notes.png").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    table = tmp_path / "cards.csv"
    table.write_text(f"question,answer,image\nWho plays the lead role in Challenge?,Yulia Peresild,{image}\n",
                     encoding="utf-8")
    status, out, err = run(["import", str(table), "-o", str(tmp_path / "out" / "deck.yaml")], capsys)
    assert status == 2 and len(err.splitlines()) == 1, err
    assert re.fullmatch(rf"{re.escape(str(table))}:2: error: image: row 2: .*{message}.* Fix: \S.*", err.strip()), err
    assert not (tmp_path / "out").exists()


def test_a_file_name_with_escapes_is_shown_visibly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Error lines name files, and a file's name can hold ESC too."""
    status, out, err = run(["check", str(tmp_path / "\x1b]0;pwned\x07.yaml")], capsys)
    assert status == 2 and not CONTROL.search(err) and "\\x1b]0;pwned\\x07.yaml: error: no such file." in err, err


def test_a_deck_read_again_after_an_edit_keeps_its_allowed_folders(tmp_path: Path) -> None:
    """The browser reads a deck again after `e` (edit): with the folders `quizgen study` was given."""
    from quizgen.study.cardcache import load_catalog
    from quizgen.study.edit import reload_deck

    deck, extra = write_case(CASES_BY_NAME["source-allowed-outside"], tmp_path)
    catalog = load_catalog([deck], allow_outside=[Path(extra[1])])
    deck.write_text(deck.read_text(encoding="utf-8").replace("title: Hostile", "title: Edited"), encoding="utf-8")
    assert reload_deck(catalog, "hostile").decks_by_id["hostile"].title == "Edited"


def test_anki_images_of_other_types_are_left_out_of_an_import(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """An Anki package's SVG (or a "png" that is text) is not copied beside the imported deck; the
    deck says so, and a real PNG still comes across."""
    from anki.collection import Collection, DeckIdLimit
    from anki.import_export_pb2 import ExportAnkiPackageOptions

    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        media = Path(col.media.dir())
        (media / "evil.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
        (media / "fake.png").write_text("root:x:0:0:root:/root:/bin/bash\n")
        (media / "dog.png").write_bytes(PNG)
        deck_id = col.decks.id("Pictures")
        for front, picture in (("perro", "evil.svg"), ("gato", "fake.png"), ("pato", "dog.png")):
            note = col.new_note(col.models.by_name("Basic"))
            note["Front"], note["Back"] = f'{front} <img src="{picture}">', f"the {front}"
            col.add_note(note, deck_id)
        package = tmp_path / "pictures.apkg"
        col.export_anki_package(out_path=str(package), limit=DeckIdLimit(deck_id), options=ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=True, legacy=False))
    finally:
        col.close()
    output = tmp_path / "out" / "pictures.yaml"
    output.parent.mkdir()
    status, out, err = run(["import", str(package), "-o", str(output)], capsys)
    assert status == 0, err
    copied = sorted(path.name for path in output.parent.rglob("*") if path.is_file() and path != output)
    assert copied == ["dog.png"], copied
    text = output.read_text(encoding="utf-8")
    assert "image 'evil.svg' was left out" in text and "image 'fake.png' was left out" in text
