"""The same scenario against every brand in the simulator, through the common API only:
list, status, lock and wait, capability refusal, events; then the mixed fleet at once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest

from carconnect.core import FakeClock, NotCapableError, QuotaExceededError, ServerError
from carconnect.garage import (
    ALL_FIELDS,
    Availability,
    Command,
    FailedLogin,
    Field,
    Garage,
    Kind,
    Outcome,
    Progress,
    Quantity,
    Update,
)
from carconnect.sim import Simulator

from .conftest import BRANDS, Requests

Clients = Callable[..., Any]


@pytest.mark.parametrize("brand", BRANDS)
async def test_lists_every_car_with_the_same_identity(brand: str, clients: Clients, sim: Simulator) -> None:
    async with clients(brand) as found:
        vehicles = await Garage(found.values()).vehicles()
    assert len(vehicles) == len(sim.fleet.vehicles(brand))
    for vehicle in vehicles:
        assert vehicle.brand == brand
        assert vehicle.vin is not None
        assert len(vehicle.vin) == 17
        assert sim.fleet.find(brand, vehicle.id) is not None
        assert vehicle.make
        assert vehicle.model
        assert isinstance(vehicle.year, int)
        assert Field.ODOMETER in vehicle.capabilities.reads
        assert vehicle.capabilities.source


@pytest.mark.parametrize("brand", BRANDS)
async def test_status_is_one_normalized_snapshot(brand: str, clients: Clients, sim: Simulator) -> None:
    async with clients(brand) as found:
        vehicle = (await Garage(found.values()).vehicles())[0]
        status = await vehicle.status()
    expected_km = sim.fleet.vehicle(brand, vehicle.id).odometer_km
    assert status.odometer.availability is Availability.KNOWN
    assert status.odometer.value is not None
    assert status.odometer.value.kind is Kind.DISTANCE
    assert status.odometer.value.unit == "m"
    assert status.odometer.value.value == pytest.approx(expected_km * 1000, abs=1000)
    assert status.odometer.timestamp is not None
    assert status.odometer.timestamp.tzinfo is not None
    readings = status.readings()
    assert set(readings) == ALL_FIELDS
    for name, reading in readings.items():
        if name not in vehicle.capabilities.reads:
            assert reading.availability is Availability.NOT_SUPPORTED, name
            assert reading.reason
    assert status.location.is_known


@pytest.mark.parametrize("brand", BRANDS)
async def test_status_reads_only_what_was_asked(
    brand: str, clients: Clients, sim: Simulator, requests: Requests
) -> None:
    async with clients(brand) as found:
        vehicle = (await Garage(found.values()).vehicles())[0]
        await vehicle.status([Field.ODOMETER])  # BMW finds or creates its status container once
        before = requests.sent[brand]
        status = await vehicle.status(["odometer"])
    assert requests.sent[brand] - before == 1
    assert status.odometer.is_known
    assert status.locked.availability is Availability.NOT_REQUESTED


@pytest.mark.parametrize("brand", BRANDS)
async def test_lock_waits_for_the_vendor_outcome(
    brand: str, clients: Clients, sim: Simulator, requests: Requests
) -> None:
    steps: list[Progress] = []
    async with clients(brand) as found:
        vehicle = (await Garage(found.values()).vehicles())[0]
        if Command.LOCK not in vehicle.capabilities.commands:
            before = requests.sent[brand]
            with pytest.raises(NotCapableError):
                await vehicle.lock()
            assert requests.sent[brand] == before
            return
        sim.fleet.vehicle(brand, vehicle.id).locked = False
        outcome = await vehicle.lock(progress=steps.append)
    assert outcome.outcome is Outcome.SUCCEEDED
    assert outcome.succeeded
    assert outcome.vendor_status
    assert next(step.stage for step in steps) == "sending"
    assert steps[-1].stage == "done"
    assert sim.deliveries.count(brand, vehicle.id, "lock") == 1
    assert sim.fleet.vehicle(brand, vehicle.id).locked


async def test_ford_reports_each_poll_of_a_command(clients: Clients, sim: Simulator) -> None:
    if "ford" not in BRANDS:
        pytest.skip("carconnect-ford is not installed")
    steps: list[Progress] = []
    async with clients("ford") as found:
        vehicle = (await Garage(found.values()).vehicles())[0]
        outcome = await vehicle.unlock(progress=steps.append)
    assert outcome.succeeded
    assert outcome.vendor_status == "COMPLETED"
    stages = [step.stage for step in steps]
    assert stages[:2] == ["sending", "accepted"]
    assert "pending" in stages
    assert stages[-1] == "done"


@pytest.mark.parametrize("brand", BRANDS)
async def test_an_unsupported_command_is_refused_before_any_call(
    brand: str, clients: Clients, requests: Requests
) -> None:
    async with clients(brand) as found:
        vehicle = (await Garage(found.values()).vehicles())[0]
        missing = sorted(set(Command) - vehicle.capabilities.commands)
        assert missing, f"every {brand} car can do everything"
        before = requests.sent[brand]
        with pytest.raises(NotCapableError, match=brand):
            await vehicle.command(missing[0])
    assert requests.sent[brand] == before


@pytest.mark.parametrize("brand", BRANDS)
async def test_events_are_polled_changes(brand: str, clients: Clients, sim: Simulator, clock: FakeClock) -> None:
    async with clients(brand) as found:
        vehicle = (await Garage(found.values()).vehicles())[0]
        stream = vehicle.events(every=1, fields=[Field.ODOMETER])  # raised to the brand's quota-safe minimum
        first: Update = await anext(stream)
        assert (first.brand, first.vehicle_id, first.field, first.source) == (brand, vehicle.id, Field.ODOMETER, "poll")
        assert isinstance(first.reading.value, Quantity)
        started = clock.monotonic()
        sim.fleet.vehicle(brand, vehicle.id).odometer_km += 120
        second = await anext(stream)
        await stream.aclose()
    assert second.field is Field.ODOMETER
    assert isinstance(second.reading.value, Quantity)
    assert second.reading.value.value == pytest.approx(first.reading.value.value + 120_000, abs=1000)
    assert clock.monotonic() - started >= vehicle.adapter.min_poll_interval
    if brand == "bmw":
        assert vehicle.adapter.min_poll_interval >= 3600  # at most 24 of BMW's 50 daily calls


async def test_a_mixed_fleet_reads_within_limits_and_yields_typed_errors(clients: Clients, sim: Simulator) -> None:
    failing = BRANDS[-1]
    async with clients() as found:
        garage = Garage(found.values())
        vehicles = await garage.vehicles()
        sim.faults.add("quota", brand=failing, retry_after=36_000)
        results = [result async for result in garage.statuses(vehicles, fields=[Field.ODOMETER, Field.LOCATION])]
    assert {result.vehicle.brand for result in results} == set(BRANDS)
    assert len(results) == len(vehicles)
    for result in results:
        if result.vehicle.brand == failing:
            assert isinstance(result.error, QuotaExceededError)
            assert not result.ok
        else:
            assert result.ok
            assert result.value is not None
            assert result.value.odometer.is_known


async def test_a_failed_login_is_reported_without_hiding_the_others(clients: Clients, sim: Simulator) -> None:
    failing = BRANDS[0]
    async with clients() as found:
        garage = Garage(found.values())
        sim.faults.add("quota", brand=failing, retry_after=36_000)
        failed: list[FailedLogin] = []
        vehicles = await garage.vehicles(failed=failed)
        with pytest.raises(QuotaExceededError):
            await garage.vehicles()
    assert [login.brand for login in failed] == [failing]
    assert isinstance(failed[0].error, QuotaExceededError)
    assert {vehicle.brand for vehicle in vehicles} == set(BRANDS) - {failing}


async def test_fleet_errors_are_logged_with_their_text_not_only_their_class(
    clients: Clients, sim: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="carconnect.garage")
    failing = "volvo" if "volvo" in BRANDS else BRANDS[0]
    async with clients(failing) as found:
        garage = Garage(found.values())
        vehicles = await garage.vehicles()
        sim.faults.add("quota", brand=failing, retry_after=36_000)
        results = [result async for result in garage.statuses(vehicles, fields=[Field.ODOMETER])]
        failed: list[FailedLogin] = []
        await garage.vehicles(failed=failed)
    messages = [record.getMessage() for record in caplog.records if record.name == "carconnect.garage"]
    errors = [result.error for result in results if result.error is not None] + [failed[0].error]
    assert errors
    for error in errors:  # the HTTP status, the vendor's code and its message
        assert any(f"QuotaExceededError: {error}" in message for message in messages), (error, messages)


def test_a_logged_error_carries_the_vendors_request_id_once() -> None:
    from carconnect.garage.garage import describe

    error = ServerError("boom", status_code=500, code="X", request_id="req-1")
    text = describe(error)
    assert text.startswith("ServerError: HTTP 500 X: boom")
    assert text.count("req-1") == 1


async def test_volvo_range_comes_from_the_one_endpoint_that_has_it(clients: Clients, requests: Requests) -> None:
    if "volvo" not in BRANDS:
        pytest.skip("carconnect-volvo is not installed")
    async with clients("volvo") as found:
        for vehicle in await Garage(found.values()).vehicles():
            before = requests.sent["volvo"]
            status = await vehicle.status([Field.RANGE])
            assert status.range.is_known, (vehicle.model, status.range.reason)
            assert requests.sent["volvo"] - before == 1, vehicle.model  # Energy for electric cars, else statistics


async def test_every_volvo_with_a_traction_battery_reports_its_level(clients: Clients, sim: Simulator) -> None:
    """The plug-in hybrid's Energy API has no battery level; its /fuel does."""
    if "volvo" not in BRANDS:
        pytest.skip("carconnect-volvo is not installed")
    async with clients("volvo") as found, Garage(found.values()) as garage:
        for vehicle in await garage.vehicles():
            car = sim.fleet.vehicle("volvo", vehicle.id)
            status = await vehicle.status([Field.BATTERY_LEVEL])
            level = car.battery_level(sim.clock.now())
            if car.spec.powertrain == "ICE":
                assert status.battery_level.availability is Availability.NOT_SUPPORTED
                continue
            assert level is not None
            assert status.battery_level.value is not None, (vehicle.model, status.battery_level.reason)
            assert status.battery_level.value.value == pytest.approx(level / 100, abs=0.001), vehicle.model


