"""RedisTokenStore against a real redis-server: storage, lease, fencing, and a restart mid-run."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol

import pytest
import redis

from carconnect.core import (
    FakeClock,
    LeaseLostError,
    StoreUnavailableError,
    Token,
    TokenManager,
    TokenStore,
    TokenStoreError,
    TransportError,
)
from carconnect.core.shared import QuotaLedger, RedisTokenStore, SlidingWindowLimiter

from .conftest import FRESH, CountingRefresher, token


class RedisServer(Protocol):
    """conftest's real server: its URL, and a crash and a restart on the same port and data."""

    url: str

    def kill(self) -> None: ...

    def start(self) -> None: ...


def test_save_load_delete_under_a_namespaced_key(redis_url: str) -> None:
    store = RedisTokenStore(redis_url, "volvo:user-1")
    assert isinstance(store, TokenStore)
    assert store.load() is None
    store.save(token(1))
    assert store.load() == token(1)
    with redis.Redis.from_url(redis_url) as client:
        assert client.exists("carconnect:token:volvo:user-1") == 1
    store.delete()
    assert store.load() is None
    assert "at-1" not in repr(store)
    assert "rt-1" not in repr(store)
    store.close()


def test_repr_shows_neither_token_nor_password() -> None:
    store = RedisTokenStore("redis://:hunter2@127.0.0.1:1/0", "acct")  # connects only when used
    assert repr(store) == "RedisTokenStore('127.0.0.1:1', name='acct')"
    store.close()


def test_a_key_without_a_token_is_an_error(redis_client: redis.Redis) -> None:
    redis_client.set("carconnect:token:broken", b"{not json")
    with pytest.raises(TokenStoreError, match="is not a valid token: log in again"):
        RedisTokenStore(redis_client, "broken").load()


def test_fencing_refuses_a_writer_that_stalled_past_its_lease(redis_client: redis.Redis) -> None:
    # hold=lease: no renewal, as when the whole process stalls (a frozen VM, a long GC pause)
    slow = RedisTokenStore(redis_client, "acct", lease=0.2, hold=0.2)
    fast = RedisTokenStore(redis_client, "acct", lease=5)
    slow.save(token(0))
    with slow.lock():
        time.sleep(0.3)  # stalled: the lease ran out
        with fast.lock():
            fast.save(token(2))
        with pytest.raises(LeaseLostError, match="taken over") as refused:
            slow.save(token(1))
    assert "rt-1" not in str(refused.value)
    assert "at-1" not in str(refused.value)
    assert slow.load() == token(2)


def test_a_stale_writer_is_refused_even_before_the_new_holder_saves(redis_client: redis.Redis) -> None:
    slow, fast = RedisTokenStore(redis_client, "acct", lease=0.2, hold=0.2), RedisTokenStore(redis_client, "acct")
    with slow.lock():
        time.sleep(0.3)
        with fast.lock():
            with pytest.raises(LeaseLostError):
                slow.save(token(1))
            fast.save(token(2))
    assert fast.load() == token(2)


def test_a_save_outside_the_lease_wins_and_a_delete_cannot_be_undone_by_the_holder(redis_client: redis.Redis) -> None:
    holder, login = RedisTokenStore(redis_client, "acct"), RedisTokenStore(redis_client, "acct")
    with holder.lock():
        login.save(token(9))  # a fresh login while a refresh is in flight
        with pytest.raises(LeaseLostError):
            holder.save(token(1))
    assert holder.load() == token(9)
    with holder.lock():
        login.delete()
        with pytest.raises(LeaseLostError):
            holder.save(token(1))
    assert holder.load() is None


def test_lease_expiry_lets_another_worker_in(redis_client: redis.Redis) -> None:
    crashed = RedisTokenStore(redis_client, "acct", lease=0.4, hold=0.4)
    waiting = RedisTokenStore(redis_client, "acct", wait=5)
    crashed.lock().__enter__()  # a worker that took the lease and died (nothing renews it)
    started = time.monotonic()
    with waiting.lock():
        waited = time.monotonic() - started
        with pytest.raises(TokenStoreError, match="no refresh lease"):
            RedisTokenStore(redis_client, "acct", wait=0).lock().__enter__()  # the lease is held again
    assert 0.2 < waited < 3


