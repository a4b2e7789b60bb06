"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .acceleration import Acceleration
    from .acceleration_metric import AccelerationMetric
    from .alarm_state import AlarmState
    from .alarm_status_metric import AlarmStatusMetric
    from .asu_settings_properties import AsuSettingsProperties
    from .autonomic_error import AutonomicError
    from .battery_load_status_metric import BatteryLoadStatusMetric
    from .battery_metric import BatteryMetric
    from .charge_display_state import ChargeDisplayState
    from .charge_display_status_metric import ChargeDisplayStatusMetric
    from .command import Command
    from .command_current_status import CommandCurrentStatus
    from .command_error import CommandError
    from .command_execution_failure import CommandExecutionFailure
    from .command_expiration_context import CommandExpirationContext
    from .command_preclusion_causes import CommandPreclusionCauses
    from .command_properties import CommandProperties
    from .command_request import CommandRequest
    from .command_state import CommandState
    from .command_state_data import CommandStateData
    from .command_tags import CommandTags
    from .command_target import CommandTarget
    from .command_type import CommandType
    from .compass_direction import CompassDirection
    from .compass_direction_metric import CompassDirectionMetric
    from .configurations import Configurations
    from .custom_events import CustomEvents
    from .dashboard import Dashboard
    from .dashboard_refresh_request import DashboardRefreshRequest
    from .dashboard_request import DashboardRequest
    from .dashboard_vehicle import DashboardVehicle
    from .day_of_week import DayOfWeek
    from .departure_schedule import DepartureSchedule
    from .departure_schedule_day import DepartureScheduleDay
    from .departure_times_properties import DepartureTimesProperties
    from .device_precluded_expiration_context import DevicePrecludedExpirationContext
    from .door_lock_state import DoorLockState
    from .door_lock_status_metric import DoorLockStatusMetric
    from .door_state import DoorState
    from .door_status_metric import DoorStatusMetric
    from .engine_type import EngineType
    from .event_conditions import EventConditions
    from .ford_api_error import FordApiError
    from .gear_lever_position import GearLeverPosition
    from .gear_lever_position_metric import GearLeverPositionMetric
    from .generic_metric import GenericMetric
    from .generic_metrics import GenericMetrics
    from .geo_location import GeoLocation
    from .heading import Heading
    from .heading_metric import HeadingMetric
    from .hood_status_metric import HoodStatusMetric
    from .indicator_metric import IndicatorMetric
    from .indicators import Indicators
    from .message_params import MessageParams
    from .metric_base import MetricBase
    from .metric_tags import MetricTags
    from .metrics import Metrics
    from .number_metric import NumberMetric
    from .occupant_role import OccupantRole
    from .oem_data import OemData
    from .oem_value import OemValue
    from .on_off_metric import OnOffMetric
    from .on_off_state import OnOffState
    from .panic_cue_properties import PanicCueProperties
    from .parking_brake_status_metric import ParkingBrakeStatusMetric
    from .plug_charger_state import PlugChargerState
    from .plug_charger_status_metric import PlugChargerStatusMetric
    from .position import Position
    from .position_metric import PositionMetric
    from .precondition_temperature import PreconditionTemperature
    from .seat_belt_state import SeatBeltState
    from .seat_belt_status_metric import SeatBeltStatusMetric
    from .state_transition import StateTransition
    from .state_trigger import StateTrigger
    from .telemetry_query import TelemetryQuery
    from .telemetry_section import TelemetrySection
    from .text_metric import TextMetric
    from .time_of_day import TimeOfDay
    from .tire_pressure_metric import TirePressureMetric
    from .tire_pressure_state import TirePressureState
    from .tire_pressure_status_metric import TirePressureStatusMetric
    from .tire_pressure_system_state import TirePressureSystemState
    from .tire_pressure_system_status_metric import TirePressureSystemStatusMetric
    from .trip_metric import TripMetric
    from .trip_progress import TripProgress
    from .user_vehicles import UserVehicles
    from .vehicle_battery import VehicleBattery
    from .vehicle_capabilities import VehicleCapabilities
    from .vehicle_door import VehicleDoor
    from .vehicle_event import VehicleEvent
    from .vehicle_events import VehicleEvents
    from .vehicle_profile import VehicleProfile
    from .vehicle_side import VehicleSide
    from .vehicle_states import VehicleStates
    from .vehicle_telemetry import VehicleTelemetry
    from .vehicle_wheel import VehicleWheel
    from .vehicle_window import VehicleWindow
    from .window_opening import WindowOpening
    from .window_range import WindowRange
    from .window_status_metric import WindowStatusMetric