async def test_a_ford_command_without_a_status_route_is_sent_once_and_reported_as_unanswered(
    clients: Clients, sim: Simulator
) -> None:
    async with clients("ford") as found, Garage(found.values()) as garage:
        car = next(car for car in await garage.vehicles() if Command.START_CHARGING in car.capabilities.commands)
        charging = await car.start_charging()
        not_waited = await car.lock(wait=0)
    assert (charging.outcome, charging.vendor_status) == (Outcome.TIMED_OUT, "accepted")
    assert not_waited.outcome is Outcome.TIMED_OUT
    assert sim.deliveries.count("ford", car.id, "charge_start") == 1
    assert sim.deliveries.count("ford", car.id, "lock") == 1


async def test_a_volvo_login_without_energy_scopes_still_lists_its_cars(sim: Simulator, clock: FakeClock) -> None:
    from carconnect.core import AccessTokenCallback
    from carconnect.sim import DEMO_CLIENTS
    from carconnect.volvo import AsyncVolvoClient

    scopes = [scope for scope in DEMO_CLIENTS["volvo"].scopes if not scope.startswith("energy:")]

    async def token() -> str:
        return str(sim.issue_token("volvo", scopes=scopes)["access_token"])

    api_key = DEMO_CLIENTS["volvo"].api_key
    assert api_key is not None
    client = AsyncVolvoClient(AccessTokenCallback(aget=token), api_key=api_key, base_url=sim.url("volvo"), clock=clock)
    async with Garage([client]) as garage:
        failed: list[FailedLogin] = []
        cars = await garage.vehicles(failed=failed)
    assert failed == []
    assert len(cars) == len(sim.fleet.vehicles("volvo"))


