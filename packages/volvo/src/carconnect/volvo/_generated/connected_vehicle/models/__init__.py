"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .availability_status import AvailabilityStatus
    from .availability_status_field import AvailabilityStatusField
    from .available_command import AvailableCommand
    from .brakes import Brakes
    from .brakes_response import BrakesResponse
    from .command_accessibility import CommandAccessibility
    from .command_accessibility_response import CommandAccessibilityResponse
    from .command_list_response import CommandListResponse
    from .command_name import CommandName
    from .command_response import CommandResponse
    from .command_result import CommandResult
    from .diagnostics import Diagnostics
    from .diagnostics_response import DiagnosticsResponse
    from .doors import Doors
    from .doors_response import DoorsResponse
    from .empty_request import EmptyRequest
    from .engine_start_request import EngineStartRequest
    from .engine_state import EngineState
    from .engine_state_field import EngineStateField
    from .engine_status import EngineStatus
    from .engine_status_response import EngineStatusResponse
    from .engine_warnings import EngineWarnings
    from .engine_warnings_response import EngineWarningsResponse
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .fluid_level_warning import FluidLevelWarning
    from .fluid_level_warning_field import FluidLevelWarningField
    from .fuel import Fuel
    from .fuel_response import FuelResponse
    from .fuel_type import FuelType
    from .gateway_error import GatewayError
    from .gearbox import Gearbox
    from .integer_field import IntegerField
    from .invoke_status import InvokeStatus
    from .light_warning import LightWarning
    from .light_warning_field import LightWarningField
    from .lock_status import LockStatus
    from .lock_status_field import LockStatusField
    from .number_field import NumberField
    from .odometer import Odometer
    from .odometer_response import OdometerResponse
    from .oil_level_warning import OilLevelWarning
    from .oil_level_warning_field import OilLevelWarningField
    from .open_status import OpenStatus
    from .open_status_field import OpenStatusField
    from .service_warning import ServiceWarning
    from .service_warning_field import ServiceWarningField
    from .statistics import Statistics
    from .statistics_response import StatisticsResponse
    from .steering_side import SteeringSide
    from .string_field import StringField
    from .tyre_pressure_warning import TyrePressureWarning
    from .tyre_pressure_warning_field import TyrePressureWarningField
    from .tyres import Tyres
    from .tyres_response import TyresResponse
    from .unavailable_reason import UnavailableReason
    from .unlock_response import UnlockResponse
    from .unlock_result import UnlockResult
    from .vehicle_descriptions import VehicleDescriptions
    from .vehicle_details import VehicleDetails
    from .vehicle_details_response import VehicleDetailsResponse
    from .vehicle_images import VehicleImages
    from .vehicle_list_response import VehicleListResponse
    from .vehicle_reference import VehicleReference
    from .warnings import Warnings
    from .warnings_response import WarningsResponse
    from .windows import Windows
    from .windows_response import WindowsResponse
