from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlugStatus")


@_attrs_define
class PlugStatus:
    value: bool | None | Unset = UNSET
    """ True when a charge cable is plugged in. """
    time_stamp: None | str | Unset = UNSET
    """ `MM-DD-YYYY HH:MM:SS`, UTC. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: bool | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        time_stamp: None | str | Unset
        if isinstance(self.time_stamp, Unset):
            time_stamp = UNSET
        else:
            time_stamp = self.time_stamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)
        if not (value is None or isinstance(value, (bool, Unset))):
            raise TypeError(f"value: unexpected value of type {type(value).__name__}")

        time_stamp = d.pop("timeStamp", UNSET)
        if not (time_stamp is None or isinstance(time_stamp, (str, Unset))):
            raise TypeError(f"timeStamp: unexpected value of type {type(time_stamp).__name__}")

        plug_status = cls(
            value=value,
            time_stamp=time_stamp,
        )

        plug_status.additional_properties = d
        return plug_status

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
