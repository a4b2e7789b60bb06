"""A script whose answer was lost after it ran (redis-py sends it again on a new connection once the
socket timed out) has the effect of one run: the lease is taken once, a slot counted once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import cast

import pytest
import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from carconnect.core import FakeClock, RateLimitError, TokenStoreError
from carconnect.core.shared import RedisTokenStore, SlidingWindowLimiter
from carconnect.sim.redis_server import RedisServer

from .conftest import token
from .redis_proxy import DelayProxy

LEASE_KEY, FENCE_KEY = "carconnect:token:acct:lease", "carconnect:token:acct:fence"
SLOTS_KEY = "carconnect:ratelimit:volvo:user-1"


@pytest.fixture
def proxy(redis_server: RedisServer) -> Iterator[DelayProxy]:
    with DelayProxy(redis_server.port) as proxy:
        yield proxy


@pytest.fixture
def slow_client(proxy: DelayProxy) -> Iterator[redis.Redis]:
    """A client through the proxy that gives up on an answer after 0.3 s and sends the command again,
    as ``connect()``'s clients do after 5 s."""
    client = redis.Redis(port=proxy.port, socket_timeout=0.3, retry=Retry(ExponentialBackoff(cap=0.5, base=0.05), 2))
    yield client
    client.close()


def test_a_lease_whose_answer_was_lost_is_held_at_once(
    proxy: DelayProxy, slow_client: redis.Redis, redis_client: redis.Redis
) -> None:
    store = RedisTokenStore(slow_client, "acct", wait=3)
    with store.lock():  # the scripts are loaded
        pass
    fence = int(redis_client.get(FENCE_KEY) or 0)
    proxy.delay_answer(b"EVALSHA", 0.8)  # the next script runs, its answer comes after the timeout
    started = time.monotonic()
    with store.lock():
        assert proxy.delayed.is_set()
        assert time.monotonic() - started < 2.5  # not waiting for its own lease to expire
        assert int(redis_client.get(FENCE_KEY) or 0) == fence + 1  # one lease, one fence
        store.save(token(1))  # its fence is the newest
        with pytest.raises(TokenStoreError, match="no refresh lease"):
            RedisTokenStore(redis_client, "acct", wait=0).lock().__enter__()
    assert redis_client.exists(LEASE_KEY) == 0
    assert store.load() == token(1)


def test_the_lease_script_run_twice_for_one_owner_takes_one_lease(redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client, "acct")
    keys = [LEASE_KEY, FENCE_KEY]
    taken, fence = store._acquire(keys=keys, args=["owner-1", 30_000, store._fence_ms])
    redis_client.pexpire(LEASE_KEY, 100)  # some of the lease ran while the answer was lost
    assert store._acquire(keys=keys, args=["owner-1", 30_000, store._fence_ms]) == [1, fence]
    assert taken == 1
    assert redis_client.get(LEASE_KEY) == b"owner-1"
    assert redis_client.pttl(LEASE_KEY) > 10_000  # renewed by the second run
    assert redis_client.get(FENCE_KEY) == str(fence).encode()
    refused, _ = store._acquire(keys=keys, args=["owner-2", 30_000, store._fence_ms])
    assert refused == 0


@pytest.mark.parametrize("max_wait", [120.0, 10.0])
def test_a_slot_whose_answer_was_lost_counts_once(
    proxy: DelayProxy, slow_client: redis.Redis, redis_client: redis.Redis, max_wait: float
) -> None:
    limiter = SlidingWindowLimiter(slow_client, limit=2, max_wait=max_wait)  # the server's clock
    assert limiter.reserve("volvo:user-1") == 0.0  # the script is loaded
    proxy.delay_answer(b"EVALSHA", 0.8)
    assert limiter.reserve("volvo:user-1", slot="second") == 0.0  # not moved a window later, nor refused
    assert proxy.delayed.is_set()
    slots = [
        score for _, score in cast(list[tuple[bytes, float]], redis_client.zrange(SLOTS_KEY, 0, -1, withscores=True))
    ]
    assert len(slots) == 2
    assert slots[1] - slots[0] < 2  # both now, not one a window later
    with pytest.raises(RateLimitError):  # two calls within the window: the third waits about a window
        SlidingWindowLimiter(redis_client, limit=2, max_wait=30).reserve("volvo:user-1")


def test_the_slot_script_run_twice_for_one_member_takes_one_slot(redis_client: redis.Redis, clock: FakeClock) -> None:
    limiter = SlidingWindowLimiter(redis_client, limit=1, clock=clock)
    commands = {"volvo:user-1:commands": 1}
    assert limiter.reserve("volvo:user-1", also=commands, slot="first") == 0.0
    clock.advance(0.25)
    assert limiter.reserve("volvo:user-1", also=commands, slot="first") == 0.0  # the same slot
    assert redis_client.zcard(SLOTS_KEY) == redis_client.zcard(f"{SLOTS_KEY}:commands") == 1
    assert limiter.reserve("volvo:user-1", slot="second") == pytest.approx(61.0 - 0.25)
