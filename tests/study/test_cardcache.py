"""The card cache: a catalog read from it equals one generated afresh, and it never hides a change."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.core.deckfile import load_decks
from quizgen.core.generator import DEFAULT_SEED
from quizgen.core.problems import InputError
from quizgen.study import cardcache
from quizgen.study.cardcache import load_catalog
from quizgen.study.catalog import Catalog

REPO = Path(__file__).resolve().parents[2]


def _fresh(paths: list[Path], seed: int = DEFAULT_SEED) -> Catalog:
    decks = load_decks(paths, with_warnings=False).decks
    return Catalog.generate(decks, seed=seed)


def _same(a: Catalog, b: Catalog) -> None:
    assert a.decks == b.decks
    assert a.ids() == b.ids()
    assert [a.card(cid) for cid in a.ids()] == [b.card(cid) for cid in b.ids()]
    assert a.cards() == b.cards()  # in deck order too


def _no_deck_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the deck file was read although its cache entry is current")

    monkeypatch.setattr(cardcache, "load_decks", refuse)


def test_a_cached_catalog_is_the_generated_one(deck_dir: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    decks = [deck_dir, REPO / "quizgen" / "bundled" / "decks"]
    first = load_catalog(decks, seed=3, cache_dir=cache)
    assert len(list(cache.glob("*.cards"))) == 2
    _same(first, _fresh(decks, seed=3))
    _no_deck_reading(monkeypatch)
    again = load_catalog(decks, seed=3, cache_dir=cache)
    _same(again, _fresh(decks, seed=3))
    # The source sentence is found from the cache alone, as from the deck.
    card = again.card("space:actress:1:cloze")
    assert again.source(card) == first.source(card)
    assert again.source(card) is not None


def test_an_edit_another_seed_or_other_code_is_never_served_stale(deck_dir: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    load_catalog([deck_dir], cache_dir=cache)
    deck = deck_dir / "space.yaml"
    deck.write_text(deck.read_text().replace("{12} days", "{13} days"))
    edited = load_catalog([deck_dir], cache_dir=cache)
    assert edited.card("space:days:1:cloze").answer == "13"
    _same(edited, _fresh([deck_dir]))
    _same(load_catalog([deck_dir], seed=9, cache_dir=cache), _fresh([deck_dir], seed=9))
    monkeypatch.setattr(cardcache, "code_fingerprint", lambda: "another quizgen")
    calls = []
    real = cardcache.load_decks
    monkeypatch.setattr(cardcache, "load_decks", lambda *a, **k: calls.append(a) or real(*a, **k))
    load_catalog([deck_dir], cache_dir=cache)
    assert len(calls) == 1


def test_a_deck_broken_after_caching_is_still_reported(deck_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_catalog([deck_dir], cache_dir=cache)
    deck = deck_dir / "space.yaml"
    deck.write_text(deck.read_text().replace("type: number", "type: nonsense"))
    with pytest.raises(InputError, match="nonsense"):
        load_catalog([deck_dir], cache_dir=cache)


def test_a_missing_source_file_is_reported_even_with_a_current_entry(deck_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_catalog([deck_dir], cache_dir=cache)
    (deck_dir / "article.txt").unlink()
    with pytest.raises(InputError) as raised:
        load_catalog([deck_dir], cache_dir=cache)
    assert any("article.txt" in str(problem) for problem in raised.value.problems)


def test_a_damaged_entry_is_regenerated(deck_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_catalog([deck_dir], cache_dir=cache)
    (entry,) = cache.glob("*.cards")
    entry.write_bytes(entry.read_bytes()[:100])
    _same(load_catalog([deck_dir], cache_dir=cache), _fresh([deck_dir]))
    assert len(entry.read_bytes()) > 100  # written again, whole


def test_an_empty_cache_setting_turns_it_off(deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZGEN_CACHE", "")
    assert cardcache.default_cache_dir() is None
    _same(load_catalog([deck_dir]), _fresh([deck_dir]))
    monkeypatch.setenv("QUIZGEN_CACHE", str(tmp_path / "elsewhere"))
    load_catalog([deck_dir])
    assert len(list((tmp_path / "elsewhere").glob("*.cards"))) == 1


def test_two_cached_decks_with_one_id_are_refused(deck_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    twin = tmp_path / "twin"
    twin.mkdir()
    (twin / "space.yaml").write_text((deck_dir / "space.yaml").read_text())
    (twin / "article.txt").write_text((deck_dir / "article.txt").read_text())
    load_catalog([deck_dir], cache_dir=cache)
    load_catalog([twin], cache_dir=cache)
    with pytest.raises(InputError, match="also the id of"):
        load_catalog([deck_dir, twin], cache_dir=cache)


def test_editing_one_deck_regenerates_that_deck_only(deck_dir: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    other = deck_dir / "other.yaml"
    other.write_text((deck_dir / "space.yaml").read_text().replace("id: space", "id: other"))
    load_catalog([deck_dir], cache_dir=cache)
    other.write_text(other.read_text().replace("{12} days", "{14} days"))
    read: list[list[Path]] = []
    real = cardcache.load_decks
    monkeypatch.setattr(cardcache, "load_decks", lambda paths, **k: read.append(list(paths)) or real(paths, **k))
    catalog = load_catalog([deck_dir], cache_dir=cache)
    assert read == [[other]]
    assert catalog.card("other:days:1:cloze").answer == "14"
    assert catalog.card("space:days:1:cloze").answer == "12"
    _same(catalog, _fresh([deck_dir]))


def _library(tmp_path: Path, deck_dir: Path) -> list[Path]:
    """Four deck files in one folder: the test deck and three of the quality corpus."""
    folder = tmp_path / "library"
    folder.mkdir()
    for source in [deck_dir / "space.yaml", *sorted((REPO / "tests" / "quality" / "corpus").glob("*.yaml"))[:3]]:
        (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "article.txt").write_text((deck_dir / "article.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return sorted(folder.glob("*.yaml"))


def test_decks_generated_in_processes_of_their_own_are_the_decks_generated_here(
        deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cardcache, "PARALLEL_BYTES", 0)  # these decks are small: use processes anyway
    paths = _library(tmp_path, deck_dir)
    cache = tmp_path / "cache"
    apart = load_catalog(paths, seed=5, cache_dir=cache, processes=2)
    # Each deck was generated elsewhere and read back from the entry its process wrote.
    assert all(isinstance(apart.part(info.id), cardcache.CachedDeckCards) for info in apart.decks)
    assert len(list(cache.glob("*.cards"))) == len(paths)
    _same(apart, _fresh(paths, seed=5))
    assert [apart.part(i.id).new_ids for i in apart.decks] == [_fresh(paths, 5).part(i.id).new_ids for i in apart.decks]
    _no_deck_reading(monkeypatch)
    _same(load_catalog(paths, seed=5, cache_dir=cache, processes=2), apart)


def test_a_bad_deck_among_decks_generated_apart_is_reported_as_it_is_here(
        deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cardcache, "PARALLEL_BYTES", 0)
    paths = _library(tmp_path, deck_dir)
    paths[1].write_text(paths[1].read_text(encoding="utf-8").replace("facts:", "fact:", 1), encoding="utf-8")
    with pytest.raises(InputError) as here:
        load_catalog(paths, cache_dir=tmp_path / "cache-1")
    with pytest.raises(InputError) as apart:
        load_catalog(paths, cache_dir=tmp_path / "cache-2", processes=2)
    assert str(apart.value) == str(here.value)
    errors_here: dict[Path, InputError] = {}
    errors_apart: dict[Path, InputError] = {}
    kept_here = load_catalog(paths, cache_dir=tmp_path / "cache-3", on_error=errors_here.__setitem__)
    kept_apart = load_catalog(paths, cache_dir=tmp_path / "cache-4", on_error=errors_apart.__setitem__, processes=2)
    assert list(errors_apart) == list(errors_here) == [paths[1]]
    assert str(errors_apart[paths[1]]) == str(errors_here[paths[1]])
    _same(kept_apart, kept_here)


def test_a_cache_that_cannot_be_written_leaves_decks_generated_here(
        deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cardcache, "PARALLEL_BYTES", 0)
    paths = _library(tmp_path, deck_dir)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    catalog = load_catalog(paths, cache_dir=blocked, processes=2)
    assert not any(isinstance(catalog.part(i.id), cardcache.CachedDeckCards) for i in catalog.decks)
    _same(catalog, _fresh(paths))


def test_a_start_never_reads_the_warnings_and_export_gets_them_as_check_gives_them(
        deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from quizgen.core.checks import deck_warnings

    cache = tmp_path / "cache"
    (deck_dir / "weak.yaml").write_text('title: Weak\nfacts:\n  - text: "{Zorblax} is a word."\n'
                                        '  - text: "{Shipenko} directed it; Shipenko also produced it."\n')
    load_catalog([deck_dir], cache_dir=cache)
    decks = load_decks([deck_dir], with_warnings=False).decks
    expected = [w for deck in decks for w in deck_warnings(deck)]
    assert len(expected) >= 2
    assert cardcache.checked_parts(decks, cache_dir=cache)[1] == expected
    for entry in cache.glob("*.cards"):
        with sqlite3.connect(entry) as db:  # a warnings blob that does not decode: read, it would fail
            db.execute("UPDATE entry SET warnings = x'00', deck_file = x'00'")  # nor the deck
    with monkeypatch.context() as patched:
        _no_deck_reading(patched)
        _same(load_catalog([deck_dir], cache_dir=cache), _fresh([deck_dir]))
    # Asked for, damaged: the deck read afresh says them.
    assert cardcache.checked_parts(decks, cache_dir=cache)[1] == expected


def test_a_settled_deck_is_known_unchanged_from_its_stat_and_any_change_is_still_seen(
        deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    cache = tmp_path / "cache"
    deck = deck_dir / "space.yaml"
    load_catalog([deck_dir], cache_dir=cache)
    assert not list(cache.glob("*.key"))  # just written: its stat does not yet stand for its bytes
    monkeypatch.setattr(cardcache, "SETTLED_NS", 0)  # from now on every stat has settled
    load_catalog([deck_dir], cache_dir=cache)  # hashed once more, the stat kept with the key
    assert len(list(cache.glob("*.key"))) == 1
    with monkeypatch.context() as patched:
        patched.setattr(cardcache, "read_regular", lambda *a: pytest.fail("a settled deck file was read"))
        _same(load_catalog([deck_dir], cache_dir=cache), _fresh([deck_dir]))
    # The same size, the mtime set back: the ctime still moves (after a tick of the file clock).
    time.sleep(0.05)
    stat = deck.stat()
    text = deck.read_text()
    assert "{12} days" in text
    deck.write_text(text.replace("{12} days", "{13} days"))
    os.utime(deck, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert deck.stat().st_size == stat.st_size and deck.stat().st_mtime_ns == stat.st_mtime_ns
    edited = load_catalog([deck_dir], cache_dir=cache)
    assert edited.card("space:days:1:cloze").answer == "13"
    _same(edited, _fresh([deck_dir]))
    # Another seed or other code: the memo's key is not theirs.
    _same(load_catalog([deck_dir], seed=9, cache_dir=cache), _fresh([deck_dir], seed=9))
    (memo,) = cache.glob("*.key")
    memo.write_bytes(b"\x00damaged")
    _same(load_catalog([deck_dir], cache_dir=cache), _fresh([deck_dir]))


def _no_yaml_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the deck file was read although its cache entry is current")

    monkeypatch.setattr(cardcache, "load_deck", refuse)


def test_decks_read_through_current_entries_are_the_decks_their_files_read(
        deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`export anki` reads the decks through the card cache (`deck_reader`): from a current entry,
    every field of every fact and blank is the file's own, the path the one named now, and no YAML
    is read; any field of the deck that the entry could drop shows in the comparison."""
    import base64

    cache = tmp_path / "cache"
    (deck_dir / "pictures.yaml").write_text(
        "title: Orbit pictures\nid: pictures\nfacts:\n  - id: crew\n    text: \"{Yulia Peresild} is in this picture.\"\n"
        "    type: person\n    image: img/crew photo.png\n", encoding="utf-8")
    (deck_dir / "img").mkdir()
    (deck_dir / "img" / "crew photo.png").write_bytes(base64.b64decode(  # a 1x1 PNG
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="))
    folders = [deck_dir, REPO / "quizgen" / "bundled" / "decks", REPO / "tests" / "quality" / "corpus"]
    load_catalog(folders, seed=5, cache_dir=cache)
    # Named another way now (relative to another folder): the paths are the names given.
    monkeypatch.chdir(deck_dir)
    folders[0] = Path(".")
    expected = load_decks(folders, with_warnings=False)
    assert {"pictures", "space"} <= {deck.id for deck in expected.decks}
    assert all(any(getattr(fact, name) for deck in expected.decks for fact in deck.facts)
               for name in ("image", "quote", "ask", "distractors", "sources", "tags", "note"))
    with monkeypatch.context() as patched:
        _no_yaml_reading(patched)
        read = load_decks(folders, with_warnings=False, read=cardcache.deck_reader(5, cache))
    assert read.decks == expected.decks
    assert [deck.path for deck in read.decks] == [deck.path for deck in expected.decks]
    assert Path("space.yaml") in [deck.path for deck in read.decks]
    # Another seed's entries are not the decks' (the file is read), and without a cache neither.
    with monkeypatch.context() as patched:
        _no_yaml_reading(patched)
        with pytest.raises(AssertionError):
            load_decks([deck_dir], with_warnings=False, read=cardcache.deck_reader(6, cache))
    assert load_decks(folders, with_warnings=False, read=cardcache.deck_reader(5, None)).decks == expected.decks


def test_an_entry_of_the_previous_format_is_not_current(deck_dir: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Format 6 added the deck to the entry: an entry written by format 5 (no `deck_file`) is never
    read for it; the deck is read from its file and generated again, and its entry rewritten."""
    import sqlite3

    cache = tmp_path / "cache"
    load_catalog([deck_dir], cache_dir=cache)
    (entry,) = cache.glob("*.cards")
    with sqlite3.connect(entry) as db:  # the entry as format 5 wrote it
        db.execute("ALTER TABLE entry DROP COLUMN deck_file")
        db.execute("UPDATE entry SET format = 5")
    assert cardcache.FORMAT == 6
    read = load_decks([deck_dir], with_warnings=False, read=cardcache.deck_reader(cache_dir=cache))
    assert read.decks == load_decks([deck_dir], with_warnings=False).decks
    _same(load_catalog([deck_dir], cache_dir=cache), _fresh([deck_dir]))
    with sqlite3.connect(entry) as db:
        assert db.execute("SELECT format, length(deck_file) > 0 FROM entry").fetchone() == (6, 1)
    with monkeypatch.context() as patched:
        _no_yaml_reading(patched)
        again = load_decks([deck_dir], with_warnings=False, read=cardcache.deck_reader(cache_dir=cache))
        assert again.decks == read.decks


def test_an_entry_made_without_broken_facts_gives_no_deck_to_a_strict_read(deck_dir: Path, tmp_path: Path) -> None:
    """The study app reads a deck with a broken fact without it (`skip_broken_facts`); an export's
    strict read of that deck is its file's InputError, never the deck the entry was made from."""
    cache = tmp_path / "cache"
    deck = deck_dir / "space.yaml"
    deck.write_text(deck.read_text() + '  - text: "A fact with no blank."\n')
    load_catalog([deck_dir], cache_dir=cache, skip_broken_facts=True)
    with pytest.raises(InputError) as raised:
        load_decks([deck_dir], with_warnings=False, read=cardcache.deck_reader(cache_dir=cache))
    with pytest.raises(InputError) as strict:
        load_decks([deck_dir], with_warnings=False)
    assert raised.value.problems == strict.value.problems
