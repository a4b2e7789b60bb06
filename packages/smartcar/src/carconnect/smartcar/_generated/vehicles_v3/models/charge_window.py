from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChargeWindow")


@_attrs_define
class ChargeWindow:
    start: None | str | Unset = UNSET
    """ Local time `HH:MM:SS`. """
    end: None | str | Unset = UNSET
    days: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        days: list[str] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start", UNSET)
        if not (start is None or isinstance(start, (str, Unset))):
            raise TypeError(f"start: unexpected value of type {type(start).__name__}")

        end = d.pop("end", UNSET)
        if not (end is None or isinstance(end, (str, Unset))):
            raise TypeError(f"end: unexpected value of type {type(end).__name__}")

        days = cast(list[str], d.pop("days", UNSET))
        if not isinstance(days, Unset):
            if not isinstance(days, list) or not all(isinstance(item, str) for item in days):
                raise TypeError("expected a list of str")

        charge_window = cls(
            start=start,
            end=end,
            days=days,
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
