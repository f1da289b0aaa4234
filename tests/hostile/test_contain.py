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
import os
import re
import signal
import textwrap
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pytest

from quizgen.cli import main

#: A 1x1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
ARTICLE = "Russian actress Yulia Peresild plays the lead role in Challenge. It was shot on the ISS.\n"
#: Every control character a terminal acts on, none of them allowed to reach one.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

DECK = """\
title: Hostile
id: hostile
pools:
  person: [Anton Shkaplerov, Valentina Tereshkova, Yuri Gagarin, Oleg Novitsky]
{sources}facts:
  - id: lead
    text: "{{Yulia Peresild}} plays the lead role in Challenge."
    type: person
{extra}"""


def image_deck(image: str) -> str:
    return DECK.format(sources="", extra=f"    image: {image}\n")


def source_deck(file: str) -> str:
    return DECK.format(sources=f"sources:\n  article: {{file: {file}, title: Article}}\n",
                       extra="    source: article\n")


@dataclass(frozen=True)
class Case:
    """A hostile deck: `build(folder)` writes it (and the files it names) into `folder`, returning
    extra arguments for the command; `status` and `message` (a regex on the one stderr line, after
    `DECK:LINE: error: FIELD: `) are what every command must give."""

    name: str
    deck: str
    build: Callable[[Path], list[str]] = field(default=lambda folder: [])
    status: int = 2
    field: str | None = None
    message: str = ""


def _nothing(folder: Path) -> list[str]:
    return []


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
  person: [Anton Shkaplerov, Valentina Tereshkova, Yuri Gagarin, Oleg Novitsky]
facts:
  - &base
    id: lead
    text: "{Yulia Peresild} plays the lead role in Challenge."
    type: person
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
    Case("duplicate-pool", DECK.format(sources="", extra="").replace("pools:\n", "pools:\n  person: [Klim Shipenko]\n"), field="pools.person",
         message="`person` is given twice"),
    Case("duplicate-in-flow", DECK.format(sources="", extra="    tags: {a: 1, a: 2}\n"), field="facts[1].tags.a",
         message="`a` is given twice"),
    Case("merge-key-override", MERGE_DECK, status=0),
]

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


@pytest.fixture
def no_hang() -> Iterator[None]:
    """A read that blocks (a FIFO) fails the test instead of hanging the run."""
    def expire(signum: int, frame: object) -> None:
        raise TimeoutError("the command blocked: it opened a FIFO or a device")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(30)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


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
