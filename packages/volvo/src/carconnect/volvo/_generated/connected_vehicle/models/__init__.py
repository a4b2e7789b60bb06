"""Contains all the data models used in inputs/outputs"""

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
