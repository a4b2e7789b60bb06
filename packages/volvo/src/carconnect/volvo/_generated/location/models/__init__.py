"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .feature_type import FeatureType
    from .gateway_error import GatewayError
    from .geometry_type import GeometryType
    from .location_properties import LocationProperties
    from .location_response import LocationResponse
    from .point_geometry import PointGeometry
    from .vehicle_location import VehicleLocation
else:
    import importlib

    _MODULES = {
        "ErrorDetail": ".error_detail",
        "ErrorResponse": ".error_response",
        "FeatureType": ".feature_type",
        "GatewayError": ".gateway_error",
        "GeometryType": ".geometry_type",
        "LocationProperties": ".location_properties",
        "LocationResponse": ".location_response",
        "PointGeometry": ".point_geometry",
        "VehicleLocation": ".vehicle_location",
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
