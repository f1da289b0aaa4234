"""quizgen.files.write_atomic: the one way outputs are written (quizzes, Anki packages, drafts, the card cache)."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

import pytest

from quizgen.files import write_atomic


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_writes_bytes_or_a_stream_with_the_mode_of_a_new_file(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        write_atomic(tmp_path / "a.bin", b"one")

        def stream(handle: BinaryIO) -> None:
            handle.write(b"two, ")
            handle.write(b"in parts")

        write_atomic(tmp_path / "b.bin", stream, durable=False)
    finally:
        os.umask(previous)
    assert (tmp_path / "a.bin").read_bytes() == b"one"
    assert (tmp_path / "b.bin").read_bytes() == b"two, in parts"
    assert _mode(tmp_path / "a.bin") == _mode(tmp_path / "b.bin") == 0o640  # not mkstemp's 0600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin", "b.bin"]


def test_a_failure_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")

    def half_then_fail(handle: BinaryIO) -> None:
        handle.write(b"half")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        write_atomic(target, half_then_fail)
    seen: list[bytes] = []

    def refuse(temp: Path) -> None:
        seen.append(temp.read_bytes())
        raise ValueError("not a deck")

    with pytest.raises(ValueError, match="not a deck"):
        write_atomic(target, b"new", check=refuse)
    assert seen == [b"new"]  # the check saw the finished file
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
