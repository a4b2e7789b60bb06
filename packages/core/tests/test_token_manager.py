"""Refresh ahead of expiry, single flight across threads and tasks, persistence before use."""

from __future__ import annotations

import asyncio
import contextlib
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
    TokenStoreError,
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


class GatedRefresher(CountingRefresher):
    """Spends the refresh token at once (the server rotates it), then answers when ``answer`` is set."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__(clock)
        self.sent, self.answer = asyncio.Event(), asyncio.Event()

    async def arefresh(self, token: Token) -> Token:
        assert token.refresh_token is not None
        self.seen_refresh_tokens.append(token.refresh_token)
        self.sent.set()
        await self.answer.wait()
        self.calls += 1
        return Token(f"at-{self.calls}", f"rt-{self.calls}", expires_at=self.clock.now() + timedelta(hours=1))


@pytest.mark.parametrize("keep_alive", [False, True], ids=["get-access-token", "keep-alive"])
async def test_a_cancelled_caller_does_not_abort_the_refresh_in_flight(clock: FakeClock, keep_alive: bool) -> None:
    refresher = GatedRefresher(clock)
    store = MemoryTokenStore(idling(clock) if keep_alive else expired(clock))
    manager = TokenManager(store, refresher, clock=clock)
    caller = asyncio.create_task(manager.akeep_alive() if keep_alive else manager.aget_access_token())
    await refresher.sent.wait()
    caller.cancel()  # the caller's timeout, while the server has rotated the refresh token
    with pytest.raises(asyncio.CancelledError):
        await caller
    refresher.answer.set()
    assert await manager.aget_access_token() == "at-1"
    assert refresher.seen_refresh_tokens == ["rt-0"]
    stored = store.load()
    assert stored is not None
    assert stored.refresh_token == "rt-1"


class FlakyStore(MemoryTokenStore):
    """Refuses the next ``failures`` saves."""

    failures = 0

    def save(self, token: Token) -> None:
        if self.failures:
            self.failures -= 1
            raise TokenStoreError("disk full")
        super().save(token)


def idling(clock: FakeClock) -> Token:
    return Token(
        "at-0",
        "rt-0",
        expires_at=clock.now() + timedelta(seconds=30),
        refresh_expires_at=clock.now() + timedelta(days=1),
    )


@pytest.mark.parametrize("use_async", [False, True])
def test_keep_alive_uses_the_refreshed_token_the_store_could_not_take(clock: FakeClock, use_async: bool) -> None:
    refresher = CountingRefresher(clock)
    original = idling(clock)
    store = FlakyStore(original)
    manager = TokenManager(store, refresher, clock=clock)
    store.failures = 1_000  # the refresh's saves, then the retries of the next calls
    with pytest.raises(TokenStoreError, match="this process keeps it"):
        manager.get_access_token()
    assert manager.get_access_token() == "at-1"  # kept in memory
    assert store.load() == original
    store.failures = 1  # the save before keep_alive fails once more
    refreshed = asyncio.run(manager.akeep_alive()) if use_async else manager.keep_alive()
    assert refreshed is False  # rt-1 has no idle deadline: nothing to do, and rt-0 is not spent again
    assert refresher.seen_refresh_tokens == ["rt-0"]
    assert manager.get_access_token() == "at-1"
    assert store.load() == manager.token


@pytest.mark.parametrize("use_async", [False, True])
def test_keep_alive_remembers_a_refused_refresh_token(clock: FakeClock, use_async: bool) -> None:
    class Refusing(CountingRefresher):
        def refresh(self, token: Token) -> Token:
            self._next(token)
            raise ReauthorizationRequiredError("invalid_grant", code="invalid_grant")

        async def arefresh(self, token: Token) -> Token:
            return self.refresh(token)

    refresher = Refusing(clock)
    manager = TokenManager(FlakyStore(idling(clock)), refresher, clock=clock)
    with pytest.raises(ReauthorizationRequiredError):
        asyncio.run(manager.akeep_alive()) if use_async else manager.keep_alive()
    with pytest.raises(ReauthorizationRequiredError, match="refused"):
        manager.get_access_token()
    assert refresher.seen_refresh_tokens == ["rt-0"]


class GateLock:
    """A store lock whose ``__enter__`` blocks until ``outcome`` is set, then fails or succeeds."""

    def __init__(self) -> None:
        self.waiting, self.outcome, self.done = threading.Event(), threading.Event(), threading.Event()
        self.succeed = False
        self.exits = 0

    def __enter__(self) -> None:
        self.waiting.set()
        self.outcome.wait()
        if not self.succeed:
            self.done.set()
            raise TokenStoreError("no refresh lease")

    def __exit__(self, *exc_info: object) -> None:
        self.exits += 1
        self.done.set()


class GatedStore(MemoryTokenStore):
    def __init__(self) -> None:
        super().__init__()
        self.gate = GateLock()

    def lock(self) -> contextlib.AbstractContextManager[None]:
        return self.gate


@pytest.mark.parametrize("succeed", [False, True])
async def test_a_waiter_cancelled_before_it_got_the_lock_releases_only_a_lock_it_took(succeed: bool) -> None:
    from carconnect.core.sources import _locked

    store = GatedStore()

    async def hold() -> None:
        async with _locked(store):
            pytest.fail("entered after being cancelled")

    waiter = asyncio.create_task(hold())
    await asyncio.to_thread(store.gate.waiting.wait)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    store.gate.succeed = succeed
    store.gate.outcome.set()
    assert await asyncio.to_thread(store.gate.done.wait, 5)
    for _ in range(20):  # let any callback of the finished thread run
        await asyncio.sleep(0)
    assert store.gate.exits == (1 if succeed else 0)


async def test_the_async_path_does_no_store_io_on_the_event_loop(clock: FakeClock) -> None:
    class Recording(MemoryTokenStore):
        loop_thread = threading.get_ident()
        on_loop: list[str] = []

        def load(self) -> Token | None:
            if threading.get_ident() == self.loop_thread:
                self.on_loop.append("load")
            return super().load()

        def save(self, token: Token) -> None:
            if threading.get_ident() == self.loop_thread:
                self.on_loop.append("save")
            super().save(token)

    store = Recording(expired(clock))
    manager = TokenManager(store, CountingRefresher(clock), clock=clock)
    assert await manager.aget_access_token() == "at-1"
    assert await manager.aget_access_token() == "at-1"
    clock.advance(3600)
    assert await manager.aget_access_token() == "at-2"
    assert await manager.akeep_alive() is False
    assert store.on_loop == []
