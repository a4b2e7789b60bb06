from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeWindow")


@_attrs_define
class ChargeWindow:
    start_time: None | str | Unset = UNSET
    """ Local time `H:MM` or `HH:MM`. """
    end_time: None | str | Unset = UNSET
    """ Local time `H:MM` or `HH:MM`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_time = d.pop("startTime", UNSET)
        if not (start_time is None or isinstance(start_time, (str, Unset))):
            raise TypeError(f"startTime: unexpected value of type {type(start_time).__name__}")

        end_time = d.pop("endTime", UNSET)
        if not (end_time is None or isinstance(end_time, (str, Unset))):
            raise TypeError(f"endTime: unexpected value of type {type(end_time).__name__}")

        charge_window = cls(
            start_time=start_time,
            end_time=end_time,
        )

        charge_window.additional_properties = d
        return charge_window

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