def test_a_live_holder_keeps_its_lease_while_its_refresh_runs(redis_client: redis.Redis) -> None:
    """A refresh slower than the lease (a slow login server) never lets a second worker spend the token."""
    holder = RedisTokenStore(redis_client, "acct", lease=0.3)
    with holder.lock():
        time.sleep(0.8)  # more than two leases
        with pytest.raises(TokenStoreError, match="no refresh lease"):
            RedisTokenStore(redis_client, "acct", wait=0).lock().__enter__()
        holder.save(token(1))  # still the newest fence
    assert redis_client.exists("carconnect:token:acct:lease") == 0
    with RedisTokenStore(redis_client, "acct", wait=0).lock():  # released at once
        pass


def test_a_lease_is_renewed_for_at_most_hold_seconds(redis_client: redis.Redis) -> None:
    stuck = RedisTokenStore(redis_client, "acct", lease=0.6, hold=1.8)  # renewed every 0.2 s, even on a busy machine
    stuck.lock().__enter__()  # a refresh that never ends
    started = time.monotonic()
    with RedisTokenStore(redis_client, "acct", wait=8).lock():
        waited = time.monotonic() - started
    assert 1.0 < waited < 5  # renewed past one lease (0.6 s), then let go after hold (1.8 s)


def test_releasing_an_expired_lease_leaves_the_new_holders_lease_alone(redis_client: redis.Redis) -> None:
    first = RedisTokenStore(redis_client, "acct", lease=0.2, hold=0.2)
    second = RedisTokenStore(redis_client, "acct", lease=5).lock()
    try:
        with first.lock():
            time.sleep(0.3)
            second.__enter__()
        with pytest.raises(TokenStoreError, match="no refresh lease"):
            RedisTokenStore(redis_client, "acct", wait=0.1).lock().__enter__()
    finally:
        second.__exit__(None, None, None)  # its renewal ends with it, not with the test session
    assert redis_client.exists("carconnect:token:acct:lease") == 0


def test_threads_and_tasks_share_one_refresh(redis_client: redis.Redis) -> None:
    clock = FakeClock(datetime(2029, 1, 1, tzinfo=UTC))
    refresher = CountingRefresher()
    RedisTokenStore(redis_client, "acct").save(token(0, expires_at=clock.now()))
    managers = [TokenManager(RedisTokenStore(redis_client, "acct"), refresher, clock=clock) for _ in range(3)]
    results: list[str] = []

    def in_thread(manager: TokenManager) -> None:
        results.append(manager.get_access_token())

    async def in_tasks(manager: TokenManager) -> list[str]:
        return list(await asyncio.gather(*(manager.aget_access_token() for _ in range(5))))

    threads = [threading.Thread(target=in_thread, args=(managers[i % 2],)) for i in range(6)]
    for thread in threads:
        thread.start()
    results += asyncio.run(in_tasks(managers[2]))
    for thread in threads:
        thread.join()
    assert refresher.spent == ["rt-0"]
    assert set(results) == {"at-1"}
    assert sum(manager.refresh_count for manager in managers) == 1


def test_redis_restarted_mid_run_raises_a_typed_error_then_works_with_the_token_kept(
    redis_server: RedisServer,
) -> None:
    clock = FakeClock()
    store = RedisTokenStore(redis_server.url, "acct")
    store.save(token(1))
    manager = TokenManager(store, CountingRefresher(), clock=clock)
    limiter = SlidingWindowLimiter(redis_server.url, limit=2, clock=clock)
    ledger = QuotaLedger(redis_server.url, limit=2, clock=clock)
    assert manager.get_access_token() == "at-1"
    assert limiter.reserve("user") == 0.0
    assert ledger.spend("user") == 1

    redis_server.kill()  # as in a crash: no shutdown save
    for attempt in (store.load, lambda: store.save(token(5)), lambda: limiter.reserve("user"), store.lock().__enter__):
        with pytest.raises(StoreUnavailableError) as failed:
            attempt()
        assert isinstance(failed.value, TransportError | TokenStoreError)
    with pytest.raises(StoreUnavailableError):
        ledger.spend("user")
    with pytest.raises(StoreUnavailableError):
        TokenManager(store, CountingRefresher(), clock=clock).get_access_token()

    redis_server.start()  # same port, same directory: the append-only file is read back
    assert store.load() == token(1)
    assert TokenManager(store, CountingRefresher(), clock=clock).get_access_token() == "at-1"
    assert limiter.reserve("user") == 0.0
    assert limiter.reserve("user") == pytest.approx(61.0)  # the slot taken before the crash still counts
    assert ledger.spend("user") == 0  # and so does the call
    for user in (store, limiter, ledger):
        user.close()


