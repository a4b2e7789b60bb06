"""Fleet reads: bounded concurrency, outcomes as they finish, failures that stop nothing, cancellation."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest

from carconnect.core import AsyncClientBase, FakeClock, NotFoundError, Policy, RetryPolicy
from carconnect.core.fleet import Failed, Read, read_fleet, read_fleet_sync
from carconnect.core.users import user_key

API = "https://api.example.test"


class Gauge:
    """How many reads run at once, at most."""

    def __init__(self) -> None:
        self.now = self.peak = 0

    def enter(self) -> None:
        self.now += 1
        self.peak = max(self.peak, self.now)

    def leave(self) -> None:
        self.now -= 1


async def test_outcomes_come_as_reads_finish_within_the_bound() -> None:
    gauge = Gauge()

    async def read(n: int) -> int:
        gauge.enter()
        await asyncio.sleep(0.001 * (10 - n % 10))
        gauge.leave()
        if n % 7 == 3:
            raise NotFoundError("no such vehicle", status_code=404)
        return n * n

    async with read_fleet(range(40), read, concurrency=5) as outcomes:
        seen = [outcome async for outcome in outcomes]
    assert gauge.peak == 5
    assert sorted(outcome.item for outcome in seen) == list(range(40))
    assert [outcome.item for outcome in seen] != list(range(40))  # finish order, not input order
    failed = [outcome for outcome in seen if isinstance(outcome, Failed)]
    assert sorted(outcome.item for outcome in failed) == [3, 10, 17, 24, 31, 38]
    assert all(isinstance(outcome.error, NotFoundError) and not outcome.ok for outcome in failed)
    assert all(outcome.value == outcome.item**2 for outcome in seen if isinstance(outcome, Read))


async def test_items_are_taken_lazily() -> None:
    taken: list[int] = []

    def items() -> Any:
        for n in range(1000):
            taken.append(n)
            yield n

    async def read(n: int) -> int:
        return n

    async with read_fleet(items(), read, concurrency=3) as outcomes:
        first = await anext(outcomes)
    assert first.ok
    assert len(taken) <= 6  # at most two rounds of three: the finished ones and those now in flight


async def test_leaving_early_cancels_the_reads_in_flight() -> None:
    started, cancelled = [], []

    async def read(n: int) -> int:
        started.append(n)
        try:
            await asyncio.sleep(0 if n == 0 else 60)
        except asyncio.CancelledError:
            cancelled.append(n)
            raise
        return n

    async with read_fleet(range(100), read, concurrency=4) as outcomes:
        async for outcome in outcomes:
            assert outcome.item == 0
            break
    assert sorted(started) == [0, 1, 2, 3]  # nothing started after the consumer left
    assert sorted(cancelled) == [1, 2, 3]


async def test_cancelling_the_consumer_cancels_every_read() -> None:
    cancelled: list[int] = []
    running = asyncio.Event()

    async def read(n: int) -> int:
        running.set()
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cancelled.append(n)
            raise
        return n

    async def consume() -> None:
        async with read_fleet(range(10), read, concurrency=3) as outcomes:
            async for _ in outcomes:
                pass

    task = asyncio.create_task(consume())
    await running.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert sorted(cancelled) == [0, 1, 2]


async def test_a_read_that_fails_before_awaiting_is_an_outcome_too() -> None:
    def read(n: int) -> Any:
        if n == 1:
            raise NotFoundError("no such vehicle", status_code=404)
        return asyncio.sleep(0, result=n)

    async with read_fleet(range(3), read, concurrency=2) as outcomes:
        seen = {outcome.item: outcome.ok async for outcome in outcomes}
    assert seen == {0: True, 1: False, 2: True}


async def test_a_bad_concurrency_is_refused() -> None:
    async def read(n: int) -> int:
        return n

    with pytest.raises(ValueError, match="concurrency"):
        read_fleet([1], read, concurrency=0)


def test_the_sync_variant_reads_in_a_bounded_thread_pool() -> None:
    gauge, lock = Gauge(), threading.Lock()

    def read(n: int) -> int:
        with lock:
            gauge.enter()
        time.sleep(0.002)
        with lock:
            gauge.leave()
        if n == 5:
            raise NotFoundError("gone", status_code=404)
        return -n

    seen = list(read_fleet_sync(range(30), read, concurrency=4))
    assert gauge.peak <= 4
    assert sorted(outcome.item for outcome in seen) == list(range(30))
    assert [outcome.item for outcome in seen if not outcome.ok] == [5]

    outcomes = read_fleet_sync(range(30), read, concurrency=2)
    assert next(outcomes).ok
    outcomes.close()  # leaving early starts no more reads


class Throttle(Policy):
    """A per-user limit of ``per_user`` calls, then a wait of a minute (as a vendor's limiter would)."""

    def __init__(self, per_user: int) -> None:
        self.per_user = per_user
        self.calls: dict[str | None, int] = {}

    def on_request(self, request: httpx.Request) -> float:
        key = user_key()
        self.calls[key] = self.calls.get(key, 0) + 1
        return 60.0 if self.calls[key] > self.per_user else 0.0


class Garage(AsyncClientBase):
    async def odometer(self, vin: str) -> int:
        response = await self.http_client_for(API).get(f"/vehicles/{vin}/odometer")
        return int(response.json()["km"])


def _vehicles(request: httpx.Request) -> httpx.Response:
    vin = request.url.path.split("/")[2]
    if vin == "missing":
        return httpx.Response(404, json={"error": "not found"})
    return httpx.Response(200, json={"km": len(vin)})


async def test_users_times_vehicles_through_views_waits_only_as_the_policies_say() -> None:
    clock, throttle = FakeClock(), Throttle(per_user=3)
    garage = Garage(
        None,
        policies=[throttle],
        transport=httpx.MockTransport(_vehicles),
        clock=clock,
        retry=RetryPolicy.disabled(),
    )
    async with garage:
        views = {user: garage.for_user(f"token-{user}", key=user) for user in ("alice", "bob")}
        pairs = [(user, vin) for user in views for vin in ("v1", "vin22", "v333", "missing")]

        async def read(pair: tuple[str, str]) -> int:
            user, vin = pair
            return await views[user].odometer(vin)

        async with read_fleet(pairs, read, concurrency=8) as outcomes:
            seen = {outcome.item: outcome async for outcome in outcomes}
    assert {item: outcome.value for item, outcome in seen.items() if isinstance(outcome, Read)} == {
        (user, vin): len(vin) for user in ("alice", "bob") for vin in ("v1", "vin22", "v333")
    }
    assert [item for item, outcome in seen.items() if not outcome.ok] == [("alice", "missing"), ("bob", "missing")]
    assert all(isinstance(outcome.error, NotFoundError) for outcome in seen.values() if isinstance(outcome, Failed))
    assert throttle.calls == {"alice": 4, "bob": 4}
    assert clock.sleeps == [60.0, 60.0]  # the fourth call of each user; the helper added no wait