async def test_a_bmw_car_mapped_as_secondary_is_skipped_without_spending_a_call(
    clients: Clients, sim: Simulator, requests: Requests
) -> None:
    if "bmw" not in BRANDS:
        pytest.skip("carconnect-bmw is not installed")
    secondary, *primary = sim.fleet.vehicles("bmw")
    secondary.secondary_mapping = True  # CarData lists it and refuses its data (CU-104)
    async with clients("bmw") as found, Garage(found.values()) as garage:
        failed: list[FailedLogin] = []
        cars = await garage.vehicles(failed=failed)
    assert not failed
    assert [car.vin for car in cars] == [car.vin for car in primary]
    assert requests.sent["bmw"] == 1 + len(primary)  # the mappings, then one basicData per PRIMARY car


async def test_a_bmw_status_container_deleted_meanwhile_is_found_again(
    clients: Clients, sim: Simulator, requests: Requests
) -> None:
    if "bmw" not in BRANDS:
        pytest.skip("carconnect-bmw is not installed")
    from carconnect.garage.adapters.bmw import BmwAdapter

    async with clients("bmw") as found, Garage(found.values(), options={"bmw": {"stream": False}}) as garage:
        car = (await garage.vehicles())[0]
        adapter = car.adapter
        assert isinstance(adapter, BmwAdapter)
        await car.status([Field.ODOMETER])
        gone = await adapter.container_id()
        await found["bmw"].delete_container(gone)  # in BMW's portal, say: CarData now answers CU-105
        before = requests.sent["bmw"]
        status = await car.status([Field.ODOMETER])
        spent = requests.sent["bmw"] - before
        replaced = await adapter.container_id()
        before = requests.sent["bmw"]
        polled = [update async for update in _first(car.events(fields=[Field.ODOMETER]))]
        later = requests.sent["bmw"] - before
    assert status.odometer.is_known
    assert status.odometer.value is not None
    assert status.odometer.value.value == pytest.approx(sim.fleet.vehicle("bmw", car.id).odometer_km * 1000, abs=1000)
    assert replaced != gone
    assert spent == 4  # the refused read, the container list, the new container, the read
    assert [update.source for update in polled] == ["poll"]
    assert later == 1  # one read on the new container


