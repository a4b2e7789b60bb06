"""The common vocabulary: status fields, readings, the normalized status, capabilities, commands, outcomes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from .units import Quantity

T = TypeVar("T")


class Field(StrEnum):
    """What :meth:`Vehicle.status` can report; ask for a subset with ``fields=``."""

    ODOMETER = "odometer"
    FUEL_LEVEL = "fuel_level"
    FUEL_AMOUNT = "fuel_amount"
    BATTERY_LEVEL = "battery_level"
    RANGE = "range"
    CHARGING = "charging"
    CHARGING_POWER = "charging_power"
    PLUGGED_IN = "plugged_in"
    LOCATION = "location"
    LOCKED = "locked"
    DOORS = "doors"
    WINDOWS = "windows"
    TYRE_PRESSURES = "tyre_pressures"


ALL_FIELDS = frozenset(Field)


class Availability(StrEnum):
    """Whether a reading holds a value, and if not, why."""

    KNOWN = "known"
    UNKNOWN = "unknown"
    """The car can report it, but no value came (never sent, a read error, an invalid value)."""
    NOT_SUPPORTED = "not_supported"
    """This car, vendor API or plan cannot report it."""
    NOT_REQUESTED = "not_requested"
    """Left out of ``fields=``: nothing was asked."""


@dataclass(frozen=True)
class Reading(Generic[T]):
    """One status value with the vendor's own timestamp of it, or why there is none."""

    availability: Availability
    value: T | None = None
    timestamp: datetime | None = None
    reason: str | None = None

    @classmethod
    def known(cls, value: T, timestamp: datetime | None) -> Reading[T]:
        return cls(Availability.KNOWN, value, timestamp)

    @classmethod
    def unknown(cls, reason: str) -> Reading[T]:
        return cls(Availability.UNKNOWN, reason=reason)

    @classmethod
    def not_supported(cls, reason: str) -> Reading[T]:
        return cls(Availability.NOT_SUPPORTED, reason=reason)

    @property
    def is_known(self) -> bool:
        return self.availability is Availability.KNOWN


_NOT_REQUESTED: Reading[Any] = Reading(Availability.NOT_REQUESTED)


class ChargingState(StrEnum):
    CHARGING = "charging"
    NOT_CHARGING = "not_charging"
    FULLY_CHARGED = "fully_charged"
    DISCHARGING = "discharging"
    """Giving power away (vehicle-to-load)."""
    FAULT = "fault"


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float
    heading: float | None = None
    """Degrees clockwise from north, where the vendor gives a number."""


Openings = Mapping[str, bool]
"""Position (``front_left``, ``front_right``, ``rear_left``, ``rear_right``, ``hood``, ``tailgate``,
``sunroof``) -> open. Only the positions the vendor reported are present.

A vendor that reports doors or windows by seat (BMW, Ford's front doors) is named by side from the car's
:attr:`VehicleInfo.driver_side`. When that side is unknown the seat names stay, never a guess:
``front_driver``, ``front_passenger``, ``rear_driver``, ``rear_passenger`` (present only then)."""


class DriverSide(StrEnum):
    """The side of the car the steering wheel is on."""

    LEFT = "left"
    """Left-hand drive: the driver's doors and windows are ``front_left`` and ``rear_left``."""
    RIGHT = "right"
    """Right-hand drive (UK, Japan...): the driver's doors and windows are ``front_right`` and ``rear_right``."""


