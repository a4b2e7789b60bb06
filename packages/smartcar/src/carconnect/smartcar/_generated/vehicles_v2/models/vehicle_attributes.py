from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VehicleAttributes")


@_attrs_define
class VehicleAttributes:
    id: str
    make: str
    """ Upper-case make, e.g. `TESLA`. """
    model: str
    year: int
    """ Model year (sometimes sent as a string). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        make = self.make

        model = self.model

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "make": make,
                "model": model,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError("id: expected str, got " + type(id).__name__)

        make = d.pop("make")
        if not isinstance(make, str):
            raise TypeError("make: expected str, got " + type(make).__name__)

        model = d.pop("model")
        if not isinstance(model, str):
            raise TypeError("model: expected str, got " + type(model).__name__)

        year = int(d.pop("year"))

        vehicle_attributes = cls(
            id=id,
            make=make,
            model=model,
            year=year,
        )

        vehicle_attributes.additional_properties = d
        return vehicle_attributes

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
