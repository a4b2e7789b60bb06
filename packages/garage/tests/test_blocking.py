"""The blocking garage: the same scenario from code without an event loop, on the one async implementation."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from carconnect.core import ClientClosedError, FakeClock, NotCapableError
from carconnect.garage import Command, Field, Outcome, Progress, Quantity, Status
from carconnect.garage.blocking import BlockingGarage, BlockingVehicle
from carconnect.sim import Simulator

from .conftest import BRANDS, Requests, client_of


def garage_of(sim: Simulator, clock: FakeClock, requests: Requests, *brands: str) -> BlockingGarage:
    return BlockingGarage(client_of(brand, sim, clock, requests) for brand in brands or BRANDS)


def test_lists_reads_and_commands_every_brand_without_an_event_loop(
    sim: Simulator, clock: FakeClock, requests: Requests
) -> None:
    with garage_of(sim, clock, requests) as garage:
        vehicles = garage.vehicles()
        assert {vehicle.brand for vehicle in vehicles} == set(BRANDS)
        assert all(isinstance(vehicle, BlockingVehicle) for vehicle in vehicles)
        for vehicle in vehicles:  # who each car is: the async vehicle's facts
            facts = (vehicle.brand, vehicle.id, vehicle.vin, vehicle.make, vehicle.model, vehicle.year)
            info = vehicle.vehicle.info
            assert facts == (info.brand, info.id, info.vin, info.make, info.model, info.year)
            assert vehicle.capabilities == info.capabilities
            assert vehicle.info is info
        results = list(garage.statuses(vehicles, fields=[Field.ODOMETER]))
        assert {result.vehicle.id for result in results} == {vehicle.id for vehicle in vehicles}
        assert all(result.ok and isinstance(result.value, Status) for result in results)
        first: dict[str, BlockingVehicle] = {}
        for vehicle in vehicles:
            first.setdefault(vehicle.brand, vehicle)
        for brand, vehicle in first.items():
            odometer = vehicle.status([Field.ODOMETER]).odometer
            assert isinstance(odometer.value, Quantity), brand
            if Command.LOCK in vehicle.capabilities.commands:
                sim.fleet.vehicle(brand, vehicle.id).locked = False
                steps: list[Progress] = []
                outcome = vehicle.lock(progress=steps.append)
                assert outcome.outcome is Outcome.SUCCEEDED, brand
                assert steps[0].stage == "sending"
                assert steps[-1].stage == "done"
                assert sim.deliveries.count(brand, vehicle.id, "lock") == 1
            missing = sorted(set(Command) - vehicle.capabilities.commands)
            before = requests.sent[brand]
            with pytest.raises(NotCapableError):
                vehicle.command(missing[0])
            assert requests.sent[brand] == before


def test_events_are_a_blocking_iterator_that_stops_its_stream(
    sim: Simulator, clock: FakeClock, requests: Requests
) -> None:
    brand = BRANDS[0]
    with garage_of(sim, clock, requests, brand) as garage:
        vehicle = garage.vehicles()[0]
        events = vehicle.events(fields=[Field.ODOMETER])
        first = next(events)
        sim.fleet.vehicle(brand, vehicle.id).odometer_km += 50
        second = next(events)
        events.close()
    assert (first.field, second.field) == (Field.ODOMETER, Field.ODOMETER)
    assert isinstance(first.reading.value, Quantity)
    assert isinstance(second.reading.value, Quantity)
    assert second.reading.value.value == pytest.approx(first.reading.value.value + 50_000, abs=1000)


def test_closing_closes_the_clients_and_stops_the_loop_thread(
    sim: Simulator, clock: FakeClock, requests: Requests, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = threading.active_count()
    garage = garage_of(sim, clock, requests)
    assert threading.active_count() == threads + 1
    garage.vehicles()
    closed: list[str] = []
    for adapter in garage.garage.adapters:
        original = adapter.client.aclose

        async def aclose(brand: str = adapter.brand, original: Any = original) -> None:
            closed.append(brand)
            await original()

        monkeypatch.setattr(adapter.client, "aclose", aclose)
    garage.close()
    assert sorted(closed) == sorted(BRANDS)
    assert threading.active_count() == threads


def test_a_garage_that_cannot_take_a_client_leaves_no_loop_thread() -> None:
    threads = threading.active_count()
    with pytest.raises(TypeError, match="not a client"):
        BlockingGarage([object()])
    assert threading.active_count() == threads


def test_closing_twice_is_harmless(sim: Simulator, clock: FakeClock, requests: Requests) -> None:
    with garage_of(sim, clock, requests, "volvo") as garage:
        garage.close()  # and again as the block ends
    assert garage.garage.adapters


class WaitingClock(FakeClock):
    """A :class:`FakeClock` whose waits never end by themselves: the next poll is never due."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = threading.Event()

    async def asleep(self, seconds: float) -> None:
        self.waiting.set()
        await asyncio.Event().wait()


def test_closing_ends_an_event_stream_read_in_another_thread(sim: Simulator, requests: Requests) -> None:
    clock = WaitingClock()
    garage = BlockingGarage([client_of("volvo", sim, clock, requests)])
    vehicle = garage.vehicles()[0]
    events = vehicle.events(fields=[Field.ODOMETER])
    next(events)  # the first poll; the next one waits on the clock
    ended: list[BaseException | None] = []

    def read() -> None:
        try:
            next(events)
            ended.append(None)
        except BaseException as error:  # what ended the read, to look at
            ended.append(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert clock.waiting.wait(5)
    closer = threading.Thread(target=garage.close, daemon=True)
    closer.start()
    closer.join(5)
    assert not closer.is_alive(), "close() waited for the event stream read in another thread"
    reader.join(5)
    assert len(ended) == 1
    assert isinstance(ended[0], ClientClosedError)
    with pytest.raises(ClientClosedError):
        vehicle.status([Field.ODOMETER])  # not the portal's RuntimeError
