"""Contains all the data models used in inputs/outputs"""

from .charging_block import ChargingBlock
from .charging_business_error import ChargingBusinessError
from .charging_cost import ChargingCost
from .charging_history_page import ChargingHistoryPage
from .charging_location import ChargingLocation
from .charging_point_match import ChargingPointMatch
from .charging_session import ChargingSession
from .charging_time_window import ChargingTimeWindow
from .container import Container
from .container_details import ContainerDetails
from .container_list import ContainerList
from .container_state import ContainerState
from .create_container_request import CreateContainerRequest
from .customer_error_response import CustomerErrorResponse
from .distance_unit import DistanceUnit
from .gateway_fault import GatewayFault
from .gateway_fault_code import GatewayFaultCode
from .gateway_fault_details import GatewayFaultDetails
from .location_based_charging_setting import LocationBasedChargingSetting
from .location_based_charging_settings_page import LocationBasedChargingSettingsPage
from .mapping_type import MappingType
from .mileage_unit import MileageUnit
from .passenger_car_tyres import PassengerCarTyres
from .public_charging_point import PublicChargingPoint
from .telematic_data_map import TelematicDataMap
from .telematic_data_response import TelematicDataResponse
from .telematic_value import TelematicValue
from .tyre import Tyre
from .tyre_defect import TyreDefect
from .tyre_diagnosis import TyreDiagnosis
from .tyre_diagnosis_error import TyreDiagnosisError
from .tyre_diagnosis_error_message import TyreDiagnosisErrorMessage
from .tyre_dimension import TyreDimension
from .tyre_mounting_date import TyreMountingDate
from .tyre_oem_optimisation import TyreOemOptimisation
from .tyre_part_number import TyrePartNumber
from .tyre_production_date import TyreProductionDate
from .tyre_quality_status import TyreQualityStatus
from .tyre_run_flat import TyreRunFlat
from .tyre_season import TyreSeason
from .tyre_set import TyreSet
from .tyre_status_color import TyreStatusColor
from .tyre_tread import TyreTread
from .tyre_wear import TyreWear
from .vehicle_basic_data import VehicleBasicData
from .vehicle_brand import VehicleBrand
from .vehicle_mapping import VehicleMapping

__all__ = (
    "ChargingBlock",
    "ChargingBusinessError",
    "ChargingCost",
    "ChargingHistoryPage",
    "ChargingLocation",
    "ChargingPointMatch",
    "ChargingSession",
    "ChargingTimeWindow",
    "Container",
    "ContainerDetails",
    "ContainerList",
    "ContainerState",
    "CreateContainerRequest",
    "CustomerErrorResponse",
    "DistanceUnit",
    "GatewayFault",
    "GatewayFaultCode",
    "GatewayFaultDetails",
    "LocationBasedChargingSetting",
    "LocationBasedChargingSettingsPage",
    "MappingType",
    "MileageUnit",
    "PassengerCarTyres",
    "PublicChargingPoint",
    "TelematicDataMap",
    "TelematicDataResponse",
    "TelematicValue",
    "Tyre",
    "TyreDefect",
    "TyreDiagnosis",
    "TyreDiagnosisError",
    "TyreDiagnosisErrorMessage",
    "TyreDimension",
    "TyreMountingDate",
    "TyreOemOptimisation",
    "TyrePartNumber",
    "TyreProductionDate",
    "TyreQualityStatus",
    "TyreRunFlat",
    "TyreSeason",
    "TyreSet",
    "TyreStatusColor",
    "TyreTread",
    "TyreWear",
    "VehicleBasicData",
    "VehicleBrand",
    "VehicleMapping",
)
