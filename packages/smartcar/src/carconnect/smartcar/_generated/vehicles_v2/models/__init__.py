"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .action_result import ActionResult
    from .action_status import ActionStatus
    from .available_capacity import AvailableCapacity
    from .batch_item_body import BatchItemBody
    from .batch_item_headers import BatchItemHeaders
    from .batch_request import BatchRequest
    from .batch_request_item import BatchRequestItem
    from .batch_response import BatchResponse
    from .batch_response_item import BatchResponseItem
    from .battery import Battery
    from .battery_capacity import BatteryCapacity
    from .capability import Capability
    from .capability_reason import CapabilityReason
    from .capacity_source import CapacitySource
    from .challenge_response import ChallengeResponse
    from .charge_action import ChargeAction
    from .charge_command import ChargeCommand
    from .charge_limit import ChargeLimit
    from .charge_limit_command import ChargeLimitCommand
    from .charge_state import ChargeState
    from .charge_status import ChargeStatus
    from .closure import Closure
    from .closure_state import ClosureState
    from .closure_type import ClosureType
    from .compatibility import Compatibility
    from .compatibility_matrix import CompatibilityMatrix
    from .compatibility_matrix_entry import CompatibilityMatrixEntry
    from .compatibility_reason import CompatibilityReason
    from .destination import Destination
    from .diagnostic_system import DiagnosticSystem
    from .diagnostic_trouble_codes import DiagnosticTroubleCodes
    from .engine_oil import EngineOil
    from .error import Error
    from .error_code import ErrorCode
    from .error_resolution import ErrorResolution
    from .error_type import ErrorType
    from .fuel import Fuel
    from .location import Location
    from .lock_status import LockStatus
    from .malformed_batch_item_body import MalformedBatchItemBody
    from .nominal_capacity import NominalCapacity
    from .odometer import Odometer
    from .paging import Paging
    from .permission import Permission
    from .permission_list import PermissionList
    from .powertrain_type import PowertrainType
    from .region import Region
    from .resolution_type import ResolutionType
    from .security_action import SecurityAction
    from .security_command import SecurityCommand
    from .selected_capacity import SelectedCapacity
    from .service_cost import ServiceCost
    from .service_detail import ServiceDetail
    from .service_record import ServiceRecord
    from .service_task import ServiceTask
    from .status_result import StatusResult
    from .system_health import SystemHealth
    from .system_status import SystemStatus
    from .tire_pressure import TirePressure
    from .trouble_code import TroubleCode
    from .unit_system import UnitSystem
    from .user import User
    from .validation_detail import ValidationDetail
    from .vehicle_attributes import VehicleAttributes
    from .vehicle_list import VehicleList
    from .vin import Vin
    from .webhook_event import WebhookEvent
    from .webhook_event_name import WebhookEventName
    from .webhook_event_payload import WebhookEventPayload
    from .webhook_subscription import WebhookSubscription
