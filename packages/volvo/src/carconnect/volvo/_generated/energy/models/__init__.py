"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .capability_support import CapabilitySupport
    from .charger_connection_status import ChargerConnectionStatus
    from .charger_connection_status_value import ChargerConnectionStatusValue
    from .charger_power_status import ChargerPowerStatus
    from .charger_power_status_value import ChargerPowerStatusValue
    from .charging_status import ChargingStatus
    from .charging_status_value import ChargingStatusValue
    from .charging_type import ChargingType
    from .charging_type_value import ChargingTypeValue
    from .energy_capabilities import EnergyCapabilities
    from .energy_error import EnergyError
    from .energy_error_detail import EnergyErrorDetail
    from .energy_error_response import EnergyErrorResponse
    from .energy_integer_value import EnergyIntegerValue
    from .energy_number_value import EnergyNumberValue
    from .energy_property_error import EnergyPropertyError
    from .energy_property_error_code import EnergyPropertyErrorCode
    from .energy_property_status import EnergyPropertyStatus
    from .energy_state import EnergyState
    from .energy_state_capabilities import EnergyStateCapabilities
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .gateway_error import GatewayError
else:
    import importlib

    _MODULES = {
        "CapabilitySupport": ".capability_support",
        "ChargerConnectionStatus": ".charger_connection_status",
        "ChargerConnectionStatusValue": ".charger_connection_status_value",
        "ChargerPowerStatus": ".charger_power_status",
        "ChargerPowerStatusValue": ".charger_power_status_value",
        "ChargingStatus": ".charging_status",
        "ChargingStatusValue": ".charging_status_value",
        "ChargingType": ".charging_type",
        "ChargingTypeValue": ".charging_type_value",
        "EnergyCapabilities": ".energy_capabilities",
        "EnergyError": ".energy_error",
        "EnergyErrorDetail": ".energy_error_detail",
        "EnergyErrorResponse": ".energy_error_response",
        "EnergyIntegerValue": ".energy_integer_value",
        "EnergyNumberValue": ".energy_number_value",
        "EnergyPropertyError": ".energy_property_error",
        "EnergyPropertyErrorCode": ".energy_property_error_code",
        "EnergyPropertyStatus": ".energy_property_status",
        "EnergyState": ".energy_state",
        "EnergyStateCapabilities": ".energy_state_capabilities",
        "ErrorDetail": ".error_detail",
        "ErrorResponse": ".error_response",
        "GatewayError": ".gateway_error",
    }

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(__all__)


__all__ = (
    "CapabilitySupport",
    "ChargerConnectionStatus",
    "ChargerConnectionStatusValue",
    "ChargerPowerStatus",
    "ChargerPowerStatusValue",
    "ChargingStatus",
    "ChargingStatusValue",
    "ChargingType",
    "ChargingTypeValue",
    "EnergyCapabilities",
    "EnergyError",
    "EnergyErrorDetail",
    "EnergyErrorResponse",
    "EnergyIntegerValue",
    "EnergyNumberValue",
    "EnergyPropertyError",
    "EnergyPropertyErrorCode",
    "EnergyPropertyStatus",
    "EnergyState",
    "EnergyStateCapabilities",
    "ErrorDetail",
    "ErrorResponse",
    "GatewayError",
)
