from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_type import FeatureType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_properties import LocationProperties
    from ..models.point_geometry import PointGeometry


T = TypeVar("T", bound="VehicleLocation")


@_attrs_define
class VehicleLocation:
    """GeoJSON Feature with a Point geometry; members may be missing when no position is known."""

    type_: FeatureType | None | Unset = UNSET
    geometry: None | PointGeometry | Unset = UNSET
    properties: LocationProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.location_properties import LocationProperties
        from ..models.point_geometry import PointGeometry

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, FeatureType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        geometry: dict[str, Any] | None | Unset
        if isinstance(self.geometry, Unset):
            geometry = UNSET
        elif isinstance(self.geometry, PointGeometry):
            geometry = self.geometry.to_dict()
        else:
            geometry = self.geometry

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, LocationProperties):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if geometry is not UNSET:
            field_dict["geometry"] = geometry
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.location_properties import LocationProperties
        from ..models.point_geometry import PointGeometry

        d = dict(src_dict)

        def _parse_type_(data: object) -> FeatureType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = FeatureType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_geometry(data: object) -> None | PointGeometry | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geometry_type_0 = PointGeometry.from_dict(data)

                return geometry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        geometry = _parse_geometry(d.pop("geometry", UNSET))

        def _parse_properties(data: object) -> LocationProperties | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = LocationProperties.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        properties = _parse_properties(d.pop("properties", UNSET))

        vehicle_location = cls(
            type_=type_,
            geometry=geometry,
            properties=properties,
        )

        vehicle_location.additional_properties = d
        return vehicle_location

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
