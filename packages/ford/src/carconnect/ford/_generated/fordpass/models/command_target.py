from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandTarget")


@_attrs_define
class CommandTarget:
    vehicle_id: None | str | Unset = UNSET
    """ Autonomic's vehicle id. """
    vin: None | str | Unset = UNSET
    device_id: None | str | Unset = UNSET
    """ The vehicle modem's id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vehicle_id: None | str | Unset
        if isinstance(self.vehicle_id, Unset):
            vehicle_id = UNSET
        else:
            vehicle_id = self.vehicle_id

        vin: None | str | Unset
        if isinstance(self.vin, Unset):
            vin = UNSET
        else:
            vin = self.vin

        device_id: None | str | Unset
        if isinstance(self.device_id, Unset):
            device_id = UNSET
        else:
            device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vehicle_id is not UNSET:
            field_dict["vehicleId"] = vehicle_id
        if vin is not UNSET:
            field_dict["vin"] = vin
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vehicle_id = d.pop("vehicleId", UNSET)
        if not (vehicle_id is None or isinstance(vehicle_id, (str, Unset))):
            raise TypeError(f"vehicleId: unexpected value of type {type(vehicle_id).__name__}")

        vin = d.pop("vin", UNSET)
        if not (vin is None or isinstance(vin, (str, Unset))):
            raise TypeError(f"vin: unexpected value of type {type(vin).__name__}")

        device_id = d.pop("deviceId", UNSET)
        if not (device_id is None or isinstance(device_id, (str, Unset))):
            raise TypeError(f"deviceId: unexpected value of type {type(device_id).__name__}")

        command_target = cls(
            vehicle_id=vehicle_id,
            vin=vin,
            device_id=device_id,
        )

        command_target.additional_properties = d
        return command_target

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
