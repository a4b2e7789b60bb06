"""A refreshed token is saved before the store lock is released, a logout stays a logout, and logs name
stores briefly."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest

from carconnect.core import (
    FakeClock,
    FileTokenStore,
    LeaseLostError,
    MemoryTokenStore,
    ReauthorizationRequiredError,
    Token,
    TokenManager,
    TokenStore,
    TokenStoreError,
)

from .conftest import access_token


class CountingRefresher:
    """Rotates: every refresh spends the refresh token it is given and mints ``at-N``/``rt-N``."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.spent: list[str | None] = []

    def refresh(self, token: Token) -> Token:
        self.spent.append(token.refresh_token)
        n = len(self.spent)
        return Token(f"at-{n}", f"rt-{n}", expires_at=self.clock.now() + timedelta(hours=1))

    async def arefresh(self, token: Token) -> Token:
        return self.refresh(token)


class FlakyStore(MemoryTokenStore):
    """Refuses the next ``failures`` saves, and records whether its lock was held at each save."""

    def __init__(self, token: Token) -> None:
        super().__init__(token)
        self.failures = 0
        self.locked_at_save: list[bool] = []

    def save(self, token: Token) -> None:
        self.locked_at_save.append(self._lock.locked())
        if self.failures:
            self.failures -= 1
            raise TokenStoreError("disk full")
        super().save(token)


def stale(clock: FakeClock) -> Token:
    return Token("at-0", "rt-0", expires_at=clock.now() + timedelta(seconds=30))


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_failed_save_is_retried_before_the_lock_is_released(clock: FakeClock, use_async: bool) -> None:
    refresher = CountingRefresher(clock)
    store = FlakyStore(stale(clock))
    store.failures = 3  # a store that is down for a moment, right after the vendor rotated rt-0
    assert access_token(TokenManager(store, refresher, clock=clock), use_async) == "at-1"
    assert store.locked_at_save == [True] * 4  # every attempt before the lock was released
    assert len(clock.sleeps) == 3
    # another worker sharing the store finds the new token: rt-0 is never spent twice
    assert access_token(TokenManager(store, refresher, clock=clock), use_async) == "at-1"
    assert refresher.spent == ["rt-0"]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_token_that_cannot_be_saved_raises_and_is_kept_for_later(
    clock: FakeClock, use_async: bool, caplog: pytest.LogCaptureFixture
) -> None:
    refresher = CountingRefresher(clock)
    store = FlakyStore(stale(clock))
    store.failures = 1_000
    manager = TokenManager(store, refresher, clock=clock, save_retry_for=10)
    with pytest.raises(TokenStoreError, match=r"memory store within 10 s .*this process keeps it"):
        access_token(manager, use_async)
    assert 9 < sum(clock.sleeps) <= 10
    assert "rt-1" not in caplog.text
    assert access_token(manager, use_async) == "at-1"  # the only live token, from memory
    store.failures = 0
    assert access_token(manager, use_async) == "at-1"
    assert store.load() == manager.token
    assert refresher.spent == ["rt-0"]


def stores(tmp_path: Path) -> list[TokenStore]:
    return [MemoryTokenStore(), FileTokenStore(tmp_path / "token.json")]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("kind", [0, 1], ids=["memory", "file"])
def test_a_logout_is_not_undone_by_a_worker_holding_the_token(
    clock: FakeClock, tmp_path: Path, kind: int, use_async: bool
) -> None:
    store = stores(tmp_path)[kind]
    store.save(Token("at-0", "rt-0", expires_at=clock.now() + timedelta(minutes=30)))
    refresher = CountingRefresher(clock)
    worker = TokenManager(store, refresher, clock=clock)
    assert access_token(worker, use_async) == "at-0"
    store.delete()  # the user logs out (another process, the CLI's logout)
    assert access_token(worker, use_async) == "at-0"  # an access token in use stays usable until it is stale
    clock.advance(1800)
    with pytest.raises(ReauthorizationRequiredError, match=r"deleted .*logged out"):
        access_token(worker, use_async)
    assert store.load() is None
    assert refresher.spent == []
    store.save(Token("at-new", "rt-new", expires_at=clock.now() + timedelta(hours=1)))  # a new login
    assert access_token(worker, use_async) == "at-new"


