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
    assert [p.name for p in store.path.parent.iterdir()] == ["volvo.json"]


def test_corrupt_file_is_an_error_not_a_silent_logout(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text("{not json")
    with pytest.raises(TokenStoreError, match="not a valid token"):
        FileTokenStore(path).load()


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
