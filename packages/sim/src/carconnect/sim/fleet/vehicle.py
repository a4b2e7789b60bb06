"""One simulated vehicle: static facts plus state that commands and simulated time change."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Literal

Powertrain = Literal["BEV", "PHEV", "ICE"]
Fuel = Literal["electric", "petrol", "diesel"]

DOORS = ("front_left", "front_right", "rear_left", "rear_right", "hood", "tailgate")
WINDOWS = ("front_left", "front_right", "rear_left", "rear_right")


class Command(StrEnum):
    """Commands the vehicle model understands; brand routes map their vendor names onto these."""

    LOCK = "lock"
    UNLOCK = "unlock"
    ENGINE_START = "engine_start"
    ENGINE_STOP = "engine_stop"
    CLIMATE_START = "climate_start"
    CLIMATE_STOP = "climate_stop"
    HONK = "honk"
    FLASH = "flash"
    HONK_FLASH = "honk_flash"
    CHARGE_START = "charge_start"
    CHARGE_STOP = "charge_stop"
    SET_CHARGE_LIMIT = "set_charge_limit"
    WAKE = "wake"
    STATUS_REFRESH = "status_refresh"


@dataclasses.dataclass(frozen=True)
class CommandOutcome:
    """``ok`` or a ``reason``: DEEP_SLEEP, NOT_CAPABLE, NOT_PLUGGED, INVALID_PARAMETER."""

    command: Command
    ok: bool
    reason: str | None = None


@dataclasses.dataclass(frozen=True)
class VehicleModel:
    """What a model is: used to build a fleet entry."""

    make: str
    model: str
    year: int
    powertrain: Powertrain
    fuel: Fuel
    vin_prefix: str
    plant: str
    battery_kwh: float | None = None
    tank_litres: float | None = None
    charge_kw: float = 11.0
    km_per_kwh: float = 5.5
    km_per_litre: float = 15.0


@dataclasses.dataclass
class Vehicle:
    """A fleet vehicle. Read time-dependent values through the methods taking ``now``."""

    brand: str
    id: str
    vin: str
    spec: VehicleModel
    color: str
    odometer_km: float
    latitude: float
    longitude: float
    heading: int
    updated_at: datetime
    fuel_percent: float | None = None
    battery_percent: float | None = None
    plugged_in: bool = False
    charging: bool = False
    charge_limit_percent: int = 80
    charge_since: datetime | None = None
    locked: bool = True
    doors_open: dict[str, bool] = dataclasses.field(default_factory=lambda: dict.fromkeys(DOORS, False))
    windows_open: dict[str, bool] = dataclasses.field(default_factory=lambda: dict.fromkeys(WINDOWS, False))
    engine_until: datetime | None = None
    climate_until: datetime | None = None
    honk_count: int = 0
    flash_count: int = 0
    asleep: bool = False
    secondary_mapping: bool = False
    """BMW: the user is mapped to the car as SECONDARY, so CarData lists it but serves none of its data."""

    @property
    def is_electric(self) -> bool:
        return self.spec.battery_kwh is not None

    @property
    def has_engine(self) -> bool:
        return self.spec.powertrain != "BEV"

    def engine_running(self, now: datetime) -> bool:
        return self.engine_until is not None and now < self.engine_until

    def climate_running(self, now: datetime) -> bool:
        return self.climate_until is not None and now < self.climate_until

    def battery_level(self, now: datetime) -> float | None:
        """State of charge in percent; it rises while charging, up to the charge limit."""
        if self.battery_percent is None or self.spec.battery_kwh is None:
            return None
        if not (self.charging and self.charge_since):
            return self.battery_percent
        hours = max((now - self.charge_since).total_seconds(), 0) / 3600
        gained = self.spec.charge_kw * hours / self.spec.battery_kwh * 100
        return round(min(max(self.battery_percent, self.charge_limit_percent), self.battery_percent + gained), 1)

    def charging_status(self, now: datetime) -> Literal["DISCONNECTED", "IDLE", "CHARGING", "DONE"]:
        if not self.is_electric or not self.plugged_in:
            return "DISCONNECTED"
        if not self.charging:
            return "IDLE"
        level = self.battery_level(now) or 0.0
        return "DONE" if level >= self.charge_limit_percent else "CHARGING"

    def charging_power_kw(self, now: datetime) -> float:
        return self.spec.charge_kw if self.charging_status(now) == "CHARGING" else 0.0

    def minutes_to_limit(self, now: datetime) -> int:
        """Minutes until the charge limit is reached (0 when not charging)."""
        if self.charging_status(now) != "CHARGING" or self.spec.battery_kwh is None:
            return 0
        missing = self.charge_limit_percent - (self.battery_level(now) or 0.0)
        return max(round(missing / 100 * self.spec.battery_kwh / self.spec.charge_kw * 60), 0)

    def electric_range_km(self, now: datetime) -> int | None:
        level = self.battery_level(now)
        if level is None or self.spec.battery_kwh is None:
            return None
        return round(level / 100 * self.spec.battery_kwh * self.spec.km_per_kwh)

    def fuel_litres(self) -> float | None:
        if self.fuel_percent is None or self.spec.tank_litres is None:
            return None
        return round(self.fuel_percent / 100 * self.spec.tank_litres, 1)

    def fuel_range_km(self) -> int | None:
        litres = self.fuel_litres()
        return None if litres is None else round(litres * self.spec.km_per_litre)

    def apply(self, command: Command, now: datetime, params: dict[str, Any]) -> CommandOutcome:
        """Change state for ``command``; nothing changes when the outcome is not ok."""
        if self.asleep and command is not Command.WAKE:
            return CommandOutcome(command, False, "DEEP_SLEEP")
        handler = _HANDLERS[command]
        reason = handler(self, now, params)
        if reason is None:
            self.updated_at = now
        return CommandOutcome(command, reason is None, reason)

    def snapshot(self, now: datetime) -> dict[str, Any]:
        """A JSON-ready view of the state at ``now`` (for the admin API and debugging)."""
        return {
            "brand": self.brand,
            "id": self.id,
            "vin": self.vin,
            "make": self.spec.make,
            "model": self.spec.model,
            "year": self.spec.year,
            "powertrain": self.spec.powertrain,
            "fuel": self.spec.fuel,
            "color": self.color,
            "locked": self.locked,
            "doors_open": dict(self.doors_open),
            "windows_open": dict(self.windows_open),
            "engine_running": self.engine_running(now),
            "climate_running": self.climate_running(now),
            "odometer_km": round(self.odometer_km),
            "fuel_percent": self.fuel_percent,
            "fuel_litres": self.fuel_litres(),
            "battery_percent": self.battery_level(now),
            "charging_status": self.charging_status(now),
            "charge_limit_percent": self.charge_limit_percent if self.is_electric else None,
            "minutes_to_limit": self.minutes_to_limit(now),
            "electric_range_km": self.electric_range_km(now),
            "fuel_range_km": self.fuel_range_km(),
            "latitude": self.latitude,
            "longitude": self.longitude,
            "heading": self.heading,
            "honk_count": self.honk_count,
            "flash_count": self.flash_count,
            "asleep": self.asleep,
            "updated_at": self.updated_at.isoformat(),
        }

    def settle_charge(self, now: datetime) -> None:
        """Fold the charge gained so far into ``battery_percent`` (before changing charging state)."""
        if self.charging and self.charge_since is not None:
            self.battery_percent = self.battery_level(now)
            self.charge_since = now


def _minutes(params: dict[str, Any], default: int) -> int | None:
    value = params.get("minutes", default)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 60:
        return None
    return value


def _lock(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    vehicle.locked = True
    return None


def _unlock(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    vehicle.locked = False
    return None


def _engine_start(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    if not vehicle.has_engine:
        return "NOT_CAPABLE"
    minutes = _minutes(params, 15)
    if minutes is None:
        return "INVALID_PARAMETER"
    vehicle.engine_until = now + timedelta(minutes=minutes)
    return None


def _engine_stop(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    if not vehicle.has_engine:
        return "NOT_CAPABLE"
    vehicle.engine_until = None
    return None


def _climate_start(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    minutes = _minutes(params, 30)
    if minutes is None:
        return "INVALID_PARAMETER"
    vehicle.climate_until = now + timedelta(minutes=minutes)
    return None


def _climate_stop(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    vehicle.climate_until = None
    return None


def _honk(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    vehicle.honk_count += 1
    return None


def _flash(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    vehicle.flash_count += 1
    return None


def _honk_flash(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    vehicle.honk_count += 1
    vehicle.flash_count += 1
    return None


def _charge_start(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    if not vehicle.is_electric:
        return "NOT_CAPABLE"
    if not vehicle.plugged_in:
        return "NOT_PLUGGED"
    if not vehicle.charging:
        vehicle.charging = True
        vehicle.charge_since = now
    return None


def _charge_stop(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    if not vehicle.is_electric:
        return "NOT_CAPABLE"
    vehicle.settle_charge(now)
    vehicle.charging = False
    vehicle.charge_since = None
    return None


def _set_charge_limit(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    if not vehicle.is_electric:
        return "NOT_CAPABLE"
    limit = params.get("percent")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 50 <= limit <= 100:
        return "INVALID_PARAMETER"
    vehicle.settle_charge(now)
    vehicle.charge_limit_percent = limit
    return None


def _wake(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    vehicle.asleep = False
    return None


def _status_refresh(vehicle: Vehicle, now: datetime, params: dict[str, Any]) -> str | None:
    return None


_HANDLERS = {
    Command.LOCK: _lock,
    Command.UNLOCK: _unlock,
    Command.ENGINE_START: _engine_start,
    Command.ENGINE_STOP: _engine_stop,
    Command.CLIMATE_START: _climate_start,
    Command.CLIMATE_STOP: _climate_stop,
    Command.HONK: _honk,
    Command.FLASH: _flash,
    Command.HONK_FLASH: _honk_flash,
    Command.CHARGE_START: _charge_start,
    Command.CHARGE_STOP: _charge_stop,
    Command.SET_CHARGE_LIMIT: _set_charge_limit,
    Command.WAKE: _wake,
    Command.STATUS_REFRESH: _status_refresh,
}
