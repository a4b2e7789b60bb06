from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardVehicle")


@_attrs_define
class DashboardVehicle:
    vin: None | str | Unset = UNSET
    nick_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vin: None | str | Unset
        if isinstance(self.vin, Unset):
            vin = UNSET
        else:
            vin = self.vin

        nick_name: None | str | Unset
        if isinstance(self.nick_name, Unset):
            nick_name = UNSET
        else:
            nick_name = self.nick_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vin is not UNSET:
            field_dict["VIN"] = vin
        if nick_name is not UNSET:
            field_dict["nickName"] = nick_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vin = d.pop("VIN", UNSET)
        if not (vin is None or isinstance(vin, (str, Unset))):
            raise TypeError(f"VIN: unexpected value of type {type(vin).__name__}")

        nick_name = d.pop("nickName", UNSET)
        if not (nick_name is None or isinstance(nick_name, (str, Unset))):
            raise TypeError(f"nickName: unexpected value of type {type(nick_name).__name__}")

        dashboard_vehicle = cls(
            vin=vin,
            nick_name=nick_name,
        )

        dashboard_vehicle.additional_properties = d
        return dashboard_vehicle

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
