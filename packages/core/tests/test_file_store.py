"""The file store: 0600, atomic, and one refresh token spent once across OS processes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from carconnect.core import FileTokenStore, Token, TokenStoreError


def test_round_trip_and_permissions(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "sub" / "volvo.json")
    assert store.load() is None
    token = Token("at", "rt", expires_at=datetime(2030, 1, 1, tzinfo=UTC), scopes=("a", "b"), extras={"gcid": "g"})
    store.save(token)
    assert store.load() == token
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    # no temporary file left; the lock file (taken for the save) holds nothing
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["volvo.json", "volvo.json.lock"]
    assert (store.path.parent / "volvo.json.lock").read_bytes() == b""


@pytest.mark.parametrize(
    "content", [b"{not json", b"\xff\xfe", b"[]", b'"a string"', b"{}", b'{"access_token": "at", "scope": 7}']
)
def test_corrupt_file_is_an_error_not_a_silent_logout(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "t.json"
    path.write_bytes(content)
    with pytest.raises(TokenStoreError, match="is not a valid token: log in again") as corrupt:
        FileTokenStore(path).load()
    assert str(path) in str(corrupt.value)


def test_file_system_failures_are_store_errors_naming_the_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    store = FileTokenStore(blocker / "token.json")  # saves and deletes take the lock first
    with pytest.raises(TokenStoreError, match=r"cannot take lock file .*token\.json\.lock") as saving:
        store.save(Token("secret-at", "secret-rt"))
    assert "secret" not in str(saving.value)
    with pytest.raises(TokenStoreError, match=r"cannot take lock file .*token\.json\.lock"):
        store.delete()
    with pytest.raises(TokenStoreError, match=r"cannot take lock file .*token\.json\.lock"), store.lock():
        pass
    (tmp_path / "token.json" / "in-the-way").mkdir(parents=True)  # a directory where the file goes
    store = FileTokenStore(tmp_path / "token.json")
    with pytest.raises(TokenStoreError, match=r"cannot write token file .*token\.json") as saving:
        store.save(Token("secret-at", "secret-rt"))
    assert "secret" not in str(saving.value)
    with pytest.raises(TokenStoreError, match=r"cannot delete token file .*token\.json"):
        store.delete()


def test_a_failure_inside_the_lock_is_not_a_store_error(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "token.json")
    (tmp_path / "token.json.lock").mkdir()
    with pytest.raises(TokenStoreError, match="cannot take lock file"), store.lock():
        pass
    with pytest.raises(PermissionError), FileTokenStore(tmp_path / "other.json").lock():
        raise PermissionError("raised by the caller")


def test_a_stored_expiry_without_timezone_is_utc(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    naive = {"access_token": "at", "refresh_token": "rt", "expires_at": "2030-01-01T00:00:00"}
    path.write_text(json.dumps({**naive, "refresh_expires_at": "2030-02-01T00:00", "login_expires_at": "2030-03-01"}))
    token = FileTokenStore(path).load()
    assert token is not None
    assert token.expires_at == datetime(2030, 1, 1, tzinfo=UTC)
    assert token.refresh_expires_at == datetime(2030, 2, 1, tzinfo=UTC)
    assert token.login_expires_at == datetime(2030, 3, 1, tzinfo=UTC)
    assert not token.expires_within(60, datetime(2029, 12, 31, tzinfo=UTC))


WORKER = Path(__file__).with_name("store_worker.py")


@pytest.mark.parametrize("processes", [2, 4])
def test_processes_sharing_a_store_spend_a_refresh_token_once(tmp_path: Path, processes: int) -> None:
    path, ledger = tmp_path / "token.json", tmp_path / "ledger.txt"
    FileTokenStore(path).save(Token("at-0", "rt-0", expires_at=datetime.now(UTC) - timedelta(minutes=1)))
    start_at = str(time.time() + 1.0)  # every process asks at the same moment
    workers = [
        subprocess.Popen([sys.executable, str(WORKER), str(path), str(ledger), start_at], stdout=subprocess.PIPE)
        for _ in range(processes)
    ]
    tokens = {worker.communicate(timeout=30)[0].decode().strip() for worker in workers}
    assert [worker.returncode for worker in workers] == [0] * processes
    assert ledger.read_text().splitlines() == ["rt-0"]
    assert tokens == {"at-1"}
    assert json.loads(path.read_text())["refresh_token"] == "rt-1"
