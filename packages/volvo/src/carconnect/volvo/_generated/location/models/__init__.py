"""Contains all the data models used in inputs/outputs"""

from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .feature_type import FeatureType
from .gateway_error import GatewayError
from .geometry_type import GeometryType
from .location_properties import LocationProperties
from .location_response import LocationResponse
from .point_geometry import PointGeometry
from .vehicle_location import VehicleLocation

__all__ = (
    "ErrorDetail",
    "ErrorResponse",
    "FeatureType",
    "GatewayError",
    "GeometryType",
    "LocationProperties",
    "LocationResponse",
    "PointGeometry",
    "VehicleLocation",
)
