"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .alarm_state import AlarmState
    from .alarm_status import AlarmStatus
    from .charge_schedule import ChargeSchedule
    from .charge_schedules_response import ChargeSchedulesResponse
    from .charge_window import ChargeWindow
    from .charging_state import ChargingState
    from .charging_status import ChargingStatus
    from .command_response import CommandResponse
    from .command_status import CommandStatus
    from .day_of_week import DayOfWeek
    from .departure_time import DepartureTime
    from .departure_times_response import DepartureTimesResponse
    from .door_state import DoorState
    from .door_status import DoorStatus
    from .energy_level import EnergyLevel
    from .engine_type import EngineType
    from .error_detail import ErrorDetail
    from .error_status_code import ErrorStatusCode
    from .ford_connect_error import FordConnectError
    from .gateway_error import GatewayError
    from .ignition_state import IgnitionState
    from .ignition_status import IgnitionStatus
    from .location_response import LocationResponse
    from .lock_state import LockState
    from .lock_status import LockStatus
    from .make import Make
    from .occupant_role import OccupantRole
    from .plug_status import PlugStatus
    from .pre_conditioning_setting import PreConditioningSetting
    from .refreshed_status import RefreshedStatus
    from .remote_start_state import RemoteStartState
    from .remote_start_status import RemoteStartStatus
    from .response_status import ResponseStatus
    from .schedule_days import ScheduleDays
    from .status_refresh_response import StatusRefreshResponse
    from .token_error import TokenError
    from .validation_error import ValidationError
    from .vehicle_details import VehicleDetails
    from .vehicle_door import VehicleDoor
    from .vehicle_info import VehicleInfo
    from .vehicle_info_response import VehicleInfoResponse
    from .vehicle_list import VehicleList
    from .vehicle_location import VehicleLocation
    from .vehicle_status import VehicleStatus
    from .vehicle_summary import VehicleSummary
    from .vin_response import VinResponse
else:
    import importlib

    _MODULES = {
        "AlarmState": ".alarm_state",
        "AlarmStatus": ".alarm_status",
        "ChargeSchedule": ".charge_schedule",
        "ChargeSchedulesResponse": ".charge_schedules_response",
        "ChargeWindow": ".charge_window",
        "ChargingState": ".charging_state",
        "ChargingStatus": ".charging_status",
        "CommandResponse": ".command_response",
        "CommandStatus": ".command_status",
        "DayOfWeek": ".day_of_week",
        "DepartureTime": ".departure_time",
        "DepartureTimesResponse": ".departure_times_response",
        "DoorState": ".door_state",
        "DoorStatus": ".door_status",
        "EnergyLevel": ".energy_level",
        "EngineType": ".engine_type",
        "ErrorDetail": ".error_detail",
        "ErrorStatusCode": ".error_status_code",
        "FordConnectError": ".ford_connect_error",
        "GatewayError": ".gateway_error",
        "IgnitionState": ".ignition_state",
        "IgnitionStatus": ".ignition_status",
        "LocationResponse": ".location_response",
        "LockState": ".lock_state",
        "LockStatus": ".lock_status",
        "Make": ".make",
        "OccupantRole": ".occupant_role",
        "PlugStatus": ".plug_status",
        "PreConditioningSetting": ".pre_conditioning_setting",
        "RefreshedStatus": ".refreshed_status",
        "RemoteStartState": ".remote_start_state",
        "RemoteStartStatus": ".remote_start_status",
        "ResponseStatus": ".response_status",
        "ScheduleDays": ".schedule_days",
        "StatusRefreshResponse": ".status_refresh_response",
        "TokenError": ".token_error",
        "ValidationError": ".validation_error",
        "VehicleDetails": ".vehicle_details",
        "VehicleDoor": ".vehicle_door",
        "VehicleInfo": ".vehicle_info",
        "VehicleInfoResponse": ".vehicle_info_response",
        "VehicleList": ".vehicle_list",
        "VehicleLocation": ".vehicle_location",
        "VehicleStatus": ".vehicle_status",
        "VehicleSummary": ".vehicle_summary",
        "VinResponse": ".vin_response",
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
    "AlarmState",
    "AlarmStatus",
    "ChargeSchedule",
    "ChargeSchedulesResponse",
    "ChargeWindow",
    "ChargingState",
    "ChargingStatus",
    "CommandResponse",
    "CommandStatus",
    "DayOfWeek",
    "DepartureTime",
    "DepartureTimesResponse",
    "DoorState",
    "DoorStatus",
    "EnergyLevel",
    "EngineType",
    "ErrorDetail",
    "ErrorStatusCode",
    "FordConnectError",
    "GatewayError",
    "IgnitionState",
    "IgnitionStatus",
    "LocationResponse",
    "LockState",
    "LockStatus",
    "Make",
    "OccupantRole",
    "PlugStatus",
    "PreConditioningSetting",
    "RefreshedStatus",
    "RemoteStartState",
    "RemoteStartStatus",
    "ResponseStatus",
    "ScheduleDays",
    "StatusRefreshResponse",
    "TokenError",
    "ValidationError",
    "VehicleDetails",
    "VehicleDoor",
    "VehicleInfo",
    "VehicleInfoResponse",
    "VehicleList",
    "VehicleLocation",
    "VehicleStatus",
    "VehicleSummary",
    "VinResponse",
)
