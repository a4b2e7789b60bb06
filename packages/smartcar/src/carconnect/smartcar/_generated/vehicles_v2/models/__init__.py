"""Contains all the data models used in inputs/outputs"""

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
