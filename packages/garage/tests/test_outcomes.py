"""Unknown versus not supported from real vendor answers, and command outcomes a car can end with."""

from __future__ import annotations

import asyncio
import json
from typing import Any, Literal

import httpx
import pytest
import respx

from carconnect.core import CommandFailedError, FakeClock, PermissionDeniedError
from carconnect.garage import (
    ALL_FIELDS,
    Availability,
    Capabilities,
    Command,
    Field,
    Outcome,
    Progress,
    Reading,
    Vehicle,
    VehicleInfo,
)
from carconnect.garage.adapters import adapter_for, smartcar, volvo
from carconnect.sim.vendor_fixtures import fixture_file, fixtures_root

FIXTURES = fixtures_root(__file__)


def load(name: str) -> Any:
    return json.loads(fixture_file(__file__, name).read_text())


def test_volvo_energy_errors_are_not_supported_or_unknown_as_volvo_says() -> None:
    nothing = volvo.status_from({"energy_state": load("volvo/energy-v2-state-not-supported.json")}, ALL_FIELDS)
    assert nothing.battery_level.availability is Availability.NOT_SUPPORTED
    assert nothing.charging.availability is Availability.NOT_SUPPORTED
    assert "NOT_SUPPORTED" in (nothing.plugged_in.reason or "")
    phev = volvo.status_from({"energy_state": load("volvo/energy-v2-state-xc90-phev.json")}, ALL_FIELDS)
    assert phev.battery_level.is_known
    assert phev.battery_level.value is not None
    assert phev.battery_level.value.value == pytest.approx(0.873)
    assert phev.plugged_in.value is False
    ex30 = volvo.status_from({"energy_state": load("volvo/energy-v2-state-ex30.json")}, ALL_FIELDS)
    assert ex30.charging_power.availability is Availability.UNKNOWN  # the car has it; no value was found
    assert "PROPERTY_NOT_FOUND" in (ex30.charging_power.reason or "")


def test_a_volvo_electric_range_the_energy_api_lacks_comes_from_the_battery_not_the_tank() -> None:
    state = {**load("volvo/energy-v2-state-xc90-phev.json"), "electricRange": {"status": "ERROR", "code": "ERROR"}}
    statistics = load("volvo/cv2-statistics-xc90-phev.json")["data"]  # 804 km on the tank, 43 km on the battery
    answers = {"energy_state": state, "statistics": statistics}
    electric = volvo.status_from(answers, frozenset({Field.RANGE}), electric=True)
    assert electric.range.value is not None
    assert electric.range.value.value == pytest.approx(43_000)  # as the Energy API's electricRange would be
    fuelled = volvo.status_from({"statistics": statistics}, frozenset({Field.RANGE}))
    assert fuelled.range.value is not None
    assert fuelled.range.value.value == pytest.approx(804_000)  # a car read without the Energy API: the tank


class CapturedVolvo:
    """Answers a Volvo status with the captured bodies of one car, counting the reads."""

    def __init__(self, energy: str | None, statistics: str | None) -> None:
        self.bodies = {"energy_state": energy, "statistics": statistics, "fuel": "cv2-fuel.json"}
        self.reads: list[str] = []

    def __getattr__(self, read: str) -> Any:
        name = self.bodies[read]

        async def answer(vin: str) -> Any:
            self.reads.append(read)
            assert name is not None, f"{read} was not expected"
            body = load(f"volvo/{name}")
            return body.get("data", body)

        return answer


