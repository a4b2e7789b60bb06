"""File-backed stores (a token file, the keyring) write under their lock: a login or logout by another
worker waits for a refresh in flight, so it never lands between the refresh's re-read and its save."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest

from carconnect.core import FakeClock, FileTokenStore, KeyringTokenStore, Token, TokenManager, TokenStore
from carconnect.core import stores as store_module

from .conftest import Rotating, access_token
from .test_keyring_store import MemoryKeyring

NOW = datetime(2030, 1, 1, tzinfo=UTC)
DUE = Token("at-0", "rt-0", expires_at=NOW)
NEW_LOGIN = Token("at-new", "rt-new")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


class Meanwhile:
    """What another worker does (``other``, in a thread, through a store object of its own) while this
    store writes the refreshed token ``at-1``: after the manager's re-read of the store, before the
    write. Whether it had to wait is ``waited``."""

    def __init__(self, other: Callable[[], None]) -> None:
        self.other = other
        self.worker: threading.Thread | None = None
        self.waited = False

    def before_writing(self, token: Token) -> None:
        if self.worker is None and token.access_token == "at-1":
            self.worker = threading.Thread(target=self.other)
            self.worker.start()
            self.worker.join(timeout=0.5)  # done at once unless it waits for the lock
            self.waited = self.worker.is_alive()

    def finish(self) -> None:
        assert self.worker is not None
        self.worker.join(timeout=10)
        assert not self.worker.is_alive()


class FileMeanwhile(FileTokenStore):
    meanwhile: Meanwhile

    def save(self, token: Token) -> None:
        self.meanwhile.before_writing(token)
        super().save(token)


class KeyringMeanwhile(KeyringTokenStore):
    meanwhile: Meanwhile

    def save(self, token: Token) -> None:
        self.meanwhile.before_writing(token)
        super().save(token)


def stores(kind: str, tmp_path: Path, then: str) -> tuple[TokenStore, Meanwhile]:
    """The refreshing worker's store and what another worker does through its own store object."""
    other: TokenStore
    store: FileMeanwhile | KeyringMeanwhile
    if kind == "file":
        store, other = FileMeanwhile(tmp_path / "token.json"), FileTokenStore(tmp_path / "token.json")
    else:
        store, other = KeyringMeanwhile("acct", lock_dir=tmp_path), KeyringTokenStore("acct", lock_dir=tmp_path)
    store.meanwhile = Meanwhile(other.delete if then == "logout" else lambda: other.save(NEW_LOGIN))
    other.save(DUE)
    return store, store.meanwhile


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("kind", ["file", "keyring"])
@pytest.mark.parametrize("then", ["logout", "relogin"])
def test_a_write_by_another_worker_during_the_save_of_a_refresh_lands_after_it(
    tmp_path: Path, kind: str, then: str, use_async: bool
) -> None:
    store, meanwhile = stores(kind, tmp_path, then)
    clock = FakeClock(NOW)
    manager = TokenManager(store, Rotating(clock), clock=clock)
    assert access_token(manager, use_async) == "at-1"  # saved before the other worker's write
    meanwhile.finish()
    assert store.load() == (None if then == "logout" else NEW_LOGIN)  # the later write stays
    assert meanwhile.waited  # for the refresh's lock


@pytest.mark.parametrize("kind", ["file", "keyring"])
def test_the_holder_of_the_lock_writes_without_waiting_for_itself(tmp_path: Path, kind: str) -> None:
    store: TokenStore = (
        FileTokenStore(tmp_path / "token.json") if kind == "file" else KeyringTokenStore("acct", lock_dir=tmp_path)
    )
    with store.lock():
        store.save(NEW_LOGIN)
        assert store.load() == NEW_LOGIN
        store.delete()
    assert store.load() is None
    store.save(DUE)  # outside the lock: takes it for the write
    assert store.load() == DUE


class WaitsForTheTest:
    """An async refresher that signals ``started`` and answers once ``answer`` is set."""

    def __init__(self) -> None:
        self.started, self.answer = asyncio.Event(), asyncio.Event()

    def refresh(self, token: Token) -> Token:
        raise AssertionError("async only")

    async def arefresh(self, token: Token) -> Token:
        self.started.set()
        await self.answer.wait()
        return Token("at-1", "rt-1", expires_at=NOW + timedelta(hours=1))


@pytest.mark.parametrize("kind", ["file", "keyring"])
def test_a_write_on_the_event_loop_of_a_refresh_in_flight_does_not_wait_for_it(
    tmp_path: Path, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The refresh holding the lock needs the loop: a write that waited there would never end."""
    store: TokenStore = (
        FileTokenStore(tmp_path / "token.json") if kind == "file" else KeyringTokenStore("acct", lock_dir=tmp_path)
    )
    store.save(DUE)

    async def refresh_and_log_in_meanwhile() -> str:
        refresher = WaitsForTheTest()
        manager = TokenManager(store, refresher, clock=FakeClock(NOW))
        refresh = asyncio.ensure_future(manager.aget_access_token())
        await refresher.started.wait()
        store.save(NEW_LOGIN)  # the application's own (sync) write, on the loop
        refresher.answer.set()
        return await refresh

    assert asyncio.run(asyncio.wait_for(refresh_and_log_in_meanwhile(), 10)) == "at-new"  # the newer login wins
    assert store.load() == NEW_LOGIN
    assert "its lock is held by a refresh in flight; writing without it" in caplog.text


def test_a_write_waits_for_a_stuck_holder_only_so_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(store_module, "WRITE_LOCK_WAIT", 0.2)
    store = FileTokenStore(tmp_path / "token.json")
    taken, done = threading.Event(), threading.Event()

    def hold() -> None:
        with FileTokenStore(tmp_path / "token.json").lock():
            taken.set()
            done.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        taken.wait(5)
        store.save(NEW_LOGIN)  # waits its bound, then writes
        assert store.load() == NEW_LOGIN
    finally:
        done.set()
        holder.join(10)
    assert "writing without it" in caplog.text
