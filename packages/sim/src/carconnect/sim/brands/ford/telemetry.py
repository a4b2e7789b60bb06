"""Ford's formats and the metric vocabulary that Query telemetry and Autonomic telemetry share."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from ...fleet import Vehicle

Payload = dict[str, Any]


def ford_time(moment: datetime) -> str:
    """FordConnect's ``MM-DD-YYYY HH:MM:SS`` (UTC)."""
    return moment.strftime("%m-%d-%Y %H:%M:%S")


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


COMPASS = ("NORTH", "NORTHEAST", "EAST", "SOUTHEAST", "SOUTH", "SOUTHWEST", "WEST", "NORTHWEST")
CAMEL_COMPASS = ("North", "NorthEast", "East", "SouthEast", "South", "SouthWest", "West", "NorthWest")


def compass(heading: float) -> int:
    return round(heading / 45) % 8


def engine_type(vehicle: Vehicle) -> str:
    return {"BEV": "BEV", "PHEV": "PHEV"}.get(vehicle.spec.powertrain, "ICE")


def autonomic_id(vehicle: Vehicle, kind: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"carconnect-sim:ford:{kind}:{vehicle.id}"))


def _metric(at: str, value: Any, **extra: Any) -> Payload:
    return {"updateTime": at, "oemCorrelationId": "sim", "value": value, **extra}


def _doors(vehicle: Vehicle, at: str) -> list[Payload]:
    def state(key: str) -> str:
        return "OPEN" if vehicle.doors_open.get(key) else "CLOSED"

    return [
        _metric(
            at, state("front_left"), vehicleDoor="UNSPECIFIED_FRONT", vehicleSide="DRIVER", vehicleOccupantRole="DRIVER"
        ),
        _metric(
            at,
            state("front_right"),
            vehicleDoor="UNSPECIFIED_FRONT",
            vehicleSide="PASSENGER",
            vehicleOccupantRole="PASSENGER",
        ),
        _metric(at, state("rear_left"), vehicleDoor="REAR_LEFT", vehicleOccupantRole="PASSENGER"),
        _metric(at, state("rear_right"), vehicleDoor="REAR_RIGHT", vehicleOccupantRole="PASSENGER"),
        _metric(at, state("tailgate"), vehicleDoor="TAILGATE"),
    ]


def _windows(vehicle: Vehicle, at: str) -> list[Payload]:
    places = (("front_left", "UNSPECIFIED_FRONT", "DRIVER"), ("front_right", "UNSPECIFIED_FRONT", "PASSENGER"),
              ("rear_left", "UNSPECIFIED_REAR", "DRIVER"), ("rear_right", "UNSPECIFIED_REAR", "PASSENGER"))  # fmt: skip
    result = []
    for key, window, side in places:
        opening = 40.0 if vehicle.windows_open.get(key) else 0.0
        value = {"doubleRange": {"lowerBound": opening, "upperBound": opening}}
        result.append(_metric(at, value, vehicleWindow=window, vehicleSide=side))
    return result


def metrics(vehicle: Vehicle, now: datetime) -> Payload:
    """The latest readings in the FordPass/Query metric vocabulary."""
    at = iso(vehicle.updated_at)
    running = vehicle.engine_running(now)
    lock = "LOCKED" if vehicle.locked else "UNLOCKED"
    remaining = (vehicle.engine_until - now).total_seconds() if running and vehicle.engine_until else 0.0
    data: Payload = {
        "odometer": _metric(at, round(vehicle.odometer_km, 1)),
        "ignitionStatus": _metric(at, "ON" if running else "OFF"),
        "alarmStatus": _metric(at, "ARMED" if vehicle.locked else "DISARMED", tags={"ALARM_SOURCE": "UNKNOWN"}),
        "doorLockStatus": [
            _metric(at, lock, vehicleDoor="ALL_DOORS"),
            _metric(at, lock, vehicleDoor="UNSPECIFIED_FRONT", vehicleSide="DRIVER", vehicleOccupantRole="DRIVER"),
        ],
        "doorStatus": _doors(vehicle, at),
        "hoodStatus": _metric(at, "OPEN" if vehicle.doors_open.get("hood") else "CLOSED"),
        "windowStatus": _windows(vehicle, at),
        "tirePressure": [
            _metric(at, 248.0, vehicleWheel=wheel, wheelPlacardFront=250.0, wheelPlacardRear=250.0)
            for wheel in ("FRONT_LEFT", "FRONT_RIGHT", "REAR_LEFT", "REAR_RIGHT")
        ],
        "position": {
            "updateTime": at,
            "value": {
                "location": {"lat": vehicle.latitude, "lon": vehicle.longitude, "alt": 190.0},
                "gpsDimension": "DIM_3D",
            },
            "gpsModuleTimestamp": at,
        },
        "heading": _metric(
            at, {"heading": float(vehicle.heading), "detectionType": "HEADING_RAW_GNSS", "uncertainty": 2.0}
        ),
        "compassDirection": _metric(at, COMPASS[compass(vehicle.heading)]),
        "speed": _metric(at, 0.0),
        "gearLeverPosition": _metric(at, "PARK"),
        "batteryStateOfCharge": _metric(at, 86.0, vehicleBattery="PRIMARY_BATTERY"),
        "batteryVoltage": _metric(at, 12.6, vehicleBattery="PRIMARY_BATTERY"),
        "outsideTemperature": _metric(at, 11.5),
        "remoteStartCountdownTimer": _metric(at, round(remaining)),
    }
    if vehicle.fuel_percent is not None:
        data["fuelLevel"] = _metric(at, vehicle.fuel_percent)
        data["fuelRange"] = _metric(at, float(vehicle.fuel_range_km() or 0))
    if vehicle.is_electric:
        status = vehicle.charging_status(now)
        plug = "CHARGING" if status == "CHARGING" else "CONNECTED" if vehicle.plugged_in else "DISCONNECTED"
        display = {"CHARGING": "IN_PROGRESS", "DONE": "STOPPED", "IDLE": "STOPPED"}.get(status, "NOT_READY")
        data["xevBatteryStateOfCharge"] = _metric(at, vehicle.battery_level(now))
        data["xevBatteryRange"] = _metric(at, float(vehicle.electric_range_km(now) or 0))
        data["xevPlugChargerStatus"] = _metric(at, plug)
        data["xevBatteryChargeDisplayStatus"] = _metric(at, display)
        data["xevBatteryTimeToFullCharge"] = _metric(at, float(vehicle.minutes_to_limit(now)))
    return data
