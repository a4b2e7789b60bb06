from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepartureTimer")


@_attrs_define
class DepartureTimer:
    time: None | str | Unset = UNSET
    """ Local time `HH:MM:SS`. """
    days: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time: None | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        days: list[str] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not UNSET:
            field_dict["time"] = time
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        time = d.pop("time", UNSET)
        if not (time is None or isinstance(time, (str, Unset))):
            raise TypeError(f"time: unexpected value of type {type(time).__name__}")

        days = cast(list[str], d.pop("days", UNSET))
        if not isinstance(days, Unset):
            if not isinstance(days, list) or not all(isinstance(item, str) for item in days):
                raise TypeError("expected a list of str")

        departure_timer = cls(
            time=time,
            days=days,
        )

        departure_timer.additional_properties = d
        return departure_timer

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
