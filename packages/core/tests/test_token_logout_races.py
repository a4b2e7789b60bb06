"""TokenManager: a logout or a new login made while a refresh is in flight, or while a refreshed
token waits in memory to be saved, is never undone by that token (a real redis-server, FakeClock)."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import redis

from carconnect.core import (
    FakeClock,
    FileTokenStore,
    MemoryTokenStore,
    ReauthorizationRequiredError,
    StoreUnavailableError,
    Token,
    TokenManager,
    TokenStore,
    TokenStoreError,
)
from carconnect.core.shared import RedisTokenStore

from .conftest import Rotating, access_token

NOW = datetime(2029, 1, 1, tzinfo=UTC)
KEY = "carconnect:token:acct"
LEASE_KEY = f"{KEY}:lease"
NEW_LOGIN = Token("at-new", "rt-new", expires_at=NOW + timedelta(hours=2))
LOGGED_OUT = r"deleted from .*\(logged out\)"


def stale(n: int = 0) -> Token:
    return Token(f"at-{n}", f"rt-{n}", expires_at=NOW)


# -- a logout or a new login while the refresh is on the wire --------------------------------------


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_logout_during_a_refresh_stays_a_logout(redis_client: redis.Redis, use_async: bool) -> None:
    clock = FakeClock(NOW)
    RedisTokenStore(redis_client, "acct").save(stale())
    refresher = Rotating(clock, during=RedisTokenStore(redis_client, "acct").delete)  # the web process logs out
    worker = TokenManager(RedisTokenStore(redis_client, "acct"), refresher, clock=clock)
    with pytest.raises(ReauthorizationRequiredError, match=LOGGED_OUT + " while it was being refreshed") as raised:
        access_token(worker, use_async)
    assert raised.value.code == "login_required"
    assert redis_client.exists(KEY) == 0
    with pytest.raises(ReauthorizationRequiredError, match=LOGGED_OUT):
        access_token(worker, use_async)  # the refreshed token is not written back on the next call
    assert redis_client.exists(KEY) == 0
    assert refresher.spent == ["rt-0"]
    RedisTokenStore(redis_client, "acct").save(NEW_LOGIN)
    assert access_token(worker, use_async) == "at-new"


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_new_login_during_a_refresh_is_not_overwritten(redis_client: redis.Redis, use_async: bool) -> None:
    clock = FakeClock(NOW)
    RedisTokenStore(redis_client, "acct").save(stale())
    refresher = Rotating(clock, during=lambda: RedisTokenStore(redis_client, "acct").save(NEW_LOGIN))
    worker = TokenManager(RedisTokenStore(redis_client, "acct"), refresher, clock=clock)
    assert access_token(worker, use_async) == "at-new"
    assert access_token(worker, use_async) == "at-new"
    assert RedisTokenStore(redis_client, "acct").load() == NEW_LOGIN
    assert refresher.spent == ["rt-0"]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_refreshed_token_refused_while_the_spent_one_is_stored_is_kept_and_saved_next(
    redis_client: redis.Redis, use_async: bool
) -> None:
    clock = FakeClock(NOW)
    RedisTokenStore(redis_client, "acct").save(stale())

    def taken_over() -> None:  # this lease ran out; another holder took one and its refresh failed
        redis_client.delete(LEASE_KEY)
        with RedisTokenStore(redis_client, "acct").lock():
            pass

    refresher = Rotating(clock, during=taken_over)
    worker = TokenManager(RedisTokenStore(redis_client, "acct"), refresher, clock=clock)
    assert access_token(worker, use_async) == "at-1"  # the only live token: kept and used
    assert RedisTokenStore(redis_client, "acct").load() == stale()  # the save was refused
    assert access_token(worker, use_async) == "at-1"
    assert RedisTokenStore(redis_client, "acct").load() == worker.token  # saved on the next call
    assert refresher.spent == ["rt-0"]


# -- the same store object, shared with a web handler -----------------------------------------------


@pytest.mark.parametrize("then", ["logout", "relogin"])
def test_a_write_through_the_same_store_object_from_another_thread_wins(redis_client: redis.Redis, then: str) -> None:
    clock = FakeClock(NOW)
    store = RedisTokenStore(redis_client, "acct")
    store.save(stale())
    on_wire, written = threading.Event(), threading.Event()

    def meanwhile() -> None:
        on_wire.set()
        assert written.wait(10)

    manager = TokenManager(store, Rotating(clock, during=meanwhile), clock=clock)
    with ThreadPoolExecutor(1) as pool:
        refreshing = pool.submit(manager.get_access_token)
        assert on_wire.wait(10)
        assert redis_client.exists(LEASE_KEY) == 1  # the manager holds the lease through this object
        if then == "logout":
            store.delete()  # the web handler's logout: manager.store.delete()
        else:
            store.save(NEW_LOGIN)
        written.set()
        if then == "logout":
            with pytest.raises(ReauthorizationRequiredError, match=LOGGED_OUT):
                refreshing.result(10)
        else:
            assert refreshing.result(10) == "at-new"
    assert store.load() == (None if then == "logout" else NEW_LOGIN)


@pytest.mark.parametrize("then", ["logout", "relogin"])
async def test_a_write_through_the_same_store_object_from_another_task_wins(
    redis_client: redis.Redis, then: str
) -> None:
    clock = FakeClock(NOW)
    store = RedisTokenStore(redis_client, "acct")
    store.save(stale())
    on_wire, written = asyncio.Event(), asyncio.Event()

    class Waiting(Rotating):
        async def arefresh(self, old: Token) -> Token:
            on_wire.set()
            await written.wait()
            return self.refresh(old)

    manager = TokenManager(store, Waiting(clock), clock=clock)

    async def web_handler() -> None:
        await on_wire.wait()
        assert await asyncio.to_thread(redis_client.exists, LEASE_KEY) == 1
        if then == "logout":
            await asyncio.to_thread(store.delete)
        else:
            await asyncio.to_thread(store.save, NEW_LOGIN)
        written.set()

    handler = asyncio.create_task(web_handler())
    if then == "logout":
        with pytest.raises(ReauthorizationRequiredError, match=LOGGED_OUT):
            await asyncio.wait_for(manager.aget_access_token(), 10)
    else:
        assert await asyncio.wait_for(manager.aget_access_token(), 10) == "at-new"
    await handler
    assert await asyncio.to_thread(store.load) == (None if then == "logout" else NEW_LOGIN)


# -- a refreshed token kept in memory after its save failed -----------------------------------------


class OutageRedis(RedisTokenStore):
    """Fails saves (``down``), as a Redis that stopped answering would."""

    down = False

    def save(self, token: Token) -> None:
        if self.down:
            raise StoreUnavailableError("Redis did not answer while saving token 'acct': ConnectionError")
        super().save(token)


class Outage:
    """A store whose saves fail while ``down`` (and its reads, with ``reads_fail``)."""

    def __init__(self, inner: TokenStore) -> None:
        self.inner = inner
        self.down = self.reads_fail = False
        self.locks = 0

    def load(self) -> Token | None:
        if self.down and self.reads_fail:
            raise TokenStoreError("cannot read token file: Input/output error")
        return self.inner.load()

    def save(self, token: Token) -> None:
        if self.down:
            raise TokenStoreError("cannot write token file: No space left on device")
        self.inner.save(token)

    def delete(self) -> None:
        self.inner.delete()

    def lock(self) -> contextlib.AbstractContextManager[None]:
        self.locks += 1
        return self.inner.lock()


def kept_after_an_outage(manager: TokenManager, store: OutageRedis | Outage, use_async: bool) -> None:
    """Refresh ``rt-0`` while saves fail for longer than ``save_retry_for``: ``at-1`` is kept in memory."""
    store.down = True
    with pytest.raises(TokenStoreError, match="this process keeps it"):
        access_token(manager, use_async)
    assert access_token(manager, use_async) == "at-1"  # still down: used from memory
    store.down = False


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("then", ["relogin", "logout", "nothing"])
def test_a_kept_token_never_overwrites_a_later_login_or_logout(
    redis_client: redis.Redis, then: str, use_async: bool
) -> None:
    clock = FakeClock(NOW)
    RedisTokenStore(redis_client, "acct").save(stale())
    store = OutageRedis(redis_client, "acct")
    refresher = Rotating(clock)
    manager = TokenManager(store, refresher, clock=clock, save_retry_for=5)
    kept_after_an_outage(manager, store, use_async)
    web = RedisTokenStore(redis_client, "acct")
    if then == "relogin":
        web.save(NEW_LOGIN)
        assert access_token(manager, use_async) == "at-new"
        assert web.load() == NEW_LOGIN
    elif then == "logout":
        web.delete()
        assert access_token(manager, use_async) == "at-1"  # the access token in use, until it is stale
        assert web.load() is None
        clock.advance(3600)
        with pytest.raises(ReauthorizationRequiredError, match=LOGGED_OUT) as raised:
            access_token(manager, use_async)
        assert raised.value.code == "login_required"
        assert web.load() is None
    else:  # the store still holds the spent token: the kept one is saved
        assert access_token(manager, use_async) == "at-1"
        stored = web.load()
        assert stored is not None
        assert stored.refresh_token == "rt-1"
    assert refresher.spent == ["rt-0"]
    assert redis_client.exists(LEASE_KEY) == 0


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("kind", ["memory", "file"])
@pytest.mark.parametrize("then", ["relogin", "logout", "nothing"])
def test_a_kept_token_is_checked_and_saved_under_the_store_lock(
    tmp_path: Path, kind: str, then: str, use_async: bool
) -> None:
    clock = FakeClock(NOW)
    inner: TokenStore = MemoryTokenStore(stale()) if kind == "memory" else FileTokenStore(tmp_path / "token.json")
    inner.save(stale())
    store = Outage(inner)
    manager = TokenManager(store, Rotating(clock), clock=clock, save_retry_for=5)
    kept_after_an_outage(manager, store, use_async)
    locks = store.locks
    if then == "relogin":
        inner.save(NEW_LOGIN)
    elif then == "logout":
        inner.delete()
    expected = {"relogin": "at-new", "logout": "at-1", "nothing": "at-1"}[then]
    assert access_token(manager, use_async) == expected
    assert store.locks == locks + 1  # the check and the save happened under the lock
    stored = inner.load()
    if then == "relogin":
        assert stored == NEW_LOGIN
    elif then == "logout":
        assert stored is None
    else:
        assert stored is not None
        assert stored.access_token == "at-1"
    assert access_token(manager, use_async) == expected
    assert store.locks == locks + 1  # nothing kept any more: no lock on the fast path


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_kept_token_waits_while_the_store_cannot_be_read(use_async: bool) -> None:
    clock = FakeClock(NOW)
    inner = MemoryTokenStore(stale())
    store = Outage(inner)
    manager = TokenManager(store, Rotating(clock), clock=clock, save_retry_for=5)
    kept_after_an_outage(manager, store, use_async)
    store.down = store.reads_fail = True
    assert access_token(manager, use_async) == "at-1"  # nothing could be checked: kept for a later try
    assert inner.load() == stale()
    store.down = False
    assert access_token(manager, use_async) == "at-1"
    stored = inner.load()
    assert stored is not None
    assert stored.refresh_token == "rt-1"


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_token_refreshed_from_a_kept_one_is_saved_over_the_spent_one(use_async: bool) -> None:
    clock = FakeClock(NOW)
    inner = MemoryTokenStore(stale())
    store = Outage(inner)
    refresher = Rotating(clock)
    manager = TokenManager(store, refresher, clock=clock, save_retry_for=5)
    kept_after_an_outage(manager, store, use_async)
    clock.advance(3600)  # at-1 is stale while the store is still down: rt-1 is refreshed from memory
    store.down = True
    with pytest.raises(TokenStoreError, match="this process keeps it"):
        access_token(manager, use_async)
    store.down = False
    assert access_token(manager, use_async) == "at-2"  # the store still holds rt-0, spent before rt-1 was
    stored = inner.load()
    assert stored is not None
    assert stored.refresh_token == "rt-2"
    assert refresher.spent == ["rt-0", "rt-1"]


async def test_the_async_check_of_a_kept_token_does_no_store_io_on_the_event_loop() -> None:
    clock = FakeClock(NOW)
    loop_thread = threading.get_ident()
    on_loop: list[str] = []

    class Recording(Outage):
        def load(self) -> Token | None:
            if threading.get_ident() == loop_thread:
                on_loop.append("load")
            return super().load()

        def save(self, token: Token) -> None:
            if threading.get_ident() == loop_thread:
                on_loop.append("save")
            super().save(token)

    inner = MemoryTokenStore(stale())
    store = Recording(inner)
    manager = TokenManager(store, Rotating(clock), clock=clock, save_retry_for=5)
    store.down = True
    with pytest.raises(TokenStoreError, match="this process keeps it"):
        await manager.aget_access_token()
    store.down = False
    assert await manager.aget_access_token() == "at-1"
    assert inner.load() == manager.token
    assert on_loop == []