@pytest.mark.parametrize(
    ("model", "energy", "statistics", "kilometres", "read"),
    [
        ("ex30", "ex30", "ex30", 90, "energy_state"),  # fuelType NONE: battery-electric
        ("xc40-bev", "xc40-bev-charging", None, 150 * 1.609344, "energy_state"),  # ELECTRIC
        ("xc90-phev", "xc90-phev", "xc90-phev", 804, "statistics"),  # PETROL/ELECTRIC, Energy has electricRange
        ("xc60-phev", "xc60-phev", "xc60-phev", 920, "statistics"),  # PETROL/ELECTRIC, Energy has no electricRange
        ("s90-diesel", None, "s90-diesel", 147, "statistics"),  # DIESEL
    ],
)
async def test_a_volvo_range_follows_the_drivetrain_not_what_the_energy_api_has(
    model: str, energy: str | None, statistics: str | None, kilometres: float, read: str
) -> None:
    """Battery-electric: the electric range; combustion and plug-in hybrid: the distance the car can still
    drive (for a plug-in hybrid the tank range, which covers the whole drive), as other brands' ``range``."""
    details = load(f"volvo/cv2-vehicle-details-{model}.json")["data"]
    captured = f"volvo/energy-v2-capabilities-{model}.json"
    energy_capabilities = load(captured)["getEnergyState"] if (FIXTURES / captured).exists() else {}
    commands = load("volvo/cv2-commands.json")["data"]
    accessibility = load("volvo/cv2-command-accessibility.json")["data"]
    capabilities = volvo.capabilities(details, commands, accessibility, energy_capabilities)
    info = VehicleInfo("volvo", "VIN", "VIN", "Volvo", model, 2025, capabilities)
    client = CapturedVolvo(
        energy and f"energy-v2-state-{energy}.json", statistics and f"cv2-statistics-{statistics}.json"
    )
    adapter = volvo.VolvoAdapter(client)
    status = await adapter.status(info, frozenset({Field.RANGE}))
    assert client.reads == [read]  # one call, to the endpoint holding this drivetrain's range
    assert status.range.value is not None, status.range.reason
    assert status.range.value.value == pytest.approx(kilometres * 1000)
    if Field.BATTERY_LEVEL in capabilities.reads:  # read together with the battery: the same range
        both = await adapter.status(info, frozenset({Field.RANGE, Field.BATTERY_LEVEL}))
        assert both.range == status.range
        assert both.battery_level.is_known


@pytest.mark.parametrize(
    ("fields", "reads"),
    [
        ({Field.BATTERY_LEVEL}, ["energy_state", "fuel"]),  # /fuel only once the Energy API had none
        ({Field.BATTERY_LEVEL, Field.FUEL_AMOUNT}, ["energy_state", "fuel"]),  # /fuel is read once for both
    ],
)
async def test_a_volvo_battery_level_the_energy_api_lacks_comes_from_fuel(fields: set[Field], reads: list[str]) -> None:
    """The XC60 plug-in hybrid's Energy API supports no battery level; its Connected Vehicle /fuel has one."""
    details = load("volvo/cv2-vehicle-details-xc60-phev.json")["data"]
    energy_capabilities = load("volvo/energy-v2-capabilities-xc60-phev.json")["getEnergyState"]
    assert not energy_capabilities["batteryChargeLevel"]["isSupported"]
    capabilities = volvo.capabilities(details, [], None, energy_capabilities)
    assert Field.BATTERY_LEVEL in capabilities.reads
    info = VehicleInfo("volvo", "VIN", "VIN", "Volvo", "XC60", 2020, capabilities)
    client = CapturedVolvo("energy-v2-state-xc60-phev.json", None)
    status = await volvo.VolvoAdapter(client).status(info, frozenset(fields))
    assert client.reads == reads
    assert status.battery_level.value is not None, status.battery_level.reason
    assert status.battery_level.value.value == pytest.approx(0.873)  # cv2-fuel.json: "87.3" "%"
    assert status.battery_level.value.original_unit == "%"


async def test_a_volvo_fuel_read_refused_leaves_the_energy_apis_battery_reading() -> None:
    class NoFuelScope(CapturedVolvo):
        async def fuel(self, vin: str) -> Any:
            self.reads.append("fuel")
            raise PermissionDeniedError("insufficient scope conve:fuel_status", status_code=403)

    details = load("volvo/cv2-vehicle-details-xc60-phev.json")["data"]
    energy_capabilities = load("volvo/energy-v2-capabilities-xc60-phev.json")["getEnergyState"]
    capabilities = volvo.capabilities(details, [], None, energy_capabilities)
    info = VehicleInfo("volvo", "VIN", "VIN", "Volvo", "XC60", 2020, capabilities)
    client = NoFuelScope("energy-v2-state-xc60-phev.json", None)
    status = await volvo.VolvoAdapter(client).status(info, frozenset({Field.BATTERY_LEVEL}))
    assert client.reads == ["energy_state", "fuel"]
    assert status.battery_level.availability is Availability.NOT_SUPPORTED
    assert "NOT_SUPPORTED" in (status.battery_level.reason or "")


