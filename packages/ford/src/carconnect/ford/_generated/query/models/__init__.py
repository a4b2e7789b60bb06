"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .acceleration import Acceleration
    from .acceleration_metric import AccelerationMetric
    from .alarm_state import AlarmState
    from .alarm_status_metric import AlarmStatusMetric
    from .battery_load_status_metric import BatteryLoadStatusMetric
    from .battery_metric import BatteryMetric
    from .charge_display_state import ChargeDisplayState
    from .charge_display_status_metric import ChargeDisplayStatusMetric
    from .charge_schedules import ChargeSchedules
    from .charging_sessions import ChargingSessions
    from .compass_direction import CompassDirection
    from .compass_direction_metric import CompassDirectionMetric
    from .departure_times import DepartureTimes
    from .door_lock_state import DoorLockState
    from .door_lock_status_metric import DoorLockStatusMetric
    from .door_state import DoorState
    from .door_status_metric import DoorStatusMetric
    from .engine_type import EngineType
    from .garage import Garage
    from .gateway_error import GatewayError
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
    from .metric_base import MetricBase
    from .metric_tags import MetricTags
    from .metrics import Metrics
    from .number_metric import NumberMetric
    from .occupant_role import OccupantRole
    from .on_off_metric import OnOffMetric
    from .on_off_state import OnOffState
    from .parking_brake_status_metric import ParkingBrakeStatusMetric
    from .plug_charger_state import PlugChargerState
    from .plug_charger_status_metric import PlugChargerStatusMetric
    from .position import Position
    from .position_metric import PositionMetric
    from .seat_belt_state import SeatBeltState
    from .seat_belt_status_metric import SeatBeltStatusMetric
    from .telemetry import Telemetry
    from .text_metric import TextMetric
    from .tire_pressure_metric import TirePressureMetric
    from .tire_pressure_state import TirePressureState
    from .tire_pressure_status_metric import TirePressureStatusMetric
    from .tire_pressure_system_state import TirePressureSystemState
    from .tire_pressure_system_status_metric import TirePressureSystemStatusMetric
    from .token_error import TokenError
    from .trip_metric import TripMetric
    from .trip_progress import TripProgress
    from .vehicle_alert import VehicleAlert
    from .vehicle_alert_group import VehicleAlertGroup
    from .vehicle_battery import VehicleBattery
    from .vehicle_door import VehicleDoor
    from .vehicle_health_alerts import VehicleHealthAlerts
    from .vehicle_side import VehicleSide
    from .vehicle_wheel import VehicleWheel
    from .vehicle_window import VehicleWindow
    from .wallbox import Wallbox
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
        "BatteryLoadStatusMetric": ".battery_load_status_metric",
        "BatteryMetric": ".battery_metric",
        "ChargeDisplayState": ".charge_display_state",
        "ChargeDisplayStatusMetric": ".charge_display_status_metric",
        "ChargeSchedules": ".charge_schedules",
        "ChargingSessions": ".charging_sessions",
        "CompassDirection": ".compass_direction",
        "CompassDirectionMetric": ".compass_direction_metric",
        "DepartureTimes": ".departure_times",
        "DoorLockState": ".door_lock_state",
        "DoorLockStatusMetric": ".door_lock_status_metric",
        "DoorState": ".door_state",
        "DoorStatusMetric": ".door_status_metric",
        "EngineType": ".engine_type",
        "Garage": ".garage",
        "GatewayError": ".gateway_error",
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
        "MetricBase": ".metric_base",
        "MetricTags": ".metric_tags",
        "Metrics": ".metrics",
        "NumberMetric": ".number_metric",
        "OccupantRole": ".occupant_role",
        "OnOffMetric": ".on_off_metric",
        "OnOffState": ".on_off_state",
        "ParkingBrakeStatusMetric": ".parking_brake_status_metric",
        "PlugChargerState": ".plug_charger_state",
        "PlugChargerStatusMetric": ".plug_charger_status_metric",
        "Position": ".position",
        "PositionMetric": ".position_metric",
        "SeatBeltState": ".seat_belt_state",
        "SeatBeltStatusMetric": ".seat_belt_status_metric",
        "Telemetry": ".telemetry",
        "TextMetric": ".text_metric",
        "TirePressureMetric": ".tire_pressure_metric",
        "TirePressureState": ".tire_pressure_state",
        "TirePressureStatusMetric": ".tire_pressure_status_metric",
        "TirePressureSystemState": ".tire_pressure_system_state",
        "TirePressureSystemStatusMetric": ".tire_pressure_system_status_metric",
        "TokenError": ".token_error",
        "TripMetric": ".trip_metric",
        "TripProgress": ".trip_progress",
        "VehicleAlert": ".vehicle_alert",
        "VehicleAlertGroup": ".vehicle_alert_group",
        "VehicleBattery": ".vehicle_battery",
        "VehicleDoor": ".vehicle_door",
        "VehicleHealthAlerts": ".vehicle_health_alerts",
        "VehicleSide": ".vehicle_side",
        "VehicleWheel": ".vehicle_wheel",
        "VehicleWindow": ".vehicle_window",
        "Wallbox": ".wallbox",
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
    "BatteryLoadStatusMetric",
    "BatteryMetric",
    "ChargeDisplayState",
    "ChargeDisplayStatusMetric",
    "ChargeSchedules",
    "ChargingSessions",
    "CompassDirection",
    "CompassDirectionMetric",
    "DepartureTimes",
    "DoorLockState",
    "DoorLockStatusMetric",
    "DoorState",
    "DoorStatusMetric",
    "EngineType",
    "Garage",
    "GatewayError",
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
    "MetricBase",
    "MetricTags",
    "Metrics",
    "NumberMetric",
    "OccupantRole",
    "OnOffMetric",
    "OnOffState",
    "ParkingBrakeStatusMetric",
    "PlugChargerState",
    "PlugChargerStatusMetric",
    "Position",
    "PositionMetric",
    "SeatBeltState",
    "SeatBeltStatusMetric",
    "Telemetry",
    "TextMetric",
    "TirePressureMetric",
    "TirePressureState",
    "TirePressureStatusMetric",
    "TirePressureSystemState",
    "TirePressureSystemStatusMetric",
    "TokenError",
    "TripMetric",
    "TripProgress",
    "VehicleAlert",
    "VehicleAlertGroup",
    "VehicleBattery",
    "VehicleDoor",
    "VehicleHealthAlerts",
    "VehicleSide",
    "VehicleWheel",
    "VehicleWindow",
    "Wallbox",
    "WindowOpening",
    "WindowRange",
    "WindowStatusMetric",
)
