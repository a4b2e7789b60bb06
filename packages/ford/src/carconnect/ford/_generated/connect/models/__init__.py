"""Contains all the data models used in inputs/outputs"""

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