async def _first(stream: Any) -> Any:
    async for update in stream:
        yield update
        break
    await stream.aclose()


@pytest.mark.parametrize(
    ("status", "code", "reads"),
    [(403, "CU-105", 2), (400, "CU-121", 2), (403, "CU-104", 1)],
    ids=["deactivated", "unknown-id", "other-refusal"],
)
async def test_a_bmw_container_refused_again_is_not_retried_twice(
    clients: Clients, sim: Simulator, status: int, code: str, reads: int
) -> None:
    if "bmw" not in BRANDS:
        pytest.skip("carconnect-bmw is not installed")
    from carconnect.core import ApiError

    async with clients("bmw") as found, Garage(found.values(), options={"bmw": {"stream": False}}) as garage:
        car = (await garage.vehicles())[0]
        body = {"exveErrorId": code, "exveErrorMsg": "refused", "exveErrorRef": "ref-1", "exveNote": "refused"}
        fault = sim.faults.add("error", brand="bmw", method="GET", path="**/telematicData", status=status, body=body)
        with pytest.raises(ApiError) as refused:
            await car.status([Field.ODOMETER])
    assert refused.value.code == code
    assert fault.fired == reads  # a container gone is found again and read once more, never more


async def test_a_reader_cancelled_while_waiting_for_a_push_leaves_no_task_behind() -> None:
    import asyncio

    from carconnect.core import SYSTEM_CLOCK
    from carconnect.garage.events import _first_pushed

    before = asyncio.all_tasks()
    waiting = asyncio.ensure_future(_first_pushed(asyncio.Queue(), SYSTEM_CLOCK, 600))
    await asyncio.sleep(0.01)
    waiting.cancel()  # an application timeout around ``anext(events)``
    with pytest.raises(asyncio.CancelledError):
        await waiting
    await asyncio.sleep(0)
    assert asyncio.all_tasks() - before == set()


async def test_a_client_that_fails_to_close_does_not_leave_the_others_open(
    clients: Clients, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with clients() as found:
        garage = Garage(found.values())
        first, *others = garage.adapters
        closed: list[str] = []

        async def broken(original: Any = first.client.aclose) -> None:
            monkeypatch.setattr(first.client, "aclose", original)  # fails once; the test's own close works
            raise ServerError("the token store did not answer")

        monkeypatch.setattr(first.client, "aclose", broken)
        for adapter in others:
            original = adapter.client.aclose

            async def aclose(brand: str = adapter.brand, original: Any = original) -> None:
                closed.append(brand)
                await original()

            monkeypatch.setattr(adapter.client, "aclose", aclose)
        with pytest.raises(ServerError, match="token store"):
            await garage.aclose()
        assert sorted(closed) == sorted(adapter.brand for adapter in others)


@pytest.mark.parametrize("brand", ["volvo", "smartcar"])
async def test_closing_the_garage_ends_a_reader_waiting_for_the_next_poll(
    brand: str, sim: Simulator, requests: Requests
) -> None:
    import asyncio

    from carconnect.core import ClientClosedError

    from .conftest import client_of
    from .test_blocking import WaitingClock

    clock = WaitingClock()
    garage = Garage([client_of(brand, sim, clock, requests)])
    vehicle = (await garage.vehicles())[0]
    stream = vehicle.events(fields=[Field.ODOMETER])
    await anext(stream)  # the first poll; the next one is never due on this clock
    reader = asyncio.ensure_future(anext(stream))
    async with asyncio.timeout(5):
        while not clock.waiting.is_set():
            await asyncio.sleep(0.001)
    async with asyncio.timeout(5):  # at once, not when the next poll would be due
        await garage.aclose()
        with pytest.raises(ClientClosedError, match="garage was closed"):
            await reader


async def test_commands_waiting_for_their_outcome_hold_up_no_read(sim: Simulator, requests: Requests) -> None:
    """Ford allows 2 calls at once per login: two commands polling for their outcome leave them free."""
    import asyncio

    from .conftest import client_of
    from .test_blocking import WaitingClock

    clock = WaitingClock()  # a command's next poll is never due
    async with Garage([client_of("ford", sim, clock, requests)]) as garage:
        vehicle = (await garage.vehicles())[0]
        accepted: list[Progress] = []
        waiting = [
            asyncio.ensure_future(command(progress=accepted.append, wait=300))
            for command in (vehicle.lock, vehicle.unlock)
        ]
        async with asyncio.timeout(5):
            while sum(step.stage == "accepted" for step in accepted) < 2:
                await asyncio.sleep(0.001)
            status = await vehicle.status([Field.ODOMETER])
        assert status.odometer.is_known
        assert not any(task.done() for task in waiting)
        for task in waiting:
            task.cancel()
        await asyncio.gather(*waiting, return_exceptions=True)