else:
    import importlib

    _MODULES = {
        "ActionResult": ".action_result",
        "ActionStatus": ".action_status",
        "AvailableCapacity": ".available_capacity",
        "BatchItemBody": ".batch_item_body",
        "BatchItemHeaders": ".batch_item_headers",
        "BatchRequest": ".batch_request",
        "BatchRequestItem": ".batch_request_item",
        "BatchResponse": ".batch_response",
        "BatchResponseItem": ".batch_response_item",
        "Battery": ".battery",
        "BatteryCapacity": ".battery_capacity",
        "Capability": ".capability",
        "CapabilityReason": ".capability_reason",
        "CapacitySource": ".capacity_source",
        "ChallengeResponse": ".challenge_response",
        "ChargeAction": ".charge_action",
        "ChargeCommand": ".charge_command",
        "ChargeLimit": ".charge_limit",
        "ChargeLimitCommand": ".charge_limit_command",
        "ChargeState": ".charge_state",
        "ChargeStatus": ".charge_status",
        "Closure": ".closure",
        "ClosureState": ".closure_state",
        "ClosureType": ".closure_type",
        "Compatibility": ".compatibility",
        "CompatibilityMatrix": ".compatibility_matrix",
        "CompatibilityMatrixEntry": ".compatibility_matrix_entry",
        "CompatibilityReason": ".compatibility_reason",
        "Destination": ".destination",
        "DiagnosticSystem": ".diagnostic_system",
        "DiagnosticTroubleCodes": ".diagnostic_trouble_codes",
        "EngineOil": ".engine_oil",
        "Error": ".error",
        "ErrorCode": ".error_code",
        "ErrorResolution": ".error_resolution",
        "ErrorType": ".error_type",
        "Fuel": ".fuel",
        "Location": ".location",
        "LockStatus": ".lock_status",
        "MalformedBatchItemBody": ".malformed_batch_item_body",
        "NominalCapacity": ".nominal_capacity",
        "Odometer": ".odometer",
        "Paging": ".paging",
        "Permission": ".permission",
        "PermissionList": ".permission_list",
        "PowertrainType": ".powertrain_type",
        "Region": ".region",
        "ResolutionType": ".resolution_type",
        "SecurityAction": ".security_action",
        "SecurityCommand": ".security_command",
        "SelectedCapacity": ".selected_capacity",
        "ServiceCost": ".service_cost",
        "ServiceDetail": ".service_detail",
        "ServiceRecord": ".service_record",
        "ServiceTask": ".service_task",
        "StatusResult": ".status_result",
        "SystemHealth": ".system_health",
        "SystemStatus": ".system_status",
        "TirePressure": ".tire_pressure",
        "TroubleCode": ".trouble_code",
        "UnitSystem": ".unit_system",
        "User": ".user",
        "ValidationDetail": ".validation_detail",
        "VehicleAttributes": ".vehicle_attributes",
        "VehicleList": ".vehicle_list",
        "Vin": ".vin",
        "WebhookEvent": ".webhook_event",
        "WebhookEventName": ".webhook_event_name",
        "WebhookEventPayload": ".webhook_event_payload",
        "WebhookSubscription": ".webhook_subscription",
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
    "ActionResult",
    "ActionStatus",
    "AvailableCapacity",
    "BatchItemBody",
    "BatchItemHeaders",
    "BatchRequest",
    "BatchRequestItem",
    "BatchResponse",
    "BatchResponseItem",
    "Battery",
    "BatteryCapacity",
    "Capability",
    "CapabilityReason",
    "CapacitySource",
    "ChallengeResponse",
    "ChargeAction",
    "ChargeCommand",
    "ChargeLimit",
    "ChargeLimitCommand",
    "ChargeState",
    "ChargeStatus",
    "Closure",
    "ClosureState",
    "ClosureType",
    "Compatibility",
    "CompatibilityMatrix",
    "CompatibilityMatrixEntry",
    "CompatibilityReason",
    "Destination",
    "DiagnosticSystem",
    "DiagnosticTroubleCodes",
    "EngineOil",
    "Error",
    "ErrorCode",
    "ErrorResolution",
    "ErrorType",
    "Fuel",
    "Location",
    "LockStatus",
    "MalformedBatchItemBody",
    "NominalCapacity",
    "Odometer",
    "Paging",
    "Permission",
    "PermissionList",
    "PowertrainType",
    "Region",
    "ResolutionType",
    "SecurityAction",
    "SecurityCommand",
    "SelectedCapacity",
    "ServiceCost",
    "ServiceDetail",
    "ServiceRecord",
    "ServiceTask",
    "StatusResult",
    "SystemHealth",
    "SystemStatus",
    "TirePressure",
    "TroubleCode",
    "UnitSystem",
    "User",
    "ValidationDetail",
    "VehicleAttributes",
    "VehicleList",
    "Vin",
    "WebhookEvent",
    "WebhookEventName",
    "WebhookEventPayload",
    "WebhookSubscription",
)