def test_token_store_errors_are_transport_errors_too() -> None:
    assert issubclass(StoreUnavailableError, TransportError)
    assert issubclass(StoreUnavailableError, TokenStoreError)
    assert issubclass(LeaseLostError, TokenStoreError)


def test_an_expired_token_is_refreshed_from_the_stored_one_after_a_restart(redis_server: RedisServer) -> None:
    clock = FakeClock(FRESH + timedelta(seconds=1))
    store = RedisTokenStore(redis_server.url, "acct")
    store.save(token(3, expires_at=FRESH))
    redis_server.kill()
    redis_server.start()
    refresher = CountingRefresher()
    assert TokenManager(store, refresher, clock=clock).get_access_token() == "at-4"
    assert refresher.spent == ["rt-3"]
    store.close()


def test_a_lease_that_was_never_taken_releases_nothing(redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client, "acct", wait=0.05)
    with store.lock():
        stray = store.lock()
        with pytest.raises(TokenStoreError, match="no refresh lease"):
            stray.__enter__()
        stray.__exit__(None, None, None)
        assert redis_client.exists("carconnect:token:acct:lease") == 1
        with pytest.raises(TokenStoreError, match="no refresh lease"):
            RedisTokenStore(redis_client, "acct", wait=0).lock().__enter__()
        store.save(token(1))  # still under the holder's fence


async def test_a_waiter_cancelled_while_waiting_for_the_lease_leaves_the_holders_lease(
    redis_client: redis.Redis,
) -> None:
    from carconnect.core.sources import _locked

    store = RedisTokenStore(redis_client, "acct", wait=0.2)
    with store.lock():
        waiter = asyncio.create_task(_locked(store).__aenter__())
        await asyncio.sleep(0.05)
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
        await asyncio.sleep(0.4)  # the waiter's attempt to take the lease gives up meanwhile
        assert redis_client.exists("carconnect:token:acct:lease") == 1
        with pytest.raises(TokenStoreError, match="no refresh lease"):
            RedisTokenStore(redis_client, "acct", wait=0).lock().__enter__()
        store.save(token(1))


def test_a_worker_whose_lease_was_taken_over_keeps_the_newer_token(redis_client: redis.Redis) -> None:
    clock = FakeClock(datetime(2029, 1, 1, tzinfo=UTC))
    RedisTokenStore(redis_client, "acct").save(token(0, expires_at=clock.now()))
    sent, answer = threading.Event(), threading.Event()

    class Stalling(CountingRefresher):
        def refresh(self, old: Token) -> Token:
            sent.set()
            answer.wait(5)
            return Token("at-stalled", "rt-stalled", expires_at=FRESH)

    stalled = TokenManager(RedisTokenStore(redis_client, "acct"), Stalling(), clock=clock)
    other = TokenManager(RedisTokenStore(redis_client, "acct"), CountingRefresher(), clock=clock)
    results: list[str] = []
    thread = threading.Thread(target=lambda: results.append(stalled.get_access_token()))
    thread.start()
    assert sent.wait(5)
    redis_client.delete("carconnect:token:acct:lease")  # the stalled worker's lease runs out
    assert other.get_access_token() == "at-1"
    answer.set()
    thread.join()
    assert results == ["at-1"]
    assert stalled.get_access_token() == "at-1"
    assert RedisTokenStore(redis_client, "acct").load() == token(1)
