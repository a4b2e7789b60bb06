"""RedisTokenStore with TokenManager: what a holder does when its save fails or its lease ran out, a
logout, and many async waiters for one lease (a real redis-server)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
import redis

from carconnect.core import (
    FakeClock,
    ReauthorizationRequiredError,
    StoreUnavailableError,
    Token,
    TokenManager,
    TokenStoreError,
)
from carconnect.core.shared import RedisTokenStore

from .conftest import CountingRefresher, access_token, token

NOW = datetime(2029, 1, 1, tzinfo=UTC)
LEASE_KEY = "carconnect:token:acct:lease"


class BlippingStore(RedisTokenStore):
    """Fails the next ``failures`` saves as an unreachable Redis would, checking the lease is held."""

    failures = 0
    lease_held_at_failure: list[bool]

    def save(self, token: Token) -> None:
        if self.failures:
            self.failures -= 1
            self.lease_held_at_failure.append(bool(self.redis.exists(LEASE_KEY)))
            raise StoreUnavailableError("Redis did not answer while saving token 'acct': ConnectionError")
        super().save(token)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_save_that_fails_is_retried_under_the_lease(redis_client: redis.Redis, use_async: bool) -> None:
    clock = FakeClock(NOW)
    RedisTokenStore(redis_client, "acct").save(token(0, NOW))
    refresher = CountingRefresher()
    store = BlippingStore(redis_client, "acct")
    store.failures, store.lease_held_at_failure = 3, []
    assert access_token(TokenManager(store, refresher, clock=clock), use_async) == "at-1"
    assert store.lease_held_at_failure == [True, True, True]
    assert redis_client.exists(LEASE_KEY) == 0  # released once saved
    other = TokenManager(RedisTokenStore(redis_client, "acct"), refresher, clock=clock)
    assert access_token(other, use_async) == "at-1"
    assert refresher.spent == ["rt-0"]


def test_a_save_that_keeps_failing_raises_store_unavailable_and_keeps_the_token(redis_client: redis.Redis) -> None:
    clock = FakeClock(NOW)
    RedisTokenStore(redis_client, "acct").save(token(0, NOW))
    store = BlippingStore(redis_client, "acct")
    store.failures, store.lease_held_at_failure = 1_000, []
    manager = TokenManager(store, CountingRefresher(), clock=clock, save_retry_for=5)
    with pytest.raises(StoreUnavailableError, match="redis key carconnect:token:acct within 5 s"):
        manager.get_access_token()
    assert all(store.lease_held_at_failure)
    store.failures = 0
    assert manager.get_access_token() == "at-1"  # saved on the next call
    assert RedisTokenStore(redis_client, "acct").load() == manager.token


def test_a_logout_is_not_undone(redis_client: redis.Redis) -> None:
    clock = FakeClock(NOW)
    RedisTokenStore(redis_client, "acct").save(token(0, NOW + timedelta(minutes=30)))
    refresher = CountingRefresher()
    worker = TokenManager(RedisTokenStore(redis_client, "acct"), refresher, clock=clock)
    assert worker.get_access_token() == "at-0"
    RedisTokenStore(redis_client, "acct").delete()
    clock.advance(1800)
    with pytest.raises(ReauthorizationRequiredError, match="redis key carconnect:token:acct"):
        worker.get_access_token()
    assert redis_client.exists("carconnect:token:acct") == 0
    assert refresher.spent == []


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_holder_whose_lease_ran_out_sends_nothing(redis_client: redis.Redis, use_async: bool) -> None:
    clock = FakeClock(NOW)
    RedisTokenStore(redis_client, "acct").save(token(0, NOW))
    refresher = CountingRefresher()
    other = TokenManager(RedisTokenStore(redis_client, "acct"), refresher, clock=clock)

    class Stalling(RedisTokenStore):
        """Stalls after loading the token under its lease, until the lease ran out and another refreshed."""

        stalled = False

        def load(self) -> Token | None:
            stored = super().load()
            if not self.stalled and redis_client.exists(LEASE_KEY):
                self.stalled = True
                redis_client.delete(LEASE_KEY)  # the lease runs out while this worker is frozen
                assert other.get_access_token() == "at-1"
            return stored

    stalled = TokenManager(Stalling(redis_client, "acct"), refresher, clock=clock)
    assert access_token(stalled, use_async) == "at-1"  # the other worker's token
    assert refresher.spent == ["rt-0"]  # rt-0 was not sent a second time


def test_a_lost_lease_with_nothing_newer_stored_raises_without_sending(redis_client: redis.Redis) -> None:
    clock = FakeClock(NOW)
    RedisTokenStore(redis_client, "acct").save(token(0, NOW))

    class Losing(RedisTokenStore):
        def load(self) -> Token | None:
            redis_client.delete(LEASE_KEY)
            return super().load()

    refresher = CountingRefresher()
    with pytest.raises(TokenStoreError, match=r"lease .* ran out before the refresh was sent"):
        TokenManager(Losing(redis_client, "acct"), refresher, clock=clock).get_access_token()
    assert refresher.spent == []


def test_renew_lease_succeeds_only_while_the_lease_is_this_holders(redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client, "acct")
    assert store.renew_lease() is False
    with store.lock():
        assert store.renew_lease() is True
        redis_client.delete(LEASE_KEY)
        assert store.renew_lease() is False
    assert store.renew_lease() is False


async def test_async_waiters_leave_the_thread_pool_to_the_lease_holder(redis_url: str) -> None:
    """More waiters than worker threads: the holder still gets a thread to save and release."""
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=2))
    clock = FakeClock(NOW)
    RedisTokenStore(redis_url, "acct").save(token(0, NOW))
    refresher = CountingRefresher()
    stores = [RedisTokenStore(redis_url, "acct", wait=2.0) for _ in range(6)]
    results = await asyncio.gather(
        *(TokenManager(store, refresher, clock=clock).aget_access_token() for store in stores)
    )
    assert results == ["at-1"] * 6
    assert refresher.spent == ["rt-0"]
    for store in stores:
        store.close()


def test_the_label_names_the_key() -> None:
    from carconnect.core.stores import store_label

    store = RedisTokenStore("redis://:hunter2@127.0.0.1:1/0", "volvo:x")
    assert store_label(store) == "redis key carconnect:token:volvo:x"
    store.close()
