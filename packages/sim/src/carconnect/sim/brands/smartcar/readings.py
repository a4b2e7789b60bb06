"""v2 vehicle readings from the fleet state, in metric or imperial units."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from ...fleet import Vehicle
from .errors import Payload, asleep, not_capable

SERVICE_HISTORY_MAKES = ("TOYOTA",)
DIAGNOSTICS_MAKES = ("CHEVROLET",)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def millis(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


@dataclasses.dataclass(frozen=True)
class Units:
    imperial: bool

    def distance(self, km: float) -> float:
        return round(km * 0.621371 if self.imperial else km, 1)

    def volume(self, litres: float) -> float:
        return round(litres * 0.264172 if self.imperial else litres, 1)

    def pressure(self, kpa: float) -> float:
        return round(kpa * 0.145038 if self.imperial else kpa, 1)

    @property
    def name(self) -> str:
        return "imperial" if self.imperial else "metric"


def _electric(vehicle: Vehicle) -> None:
    if not vehicle.is_electric:
        raise not_capable("The vehicle has no traction battery.")


def _tank(vehicle: Vehicle) -> None:
    if not vehicle.has_engine or vehicle.spec.tank_litres is None:
        raise not_capable("The vehicle has no fuel tank.")


def read_attributes(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    year: int | str = str(vehicle.spec.year) if vehicle.spec.make == "CHEVROLET" else vehicle.spec.year
    return {"id": vehicle.id, "make": vehicle.spec.make, "model": vehicle.spec.model, "year": year}


def read_vin(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    return {"vin": vehicle.vin}


def read_odometer(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    return {"distance": units.distance(vehicle.odometer_km)}


def read_location(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    return {"latitude": vehicle.latitude, "longitude": vehicle.longitude}


def read_fuel(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    _tank(vehicle)
    litres, range_km = vehicle.fuel_litres(), vehicle.fuel_range_km()
    return {
        "range": units.distance(range_km) if range_km is not None else None,
        "percentRemaining": round((vehicle.fuel_percent or 0) / 100, 2),
        "amountRemaining": units.volume(litres) if litres is not None else None,
    }


def read_battery(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    _electric(vehicle)
    range_km = vehicle.electric_range_km(now)
    return {
        "percentRemaining": round((vehicle.battery_level(now) or 0) / 100, 3),
        "range": units.distance(range_km) if range_km is not None else None,
    }


def read_capacity(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    _electric(vehicle)
    return {"capacity": vehicle.spec.battery_kwh}


def read_nominal_capacity(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    _electric(vehicle)
    nominal = vehicle.spec.battery_kwh
    return {
        "availableCapacities": [{"capacity": nominal, "description": None}],
        "capacity": {"nominal": nominal, "source": "SMARTCAR"},
        "url": None,
    }


def read_charge(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    _electric(vehicle)
    status = vehicle.charging_status(now)
    state = {"CHARGING": "CHARGING", "DONE": "FULLY_CHARGED"}.get(status, "NOT_CHARGING")
    return {"isPluggedIn": vehicle.plugged_in, "state": state}


def read_charge_limit(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    _electric(vehicle)
    return {"limit": vehicle.charge_limit_percent / 100}


def _closures(names: Iterable[str], state: Mapping[str, bool], types: Mapping[str, str]) -> list[Payload]:
    return [{"type": types[name], "status": "OPEN" if state.get(name) else "CLOSED"} for name in names]


SIDES = {"front_left": "frontLeft", "front_right": "frontRight", "rear_left": "backLeft", "rear_right": "backRight"}


def read_security(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    port = [{"type": "chargingPort", "status": "CLOSED"}] if vehicle.is_electric else []
    return {
        "isLocked": vehicle.locked,
        "doors": _closures(SIDES, vehicle.doors_open, SIDES),
        "windows": _closures(SIDES, vehicle.windows_open, SIDES),
        "sunroof": [],
        "storage": [
            {"type": "front", "status": "OPEN" if vehicle.doors_open.get("hood") else "CLOSED"},
            {"type": "rear", "status": "OPEN" if vehicle.doors_open.get("tailgate") else "CLOSED"},
        ],
        "chargingPort": port,
    }


def read_engine_oil(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    if not vehicle.has_engine:
        raise not_capable("The vehicle has no combustion engine.")
    return {"lifeRemaining": round(0.35 + (int(vehicle.odometer_km) % 50) / 100, 2)}


def read_tires(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    base = 250.0 if vehicle.spec.powertrain == "ICE" else 290.0
    return {
        "frontLeft": units.pressure(base),
        "frontRight": units.pressure(base - 2),
        "backLeft": units.pressure(base + 3),
        "backRight": None if vehicle.spec.make == "CHEVROLET" else units.pressure(base + 1),
    }


def read_service_history(vehicle: Vehicle, units: Units, now: datetime) -> list[Payload]:
    if vehicle.spec.make not in SERVICE_HISTORY_MAKES:
        raise not_capable("Service history is not available for this make.", "MAKE_NOT_COMPATIBLE")
    return [
        {
            "serviceId": 1000 + index,
            "serviceDate": stamp(now.replace(month=1 + index * 4, day=15, hour=10, minute=0, second=0, microsecond=0)),
            "odometerDistance": units.distance(max(vehicle.odometer_km - 9000 * (2 - index), 0)),
            "serviceTasks": [{"taskId": index + 1, "taskDescription": task}],
            "serviceDetails": [{"type": "dealership", "value": "Sim Motors"}],
            "serviceCost": {"totalCost": 89.5 * (index + 1), "currency": "USD"},
        }
        for index, task in enumerate(("oil change", "tire rotation"))
    ]


def _diagnostics(vehicle: Vehicle) -> None:
    if vehicle.spec.make not in DIAGNOSTICS_MAKES:
        raise not_capable("Diagnostics are not available for this make.", "MAKE_NOT_COMPATIBLE")


def read_system_status(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    _diagnostics(vehicle)
    return {
        "systems": [
            {"systemId": "SYSTEM_ENGINE", "status": "OK"},
            {"systemId": "SYSTEM_TPMS", "status": "ALERT", "description": "Back right tire sensor"},
        ]
    }


def read_dtcs(vehicle: Vehicle, units: Units, now: datetime) -> Payload:
    _diagnostics(vehicle)
    return {"activeCodes": [{"code": "C0750", "timestamp": stamp(vehicle.updated_at)}]}


Reader = Callable[[Vehicle, Units, datetime], Any]


@dataclasses.dataclass(frozen=True)
class Read:
    permission: str
    reader: Reader
    live: bool = True
    """Needs the vehicle awake (static facts do not)."""


READS: dict[str, Read] = {
    "/": Read("read_vehicle_info", read_attributes, live=False),
    "/vin": Read("read_vin", read_vin, live=False),
    "/odometer": Read("read_odometer", read_odometer),
    "/location": Read("read_location", read_location),
    "/fuel": Read("read_fuel", read_fuel),
    "/battery": Read("read_battery", read_battery),
    "/battery/capacity": Read("read_battery", read_capacity, live=False),
    "/battery/nominal_capacity": Read("read_battery", read_nominal_capacity, live=False),
    "/charge": Read("read_charge", read_charge),
    "/charge/limit": Read("read_charge", read_charge_limit),
    "/security": Read("read_security", read_security),
    "/engine/oil": Read("read_engine_oil", read_engine_oil),
    "/tires/pressure": Read("read_tires", read_tires),
    "/service/history": Read("read_service_history", read_service_history, live=False),
    "/diagnostics/system_status": Read("read_diagnostics", read_system_status),
    "/diagnostics/dtcs": Read("read_diagnostics", read_dtcs),
}


HEADER_NAMES = {"sc-data-age": "SC-Data-Age", "sc-fetched-at": "SC-Fetched-At", "sc-unit-system": "SC-Unit-System"}


def perform_read(path: str, vehicle: Vehicle, units: Units, now: datetime) -> tuple[Any, dict[str, str]]:
    """A reading and its ``sc-*`` headers (lower case, as batch items carry them)."""
    read = READS[path]
    if read.live and vehicle.asleep:
        raise asleep()
    body = read.reader(vehicle, units, now)
    headers = {"sc-data-age": stamp(vehicle.updated_at), "sc-fetched-at": stamp(now), "sc-unit-system": units.name}
    return body, headers