else:
    import importlib

    _MODULES = {
        "AvailabilityStatus": ".availability_status",
        "AvailabilityStatusField": ".availability_status_field",
        "AvailableCommand": ".available_command",
        "Brakes": ".brakes",
        "BrakesResponse": ".brakes_response",
        "CommandAccessibility": ".command_accessibility",
        "CommandAccessibilityResponse": ".command_accessibility_response",
        "CommandListResponse": ".command_list_response",
        "CommandName": ".command_name",
        "CommandResponse": ".command_response",
        "CommandResult": ".command_result",
        "Diagnostics": ".diagnostics",
        "DiagnosticsResponse": ".diagnostics_response",
        "Doors": ".doors",
        "DoorsResponse": ".doors_response",
        "EmptyRequest": ".empty_request",
        "EngineStartRequest": ".engine_start_request",
        "EngineState": ".engine_state",
        "EngineStateField": ".engine_state_field",
        "EngineStatus": ".engine_status",
        "EngineStatusResponse": ".engine_status_response",
        "EngineWarnings": ".engine_warnings",
        "EngineWarningsResponse": ".engine_warnings_response",
        "ErrorDetail": ".error_detail",
        "ErrorResponse": ".error_response",
        "FluidLevelWarning": ".fluid_level_warning",
        "FluidLevelWarningField": ".fluid_level_warning_field",
        "Fuel": ".fuel",
        "FuelResponse": ".fuel_response",
        "FuelType": ".fuel_type",
        "GatewayError": ".gateway_error",
        "Gearbox": ".gearbox",
        "IntegerField": ".integer_field",
        "InvokeStatus": ".invoke_status",
        "LightWarning": ".light_warning",
        "LightWarningField": ".light_warning_field",
        "LockStatus": ".lock_status",
        "LockStatusField": ".lock_status_field",
        "NumberField": ".number_field",
        "Odometer": ".odometer",
        "OdometerResponse": ".odometer_response",
        "OilLevelWarning": ".oil_level_warning",
        "OilLevelWarningField": ".oil_level_warning_field",
        "OpenStatus": ".open_status",
        "OpenStatusField": ".open_status_field",
        "ServiceWarning": ".service_warning",
        "ServiceWarningField": ".service_warning_field",
        "Statistics": ".statistics",
        "StatisticsResponse": ".statistics_response",
        "SteeringSide": ".steering_side",
        "StringField": ".string_field",
        "TyrePressureWarning": ".tyre_pressure_warning",
        "TyrePressureWarningField": ".tyre_pressure_warning_field",
        "Tyres": ".tyres",
        "TyresResponse": ".tyres_response",
        "UnavailableReason": ".unavailable_reason",
        "UnlockResponse": ".unlock_response",
        "UnlockResult": ".unlock_result",
        "VehicleDescriptions": ".vehicle_descriptions",
        "VehicleDetails": ".vehicle_details",
        "VehicleDetailsResponse": ".vehicle_details_response",
        "VehicleImages": ".vehicle_images",
        "VehicleListResponse": ".vehicle_list_response",
        "VehicleReference": ".vehicle_reference",
        "Warnings": ".warnings",
        "WarningsResponse": ".warnings_response",
        "Windows": ".windows",
        "WindowsResponse": ".windows_response",
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
    "AvailabilityStatus",
    "AvailabilityStatusField",
    "AvailableCommand",
    "Brakes",
    "BrakesResponse",
    "CommandAccessibility",
    "CommandAccessibilityResponse",
    "CommandListResponse",
    "CommandName",
    "CommandResponse",
    "CommandResult",
    "Diagnostics",
    "DiagnosticsResponse",
    "Doors",
    "DoorsResponse",
    "EmptyRequest",
    "EngineStartRequest",
    "EngineState",
    "EngineStateField",
    "EngineStatus",
    "EngineStatusResponse",
    "EngineWarnings",
    "EngineWarningsResponse",
    "ErrorDetail",
    "ErrorResponse",
    "FluidLevelWarning",
    "FluidLevelWarningField",
    "Fuel",
    "FuelResponse",
    "FuelType",
    "GatewayError",
    "Gearbox",
    "IntegerField",
    "InvokeStatus",
    "LightWarning",
    "LightWarningField",
    "LockStatus",
    "LockStatusField",
    "NumberField",
    "Odometer",
    "OdometerResponse",
    "OilLevelWarning",
    "OilLevelWarningField",
    "OpenStatus",
    "OpenStatusField",
    "ServiceWarning",
    "ServiceWarningField",
    "Statistics",
    "StatisticsResponse",
    "SteeringSide",
    "StringField",
    "TyrePressureWarning",
    "TyrePressureWarningField",
    "Tyres",
    "TyresResponse",
    "UnavailableReason",
    "UnlockResponse",
    "UnlockResult",
    "VehicleDescriptions",
    "VehicleDetails",
    "VehicleDetailsResponse",
    "VehicleImages",
    "VehicleListResponse",
    "VehicleReference",
    "Warnings",
    "WarningsResponse",
    "Windows",
    "WindowsResponse",
)
