"""Contains all the data models used in inputs/outputs"""

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
