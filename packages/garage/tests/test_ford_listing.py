"""FordConnect's vehicle list as Ford sends it: a car the user has not authorized for the application
(``vehicleAuthorizationIndicator`` 0, every GET about it answered 406) is left out without a call, one
car's failed ``/vin`` never drops the others, and an entry without ``engineType`` is a car whose
drivetrain the ``vehicle`` answer tells."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
import respx

from carconnect.core import AccessTokenCallback, FakeClock, NotCapableError, ServerError
from carconnect.garage import Availability, Command, Field, Garage, Outcome
from carconnect.sim import Simulator
from carconnect.sim.vendor_fixtures import fixture_file

from .conftest import BRANDS

BASE = "https://api.mps.ford.com"
VEHICLES = f"{BASE}/api/fordconnect/v3/vehicles"
EDGE = "12341234123412341234123412341234"
"""The captured list's petrol car."""
VAN = "52341234123412341234123412341235"
"""The captured list's car not authorized for the application."""
MACH_E = "22221111111111151111111111112222"
"""The captured list's electric car."""
NOT_ACCEPTABLE = "fordconnect-v1-error-406-not-acceptable.json"

pytestmark = pytest.mark.skipif("ford" not in BRANDS, reason="carconnect-ford is not installed")


def load(name: str) -> Any:
    return json.loads(fixture_file(__file__, f"ford/{name}").read_text())


def vin_of(vehicle_id: str) -> str:
    return f"1FM{vehicle_id[:14]}"


@pytest.fixture
def router() -> respx.Router:
    """Ford's answers from the captured payloads: the list (no ``engineType``), each authorized car's
    VIN and ``vehicle`` answer, Ford's 406 for any GET about the car not authorized."""
    router = respx.Router(assert_all_called=False)
    router.get(VEHICLES).respond(200, json=load("fordconnect-v1-vehicles-list.json"))
    for vehicle_id, engine in ((EDGE, "ice"), (MACH_E, "ev")):
        router.get(f"{VEHICLES}/{vehicle_id}/vin").respond(200, json={"status": "SUCCESS", "vin": vin_of(vehicle_id)})
        router.get(f"{VEHICLES}/{vehicle_id}").respond(200, json=load(f"fordconnect-v1-vehicle-info-{engine}.json"))
    router.get(url__startswith=f"{VEHICLES}/{VAN}").respond(406, json=load(NOT_ACCEPTABLE))
    return router


def ford(router: respx.Router) -> Any:
    from carconnect.ford import AsyncFordConnectClient

    transport = httpx.MockTransport(router.handler)
    return AsyncFordConnectClient("token", base_url=BASE, transport=transport, clock=FakeClock())


def calls_to(router: respx.Router, vehicle_id: str) -> int:
    return sum(vehicle_id in str(call.request.url) for call in router.calls)


async def test_a_car_not_authorized_for_the_application_is_left_out_without_a_call(
    router: respx.Router, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="carconnect.garage")
    async with Garage([ford(router)]) as garage:
        cars = await garage.vehicles()
    assert [car.id for car in cars] == [EDGE, MACH_E]
    assert [car.vin for car in cars] == [vin_of(EDGE), vin_of(MACH_E)]
    assert calls_to(router, VAN) == 0
    assert any(VAN in record.getMessage() and "not authorized" in record.getMessage() for record in caplog.records)


async def test_one_cars_failed_vin_read_drops_no_other_car(
    router: respx.Router, caplog: pytest.LogCaptureFixture
) -> None:
    router.get(f"{VEHICLES}/{EDGE}/vin").respond(503, json={"statusCode": 503, "message": "Service unavailable"})
    caplog.set_level(logging.WARNING, logger="carconnect.garage")
    async with Garage([ford(router)]) as garage:
        cars = {car.id: car for car in await garage.vehicles()}
    assert set(cars) == {EDGE, MACH_E}
    assert cars[EDGE].vin is None  # listed without it
    assert cars[MACH_E].vin == vin_of(MACH_E)
    assert any(EDGE in record.getMessage() for record in caplog.records if record.levelno == logging.WARNING)


async def test_a_ford_listing_whose_every_vin_read_fails_raises_the_error(router: respx.Router) -> None:
    for vehicle_id in (EDGE, MACH_E):
        router.get(f"{VEHICLES}/{vehicle_id}/vin").respond(503, json={"statusCode": 503, "message": "Unavailable"})
    async with Garage([ford(router)]) as garage:
        with pytest.raises(ServerError):
            await garage.vehicles()


async def test_a_car_listed_without_engine_type_reads_and_charges_as_its_vehicle_answer_says(
    router: respx.Router,
) -> None:
    start = router.post(f"{BASE}/api/fordconnect/v1/vehicles/{MACH_E}/startCharge").respond(
        202, json=load("fordconnect-v1-command-accepted.json")
    )
    async with Garage([ford(router)]) as garage:
        cars = {car.id: car for car in await garage.vehicles()}
        mach_e, edge = cars[MACH_E], cars[EDGE]
        electric = await mach_e.status()
        petrol = await edge.status()
        charging = await mach_e.start_charging(wait=0)
        with pytest.raises(NotCapableError, match="ICE"):
            await edge.start_charging()  # its vehicle answer said ICE: refused before any call
    for car in (mach_e, edge):
        assert {Field.BATTERY_LEVEL, Field.CHARGING, Field.PLUGGED_IN, Field.FUEL_LEVEL} <= car.capabilities.reads
        assert {Command.START_CHARGING, Command.STOP_CHARGING} <= car.capabilities.commands
    assert electric.battery_level.value is not None
    assert electric.battery_level.value.value == pytest.approx(0.8)
    assert electric.plugged_in.value is True
    assert electric.range.value is not None
    assert electric.range.value.value == pytest.approx(304_000)
    assert electric.fuel_level.availability is Availability.NOT_SUPPORTED
    assert petrol.odometer.is_known
    for reading in (petrol.battery_level, petrol.charging, petrol.plugged_in):
        assert reading.availability is Availability.NOT_SUPPORTED
        assert "ICE" in (reading.reason or "")
    assert (charging.outcome, charging.vendor_status) == (Outcome.TIMED_OUT, "accepted")  # sent, not waited for
    assert start.call_count == 1
    assert not any(str(call.request.url).endswith(f"{EDGE}/startCharge") for call in router.calls)


async def test_the_simulator_lists_a_car_the_user_did_not_authorize_and_the_garage_leaves_it_out(
    sim: Simulator, clock: FakeClock
) -> None:
    from carconnect.ford import AsyncFordConnectClient

    fleet = sim.fleet.vehicles("ford")
    authorized = [vehicle.id for vehicle in fleet[:-1]]

    async def token() -> str:
        return str(sim.issue_token("ford-connect", vehicle_ids=authorized)["access_token"])

    paths: list[str] = []

    async def sent(request: httpx.Request) -> None:
        paths.append(request.url.path)

    client = AsyncFordConnectClient(
        AccessTokenCallback(aget=token), base_url=sim.url("ford", "mps"), clock=clock, event_hooks={"request": [sent]}
    )
    async with Garage([client]) as garage:
        listed = (await client.vehicles()).to_dict()["vehicles"]
        cars = await garage.vehicles()
    indicators = {entry["vehicleId"]: entry["vehicleAuthorizationIndicator"] for entry in listed}
    assert indicators == {vehicle.id: 0 if vehicle.id not in authorized else 1 for vehicle in fleet}
    assert [car.id for car in cars] == authorized
    assert not any(fleet[-1].id in path for path in paths)
