"""Fleet reads against the simulator over loopback: one user's many reads stay within Volvo's limit
through the client's rate limiter (no 429), failures come back as typed outcomes among the others."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from carconnect.core import ApiError, FakeClock
from carconnect.core.fleet import Failed, Read, read_fleet
from carconnect.sim import DEMO_CLIENTS, Simulator
from carconnect.volvo import AsyncVolvoClient

API_KEY = DEMO_CLIENTS["volvo"].api_key or ""
MISSING_VIN = "YV1XXXXXXXX000000"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sim(clock: FakeClock) -> Iterator[Simulator]:
    with Simulator(seed=0, clock=clock) as running:
        yield running


async def test_a_users_110_reads_wait_for_the_limit_instead_of_earning_a_429(sim: Simulator, clock: FakeClock) -> None:
    vins = [vehicle.vin for vehicle in sim.fleet.vehicles("volvo")]
    statuses: list[int] = []

    async def note(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    hooks = {"response": [note]}
    async with AsyncVolvoClient(
        None, api_key=API_KEY, base_url=sim.url("volvo"), clock=clock, event_hooks=hooks
    ) as volvo:
        owner = volvo.for_user(sim.issue_token("volvo")["access_token"], key="owner")
        reads = [vins[n % len(vins)] for n in range(109)] + [MISSING_VIN]
        async with read_fleet(reads, owner.odometer, concurrency=8) as outcomes:
            seen = [outcome async for outcome in outcomes]
    failed = [outcome for outcome in seen if isinstance(outcome, Failed)]
    assert len(seen) == 110
    assert [outcome.item for outcome in failed] == [MISSING_VIN]
    assert isinstance(failed[0].error, ApiError)  # typed: the vehicle is not this user's
    assert failed[0].error.status_code == 404
    assert all(type(outcome.value).__name__ == "Odometer" for outcome in seen if isinstance(outcome, Read))
    assert sorted(statuses) == [200] * 109 + [404]  # every read sent once: no 429, no retry
    assert max(clock.sleeps) == pytest.approx(61.0)  # the 101st read waited for the minute to slide
