from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geometry_type import GeometryType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="PointGeometry")


@_attrs_define
class PointGeometry:
    """GeoJSON Point."""

    type_: GeometryType | None | Unset = UNSET
    coordinates: list[float] | None | Unset = UNSET
    """ Longitude, latitude and altitude (WGS 84, degrees and metres; altitude is often 0.0). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, GeometryType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        coordinates: list[float] | None | Unset
        if isinstance(self.coordinates, Unset):
            coordinates = UNSET
        elif isinstance(self.coordinates, list):
            coordinates = self.coordinates

        else:
            coordinates = self.coordinates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not (type_ is None or isinstance(type_, Unset)):
            try:
                if not isinstance(type_, str):
                    raise TypeError()
                type_type_0 = GeometryType.from_value(type_)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("type", type_, error)) from None
            type_ = type_type_0

        coordinates = d.pop("coordinates", UNSET)
        if not (coordinates is None or isinstance(coordinates, Unset)):
            try:
                if not isinstance(coordinates, list):
                    raise TypeError()
                coordinates_type_0 = []
                _coordinates_type_0 = coordinates
                for coordinates_type_0_item_data in _coordinates_type_0:
                    coordinates_type_0_item = float(coordinates_type_0_item_data)

                    coordinates_type_0.append(coordinates_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("coordinates", coordinates, error)) from None
            coordinates = coordinates_type_0

        point_geometry = cls(
            type_=type_,
            coordinates=coordinates,
        )

        point_geometry.additional_properties = d
        return point_geometry

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
