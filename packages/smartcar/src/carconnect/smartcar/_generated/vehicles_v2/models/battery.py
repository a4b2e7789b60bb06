from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Battery")


@_attrs_define
class Battery:
    percent_remaining: float | None | Unset = UNSET
    """ State of charge, 0 to 1. """
    range_: float | None | Unset = UNSET
    """ Kilometres (miles in imperial). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percent_remaining: float | None | Unset
        if isinstance(self.percent_remaining, Unset):
            percent_remaining = UNSET
        else:
            percent_remaining = self.percent_remaining

        range_: float | None | Unset
        if isinstance(self.range_, Unset):
            range_ = UNSET
        else:
            range_ = self.range_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if percent_remaining is not UNSET:
            field_dict["percentRemaining"] = percent_remaining
        if range_ is not UNSET:
            field_dict["range"] = range_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        percent_remaining = d.pop("percentRemaining", UNSET)
        if not (percent_remaining is None or isinstance(percent_remaining, Unset)):
            try:
                if not (isinstance(percent_remaining, (int, float, str)) and not isinstance(percent_remaining, bool)):
                    raise TypeError()
                percent_remaining_type_0 = float(percent_remaining)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("percentRemaining", percent_remaining, error)) from None
            percent_remaining = percent_remaining_type_0

        range_ = d.pop("range", UNSET)
        if not (range_ is None or isinstance(range_, Unset)):
            try:
                if not (isinstance(range_, (int, float, str)) and not isinstance(range_, bool)):
                    raise TypeError()
                range_type_0 = float(range_)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(field_error("range", range_, error)) from None
            range_ = range_type_0

        battery = cls(
            percent_remaining=percent_remaining,
            range_=range_,
        )

        battery.additional_properties = d
        return battery

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