@dataclass(frozen=True)
class Status:
    """One normalized snapshot of a vehicle. Every field is a :class:`Reading`; quantities are SI."""

    odometer: Reading[Quantity] = _NOT_REQUESTED
    fuel_level: Reading[Quantity] = _NOT_REQUESTED
    """Ratio of a full tank (0..1)."""
    fuel_amount: Reading[Quantity] = _NOT_REQUESTED
    """Fuel left, in cubic metres."""
    battery_level: Reading[Quantity] = _NOT_REQUESTED
    """Traction battery state of charge (0..1)."""
    range: Reading[Quantity] = _NOT_REQUESTED
    """Distance the car says it can still drive (electric range for an electric car), metres."""
    charging: Reading[ChargingState] = _NOT_REQUESTED
    charging_power: Reading[Quantity] = _NOT_REQUESTED
    plugged_in: Reading[bool] = _NOT_REQUESTED
    location: Reading[Location] = _NOT_REQUESTED
    locked: Reading[bool] = _NOT_REQUESTED
    doors: Reading[Openings] = _NOT_REQUESTED
    windows: Reading[Openings] = _NOT_REQUESTED
    tyre_pressures: Reading[Mapping[str, Quantity]] = _NOT_REQUESTED
    """Position -> pressure in pascals."""

    def reading(self, name: Field) -> Reading[Any]:
        """The reading of one field."""
        found: Reading[Any] = getattr(self, name.value)
        return found

    def only(self, wanted: frozenset[Field]) -> Status:
        """This status with every field outside ``wanted`` marked not requested."""
        dropped = {name.value: _NOT_REQUESTED for name in Field if name not in wanted}
        return replace(self, **dropped)

    def readings(self) -> dict[Field, Reading[Any]]:
        """Every field that was requested, by name."""
        found = {Field(item.name): getattr(self, item.name) for item in fields(self)}
        return {name: value for name, value in found.items() if value.availability is not Availability.NOT_REQUESTED}


class Command(StrEnum):
    """The remote commands of the common API."""

    LOCK = "lock"
    UNLOCK = "unlock"
    START_CHARGING = "start_charging"
    STOP_CHARGING = "stop_charging"
    START_CLIMATE = "start_climate"
    STOP_CLIMATE = "stop_climate"
    HONK_FLASH = "honk_flash"


@dataclass(frozen=True)
class Capabilities:
    """What one car can report and do, from the vendor's own answers where it gives them."""

    reads: frozenset[Field] = frozenset()
    commands: frozenset[Command] = frozenset()
    source: str = ""
    """Which vendor answers these came from (``commands, command-accessibility`` ...)."""
    commands_reachable: bool | None = None
    """Whether the vendor says the car takes commands now (Volvo's command accessibility); ``None``: not said."""


@dataclass(frozen=True)
class VehicleInfo:
    """Who a car is: the same facts for every brand (``None`` where the vendor does not say)."""

    brand: str
    id: str
    """The vendor's id for API calls (VIN for Volvo and BMW, FordConnect's vehicleId, Smartcar's id)."""
    vin: str | None
    make: str | None
    model: str | None
    year: int | None
    capabilities: Capabilities = field(default_factory=Capabilities)
    driver_side: DriverSide | None = None
    """The steering wheel's side, where the vendor says (BMW ``basicData``, Volvo's vehicle details;
    never Ford or Smartcar). It names the doors and windows a vendor reports by seat (see :data:`Openings`)."""


class Outcome(StrEnum):
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    TIMED_OUT = "timed_out"


@dataclass(frozen=True)
class CommandOutcome:
    """How a command ended: succeeded or failed as the vendor says (its reason on failure), or timed_out:
    not known to have run (no answer in time, still running, its status could not be read, or the
    vendor took it and answered with a server error or an unreadable body: ``CarConnectError.may_have_run``)."""

    command: Command
    outcome: Outcome
    vendor_status: str | None = None
    reason: str | None = None
    command_id: str | None = None
    """The vendor's id of the command, where it gives one (Ford)."""

    @property
    def succeeded(self) -> bool:
        return self.outcome is Outcome.SUCCEEDED


@dataclass(frozen=True)
class Progress:
    """One step of a command on its way: ``sending``, ``accepted``, ``pending`` (each poll) or ``done``."""

    command: Command
    stage: str
    detail: str | None = None


ProgressCallback = Callable[[Progress], None]


__all__ = [
    "ALL_FIELDS",
    "Availability",
    "Capabilities",
    "ChargingState",
    "Command",
    "CommandOutcome",
    "DriverSide",
    "Field",
    "Location",
    "Openings",
    "Outcome",
    "Progress",
    "ProgressCallback",
    "Reading",
    "Status",
    "VehicleInfo",
]
