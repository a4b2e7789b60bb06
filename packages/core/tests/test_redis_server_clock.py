"""Shared limits decide by the Redis server's clock, so workers whose clocks are apart count as one:
real Redis time, read without sleeping; workers' own clocks are FakeClocks set far off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import redis

from carconnect.core import FakeClock, QuotaExceededError
from carconnect.core.shared import QuotaLedger, RedisClock, SlidingWindowLimiter


def server_now(client: redis.Redis) -> datetime:
    seconds, micros = client.time()
    return datetime.fromtimestamp(seconds + micros / 1e6, UTC)


def off_by(client: redis.Redis, seconds: float) -> FakeClock:
    """A worker's own clock, ``seconds`` away from the server's."""
    return FakeClock(server_now(client) + timedelta(seconds=seconds))


def test_the_redis_clock_is_the_servers_time_timed_on_the_local_clock(redis_client: redis.Redis) -> None:
    local = off_by(redis_client, 3600)
    clock = RedisClock(redis_client, local=local, resync=60.0)
    assert abs((clock.now() - server_now(redis_client)).total_seconds()) < 1.0
    first = clock.now()
    local.advance(30)  # within resync: carried forward on the local clock, no new reading
    assert clock.now() - first == timedelta(seconds=30)
    local.advance(31)  # the server's time is read again: it moved far less than the local clock
    assert abs((clock.now() - server_now(redis_client)).total_seconds()) < 1.0
    assert clock.monotonic() == local.monotonic()
    clock.sleep(5)  # waits are the local clock's
    assert local.sleeps == [5]


def test_limits_take_the_servers_clock_by_default(redis_client: redis.Redis) -> None:
    for limit in (SlidingWindowLimiter(redis_client, limit=1), QuotaLedger(redis_client, limit=1)):
        assert isinstance(limit.clock, RedisClock)
    given = FakeClock()
    assert SlidingWindowLimiter(redis_client, limit=1, clock=given).clock is given


def test_workers_with_clocks_apart_share_one_window(redis_client: redis.Redis) -> None:
    def limiter(seconds_off: float) -> SlidingWindowLimiter:
        clock = RedisClock(redis_client, local=off_by(redis_client, seconds_off))
        return SlidingWindowLimiter(redis_client, limit=2, window=60.0, clock=clock)

    ahead, behind = limiter(30), limiter(-30)
    assert ahead.reserve("volvo:u") == 0.0
    assert behind.reserve("volvo:u") == 0.0
    # the third call waits a whole window from the first, whichever worker asks
    assert ahead.reserve("volvo:u") == pytest.approx(60.0, abs=1.0)
    assert behind.reserve("volvo:u") == pytest.approx(60.0, abs=1.0)
    slots = redis_client.zrange("carconnect:ratelimit:volvo:u", 0, 0, withscores=True)
    assert slots[0][1] == pytest.approx(server_now(redis_client).timestamp(), abs=1.0)  # the script read TIME


def test_workers_with_clocks_apart_share_one_ledger(redis_client: redis.Redis) -> None:
    def ledger(seconds_off: float) -> QuotaLedger:
        clock = RedisClock(redis_client, local=off_by(redis_client, seconds_off))
        return QuotaLedger(redis_client, limit=1, period=timedelta(seconds=30), code="CU-429", clock=clock)

    ahead, behind = ledger(45), ledger(-45)
    assert ahead.spend("bmw:acct") == 0
    with pytest.raises(QuotaExceededError) as refused:
        behind.spend("bmw:acct")  # by its own clock, the call above would count for 75 s more
    assert refused.value.retry_after == pytest.approx(30.0, abs=1.0)
    status = ahead.status("bmw:acct")  # by its own clock, that call would have stopped counting
    assert (status.used, status.remaining) == (1, 0)
    assert status.resets_at is not None
    assert (status.resets_at - server_now(redis_client)).total_seconds() == pytest.approx(30.0, abs=1.0)
    behind.mark_exhausted("bmw:acct")  # blocked by the server's time, until the call frees up
    assert behind.status("bmw:acct").resets_at == status.resets_at
