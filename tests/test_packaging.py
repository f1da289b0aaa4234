"""A plain (non-editable) install holds what quizgen reads at run time: the bundled deck, the articles it
cites, the styles and templates. Built as pip builds it for `pip install .` or pipx, from a copy of
the source tree (an in-tree build would leave build/ behind and could pick stale files from it)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_a_wheel_install_finds_the_bundled_deck(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    shutil.copytree(REPO / "quizgen", source / "quizgen", ignore=shutil.ignore_patterns("__pycache__"))
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)],
                   check=True, capture_output=True)
    (wheel,) = wheels.glob("quizgen-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"quizgen/bundled/decks/challenge.yaml", "quizgen/bundled/decks/seeds/000_14ba5daab466d46c.txt",
            "quizgen/tui/screens/review.tcss", "quizgen/quiz/quiz.typ", "quizgen/core/data/people.tsv",
            "quizgen/core/data/wordnet_people.tsv", "quizgen/core/data/wordnet_places.tsv",
            "quizgen/core/data/wordnet_events.tsv", "quizgen/core/data/LICENSE.wordnet"} <= names
    assert not any(name.startswith(("quizgen_benchmarks/", "tests/")) for name in names)

    target = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True,
                   capture_output=True)
    # The installed copy (first on the path), not this checkout: the default decks load, sources and all.
    check = (
        "import quizgen, sys; from pathlib import Path\n"
        "from quizgen.core.deckfile import default_decks_dir, load_decks\n"
        f"assert Path(quizgen.__file__).is_relative_to({str(target)!r}), quizgen.__file__\n"
        "deck, = load_decks([default_decks_dir()]).decks\n"
        "print(deck.id, len(deck.facts), all(s.file.is_file() for s in deck.sources.values()))\n"
        "from quizgen.core import instances, people\n"  # the WordNet tables, read from the installed copy
        "print(people.lookup('Hudson Hoagland').born, bool(instances.event_spans_named('during the Somme')))\n"
    )
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, cwd=tmp_path,
                          env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["challenge", "39", "True", "1899", "True"]
