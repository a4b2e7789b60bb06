"""Refresh ahead of expiry, single flight across threads and tasks, persistence before use."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from carconnect.core import (
    AccessTokenCallback,
    FakeClock,
    MemoryTokenStore,
    ReauthorizationRequiredError,
    Token,
    TokenManager,
)


class CountingRefresher:
    """Mints ``at-N``/``rt-N``; slow enough that concurrent callers overlap."""

    def __init__(self, clock: FakeClock, store: MemoryTokenStore | None = None) -> None:
        self.clock, self.store = clock, store
        self.calls = 0
        self.seen_refresh_tokens: list[str] = []
        self._lock = threading.Lock()

    def _next(self, token: Token) -> Token:
        with self._lock:
            self.calls += 1
            assert token.refresh_token is not None
            self.seen_refresh_tokens.append(token.refresh_token)
            n = self.calls
        return Token(f"at-{n}", f"rt-{n}", expires_at=self.clock.now() + timedelta(hours=1))

    def refresh(self, token: Token) -> Token:
        threading.Event().wait(0.02)
        return self._next(token)

    async def arefresh(self, token: Token) -> Token:
        await asyncio.sleep(0.02)
        return self._next(token)


def expired(clock: FakeClock) -> Token:
    return Token("at-0", "rt-0", expires_at=clock.now() + timedelta(seconds=30))


def test_valid_token_is_used_without_refresh(clock: FakeClock) -> None:
    refresher = CountingRefresher(clock)
    token = Token("at-0", "rt-0", expires_at=clock.now() + timedelta(hours=1))
    manager = TokenManager(token, refresher, clock=clock)
    assert manager.get_access_token() == "at-0"
    assert refresher.calls == 0


def test_refresh_ahead_of_expiry_persists_before_use(clock: FakeClock) -> None:
    refresher = CountingRefresher(clock)
    store = MemoryTokenStore(expired(clock))
    saved: list[str] = []
    original_save = store.save

    def save(token: Token) -> None:
        saved.append(token.access_token)
        original_save(token)

    store.save = save  # type: ignore[method-assign]
    manager = TokenManager(store, refresher, leeway=60, clock=clock)
    assert manager.get_access_token() == "at-1"
    assert saved == ["at-1"]
    assert store.load() == manager.token


def test_rejected_token_forces_one_refresh(clock: FakeClock) -> None:
    refresher = CountingRefresher(clock)
    manager = TokenManager(Token("at-0", "rt-0", expires_at=clock.now() + timedelta(hours=1)), refresher, clock=clock)
    assert manager.get_access_token(rejected="at-0") == "at-1"
    # a late 401 for the old token does not refresh again
    assert manager.get_access_token(rejected="at-0") == "at-1"
    assert refresher.calls == 1


def test_missing_token_requires_login(clock: FakeClock) -> None:
    manager = TokenManager(MemoryTokenStore(), CountingRefresher(clock), clock=clock)
    with pytest.raises(ReauthorizationRequiredError):
        manager.get_access_token()


def test_errors_reach_every_waiter_and_nothing_is_lost(clock: FakeClock) -> None:
    class Failing(CountingRefresher):
        def refresh(self, token: Token) -> Token:
            threading.Event().wait(0.02)
            raise ReauthorizationRequiredError("dead", code="invalid_grant")

    store = MemoryTokenStore(expired(clock))
    manager = TokenManager(store, Failing(clock), clock=clock)
    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(lambda _: _attempt(manager), range(8)))
    assert outcomes == ["reauth"] * 8
    assert store.load() == expired(clock)


def _attempt(manager: TokenManager) -> str:
    try:
        return manager.get_access_token()
    except ReauthorizationRequiredError:
        return "reauth"


def test_200_tasks_and_20_threads_share_one_refresh(clock: FakeClock) -> None:
    refresher = CountingRefresher(clock)
    manager = TokenManager(MemoryTokenStore(expired(clock)), refresher, clock=clock)
    start = threading.Barrier(21)
    results: list[str] = []

    def thread_worker() -> None:
        start.wait()
        results.append(manager.get_access_token())

    async def tasks() -> list[str]:
        await asyncio.to_thread(start.wait)
        return list(await asyncio.gather(*(manager.aget_access_token() for _ in range(200))))

    threads = [threading.Thread(target=thread_worker) for _ in range(20)]
    for thread in threads:
        thread.start()
    results += asyncio.run(tasks())
    for thread in threads:
        thread.join()

    assert refresher.calls == 1
    assert refresher.seen_refresh_tokens == ["rt-0"]
    assert len(results) == 220
    assert set(results) == {"at-1"}


async def test_cancelled_waiter_does_not_cancel_the_refresh(clock: FakeClock) -> None:
    refresher = CountingRefresher(clock)
    manager = TokenManager(MemoryTokenStore(expired(clock)), refresher, clock=clock)
    leader = asyncio.create_task(manager.aget_access_token())
    await asyncio.sleep(0)
    waiter = asyncio.create_task(manager.aget_access_token())
    await asyncio.sleep(0.005)
    waiter.cancel()
    assert await leader == "at-1"
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert refresher.calls == 1


async def test_cancelled_leader_lets_waiters_retry(clock: FakeClock) -> None:
    refresher = CountingRefresher(clock)
    manager = TokenManager(MemoryTokenStore(expired(clock)), refresher, clock=clock)
    leader = asyncio.create_task(manager.aget_access_token())
    await asyncio.sleep(0.001)
    waiter = asyncio.create_task(manager.aget_access_token())
    await asyncio.sleep(0.001)
    leader.cancel()
    assert await waiter == "at-1"
    assert refresher.calls == 1


async def test_application_owned_tokens() -> None:
    calls: list[str] = []

    async def aget() -> str:
        calls.append("async")
        return "app-token"

    source = AccessTokenCallback(get=lambda: "sync-token", aget=aget)
    assert source.get_access_token() == "sync-token"
    assert await source.aget_access_token(rejected="x") == "app-token"
    assert calls == ["async"]
    with pytest.raises(ValueError, match="give get"):
        AccessTokenCallback()


class Issuer:
    def __init__(self, clock: FakeClock) -> None:
        self.clock, self.calls = clock, 0

    def client_credentials(self) -> Token:
        threading.Event().wait(0.02)
        self.calls += 1
        return Token(f"app-{self.calls}", expires_at=self.clock.now() + timedelta(minutes=10))

    async def aclient_credentials(self) -> Token:
        await asyncio.sleep(0.02)
        self.calls += 1
        return Token(f"app-{self.calls}", expires_at=self.clock.now() + timedelta(minutes=10))


def test_client_credentials_source_fetches_once_and_again_on_expiry(clock: FakeClock) -> None:
    from carconnect.core import ClientCredentialsSource

    issuer = Issuer(clock)
    source = ClientCredentialsSource(issuer, clock=clock)
    with ThreadPoolExecutor(10) as pool:
        tokens = set(pool.map(lambda _: source.get_access_token(), range(30)))
    assert tokens == {"app-1"}
    clock.advance(10 * 60)
    assert asyncio.run(source.aget_access_token()) == "app-2"
    assert source.get_access_token(rejected="app-2") == "app-3"
    assert source.fetch_count == issuer.calls == 3
