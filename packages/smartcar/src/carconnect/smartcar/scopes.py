"""Smartcar permissions (OAuth scopes), the sets an app usually asks for, and the ``required:`` prefix.

Permissions are optional by default: the owner may untick them on the consent screen. A permission
marked :func:`required` cannot be unticked, and only vehicles capable of it can be connected.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from carconnect.core.scopes import scope_names

REQUIRED_PREFIX = "required:"


class Scope(StrEnum):
    """Every permission a Smartcar application can request."""

    READ_ALERTS = "read_alerts"
    READ_BATTERY = "read_battery"
    """High-voltage battery level, range and capacity."""
    READ_CHARGE = "read_charge"
    """Charging state and charge limit."""
    READ_CHARGE_LOCATIONS = "read_charge_locations"
    READ_CHARGE_RECORDS = "read_charge_records"
    READ_CHARGE_EVENTS = "read_charge_events"
    READ_CLIMATE = "read_climate"
    READ_COMPASS = "read_compass"
    READ_DIAGNOSTICS = "read_diagnostics"
    """System status and diagnostic trouble codes."""
    READ_ENGINE_OIL = "read_engine_oil"
    READ_EXTENDED_VEHICLE_INFO = "read_extended_vehicle_info"
    READ_FUEL = "read_fuel"
    READ_LOCATION = "read_location"
    READ_ODOMETER = "read_odometer"
    READ_SECURITY = "read_security"
    """Lock status and open doors, windows, storage."""
    READ_SERVICE_HISTORY = "read_service_history"
    READ_SPEEDOMETER = "read_speedometer"
    READ_THERMOMETER = "read_thermometer"
    READ_TIRES = "read_tires"
    READ_USER_PROFILE = "read_user_profile"
    READ_VEHICLE_INFO = "read_vehicle_info"
    """Make, model and year."""
    READ_VIN = "read_vin"

    CONTROL_CHARGE = "control_charge"
    """Start and stop charging, set the charge limit."""
    CONTROL_CLIMATE = "control_climate"
    CONTROL_NAVIGATION = "control_navigation"
    """Send a destination."""
    CONTROL_SECURITY = "control_security"
    """Lock and unlock."""
    CONTROL_PIN = "control_pin"
    CONTROL_TRUNK = "control_trunk"


READ_SCOPES: tuple[Scope, ...] = tuple(scope for scope in Scope if scope.value.startswith("read_"))
CONTROL_SCOPES: tuple[Scope, ...] = tuple(scope for scope in Scope if scope.value.startswith("control_"))
ALL_SCOPES: tuple[Scope, ...] = tuple(Scope)
DEFAULT_SCOPES: tuple[Scope, ...] = (
    Scope.READ_VEHICLE_INFO,
    Scope.READ_VIN,
    Scope.READ_ODOMETER,
    Scope.READ_LOCATION,
    Scope.READ_FUEL,
    Scope.READ_BATTERY,
    Scope.READ_CHARGE,
    Scope.READ_SECURITY,
    Scope.READ_TIRES,
    Scope.READ_ENGINE_OIL,
    Scope.CONTROL_SECURITY,
    Scope.CONTROL_CHARGE,
)
"""What the client's typed methods use most: vehicle info, readings, lock and charge control."""


def required(scope: str) -> str:
    """``scope`` marked as mandatory on the consent screen (``required:read_odometer``)."""
    return scope if scope.startswith(REQUIRED_PREFIX) else f"{REQUIRED_PREFIX}{scope}"


def scope_param(optional: Iterable[str], required_scopes: Iterable[str] = ()) -> tuple[str, ...]:
    """The ``scope`` values of a Connect URL: required ones first, each permission once."""
    marked = [required(scope) for scope in scope_names(required_scopes)]
    bare = {item.removeprefix(REQUIRED_PREFIX) for item in marked}
    return tuple(dict.fromkeys([*marked, *(scope for scope in scope_names(optional) if scope not in bare)]))
