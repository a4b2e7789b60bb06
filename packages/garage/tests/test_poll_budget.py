"""Polling within quotas counted per account or application, not per car: BMW's 50 calls a day are the
account's (all its cars share them), Volvo's 10,000 a day the application's, and a Volvo status costs
one request per endpoint involved."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from carconnect.core import FakeClock
from carconnect.garage import Field, Garage, Update, Vehicle
from carconnect.sim import Simulator

from .conftest import BRANDS, Requests, client_of

Clients = Callable[..., Any]
DAY = 86_400
BMW_ONLY = {"bmw": {"stream": False}}


def needs(brand: str) -> None:
    if brand not in BRANDS:
        pytest.skip(f"carconnect-{brand} is not installed")


async def next_poll(stream: AsyncGenerator[Update, None], clock: FakeClock) -> float:
    """Seconds the stream waited before its next poll (it yields once that poll changed something)."""
    before = len(clock.sleeps)
    await anext(stream)
    return sum(clock.sleeps[before:])


async def test_the_cars_of_one_bmw_account_share_its_daily_calls(sim: Simulator, requests: Requests) -> None:
    needs("bmw")
    clock = FakeClock(datetime(2026, 3, 2, 0, 5, tzinfo=UTC))
    client = client_of("bmw", sim, clock, requests)
    async with Garage([client], options=BMW_ONLY) as garage:
        cars = await garage.vehicles()
        assert len(cars) == 3
        streams = [car.events(fields=[Field.ODOMETER]) for car in cars]
        for stream in streams:
            await anext(stream)  # each car's first poll
        sim.fleet.vehicle("bmw", cars[0].id).odometer_km += 5
        waited = await next_poll(streams[0], clock)
        limit = client.quota.limit
        assert waited == pytest.approx(3 * DAY / (limit / 2))  # three cars' polls take half the account's day
        assert DAY / waited * len(cars) <= limit / 2
        await streams[1].aclose()
        await streams[2].aclose()
        sim.fleet.vehicle("bmw", cars[0].id).odometer_km += 5
        alone = await next_poll(streams[0], clock)
        await streams[0].aclose()
    assert alone == pytest.approx(3600)  # one car polled: never more than hourly


async def test_bmw_polls_leave_the_calls_kept_for_the_callers_own_use(
    sim: Simulator, requests: Requests, caplog: pytest.LogCaptureFixture
) -> None:
    needs("bmw")
    clock = FakeClock(datetime(2026, 3, 2, 18, 0, tzinfo=UTC))
    client = client_of("bmw", sim, clock, requests)
    async with Garage([client], options=BMW_ONLY) as garage:
        car = (await garage.vehicles())[0]
        while client.quota.remaining() > client.quota.limit // 2:
            client.quota.spend()  # the caller's own calls today
        sent = requests.sent["bmw"]
        stream = car.events(fields=[Field.ODOMETER])
        with caplog.at_level(logging.INFO, logger="carconnect.garage"):
            first = await anext(stream)
        await stream.aclose()
    assert first.reading.is_known
    assert clock.now() >= datetime(2026, 3, 3, tzinfo=UTC)  # polled once BMW's day had turned
    assert requests.sent["bmw"] > sent
    assert any("kept for your own calls" in record.getMessage() for record in caplog.records)


async def test_a_volvo_stream_polls_no_faster_than_its_requests_fit_the_applications_day(
    clients: Clients, sim: Simulator, clock: FakeClock, requests: Requests
) -> None:
    needs("volvo")
    from carconnect.garage.adapters.volvo import DAILY_CALLS, VolvoAdapter

    async with clients("volvo") as found, Garage(found.values()) as garage:
        cars: list[Vehicle] = await garage.vehicles()
        hybrid = next(car for car in cars if car.model == "XC60 T8 Recharge")
        before = requests.sent["volvo"]
        await hybrid.status()
        per_status = requests.sent["volvo"] - before
        stream = hybrid.events(every=1)
        for _ in hybrid.capabilities.reads:
            await anext(stream)  # the first poll: every field, first seen
        sim.fleet.vehicle("volvo", hybrid.id).odometer_km += 5
        before = requests.sent["volvo"]
        waited = await next_poll(stream, clock)
        await stream.aclose()
    assert per_status == 7
    assert requests.sent["volvo"] - before <= per_status
    assert waited > VolvoAdapter.min_poll_interval
    assert DAY / waited * per_status <= DAILY_CALLS * VolvoAdapter.poll_share


async def test_streams_stop_counting_against_the_quota_once_closed(clients: Clients) -> None:
    needs("bmw")
    async with clients("bmw") as found, Garage(found.values(), options=BMW_ONLY) as garage:
        cars = await garage.vehicles()
        adapter = cars[0].adapter
        polls = [adapter.polling(car.info, frozenset({Field.ODOMETER})) for car in cars]
        assert polls[0].floor() == pytest.approx(len(cars) * DAY / 25)
        for poll in polls[1:]:
            poll.close()
        assert polls[0].floor() == adapter.min_poll_interval
        polls[0].close()
        assert polls[0].load.calls_per_round == 0
