"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .battery_capacity import BatteryCapacity
    from .boolean_signal_body import BooleanSignalBody
    from .challenge_response import ChallengeResponse
    from .charge_limit import ChargeLimit
    from .charge_limit_attributes import ChargeLimitAttributes
    from .charge_limit_data import ChargeLimitData
    from .charge_limits_signal_body import ChargeLimitsSignalBody
    from .charge_location import ChargeLocation
    from .charge_schedule_attributes import ChargeScheduleAttributes
    from .charge_schedule_data import ChargeScheduleData
    from .charge_schedule_execution import ChargeScheduleExecution
    from .charge_schedule_execution_attributes import ChargeScheduleExecutionAttributes
    from .charge_schedule_execution_links import ChargeScheduleExecutionLinks
    from .charge_schedule_request import ChargeScheduleRequest
    from .charge_schedule_response import ChargeScheduleResponse
    from .charge_timer import ChargeTimer
    from .charge_timers_signal_body import ChargeTimersSignalBody
    from .charge_window import ChargeWindow
    from .closure_grid_signal_body import ClosureGridSignalBody
    from .closure_position import ClosurePosition
    from .closure_signal_body import ClosureSignalBody
    from .command_execution import CommandExecution
    from .command_execution_attributes import CommandExecutionAttributes
    from .command_parameters import CommandParameters
    from .command_response import CommandResponse
    from .connection import Connection
    from .connection_attributes import ConnectionAttributes
    from .connection_document import ConnectionDocument
    from .connection_list import ConnectionList
    from .connection_meta import ConnectionMeta
    from .connection_relationships import ConnectionRelationships
    from .coordinates import Coordinates
    from .day_of_week import DayOfWeek
    from .departure_timer import DepartureTimer
    from .destination_data import DestinationData
    from .error_code import ErrorCode
    from .error_document import ErrorDocument
    from .error_links import ErrorLinks
    from .error_meta import ErrorMeta
    from .error_object import ErrorObject
    from .error_resolution import ErrorResolution
    from .error_state import ErrorState
    from .error_type import ErrorType
    from .execution_meta import ExecutionMeta
    from .execution_mode import ExecutionMode
    from .execution_status import ExecutionStatus
    from .location_signal_body import LocationSignalBody
    from .nominal_capacity_signal_body import NominalCapacitySignalBody
    from .number_signal_body import NumberSignalBody
    from .page_links import PageLinks
    from .page_meta import PageMeta
    from .powertrain_type import PowertrainType
    from .range_estimate import RangeEstimate
    from .range_signal_body import RangeSignalBody
    from .relationship import Relationship
    from .relationship_links import RelationshipLinks
    from .resolution_type import ResolutionType
    from .resource_identifier import ResourceIdentifier
    from .resource_links import ResourceLinks
    from .schedule_action import ScheduleAction
    from .schedule_type import ScheduleType
    from .set_charge_limit_request import SetChargeLimitRequest
    from .set_destination_request import SetDestinationRequest
    from .signal import Signal
    from .signal_attributes import SignalAttributes
    from .signal_body import SignalBody
    from .signal_code import SignalCode
    from .signal_error import SignalError
    from .signal_links import SignalLinks
    from .signal_list import SignalList
    from .signal_list_included import SignalListIncluded
    from .signal_meta import SignalMeta
    from .signal_ref import SignalRef
    from .signal_status import SignalStatus
    from .status_value import StatusValue
    from .string_list_signal_body import StringListSignalBody
    from .string_signal_body import StringSignalBody
    from .tire_pressure import TirePressure
    from .tires_signal_body import TiresSignalBody
    from .trigger_type import TriggerType
    from .unit_system import UnitSystem
    from .vehicle import Vehicle
    from .vehicle_attributes import VehicleAttributes
    from .vehicle_error_event import VehicleErrorEvent
    from .vehicle_error_event_data import VehicleErrorEventData
    from .vehicle_mode import VehicleMode
    from .vehicle_state_event import VehicleStateEvent
    from .vehicle_state_event_data import VehicleStateEventData
    from .verify_event import VerifyEvent
    from .verify_event_data import VerifyEventData
    from .webhook_delivery_meta import WebhookDeliveryMeta
    from .webhook_event_type import WebhookEventType
    from .webhook_mode import WebhookMode
    from .webhook_signal import WebhookSignal
    from .webhook_trigger import WebhookTrigger
    from .webhook_user import WebhookUser
    from .webhook_vehicle import WebhookVehicle
    from .webhook_vehicle_error import WebhookVehicleError