def test_a_volvo_battery_level_neither_api_gives_is_unknown_and_says_why() -> None:
    energy = load("volvo/energy-v2-state-xc60-phev.json")
    energy_only = volvo.status_from({"energy_state": energy}, frozenset({Field.BATTERY_LEVEL}))
    assert energy_only.battery_level.availability is Availability.NOT_SUPPORTED  # /fuel was not read
    neither = volvo.status_from({"energy_state": energy, "fuel": {}}, frozenset({Field.BATTERY_LEVEL}))
    assert neither.battery_level.availability is Availability.UNKNOWN
    assert "/fuel" in (neither.battery_level.reason or "")
    assert "NOT_SUPPORTED" in (neither.battery_level.reason or "")
    energy_first = volvo.status_from(
        {"energy_state": load("volvo/energy-v2-state-xc90-phev.json"), "fuel": {"batteryChargeLevel": None}},
        frozenset({Field.BATTERY_LEVEL}),
    )
    assert energy_first.battery_level.value is not None
    assert energy_first.battery_level.value.original_unit == "percentage"  # the Energy API's


@pytest.mark.parametrize(
    ("model", "battery"),
    [("xc90-petrol", False), ("s90-diesel", False), ("xc60-phev", True), ("xc90-phev", True), ("ex30", True)],
)
def test_a_volvo_reports_a_battery_level_when_it_has_a_traction_battery(model: str, battery: bool) -> None:
    details = load(f"volvo/cv2-vehicle-details-{model}.json")["data"]
    assert (Field.BATTERY_LEVEL in volvo.capabilities(details, [], None, {}).reads) is battery


def test_a_smartcar_plug_in_hybrid_reports_its_range_on_fuel_and_an_electric_car_its_electric_range() -> None:
    battery = smartcar.Answer({"percentRemaining": 0.8, "range": 40.0})
    fuel = smartcar.Answer({"percentRemaining": 0.5, "range": 610.0})
    no_tank = smartcar.Answer(missing=Reading.not_supported("no fuel tank"))
    hybrid = smartcar.status_from({"/battery": battery, "/fuel": fuel}, frozenset({Field.RANGE}))
    electric = smartcar.status_from({"/battery": battery, "/fuel": no_tank}, frozenset({Field.RANGE}))
    assert hybrid.range.value is not None
    assert hybrid.range.value.value == pytest.approx(610_000)
    assert electric.range.value is not None
    assert electric.range.value.value == pytest.approx(40_000)


def test_volvo_tyres_are_warnings_so_pressures_are_not_supported() -> None:
    status = volvo.status_from({}, frozenset({Field.TYRE_PRESSURES, Field.ODOMETER}))
    assert status.tyre_pressures.availability is Availability.NOT_SUPPORTED
    assert status.odometer.availability is Availability.UNKNOWN
    assert status.locked.availability is Availability.NOT_REQUESTED


@respx.mock(base_url="https://api.smartcar.com/v2.0", assert_all_called=True)
async def test_smartcar_batch_items_refused_for_permission_are_not_supported(respx_mock: respx.MockRouter) -> None:
    from carconnect.smartcar import AsyncSmartcarClient

    answer = load("smartcar/v2-batch-mixed-vw-id4.json")
    route = respx_mock.post("/vehicles/vw-1/batch").mock(return_value=httpx.Response(200, json=answer))
    async with AsyncSmartcarClient("access-token") as client:
        adapter = adapter_for(client)
        reads = frozenset({Field.ODOMETER, Field.BATTERY_LEVEL, Field.RANGE, Field.LOCKED, Field.TYRE_PRESSURES})
        info = VehicleInfo("smartcar", "vw-1", None, "VOLKSWAGEN", "ID.4", 2023, Capabilities(reads=reads))
        status = await Vehicle(info, adapter).status()
    assert route.call_count == 1
    sent = json.loads(route.calls[0].request.content)
    assert sorted(item["path"] for item in sent["requests"]) == [
        "/battery",
        "/fuel",
        "/odometer",
        "/security",
        "/tires/pressure",
    ]
    assert status.odometer.value is not None
    assert status.odometer.value.value == pytest.approx(21_919_000)
    assert status.odometer.timestamp is not None
    assert status.range.value is not None
    assert status.range.value.value == pytest.approx(275_000)
    assert status.locked.availability is Availability.NOT_SUPPORTED
    assert "insufficient permissions" in (status.locked.reason or "")
    assert status.tyre_pressures.availability is Availability.NOT_SUPPORTED
    assert status.charging.availability is Availability.NOT_SUPPORTED  # outside the capabilities: no path sent


