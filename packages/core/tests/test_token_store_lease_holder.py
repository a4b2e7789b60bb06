"""RedisTokenStore: only the holder of the lease writes with its fence, even when other threads and
tasks share the store object (a real redis-server)."""

from __future__ import annotations

import asyncio
import contextvars
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
import redis

from carconnect.core import FakeClock, LeaseLostError, Token, TokenManager
from carconnect.core.shared import RedisTokenStore

from .conftest import token

NOW = datetime(2029, 1, 1, tzinfo=UTC)
LEASE_KEY = "carconnect:token:acct:lease"


def test_a_write_from_another_thread_takes_a_fresh_fence(redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client, "acct")
    with ThreadPoolExecutor(1) as other, store.lock():
        other.submit(store.save, token(9)).result()  # e.g. a web handler's new login
        with pytest.raises(LeaseLostError):
            store.save(token(1))
        assert store.load() == token(9)
        other.submit(store.delete).result()  # its logout
        with pytest.raises(LeaseLostError):
            store.save(token(1))
    assert store.load() is None


def test_the_holders_context_copied_to_a_worker_thread_writes_with_the_lease(redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client, "acct")
    with ThreadPoolExecutor(1) as worker, store.lock():
        context = contextvars.copy_context()  # what asyncio.to_thread and run_blocking pass on
        worker.submit(context.run, store.save, token(1)).result()
        assert worker.submit(context.run, store.renew_lease).result() is True
        assert worker.submit(store.renew_lease).result() is False  # not the holder: nothing renewed
        RedisTokenStore(redis_client, "acct").save(token(9))  # a write outside the lease wins
        with pytest.raises(LeaseLostError):
            worker.submit(context.run, store.save, token(2)).result()
    assert store.load() == token(9)
    assert store.renew_lease() is False


async def test_a_write_from_another_task_takes_a_fresh_fence(redis_client: redis.Redis) -> None:
    """The async TokenManager holds the lease in its task; a handler task sharing the store does not."""
    clock = FakeClock(NOW)
    store = RedisTokenStore(redis_client, "acct")
    await asyncio.to_thread(store.save, Token("at-0", "rt-0", expires_at=NOW))
    on_wire, written = asyncio.Event(), asyncio.Event()
    renewed: list[bool] = []

    class Refresher:
        def refresh(self, old: Token) -> Token:
            raise AssertionError("the async path refreshes with arefresh")

        async def arefresh(self, old: Token) -> Token:
            renewed.append(await asyncio.to_thread(store.renew_lease))  # the holder's worker thread
            on_wire.set()
            await written.wait()
            return Token("at-1", "rt-1", expires_at=NOW + timedelta(hours=1))

    async def handler() -> None:
        await on_wire.wait()
        renewed.append(await asyncio.to_thread(store.renew_lease))  # not the holder
        await asyncio.to_thread(store.save, token(9))
        written.set()

    manager = TokenManager(store, Refresher(), clock=clock)
    other = asyncio.create_task(handler())
    assert await asyncio.wait_for(manager.aget_access_token(), 10) == "at-9"  # the newer token stored meanwhile
    await other
    assert renewed == [True, False]
    assert await asyncio.to_thread(store.load) == token(9)
    assert await asyncio.to_thread(redis_client.exists, LEASE_KEY) == 0


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_holder_whose_lease_was_taken_over_cannot_overwrite_the_newer_token(
    redis_client: redis.Redis, use_async: bool
) -> None:
    clock = FakeClock(NOW)
    RedisTokenStore(redis_client, "acct").save(Token("at-0", "rt-0", expires_at=NOW))

    class Stalling:
        def refresh(self, old: Token) -> Token:
            redis_client.delete(LEASE_KEY)  # the holder stalls past its lease; another worker refreshes
            faster = RedisTokenStore(redis_client, "acct")
            with faster.lock():
                faster.save(token(9))
            return Token("at-1", "rt-1", expires_at=NOW + timedelta(hours=1))

        async def arefresh(self, old: Token) -> Token:
            return await asyncio.to_thread(self.refresh, old)

    manager = TokenManager(RedisTokenStore(redis_client, "acct"), Stalling(), clock=clock)
    got = asyncio.run(manager.aget_access_token()) if use_async else manager.get_access_token()
    assert got == "at-9"
    assert RedisTokenStore(redis_client, "acct").load() == token(9)
