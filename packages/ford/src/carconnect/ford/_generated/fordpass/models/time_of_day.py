from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeOfDay")


@_attrs_define
class TimeOfDay:
    hours: int | Unset = UNSET
    minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hours = self.hours

        minutes = self.minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hours is not UNSET:
            field_dict["hours"] = hours
        if minutes is not UNSET:
            field_dict["minutes"] = minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _hours = d.pop("hours", UNSET)
        hours: int | Unset
        if isinstance(_hours, Unset):
            hours = UNSET
        else:
            hours = int(_hours)

        _minutes = d.pop("minutes", UNSET)
        minutes: int | Unset
        if isinstance(_minutes, Unset):
            minutes = UNSET
        else:
            minutes = int(_minutes)

        time_of_day = cls(
            hours=hours,
            minutes=minutes,
        )

        time_of_day.additional_properties = d
        return time_of_day

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
