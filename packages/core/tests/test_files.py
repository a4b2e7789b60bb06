"""State files: writes are 0600 and all or nothing; the lock file is created where it is needed.

That the lock orders processes is tested through the file token store and BMW's quota ledger.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from carconnect.core.files import FileLock, remove_file, replace_file


def test_replace_file_writes_0600_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "state.json"
    replace_file(path, b"one")
    replace_file(path, b"two")
    assert path.read_bytes() == b"two"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert sorted(p.name for p in path.parent.iterdir()) == ["state.json"]


def test_a_write_that_fails_keeps_the_old_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state.json"
    replace_file(path, b"old")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        replace_file(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_remove_file_forgets_and_tolerates_absence(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    replace_file(path, b"x")
    remove_file(path)
    remove_file(path)
    assert not path.exists()


def test_the_lock_creates_its_directory_and_a_lock_file_that_holds_nothing(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "missing" / "state.json")
    for _ in range(2):  # released at the end of each block
        with lock.held():
            assert lock.path.exists()
    assert lock.path == tmp_path / "missing" / "state.json.lock"
    assert lock.path.read_bytes() == b""
    assert stat.S_IMODE(os.stat(lock.path).st_mode) == 0o600


def test_a_link_and_its_target_share_one_lock_and_a_write_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    link = tmp_path / "elsewhere" / "link.json"
    link.parent.mkdir()
    replace_file(real, b"one")
    os.symlink(real, link)
    assert FileLock(link).path == FileLock(real).path == tmp_path / "real.json.lock"
    replace_file(link, b"two")
    assert link.is_symlink()
    assert real.read_bytes() == b"two"
    assert sorted(p.name for p in link.parent.iterdir()) == ["link.json"]
