from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeletedConnection")


@_attrs_define
class DeletedConnection:
    user_id: str
    vehicle_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        vehicle_id = self.vehicle_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "vehicleId": vehicle_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId")
        if not isinstance(user_id, str):
            raise TypeError("userId: expected str, got " + type(user_id).__name__)

        vehicle_id = d.pop("vehicleId")
        if not isinstance(vehicle_id, str):
            raise TypeError("vehicleId: expected str, got " + type(vehicle_id).__name__)

        deleted_connection = cls(
            user_id=user_id,
            vehicle_id=vehicle_id,
        )

        deleted_connection.additional_properties = d
        return deleted_connection

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