else:
    import importlib

    _MODULES = {
        "Acceleration": ".acceleration",
        "AccelerationMetric": ".acceleration_metric",
        "AlarmState": ".alarm_state",
        "AlarmStatusMetric": ".alarm_status_metric",
        "AsuSettingsProperties": ".asu_settings_properties",
        "AutonomicError": ".autonomic_error",
        "BatteryLoadStatusMetric": ".battery_load_status_metric",
        "BatteryMetric": ".battery_metric",
        "ChargeDisplayState": ".charge_display_state",
        "ChargeDisplayStatusMetric": ".charge_display_status_metric",
        "Command": ".command",
        "CommandCurrentStatus": ".command_current_status",
        "CommandError": ".command_error",
        "CommandExecutionFailure": ".command_execution_failure",
        "CommandExpirationContext": ".command_expiration_context",
        "CommandPreclusionCauses": ".command_preclusion_causes",
        "CommandProperties": ".command_properties",
        "CommandRequest": ".command_request",
        "CommandState": ".command_state",
        "CommandStateData": ".command_state_data",
        "CommandTags": ".command_tags",
        "CommandTarget": ".command_target",
        "CommandType": ".command_type",
        "CompassDirection": ".compass_direction",
        "CompassDirectionMetric": ".compass_direction_metric",
        "Configurations": ".configurations",
        "CustomEvents": ".custom_events",
        "Dashboard": ".dashboard",
        "DashboardRefreshRequest": ".dashboard_refresh_request",
        "DashboardRequest": ".dashboard_request",
        "DashboardVehicle": ".dashboard_vehicle",
        "DayOfWeek": ".day_of_week",
        "DepartureSchedule": ".departure_schedule",
        "DepartureScheduleDay": ".departure_schedule_day",
        "DepartureTimesProperties": ".departure_times_properties",
        "DevicePrecludedExpirationContext": ".device_precluded_expiration_context",
        "DoorLockState": ".door_lock_state",
        "DoorLockStatusMetric": ".door_lock_status_metric",
        "DoorState": ".door_state",
        "DoorStatusMetric": ".door_status_metric",
        "EngineType": ".engine_type",
        "EventConditions": ".event_conditions",
        "FordApiError": ".ford_api_error",
        "GearLeverPosition": ".gear_lever_position",
        "GearLeverPositionMetric": ".gear_lever_position_metric",
        "GenericMetric": ".generic_metric",
        "GenericMetrics": ".generic_metrics",
        "GeoLocation": ".geo_location",
        "Heading": ".heading",
        "HeadingMetric": ".heading_metric",
        "HoodStatusMetric": ".hood_status_metric",
        "IndicatorMetric": ".indicator_metric",
        "Indicators": ".indicators",
        "MessageParams": ".message_params",
        "MetricBase": ".metric_base",
        "MetricTags": ".metric_tags",
        "Metrics": ".metrics",
        "NumberMetric": ".number_metric",
        "OccupantRole": ".occupant_role",
        "OemData": ".oem_data",
        "OemValue": ".oem_value",
        "OnOffMetric": ".on_off_metric",
        "OnOffState": ".on_off_state",
        "PanicCueProperties": ".panic_cue_properties",
        "ParkingBrakeStatusMetric": ".parking_brake_status_metric",
        "PlugChargerState": ".plug_charger_state",
        "PlugChargerStatusMetric": ".plug_charger_status_metric",
        "Position": ".position",
        "PositionMetric": ".position_metric",
        "PreconditionTemperature": ".precondition_temperature",
        "SeatBeltState": ".seat_belt_state",
        "SeatBeltStatusMetric": ".seat_belt_status_metric",
        "StateTransition": ".state_transition",
        "StateTrigger": ".state_trigger",
        "TelemetryQuery": ".telemetry_query",
        "TelemetrySection": ".telemetry_section",
        "TextMetric": ".text_metric",
        "TimeOfDay": ".time_of_day",
        "TirePressureMetric": ".tire_pressure_metric",
        "TirePressureState": ".tire_pressure_state",
        "TirePressureStatusMetric": ".tire_pressure_status_metric",
        "TirePressureSystemState": ".tire_pressure_system_state",
        "TirePressureSystemStatusMetric": ".tire_pressure_system_status_metric",
        "TripMetric": ".trip_metric",
        "TripProgress": ".trip_progress",
        "UserVehicles": ".user_vehicles",
        "VehicleBattery": ".vehicle_battery",
        "VehicleCapabilities": ".vehicle_capabilities",
        "VehicleDoor": ".vehicle_door",
        "VehicleEvent": ".vehicle_event",
        "VehicleEvents": ".vehicle_events",
        "VehicleProfile": ".vehicle_profile",
        "VehicleSide": ".vehicle_side",
        "VehicleStates": ".vehicle_states",
        "VehicleTelemetry": ".vehicle_telemetry",
        "VehicleWheel": ".vehicle_wheel",
        "VehicleWindow": ".vehicle_window",
        "WindowOpening": ".window_opening",
        "WindowRange": ".window_range",
        "WindowStatusMetric": ".window_status_metric",
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
    "Acceleration",
    "AccelerationMetric",
    "AlarmState",
    "AlarmStatusMetric",
    "AsuSettingsProperties",
    "AutonomicError",
    "BatteryLoadStatusMetric",
    "BatteryMetric",
    "ChargeDisplayState",
    "ChargeDisplayStatusMetric",
    "Command",
    "CommandCurrentStatus",
    "CommandError",
    "CommandExecutionFailure",
    "CommandExpirationContext",
    "CommandPreclusionCauses",
    "CommandProperties",
    "CommandRequest",
    "CommandState",
    "CommandStateData",
    "CommandTags",
    "CommandTarget",
    "CommandType",
    "CompassDirection",
    "CompassDirectionMetric",
    "Configurations",
    "CustomEvents",
    "Dashboard",
    "DashboardRefreshRequest",
    "DashboardRequest",
    "DashboardVehicle",
    "DayOfWeek",
    "DepartureSchedule",
    "DepartureScheduleDay",
    "DepartureTimesProperties",
    "DevicePrecludedExpirationContext",
    "DoorLockState",
    "DoorLockStatusMetric",
    "DoorState",
    "DoorStatusMetric",
    "EngineType",
    "EventConditions",
    "FordApiError",
    "GearLeverPosition",
    "GearLeverPositionMetric",
    "GenericMetric",
    "GenericMetrics",
    "GeoLocation",
    "Heading",
    "HeadingMetric",
    "HoodStatusMetric",
    "IndicatorMetric",
    "Indicators",
    "MessageParams",
    "MetricBase",
    "MetricTags",
    "Metrics",
    "NumberMetric",
    "OccupantRole",
    "OemData",
    "OemValue",
    "OnOffMetric",
    "OnOffState",
    "PanicCueProperties",
    "ParkingBrakeStatusMetric",
    "PlugChargerState",
    "PlugChargerStatusMetric",
    "Position",
    "PositionMetric",
    "PreconditionTemperature",
    "SeatBeltState",
    "SeatBeltStatusMetric",
    "StateTransition",
    "StateTrigger",
    "TelemetryQuery",
    "TelemetrySection",
    "TextMetric",
    "TimeOfDay",
    "TirePressureMetric",
    "TirePressureState",
    "TirePressureStatusMetric",
    "TirePressureSystemState",
    "TirePressureSystemStatusMetric",
    "TripMetric",
    "TripProgress",
    "UserVehicles",
    "VehicleBattery",
    "VehicleCapabilities",
    "VehicleDoor",
    "VehicleEvent",
    "VehicleEvents",
    "VehicleProfile",
    "VehicleSide",
    "VehicleStates",
    "VehicleTelemetry",
    "VehicleWheel",
    "VehicleWindow",
    "WindowOpening",
    "WindowRange",
    "WindowStatusMetric",
)
