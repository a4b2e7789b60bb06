from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_type import FeatureType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="VehicleLocation")


@_attrs_define
class VehicleLocation:
    """GeoJSON Feature with a Point geometry; members may be missing when no position is known."""

    type_: FeatureType | None | Unset = UNSET
    geometry: None | PointGeometry | Unset = UNSET
    properties: LocationProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not (type_ is None or isinstance(type_, Unset)):
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_0 = FeatureType.from_value(type_)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("type", type_, error)) from None
            type_ = type_type_0

        geometry = d.pop("geometry", UNSET)
        if not (geometry is None or isinstance(geometry, Unset)):
            try:
                if not isinstance(geometry, dict):
                    raise TypeError()
                geometry_type_0 = PointGeometry.from_dict(geometry)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("geometry", geometry, error)) from None
            geometry = geometry_type_0

        properties = d.pop("properties", UNSET)
        if not (properties is None or isinstance(properties, Unset)):
            try:
                if not isinstance(properties, dict):
                    raise TypeError()
                properties_type_0 = LocationProperties.from_dict(properties)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("properties", properties, error)) from None
            properties = properties_type_0

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


# The models and enums this one refers to, imported once its class exists: models may refer to each other.
from ..models.location_properties import LocationProperties
from ..models.point_geometry import PointGeometry
