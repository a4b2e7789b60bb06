"""Four spawned processes on one real redis-server: one rotating refresh token spent once (against
the simulator's Volvo token endpoint), and the shared limiter and ledger never exceeding their limits."""

from __future__ import annotations

import importlib
import multiprocessing
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any, cast

import pytest
import redis

from carconnect.core import Token
from carconnect.core.shared import RedisTokenStore
from carconnect.sim import Simulator

PROCESSES = 4


def worker(name: str) -> Callable[..., Any]:
    """A function of redis_worker (beside this file; importable once the pool fixture put it on sys.path)."""
    return cast("Callable[..., Any]", getattr(importlib.import_module("redis_worker"), name))


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    """Spawned worker processes that can import redis_worker (its folder is on their sys.path)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(Path(__file__).parent))
        context = multiprocessing.get_context("spawn")
        started = context.Barrier(PROCESSES + 1)
        with context.Pool(PROCESSES, worker("ready"), (started,)) as workers:
            started.wait(timeout=60)  # every worker has imported carconnect, httpx and redis
            yield workers


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator(seed=0, plugins={}) as running:
        yield running


def _soon() -> float:
    """A start moment every worker waits for, so they all contend at once."""
    return time.time() + 0.6


def test_processes_spend_one_rotating_refresh_token_exactly_once(pool: Pool, sim: Simulator, redis_url: str) -> None:
    issued = sim.issue_token("volvo")
    stale = Token(issued["access_token"], issued["refresh_token"], expires_at=datetime.now(UTC) - timedelta(minutes=1))
    with redis.Redis.from_url(redis_url) as client:
        RedisTokenStore(client, "volvo:user-1").save(stale)
    ends = sim.endpoints("volvo")
    oauth = {"client_id": ends.client.client_id, "client_secret": ends.client.client_secret}
    oauth["token_url"] = ends.token_url
    start_at = _soon()
    results = pool.starmap(worker("refresh_once"), [(redis_url, "volvo:user-1", oauth, start_at)] * PROCESSES)

    tokens = {access for access, _ in results}
    assert sum(refreshes for _, refreshes in results) == 1
    assert len(tokens) == 1
    assert stale.access_token not in tokens
    spent = sim.oauth.tokens[issued["refresh_token"]]
    assert spent.status == "rotated"  # spent once: a second spend would have been reuse, revoking the grant
    assert all(grant.active for grant in sim.oauth.grants.values())
    store = RedisTokenStore(redis_url, "volvo:user-1")
    stored = store.load()
    store.close()
    assert stored is not None
    assert stored.access_token in tokens


def test_processes_share_the_sliding_window_limit(pool: Pool, redis_url: str) -> None:
    limit, window, now, each = 10, 60.0, datetime(2026, 1, 1, tzinfo=UTC).timestamp(), 8
    start_at = _soon()
    results = pool.starmap(worker("reserve_many"), [(redis_url, limit, window, now, each, start_at)] * PROCESSES)
    moments = sorted(moment for result in results for moment in result)
    assert len(moments) == PROCESSES * each
    assert moments[:limit] == [now] * limit  # the first ten go at once
    # no window of `window` seconds holds more than `limit` calls
    assert all(later - earlier >= window for earlier, later in zip(moments, moments[limit:], strict=False))


def test_processes_share_the_quota_ledger(pool: Pool, redis_url: str) -> None:
    limit, now, each = 50, datetime(2026, 1, 1, tzinfo=UTC).timestamp(), 20
    start_at = _soon()
    results = pool.starmap(worker("spend_many"), [(redis_url, limit, now, each, start_at)] * PROCESSES)
    left = [value for result in results for value in result if value is not None]
    assert sorted(left) == list(range(limit))  # every call left counted once, none beyond the limit
    assert sum(value is None for result in results for value in result) == PROCESSES * each - limit
