from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionAttributes")


@_attrs_define
class ConnectionAttributes:
    permissions: list[str] | Unset = UNSET
    """ Permission names granted on this connection. """
    vehicle: VehicleAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        vehicle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vehicle, Unset):
            vehicle = self.vehicle.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        permissions = cast(list[str], d.pop("permissions", UNSET))
        if not isinstance(permissions, Unset):
            if not isinstance(permissions, list) or not all(isinstance(item, str) for item in permissions):
                raise TypeError("expected a list of str")

        _vehicle = d.pop("vehicle", UNSET)
        vehicle: VehicleAttributes | Unset
        if isinstance(_vehicle, Unset):
            vehicle = UNSET
        else:
            vehicle = VehicleAttributes.from_dict(_vehicle)

        connection_attributes = cls(
            permissions=permissions,
            vehicle=vehicle,
        )

        connection_attributes.additional_properties = d
        return connection_attributes

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
from ..models.vehicle_attributes import VehicleAttributes
