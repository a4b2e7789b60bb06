"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
else:
    import importlib

    _MODULES = {
        "ChargingBlock": ".charging_block",
        "ChargingBusinessError": ".charging_business_error",
        "ChargingCost": ".charging_cost",
        "ChargingHistoryPage": ".charging_history_page",
        "ChargingLocation": ".charging_location",
        "ChargingPointMatch": ".charging_point_match",
        "ChargingSession": ".charging_session",
        "ChargingTimeWindow": ".charging_time_window",
        "Container": ".container",
        "ContainerDetails": ".container_details",
        "ContainerList": ".container_list",
        "ContainerState": ".container_state",
        "CreateContainerRequest": ".create_container_request",
        "CustomerErrorResponse": ".customer_error_response",
        "DistanceUnit": ".distance_unit",
        "GatewayFault": ".gateway_fault",
        "GatewayFaultCode": ".gateway_fault_code",
        "GatewayFaultDetails": ".gateway_fault_details",
        "LocationBasedChargingSetting": ".location_based_charging_setting",
        "LocationBasedChargingSettingsPage": ".location_based_charging_settings_page",
        "MappingType": ".mapping_type",
        "MileageUnit": ".mileage_unit",
        "PassengerCarTyres": ".passenger_car_tyres",
        "PublicChargingPoint": ".public_charging_point",
        "TelematicDataMap": ".telematic_data_map",
        "TelematicDataResponse": ".telematic_data_response",
        "TelematicValue": ".telematic_value",
        "Tyre": ".tyre",
        "TyreDefect": ".tyre_defect",
        "TyreDiagnosis": ".tyre_diagnosis",
        "TyreDiagnosisError": ".tyre_diagnosis_error",
        "TyreDiagnosisErrorMessage": ".tyre_diagnosis_error_message",
        "TyreDimension": ".tyre_dimension",
        "TyreMountingDate": ".tyre_mounting_date",
        "TyreOemOptimisation": ".tyre_oem_optimisation",
        "TyrePartNumber": ".tyre_part_number",
        "TyreProductionDate": ".tyre_production_date",
        "TyreQualityStatus": ".tyre_quality_status",
        "TyreRunFlat": ".tyre_run_flat",
        "TyreSeason": ".tyre_season",
        "TyreSet": ".tyre_set",
        "TyreStatusColor": ".tyre_status_color",
        "TyreTread": ".tyre_tread",
        "TyreWear": ".tyre_wear",
        "VehicleBasicData": ".vehicle_basic_data",
        "VehicleBrand": ".vehicle_brand",
        "VehicleMapping": ".vehicle_mapping",
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