def test_logs_name_the_memory_store_briefly(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    token = Token(
        "at-0",
        "rt-0",
        expires_at=clock.now(),
        scopes=("openid", "conve:odometer_status", "conve:doors_status"),
        refresh_expires_at=clock.now() + timedelta(days=1),
    )
    with caplog.at_level(logging.INFO, logger="carconnect.core.tokens"):
        TokenManager(token, CountingRefresher(clock), clock=clock).get_access_token()
    messages = [record.getMessage() for record in caplog.records]
    assert messages
    assert all("memory store" in message and "Token(" not in message for message in messages)
    assert all(len(message) < 120 for message in messages)


def test_stores_have_short_labels(tmp_path: Path) -> None:
    from carconnect.core.stores import store_label

    assert store_label(MemoryTokenStore(Token("at", "rt"))) == "memory store"
    assert store_label(FileTokenStore(tmp_path / "t.json")) == f"file {tmp_path / 't.json'}"
    assert store_label(object()) == "object"


def test_a_memory_store_can_be_given_a_label(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    from carconnect.core.stores import store_label

    store = MemoryTokenStore(stale(clock), label="volvo user-42")
    assert store_label(store) == "volvo user-42"
    with caplog.at_level(logging.INFO, logger="carconnect.core.tokens"):
        TokenManager(store, CountingRefresher(clock), clock=clock).get_access_token()
    assert [record.getMessage() for record in caplog.records] == [
        f"refreshed the token in volvo user-42 (expires {clock.now() + timedelta(hours=1)})"
    ]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_token_that_cannot_be_saved_is_reported_once_when_saving_starts_to_fail_and_then_raised(
    clock: FakeClock, use_async: bool, caplog: pytest.LogCaptureFixture
) -> None:
    store = FlakyStore(stale(clock))
    store.failures = 1_000
    manager = TokenManager(store, CountingRefresher(clock), clock=clock, save_retry_for=10)
    with caplog.at_level(logging.INFO, logger="carconnect"), pytest.raises(TokenStoreError) as raised:
        access_token(manager, use_async)
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        (
            "WARNING",
            "could not save the refreshed token in memory store (TokenStoreError: disk full): "
            "trying again for up to 10 s",
        )
    ]
    assert "within 10 s" in str(raised.value)


async def test_async_waiters_on_a_token_file_leave_the_thread_pool_to_its_holder(tmp_path: Path) -> None:
    """More managers of one token file than worker threads: the lock is tried from the event loop,
    so the holder still gets a thread to save and release (a blocking ``flock`` wait would starve it)."""
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=2))
    clock = FakeClock()
    FileTokenStore(tmp_path / "token.json").save(stale(clock))
    refresher = CountingRefresher(clock)
    managers = [TokenManager(FileTokenStore(tmp_path / "token.json"), refresher, clock=clock) for _ in range(6)]
    gathered = asyncio.gather(*(manager.aget_access_token() for manager in managers))
    assert await asyncio.wait_for(gathered, timeout=20) == ["at-1"] * 6
    assert refresher.spent == ["rt-0"]


class LeaseTakenStore(MemoryTokenStore):
    """Refuses the next save as a store whose lease another holder took (nothing newer stored)."""

    def __init__(self, token: Token) -> None:
        super().__init__(token)
        self.refusals = 1

    def save(self, token: Token) -> None:
        if self.refusals:
            self.refusals -= 1
            raise LeaseLostError("the lease was taken by another holder")
        super().save(token)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_refreshed_token_whose_save_lost_the_lease_is_kept_when_nothing_newer_was_stored(use_async: bool) -> None:
    clock = FakeClock()
    store = LeaseTakenStore(stale(clock))
    refresher = CountingRefresher(clock)
    manager = TokenManager(store, refresher, clock=clock)
    first = asyncio.run(manager.aget_access_token()) if use_async else manager.get_access_token()
    assert first == "at-1"  # the vendor rotated rt-0: the refreshed token is the only live one
    assert manager.get_access_token() == "at-1"
    stored = store.load()
    assert stored is not None
    assert stored.refresh_token == "rt-1"  # saved on the next call
    assert refresher.spent == ["rt-0"]


def test_a_store_with_the_old_lease_check_name_is_refused_rather_than_left_unchecked() -> None:
    class OldLeasedStore(MemoryTokenStore):
        def holds_lease(self) -> bool:
            return False

    with pytest.raises(TypeError, match="renew_lease"):
        TokenManager(OldLeasedStore(Token("t")))