@pytest.mark.parametrize("unit_system", ["imperial", "metric"])
@respx.mock(base_url="https://api.smartcar.com/v2.0", assert_all_called=True)
async def test_smartcar_batch_items_without_a_unit_header_are_in_the_units_the_client_asked_for(
    respx_mock: respx.MockRouter, unit_system: Literal["imperial", "metric"]
) -> None:
    from carconnect.smartcar import AsyncSmartcarClient

    answer = load("smartcar/v2-batch-all-success.json")  # /fuel and /battery items carry no sc-unit-system
    route = respx_mock.post("/vehicles/sc-1/batch").mock(return_value=httpx.Response(200, json=answer))
    async with AsyncSmartcarClient("access-token", unit_system=unit_system) as client:
        reads = frozenset({Field.FUEL_AMOUNT, Field.RANGE, Field.ODOMETER})
        info = VehicleInfo("smartcar", "sc-1", None, "TESLA", "Model 3", 2023, Capabilities(reads=reads))
        status = await Vehicle(info, adapter_for(client)).status()
    assert route.calls[0].request.headers["sc-unit-system"] == unit_system
    imperial = unit_system == "imperial"
    assert status.fuel_amount.value is not None
    assert status.fuel_amount.value.original_unit == ("gal" if imperial else "l")
    assert status.fuel_amount.value.value == pytest.approx(53.2 * (0.003785411784 if imperial else 0.001))
    assert status.range.value is not None
    assert status.range.value.value == pytest.approx(40.5 * (1609.344 if imperial else 1000))
    assert status.odometer.value is not None  # its item says metric: its own header wins
    assert status.odometer.value.original_unit == "km"
    assert status.odometer.value.value == pytest.approx(37_829_000)


class SlowVolvo:
    """A stand-in Volvo client whose commands answer as told, or (``None``) take ``takes`` seconds of
    its clock and then wait until :attr:`answered` is set."""

    __module__ = "carconnect.volvo.async_client"

    def __init__(self, answer: Any, takes: float = 0.0) -> None:
        self.answer, self.takes = answer, takes
        self.clock = FakeClock()
        self.answered = asyncio.Event()
        self.sent = 0

    async def lock(self, vin: str) -> Any:
        self.sent += 1
        if isinstance(self.answer, Exception):
            raise self.answer
        if self.answer is None:
            self.clock.advance(self.takes)
            await self.answered.wait()
        return self.answer


def volvo_car(client: Any) -> Vehicle:
    info = VehicleInfo("volvo", "YV1", "YV1", "Volvo", "XC40", 2024, Capabilities(commands=frozenset({Command.LOCK})))
    return Vehicle(info, adapter_for(client))


async def test_a_refused_command_is_a_failed_outcome_with_the_vendor_reason() -> None:
    from carconnect.volvo import CommandResult

    refused = CommandResult("lock", "YV1", "REJECTED", succeeded=False, message="The car is not reachable")  # type: ignore[arg-type]
    outcome = await volvo_car(SlowVolvo(refused)).lock()
    assert (outcome.outcome, outcome.vendor_status) == (Outcome.FAILED, "REJECTED")
    assert outcome.reason == "The car is not reachable"
    failed = await volvo_car(SlowVolvo(CommandFailedError("door open", code="DOOR_OPEN"))).lock()
    assert (failed.outcome, failed.vendor_status, failed.reason) == (Outcome.FAILED, "DOOR_OPEN", "door open")


async def test_a_command_without_an_answer_in_time_on_the_clients_clock_is_timed_out_and_still_sent() -> None:
    client = SlowVolvo(None, takes=301.0)  # its clock moves past the wait while the request is out
    car = volvo_car(client)
    steps: list[Progress] = []
    async with asyncio.timeout(5):  # the bound is the client's clock, not 300 real seconds
        outcome = await car.lock(progress=steps.append, wait=300)
    assert outcome.outcome is Outcome.TIMED_OUT
    assert "no answer within 300 s" in (outcome.reason or "")
    assert [step.stage for step in steps] == ["sending", "done"]
    assert steps[-1].detail == "timed_out"
    assert car.adapter.sends.running == 1  # the request runs on
    client.answered.set()
    await car.adapter.sends.drain()
    assert (client.sent, car.adapter.sends.running) == (1, 0)
