"""Shared fixtures: paths into the repository; every test's temporary files in RAM where the machine allows.

The study collection syncs every answer to disk (`synchronous=FULL`), and a disk sync costs ~10 ms
on a shared machine: hundreds of them in the TUI tests. So, unless `--basetemp` is given, the run's
temporary folder goes under /dev/shm (a RAM file system, where a sync costs nothing), one folder
per run so that runs at the same time never share one, removed when the run ends. No test depends
on where its files live: the kill -9 tests kill processes, and a killed process's written pages
survive it either way.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RAM_FOLDER = Path("/dev/shm")


def pytest_configure(config: pytest.Config) -> None:
    if config.option.basetemp or hasattr(config, "workerinput"):  # given, or a worker (xdist passes it down)
        return
    if RAM_FOLDER.is_dir() and os.access(RAM_FOLDER, os.W_OK) and shutil.disk_usage(RAM_FOLDER).free > 2**30:
        config.option.basetemp = tempfile.mkdtemp(prefix="quizgen-tests-", dir=RAM_FOLDER)
        config.stash[_RAM_BASETEMP] = config.option.basetemp


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_RAM_BASETEMP, None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


_RAM_BASETEMP = pytest.StashKey[str]()


@pytest.fixture
def repo_root() -> Path:
    return REPO


@pytest.fixture
def challenge_deck() -> Path:
    return REPO / "quizgen" / "bundled" / "decks" / "challenge.yaml"


@pytest.fixture(autouse=True)
def card_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test (and every process it starts) uses a card cache of its own, never the user's."""
    path = tmp_path_factory.mktemp("card-cache")
    monkeypatch.setenv("QUIZGEN_CACHE", str(path))
    return path


@pytest.fixture(autouse=True)
def config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test (and every process it starts) has a config folder of its own (settings.toml, the
    library), never the user's: an empty one, so commands without DECK use the bundled deck."""
    path = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("QUIZGEN_CONFIG_DIR", str(path))
    return path
