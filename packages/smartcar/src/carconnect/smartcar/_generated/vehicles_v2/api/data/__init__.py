"""Contains endpoint functions for accessing the API (each module loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        get_battery,
        get_battery_capacity,
        get_charge_limit,
        get_charge_status,
        get_diagnostic_trouble_codes,
        get_engine_oil,
        get_fuel,
        get_location,
        get_lock_status,
        get_nominal_capacity,
        get_odometer,
        get_service_history,
        get_system_status,
        get_tire_pressure,
    )
else:
    import importlib

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted(__all__)


__all__ = (
    "get_battery",
    "get_battery_capacity",
    "get_charge_limit",
    "get_charge_status",
    "get_diagnostic_trouble_codes",
    "get_engine_oil",
    "get_fuel",
    "get_location",
    "get_lock_status",
    "get_nominal_capacity",
    "get_odometer",
    "get_service_history",
    "get_system_status",
    "get_tire_pressure",
)