else:
    import importlib

    _MODULES = {
        "BatteryCapacity": ".battery_capacity",
        "BooleanSignalBody": ".boolean_signal_body",
        "ChallengeResponse": ".challenge_response",
        "ChargeLimit": ".charge_limit",
        "ChargeLimitAttributes": ".charge_limit_attributes",
        "ChargeLimitData": ".charge_limit_data",
        "ChargeLimitsSignalBody": ".charge_limits_signal_body",
        "ChargeLocation": ".charge_location",
        "ChargeScheduleAttributes": ".charge_schedule_attributes",
        "ChargeScheduleData": ".charge_schedule_data",
        "ChargeScheduleExecution": ".charge_schedule_execution",
        "ChargeScheduleExecutionAttributes": ".charge_schedule_execution_attributes",
        "ChargeScheduleExecutionLinks": ".charge_schedule_execution_links",
        "ChargeScheduleRequest": ".charge_schedule_request",
        "ChargeScheduleResponse": ".charge_schedule_response",
        "ChargeTimer": ".charge_timer",
        "ChargeTimersSignalBody": ".charge_timers_signal_body",
        "ChargeWindow": ".charge_window",
        "ClosureGridSignalBody": ".closure_grid_signal_body",
        "ClosurePosition": ".closure_position",
        "ClosureSignalBody": ".closure_signal_body",
        "CommandExecution": ".command_execution",
        "CommandExecutionAttributes": ".command_execution_attributes",
        "CommandParameters": ".command_parameters",
        "CommandResponse": ".command_response",
        "Connection": ".connection",
        "ConnectionAttributes": ".connection_attributes",
        "ConnectionDocument": ".connection_document",
        "ConnectionList": ".connection_list",
        "ConnectionMeta": ".connection_meta",
        "ConnectionRelationships": ".connection_relationships",
        "Coordinates": ".coordinates",
        "DayOfWeek": ".day_of_week",
        "DepartureTimer": ".departure_timer",
        "DestinationData": ".destination_data",
        "ErrorCode": ".error_code",
        "ErrorDocument": ".error_document",
        "ErrorLinks": ".error_links",
        "ErrorMeta": ".error_meta",
        "ErrorObject": ".error_object",
        "ErrorResolution": ".error_resolution",
        "ErrorState": ".error_state",
        "ErrorType": ".error_type",
        "ExecutionMeta": ".execution_meta",
        "ExecutionMode": ".execution_mode",
        "ExecutionStatus": ".execution_status",
        "LocationSignalBody": ".location_signal_body",
        "NominalCapacitySignalBody": ".nominal_capacity_signal_body",
        "NumberSignalBody": ".number_signal_body",
        "PageLinks": ".page_links",
        "PageMeta": ".page_meta",
        "PowertrainType": ".powertrain_type",
        "RangeEstimate": ".range_estimate",
        "RangeSignalBody": ".range_signal_body",
        "Relationship": ".relationship",
        "RelationshipLinks": ".relationship_links",
        "ResolutionType": ".resolution_type",
        "ResourceIdentifier": ".resource_identifier",
        "ResourceLinks": ".resource_links",
        "ScheduleAction": ".schedule_action",
        "ScheduleType": ".schedule_type",
        "SetChargeLimitRequest": ".set_charge_limit_request",
        "SetDestinationRequest": ".set_destination_request",
        "Signal": ".signal",
        "SignalAttributes": ".signal_attributes",
        "SignalBody": ".signal_body",
        "SignalCode": ".signal_code",
        "SignalError": ".signal_error",
        "SignalLinks": ".signal_links",
        "SignalList": ".signal_list",
        "SignalListIncluded": ".signal_list_included",
        "SignalMeta": ".signal_meta",
        "SignalRef": ".signal_ref",
        "SignalStatus": ".signal_status",
        "StatusValue": ".status_value",
        "StringListSignalBody": ".string_list_signal_body",
        "StringSignalBody": ".string_signal_body",
        "TirePressure": ".tire_pressure",
        "TiresSignalBody": ".tires_signal_body",
        "TriggerType": ".trigger_type",
        "UnitSystem": ".unit_system",
        "Vehicle": ".vehicle",
        "VehicleAttributes": ".vehicle_attributes",
        "VehicleErrorEvent": ".vehicle_error_event",
        "VehicleErrorEventData": ".vehicle_error_event_data",
        "VehicleMode": ".vehicle_mode",
        "VehicleStateEvent": ".vehicle_state_event",
        "VehicleStateEventData": ".vehicle_state_event_data",
        "VerifyEvent": ".verify_event",
        "VerifyEventData": ".verify_event_data",
        "WebhookDeliveryMeta": ".webhook_delivery_meta",
        "WebhookEventType": ".webhook_event_type",
        "WebhookMode": ".webhook_mode",
        "WebhookSignal": ".webhook_signal",
        "WebhookTrigger": ".webhook_trigger",
        "WebhookUser": ".webhook_user",
        "WebhookVehicle": ".webhook_vehicle",
        "WebhookVehicleError": ".webhook_vehicle_error",
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
    "BatteryCapacity",
    "BooleanSignalBody",
    "ChallengeResponse",
    "ChargeLimit",
    "ChargeLimitAttributes",
    "ChargeLimitData",
    "ChargeLimitsSignalBody",
    "ChargeLocation",
    "ChargeScheduleAttributes",
    "ChargeScheduleData",
    "ChargeScheduleExecution",
    "ChargeScheduleExecutionAttributes",
    "ChargeScheduleExecutionLinks",
    "ChargeScheduleRequest",
    "ChargeScheduleResponse",
    "ChargeTimer",
    "ChargeTimersSignalBody",
    "ChargeWindow",
    "ClosureGridSignalBody",
    "ClosurePosition",
    "ClosureSignalBody",
    "CommandExecution",
    "CommandExecutionAttributes",
    "CommandParameters",
    "CommandResponse",
    "Connection",
    "ConnectionAttributes",
    "ConnectionDocument",
    "ConnectionList",
    "ConnectionMeta",
    "ConnectionRelationships",
    "Coordinates",
    "DayOfWeek",
    "DepartureTimer",
    "DestinationData",
    "ErrorCode",
    "ErrorDocument",
    "ErrorLinks",
    "ErrorMeta",
    "ErrorObject",
    "ErrorResolution",
    "ErrorState",
    "ErrorType",
    "ExecutionMeta",
    "ExecutionMode",
    "ExecutionStatus",
    "LocationSignalBody",
    "NominalCapacitySignalBody",
    "NumberSignalBody",
    "PageLinks",
    "PageMeta",
    "PowertrainType",
    "RangeEstimate",
    "RangeSignalBody",
    "Relationship",
    "RelationshipLinks",
    "ResolutionType",
    "ResourceIdentifier",
    "ResourceLinks",
    "ScheduleAction",
    "ScheduleType",
    "SetChargeLimitRequest",
    "SetDestinationRequest",
    "Signal",
    "SignalAttributes",
    "SignalBody",
    "SignalCode",
    "SignalError",
    "SignalLinks",
    "SignalList",
    "SignalListIncluded",
    "SignalMeta",
    "SignalRef",
    "SignalStatus",
    "StatusValue",
    "StringListSignalBody",
    "StringSignalBody",
    "TirePressure",
    "TiresSignalBody",
    "TriggerType",
    "UnitSystem",
    "Vehicle",
    "VehicleAttributes",
    "VehicleErrorEvent",
    "VehicleErrorEventData",
    "VehicleMode",
    "VehicleStateEvent",
    "VehicleStateEventData",
    "VerifyEvent",
    "VerifyEventData",
    "WebhookDeliveryMeta",
    "WebhookEventType",
    "WebhookMode",
    "WebhookSignal",
    "WebhookTrigger",
    "WebhookUser",
    "WebhookVehicle",
    "WebhookVehicleError",
)
