"""Doors and windows a vendor reports by seat (BMW, Ford's front doors) are named by the car's steering
side: the driver's door is ``front_left`` on a left-hand-drive car, ``front_right`` on a right-hand-drive
one, and ``front_driver`` when the side is not known (never a guess)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pytest

from carconnect.garage import ALL_FIELDS, DriverSide, Field, Garage, Vehicle, VehicleInfo
from carconnect.garage.adapters import bmw, ford, volvo
from carconnect.sim import Simulator
from carconnect.sim.vendor_fixtures import fixture_file

from .conftest import BRANDS

Clients = Callable[..., Any]
STAMP = "2026-01-01T08:00:00Z"


def load(name: str) -> Any:
    return json.loads(fixture_file(__file__, name).read_text())


def entry(value: str) -> dict[str, Any]:
    return {"value": value, "unit": None, "timestamp": STAMP}


TELEMATIC = {
    "vehicle.cabin.door.row1.driver.isOpen": entry("true"),
    "vehicle.cabin.door.row1.passenger.isOpen": entry("false"),
    "vehicle.cabin.door.row2.driver.isOpen": entry("true"),
    "vehicle.cabin.door.row2.passenger.isOpen": entry("false"),
    "vehicle.body.trunk.isOpen": entry("false"),
    "vehicle.cabin.window.row1.driver.status": entry("OPEN"),
    "vehicle.cabin.window.row1.passenger.status": entry("CLOSED"),
    "vehicle.cabin.window.row2.driver.status": entry("INTERMEDIATE"),
    "vehicle.cabin.window.row2.passenger.status": entry("CLOSED"),
}
"""A BMW whose driver-side doors and windows are open, the passenger side closed."""

LEFT_HAND = {"front_left": True, "front_right": False, "rear_left": True, "rear_right": False}
RIGHT_HAND = {"front_left": False, "front_right": True, "rear_left": False, "rear_right": True}
BY_SEAT = {"front_driver": True, "front_passenger": False, "rear_driver": True, "rear_passenger": False}


@pytest.mark.parametrize(
    ("side", "expected"), [(DriverSide.LEFT, LEFT_HAND), (DriverSide.RIGHT, RIGHT_HAND), (None, BY_SEAT)]
)
def test_bmw_doors_and_windows_are_named_by_the_steering_side(
    side: DriverSide | None, expected: dict[str, bool]
) -> None:
    status = bmw.status_from(TELEMATIC, frozenset({Field.DOORS, Field.WINDOWS}), side)
    assert status.doors.value == {**expected, "tailgate": False}
    assert status.windows.value == expected


class StandInBmw:
    """A stand-in ``AsyncBmwClient``: one PRIMARY car whose ``basicData`` says ``steering``."""

    def __init__(self, steering: object) -> None:
        self.basic = {**load("bmw/cardata-basic-data-330e.json"), "steering": steering}
        self.vin = str(self.basic["vin"])

    async def vehicle_mappings(self) -> list[Any]:
        return [SimpleNamespace(vin=self.vin, mapping_type="PRIMARY")]

    async def basic_data(self, vin: str) -> Any:
        return SimpleNamespace(to_dict=lambda: self.basic)

    async def ensure_container(self, descriptors: Any) -> Any:
        return SimpleNamespace(container_id="c0ntainer0000")

    async def telematic_data(self, vin: str, container_id: str) -> Any:
        return SimpleNamespace(to_dict=lambda: {"telematicData": TELEMATIC})


@pytest.mark.parametrize(
    ("steering", "side", "expected"),
    [
        ("LEFT", DriverSide.LEFT, LEFT_HAND),
        ("RIGHT", DriverSide.RIGHT, RIGHT_HAND),
        ("right", DriverSide.RIGHT, RIGHT_HAND),
        ("RL", None, BY_SEAT),  # no spelling the captures show: unknown, never a guess
        (None, None, BY_SEAT),
        ("", None, BY_SEAT),
        ("CENTRE", None, BY_SEAT),  # not a side the garage knows: unknown, not an error
        (1, None, BY_SEAT),
    ],
)
async def test_a_bmw_listing_takes_the_steering_side_from_basic_data_and_its_status_uses_it(
    steering: object, side: DriverSide | None, expected: dict[str, bool]
) -> None:
    adapter = bmw.BmwAdapter(StandInBmw(steering), stream=False)
    (info,) = await adapter.vehicles()
    assert info.driver_side is side
    car = Vehicle(info, adapter)
    assert car.driver_side is side
    status = await car.status([Field.DOORS, Field.WINDOWS])
    assert status.doors.value == {**expected, "tailgate": False}
    assert status.windows.value == expected


async def test_a_simulated_bmw_is_left_hand_drive_and_its_driver_door_is_front_left(
    clients: Clients, sim: Simulator
) -> None:
    if "bmw" not in BRANDS:
        pytest.skip("carconnect-bmw is not installed")
    async with clients("bmw") as found, Garage(found.values()) as garage:
        car = (await garage.vehicles())[0]
        sim.fleet.vehicle("bmw", car.id).doors_open["front_left"] = True  # CarData's row1.driver door
        status = await car.status([Field.DOORS])
    assert car.driver_side is DriverSide.LEFT
    assert status.doors.value == {"front_left": True, "tailgate": False}


def ford_doors(driver: str, passenger: str) -> list[dict[str, str]]:
    doors = [
        ("UNSPECIFIED_FRONT", "DRIVER", driver),
        ("UNSPECIFIED_FRONT", "PASSENGER", passenger),
        ("REAR_LEFT", "PASSENGER", "CLOSED"),
        ("REAR_RIGHT", "PASSENGER", "OPEN"),
    ]
    return [
        {"vehicleDoor": door, "vehicleOccupantRole": role, "value": value, "timeStamp": "01-01-2026 08:00:00"}
        for door, role, value in doors
    ]


@pytest.mark.parametrize(
    ("side", "expected"),
    [
        (None, {"front_driver": True, "front_passenger": False}),
        (DriverSide.LEFT, {"front_left": True, "front_right": False}),
        (DriverSide.RIGHT, {"front_right": True, "front_left": False}),
    ],
)
def test_ford_front_doors_are_named_by_seat_unless_the_side_is_known(
    side: DriverSide | None, expected: dict[str, bool]
) -> None:
    vehicle = {"vehicleStatus": {"doorStatus": ford_doors("OPEN", "CLOSED")}}
    status = ford.status_from(vehicle, frozenset({Field.DOORS}), side)
    assert status.doors.value == {**expected, "rear_left": False, "rear_right": True}  # REAR_* are positions


def test_a_captured_ford_answer_has_no_front_left_or_right_without_a_side() -> None:
    vehicle = load("ford/fordconnect-v1-vehicle-info-ev.json")["vehicle"]
    doors = ford.status_from(vehicle, ALL_FIELDS).doors.value
    assert doors is not None
    assert {"front_driver", "front_passenger"} <= set(doors)
    assert not {"front_left", "front_right"} & set(doors)


async def test_a_ford_status_names_the_front_doors_from_the_side_given_in_its_info(
    clients: Clients, sim: Simulator
) -> None:
    if "ford" not in BRANDS:
        pytest.skip("carconnect-ford is not installed")
    async with clients("ford") as found, Garage(found.values()) as garage:
        car = (await garage.vehicles())[0]
        sim.fleet.vehicle("ford", car.id).doors_open["front_left"] = True  # the simulator's DRIVER door
        unknown = await car.status([Field.DOORS])
        right_hand = Vehicle(replace(car.info, driver_side=DriverSide.RIGHT), car.adapter)
        known = await right_hand.status([Field.DOORS])
    assert car.driver_side is None  # FordConnect does not say
    assert unknown.doors.value is not None
    assert (unknown.doors.value["front_driver"], unknown.doors.value["front_passenger"]) == (True, False)
    assert not {"front_left", "front_right"} & set(unknown.doors.value)
    assert known.doors.value is not None
    assert (known.doors.value["front_right"], known.doors.value["front_left"]) == (True, False)
    assert not {"front_driver", "front_passenger"} & set(known.doors.value)


def test_vehicle_info_keeps_working_without_a_side() -> None:
    info = VehicleInfo("ford", "id-1", None, "Ford", "Mach-E", 2024)
    assert info.driver_side is None


class StandInVolvo:
    """A stand-in ``AsyncVolvoClient`` listing one car with the captured ``details``."""

    def __init__(self, details: dict[str, Any]) -> None:
        self.details = details

    async def vehicles(self) -> list[Any]:
        return [SimpleNamespace(vin=self.details["vin"])]

    async def vehicle_details(self, vin: str) -> dict[str, Any]:
        return self.details

    async def commands(self, vin: str) -> list[Any]:
        return []

    async def command_accessibility(self, vin: str) -> None:
        return None

    async def energy_capabilities(self, vin: str) -> None:
        return None


@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("volvo/cv2-vehicle-details-xc40-bev.json", DriverSide.LEFT),
        ("volvo/cv2-vehicle-details-s90-diesel.json", DriverSide.RIGHT),
    ],
)
async def test_a_volvo_listing_takes_the_steering_side_from_the_vehicle_details(name: str, side: DriverSide) -> None:
    details = load(name)["data"]
    (info,) = await volvo.VolvoAdapter(StandInVolvo(details)).vehicles()
    assert info.driver_side is side
    (unknown,) = await volvo.VolvoAdapter(StandInVolvo({**details, "descriptions": {"steering": "?"}})).vehicles()
    assert unknown.driver_side is None


async def test_a_simulated_volvo_lists_its_steering_side(clients: Clients) -> None:
    if "volvo" not in BRANDS:
        pytest.skip("carconnect-volvo is not installed")
    async with clients("volvo") as found, Garage(found.values()) as garage:
        cars = await garage.vehicles()
    assert cars
    assert {car.driver_side for car in cars} == {DriverSide.LEFT}
