"""Volvo ID scopes of developer-portal applications, and the sets an app usually asks for.

An app may ask for fewer scopes than it registered, never more. Restricted scopes (lock, unlock,
engine start, honk/flash, location) must be granted to the app by Volvo before they can be used.
"""

from __future__ import annotations

from enum import StrEnum


class Scope(StrEnum):
    """Every scope a developer-portal application can request."""

    OPENID = "openid"
    """Identity; required on every authorization request."""

    # Connected Vehicle API v2
    BATTERY_CHARGE_LEVEL = "conve:battery_charge_level"
    BRAKE_STATUS = "conve:brake_status"
    CLIMATIZATION_START_STOP = "conve:climatization_start_stop"
    COMMAND_ACCESSIBILITY = "conve:command_accessibility"
    COMMANDS = "conve:commands"
    DIAGNOSTICS_ENGINE_STATUS = "conve:diagnostics_engine_status"
    DIAGNOSTICS_WORKSHOP = "conve:diagnostics_workshop"
    DOORS_STATUS = "conve:doors_status"
    ENGINE_STATUS = "conve:engine_status"
    FUEL_STATUS = "conve:fuel_status"
    LOCK_STATUS = "conve:lock_status"
    ODOMETER_STATUS = "conve:odometer_status"
    TRIP_STATISTICS = "conve:trip_statistics"
    TYRE_STATUS = "conve:tyre_status"
    VEHICLE_RELATION = "conve:vehicle_relation"
    WARNINGS = "conve:warnings"
    WINDOWS_STATUS = "conve:windows_status"

    # Connected Vehicle API v2, restricted ("privacy and security")
    LOCK = "conve:lock"
    UNLOCK = "conve:unlock"
    ENGINE_START_STOP = "conve:engine_start_stop"
    HONK_FLASH = "conve:honk_flash"

    # Location API v1 (restricted)
    LOCATION_READ = "location:read"

    # Energy API v2
    ENERGY_CAPABILITY_READ = "energy:capability:read"
    ENERGY_STATE_READ = "energy:state:read"


CONNECTED_VEHICLE_SCOPES: tuple[Scope, ...] = (
    Scope.BATTERY_CHARGE_LEVEL,
    Scope.BRAKE_STATUS,
    Scope.CLIMATIZATION_START_STOP,
    Scope.COMMAND_ACCESSIBILITY,
    Scope.COMMANDS,
    Scope.DIAGNOSTICS_ENGINE_STATUS,
    Scope.DIAGNOSTICS_WORKSHOP,
    Scope.DOORS_STATUS,
    Scope.ENGINE_STATUS,
    Scope.FUEL_STATUS,
    Scope.LOCK_STATUS,
    Scope.ODOMETER_STATUS,
    Scope.TRIP_STATISTICS,
    Scope.TYRE_STATUS,
    Scope.VEHICLE_RELATION,
    Scope.WARNINGS,
    Scope.WINDOWS_STATUS,
)
"""The normal (unrestricted) Connected Vehicle scopes: every read, plus climatization."""

ENERGY_SCOPES: tuple[Scope, ...] = (Scope.ENERGY_CAPABILITY_READ, Scope.ENERGY_STATE_READ)
LOCATION_SCOPES: tuple[Scope, ...] = (Scope.LOCATION_READ,)
RESTRICTED_COMMAND_SCOPES: tuple[Scope, ...] = (Scope.LOCK, Scope.UNLOCK, Scope.ENGINE_START_STOP, Scope.HONK_FLASH)
RESTRICTED_SCOPES: tuple[Scope, ...] = (*RESTRICTED_COMMAND_SCOPES, *LOCATION_SCOPES)
"""Scopes Volvo must grant the application explicitly."""

DEFAULT_SCOPES: tuple[Scope, ...] = (Scope.OPENID, *CONNECTED_VEHICLE_SCOPES, *ENERGY_SCOPES)
"""What any published app may ask for: identity, every normal Connected Vehicle scope and Energy."""

ALL_SCOPES: tuple[Scope, ...] = (*DEFAULT_SCOPES, *RESTRICTED_SCOPES)
"""The defaults plus the restricted scopes (lock, unlock, engine, honk/flash, location)."""
